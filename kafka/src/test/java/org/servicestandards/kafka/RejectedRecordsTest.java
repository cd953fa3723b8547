package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.kafka.Harness.at;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;

/** Messages that cannot be used go to the rejected topic with their error, and the stream goes on. */
class RejectedRecordsTest {
    static final Customer ALICE = Customer.of("C-1");
    static final SupportCase CASE = SupportCase.open("CASE-1", "C-1", at(2, 9, 0));
    static final Interaction EMAIL = Interaction.of("I-1", "C-1", "CASE-1", Channel.EMAIL, Direction.INBOUND, at(2, 9, 0));
    static final Interaction REPLY = Interaction.of("I-2", "C-1", "CASE-1", Channel.EMAIL, Direction.OUTBOUND,
            at(2, 11, 0)).withAgent("A-1");

    @Test
    void badMessages_areRejectedWithTheirError_andTheStreamGoesOn() {
        try (Harness h = new Harness(at(2, 12, 0))) {
            h.send(ALICE, CASE);
            h.sendRaw("k1", "{not json");
            h.sendRaw("k2", "[1, 2]");
            h.sendRaw("k3", "{\"type\": \"intraction\", \"record\": {}}");
            h.sendRaw("k4", "{\"type\": \"interaction\", \"record\": {\"id\": \"I-9\", \"customerId\": \"C-1\","
                    + " \"channel\": \"email\", \"direction\": \"inbound\"}}");
            h.sendRaw("k5", "{\"type\": \"interaction\", \"record\": {\"id\": \"I-8\", \"customerId\": \"C-1\","
                    + " \"channel\": \"fax\", \"direction\": \"inbound\", \"at\": \"2026-03-02T09:00:00Z\"}}");
            h.sendRaw("k6", "{\"type\": \"interaction\", \"retract\": {\"id\": \"I-1\"}}");
            h.sendRaw("k7", null);
            h.send(EMAIL, REPLY);

            List<JsonNode> rejected = h.rejected();
            assertThat(rejected).extracting(n -> n.get("error").textValue()).satisfiesExactly(
                    e -> assertThat(e).startsWith("event event: field 'json' is not valid JSON: Unexpected character"),
                    e -> assertThat(e).isEqualTo("event event: field 'json' must be an object {\"type\": ..., "
                            + "\"record\": {...}}, was an array"),
                    e -> assertThat(e).isEqualTo("event event: field 'type' names no record type: 'intraction'; "
                            + "did you mean 'interaction'?"),
                    e -> assertThat(e).isEqualTo("interaction I-9: field 'at' is required"),
                    e -> assertThat(e).startsWith("interaction I-8: field 'channel' must be one of phone, "),
                    e -> assertThat(e).isEqualTo("interaction I-1: field 'retract.customerId' is required to retract"
                            + " an interaction"),
                    e -> assertThat(e).startsWith("event event: field 'value' the message has no value"));
            assertThat(rejected).extracting(n -> n.get("stage").textValue()).containsOnly("read");
            assertThat(rejected.get(3).get("recordId").textValue()).isEqualTo("I-9");
            assertThat(rejected.get(3).get("field").textValue()).isEqualTo("at");
            assertThat(rejected.get(3).get("location").textValue()).isEqualTo("standards.records-0@5");
            assertThat(rejected.get(0).get("input").textValue()).isEqualTo("{not json");
            // the good records after them are evaluated
            assertThat(h.findings()).extracting(FindingJson.Output::key)
                    .contains("response.email|MET|interaction|I-1|2026-03-03T09:00:00Z");
        }
    }

    @Test
    void aRecordWhoseCaseNeverArrives_isReportedAfterTheGracePeriod_andEvaluatedIfItComes() {
        try (Harness h = new Harness(at(2, 12, 0))) {
            h.send(ALICE, EMAIL);           // case CASE-1 not sent
            assertThat(h.rejected()).isEmpty();
            h.stepTo(at(2, 12, 50), Duration.ofMinutes(10), t -> { });
            assertThat(h.rejected()).isEmpty();
            h.stepTo(at(2, 13, 10), Duration.ofMinutes(10), t -> { });
            List<JsonNode> rejected = h.rejected();
            assertThat(rejected).hasSize(1);
            assertThat(rejected.get(0).get("error").textValue())
                    .isEqualTo("interaction I-1: field 'caseId' refers to case CASE-1, which does not exist or was rejected");
            assertThat(rejected.get(0).get("stage").textValue()).isEqualTo("references");
            assertThat(rejected.get(0).get("location").textValue()).isEqualTo("case:CASE-1");
            h.stepTo(at(2, 16, 0), Duration.ofMinutes(30), t -> { });
            assertThat(h.rejected()).as("reported once").isEmpty();
            h.send(CASE, REPLY);
            assertThat(h.findings()).extracting(FindingJson.Output::key)
                    .contains("response.email|MET|interaction|I-1|2026-03-03T09:00:00Z");
        }
    }
}
