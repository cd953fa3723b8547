package org.servicestandards.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.InputError;

class EvaluationJsonTest {
    private static final Instant AS_OF = Instant.parse("2026-03-06T17:00:00Z");

    private static final Finding BREACH = Finding.builder(FindingKind.BREACH, "response.email", "interaction", "I-7")
            .customer("C-1").caseId("CASE-3").agent("A-1").channel(Channel.EMAIL)
            .startedAt(Instant.parse("2026-03-02T09:00:00Z")).dueAt(Instant.parse("2026-03-03T09:00:00Z"))
            .at(Instant.parse("2026-03-03T11:00:00Z")).lateBy(Duration.ofHours(2)).businessLateBy(Duration.ofHours(2))
            .elapsed(Duration.ofMinutes(600)).target("1 business day")
            .evidence(List.of(RecordRef.interaction("I-7"), RecordRef.interaction("I-8")))
            .reason("email I-7 was answered 2 hours late").attribute("zeta", "z").attribute("alpha", "a").build();
    private static final Finding MET = Finding.builder(FindingKind.MET, "response.email", "interaction", "I-9")
            .agent("A-2").channel(Channel.EMAIL).at(Instant.parse("2026-03-04T10:00:00Z"))
            .elapsed(Duration.ofMinutes(30)).target("1 business day").reason("answered in time").build();
    private static final Finding ALERT = Finding.builder(FindingKind.ALERT, "proactive.account.anomaly", "customer", "C-1")
            .at(AS_OF).reason("tell C-1 about the anomaly").attribute("channel", "email").build();
    private static final InputError ERROR = InputError.of("interaction", "I-10", "channel", "must be one of ...; was 'fax'")
            .at("input.json:41:7");

    private static JsonNode written(Evaluation evaluation) throws IOException {
        StringWriter out = new StringWriter();
        EvaluationJson.write(evaluation, out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void output_parsedBack_hasTheTopLevelFields() throws IOException {
        JsonNode json = written(new Evaluation(AS_OF, List.of(MET, ALERT, BREACH), List.of(ERROR), 12, 1));

        assertThat(fieldNames(json)).containsExactly("asOf", "recordsEvaluated", "recordsRejected", "counts", "report",
                "findings", "inputErrors");
        assertThat(json.get("asOf").asText()).isEqualTo("2026-03-06T17:00:00Z");
        assertThat(json.get("recordsEvaluated").asInt()).isEqualTo(12);
        assertThat(json.get("recordsRejected").asInt()).isEqualTo(1);
        JsonNode counts = json.get("counts");
        assertThat(fieldNames(counts)).containsExactly("MET", "BREACH", "AT_RISK", "OBLIGATION", "ESCALATION", "ALERT");
        assertThat(counts.get("MET").asLong()).isEqualTo(1);
        assertThat(counts.get("BREACH").asLong()).isEqualTo(1);
        assertThat(counts.get("ALERT").asLong()).isEqualTo(1);
        assertThat(counts.get("AT_RISK").asLong()).isZero();
    }

    @Test
    void findings_haveEveryField_withIsoInstantsAndDurations() throws IOException {
        JsonNode json = written(new Evaluation(AS_OF, List.of(MET, BREACH), List.of(), 2, 0));

        JsonNode f = json.get("findings").get(0);
        assertThat(fieldNames(f)).containsExactly("kind", "standardId", "subjectType", "subjectId", "customerId", "caseId",
                "agentId", "channel", "startedAt", "dueAt", "at", "lateBy", "businessLateBy", "elapsed", "target",
                "evidence", "reason", "attributes");
        assertThat(f.get("kind").asText()).isEqualTo("BREACH");
        assertThat(f.get("subjectId").asText()).isEqualTo("I-7");
        assertThat(f.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(f.get("startedAt").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(f.get("dueAt").asText()).isEqualTo("2026-03-03T09:00:00Z");
        assertThat(Duration.parse(f.get("lateBy").asText())).isEqualTo(Duration.ofHours(2));
        assertThat(f.get("elapsed").asText()).isEqualTo("PT10H");
        assertThat(f.get("evidence").get(1).get("type").asText()).isEqualTo("interaction");
        assertThat(f.get("evidence").get(1).get("id").asText()).isEqualTo("I-8");
        assertThat(fieldNames(f.get("attributes"))).containsExactly("alpha", "zeta");
        assertThat(f.get("reason").asText()).isEqualTo("email I-7 was answered 2 hours late");

        JsonNode met = json.get("findings").get(1);
        assertThat(fieldNames(met)).hasSize(18);
        assertThat(met.get("customerId").isNull()).isTrue();
        assertThat(met.get("lateBy").isNull()).isTrue();
        assertThat(met.get("evidence").isArray()).isTrue();
        assertThat(met.get("evidence")).isEmpty();
    }

    @Test
    void reportRows_byStandardChannelAndAgent() throws IOException {
        JsonNode report = written(new Evaluation(AS_OF, List.of(MET, BREACH), List.of(), 2, 0)).get("report");

        assertThat(fieldNames(report)).containsExactly("byStandard", "byChannel", "byAgent");
        JsonNode row = report.get("byStandard").get(0);
        assertThat(fieldNames(row)).containsExactly("standardId", "group", "measured", "met", "breached", "atRisk",
                "obligations", "compliance", "median", "p90", "target");
        assertThat(row.get("standardId").asText()).isEqualTo("response.email");
        assertThat(row.get("group").asText()).isEqualTo("all");
        assertThat(row.get("measured").asInt()).isEqualTo(2);
        assertThat(row.get("compliance").asDouble()).isEqualTo(0.5);
        assertThat(row.get("median").asText()).isEqualTo("PT30M");
        assertThat(row.get("p90").asText()).isEqualTo("PT10H");
        assertThat(report.get("byChannel").get(0).get("group").asText()).isEqualTo("email");
        assertThat(report.get("byAgent")).extracting(r -> r.get("group").asText()).containsExactly("A-1", "A-2");
    }

    @Test
    void inputErrors_haveTheirLocation() throws IOException {
        JsonNode e = written(new Evaluation(AS_OF, List.of(), List.of(ERROR), 0, 1)).get("inputErrors").get(0);

        assertThat(fieldNames(e)).containsExactly("recordType", "recordId", "field", "message", "location");
        assertThat(e.get("recordType").asText()).isEqualTo("interaction");
        assertThat(e.get("recordId").asText()).isEqualTo("I-10");
        assertThat(e.get("field").asText()).isEqualTo("channel");
        assertThat(e.get("message").asText()).isEqualTo("interaction I-10: field 'channel' must be one of ...; was 'fax'");
        assertThat(e.get("location").asText()).isEqualTo("input.json:41:7");
    }

    @Test
    void emptyEvaluation_hasEmptyArraysAndNullCompliance() throws IOException {
        JsonNode json = written(new Evaluation(AS_OF, List.of(ALERT), List.of(), 0, 0));

        assertThat(json.get("inputErrors")).isEmpty();
        assertThat(json.get("report").get("byStandard").get(0).get("compliance").isNull()).isTrue();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
