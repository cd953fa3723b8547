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
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;

/** followup.nothing-went-right: 2+ failures on a case, a follow-up call within 1 business day of its final resolution. */
class FollowUpNothingWentRightTest {
    static final String STD = "followup.nothing-went-right";
    /** Final resolution Tue 10:00: due Wed 10:00; at risk after 6 of 8 business hours: Tue 16:00. */
    static final Instant DUE = at(4, 10, 0);
    static final Instant AT_RISK_AT = at(3, 16, 0);

    /** Resolved Mon 12:00, reopened Mon 15:00, finally resolved Tue 10:00, with a complaint: 2 failures. */
    static SupportCase reopenedCase() {
        return openCase("K-1", MON_0900, status(MON_1200, CaseStatus.RESOLVED), status(MON_1500, CaseStatus.OPEN),
                status(TUE_1000, CaseStatus.RESOLVED));
    }

    /**
     * A complaint on K-1 handled by the book (acknowledged in the call it was lodged in, a written
     * remedy plan 30 minutes later, resolved within the hour), so the complaint is the only failure.
     */
    static Object[] complaint(Instant at) {
        Interaction lodged = inbound("I-0", Channel.PHONE, "K-1", at).withAgent("A-1")
                .withFlags(Flag.COMPLAINT_ACKNOWLEDGED);
        Interaction plan = outbound("I-P", Channel.EMAIL, "K-1", at.plusSeconds(1800)).withFlags(Flag.REMEDY_PLAN);
        Complaint p = new Complaint("P-1", ALICE, "K-1", at, ComplaintCategory.BAD_QUALITY, null, null, null, "I-0",
                at.plusSeconds(3600), null);
        return new Object[] {lodged, plan, p};
    }

    /** The records, flattening arrays. */
    static Object[] all(Object... parts) {
        List<Object> out = new java.util.ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Object[] many) {
                out.addAll(List.of(many));
            } else {
                out.add(p);
            }
        }
        return out.toArray();
    }

    @Test
    void twoFailures_resolvedCase_owesFollowUpCall() {
        Evaluation e = evaluate(at(3, 12, 0), all(reopenedCase(), complaint(MON_1000)));

        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        Finding f = of(e, STD).get(0);
        assertThat(f.subjectType()).isEqualTo("case");
        assertThat(f.subjectId()).isEqualTo("K-1");
        assertThat(f.customerId()).isEqualTo(ALICE);
        assertThat(f.agentId()).isEqualTo("A-1");
        assertThat(f.startedAt()).isEqualTo(TUE_1000);
        assertThat(f.dueAt()).isEqualTo(DUE);
        assertThat(f.attribute("owed")).contains("follow-up call");
        assertThat(f.attribute("channels")).isEqualTo("phone, in person");
        assertThat(f.evidence()).contains(new RecordRef("case", "K-1"), new RecordRef("complaint", "P-1"));
        assertThat(f.reason()).contains("2 failures", "case K-1 reopened", "complaint P-1", "owed by agent A-1",
                "Wed 4 Mar 2026 10:00");
    }

    @Test
    void oneFailure_noObligation() {
        SupportCase once = openCase("K-1", MON_0900, status(TUE_1000, CaseStatus.RESOLVED));
        assertThat(of(evaluate(at(3, 12, 0), all(once, complaint(MON_1000))), STD)).isEmpty();
        assertThat(of(evaluate(at(3, 12, 0), reopenedCase()), STD)).isEmpty();
    }

    @Test
    void failuresAfterTheFinalResolution_doNotCount() {
        assertThat(of(evaluate(at(3, 12, 0), all(reopenedCase(), complaint(at(3, 11, 0)))), STD)).isEmpty();
    }

    @Test
    void caseStillOpenOrReopened_noObligation() {
        SupportCase reopenedAgain = reopenedCase().with(status(at(3, 11, 0), CaseStatus.OPEN));
        assertThat(of(evaluate(at(3, 12, 0), all(reopenedAgain, complaint(MON_1000))), STD)).isEmpty();
    }

    @Test
    void aResponseBreachOnTheCase_isAFailure() {
        SupportCase once = openCase("K-1", MON_0900, status(at(3, 11, 0), CaseStatus.RESOLVED));
        Interaction email = inbound("I-1", Channel.EMAIL, "K-1", MON_0900);
        Interaction lateReply = outbound("I-2", Channel.EMAIL, "K-1", TUE_1000); // response.email: 1 h late

        Evaluation e = evaluate(at(3, 12, 0), all(once, complaint(TUE_1000), email, lateReply));

        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        assertThat(of(e, STD).get(0).reason()).contains("response.email breach on interaction I-1");
        assertThat(of(e, STD).get(0).evidence()).contains(RecordRef.interaction("I-1"));
    }

    @Test
    void aComplaintStandardBreachOnTheCase_isAFailure() {
        SupportCase once = openCase("K-1", MON_0900, status(at(3, 11, 0), CaseStatus.RESOLVED));
        // never acknowledged nor given a remedy plan: complaint.acknowledge and complaint.remedy-plan breaches
        Complaint neglected = Complaint.of("P-2", ALICE, "K-1", MON_1000, ComplaintCategory.BILLING_MISTAKE);

        Evaluation e = evaluate(at(3, 12, 0), once, neglected);

        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        assertThat(of(e, STD).get(0).reason()).contains("3 failures", "complaint P-2 at Mon 2 Mar 2026 10:00;",
                "complaint.acknowledge breach on complaint P-2", "complaint.remedy-plan breach on complaint P-2");
    }

    @Test
    void failuresThreshold_comesFromConfiguration() {
        var three = org.servicestandards.ServiceStandards.builder().config(
                org.servicestandards.config.StandardsConfig.builder().parameter(STD, "failures", 3).build()).build();
        assertThat(three.evaluate(records(all(reopenedCase(), complaint(MON_1000))), at(3, 12, 0)).findings(STD)).isEmpty();
    }

    @Test
    void atRisk_atTheThreshold_inAdditionToTheObligation() {
        assertThat(kinds(evaluate(AT_RISK_AT.minusSeconds(1), all(reopenedCase(), complaint(MON_1000))), STD))
                .containsExactly(OBLIGATION);
        assertThat(kinds(evaluate(AT_RISK_AT, all(reopenedCase(), complaint(MON_1000))), STD))
                .containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
    }

    @Test
    void atTheDueInstant_stillOwed_oneSecondLater_breach() {
        assertThat(kinds(evaluate(DUE, all(reopenedCase(), complaint(MON_1000))), STD))
                .containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
        Evaluation late = evaluate(DUE.plusSeconds(1), all(reopenedCase(), complaint(MON_1000)));
        assertThat(kinds(late, STD)).containsExactlyInAnyOrder(OBLIGATION, BREACH);
        assertThat(the(late, STD, BREACH).lateBy()).isEqualTo(Duration.ofSeconds(1));
        assertThat(the(late, STD, BREACH).agentId()).isEqualTo("A-1");
    }

    @Test
    void outboundCallOnTheCase_discharges_metJustInside() {
        Evaluation e = evaluate(FRI_0900, all(reopenedCase(), complaint(MON_1000), outbound("I-9", Channel.PHONE, "K-1", DUE)));
        assertThat(kinds(e, STD)).containsExactly(MET);
        assertThat(of(e, STD).get(0).evidence()).contains(RecordRef.interaction("I-9"));
    }

    @Test
    void callOneSecondPastDue_isLateBreach() {
        Evaluation e = evaluate(FRI_0900, all(reopenedCase(), complaint(MON_1000),
                outbound("I-9", Channel.IN_PERSON, "K-1", DUE.plusSeconds(1))));
        assertThat(kinds(e, STD)).containsExactly(BREACH);
        assertThat(of(e, STD).get(0).lateBy()).isEqualTo(Duration.ofSeconds(1));
        assertThat(of(e, STD).get(0).at()).isEqualTo(DUE.plusSeconds(1));
    }

    @Test
    void notDischargedByInboundEmailOtherCustomerOtherCaseOrEarlierCall() {
        SupportCase other = openCase("K-2", MON_0900);
        List<Object> noise = List.of(
                inbound("I-3", Channel.PHONE, "K-1", at(3, 11, 0)),
                outbound("I-4", Channel.EMAIL, "K-1", at(3, 11, 0)),
                Interaction.of("I-5", BOB, null, Channel.PHONE, Direction.OUTBOUND, at(3, 11, 0)),
                outbound("I-6", Channel.PHONE, "K-2", at(3, 11, 0)),
                outbound("I-7", Channel.PHONE, "K-1", at(3, 9, 30)));
        assertThat(kinds(evaluate(at(3, 12, 0), all(reopenedCase(), other, complaint(MON_1000), noise.toArray())), STD))
                .containsExactly(OBLIGATION);
    }

    @Test
    void callWithoutCase_orOnAnotherCaseAboutThisOne_discharges() {
        SupportCase other = openCase("K-2", MON_0900);
        assertThat(kinds(evaluate(FRI_0900, all(reopenedCase(), complaint(MON_1000),
                outbound("I-9", Channel.PHONE, null, at(3, 11, 0)))), STD)).containsExactly(MET);
        assertThat(kinds(evaluate(FRI_0900, all(reopenedCase(), other, complaint(MON_1000),
                outbound("I-9", Channel.PHONE, "K-2", at(3, 11, 0)).withAbout("K-1"))), STD)).containsExactly(MET);
    }
}
