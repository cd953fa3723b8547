package org.servicestandards.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;

class ReadConfigTest {
    private static final StandardsConfig BASE = StandardsConfig.builder()
            .target("response.email", Target.parse("2 hours"))
            .atRiskShare(0.5)
            .disable("conduct.language")
            .build();

    private static StandardsConfig config(String text, String source) throws IOException {
        return DocumentReader.create().readConfig(new StringReader(text), source, BASE);
    }

    private static StandardsConfig yaml(String... lines) throws IOException {
        return config(String.join("\n", lines) + "\n", "config.yaml");
    }

    private static DocumentFormatException yamlError(String... lines) {
        return catchThrowableOfType(DocumentFormatException.class, () -> yaml(lines));
    }

    @Test
    void yamlConfig_isAppliedOverBase_keepingWhatItDoesNotSay(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("config.yml");
        Files.writeString(file, String.join("\n",
                "settings:",
                "  automatedRepliesCount: true",
                "targets:",
                "  response.social: 30 minutes",
                "  update.periodic:",
                "    target: 3 business days",
                "    overrides:",
                "      tier:vip: 1 business day",
                "      channel:Email: 4 business hours",
                "  conduct.language:",
                "    enabled: true",
                "  proactive.lapsed-customer: { enabled: false }",
                ""));

        StandardsConfig c = DocumentReader.create().readConfig(file, BASE);

        assertThat(c.target("response.email")).isEqualTo(Target.parse("2 hours"));
        assertThat(c.atRiskShare()).isEqualTo(0.5);
        assertThat(c.calendar()).isSameAs(BASE.calendar());
        assertThat(c.automatedRepliesCount()).isTrue();
        assertThat(c.target("response.social")).isEqualTo(Target.parse("30 minutes"));
        assertThat(c.target("update.periodic")).isEqualTo(Target.businessDays(3));
        assertThat(c.target("update.periodic", "tier:VIP")).isEqualTo(Target.businessDays(1));
        assertThat(c.target("update.periodic", "channel:EMAIL")).isEqualTo(Target.parse("4 business hours"));
        assertThat(c.target("update.periodic", "internal")).as("catalogue override kept").isEqualTo(Target.businessDays(1));
        assertThat(c.isEnabled("conduct.language")).isTrue();
        assertThat(c.isEnabled("proactive.lapsed-customer")).isFalse();
    }

    @Test
    void calendarSection_replacesTheBaseCalendar() throws IOException {
        StandardsConfig c = yaml(
                "calendar:",
                "  zone: America/New_York",
                "  weekdays: 08:00-18:00",
                "  publicHolidays: US");

        assertThat(c.calendar().zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(c.calendar().isWorkingTime(Instant.parse("2026-03-02T13:30:00Z"))).isTrue();
        assertThat(c.calendar().isHoliday(java.time.LocalDate.parse("2026-07-03"))).as("4 July observed").isTrue();
        assertThat(c.atRiskShare()).isEqualTo(0.5);
    }

    @Test
    void jsonConfig_isReadToo() throws IOException {
        StandardsConfig c = config("{\"settings\": {\"atRiskShare\": 0.9}}", "config.json");

        assertThat(c.atRiskShare()).isEqualTo(0.9);
        assertThat(c.target("response.email")).isEqualTo(Target.parse("2 hours"));
    }

    @Test
    void parameters_areCheckedAgainstTheKindOfTheirDefault() throws IOException {
        StandardsConfig c = yaml(
                "targets:",
                "  response.phone.answer: { parameters: { rings: 2 } }",
                "  complaint.escalate.overdue:",
                "    parameters:",
                "      levels: [supervisor, manager, director]",
                "  complaint.escalate.high-value: { parameters: { threshold: 25000.50 } }",
                "  proactive.issue-cluster: { parameters: { window: 2 days } }");

        assertThat(c.intParameter("response.phone.answer", "rings")).isEqualTo(2);
        assertThat(c.listParameter("complaint.escalate.overdue", "levels")).containsExactly("supervisor", "manager", "director");
        assertThat(c.decimalParameter("complaint.escalate.high-value", "threshold")).isEqualByComparingTo("25000.50");
        assertThat(c.targetParameter("proactive.issue-cluster", "window")).isEqualTo(Target.parse("48 hours"));

        assertThat(yamlError("targets:", "  response.phone.answer: { parameters: { rings: two } }").getMessage())
                .isEqualTo("config.yaml:2:42: targets.response.phone.answer.parameters.rings: must be a number like"
                        + " its default 3, was the string \"two\"");
        assertThat(yamlError("targets:", "  proactive.issue-cluster: { parameters: { window: soon } }").problem())
                .startsWith("targets.proactive.issue-cluster.parameters.window: cannot parse target 'soon'");
        assertThat(yamlError("targets:", "  response.phone.answer: { parameters: { ring: 2 } }").problem())
                .isEqualTo("targets.response.phone.answer.parameters.ring: unknown parameter; did you mean 'rings'?");
        assertThat(yamlError("targets:", "  response.email: { parameters: { x: 2 } }").problem())
                .isEqualTo("targets.response.email.parameters.x: unknown parameter; standard 'response.email' has no parameters");
    }

    @Test
    void unknownStandard_stopsWithThePathAndLocation() {
        DocumentFormatException e = yamlError(
                "targets:",
                "  response.email: 1 business day",
                "  response.emial: 1 business day");

        assertThat(e.getMessage()).isEqualTo(
                "config.yaml:3:3: targets.response.emial: unknown standard; did you mean 'response.email'?");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void badTargetText_stopsNamingThePath() {
        DocumentFormatException e = yamlError("targets:", "  update.periodic:", "    target: 1 buisness day");

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.problem()).startsWith("targets.update.periodic.target: cannot parse target '1 buisness day'");
    }

    @Test
    void targetForAStandardWithoutTimeTarget_isRefused() {
        assertThat(yamlError("targets:", "  response.phone.answer: 3 rings").problem())
                .isEqualTo("targets.response.phone.answer: standard 'response.phone.answer' has no time target;"
                        + " its parameters are ringSeconds, rings");
    }

    @Test
    void unknownQualifier_andUnknownQualifierValue_areRefused() {
        assertThat(yamlError("targets:", "  update.periodic: { overrides: { vip: 1 business day } }").problem())
                .startsWith("targets.update.periodic.overrides.vip: unknown qualifier; expected internal, channel:<channel>");
        assertThat(yamlError("targets:", "  update.periodic: { overrides: { 'tier:gold': 1 business day } }").problem())
                .isEqualTo("targets.update.periodic.overrides.tier:gold: unknown tier 'gold'; expected one of STANDARD,"
                        + " REGULAR, VIP");
    }

    @Test
    void unknownFieldOfATarget_isRefused() {
        assertThat(yamlError("targets:", "  update.periodic: { taget: 1 business day }").problem())
                .isEqualTo("targets.update.periodic.taget: unknown field; did you mean 'target'?");
        assertThat(yamlError("targets:", "  update.periodic: 3").problem())
                .startsWith("targets.update.periodic: must be a target such as \"1 business day\" or an object");
    }

    @Test
    void badSettings_areRefused() {
        assertThat(yamlError("settings:", "  atRiskShare: 1.5").problem())
                .isEqualTo("settings.atRiskShare: must be a number greater than 0 and at most 1, was the number 1.5");
        assertThat(yamlError("settings:", "  atRisk: 0.5").problem())
                .isEqualTo("settings.atRisk: unknown field; did you mean 'atRiskShare'?");
        assertThat(yamlError("settings:", "  automatedRepliesCount: maybe").problem())
                .startsWith("settings.automatedRepliesCount: must be true or false");
        assertThat(yamlError("settings: 3").problem()).isEqualTo("settings: must be an object, was the number 3");
    }

    @Test
    void badCalendar_stopsWithTheFieldsLocation() {
        DocumentFormatException zone = yamlError("calendar:", "  weekdays: 09:00-17:00", "  zone: Europe/Londn");
        assertThat(zone.getMessage()).startsWith("config.yaml:3:3: calendar.zone: unknown time zone 'Europe/Londn'");

        DocumentFormatException hours = yamlError("calendar:", "  zone: UTC", "  hours:",
                "    monday: [09:00-12:00, 13:00-12:00]");
        assertThat(hours.getMessage()).startsWith("config.yaml:4:27: calendar.hours.monday[1]: '13:00-12:00' closes"
                + " before it opens");

        assertThat(yamlError("calendar:", "  zone: UTC", "  hours: { mondy: 09:00-17:00 }").problem())
                .isEqualTo("calendar.hours.mondy: unknown day; did you mean 'monday'?");
        assertThat(yamlError("calendar:", "  zone: UTC").problem())
                .startsWith("calendar.hours: no working hours");
        assertThat(yamlError("calendar:", "  weekdays: 09:00-17:00").problem())
                .startsWith("calendar.zone: is required");
        assertThat(yamlError("calendar:", "  zone: UTC", "  weekdays: 09:00-17:00", "  holidays: [2026-02-30]").problem())
                .isEqualTo("calendar.holidays[0]: must be an ISO-8601 date such as 2026-12-25, was '2026-02-30'");
        assertThat(yamlError("calendar:", "  zone: UTC", "  weekdays: 09:00-17:00", "  annualHolidays: [25-12]").problem())
                .isEqualTo("calendar.annualHolidays[0]: must be a month and day such as \"12-25\", was '25-12'");
        assertThat(yamlError("calendar:", "  zone: UTC", "  weekdays: 09:00-17:00", "  publicHolidays: XX").problem())
                .startsWith("calendar.publicHolidays.country: countryCode 'XX' is not a calendar Jollyday knows");
        assertThat(yamlError("calendar:", "  zone: UTC", "  weekdays: 09:00-17:00",
                "  publicHolidays: { country: GB, subdivisions: england }").problem())
                .startsWith("calendar.publicHolidays.subdivisions: subdivision 'england' is not known in GB");
        assertThat(yamlError("calendar:", "  zone: UTC", "  weekday: 09:00-17:00").problem())
                .isEqualTo("calendar.weekday: unknown field; did you mean 'weekdays'?");
    }

    @Test
    void emptyFile_changesNothing() throws IOException {
        assertThat(config("", "config.yaml")).isSameAs(BASE);
    }

    @Test
    void recordsOrOtherSections_areNotAConfiguration() {
        assertThatThrownBy(() -> yaml("customers: []")).isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("config.yaml:1:1: unknown section 'customers'");
        assertThatThrownBy(() -> yaml("targets: {}", "targets: {}")).isInstanceOf(DocumentFormatException.class)
                .hasMessageContaining("targets: section is given twice");
    }

    @Test
    void keyGivenTwiceInAConfiguration_isRefused() {
        assertThat(yamlError("targets:", "  response.email: 1 hour", "  response.email: 2 hours").problem())
                .isEqualTo("targets.response.email: is given twice");
    }

    @Test
    void documentTargets_giveTheDocumentsConfiguration() throws IOException {
        Document doc = DocumentReader.create().read(new StringReader(
                "{\"targets\": {\"response.email\": \"4 business hours\"}, \"settings\": {\"atRiskShare\": 0.8}}"), "in.json");

        assertThat(doc.config().target("response.email")).isEqualTo(Target.parse("4 business hours"));
        assertThat(doc.config().atRiskShare()).isEqualTo(0.8);
        assertThat(doc.config().target("response.web")).isEqualTo(Target.businessDays(1));
    }

    @Test
    void configErrorInADocument_stopsTheDocument() {
        assertThatThrownBy(() -> DocumentReader.create().read(new StringReader(
                "{\"customers\": [{\"id\": \"C-1\"}],\n \"targets\": {\"response.emial\": \"1 hour\"}}"), "input.json"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessage("input.json:2:14: targets.response.emial: unknown standard; did you mean 'response.email'?");
    }
}
