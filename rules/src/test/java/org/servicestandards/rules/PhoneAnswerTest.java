package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Channel;

/** response.phone.answer: within 3 rings; a ring is 6 s when only seconds are known (decision 6). */
class PhoneAnswerTest {

    @ParameterizedTest(name = "{0} rings -> {1}")
    @CsvSource({"0, MET", "3, MET", "4, BREACH"})
    void ringsRecorded(int rings, FindingKind expected) {
        Evaluation e = evaluate(MON_1200, inbound("I-1", Channel.PHONE, null, MON_1000).withRings(rings));

        assertThat(kinds(e, "response.phone.answer")).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} s -> {1}")
    @CsvSource({"1, MET", "18, MET", "19, BREACH", "30, BREACH"})
    void secondsToAnswer_countAsCeilingRings(int seconds, FindingKind expected) {
        Evaluation e = evaluate(MON_1200, inbound("I-1", Channel.PHONE, null, MON_1000).withSecondsToAnswer(seconds));

        assertThat(kinds(e, "response.phone.answer")).containsExactly(expected);
    }

    @Test
    void answeredAt19Seconds_isLateByOneSecond() {
        Evaluation e = evaluate(MON_1200, inbound("I-1", Channel.PHONE, null, MON_1000).withSecondsToAnswer(19));

        Finding f = of(e, "response.phone.answer").get(0);
        assertThat(f.lateBy()).isEqualTo(Duration.ofSeconds(1));
        assertThat(f.target()).isEqualTo("3 rings");
        assertThat(f.reason()).contains("4 rings", "1 more than the 3 allowed");
    }

    @Test
    void anAbandonedCall_isABreach_andMustBeCalledBack() {
        Evaluation e = evaluate(MON_1200, inbound("I-1", Channel.PHONE, null, MON_1000).withAbandoned(true));

        assertThat(of(e, "response.phone.answer")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.BREACH);
            assertThat(f.reason()).contains("abandoned", "response.callback");
        });
        assertThat(of(e, "response.callback")).isEmpty(); // not yet at risk at 12:00 (due Tue 10:00)
        assertThat(kinds(evaluate(TUE_1000.plusSeconds(1), inbound("I-1", Channel.PHONE, null, MON_1000)
                .withAbandoned(true)), "response.callback")).containsExactly(FindingKind.BREACH);
    }

    @Test
    void aCallWithNeitherRingsNorSeconds_isUnknown_andGivesNoFinding() {
        Evaluation e = evaluate(MON_1200, inbound("I-1", Channel.PHONE, null, MON_1000));

        assertThat(of(e, "response.phone.answer")).isEmpty();
    }

    @Test
    void ringsAndRingLength_comeFromConfiguration() {
        ServiceStandards twoRings = ServiceStandards.builder().config(StandardsConfig.builder()
                .parameter("response.phone.answer", "rings", 2).parameter("response.phone.answer", "ringSeconds", 5)
                .build()).build();

        Evaluation e = twoRings.evaluate(records(inbound("I-1", Channel.PHONE, null, MON_1000).withSecondsToAnswer(11)),
                MON_1200);

        assertThat(kinds(e, "response.phone.answer")).containsExactly(FindingKind.BREACH);
        assertThat(e.findings("response.phone.answer").get(0).target()).isEqualTo("2 rings");
    }
}
