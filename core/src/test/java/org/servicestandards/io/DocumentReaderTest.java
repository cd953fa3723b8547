package org.servicestandards.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.InputError;
import org.servicestandards.model.Interaction;

class DocumentReaderTest {

    private static Document read(String text, String source) throws IOException {
        return DocumentReader.create().read(new StringReader(text), source);
    }

    private static Document read(String json) throws IOException {
        return read(json, "input.json");
    }

    /** A document from lines, so tests can name the line a record starts on. */
    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    // ---------------------------------------------------------------------------------------------
    // every record type, every field

    @Test
    void everyRecordTypeWithAllFields_readsToTheModelRecords() throws IOException {
        String json = """
                {
                  "customers": [{"id": "C-1", "name": "Ada Lovelace", "since": "2019-05-01T00:00:00Z", "tier": "VIP",
                                 "lifetimeValue": 12500.50, "preferredChannel": "Email", "internal": true,
                                 "products": ["router-x", "plan-fibre"]},
                                {"id": "C-2"}],
                  "agents": [{"id": "A-1", "name": "Grace Hopper", "team": "billing", "level": "supervisor"},
                             {"id": "A-2"}],
                  "cases": [{"id": "CASE-1", "customerId": "C-1", "openedAt": "2026-03-02T09:15:00Z",
                             "subject": "Double charge", "product": "plan-fibre", "assignee": "A-1",
                             "history": [{"at": "2026-03-05T15:00:00.123456789Z", "status": "resolved", "by": "A-1"},
                                         {"at": "2026-03-02T11:00:00Z", "status": "waiting-on-customer", "by": "A-1"},
                                         {"at": "2026-03-03T10:00:00Z", "status": "OPEN"}]},
                            {"id": "CASE-2", "customerId": "C-2", "openedAt": "2026-03-02T09:00:00Z"}],
                  "interactions": [
                    {"id": "I-1", "customerId": "C-1", "caseId": "CASE-1", "channel": "email", "direction": "inbound",
                     "at": "2026-03-02T09:15:00Z", "text": "You charged me twice.", "demeanour": "upset"},
                    {"id": "I-2", "customerId": "C-1", "caseId": "CASE-1", "channel": "email", "direction": "outbound",
                     "at": "2026-03-02T11:40:00+01:00", "agentId": "A-1", "flags": ["process_time_stated", "complaint-acknowledged"],
                     "text": "Sorry \\"about\\" that.\\nRefund soon.", "inReplyTo": "I-1", "about": ["K-1", "O-1"]},
                    {"id": "I-3", "customerId": "C-1", "channel": "phone", "direction": "inbound",
                     "at": "2026-03-03T14:00:00Z", "agentId": "A-1", "rings": 2, "secondsToAnswer": 11,
                     "flags": ["greeting_identified"], "demeanour": "calm"},
                    {"id": "I-4", "customerId": "C-1", "channel": "phone", "direction": "inbound",
                     "at": "2026-03-03T14:10:00Z", "abandoned": true, "missed": false}],
                  "complaints": [{"id": "K-1", "customerId": "C-1", "caseId": "CASE-1", "receivedAt": "2026-03-02T09:15:00Z",
                                  "category": "billing mistake", "severity": "high", "demeanour": "irate",
                                  "product": "plan-fibre", "lodgedIn": "I-1", "resolvedAt": "2026-03-05T15:00:00.123456789Z",
                                  "description": "Charged twice in March"}],
                  "orders": [{"id": "O-1", "customerId": "C-1", "caseId": "CASE-1", "receivedAt": "2026-03-02T09:00:00Z",
                              "promisedAt": "2026-03-04T12:00:00Z", "expectedAt": "2026-03-05T15:00:00.123456789Z",
                              "filledAt": "2026-03-03T10:00:00Z", "deliveredAt": "2026-03-05T15:00:00.123456789Z",
                              "lines": [{"sku": "router-x", "quantity": 1},
                                        {"sku": "cable-5m", "quantity": 2, "backOrdered": true,
                                         "alternatives": ["cable-3m", "cable-10m"]}],
                              "matchesOrder": true, "invoiceCorrect": false, "amount": 149.90},
                             {"id": "O-2", "customerId": "C-2", "receivedAt": "2026-03-02T09:00:00Z", "lines": []}],
                  "commitments": [{"id": "P-1", "customerId": "C-1", "caseId": "CASE-1", "ownerId": "A-1",
                                   "madeAt": "2026-03-02T10:40:00Z", "dueAt": "2026-03-03T14:00:00Z",
                                   "promise": "call back with the refund reference", "channel": "phone", "madeIn": "I-2",
                                   "renegotiations": [{"at": "2026-03-03T10:00:00Z", "newDueAt": "2026-03-04T12:00:00Z",
                                                       "note": "bank delay"}],
                                   "keptBy": "I-3"}],
                  "absences": [{"id": "AB-1", "agentId": "A-1", "from": "2026-03-09T09:00:00Z", "to": "2026-03-11T17:00:00Z",
                                "greetingUpdated": true, "autoReplySet": false},
                               {"id": "AB-2", "agentId": "A-2", "from": "2026-03-02T09:00:00Z", "to": "2026-03-03T10:00:00Z",
                                "greetingUpdated": null}],
                  "anomalies": [{"id": "AN-1", "customerId": "C-1", "detectedAt": "2026-03-04T12:00:00Z",
                                 "kind": "suspicious-activity", "description": "Login from a new country"}]
                }
                """;

        Document doc = read(json);

        assertThat(doc.errors()).isEmpty();
        Dataset d = doc.records();
        Dataset expected = Samples.full();
        assertThat(d.customers()).containsExactlyElementsOf(expected.customers());
        assertThat(d.agents()).containsExactlyElementsOf(expected.agents());
        assertThat(d.cases()).containsExactlyElementsOf(expected.cases());
        assertThat(d.interactions()).containsExactlyElementsOf(expected.interactions());
        assertThat(d.complaints()).containsExactlyElementsOf(expected.complaints());
        assertThat(d.orders()).containsExactlyElementsOf(expected.orders());
        assertThat(d.commitments()).containsExactlyElementsOf(expected.commitments());
        assertThat(d.absences()).containsExactlyElementsOf(expected.absences());
        assertThat(d.anomalies()).containsExactlyElementsOf(expected.anomalies());
        assertThat(d).isEqualTo(expected);
        assertThat(doc.locationOf("interaction", "I-3")).isEqualTo("input.json:20:5");
        assertThat(doc.locationOf("customer", "C-2")).isEqualTo("input.json:5:17");
    }

    @Test
    void documentWithoutConfiguration_hasTheDefaults() throws IOException {
        Document doc = read("{\"customers\": [{\"id\": \"C-1\"}]}");

        assertThat(doc.config().calendar()).isSameAs(org.servicestandards.config.StandardsConfig.DEFAULT_CALENDAR);
        assertThat(doc.calendar()).isNull();
        assertThat(doc.asOf()).isNull();
        assertThat(doc.records().customers()).containsExactly(Customer.of("C-1"));
    }

    @Test
    void asOf_isRead() throws IOException {
        assertThat(read("{\"asOf\": \"2026-04-30T18:00:00+01:00\"}").asOf())
                .isEqualTo(Instant.parse("2026-04-30T17:00:00Z"));
    }

    @Test
    void nullSectionsAndNullFields_areTheSameAsAbsent() throws IOException {
        Document doc = read("{\"asOf\": null, \"calendar\": null, \"customers\": null,"
                + " \"agents\": [{\"id\": \"A-1\", \"name\": null, \"team\": null}]}");

        assertThat(doc.errors()).isEmpty();
        assertThat(doc.records().agents()).containsExactly(Agent.of("A-1", null));
    }

    // ---------------------------------------------------------------------------------------------
    // bad records: one error each, naming type, id, field and location; the rest still load

    private static final String GOOD_CUSTOMER = "    {\"id\": \"C-1\"},";
    private static final String GOOD_EMAIL = "    {\"id\": \"I-1\", \"customerId\": \"C-1\", \"channel\": \"email\","
            + " \"direction\": \"inbound\", \"at\": \"2026-03-02T09:00:00Z\"}";

    /**
     * A document with good customers C-1, C-2, good interactions I-1 (and I-2) and one bad record in
     * {@code section}, which starts at line 10, column 5 (a bad customer: line 4, column 5).
     */
    private static Document withBadRecord(String section, String badRecord) throws IOException {
        if (section.equals("customers")) {
            return read(lines("{", "  \"customers\": [", GOOD_CUSTOMER, "    " + badRecord, "  ],",
                    "  \"interactions\": [", GOOD_EMAIL, "  ]", "}"));
        }
        if (section.equals("interactions")) {
            return read(lines("{", "  \"customers\": [", GOOD_CUSTOMER, "    {\"id\": \"C-2\"}", "  ],",
                    "  \"agents\": [],", "  \"interactions\": [", GOOD_EMAIL + ",", GOOD_EMAIL.replace("I-1", "I-2") + ",",
                    "    " + badRecord, "  ]", "}"));
        }
        return read(lines("{", "  \"customers\": [", GOOD_CUSTOMER, "    {\"id\": \"C-2\"}", "  ],",
                "  \"interactions\": [", GOOD_EMAIL, "  ],", "  \"" + section + "\": [", "    " + badRecord, "  ]", "}"));
    }

    /** The one error of a {@link #withBadRecord} document, after checking that the good records loaded. */
    private static InputError onlyError(Document doc) {
        assertThat(doc.errors()).hasSize(1);
        assertThat(doc.records().customers()).extracting(Customer::id).contains("C-1");
        assertThat(doc.records().interactions()).extracting(Interaction::id).contains("I-1");
        return doc.errors().get(0);
    }

    @Test
    void missingRequiredField_isOneErrorNamingIdFieldAndLocation() throws IOException {
        Document doc = withBadRecord("cases", "{\"id\": \"CASE-1\", \"customerId\": \"C-1\"}");

        InputError e = onlyError(doc);
        assertThat(e.recordType()).isEqualTo("case");
        assertThat(e.recordId()).isEqualTo("CASE-1");
        assertThat(e.field()).isEqualTo("openedAt");
        assertThat(e.location()).isEqualTo("input.json:10:5");
        assertThat(e.message()).isEqualTo("case CASE-1: field 'openedAt' is required");
        assertThat(doc.records().customers()).hasSize(2);
        assertThat(doc.records().interactions()).hasSize(1);
        assertThat(doc.records().cases()).isEmpty();
    }

    @Test
    void blankRequiredField_isAnError() throws IOException {
        InputError e = onlyError(withBadRecord("complaints", "{\"id\": \"K-1\", \"customerId\": \"  \", \"caseId\": \"X\","
                + " \"receivedAt\": \"2026-03-02T09:00:00Z\", \"category\": \"other\"}"));

        assertThat(e.recordId()).isEqualTo("K-1");
        assertThat(e.field()).isEqualTo("customerId");
        assertThat(e.message()).contains("must not be blank");
    }

    @Test
    void missingId_isAnErrorWithoutId() throws IOException {
        Document doc = withBadRecord("customers", "{\"name\": \"Nobody\"}");

        InputError e = onlyError(doc);
        assertThat(e.recordType()).isEqualTo("customer");
        assertThat(e.recordId()).isNull();
        assertThat(e.field()).isEqualTo("id");
        assertThat(e.location()).isEqualTo("input.json:4:5");
        assertThat(e.toString()).isEqualTo("input.json:4:5: customer (no id): field 'id' is required");
        assertThat(doc.records().customers()).extracting(Customer::id).containsExactly("C-1");
        assertThat(doc.records().interactions()).hasSize(1);
    }

    @Test
    void unknownEnumValue_namesTheFieldAndTheAcceptedValues() throws IOException {
        Document doc = withBadRecord("interactions", "{\"id\": \"I-9\", \"customerId\": \"C-1\", \"channel\": \"fax\","
                + " \"direction\": \"inbound\", \"at\": \"2026-03-02T09:00:00Z\"}");

        InputError e = onlyError(doc);
        assertThat(e.recordId()).isEqualTo("I-9");
        assertThat(e.field()).isEqualTo("channel");
        assertThat(e.location()).isEqualTo("input.json:10:5");
        assertThat(e.message()).isEqualTo("interaction I-9: field 'channel' must be one of phone, voicemail, in_person,"
                + " email, web, letter, social, chat; was 'fax'");
        assertThat(doc.records().interactions()).extracting(Interaction::id).containsExactly("I-1", "I-2");
    }

    @Test
    void wrongType_isAnError() throws IOException {
        InputError e = onlyError(withBadRecord("interactions", "{\"id\": \"I-9\", \"customerId\": \"C-1\", \"channel\": "
                + "\"phone\", \"direction\": \"inbound\", \"at\": \"2026-03-02T09:00:00Z\", \"rings\": \"three\"}"));

        assertThat(e.field()).isEqualTo("rings");
        assertThat(e.message()).isEqualTo("interaction I-9: field 'rings' must be a whole number, was the string \"three\"");
    }

    @Test
    void numberWhereStringExpected_andFractionalRings_areWrongTypes() throws IOException {
        assertThat(onlyError(withBadRecord("agents", "{\"id\": 42}")).message())
                .isEqualTo("agent (no id): field 'id' must be a string, was the number 42");
        assertThat(onlyError(withBadRecord("interactions", "{\"id\": \"I-9\", \"customerId\": \"C-1\", \"channel\": "
                + "\"phone\", \"direction\": \"inbound\", \"at\": \"2026-03-02T09:00:00Z\", \"rings\": 2.5}")).field())
                .isEqualTo("rings");
        assertThat(onlyError(withBadRecord("customers", "{\"id\": \"C-9\", \"internal\": \"yes\"}")).message())
                .isEqualTo("customer C-9: field 'internal' must be true or false, was the string \"yes\"");
        assertThat(onlyError(withBadRecord("customers", "{\"id\": \"C-9\", \"products\": \"router\"}")).field())
                .isEqualTo("products");
    }

    @Test
    void negativeRings_isTheModelsError() throws IOException {
        InputError e = onlyError(withBadRecord("interactions", "{\"id\": \"I-9\", \"customerId\": \"C-1\", \"channel\": "
                + "\"phone\", \"direction\": \"inbound\", \"at\": \"2026-03-02T09:00:00Z\", \"rings\": -1}"));

        assertThat(e.recordId()).isEqualTo("I-9");
        assertThat(e.field()).isEqualTo("rings");
        assertThat(e.message()).isEqualTo("interaction I-9: field 'rings' must be >= 0, was -1");
        assertThat(e.location()).isEqualTo("input.json:10:5");
    }

    @Test
    void unknownFieldName_isAnErrorSuggestingTheClosestField() throws IOException {
        InputError e = onlyError(withBadRecord("interactions", "{\"id\": \"I-9\", \"customerId\": \"C-1\", \"chanel\": "
                + "\"email\", \"direction\": \"inbound\", \"at\": \"2026-03-02T09:00:00Z\"}"));

        assertThat(e.field()).isEqualTo("chanel");
        assertThat(e.message()).isEqualTo("interaction I-9: field 'chanel' is not a known field; did you mean 'channel'?");
    }

    @Test
    void unknownFieldFarFromAnyName_listsTheFields() throws IOException {
        InputError e = onlyError(withBadRecord("agents", "{\"id\": \"A-9\", \"colour\": \"blue\"}"));

        assertThat(e.message()).isEqualTo("agent A-9: field 'colour' is not a known field; expected one of id, name, team, level");
    }

    @Test
    void modelConstructorCheck_isAnError() throws IOException {
        InputError e = onlyError(withBadRecord("commitments", "{\"id\": \"P-1\", \"customerId\": \"C-1\", \"ownerId\": \"A-1\","
                + " \"madeAt\": \"2026-03-03T09:00:00Z\", \"dueAt\": \"2026-03-02T09:00:00Z\"}"));

        assertThat(e.field()).isEqualTo("dueAt");
        assertThat(e.message()).startsWith("commitment P-1: field 'dueAt' 2026-03-02T09:00:00Z is before madeAt");
    }

    @Test
    void rulesOfTheModelAboutCalls_areErrors() throws IOException {
        InputError e = onlyError(withBadRecord("interactions", "{\"id\": \"I-9\", \"customerId\": \"C-1\", \"channel\": "
                + "\"email\", \"direction\": \"inbound\", \"at\": \"2026-03-02T09:00:00Z\", \"rings\": 1}"));

        assertThat(e.field()).isEqualTo("rings");
        assertThat(e.message()).contains("applies to inbound phone calls only");
    }

    @Test
    void instantWithoutOffset_isAnError() throws IOException {
        InputError e = onlyError(withBadRecord("anomalies", "{\"id\": \"AN-1\", \"customerId\": \"C-1\","
                + " \"detectedAt\": \"2026-03-02T09:00:00\"}"));

        assertThat(e.field()).isEqualTo("detectedAt");
        assertThat(e.message()).isEqualTo("anomaly AN-1: field 'detectedAt' must be an ISO-8601 instant with an offset"
                + " or Z, such as 2026-03-02T09:00:00Z, was '2026-03-02T09:00:00'");
    }

    @Test
    void badNestedField_isNamedWithItsPath() throws IOException {
        assertThat(onlyError(withBadRecord("cases", "{\"id\": \"CASE-1\", \"customerId\": \"C-1\", \"openedAt\": "
                + "\"2026-03-02T09:00:00Z\", \"history\": [{\"at\": \"2026-03-02T10:00:00Z\", \"status\": \"open\"},"
                + " {\"at\": \"2026-03-02T11:00:00Z\", \"status\": \"done\"}]}")).field())
                .isEqualTo("history[1].status");
        assertThat(onlyError(withBadRecord("cases", "{\"id\": \"CASE-1\", \"customerId\": \"C-1\", \"openedAt\": "
                + "\"2026-03-02T09:00:00Z\", \"history\": [{\"status\": \"open\"}]}")).message())
                .isEqualTo("case CASE-1: field 'history[0].at' is required");
        assertThat(onlyError(withBadRecord("cases", "{\"id\": \"CASE-1\", \"customerId\": \"C-1\", \"openedAt\": "
                + "\"2026-03-02T09:00:00Z\", \"history\": [{\"at\": \"2026-03-02T10:00:00Z\", \"state\": \"open\"}]}"))
                .message())
                .isEqualTo("case CASE-1: field 'history[0].state' is not a known field; did you mean 'status'?");
        assertThat(onlyError(withBadRecord("orders", "{\"id\": \"O-1\", \"customerId\": \"C-1\", \"receivedAt\": "
                + "\"2026-03-02T09:00:00Z\", \"lines\": [{\"sku\": \"a\", \"quantity\": 1}, {\"sku\": \"b\", \"quantity\": 0}]}"))
                .message())
                .isEqualTo("order O-1: field 'lines[1].quantity' must be >= 1, was 0");
        assertThat(onlyError(withBadRecord("orders", "{\"id\": \"O-1\", \"customerId\": \"C-1\", \"receivedAt\": "
                + "\"2026-03-02T09:00:00Z\", \"lines\": [{\"quantity\": 1}]}")).message())
                .isEqualTo("order O-1: field 'lines[0].sku' is required");
        assertThat(onlyError(withBadRecord("orders", "{\"id\": \"O-1\", \"customerId\": \"C-1\", \"receivedAt\": "
                + "\"2026-03-02T09:00:00Z\", \"lines\": [{\"sku\": \"a\"}]}")).message())
                .isEqualTo("order O-1: field 'lines[0].quantity' is required");
        assertThat(onlyError(withBadRecord("commitments", "{\"id\": \"P-1\", \"customerId\": \"C-1\", \"ownerId\": \"A-1\","
                + " \"madeAt\": \"2026-03-02T09:00:00Z\", \"dueAt\": \"2026-03-03T09:00:00Z\","
                + " \"renegotiations\": [{\"at\": \"2026-03-02T12:00:00Z\"}]}")).field())
                .isEqualTo("renegotiations[0].newDueAt");
        assertThat(onlyError(withBadRecord("customers", "{\"id\": \"C-9\", \"products\": [\"a\", null]}")).field())
                .isEqualTo("products[1]");
    }

    @Test
    void fieldGivenTwice_isAnError() throws IOException {
        InputError e = onlyError(withBadRecord("agents", "{\"id\": \"A-1\", \"team\": \"x\", \"team\": \"y\"}"));

        assertThat(e.field()).isEqualTo("team");
        assertThat(e.message()).isEqualTo("agent A-1: field 'team' is given twice");
    }

    @Test
    void arrayElementThatIsNotAnObject_isAnError() throws IOException {
        InputError e = onlyError(withBadRecord("agents", "\"A-1\""));

        assertThat(e.recordType()).isEqualTo("agent");
        assertThat(e.field()).isEqualTo("record");
        assertThat(e.message()).isEqualTo("agent (no id): field 'record' must be an object with the fields of an agent,"
                + " was the string \"A-1\"");
        assertThat(e.location()).isEqualTo("input.json:10:5");
    }

    @Test
    void severalBadRecords_eachGiveOneError_inDocumentOrder() throws IOException {
        String json = lines(
                "{\"interactions\": [",
                "  {\"id\": \"I-1\", \"customerId\": \"C-1\", \"channel\": \"fax\", \"direction\": \"inbound\","
                        + " \"at\": \"2026-03-02T09:00:00Z\", \"rings\": -1, \"colour\": 1},",
                "  {\"id\": \"I-2\", \"customerId\": \"C-1\", \"channel\": \"email\", \"direction\": \"inbound\","
                        + " \"at\": \"2026-03-02T09:00:00Z\"},",
                "  {\"id\": \"I-3\", \"customerId\": \"C-1\", \"channel\": \"email\", \"direction\": \"sideways\","
                        + " \"at\": \"2026-03-02T09:00:00Z\"}",
                "]}");

        Document doc = read(json);

        assertThat(doc.errors()).extracting(InputError::recordId, InputError::field, InputError::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("I-1", "colour", "input.json:2:3"),
                        org.assertj.core.groups.Tuple.tuple("I-3", "direction", "input.json:4:3"));
        assertThat(doc.records().interactions()).extracting(Interaction::id).containsExactly("I-2");
    }

    @Test
    void crossRecordProblems_areLeftToTheValidator() throws IOException {
        Document doc = read("{\"customers\": [{\"id\": \"C-1\"}, {\"id\": \"C-1\"}],"
                + " \"interactions\": [{\"id\": \"I-1\", \"customerId\": \"nobody\", \"caseId\": \"no-case\","
                + " \"channel\": \"email\", \"direction\": \"outbound\", \"at\": \"2026-03-02T09:00:00Z\", \"inReplyTo\": \"I-0\"}]}");

        assertThat(doc.errors()).isEmpty();
        assertThat(doc.records().customers()).hasSize(2);
        assertThat(doc.records().interactions()).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------------
    // malformed documents

    @Test
    void malformedJson_givesLineAndColumn_andNothingElse() {
        String json = lines(
                "{",
                "  \"customers\": [",
                "    {\"id\": \"C-1\"},",
                "    {\"id\": \"C-2\",}",
                "  ]",
                "}");

        DocumentFormatException e = catchThrowableOfType(DocumentFormatException.class, () -> read(json));

        assertThat(e.source()).isEqualTo("input.json");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(18);
        assertThat(e.getMessage()).startsWith("input.json:4:18: Unexpected character ('}'");
    }

    @Test
    void truncatedJson_givesALocation() {
        DocumentFormatException e = catchThrowableOfType(DocumentFormatException.class,
                () -> read("{\"customers\": [{\"id\": \"C-1\"}"));

        assertThat(e.line()).isEqualTo(1);
        assertThat(e.getMessage()).isEqualTo("input.json:1:29: Unexpected end-of-input: expected close marker for"
                + " Array (start marker at 1:15)");
    }

    @Test
    void malformedYaml_givesLineAndColumn() {
        String yaml = lines(
                "customers:",
                "  - id: C-1",
                "  - id: [C-2",
                "agents: x");

        DocumentFormatException e = catchThrowableOfType(DocumentFormatException.class, () -> read(yaml, "input.yaml"));

        assertThat(e.source()).isEqualTo("input.yaml");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.getMessage()).isEqualTo("input.yaml:4:7: expected ',' or ']', but got : (while parsing a flow"
                + " sequence at 3:9)");
    }

    @Test
    void emptyDocument_andNonObjectDocument_areFormatErrors() {
        assertThatThrownBy(() -> read("")).isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("input.json: the document is empty");
        assertThatThrownBy(() -> read("\n  [1, 2]")).isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("input.json:2:3: a document must be an object");
    }

    @Test
    void unknownSection_isAFormatErrorSuggestingTheSection() {
        assertThatThrownBy(() -> read("{\n  \"interactons\": []\n}")).isInstanceOf(DocumentFormatException.class)
                .hasMessage("input.json:2:3: unknown section 'interactons'; did you mean 'interactions'?");
    }

    @Test
    void repeatedSection_sectionOfTheWrongShape_andTrailingContent_areFormatErrors() {
        assertThatThrownBy(() -> read("{\"agents\": [], \"agents\": []}")).isInstanceOf(DocumentFormatException.class)
                .hasMessage("input.json:1:16: agents: section is given twice");
        assertThatThrownBy(() -> read("{\"agents\": {\"id\": \"A-1\"}}")).isInstanceOf(DocumentFormatException.class)
                .hasMessage("input.json:1:12: agents: must be an array of agent records, was an object");
        assertThatThrownBy(() -> read("{} {}")).isInstanceOf(DocumentFormatException.class)
                .hasMessage("input.json:1:4: unexpected content after the end of the document");
        assertThatThrownBy(() -> read("{\"asOf\": \"yesterday\"}")).isInstanceOf(DocumentFormatException.class)
                .hasMessageStartingWith("input.json:1:2: asOf: must be an ISO-8601 instant");
    }

    // ---------------------------------------------------------------------------------------------
    // YAML and files

    @Test
    void yamlDocument_readsLikeJson() throws IOException {
        String yaml = lines(
                "asOf: 2026-03-06T17:00:00Z",
                "calendar:",
                "  zone: UTC",
                "  weekdays: 09:00-17:00",
                "customers:",
                "  - id: C-1",
                "    tier: vip",
                "    lifetimeValue: 12500.50",
                "interactions:",
                "  - id: I-1",
                "    customerId: C-1",
                "    channel: phone",
                "    direction: inbound",
                "    at: 2026-03-02T09:00:00Z",
                "    rings: 4",
                "    flags: [greeting_identified]",
                "  - id: I-2",
                "    customerId: C-1",
                "    channel: pigeon",
                "    direction: inbound",
                "    at: 2026-03-02T09:00:00Z");

        Document doc = read(yaml, "input.yml");

        assertThat(doc.asOf()).isEqualTo(Instant.parse("2026-03-06T17:00:00Z"));
        assertThat(doc.calendar()).isEqualTo(CalendarSpec.weekdays("UTC", "09:00-17:00"));
        assertThat(doc.records().customers().get(0).lifetimeValue()).isEqualByComparingTo("12500.50");
        assertThat(doc.records().interactions()).containsExactly(Interaction.of("I-1", "C-1", null, Channel.PHONE,
                Direction.INBOUND, Instant.parse("2026-03-02T09:00:00Z")).withRings(4)
                .withFlags(org.servicestandards.model.Flag.GREETING_IDENTIFIED));
        assertThat(doc.errors()).extracting(InputError::recordId, InputError::field, InputError::location)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("I-2", "channel", "input.yml:17:5"));
    }

    @Test
    void readingAFile_usesItsPathAsSource(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data.json");
        Files.writeString(file, "{\n\"agents\": [{\"id\": \"A-1\", \"tema\": \"x\"}]}");

        Document doc = DocumentReader.create().read(file);

        assertThat(doc.errors()).extracting(InputError::location).containsExactly(file + ":2:12");
        Path yaml = dir.resolve("data.YAML");
        Files.writeString(yaml, "agents:\n  - id: A-1\n");
        assertThat(DocumentReader.create().read(yaml).records().agents()).containsExactly(Agent.of("A-1", null));
    }

    @Test
    void recordsWithTheSameId_allKeepTheirLocations() throws IOException {
        Document doc = read("{\"agents\": [\n{\"id\": \"A-1\"},\n{\"id\": \"A-1\"}]}");

        assertThat(doc.locations().get("agent A-1")).isEqualTo(List.of("input.json:2:1", "input.json:3:1"));
    }
}
