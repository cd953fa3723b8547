package org.servicestandards.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.model.DatasetValidator;

/** Keeps docs/input-format.md true: its examples parse, and it names every field of every record. */
class InputFormatDocTest {

    private static String doc() throws IOException {
        Path p = Path.of("..", "docs", "input-format.md");
        if (!Files.exists(p)) {
            p = Path.of("docs", "input-format.md");
        }
        return Files.readString(p);
    }

    private static List<String> blocks(String language) throws IOException {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(doc());
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void completeExample_readsWithoutErrors_andHasEveryRecordType() throws IOException {
        Document d = DocumentReader.create().read(new StringReader(blocks("json").get(0)), "example.json");

        assertThat(d.errors()).isEmpty();
        assertThat(DatasetValidator.validate(d.records()).errors()).isEmpty();
        for (Section s : Section.values()) {
            assertThat(s.records(d.records())).as(s.key).isNotEmpty();
        }
        assertThat(d.asOf()).isEqualTo(Instant.parse("2026-03-06T17:00:00Z"));
        assertThat(d.calendar().hours().get(DayOfWeek.MONDAY)).containsExactly("09:00-12:30", "13:30-17:30");
        assertThat(d.calendar().hours().get(DayOfWeek.FRIDAY)).containsExactly("09:00-16:00");
        StandardsConfig c = d.config();
        assertThat(c.atRiskShare()).isEqualTo(0.8);
        assertThat(c.target("response.email")).isEqualTo(Target.parse("4 business hours"));
        assertThat(c.target("update.periodic", "tier:VIP")).isEqualTo(Target.businessDays(1));
        assertThat(c.intParameter("response.phone.answer", "rings")).isEqualTo(2);
        assertThat(c.listParameter("complaint.escalate.overdue", "levels")).containsExactly("supervisor", "manager", "director");
        assertThat(c.isEnabled("proactive.lapsed-customer")).isFalse();
    }

    @Test
    void completeExample_setsEveryFieldOfEveryRecordType() throws IOException {
        String example = blocks("json").get(0);
        for (Section s : Section.values()) {
            for (String field : RecordMapper.fieldNames(s.type)) {
                assertThat(example).as("%s.%s in the example", s.key, field).contains("\"" + field + "\":");
            }
        }
    }

    @Test
    void yamlExamples_read() throws IOException {
        List<String> yaml = blocks("yaml");
        Document d = DocumentReader.create().read(new StringReader(yaml.get(0)), "example.yaml");
        assertThat(d.errors()).isEmpty();
        assertThat(d.records().interactions()).hasSize(1);
        assertThat(d.calendar().publicHolidaysCountry()).isEqualTo("GB");

        StandardsConfig c = DocumentReader.create().readConfig(new StringReader(yaml.get(1)), "config.yaml",
                StandardsConfig.defaults());
        assertThat(c.atRiskShare()).isEqualTo(0.5);
        assertThat(c.target("complaint.resolve", "severity:CRITICAL")).isEqualTo(Target.parse("4 business hours"));
    }

    @Test
    void referenceTables_nameEveryFieldOfEveryRecord() throws IOException {
        String text = doc();
        for (Section s : Section.values()) {
            int start = text.indexOf("### `" + s.key + "`");
            assertThat(start).as("a section for %s", s.key).isNotNegative();
            int end = text.indexOf("\n### ", start + 1);
            String table = text.substring(start, end < 0 ? text.length() : end);
            for (String field : RecordMapper.fieldNames(s.type)) {
                assertThat(table).as("%s documents %s", s.key, field).contains("| `" + field + "` |");
            }
        }
    }
}
