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
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Severity;
import org.servicestandards.model.SupportCase;

/** followup.irate: a case with an irate, abusive or threatening customer resolved: a call within 2 business days. */
class FollowUpIrateTest {
    static final String STD = "followup.irate";
    /** Resolved Mon 12:00: due Wed 12:00; at risk after 12 of 16 business hours: Tue 16:00. */
    static final Instant DUE = at(4, 12, 0);
    static final Instant AT_RISK_AT = at(3, 16, 0);

    static SupportCase resolved() { return openCase("K-1", MON_0900, status(MON_1200, CaseStatus.RESOLVED)); }

    static Interaction angryCall(Demeanour d) { return inbound("I-1", Channel.PHONE, "K-1", MON_1000).withDemeanour(d); }

    static Complaint complaint(Demeanour d) {
        return new Complaint("P-1", ALICE, "K-1", MON_0900, ComplaintCategory.BAD_QUALITY, Severity.MEDIUM, d, null,
                null, null, null);
    }

    @Test
    void irateComplaint_resolvedCase_owesACall() {
        Evaluation e = evaluate(MON_1500, resolved(), complaint(Demeanour.IRATE));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        Finding f = of(e, STD).get(0);
        assertThat(f.subjectId()).isEqualTo("K-1");
        assertThat(f.dueAt()).isEqualTo(DUE);
        assertThat(f.agentId()).isEqualTo("A-1");
        assertThat(f.evidence()).contains(new RecordRef("case", "K-1"), new RecordRef("complaint", "P-1"));
        assertThat(f.reason()).contains("complaint P-1 irate");
    }

    @Test
    void abusiveOrThreateningContact_onTheCase_counts() {
        assertThat(kinds(evaluate(MON_1500, resolved(), angryCall(Demeanour.ABUSIVE)), STD)).containsExactly(OBLIGATION);
        assertThat(kinds(evaluate(MON_1500, resolved(), angryCall(Demeanour.THREATENING)), STD))
                .containsExactly(OBLIGATION);
        assertThat(of(evaluate(MON_1500, resolved(), angryCall(Demeanour.ABUSIVE)), STD).get(0).evidence())
                .contains(RecordRef.interaction("I-1"));
    }

    @Test
    void calmOrUpset_orCaseStillOpen_orAngerAfterTheResolution_noObligation() {
        assertThat(of(evaluate(MON_1500, resolved(), complaint(Demeanour.UPSET), angryCall(Demeanour.CALM)), STD))
                .isEmpty();
        assertThat(of(evaluate(MON_1500, openCase("K-1", MON_0900), complaint(Demeanour.IRATE)), STD)).isEmpty();
        Interaction later = inbound("I-1", Channel.PHONE, "K-1", MON_1500).withDemeanour(Demeanour.IRATE);
        assertThat(of(evaluate(MON_1700, resolved(), later), STD)).isEmpty();
    }

    @Test
    void bothAComplaintAndAContact_oneObligation() {
        Evaluation e = evaluate(MON_1500, resolved(), complaint(Demeanour.IRATE), angryCall(Demeanour.ABUSIVE));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        assertThat(of(e, STD).get(0).reason()).contains("complaint P-1 irate", "phone I-1 abusive");
    }

    @Test
    void demeanoursComeFromConfiguration() {
        var upsetToo = org.servicestandards.ServiceStandards.builder().config(org.servicestandards.config.StandardsConfig
                .builder().parameter(STD, "demeanours", "upset, irate").build()).build();
        assertThat(upsetToo.evaluate(records(resolved(), complaint(Demeanour.UPSET)), MON_1500).findings(STD))
                .extracting(Finding::kind).containsExactly(OBLIGATION);
    }

    @Test
    void atRiskAtTheThreshold_breachOneSecondPastDue() {
        assertThat(kinds(evaluate(AT_RISK_AT.minusSeconds(1), resolved(), complaint(Demeanour.IRATE)), STD))
                .containsExactly(OBLIGATION);
        assertThat(kinds(evaluate(AT_RISK_AT, resolved(), complaint(Demeanour.IRATE)), STD))
                .containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
        assertThat(kinds(evaluate(DUE, resolved(), complaint(Demeanour.IRATE)), STD))
                .containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
        Evaluation late = evaluate(DUE.plusSeconds(1), resolved(), complaint(Demeanour.IRATE));
        assertThat(kinds(late, STD)).containsExactlyInAnyOrder(OBLIGATION, BREACH);
        assertThat(the(late, STD, BREACH).lateBy()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void dischargedByAnOutboundCallOrVisit_notByEmailInboundOrAnotherCustomer() {
        assertThat(kinds(evaluate(FRI_0900, resolved(), complaint(Demeanour.IRATE),
                outbound("I-9", Channel.PHONE, "K-1", DUE)), STD)).containsExactly(MET);
        assertThat(kinds(evaluate(FRI_0900, resolved(), complaint(Demeanour.IRATE),
                outbound("I-9", Channel.IN_PERSON, "K-1", DUE.plusSeconds(1))), STD)).containsExactly(BREACH);
        Evaluation wrong = evaluate(TUE_0900, resolved(), complaint(Demeanour.IRATE),
                outbound("I-2", Channel.EMAIL, "K-1", MON_1500), inbound("I-3", Channel.PHONE, "K-1", MON_1500),
                Interaction.of("I-4", BOB, null, Channel.PHONE, Direction.OUTBOUND, MON_1500));
        assertThat(kinds(wrong, STD)).containsExactly(OBLIGATION);
    }
}
