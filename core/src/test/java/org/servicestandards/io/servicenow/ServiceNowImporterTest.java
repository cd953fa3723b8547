package org.servicestandards.io.servicenow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.io.DocumentFormatException;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Assignment;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.DatasetValidator;
import org.servicestandards.model.Direction;
import org.servicestandards.model.InputError;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Severity;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/** The ServiceNow incident-log import: the real sample, both date forms, missing values, malformed rows. */
class ServiceNowImporterTest {
    static final String HEADER = String.join(",", ServiceNowImporter.UCI_COLUMNS);

    static Path sample() {
        Path p = Path.of("..", "examples", "data", "servicenow", "servicenow-incident-log-sample.csv");
        return Files.exists(p) ? p : Path.of("examples", "data", "servicenow", "servicenow-incident-log-sample.csv");
    }

    /** A row of the UCI form with the columns the import reads; everything else '?'. */
    static String row(String number, String state, String reassignments, String reopens, String caller,
                      String openedAt, String updatedAt, String priority, String group, String assignee) {
        Map<String, String> v = new java.util.HashMap<>();
        v.put("number", number);
        v.put("incident_state", state);
        v.put("active", "true");
        v.put("reassignment_count", reassignments);
        v.put("reopen_count", reopens);
        v.put("sys_mod_count", "0");
        v.put("made_sla", "true");
        v.put("caller_id", caller);
        v.put("opened_at", openedAt);
        v.put("sys_updated_at", updatedAt);
        v.put("contact_type", "Phone");
        v.put("category", "Category 1");
        v.put("priority", priority);
        v.put("assignment_group", group);
        v.put("assigned_to", assignee);
        return ServiceNowImporter.UCI_COLUMNS.stream().map(c -> v.getOrDefault(c, "?")).collect(Collectors.joining(","));
    }

    static String row(String number, String state, String updatedAt) {
        return row(number, state, "0", "0", "Caller 1", "2/3/2026 9:00", updatedAt, "3 - Moderate", "Group 1", "Resolver 1");
    }

    static ServiceNowImport read(String... rows) throws IOException {
        return read(ServiceNowImporter.create(), rows);
    }

    static ServiceNowImport read(ServiceNowImporter importer, String... rows) throws IOException {
        return importer.read(new StringReader(HEADER + "\n" + String.join("\n", rows) + "\n"), "log.csv");
    }

    static Instant utc(String text) { return Instant.parse(text); }

    // ---------------------------------------------------------------------------------------------
    // The real sample

    @Test
    void realSample_890Incidents_fromTheirCompleteHistories() throws IOException {
        ServiceNowImport imp = ServiceNowImporter.create().read(sample());
        Dataset d = imp.records();

        assertThat(imp.errors()).isEmpty();
        assertThat(imp.summary().rows()).isEqualTo(5998);
        assertThat(imp.summary().rowsRejected()).isZero();
        assertThat(imp.summary().incidents()).isEqualTo(890);
        assertThat(d.cases()).hasSize(890);
        assertThat(d.interactions()).hasSize(890).allSatisfy(i -> {
            assertThat(i.channel()).isEqualTo(Channel.PHONE);
            assertThat(i.direction()).isEqualTo(Direction.INBOUND);
        });
        assertThat(d.customers()).hasSize(639);
        assertThat(d.agents()).hasSize(122);
        assertThat(imp.incidents()).hasSize(890);
        assertThat(DatasetValidator.validate(d).errors()).isEmpty();

        assertThat(d.cases()).allSatisfy(c -> assertThat(c.status()).isEqualTo(CaseStatus.CLOSED));
        Map<Severity, Long> bySeverity = d.cases().stream().collect(Collectors.groupingBy(SupportCase::severity,
                Collectors.counting()));
        assertThat(bySeverity).containsExactlyInAnyOrderEntriesOf(Map.of(Severity.MEDIUM, 757L, Severity.LOW, 85L,
                Severity.HIGH, 33L, Severity.CRITICAL, 15L));
        assertThat(d.cases().stream().mapToInt(SupportCase::reassignments).sum()).isEqualTo(877);
        assertThat(d.cases().stream().mapToInt(SupportCase::reopenings).sum()).isEqualTo(11);
        assertThat(d.cases().stream().filter(c -> !c.pauses().isEmpty()).count()).isEqualTo(295);
        assertThat(imp.incidents().stream().filter(i -> Boolean.FALSE.equals(i.madeSla())).count()).isEqualTo(395);
        assertThat(imp.summary().firstOpened()).isEqualTo(utc("2016-02-29T01:16:00Z"));
        assertThat(imp.summary().lastEvent()).isEqualTo(utc("2017-02-04T19:00:00Z"));
        assertThat(imp.summary().uciEventLog()).isTrue();
        assertThat(imp.summary().attribution()).contains("10.24432/C57S4H", "Amaral", "CC BY 4.0");
    }

    @Test
    void realSample_theFirstIncident() throws IOException {
        ServiceNowImport imp = ServiceNowImporter.create().read(sample());
        SupportCase first = imp.records().cases().get(0);

        assertThat(first.id()).isEqualTo("INC0000045");
        assertThat(first.customerId()).isEqualTo("Caller 2403");
        assertThat(first.openedAt()).isEqualTo(utc("2016-02-29T01:16:00Z"));
        assertThat(first.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(first.subject()).isEqualTo("Category 55 / Subcategory 170 / Symptom 72");
        assertThat(first.history()).containsExactly(
                StatusChange.of(utc("2016-02-29T08:53:00Z"), CaseStatus.RESOLVED),
                StatusChange.of(utc("2016-03-05T12:00:00Z"), CaseStatus.CLOSED));
        assertThat(first.assignments()).containsExactly(new Assignment(first.openedAt(), "Group 56", null));
        assertThat(imp.records().interactions().get(0)).isEqualTo(Interaction.of("INC0000045:opened", "Caller 2403",
                "INC0000045", Channel.PHONE, Direction.INBOUND, first.openedAt()));
        IncidentInfo info = imp.incidents().get(0);
        assertThat(info).isEqualTo(new IncidentInfo("INC0000045", 2, 4, "3 - Moderate", Severity.MEDIUM, "Closed",
                true, 0, 0, "Phone"));
    }

    @Test
    void theUciOriginalForm_readsToTheSameRecords() throws IOException {
        List<String> lines = Files.readAllLines(sample()).subList(0, 600);
        Pattern date = Pattern.compile("(\\d\\d)-(\\d\\d)-(\\d{4}) (\\d\\d):(\\d\\d)");
        Function<String, String> uci = line -> {
            Matcher m = date.matcher(line.replace("TRUE", "true").replace("FALSE", "false"));
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Integer.parseInt(m.group(1)) + "/" + Integer.parseInt(m.group(2)) + "/"
                        + m.group(3) + " " + Integer.parseInt(m.group(4)) + ":" + m.group(5));
            }
            return m.appendTail(sb).toString();
        };
        String converted = lines.stream().map(uci).collect(Collectors.joining("\n"));
        assertThat(converted).contains("29/2/2016 1:16").contains(",true,").doesNotContain("29-02-2016");

        ServiceNowImport original = ServiceNowImporter.create().read(new StringReader(converted), "uci.csv");
        ServiceNowImport sample = ServiceNowImporter.create()
                .read(new StringReader(String.join("\n", lines)), "sample.csv");

        assertThat(original.errors()).isEmpty();
        assertThat(original.records()).isEqualTo(sample.records());
        assertThat(original.incidents()).isEqualTo(sample.incidents());
    }

    // ---------------------------------------------------------------------------------------------
    // Dates, zones, booleans

    @Test
    void aUserPattern_andAZone() throws IOException {
        ServiceNowImporter importer = ServiceNowImporter.create(ServiceNowOptions.builder()
                .timestampPattern("yyyy-MM-dd HH:mm:ss").zone(ZoneId.of("America/Sao_Paulo")).build());

        ServiceNowImport imp = read(importer,
                row("INC1", "New", "0", "0", "Caller 1", "2016-02-29 01:16:30", "2016-02-29 01:20:00", "1 - Critical",
                        "Group 1", "?"),
                row("INC1", "Resolved", "0", "0", "Caller 1", "2016-02-29 01:16:30", "2016-02-29 09:00:00",
                        "1 - Critical", "Group 1", "?"),
                row("INC2", "New", "0", "0", "Caller 1", "29-02-2016 01:16", "29-02-2016 01:16", "1 - Critical",
                        "Group 1", "?"));

        SupportCase c = imp.records().cases().get(0);
        assertThat(c.openedAt()).isEqualTo(utc("2016-02-29T04:16:30Z"));
        assertThat(c.resolvedAt()).isEqualTo(utc("2016-02-29T12:00:00Z"));
        assertThat(imp.errors()).extracting(InputError::toString).containsExactly("log.csv:4:10: incident INC2, row 4:"
                + " column 'opened_at' is '29-02-2016 01:16', not a timestamp of the form 'yyyy-MM-dd HH:mm:ss'");
    }

    @Test
    void bothDefaultForms_secondsOptional_andImpossibleDatesRejected() throws IOException {
        ServiceNowImport imp = read(
                row("INC1", "New", "0", "0", "Caller 1", "29-02-2016 01:16", "29/2/2016 1:17:30", "4 - Low", "?", "?"),
                row("INC2", "New", "0", "0", "Caller 1", "31-02-2016 01:16", "31-02-2016 01:16", "4 - Low", "?", "?"),
                row("INC3", "New", "0", "0", "Caller 1", "29-02-2016 25:16", "29-02-2016 01:16", "4 - Low", "?", "?"));

        assertThat(imp.records().cases()).extracting(SupportCase::id).containsExactly("INC1");
        assertThat(imp.errors()).extracting(InputError::field).containsExactly("opened_at", "opened_at");
        assertThat(imp.errors().get(0).message()).isEqualTo("incident INC2, row 3: column 'opened_at' is"
                + " '31-02-2016 01:16', not a timestamp of the form 'DD-MM-YYYY HH:MM' or 'D/M/YYYY H:MM' (seconds optional)");
    }

    @Test
    void booleans_TRUE_true_False_andGarbage() throws IOException {
        String good = row("INC1", "Closed", "1/3/2026 9:00").replace(",true,", ",TRUE,");
        String lower = row("INC2", "Closed", "1/3/2026 9:00").replace(",0,true,Caller", ",0,False,Caller");
        String bad = row("INC3", "Closed", "1/3/2026 9:00").replaceFirst(",0,true,", ",0,yes,");

        ServiceNowImport imp = read(good, lower, bad);

        assertThat(imp.incidents()).extracting(IncidentInfo::madeSla).containsExactly(true, false);
        assertThat(imp.errors()).extracting(InputError::toString).containsExactly(
                "log.csv:4:7: incident INC3, row 4: column 'made_sla' is 'yes', not true or false");
    }

    // ---------------------------------------------------------------------------------------------
    // Missing values and malformed rows: an error naming row and column, the rest imports

    @Test
    void aMissingRequiredValue_rejectsTheRow_andTheRestOfTheIncidentImports() throws IOException {
        ServiceNowImport imp = read(
                row("INC1", "New", "2/3/2026 9:00"),
                row("INC1", "Active", "0", "0", "?", "2/3/2026 9:00", "2/3/2026 10:00", "3 - Moderate", "Group 1", "?"),
                row("INC1", "Resolved", "2/3/2026 11:00"),
                row("?", "New", "2/3/2026 9:00"));

        assertThat(imp.errors()).extracting(InputError::toString).containsExactly(
                "log.csv:3:8: incident INC1, row 3: column 'caller_id' is missing ('?'), and every row needs it",
                "log.csv:5:1: row 5: column 'number' is missing ('?'), and every row needs it");
        assertThat(imp.errors().get(0).recordId()).isEqualTo("INC1");
        assertThat(imp.errors().get(0).field()).isEqualTo("caller_id");
        SupportCase c = imp.records().cases().get(0);
        assertThat(c.history()).containsExactly(StatusChange.of(utc("2026-03-02T11:00:00Z"), CaseStatus.RESOLVED));
        assertThat(imp.summary().rowsRejected()).isEqualTo(2);
        assertThat(imp.incidents().get(0).rows()).isEqualTo(2);
    }

    @Test
    void optionalValuesMayBeMissing() throws IOException {
        ServiceNowImport imp = read(row("INC1", "New", "?", "?", "Caller 1", "2/3/2026 9:00", "2/3/2026 9:00", "?", "?", "?")
                .replace(",Phone,", ",?,"));

        assertThat(imp.errors()).isEmpty();
        SupportCase c = imp.records().cases().get(0);
        assertThat(c.severity()).isNull();
        assertThat(c.assignee()).isNull();
        assertThat(c.assignments()).isEmpty();
        assertThat(imp.records().interactions()).isEmpty();
        assertThat(imp.records().agents()).isEmpty();
    }

    @Test
    void malformedRows_wrongColumnCount_badCount_unknownLabels() throws IOException {
        ServiceNowImport imp = read(
                row("INC1", "New", "2/3/2026 9:00"),
                "INC1,New,true,0",
                row("INC1", "Active", "-1", "0", "Caller 1", "2/3/2026 9:00", "2/3/2026 10:00", "3 - Moderate", "G", "?"),
                row("INC1", "Pending", "2/3/2026 10:30"),
                row("INC1", "Active", "0", "0", "Caller 1", "2/3/2026 9:00", "2/3/2026 10:40", "0 - Urgent", "G", "?"),
                row("INC1", "Active", "2/3/2026 10:50").replace(",Phone,", ",Carrier pigeon,"),
                row("INC1", "Resolved", "2/3/2026 11:00"));

        assertThat(imp.errors()).extracting(InputError::toString).containsExactly(
                "log.csv:3: incident INC1, row 3: has 4 columns, the header has 36",
                "log.csv:4:4: incident INC1, row 4: column 'reassignment_count' is '-1', not a whole number >= 0",
                "log.csv:5:2: incident INC1, row 5: column 'incident_state' is 'Pending', not a known state (active,"
                        + " awaiting evidence, awaiting problem, awaiting user info, awaiting vendor, closed, new,"
                        + " resolved); map it with ServiceNowOptions.Builder.state",
                "log.csv:6:23: incident INC1, row 6: column 'priority' is '0 - Urgent', not a known priority (1 - critical,"
                        + " 2 - high, 3 - moderate, 4 - low, 5 - planning); map it with ServiceNowOptions.Builder.priority",
                "log.csv:7:15: incident INC1, row 7: column 'contact_type' is 'Carrier pigeon', not a known contact type"
                        + " (chat, direct opening, email, ivr, phone, self service, walk-in); map it with"
                        + " ServiceNowOptions.Builder.channel");
        assertThat(imp.records().cases()).singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(CaseStatus.RESOLVED));
    }

    @Test
    void quotedFields_withCommasAndLineBreaks_andAnUnterminatedQuote() throws IOException {
        String quoted = row("INC1", "New", "2/3/2026 9:00").replace("Category 1", "\"Network, \"\"core\"\"\nrouters\"");
        ServiceNowImport imp = read(quoted, row("INC1", "Resolved", "2/3/2026 11:00"),
                row("INC2", "New", "2/3/2026 9:00").replace("Category 1", "\"never closed"));

        assertThat(imp.records().cases()).extracting(SupportCase::id).containsExactly("INC1");
        assertThat(imp.records().cases().get(0).subject()).isEqualTo("Category 1");
        assertThat(imp.incidents().get(0).firstRow()).isEqualTo(2);
        assertThat(imp.errors()).extracting(InputError::toString)
                .containsExactly("log.csv:5: incident INC2, row 5: has a quoted field that is never closed");
    }

    @Test
    void aHeaderWithoutARequiredColumn_stopsTheRead() {
        assertThatThrownBy(() -> ServiceNowImporter.create().read(new StringReader("number,incident_state,opened_at\n"),
                "log.csv"))
                .isInstanceOf(DocumentFormatException.class)
                .hasMessage("log.csv:1:1: the header lacks the columns 'caller_id', 'sys_updated_at'; a ServiceNow"
                        + " incident log needs number, incident_state, caller_id, opened_at, sys_updated_at");
        assertThatThrownBy(() -> ServiceNowImporter.create().read(new StringReader(""), "empty.csv"))
                .isInstanceOf(DocumentFormatException.class).hasMessageStartingWith("empty.csv: is empty");
    }

    // ---------------------------------------------------------------------------------------------
    // Reconstruction

    @Test
    void statusHistory_awaitingUserInfoPauses_internalWaitsDoNot_reopenedBetweenEvents() throws IOException {
        ServiceNowImport imp = read(
                row("INC1", "New", "2/3/2026 9:00"),
                row("INC1", "Awaiting User Info", "2/3/2026 10:00"),
                row("INC1", "Awaiting User Info", "2/3/2026 10:30"),
                row("INC1", "Active", "2/3/2026 11:00"),
                row("INC1", "Awaiting Vendor", "2/3/2026 12:00"),
                row("INC1", "Awaiting Problem", "2/3/2026 13:00"),
                row("INC1", "Resolved", "2/3/2026 14:00"),
                row("INC1", "Resolved", "1", "1", "Caller 1", "2/3/2026 9:00", "3/3/2026 9:00", "3 - Moderate",
                        "Group 1", "Resolver 1"),
                row("INC1", "Closed", "1", "1", "Caller 1", "2/3/2026 9:00", "6/3/2026 9:00", "3 - Moderate",
                        "Group 1", "Resolver 1"));

        SupportCase c = imp.records().cases().get(0);
        assertThat(c.history()).extracting(StatusChange::status).containsExactly(CaseStatus.WAITING_ON_CUSTOMER,
                CaseStatus.OPEN, CaseStatus.RESOLVED, CaseStatus.OPEN, CaseStatus.RESOLVED, CaseStatus.CLOSED);
        assertThat(c.pauses()).singleElement().satisfies(p -> {
            assertThat(p.getStart()).isEqualTo(utc("2026-03-02T10:00:00Z"));
            assertThat(p.getEnd()).isEqualTo(utc("2026-03-02T11:00:00Z"));
        });
        assertThat(c.reopenings()).isEqualTo(1);
        assertThat(c.resolutions()).containsExactly(utc("2026-03-02T14:00:00Z"), utc("2026-03-03T09:00:00Z"));
    }

    @Test
    void anEventBeforeTheOpening_isMovedToTheOpening() throws IOException {
        ServiceNowImport imp = read(
                row("INC1", "Awaiting User Info", "0", "0", "Caller 1", "2/3/2026 9:41", "2/3/2026 7:27", "4 - Low", "?", "?"),
                row("INC1", "Resolved", "0", "0", "Caller 1", "2/3/2026 9:41", "2/3/2026 10:00", "4 - Low", "?", "?"));

        assertThat(imp.errors()).isEmpty();
        assertThat(imp.records().cases().get(0).history()).first()
                .isEqualTo(StatusChange.of(utc("2026-03-02T09:41:00Z"), CaseStatus.WAITING_ON_CUSTOMER));
    }

    @Test
    void assignments_fromTheReassignmentCount_agentsWithTheirFirstGroup() throws IOException {
        ServiceNowImport imp = read(
                row("INC1", "New", "0", "0", "Caller 1", "2/3/2026 9:00", "2/3/2026 9:00", "2 - High", "?", "?"),
                row("INC1", "New", "0", "0", "Caller 1", "2/3/2026 9:00", "2/3/2026 9:05", "2 - High", "Group 70", "?"),
                row("INC1", "Active", "1", "0", "Caller 1", "2/3/2026 9:00", "2/3/2026 10:00", "2 - High", "Group 29", "?"),
                row("INC1", "Active", "3", "0", "Caller 1", "2/3/2026 9:00", "2/3/2026 11:00", "2 - High", "?", "?"),
                row("INC1", "Active", "4", "0", "Caller 1", "2/3/2026 9:00", "2/3/2026 12:00", "1 - Critical", "Group 70",
                        "Resolver 149"),
                row("INC1", "Resolved", "4", "0", "Caller 1", "2/3/2026 9:00", "2/3/2026 13:00", "1 - Critical",
                        "Group 71", "Resolver 149"));

        SupportCase c = imp.records().cases().get(0);
        assertThat(c.assignments()).containsExactly(
                new Assignment(utc("2026-03-02T09:00:00Z"), "Group 70", null),
                new Assignment(utc("2026-03-02T10:00:00Z"), "Group 29", null),
                new Assignment(utc("2026-03-02T11:00:00Z"), null, null),
                new Assignment(utc("2026-03-02T11:00:00Z"), null, null),
                new Assignment(utc("2026-03-02T12:00:00Z"), "Group 70", "Resolver 149"));
        assertThat(c.reassignments()).isEqualTo(4);
        assertThat(c.assignee()).isEqualTo("Resolver 149");
        assertThat(c.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(imp.records().agents()).containsExactly(Agent.of("Resolver 149", "Group 70"));
    }

    @Test
    void mappingsAreConfigurable() throws IOException {
        ServiceNowImporter importer = ServiceNowImporter.create(ServiceNowOptions.builder()
                .state("Awaiting Vendor", CaseStatus.WAITING_ON_CUSTOMER).state("Pending", CaseStatus.OPEN)
                .channel("Phone", Channel.VOICEMAIL).priority("3 - Moderate", Severity.HIGH).build());

        ServiceNowImport imp = read(importer, row("INC1", "Pending", "2/3/2026 9:00"),
                row("INC1", "Awaiting Vendor", "2/3/2026 10:00"));

        assertThat(imp.errors()).isEmpty();
        assertThat(imp.records().cases().get(0).status()).isEqualTo(CaseStatus.WAITING_ON_CUSTOMER);
        assertThat(imp.records().cases().get(0).severity()).isEqualTo(Severity.HIGH);
        assertThat(imp.records().interactions().get(0).channel()).isEqualTo(Channel.VOICEMAIL);
    }

    @Test
    void interleavedRows_withinTheWindow_areGrouped_beyondIt_reported() throws IOException {
        ServiceNowImporter narrow = ServiceNowImporter.create(ServiceNowOptions.builder().window(2).build());
        String[] rows = {
                row("INC1", "New", "2/3/2026 9:00"),
                row("INC2", "New", "2/3/2026 9:00"),
                row("INC1", "Resolved", "2/3/2026 10:00"),
                row("INC3", "New", "2/3/2026 9:00"),
                row("INC4", "New", "2/3/2026 9:00"),
                row("INC2", "Resolved", "2/3/2026 11:00")};

        ServiceNowImport wide = read(rows);
        assertThat(wide.errors()).isEmpty();
        assertThat(wide.records().cases()).extracting(SupportCase::id).containsExactly("INC1", "INC2", "INC3", "INC4");
        assertThat(wide.records().cases().get(1).status()).isEqualTo(CaseStatus.RESOLVED);

        ServiceNowImport split = read(narrow, rows);
        assertThat(split.records().cases()).extracting(SupportCase::id).containsExactly("INC2", "INC1", "INC3", "INC4");
        assertThat(split.records().cases().get(0).status()).isEqualTo(CaseStatus.OPEN);
        assertThat(split.errors()).extracting(InputError::message).containsExactly("incident INC2, row 7: its rows from"
                + " here on are too far from its earlier rows (from row 3) to be put together and are dropped; sort the"
                + " log by number or raise ServiceNowOptions.Builder.window");
        assertThat(DatasetValidator.validate(split.records()).errors()).isEmpty();
    }

    @Test
    void batches_areSelfContained_andDeliveredInFileOrder() throws IOException {
        ServiceNowImporter byTwo = ServiceNowImporter.create(ServiceNowOptions.builder().batchSize(2).build());
        List<ServiceNowBatch> batches = new ArrayList<>();
        String log = HEADER + "\n" + String.join("\n", row("INC1", "New", "2/3/2026 9:00"),
                row("INC2", "New", "2/3/2026 9:00"), row("INC3", "New", "2/3/2026 9:00"), "bad") + "\n";

        ServiceNowSummary s = byTwo.read(new StringReader(log), "log.csv", batches::add);

        assertThat(s.batches()).isEqualTo(2);
        assertThat(batches).extracting(b -> b.records().cases().size()).containsExactly(2, 1);
        assertThat(batches.get(0).errors()).hasSize(1);
        assertThat(batches).allSatisfy(b -> {
            assertThat(DatasetValidator.validate(b.records()).errors()).isEmpty();
            assertThat(b.records().customers()).extracting(c -> c.id()).containsExactly("Caller 1");
        });
    }

    @Test
    void configure_disablesWhatTheLogCannotEvidence() {
        StandardsConfig c = ServiceNowImport.configure(StandardsConfig.defaults());

        assertThat(c.isEnabled("response.email")).isFalse();
        assertThat(c.isEnabled("followup.survey")).isFalse();
        assertThat(c.isEnabled("resolution.case")).isTrue();
        assertThat(c.isEnabled("followup.nothing-went-right")).isTrue();
    }
}
