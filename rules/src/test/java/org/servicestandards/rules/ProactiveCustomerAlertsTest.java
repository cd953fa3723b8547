package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.AccountAnomaly;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;

/** proactive.account.anomaly and proactive.lapsed-customer: alerts whose subject is the customer (decision 25). */
class ProactiveCustomerAlertsTest {
    static final String ANOMALY = "proactive.account.anomaly";
    static final String LAPSED = "proactive.lapsed-customer";

    static Interaction outbound(String id, Instant at, Flag flag, String... about) {
        return Interaction.of(id, ALICE, null, Channel.PHONE, Direction.OUTBOUND, at).withAgent("A-1").withFlags(flag)
                .withAbout(about);
    }

    @Nested
    class Anomaly {
        static final AccountAnomaly SUSPICIOUS = new AccountAnomaly("AN-1", ALICE, MON_1000, "suspicious-activity",
                "three card payments abroad within a minute");

        @Test
        void anAnomaly_alertsTheCustomerAtOnce_byPhoneWhenNoPreferenceIsKnown() {
            Evaluation e = evaluate(MON_1000, SUSPICIOUS);

            assertThat(kinds(e, ANOMALY)).containsExactly(FindingKind.ALERT);
            Finding alert = of(e, ANOMALY).get(0);
            assertThat(alert.subjectType()).isEqualTo("customer");
            assertThat(alert.subjectId()).isEqualTo(ALICE);
            assertThat(alert.attribute("alertTo")).isEqualTo("customer");
            assertThat(alert.attribute("suggestedChannel")).isEqualTo("PHONE");
            assertThat(alert.attribute("anomaly")).isEqualTo("AN-1");
            assertThat(alert.attribute("anomalyKind")).isEqualTo("suspicious-activity");
            assertThat(alert.startedAt()).isEqualTo(MON_1000);
            assertThat(alert.evidence()).containsExactly(new RecordRef("anomaly", "AN-1"));
            assertThat(alert.reason()).contains("suspicious-activity", "three card payments", "at once");
        }

        @Test
        void onThePreferredChannel() {
            Dataset d = Dataset.builder().add(Customer.of(ALICE).withPreferredChannel(Channel.SOCIAL)).add(SUSPICIOUS).build();

            assertThat(DEFAULTS.evaluate(d, MON_1200).findings(ANOMALY)).extracting(f -> f.attribute("suggestedChannel"))
                    .containsExactly("SOCIAL");
        }

        @Test
        void alreadyTold_nothing() {
            assertThat(of(evaluate(MON_1200, SUSPICIOUS, outbound("N-1", MON_1000, Flag.PROACTIVE_NOTICE, "AN-1")), ANOMALY))
                    .isEmpty();
        }

        @Test
        void aNoticeAboutSomethingElse_orBeforeTheAnomaly_orUnflagged_doesNotCoverIt() {
            Evaluation e = evaluate(MON_1200, SUSPICIOUS,
                    outbound("N-1", MON_1000, Flag.PROACTIVE_NOTICE, "AN-9"),
                    outbound("N-2", MON_0900, Flag.PROACTIVE_NOTICE, "AN-1"),
                    outbound("N-3", MON_1000, Flag.FOLLOW_UP, "AN-1"));

            assertThat(kinds(e, ANOMALY)).containsExactly(FindingKind.ALERT);
        }

        @Test
        void twoAnomalies_twoAlerts() {
            AccountAnomaly other = new AccountAnomaly("AN-2", ALICE, MON_1200, "password-reset", null);

            assertThat(of(evaluate(MON_1500, SUSPICIOUS, other), ANOMALY)).extracting(f -> f.attribute("anomaly"))
                    .containsExactlyInAnyOrder("AN-1", "AN-2");
        }

        @Test
        void anAnomalyForAnUnknownCustomer_isAnInputError_andTheRestEvaluates() {
            AccountAnomaly stray = new AccountAnomaly("AN-2", "C-NOBODY", MON_1000, null, null);

            Evaluation e = evaluate(MON_1200, SUSPICIOUS, stray);

            assertThat(e.inputErrors()).singleElement().satisfies(err -> {
                assertThat(err.recordType()).isEqualTo("anomaly");
                assertThat(err.recordId()).isEqualTo("AN-2");
                assertThat(err.field()).isEqualTo("customerId");
                assertThat(err.message()).contains("anomaly AN-2: field 'customerId' refers to customer C-NOBODY");
            });
            assertThat(of(e, ANOMALY)).extracting(f -> f.attribute("anomaly")).containsExactly("AN-1");
        }

        @Test
        void anAnomalyDetectedAfterTheEvaluationInstant_isNotYetKnown() {
            assertThat(of(evaluate(MON_0900, SUSPICIOUS), ANOMALY)).isEmpty();
        }
    }

    @Nested
    class Lapsed {
        static final Order FIRST = Order.received("O-1", ALICE, at(1, 12, 0));
        static final Order LAST = Order.received("O-2", ALICE, MON_0900);
        static final Instant NINETY_DAYS_LATER = MON_0900.plus(Duration.ofDays(90));

        @Test
        void exactlyNinetyDaysAfterTheLastOrder_notYetLapsed() {
            assertThat(of(evaluate(NINETY_DAYS_LATER, FIRST, LAST), LAPSED)).isEmpty();
        }

        @Test
        void oneSecondLater_oneAlert_forReactivationAndALostAccountSurvey() {
            Evaluation e = evaluate(NINETY_DAYS_LATER.plusSeconds(1), FIRST, LAST);

            assertThat(kinds(e, LAPSED)).containsExactly(FindingKind.ALERT);
            Finding alert = of(e, LAPSED).get(0);
            assertThat(alert.subjectType()).isEqualTo("customer");
            assertThat(alert.subjectId()).isEqualTo(ALICE);
            assertThat(alert.attribute("alertTo")).isEqualTo("customer");
            assertThat(alert.attribute("suggestedChannel")).isEqualTo("EMAIL");
            assertThat(alert.attribute("lastOrder")).isEqualTo("O-2");
            assertThat(alert.attribute("actions")).isEqualTo("reactivation outreach, lost-account survey");
            assertThat(alert.startedAt()).isEqualTo(MON_0900);
            assertThat(alert.dueAt()).isEqualTo(NINETY_DAYS_LATER);
            assertThat(alert.evidence()).containsExactly(new RecordRef("order", "O-2"));
            assertThat(alert.reason()).contains("O-2", "90 days", "lost-account survey");
        }

        @Test
        void aReactivationContactAfterTheLastOrder_coversIt() {
            Interaction winBack = outbound("R-1", MON_0900.plus(Duration.ofDays(60)), Flag.REACTIVATION);

            assertThat(of(evaluate(NINETY_DAYS_LATER.plusSeconds(1), FIRST, LAST, winBack), LAPSED)).isEmpty();
        }

        @Test
        void aReactivationContactBeforeTheLastOrder_orAnotherKindOfContact_doesNot() {
            Evaluation e = evaluate(NINETY_DAYS_LATER.plusSeconds(1), FIRST, LAST,
                    outbound("R-1", at(1, 13, 0), Flag.REACTIVATION),
                    outbound("R-2", MON_0900.plus(Duration.ofDays(60)), Flag.FOLLOW_UP));

            assertThat(kinds(e, LAPSED)).containsExactly(FindingKind.ALERT);
        }

        @Test
        void aCustomerWithoutOrders_isNotLapsed() {
            assertThat(of(evaluate(NINETY_DAYS_LATER.plus(Duration.ofDays(400))), LAPSED)).isEmpty();
        }

        @Test
        void twoOrdersAtTheSameInstant_oneAlert() {
            Order twin = Order.received("O-3", ALICE, MON_0900);

            assertThat(of(evaluate(NINETY_DAYS_LATER.plusSeconds(1), LAST, twin), LAPSED))
                    .extracting(f -> f.attribute("lastOrder")).containsExactly("O-3");
        }

        @Test
        void theLapseIsConfigurable_perTier() {
            ServiceStandards config = ServiceStandards.builder().config(StandardsConfig.builder()
                    .target(LAPSED, Target.parse("30 days")).target(LAPSED, "tier:VIP", Target.parse("14 days")).build())
                    .build();
            Dataset d = Dataset.builder().add(Customer.of(ALICE))
                    .add(Customer.of(BOB).withTier(org.servicestandards.model.Tier.VIP))
                    .add(LAST).add(Order.received("O-9", BOB, MON_0900)).build();

            assertThat(config.evaluate(d, MON_0900.plus(Duration.ofDays(20))).findings(LAPSED)).extracting(Finding::subjectId)
                    .containsExactly(BOB);
            assertThat(config.evaluate(d, MON_0900.plus(Duration.ofDays(31))).findings(LAPSED)).extracting(Finding::subjectId)
                    .containsExactly(ALICE, BOB);
        }
    }
}
