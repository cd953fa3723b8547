package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Order;

/** fulfilment.order (1 business day from receipt) and fulfilment.order.accuracy (exact match). */
class FulfilmentTest {

    private static Order order() { return Order.received("O-1", ALICE, MON_1000); }

    @Test
    void filledExactlyAtTheDeadline_isMet() {
        Evaluation e = evaluate(WED_0900, order().withFilledAt(TUE_1000));

        assertThat(of(e, "fulfilment.order")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.MET);
            assertThat(f.subjectType()).isEqualTo("order");
            assertThat(f.dueAt()).isEqualTo(TUE_1000);
            assertThat(f.elapsed()).isEqualTo(Duration.ofHours(8));
        });
    }

    @Test
    void filledOneSecondLate_isBreach() {
        Evaluation e = evaluate(WED_0900, order().withFilledAt(TUE_1000.plusSeconds(1)));

        assertThat(of(e, "fulfilment.order")).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.BREACH);
            assertThat(f.lateBy()).isEqualTo(Duration.ofSeconds(1));
            assertThat(f.businessLateBy()).isEqualTo(Duration.ofSeconds(1));
        });
    }

    @Test
    void unfilledAtTheThreshold_isAtRisk_andPastTheDeadline_isBreach() {
        assertThat(kinds(evaluate(at(2, 16, 0), order()), "fulfilment.order")).containsExactly(FindingKind.AT_RISK);
        assertThat(kinds(evaluate(at(2, 15, 59), order()), "fulfilment.order")).isEmpty();
        assertThat(kinds(evaluate(TUE_1000.plusSeconds(1), order()), "fulfilment.order"))
                .containsExactly(FindingKind.BREACH);
    }

    @Test
    void aFillAfterTheEvaluationInstant_isNotYetKnown() {
        Evaluation e = evaluate(TUE_1000.plusSeconds(1), order().withFilledAt(WED_0900));

        assertThat(of(e, "fulfilment.order")).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains("has not been filled"));
    }

    @ParameterizedTest(name = "matches={0}, invoice={1} -> {2}")
    @CsvSource(value = {"true, true, MET", "true, null, MET", "false, true, BREACH", "true, false, BREACH",
            "null, null, NONE", "null, true, NONE", "null, false, BREACH"}, nullValues = "null")
    void accuracy(Boolean matches, Boolean invoice, String expected) {
        Evaluation e = evaluate(WED_0900, order().withFilledAt(MON_1200).withAccuracy(matches, invoice));

        if (expected.equals("NONE")) {
            assertThat(of(e, "fulfilment.order.accuracy")).isEmpty();
        } else {
            assertThat(kinds(e, "fulfilment.order.accuracy")).containsExactly(FindingKind.valueOf(expected));
        }
    }
}
