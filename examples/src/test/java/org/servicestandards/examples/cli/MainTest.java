package org.servicestandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicestandards.config.Catalogue;
import picocli.CommandLine;

/** Runs {@code service-standards} in-process, with its output and errors captured. */
class MainTest {
    /** Every standard of the response-time family (catalogue section 1). */
    private static final String[] RESPONSE_TIME = Stream.of("response", "fulfilment", "update")
            .flatMap(f -> Catalogue.family(f).stream()).map(d -> d.id()).toArray(String[]::new);

    /** A small document: one email answered two hours later, and one call that cannot be read. */
    private static final String ONE_BAD_RECORD = """
            {
              "asOf": "2026-03-03T17:00:00Z",
              "customers": [ { "id": "C-1", "name": "Ada" } ],
              "interactions": [
                { "id": "I-1", "customerId": "C-1", "channel": "email", "direction": "inbound",
                  "at": "2026-03-02T09:00:00Z" },
                { "id": "I-2", "customerId": "C-1", "channel": "email", "direction": "outbound",
                  "at": "2026-03-02T11:00:00Z", "agentId": "grace", "inReplyTo": "I-1" },
                { "id": "I-3", "customerId": "C-1", "channel": "phone", "direction": "inbound",
                  "at": "2026-03-02T10:00:00Z", "rings": -2 }
              ]
            }
            """;

    private static Run bundled;

    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @BeforeAll
    static void evaluateTheBundledData() {
        bundled = run("evaluate");
    }

    @Test
    void bundledData_exitsZero_andTheTableListsEveryResponseTimeStandard() {
        assertThat(bundled.exit()).as(bundled.err()).isZero();
        assertThat(bundled.err()).isEmpty();
        assertThat(bundled.out()).startsWith("Service standards report - support-desk-2026-04.json")
                .contains("As of     Thu 30 Apr 2026 17:00 Europe/London (2026-04-30T16:00:00Z)")
                .contains("7 rejected")
                .contains("Compliance per standard", "Compliance per channel", "Compliance per agent",
                        "Breaches (20 of ", "Rejected records (7)");
        String table = section(bundled.out(), "Compliance per standard");
        for (String id : RESPONSE_TIME) {
            assertThat(table).as("table row of " + id).containsPattern("(?m)^  " + java.util.regex.Pattern.quote(id)
                    + " +\\S.*\\d+\\.\\d%");
        }
        assertThat(section(bundled.out(), "Rejected records (7)"))
                .contains("support-desk-2026-04.json:", "interaction", "field 'rings' must be >= 0, was -2",
                        "refers to case CASE-9999", "refers to customer C-999");
    }

    @Test
    void bundledData_breachesListTheirEvidence() {
        String breaches = section(bundled.out(), "Breaches (20 of ");
        assertThat(breaches.lines().filter(l -> l.startsWith("  - ["))).hasSize(20);
        assertThat(breaches.lines().filter(l -> l.startsWith("    evidence: "))).hasSize(20);
    }

    @Test
    void json_parses_andHasFindingsAndTheRejectedRecords() throws IOException {
        Run json = run("evaluate", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("asOf").asText()).isEqualTo("2026-04-30T16:00:00Z");
        assertThat(root.get("findings").size()).isGreaterThan(1_000);
        assertThat(root.get("counts").get("BREACH").asInt()).isPositive();
        assertThat(root.get("recordsRejected").asInt()).isEqualTo(7);
        assertThat(root.get("inputErrors").size()).isEqualTo(7);
        assertThat(root.get("findings").get(0).get("standardId").asText()).isNotBlank();
    }

    @Test
    void asOf_changesTheResults(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("doc.json"), ONE_BAD_RECORD);
        Run asOfTheDocument = run("evaluate", file.toString());
        Run beforeTheReply = run("evaluate", file.toString(), "--as-of", "2026-03-02T10:00:00Z");
        assertThat(beforeTheReply.exit()).as(beforeTheReply.err()).isZero();
        assertThat(asOfTheDocument.out()).contains("As of     Tue 3 Mar 2026 17:00 UTC")
                .contains("Findings  1 met, 0 breached");
        assertThat(beforeTheReply.out()).contains("As of     Mon 2 Mar 2026 10:00 UTC")
                .contains("Findings  0 met, 0 breached").doesNotContain("response.email  ");

        Run local = run("evaluate", file.toString(), "--as-of", "2026-03-02T10:00");
        assertThat(local.out()).as("a local date-time is read in the calendar's zone").isEqualTo(beforeTheReply.out());
    }

    @Test
    void breaches_setsHowManyAreListed_andAnEarlierInstantMeasuresLess() {
        Run three = run("evaluate", "--breaches", "3", "--as-of", "2026-04-08T17:00:00+01:00");
        assertThat(three.exit()).as(three.err()).isZero();
        assertThat(three.out()).contains("As of     Wed 8 Apr 2026 17:00 Europe/London");
        assertThat(section(three.out(), "Breaches (3 of ").lines().filter(l -> l.startsWith("  - ["))).hasSize(3);
        assertThat(measured(three.out(), "response.email")).isLessThan(measured(bundled.out(), "response.email"));
    }

    @Test
    void aFileWithABadRecord_isReportedAsRejected_andTheOthersAreEvaluated(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("one-bad-record.json"), ONE_BAD_RECORD);
        Run r = run("evaluate", file.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Records   3 evaluated, 1 rejected")
                .contains("Rejected records (1)")
                .containsPattern("- \\S*one-bad-record\\.json:9:5: interaction I-3: field 'rings' must be >= 0, was -2");
        assertThat(section(r.out(), "Compliance per standard")).containsPattern("response\\.email +1 business day +1 +1 +0 +100\\.0%");
    }

    @Test
    void config_overridesTargets(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("doc.json"), ONE_BAD_RECORD);
        Path config = write(dir.resolve("targets.yaml"), "targets:\n  response.email: 1 business hour\n");
        Run r = run("evaluate", file.toString(), "--config", config.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(section(r.out(), "Compliance per standard")).containsPattern("response\\.email +1 business hour +1 +0 +1 +0\\.0%");
        assertThat(r.out()).contains("[response.email] Email I-1 from customer C-1").contains("evidence: interaction I-1, interaction I-2");
    }

    @Test
    void malformedJson_exitsTwo_namingFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("malformed.json"), "{\n  \"customers\": [\n    { \"id\": \"C-1\", }\n  ]\n}\n");
        Run r = run("evaluate", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).containsPattern(java.util.regex.Pattern.quote(file.toString()) + ":3:\\d+: ");
    }

    @Test
    void wrongConfiguration_exitsTwo_namingFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("doc.json"), ONE_BAD_RECORD);
        Path config = write(dir.resolve("targets.yaml"), "targets:\n  response.emial: 1 business hour\n");
        Run r = run("evaluate", file.toString(), "--config", config.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains(config + ":2:").contains("response.emial");
    }

    @Test
    void missingFile_exitsTwo(@TempDir Path dir) {
        Run r = run("evaluate", dir.resolve("nowhere.json").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("nowhere.json: no such file");
    }

    @Test
    void aDocumentWithoutAsOf_needsTheOption(@TempDir Path dir) throws IOException {
        Path file = write(dir.resolve("no-as-of.json"), ONE_BAD_RECORD.replace("\"asOf\": \"2026-03-03T17:00:00Z\",", ""));
        Run r = run("evaluate", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("has no 'asOf'").contains("--as-of");

        Run given = run("evaluate", file.toString(), "--as-of", "2026-03-03T17:00:00Z");
        assertThat(given.exit()).as(given.err()).isZero();
    }

    @Test
    void usageErrors_exitOne() {
        assertThat(run("evaluate", "--as-of", "tomorrow").exit()).isEqualTo(1);
        assertThat(run("evaluate", "--breaches", "many").exit()).isEqualTo(1);
        assertThat(run("evaluate", "--no-such-option").exit()).isEqualTo(1);
        assertThat(run().exit()).isEqualTo(1);
        Run help = run("evaluate", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--as-of", "--config", "--json", "--breaches", "Exit codes");
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** The text from a section title to the next blank line followed by a title. */
    private static String section(String out, String titleStart) {
        int start = out.indexOf("\n" + titleStart);
        assertThat(start).as("section '" + titleStart + "' in:\n" + out).isNotNegative();
        int end = out.indexOf("\n\n", start + 1);
        return end < 0 ? out.substring(start + 1) : out.substring(start + 1, end);
    }

    private static String findingsLine(String out) {
        return out.lines().filter(l -> l.startsWith("  Findings")).findFirst().orElseThrow();
    }

    private static int measured(String out, String standard) {
        String row = section(out, "Compliance per standard").lines().filter(l -> l.startsWith("  " + standard + " "))
                .findFirst().orElseThrow();
        String[] cells = row.trim().split("\\s{2,}");
        return Integer.parseInt(cells[2]);
    }
}
