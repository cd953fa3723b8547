package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.evaluation.FindingKind.AT_RISK;
import static org.servicestandards.evaluation.FindingKind.BREACH;
import static org.servicestandards.evaluation.FindingKind.MET;
import static org.servicestandards.evaluation.FindingKind.OBLIGATION;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;

/** followup.after-sale: an order delivered: a check-in by phone or email within 3 business days. */
class FollowUpAfterSaleTest {
    static final String STD = "followup.after-sale";
    /** Delivered Mon 10:00: due Thu 10:00; at risk after 18 of 24 business hours: Wed 12:00. */
    static final Instant DUE = THU_0900.plusSeconds(3600);
    static final Instant AT_RISK_AT = at(4, 12, 0);

    static Order delivered() {
        return Order.received("O-1", ALICE, MON_0900).withFilledAt(MON_0900).withDeliveredAt(MON_1000);
    }

    @Test
    void deliveredOrder_owesACheckIn_subjectTheOrder() {
        Evaluation e = evaluate(MON_1200, delivered());
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        Finding f = of(e, STD).get(0);
        assertThat(f.subjectType()).isEqualTo("order");
        assertThat(f.subjectId()).isEqualTo("O-1");
        assertThat(f.dueAt()).isEqualTo(DUE);
        assertThat(f.evidence()).containsExactly(new RecordRef("order", "O-1"));
        assertThat(f.attribute("channels")).isEqualTo("phone, email");
    }

    @Test
    void notDeliveredYet_noObligation() {
        assertThat(of(evaluate(MON_1200, Order.received("O-1", ALICE, MON_0900).withFilledAt(MON_1000)), STD)).isEmpty();
        // delivered after the evaluation instant: not yet known
        assertThat(of(evaluate(MON_0900.plusSeconds(1800), delivered()), STD)).isEmpty();
    }

    @Test
    void whoOwesIt_theOrdersCaseAssignee_elseTheCustomersLastAgent() {
        Order onCase = new Order("O-1", ALICE, "K-1", MON_0900, null, null, MON_0900, MON_1000, null, null, null, null);
        assertThat(of(evaluate(MON_1200, openCase("K-1", MON_0900).withAssignee("A-7"), onCase), STD).get(0).agentId())
                .isEqualTo("A-7");
        Interaction sale = inbound("I-1", Channel.PHONE, null, MON_0900).withAgent("A-3");
        assertThat(of(evaluate(MON_1200, delivered(), sale), STD).get(0).agentId()).isEqualTo("A-3");
    }

    @Test
    void atRiskAtTheThreshold_breachOneSecondPastDue() {
        assertThat(kinds(evaluate(AT_RISK_AT.minusSeconds(1), delivered()), STD)).containsExactly(OBLIGATION);
        assertThat(kinds(evaluate(AT_RISK_AT, delivered()), STD)).containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
        Evaluation late = evaluate(DUE.plusSeconds(1), delivered());
        assertThat(kinds(late, STD)).containsExactlyInAnyOrder(OBLIGATION, BREACH);
        assertThat(the(late, STD, BREACH).lateBy()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void dischargedByPhoneOrEmail_justInside_andLateOneSecondPast() {
        assertThat(kinds(evaluate(FRI_0900, delivered(), outbound("I-9", Channel.EMAIL, null, DUE)), STD))
                .containsExactly(MET);
        assertThat(kinds(evaluate(FRI_0900, delivered(), outbound("I-9", Channel.PHONE, null, DUE.plusSeconds(1))), STD))
                .containsExactly(BREACH);
    }

    @Test
    void notDischargedByLetterInboundAnotherCustomerOrAContactBeforeDelivery() {
        Evaluation e = evaluate(MON_1500, delivered(),
                outbound("I-2", Channel.LETTER, null, MON_1200),
                inbound("I-3", Channel.PHONE, null, MON_1200),
                Interaction.of("I-4", BOB, null, Channel.PHONE, Direction.OUTBOUND, MON_1200),
                outbound("I-5", Channel.PHONE, null, MON_0900));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
    }

    @Test
    void eachDeliveredOrder_itsOwnObligation() {
        Order second = Order.received("O-2", ALICE, MON_0900).withFilledAt(MON_0900).withDeliveredAt(MON_1200);
        assertThat(of(evaluate(MON_1500, delivered(), second), STD)).extracting(Finding::subjectId)
                .containsExactlyInAnyOrder("O-1", "O-2");
    }
}
