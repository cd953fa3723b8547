package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.evaluation.FindingKind.AT_RISK;
import static org.servicestandards.evaluation.FindingKind.BREACH;
import static org.servicestandards.evaluation.FindingKind.MET;
import static org.servicestandards.evaluation.FindingKind.OBLIGATION;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;

/**
 * followup.new-customer (decision 21): a new customer's first order delivered or first case resolved,
 * whichever is first: a follow-up call within 7 calendar days.
 */
class FollowUpNewCustomerTest {
    static final String STD = "followup.new-customer";
    /** First order delivered Tue 10:00: due Tue 10 Mar 10:00; at risk after 126 of 168 hours: Sun 8 Mar 16:00. */
    static final Instant DUE = at(10, 10, 0);
    static final Instant AT_RISK_AT = at(8, 16, 0);

    static Customer alice(Instant since) { return Customer.of(ALICE).withSince(since); }

    static Order delivered(String id, Instant received, Instant deliveredAt) {
        return Order.received(id, ALICE, received).withFilledAt(received).withDeliveredAt(deliveredAt);
    }

    static Evaluation evaluateFor(Customer alice, Instant asOf, Object... records) {
        return DEFAULTS.evaluate(recordsOf(List.of(alice, Customer.of(BOB)), records), asOf);
    }

    @Test
    void newCustomersFirstOrderDelivered_owesACall_subjectTheCustomer() {
        Evaluation e = evaluateFor(alice(MON_0900), WED_0900, delivered("O-1", MON_0900, TUE_1000));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        Finding f = of(e, STD).get(0);
        assertThat(f.subjectType()).isEqualTo("customer");
        assertThat(f.subjectId()).isEqualTo(ALICE);
        assertThat(f.startedAt()).isEqualTo(TUE_1000);
        assertThat(f.dueAt()).isEqualTo(DUE);
        assertThat(f.evidence()).containsExactly(new RecordRef("customer", ALICE), new RecordRef("order", "O-1"));
        assertThat(f.reason()).contains("customer since Mon 2 Mar 2026 09:00", "first order O-1 was delivered");
    }

    @Test
    void firstCaseResolvedBeforeAnyDelivery_isTheCompletion_onlyOneObligation() {
        Evaluation e = evaluateFor(alice(MON_0900), FRI_0900,
                openCase("K-1", MON_0900, status(MON_1200, CaseStatus.RESOLVED)),
                delivered("O-1", MON_0900, TUE_1000), delivered("O-2", MON_1000, WED_0900));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        assertThat(of(e, STD).get(0).evidence()).contains(new RecordRef("case", "K-1"));
        assertThat(of(e, STD).get(0).startedAt()).isEqualTo(MON_1200);
        assertThat(of(e, STD).get(0).agentId()).isEqualTo("A-1");
    }

    @Test
    void notNew_noObligation() {
        assertThat(of(evaluateFor(alice(MON_0900.minus(Duration.ofDays(200))), WED_0900,
                delivered("O-1", MON_0900, TUE_1000)), STD)).isEmpty();
        // since unknown: the earliest known order stands for it
        assertThat(of(evaluateFor(Customer.of(ALICE), WED_0900, delivered("O-0", MON_0900.minus(Duration.ofDays(100)), null)
                .withDeliveredAt(null).withFilledAt(null), delivered("O-1", MON_0900, TUE_1000)), STD)).isEmpty();
    }

    @Test
    void sinceUnknown_firstKnownRecordStandsForIt() {
        Evaluation e = evaluateFor(Customer.of(ALICE), WED_0900, delivered("O-1", MON_0900, TUE_1000));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        assertThat(of(e, STD).get(0).reason()).contains("first known Mon 2 Mar 2026 09:00");
    }

    @Test
    void newWithinComesFromConfiguration() {
        ServiceStandards longer = ServiceStandards.builder()
                .config(StandardsConfig.builder().parameter(STD, "newWithin", "365 days").build()).build();
        Evaluation e = longer.evaluate(recordsOf(List.of(alice(MON_0900.minus(Duration.ofDays(200)))),
                delivered("O-1", MON_0900, TUE_1000)), WED_0900);
        assertThat(e.findings(STD)).extracting(Finding::kind).containsExactly(OBLIGATION);
    }

    @Test
    void nothingCompletedYet_noObligation() {
        assertThat(of(evaluateFor(alice(MON_0900), WED_0900, Order.received("O-1", ALICE, MON_0900), openCase("K-1",
                MON_0900)), STD)).isEmpty();
    }

    @Test
    void atRiskAtTheThreshold_breachOneSecondPastDue() {
        Order o = delivered("O-1", MON_0900, TUE_1000);
        assertThat(kinds(evaluateFor(alice(MON_0900), AT_RISK_AT.minusSeconds(1), o), STD)).containsExactly(OBLIGATION);
        assertThat(kinds(evaluateFor(alice(MON_0900), AT_RISK_AT, o), STD)).containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
        Evaluation late = evaluateFor(alice(MON_0900), DUE.plusSeconds(1), o);
        assertThat(kinds(late, STD)).containsExactlyInAnyOrder(OBLIGATION, BREACH);
        assertThat(the(late, STD, BREACH).lateBy()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void dischargedByAnOutboundCall_notByEmailInboundOrAnotherCustomer() {
        Order o = delivered("O-1", MON_0900, TUE_1000);
        assertThat(kinds(evaluateFor(alice(MON_0900), at(11, 9, 0), o, outbound("I-9", Channel.PHONE, null, DUE)), STD))
                .containsExactly(MET);
        assertThat(kinds(evaluateFor(alice(MON_0900), at(11, 9, 0), o,
                outbound("I-9", Channel.IN_PERSON, null, DUE.plusSeconds(1))), STD)).containsExactly(BREACH);
        Evaluation wrong = evaluateFor(alice(MON_0900), FRI_0900, o, outbound("I-2", Channel.EMAIL, null, WED_0900),
                inbound("I-3", Channel.PHONE, null, WED_0900),
                Interaction.of("I-4", BOB, null, Channel.PHONE, Direction.OUTBOUND, WED_0900),
                outbound("I-5", Channel.PHONE, null, MON_1000));
        assertThat(kinds(wrong, STD)).containsExactly(OBLIGATION);
    }
}
