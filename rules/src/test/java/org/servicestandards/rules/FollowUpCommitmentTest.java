package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.servicestandards.model.Channel;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.InputError;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.InvalidRecordException;
import org.servicestandards.model.Renegotiation;

/**
 * followup.commitment (decision 23, issue item 3): a promise is kept by its due instant in force;
 * kept late is a breach with lateness; re-negotiated before it fell due replaces the due instant and
 * keeps the history.
 */
class FollowUpCommitmentTest {
    static final String STD = "followup.commitment";
    /** "I will call you back by 3 pm": made Mon 10:00 in call I-1, due Mon 15:00 (at risk from 13:45). */
    static final Instant AT_RISK_AT = at(2, 13, 45);

    static Interaction promiseCall() {
        return inbound("I-1", Channel.PHONE, "K-1", MON_1000).withAgent("A-2");
    }

    static Commitment callBack() {
        return new Commitment("M-1", ALICE, "K-1", "A-2", MON_1000, MON_1500, "call back with the refund status",
                Channel.PHONE, "I-1", List.of(), null);
    }

    static Object[] with(Object... more) {
        Object[] base = {openCase("K-1", MON_0900), promiseCall(), callBack()};
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void openCommitment_isAnObligationOfItsOwner() {
        Evaluation e = evaluate(MON_1200, with());
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        Finding f = of(e, STD).get(0);
        assertThat(f.subjectType()).isEqualTo("commitment");
        assertThat(f.subjectId()).isEqualTo("M-1");
        assertThat(f.agentId()).isEqualTo("A-2");
        assertThat(f.caseId()).isEqualTo("K-1");
        assertThat(f.dueAt()).isEqualTo(MON_1500);
        assertThat(f.channel()).isEqualTo(Channel.PHONE);
        assertThat(f.attribute("owed")).isEqualTo("call back with the refund status");
        assertThat(f.evidence()).containsExactly(new RecordRef("commitment", "M-1"), RecordRef.interaction("I-1"));
        assertThat(f.reason()).contains("Commitment M-1 of agent A-2", "owed by agent A-2", "Mon 2 Mar 2026 15:00");
    }

    @Test
    void atRisk_atTheThreshold_bothKinds() {
        assertThat(kinds(evaluate(AT_RISK_AT.minusSeconds(1), with()), STD)).containsExactly(OBLIGATION);
        assertThat(kinds(evaluate(AT_RISK_AT, with()), STD)).containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
    }

    @Test
    void keptAtTheDueInstant_met() {
        Evaluation e = evaluate(TUE_0900, with(outbound("I-2", Channel.PHONE, "K-1", MON_1500).withAgent("A-2")));
        assertThat(kinds(e, STD)).containsExactly(MET);
        assertThat(of(e, STD).get(0).reason()).contains("was kept by phone I-2 (agent A-2)");
    }

    @Test
    void keptOneSecondLate_breachWithLateness() {
        Evaluation e = evaluate(TUE_0900, with(outbound("I-2", Channel.PHONE, "K-1", MON_1500.plusSeconds(1))));
        assertThat(kinds(e, STD)).containsExactly(BREACH);
        assertThat(of(e, STD).get(0).lateBy()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void notKept_breachedOneSecondPastDue() {
        assertThat(kinds(evaluate(MON_1500, with()), STD)).containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
        Evaluation e = evaluate(MON_1500.plusSeconds(1), with());
        // broken, and still owed: the call is still to be made
        assertThat(kinds(e, STD)).containsExactlyInAnyOrder(OBLIGATION, BREACH);
        assertThat(the(e, STD, BREACH).lateBy()).isEqualTo(Duration.ofSeconds(1));
        assertThat(the(e, STD, BREACH).agentId()).isEqualTo("A-2");
        assertThat(the(e, STD, OBLIGATION).attribute("overdueBy")).isEqualTo("PT1S");
        assertThat(the(e, STD, OBLIGATION).reason()).contains("1 s overdue");
    }

    @Test
    void notKeptByTheWrongChannelInboundOtherCustomerOrTheCallItWasMadeIn() {
        Evaluation e = evaluate(MON_1200, with(
                outbound("I-2", Channel.EMAIL, "K-1", MON_1200.minusSeconds(60)),
                inbound("I-3", Channel.PHONE, "K-1", MON_1200.minusSeconds(50)),
                Interaction.of("I-4", BOB, null, Channel.PHONE, Direction.OUTBOUND, MON_1200.minusSeconds(40))));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);

        // an outbound call in which the promise was made does not keep it
        Interaction outboundPromiseCall = outbound("I-1", Channel.PHONE, "K-1", MON_1000);
        Evaluation self = evaluate(MON_1200, openCase("K-1", MON_0900), outboundPromiseCall, callBack());
        assertThat(kinds(self, STD)).containsExactly(OBLIGATION);
    }

    @Test
    void withoutAChannel_anyOutboundContactKeepsIt() {
        Commitment any = new Commitment("M-1", ALICE, "K-1", "A-2", MON_1000, MON_1500, null, null, null, List.of(), null);
        assertThat(kinds(evaluate(TUE_0900, openCase("K-1", MON_0900), any,
                outbound("I-2", Channel.EMAIL, "K-1", MON_1200)), STD)).containsExactly(MET);
    }

    @Test
    void keptByFromTheHost_isTheDischarge_andOnlyIt() {
        Commitment kept = new Commitment("M-1", ALICE, "K-1", "A-2", MON_1000, MON_1500, null, Channel.PHONE, "I-1",
                List.of(), "I-3");
        // the host says I-3 (an email, late) kept it: the earlier call I-2 does not count
        Evaluation e = evaluate(TUE_0900, openCase("K-1", MON_0900), promiseCall(), kept,
                outbound("I-2", Channel.PHONE, "K-1", MON_1200), outbound("I-3", Channel.EMAIL, "K-1", MON_1700));
        assertThat(kinds(e, STD)).containsExactly(BREACH);
        assertThat(of(e, STD).get(0).lateBy()).isEqualTo(Duration.ofHours(2));
        assertThat(of(e, STD).get(0).reason()).contains("as the host recorded");

        // evaluated at noon, I-3 has not happened, so the host's keptBy is not known yet (Dataset.asOf):
        // the call I-2 on the promised channel is what is known to keep it
        Evaluation before = evaluate(MON_1200, openCase("K-1", MON_0900), promiseCall(), kept,
                outbound("I-2", Channel.PHONE, "K-1", MON_1200), outbound("I-3", Channel.EMAIL, "K-1", MON_1700));
        assertThat(kinds(before, STD)).containsExactly(MET);
        Evaluation earlier = evaluate(MON_1200.minusSeconds(1), openCase("K-1", MON_0900), promiseCall(), kept,
                outbound("I-2", Channel.PHONE, "K-1", MON_1200), outbound("I-3", Channel.EMAIL, "K-1", MON_1700));
        assertThat(kinds(earlier, STD)).containsExactly(OBLIGATION);
    }

    @Test
    void renegotiatedBeforeItFellDue_replacesTheDueInstant_andKeepsTheHistory() {
        Commitment moved = new Commitment("M-1", ALICE, "K-1", "A-2", MON_1000, MON_1500, "call back", Channel.PHONE,
                "I-1", List.of(new Renegotiation(MON_1200, TUE_1000, "customer away")), null);
        Evaluation open = evaluate(MON_1700, openCase("K-1", MON_0900), promiseCall(), moved);
        assertThat(kinds(open, STD)).containsExactly(OBLIGATION);
        Finding f = of(open, STD).get(0);
        assertThat(f.dueAt()).isEqualTo(TUE_1000);
        assertThat(f.attribute("history")).contains("first due Mon 2 Mar 2026 15:00",
                "re-negotiated on Mon 2 Mar 2026 12:00 to Tue 3 Mar 2026 10:00 (customer away)");
        assertThat(f.reason()).contains("first due Mon 2 Mar 2026 15:00");

        Evaluation kept = evaluate(WED_0900, openCase("K-1", MON_0900), promiseCall(), moved,
                outbound("I-2", Channel.PHONE, "K-1", TUE_0900));
        assertThat(kinds(kept, STD)).containsExactly(MET);
        assertThat(of(kept, STD).get(0).dueAt()).isEqualTo(TUE_1000);
        assertThat(of(kept, STD).get(0).reason()).contains("re-negotiated on Mon 2 Mar 2026 12:00");
        assertThat(of(kept, STD).get(0).attribute("history")).isEqualTo(f.attribute("history"));
        assertThat(of(kept, STD).get(0).attribute("owed")).isEqualTo("call back");

        // before the re-negotiation was agreed, the first due instant was in force
        Evaluation earlier = evaluate(at(2, 11, 0), openCase("K-1", MON_0900), promiseCall(), moved);
        assertThat(of(earlier, STD).get(0).dueAt()).isEqualTo(MON_1500);
    }

    @Test
    void renegotiatedAfterItFellDue_doesNotExcuseTheBreach() {
        Commitment tooLate = new Commitment("M-1", ALICE, "K-1", "A-2", MON_1000, MON_1500, null, Channel.PHONE, "I-1",
                List.of(new Renegotiation(MON_1700, TUE_1000, null)), null);
        Evaluation e = evaluate(WED_0900, openCase("K-1", MON_0900), promiseCall(), tooLate,
                outbound("I-2", Channel.PHONE, "K-1", TUE_0900));
        assertThat(kinds(e, STD)).containsExactly(BREACH);
        assertThat(of(e, STD).get(0).dueAt()).isEqualTo(MON_1500);
        assertThat(of(e, STD).get(0).lateBy()).isEqualTo(Duration.ofHours(18));
        assertThat(of(e, STD).get(0).reason()).contains("after it had fallen due, which does not excuse it");
    }

    @Test
    void aPromiseFlaggedOnAnInteraction_withoutACommitment_isDueWithinTheDefaultTarget() {
        Interaction flagged = promiseCall().withFlags(Flag.PROMISE);
        Evaluation e = evaluate(MON_1200, openCase("K-1", MON_0900), flagged);
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        Finding f = of(e, STD).get(0);
        assertThat(f.subjectType()).isEqualTo("interaction");
        assertThat(f.subjectId()).isEqualTo("I-1");
        assertThat(f.agentId()).isEqualTo("A-2");
        assertThat(f.dueAt()).isEqualTo(TUE_1000); // 1 business day
        assertThat(f.reason()).contains("no commitment recorded");

        assertThat(kinds(evaluate(WED_0900, openCase("K-1", MON_0900), flagged,
                outbound("I-2", Channel.PHONE, "K-1", TUE_0900)), STD)).containsExactly(MET);
        assertThat(kinds(evaluate(TUE_1000.plusSeconds(1), openCase("K-1", MON_0900), flagged), STD))
                .containsExactlyInAnyOrder(OBLIGATION, BREACH);
    }

    @Test
    void aPromiseFlaggedOnTheInteractionARecordedCommitmentWasMadeIn_isNotCountedTwice() {
        Evaluation e = evaluate(MON_1200, openCase("K-1", MON_0900), promiseCall().withFlags(Flag.PROMISE), callBack());
        assertThat(of(e, STD)).extracting(Finding::subjectId).containsExactly("M-1");
    }

    @Test
    void aBrokenCommitmentOnTheCase_isAFailureForNothingWentRight() {
        // one reopening and a broken promise: two failures
        var resolved = openCase("K-1", MON_0900, status(MON_1200, org.servicestandards.model.CaseStatus.RESOLVED),
                status(MON_1500, org.servicestandards.model.CaseStatus.OPEN),
                status(TUE_1000, org.servicestandards.model.CaseStatus.RESOLVED));
        Evaluation e = evaluate(at(3, 12, 0), resolved, promiseCall(), callBack());
        assertThat(kinds(e, "followup.nothing-went-right")).containsExactly(OBLIGATION);
        assertThat(of(e, "followup.nothing-went-right").get(0).reason())
                .contains("followup.commitment breach on commitment M-1");
    }

    // ---- bad input: the record names itself and the field; the rest evaluates

    @Test
    void commitmentWithoutOwnerOrDueInstant_isRejectedNamingRecordAndField() {
        assertThatThrownBy(() -> Commitment.of("M-9", ALICE, null, MON_1000, MON_1500))
                .isInstanceOf(InvalidRecordException.class).hasMessage("commitment M-9: field 'ownerId' is required");
        assertThatThrownBy(() -> Commitment.of("M-9", ALICE, "A-1", MON_1000, null))
                .isInstanceOf(InvalidRecordException.class).hasMessage("commitment M-9: field 'dueAt' is required");
    }

    @Test
    void commitmentDueBeforeItWasMade_isRejectedNamingRecordAndField() {
        assertThatThrownBy(() -> Commitment.of("M-9", ALICE, "A-1", MON_1000, MON_0900))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("commitment M-9: field 'dueAt' 2026-03-02T09:00:00Z is before madeAt");
        assertThatThrownBy(() -> new Commitment("M-9", ALICE, null, "A-1", MON_1000, MON_1500, null, null, null,
                List.of(new Renegotiation(MON_1200, MON_1000, null)), null))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessageStartingWith("commitment M-9: field 'renegotiations'");
    }

    @Test
    void keptByOrMadeInNamingAMissingInteraction_isAnInputError_andTheRestEvaluates() {
        Commitment ghostKept = new Commitment("M-2", ALICE, null, "A-1", MON_1000, MON_1500, null, null, null,
                List.of(), "I-404");
        Commitment ghostMade = new Commitment("M-3", ALICE, null, "A-1", MON_1000, MON_1500, null, null, "I-405",
                List.of(), null);
        Evaluation e = evaluate(MON_1200, openCase("K-1", MON_0900), promiseCall(), callBack(), ghostKept, ghostMade);

        assertThat(e.inputErrors()).extracting(InputError::message).containsExactlyInAnyOrder(
                "commitment M-2: field 'keptBy' refers to interaction I-404, which does not exist or was rejected",
                "commitment M-3: field 'madeIn' refers to interaction I-405, which does not exist or was rejected");
        assertThat(of(e, STD)).extracting(Finding::subjectId).containsExactly("M-1");
    }

    @Test
    void keptByAnInteractionBeforeThePromiseWasMade_isAnInputError_andTheRestEvaluates() {
        Commitment backwards = new Commitment("M-1", ALICE, "K-1", "A-2", MON_1000, MON_1500, null, null, "I-1",
                List.of(), "I-0");
        Evaluation e = evaluate(MON_1200, openCase("K-1", MON_0900), outbound("I-0", Channel.PHONE, "K-1", MON_0900),
                promiseCall(), backwards);
        assertThat(e.inputErrors()).singleElement().satisfies(err -> {
            assertThat(err.recordId()).isEqualTo("M-1");
            assertThat(err.field()).isEqualTo("keptBy");
        });
        assertThat(of(e, STD)).noneSatisfy(f -> assertThat(f.subjectId()).isEqualTo("M-1"));
        assertThat(e.recordsEvaluated()).isEqualTo(5);
    }
}
