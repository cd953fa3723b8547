package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.ComplaintFixtures.*;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Flag;

/** complaint.remedy-plan: a written outbound flagged REMEDY_PLAN within 1 business day of receipt. */
class ComplaintRemedyPlanTest {
    private static final String STD = "complaint.remedy-plan";
    /** Received Monday 10:00: due Tuesday 10:00; 75% of 8 business hours = 6 h: at risk from Monday 16:00. */
    private static final Instant RECEIVED = MON_1000;
    private static final Instant DUE = TUE_1000;
    private static final Instant AT_RISK = at(2, 16, 0);

    private static Evaluation eval(Instant asOf, Object... more) {
        Object[] records = new Object[more.length + 2];
        records[0] = openCase(CASE, MON_0900);
        records[1] = complaint(RECEIVED);
        System.arraycopy(more, 0, records, 2, more.length);
        return evaluate(asOf, records);
    }

    private static Object plan(String id, Channel channel, Instant at) {
        return outbound(id, channel, CASE, at).withFlags(Flag.REMEDY_PLAN);
    }

    @Test
    void writtenPlanOneSecondInside_isMet() {
        Evaluation e = eval(WED_0900, plan("I-2", Channel.LETTER, DUE.minusSeconds(1)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        assertThat(of(e, STD).get(0).evidence()).contains(new RecordRef("complaint", COMPLAINT), RecordRef.interaction("I-2"));
        assertThat(of(e, STD).get(0).reason()).contains("given a written remedy plan by letter I-2");
    }

    @Test
    void writtenPlanExactlyAtTheDueInstant_isMet() {
        assertThat(kinds(eval(WED_0900, plan("I-2", Channel.EMAIL, DUE)), STD)).containsExactly(FindingKind.MET);
    }

    @Test
    void writtenPlanOneSecondPast_isBreach() {
        Evaluation e = eval(WED_0900, plan("I-2", Channel.WEB, DUE.plusSeconds(1)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
        assertThat(of(e, STD).get(0).lateBy()).hasSeconds(1);
    }

    @Test
    void noPlanAtTheThreshold_isAtRisk_andOneSecondPastTheDeadline_isBreach() {
        assertThat(kinds(eval(AT_RISK.minusSeconds(1)), STD)).isEmpty();
        assertThat(kinds(eval(AT_RISK), STD)).containsExactly(FindingKind.AT_RISK);
        assertThat(kinds(eval(DUE), STD)).containsExactly(FindingKind.AT_RISK);
        assertThat(kinds(eval(DUE.plusSeconds(1)), STD)).containsExactly(FindingKind.BREACH);
    }

    @Test
    void planGivenOnlyOnThePhone_isNotInWriting() {
        Evaluation e = eval(DUE.plusSeconds(1), plan("I-2", Channel.PHONE, at(2, 11, 0)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
    }

    @Test
    void writtenReplyWithoutTheFlag_isNotAPlan() {
        Evaluation e = eval(DUE.plusSeconds(1), outbound("I-2", Channel.EMAIL, CASE, at(2, 11, 0)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
    }

    @Test
    void automatedPlan_doesNotCount() {
        Evaluation e = eval(DUE.plusSeconds(1),
                outbound("I-2", Channel.EMAIL, CASE, at(2, 11, 0)).withFlags(Flag.REMEDY_PLAN, Flag.AUTOMATED));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
    }

    @Test
    void resolvedBeforeAnyPlanWithinTheDay_isMet_lateResolutionWithoutPlan_isBreach() {
        Evaluation met = evaluate(WED_0900, openCase(CASE, MON_0900), resolved(complaint(RECEIVED), at(2, 15, 0)));
        assertThat(kinds(met, STD)).as(dump(met)).containsExactly(FindingKind.MET);
        assertThat(of(met, STD).get(0).reason()).contains("resolved without a written remedy plan");

        Evaluation late = evaluate(THU_0900, openCase(CASE, MON_0900), resolved(complaint(RECEIVED), WED_0900));
        assertThat(kinds(late, STD)).as(dump(late)).containsExactly(FindingKind.BREACH);
    }

    @Test
    void pauseOfTheCaseShiftsTheDeadline() {
        // waiting on the customer Monday 12:00-14:00: two business hours later, Tuesday 12:00
        Object pausedCase = openCase(CASE, MON_0900, status(MON_1200, CaseStatus.WAITING_ON_CUSTOMER),
                status(at(2, 14, 0), CaseStatus.OPEN));
        Evaluation e = evaluate(WED_0900, pausedCase, complaint(RECEIVED), plan("I-2", Channel.EMAIL, at(3, 11, 59)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        assertThat(of(e, STD).get(0).dueAt()).isEqualTo(at(3, 12, 0));
    }
}
