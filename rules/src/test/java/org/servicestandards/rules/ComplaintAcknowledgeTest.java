package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.ComplaintFixtures.*;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.Flag;

/** complaint.acknowledge: in the lodging call or visit, else within 1 business hour (decisions 9, 13). */
class ComplaintAcknowledgeTest {
    private static final String STD = "complaint.acknowledge";
    /** Received Monday 10:00: due Monday 11:00, at risk from 10:45 (75% of the hour). */
    private static final Instant RECEIVED = MON_1000;
    private static final Instant DUE = at(2, 11, 0);
    private static final Instant AT_RISK = at(2, 10, 45);

    private static Complaint byEmail() { return lodgedIn(complaint(RECEIVED), "I-1"); }

    private static Evaluation eval(Instant asOf, Object... more) {
        Object[] records = new Object[more.length + 3];
        records[0] = openCase(CASE, MON_0900);
        records[1] = inbound("I-1", Channel.EMAIL, CASE, RECEIVED);
        records[2] = byEmail();
        System.arraycopy(more, 0, records, 3, more.length);
        return evaluate(asOf, records);
    }

    @Test
    void acknowledgedInTheLodgingCall_isMetAtOnce() {
        Evaluation e = evaluate(at(2, 12, 0), openCase(CASE, MON_0900),
                inbound("I-1", Channel.PHONE, CASE, RECEIVED).withFlags(Flag.COMPLAINT_ACKNOWLEDGED),
                lodgedIn(complaint(RECEIVED), "I-1"));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        Finding f = of(e, STD).get(0);
        assertThat(f.at()).isEqualTo(RECEIVED);
        assertThat(f.subjectType()).isEqualTo("complaint");
        assertThat(f.subjectId()).isEqualTo(COMPLAINT);
        assertThat(f.evidence()).contains(new RecordRef("complaint", COMPLAINT), RecordRef.interaction("I-1"));
        assertThat(f.reason()).contains("acknowledged in phone call I-1");
    }

    @Test
    void acknowledgedInTheLodgingVisit_isMetAtOnce() {
        Evaluation e = evaluate(at(2, 12, 0), openCase(CASE, MON_0900),
                inbound("I-1", Channel.IN_PERSON, CASE, RECEIVED).withFlags(Flag.COMPLAINT_ACKNOWLEDGED),
                lodgedIn(complaint(RECEIVED), "I-1"));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        assertThat(of(e, STD).get(0).at()).isEqualTo(RECEIVED);
    }

    @Test
    void lodgingCallRecordedBeforeTheReceipt_countsAtTheReceipt() {
        Evaluation e = evaluate(at(2, 12, 0), openCase(CASE, MON_0900),
                inbound("I-1", Channel.PHONE, CASE, at(2, 9, 55)).withFlags(Flag.COMPLAINT_ACKNOWLEDGED),
                lodgedIn(complaint(RECEIVED), "I-1"));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        assertThat(of(e, STD).get(0).at()).isEqualTo(RECEIVED);
    }

    @Test
    void unflaggedLodgingCall_isNotKnownToAcknowledge_theHourRuns() {
        Evaluation e = evaluate(DUE.plusSeconds(1), openCase(CASE, MON_0900),
                inbound("I-1", Channel.PHONE, CASE, RECEIVED), lodgedIn(complaint(RECEIVED), "I-1"));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
    }

    @Test
    void outboundOneSecondInside_isMet() {
        Evaluation e = eval(at(2, 12, 0), outbound("I-2", Channel.EMAIL, CASE, DUE.minusSeconds(1)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        assertThat(of(e, STD).get(0).dueAt()).isEqualTo(DUE);
        assertThat(of(e, STD).get(0).reason()).contains("acknowledged by email I-2 (agent A-1)");
    }

    @Test
    void outboundExactlyAtTheDueInstant_isMet() {
        Evaluation e = eval(at(2, 12, 0), outbound("I-2", Channel.PHONE, CASE, DUE));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
    }

    @Test
    void outboundOneSecondPast_isBreachLateByOneSecond() {
        Evaluation e = eval(at(2, 12, 0), outbound("I-2", Channel.EMAIL, CASE, DUE.plusSeconds(1)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
        assertThat(of(e, STD).get(0).lateBy()).hasSeconds(1);
    }

    @Test
    void unacknowledgedAtTheThreshold_isAtRisk_andNotASecondBefore() {
        assertThat(kinds(eval(AT_RISK), STD)).containsExactly(FindingKind.AT_RISK);
        assertThat(kinds(eval(AT_RISK.minusSeconds(1)), STD)).isEmpty();
        assertThat(kinds(eval(DUE), STD)).containsExactly(FindingKind.AT_RISK);
    }

    @Test
    void unacknowledgedOneSecondPast_isBreach() {
        Evaluation e = eval(DUE.plusSeconds(1));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
        assertThat(of(e, STD).get(0).lateBy()).hasSeconds(1);
        assertThat(of(e, STD).get(0).reason()).contains("has not been acknowledged");
    }

    @Test
    void automatedAcknowledgement_neverCounts_evenWhenAutomatedRepliesCountAsResponses() {
        Object autoReply = outbound("I-2", Channel.EMAIL, CASE, at(2, 10, 1))
                .withFlags(Flag.AUTOMATED, Flag.COMPLAINT_ACKNOWLEDGED);
        assertThat(kinds(eval(DUE.plusSeconds(1), autoReply), STD)).containsExactly(FindingKind.BREACH);

        ServiceStandards lenient = ServiceStandards.builder()
                .config(StandardsConfig.builder().automatedRepliesCount(true).build()).build();
        Evaluation e = lenient.evaluate(records(openCase(CASE, MON_0900), inbound("I-1", Channel.EMAIL, CASE, RECEIVED),
                byEmail(), autoReply), DUE.plusSeconds(1));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
    }

    @Test
    void laterCallFromTheCustomerFlaggedAcknowledged_counts() {
        Evaluation e = eval(at(2, 12, 0),
                inbound("I-2", Channel.PHONE, CASE, at(2, 10, 30)).withFlags(Flag.COMPLAINT_ACKNOWLEDGED));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        assertThat(of(e, STD).get(0).at()).isEqualTo(at(2, 10, 30));
    }

    @Test
    void inboundEmailFlaggedAcknowledged_doesNotCount() {
        Evaluation e = eval(DUE.plusSeconds(1),
                inbound("I-2", Channel.EMAIL, CASE, at(2, 10, 30)).withFlags(Flag.COMPLAINT_ACKNOWLEDGED));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
    }

    @Test
    void outboundBeforeTheReceipt_doesNotCount() {
        Evaluation e = eval(DUE.plusSeconds(1), outbound("I-0", Channel.EMAIL, CASE, at(2, 9, 30)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
    }

    @Test
    void outboundAboutTheComplaintWithoutTheCase_counts() {
        Evaluation e = eval(at(2, 12, 0), outbound("I-2", Channel.EMAIL, null, at(2, 10, 20)).withAbout(COMPLAINT));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
    }

    @Test
    void firstOfSeveralAcknowledgements_isTheOneMeasured() {
        Evaluation e = eval(at(2, 12, 0), outbound("I-3", Channel.EMAIL, CASE, DUE.plusSeconds(60)),
                outbound("I-2", Channel.PHONE, CASE, at(2, 10, 10)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        assertThat(of(e, STD).get(0).evidence()).contains(RecordRef.interaction("I-2"))
                .doesNotContain(RecordRef.interaction("I-3"));
    }

    @Test
    void resolvedWithinTheHourWithoutASeparateAcknowledgement_isMet() {
        Evaluation e = evaluate(at(2, 12, 0), openCase(CASE, MON_0900), inbound("I-1", Channel.EMAIL, CASE, RECEIVED),
                resolved(byEmail(), at(2, 10, 30)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        assertThat(of(e, STD).get(0).reason()).contains("resolved without a separate acknowledgement");
    }

    @Test
    void receivedAfterHours_isDueAnHourAfterTheNextOpening() {
        Instant fri1630 = FRI_1630;
        Evaluation e = evaluate(at(9, 9, 45), openCase(CASE, FRI_0900), inbound("I-1", Channel.EMAIL, CASE, fri1630),
                lodgedIn(complaint(fri1630), "I-1"));
        // 30 minutes on Friday, 30 on Monday: due Monday 09:30
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
        assertThat(of(e, STD).get(0).dueAt()).isEqualTo(at(9, 9, 30));
    }

    @Test
    void findingsCarryTheQueueOfTheCategory() {
        Evaluation e = eval(at(2, 12, 0), outbound("I-2", Channel.EMAIL, CASE, at(2, 10, 5)));
        Finding f = of(e, STD).get(0);
        assertThat(f.attribute("queue")).isEqualTo("complaints");
        assertThat(f.attribute("category")).isEqualTo("OTHER");
        assertThat(f.attribute("severity")).isEqualTo("MEDIUM");
    }
}
