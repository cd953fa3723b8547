package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.InputError;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.InvalidRecordException;
import org.servicestandards.model.Order;
import org.servicestandards.model.OrderLine;

/** proactive.order.delay (decision 24) and proactive.order.backorder. */
class ProactiveOrderTest {
    static final String DELAY = "proactive.order.delay";
    static final String BACKORDER = "proactive.order.backorder";

    /** Promised for Thursday 09:00, now expected Friday 09:00. */
    static final Order DELAYED = Order.received("O-1", ALICE, MON_0900).withPromisedAt(THU_0900).withExpectedAt(FRI_0900);

    static Interaction notice(String id, Instant at, String... about) {
        return Interaction.of(id, ALICE, null, Channel.EMAIL, Direction.OUTBOUND, at).withAgent("A-1")
                .withFlags(Flag.PROACTIVE_NOTICE).withAbout(about);
    }

    static List<Finding> alerts(Evaluation e, String standard) {
        return e.findings(standard).stream().filter(f -> f.kind() == FindingKind.ALERT).toList();
    }

    @Nested
    class Delay {
        @Test
        void knownDelay_untold_beforeThePromisedDate_isAnAlertNamingTheNewDate() {
            Evaluation e = evaluate(TUE_0900, DELAYED);

            assertThat(kinds(e, DELAY)).containsExactly(FindingKind.ALERT);
            Finding alert = of(e, DELAY).get(0);
            assertThat(alert.subjectType()).isEqualTo("order");
            assertThat(alert.subjectId()).isEqualTo("O-1");
            assertThat(alert.customerId()).isEqualTo(ALICE);
            assertThat(alert.attribute("alertTo")).isEqualTo("customer");
            assertThat(alert.attribute("suggestedChannel")).isEqualTo("EMAIL");
            assertThat(alert.channel()).isEqualTo(Channel.EMAIL);
            assertThat(alert.attribute("newDate")).isEqualTo(FRI_0900.toString());
            assertThat(alert.dueAt()).isEqualTo(THU_0900);
            assertThat(alert.at()).isEqualTo(TUE_0900);
            assertThat(alert.evidence()).containsExactly(new RecordRef("order", "O-1"));
            assertThat(alert.reason()).contains("O-1", "Thu 5 Mar 2026 09:00", "Fri 6 Mar 2026 09:00",
                    "before the promised date");
        }

        @Test
        void theCustomersPreferredChannel_isSuggested() {
            Dataset d = Dataset.builder().add(Customer.of(ALICE).withPreferredChannel(Channel.CHAT)).add(DELAYED).build();

            Finding alert = alerts(DEFAULTS.evaluate(d, TUE_0900), DELAY).get(0);

            assertThat(alert.attribute("suggestedChannel")).isEqualTo("CHAT");
            assertThat(alert.reason()).contains("chat, the customer's preferred channel");
        }

        @Test
        void atThePromisedDate_onlyTheAlert_oneSecondLater_alsoABreach() {
            assertThat(kinds(evaluate(THU_0900, DELAYED), DELAY)).containsExactly(FindingKind.ALERT);

            Evaluation later = evaluate(THU_0900.plusSeconds(1), DELAYED);

            assertThat(kinds(later, DELAY)).containsExactlyInAnyOrder(FindingKind.ALERT, FindingKind.BREACH);
            Finding breach = of(later, DELAY).stream().filter(f -> f.kind() == FindingKind.BREACH).findFirst().orElseThrow();
            assertThat(breach.lateBy()).isEqualTo(Duration.ofSeconds(1));
            assertThat(breach.dueAt()).isEqualTo(THU_0900);
            assertThat(breach.reason()).contains("has not been told");
        }

        @Test
        void toldBeforeThePromisedDate_isMet_andNoLongerAlerted() {
            Evaluation e = evaluate(FRI_1630, DELAYED, notice("N-1", WED_0900, "O-1"));

            assertThat(kinds(e, DELAY)).containsExactly(FindingKind.MET);
            assertThat(of(e, DELAY).get(0).evidence()).containsExactly(new RecordRef("order", "O-1"),
                    RecordRef.interaction("N-1"));
        }

        @Test
        void twoNoticesAtOnce_oneMet_namingTheFirstById() {
            Evaluation e = evaluate(FRI_1630, DELAYED, notice("N-2", WED_0900, "O-1"), notice("N-1", WED_0900, "O-1"));

            assertThat(kinds(e, DELAY)).containsExactly(FindingKind.MET);
            assertThat(of(e, DELAY).get(0).evidence()).contains(RecordRef.interaction("N-1"));
        }

        @Test
        void toldExactlyAtThePromisedDate_isMet() {
            assertThat(kinds(evaluate(FRI_1630, DELAYED, notice("N-1", THU_0900, "O-1")), DELAY))
                    .containsExactly(FindingKind.MET);
        }

        @Test
        void toldOneSecondAfterThePromisedDate_isABreach_lateByOneSecond() {
            Evaluation e = evaluate(FRI_1630, DELAYED, notice("N-1", THU_0900.plusSeconds(1), "O-1"),
                    notice("N-2", FRI_0900, "O-1"));

            assertThat(kinds(e, DELAY)).containsExactly(FindingKind.BREACH);
            Finding breach = of(e, DELAY).get(0);
            assertThat(breach.lateBy()).isEqualTo(Duration.ofSeconds(1));
            assertThat(breach.evidence()).contains(RecordRef.interaction("N-1"));
        }

        @Test
        void aContactThatIsNotANoticeAboutTheOrder_doesNotCoverTheAlert() {
            Interaction unflagged = Interaction.of("I-1", ALICE, null, Channel.EMAIL, Direction.OUTBOUND, TUE_0900)
                    .withAbout("O-1");
            Interaction otherOrder = notice("N-1", TUE_0900, "O-2");
            Interaction inbound = Interaction.of("I-2", ALICE, null, Channel.EMAIL, Direction.INBOUND, TUE_0900)
                    .withFlags(Flag.PROACTIVE_NOTICE).withAbout("O-1");

            assertThat(kinds(evaluate(WED_0900, DELAYED, unflagged, otherOrder, inbound), DELAY))
                    .containsExactly(FindingKind.ALERT);
        }

        @Test
        void anotherCustomersNotice_doesNotCoverIt() {
            Interaction bobs = Interaction.of("N-1", BOB, null, Channel.EMAIL, Direction.OUTBOUND, TUE_0900)
                    .withFlags(Flag.PROACTIVE_NOTICE).withAbout("O-1");

            assertThat(kinds(evaluate(WED_0900, DELAYED, bobs), DELAY)).containsExactly(FindingKind.ALERT);
        }

        @Test
        void noKnownDelay_givesNothing() {
            Order onTime = Order.received("O-2", ALICE, MON_0900).withPromisedAt(THU_0900).withExpectedAt(THU_0900);
            Order noExpectation = Order.received("O-3", ALICE, MON_0900).withPromisedAt(THU_0900);
            Order noPromise = Order.received("O-4", ALICE, MON_0900).withExpectedAt(THU_0900);
            Order earlier = Order.received("O-5", ALICE, MON_0900).withPromisedAt(THU_0900).withExpectedAt(WED_0900);

            assertThat(of(evaluate(FRI_1630, onTime, noExpectation, noPromise, earlier), DELAY)).isEmpty();
        }

        @Test
        void filledByThePromisedDate_despiteTheExpectation_givesNothing() {
            assertThat(of(evaluate(FRI_1630, DELAYED.withFilledAt(THU_0900)), DELAY)).isEmpty();
        }

        @Test
        void filledLate_andNeverTold_isABreach_butNoLongerAnAlert() {
            Evaluation e = evaluate(MON2_0900, DELAYED.withFilledAt(FRI_0900));

            assertThat(kinds(e, DELAY)).containsExactly(FindingKind.BREACH);
        }

        @Test
        void asOfBeforeTheFill_theFillIsNotYetKnown() {
            assertThat(kinds(evaluate(WED_0900, DELAYED.withFilledAt(FRI_0900)), DELAY))
                    .containsExactly(FindingKind.ALERT);
        }

        @Test
        void disabled_givesNothing() {
            var standards = org.servicestandards.ServiceStandards.builder().config(
                    org.servicestandards.config.StandardsConfig.builder().disable(DELAY).build()).build();

            assertThat(standards.evaluate(records(DELAYED), FRI_1630).findings(DELAY)).isEmpty();
        }
    }

    @Nested
    class BackOrder {
        static final Order ORDER = Order.received("O-7", ALICE, MON_0900).withLines(List.of(
                new OrderLine("KETTLE-RED", 2, true, List.of("KETTLE-BLUE", "KETTLE-STEEL")),
                OrderLine.of("MUG", 4),
                new OrderLine("TRAY", 1, true, List.of())));

        @Test
        void aBackOrderedLine_isAnAlert_withOptionsAndAlternatives() {
            Evaluation e = evaluate(TUE_0900, ORDER);

            assertThat(kinds(e, BACKORDER)).containsExactly(FindingKind.ALERT);
            Finding alert = of(e, BACKORDER).get(0);
            assertThat(alert.subjectId()).isEqualTo("O-7");
            assertThat(alert.attribute("alertTo")).isEqualTo("customer");
            assertThat(alert.attribute("suggestedChannel")).isEqualTo("EMAIL");
            assertThat(alert.attribute("backOrdered")).isEqualTo("KETTLE-RED x2, TRAY x1");
            assertThat(alert.attribute("alternatives")).isEqualTo("KETTLE-RED: KETTLE-BLUE, KETTLE-STEEL; TRAY: none");
            assertThat(alert.attribute("options")).contains("alternative", "cancel");
            assertThat(alert.reason()).contains("KETTLE-RED x2", "KETTLE-BLUE");
        }

        @Test
        void withoutAlternatives_theAlertOffersTheOptionsOnly() {
            Order o = Order.received("O-8", ALICE, MON_0900).withLines(List.of(new OrderLine("TRAY", 1, true, null)));

            Finding alert = of(evaluate(TUE_0900, o), BACKORDER).get(0);

            assertThat(alert.attribute("alternatives")).isNull();
            assertThat(alert.attribute("options")).isNotBlank();
        }

        @Test
        void noBackOrderedLine_told_orDelivered_givesNothing() {
            Order plain = Order.received("O-9", ALICE, MON_0900).withLines(List.of(OrderLine.of("MUG", 1)));

            assertThat(of(evaluate(TUE_0900, plain), BACKORDER)).isEmpty();
            assertThat(of(evaluate(TUE_0900, ORDER, notice("N-1", MON_1200, "O-7")), BACKORDER)).isEmpty();
            assertThat(of(evaluate(FRI_0900, ORDER.withFilledAt(TUE_0900).withDeliveredAt(THU_0900)), BACKORDER)).isEmpty();
        }

        @Test
        void filledButNotDelivered_stillAlerts() {
            assertThat(kinds(evaluate(WED_0900, ORDER.withFilledAt(TUE_0900)), BACKORDER)).containsExactly(FindingKind.ALERT);
        }

        @Test
        void oneNotice_coversTheDelayAndTheBackOrderOfAnOrder() {
            Order both = DELAYED.withLines(ORDER.lines());

            assertThat(alerts(evaluate(TUE_0900, both), DELAY)).hasSize(1);
            assertThat(alerts(evaluate(TUE_0900, both), BACKORDER)).hasSize(1);
            Evaluation told = evaluate(TUE_0900, both, notice("N-1", MON_1200, "O-1"));
            assertThat(alerts(told, DELAY)).isEmpty();
            assertThat(alerts(told, BACKORDER)).isEmpty();
        }
    }

    @Nested
    class BadInput {
        @Test
        void aPromiseBeforeTheOrderWasReceived_isRejected_namingRecordAndField() {
            assertThatThrownBy(() -> Order.received("O-BAD", ALICE, TUE_0900).withPromisedAt(MON_0900))
                    .isInstanceOf(InvalidRecordException.class)
                    .hasMessageContaining("order O-BAD: field 'promisedAt'")
                    .hasMessageContaining("is before receivedAt")
                    .satisfies(ex -> {
                        InputError error = InputError.of((InvalidRecordException) ex);
                        assertThat(error.recordType()).isEqualTo("order");
                        assertThat(error.recordId()).isEqualTo("O-BAD");
                        assertThat(error.field()).isEqualTo("promisedAt");
                    });
        }

        @Test
        void theRestStillEvaluates_whenAnOrderIsRejected() {
            // A reader turns the rejected record into an input error and keeps the rest.
            Evaluation e = evaluate(TUE_0900, DELAYED, Order.received("O-1", BOB, MON_0900));

            assertThat(e.inputErrors()).singleElement().satisfies(err -> assertThat(err.message())
                    .contains("order O-1: field 'id'"));
            assertThat(kinds(e, DELAY)).containsExactly(FindingKind.ALERT);
        }
    }
}
