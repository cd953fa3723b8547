package org.servicestandards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicestandards.testkit.Samples.*;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.InputError;

/** Each assertion passes on a matching evaluation and fails with a message that shows the evidence. */
class EvaluationAssertTest {

    private static EvaluationAssert check(org.servicestandards.evaluation.Evaluation e) {
        return ServiceStandardsAssertions.assertThat(e);
    }

    @Test
    void hasNoBreaches_passesWithoutBreaches() {
        check(CLEAN).hasNoBreaches();
    }

    @Test
    void hasNoBreaches_failureListsEveryBreachWithItsEvidence() {
        assertThatThrownBy(() -> check(ALL).hasNoBreaches())
                .isInstanceOf(AssertionError.class)
                .hasMessage("""
                        Expected no breaches in the evaluation as of 2026-03-09T12:00:00Z,
                        but found 1:
                          BREACH response.email interaction I-17 (customer BOB, case K-2, agent A-1): \
                        started 2026-03-06T16:55:00Z, due 2026-03-09T10:00:00Z, at 2026-03-09T12:00:00Z, late by 2 h; \
                        evidence: interaction I-17, interaction I-18
                              Email I-17 was answered by email I-18 at Mon 9 Mar 2026 12:00, 2 h late.""");
    }

    @Test
    void hasBreach_forSubject_lateBy_passesOnTheMatchingBreach() {
        check(ALL).hasBreach("response.email").forSubject("I-17").lateBy(Duration.ofHours(2))
                .atMost(Duration.ofHours(3)).forCustomer("BOB").forCase("K-2").forAgent("A-1")
                .withEvidence("interaction I-18").withReasonContaining("2 h late").hasSize(1);
        assertThat(check(ALL).hasBreach("response.email").single()).isEqualTo(EMAIL_BREACH);
    }

    @Test
    void hasBreach_failsForAnotherSubject_listingTheFindingsOfTheStandard() {
        assertThatThrownBy(() -> check(ALL).hasBreach("response.email").forSubject("I-20"))
                .hasMessage("""
                        Expected a BREACH of response.email for subject I-20
                        in the evaluation as of 2026-03-09T12:00:00Z,
                        but response.email has these 2 findings:
                          BREACH response.email interaction I-17 (customer BOB, case K-2, agent A-1): \
                        started 2026-03-06T16:55:00Z, due 2026-03-09T10:00:00Z, at 2026-03-09T12:00:00Z, late by 2 h; \
                        evidence: interaction I-17, interaction I-18
                              Email I-17 was answered by email I-18 at Mon 9 Mar 2026 12:00, 2 h late.
                          MET response.email interaction I-20 (customer ALICE): \
                        started 2026-03-09T09:00:00Z, due 2026-03-10T09:00:00Z, at 2026-03-09T10:00:00Z; \
                        evidence: interaction I-20, interaction I-21
                              Email I-20 was answered by email I-21 at Mon 9 Mar 2026 10:00, within 1 business day.""");
    }

    @Test
    void hasBreach_failsWhenTheStandardHasNoBreach() {
        assertThatThrownBy(() -> check(CLEAN).hasBreach("response.email"))
                .hasMessageStartingWith("Expected a BREACH of response.email\n")
                .hasMessageContaining("but response.email has this finding:\n  MET response.email interaction I-20");
    }

    @Test
    void lateBy_failsWhenTheLatenessDiffers() {
        assertThatThrownBy(() -> check(ALL).hasBreach("response.email").forSubject("I-17").lateBy(Duration.ofMinutes(5)))
                .hasMessageStartingWith("Expected a BREACH of response.email for subject I-17 late by 5 min\n")
                .hasMessageContaining("late by 2 h; evidence: interaction I-17, interaction I-18");
    }

    @Test
    void atMost_failsWhenLater() {
        check(ALL).hasBreach("response.email").atMost(Duration.ofHours(2));
        assertThatThrownBy(() -> check(ALL).hasBreach("response.email").atMost(Duration.ofMinutes(90)))
                .hasMessageStartingWith("Expected a BREACH of response.email late by at most 1 h 30 min\n");
    }

    @Test
    void hasMet_atOrBefore_passesAndFails() {
        check(ALL).hasMet("complaint.acknowledge").forSubject("CP-1").atOrBefore(MON_1000).at(MON_0950)
                .dueAt(MON_0955);
        assertThatThrownBy(() -> check(ALL).hasMet("complaint.acknowledge").forSubject("CP-1").atOrBefore(MON_0900))
                .hasMessageStartingWith("Expected a MET of complaint.acknowledge for subject CP-1 at or before "
                        + "2026-03-09T09:00:00Z\n")
                .hasMessageContaining("MET complaint.acknowledge complaint CP-1 (customer ALICE, case K-1, agent A-7): "
                        + "started 2026-03-06T16:55:00Z, due 2026-03-09T09:55:00Z, at 2026-03-09T09:50:00Z; "
                        + "evidence: complaint CP-1, interaction I-2");
    }

    @Test
    void hasObligation_dueBefore_passesAndFails() {
        check(ALL).hasObligation("followup.irate").forSubject("K-1").dueBefore(TUE_0900.plusSeconds(1));
        assertThatThrownBy(() -> check(ALL).hasObligation("followup.irate").dueBefore(TUE_0900))
                .hasMessageStartingWith("Expected an OBLIGATION of followup.irate due before 2026-03-10T09:00:00Z\n")
                .hasMessageContaining("OBLIGATION followup.irate case K-1 (customer ALICE): started 2026-03-09T09:00:00Z, "
                        + "due 2026-03-10T09:00:00Z, at 2026-03-09T12:00:00Z\n      Case K-1 of an irate customer");
    }

    @Test
    void hasEscalation_toLevel_passesAndFails() {
        check(ALL).hasEscalation("complaint.escalate.overdue").toLevel("supervisor").withAttribute("trigger", "overdue");
        assertThatThrownBy(() -> check(ALL).hasEscalation("complaint.escalate.overdue").toLevel("manager"))
                .hasMessageStartingWith("Expected an ESCALATION of complaint.escalate.overdue to level manager\n")
                .hasMessageContaining("evidence: complaint CP-1; level=supervisor, trigger=overdue");
    }

    @Test
    void hasAlert_and_hasAtRisk_passAndFail() {
        check(ALL).hasAlert("proactive.order.delay").forSubject("O-1").withAttribute("channel", "email");
        check(ALL).hasAtRisk("response.web").forSubject("I-30").dueAt(TUE_0900);
        assertThatThrownBy(() -> check(CLEAN).hasAlert("proactive.order.delay"))
                .hasMessage("""
                        Expected an ALERT of proactive.order.delay
                        in the evaluation as of 2026-03-09T12:00:00Z,
                        but proactive.order.delay has no findings; \
                        standards with findings: complaint.acknowledge, response.email""");
        assertThatThrownBy(() -> check(ALL).hasAtRisk("response.email"))
                .hasMessageStartingWith("Expected an AT_RISK of response.email\n")
                .hasMessageContaining("but response.email has these 2 findings:");
    }

    @Test
    void anUnknownStandardId_isPointedOut_withTheNearestCatalogueId() {
        assertThatThrownBy(() -> check(ALL).hasMet("response.emial"))
                .hasMessageContaining("but response.emial has no findings; 'response.emial' is not a catalogue "
                        + "standard id (did you mean 'response.email'?); standards with findings: ");
    }

    @Test
    void hasNoFindingsOf_and_hasNoBreachesOf() {
        check(ALL).hasNoFindingsOf("response.chat").hasNoBreachesOf("complaint.acknowledge")
                .hasNone(FindingKind.MET, "response.web");
        assertThatThrownBy(() -> check(ALL).hasNoBreachesOf("response.email"))
                .hasMessageStartingWith("Expected no BREACH of response.email in the evaluation as of "
                        + "2026-03-09T12:00:00Z,\nbut response.email has these 2 findings:\n  BREACH response.email "
                        + "interaction I-17");
        assertThatThrownBy(() -> check(ALL).hasNoFindingsOf("followup.irate"))
                .hasMessageStartingWith("Expected no findings of followup.irate in the evaluation as of "
                        + "2026-03-09T12:00:00Z,\nbut followup.irate has this finding:\n  OBLIGATION followup.irate");
    }

    @Test
    void complianceOf_isAtLeast_passesAndFailsWithTheBreaches() {
        check(ALL).complianceOf("response.email").isAtLeast(0.5).isAtMost(0.5).hasMeasured(2);
        check(ALL).complianceOf("complaint.acknowledge").isAtLeast(1.0);
        assertThatThrownBy(() -> check(ALL).complianceOf("response.email").isAtLeast(0.95))
                .hasMessageStartingWith("""
                        Expected the compliance of response.email in the evaluation as of 2026-03-09T12:00:00Z \
                        to be at least 95.0%,
                        but it was 50.0% (1 met, 1 breached of 2 measured); its breaches:
                          BREACH response.email interaction I-17""");
    }

    @Test
    void complianceOf_failsWhenNothingWasMeasured() {
        assertThatThrownBy(() -> check(ALL).complianceOf("response.web").isAtLeast(0.9))
                .hasMessageContaining("but nothing was measured (no MET or BREACH finding); response.web has this "
                        + "finding:\n  AT_RISK response.web interaction I-30");
        assertThatThrownBy(() -> check(ALL).complianceOf("response.email").hasMeasured(3))
                .hasMessageStartingWith("Expected 3 measured findings (MET or BREACH) of response.email");
    }

    @Test
    void complianceOf_refusesAPercentageForAFraction() {
        assertThatThrownBy(() -> check(ALL).complianceOf("response.email").isAtLeast(95))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("compliance is a fraction between 0 and 1 (0.95 for 95%), was 95.0");
    }

    @Test
    void hasNoInputErrors_passesAndListsTheRejectedRecords() {
        check(CLEAN).hasNoInputErrors();
        InputError error = InputError.of("interaction", "I-3", "inReplyTo", "refers to interaction I-9, which does not exist");
        assertThatThrownBy(() -> check(withErrors(error)).hasNoInputErrors())
                .hasMessage("Expected no input errors,\nbut 1 record was rejected:\n"
                        + "  interaction I-3: field 'inReplyTo' refers to interaction I-9, which does not exist");
    }

    @Test
    void hasSize_countsTheSelection() {
        check(ALL).hasMet("response.email").hasSize(1);
        assertThatThrownBy(() -> check(ALL).hasMet("response.email").hasSize(2))
                .hasMessageStartingWith("Expected exactly 2 of: a MET of response.email\n"
                        + "in the evaluation as of 2026-03-09T12:00:00Z,\nbut found 1:\n  MET response.email interaction I-20");
    }

    @Test
    void and_chainsBackToTheEvaluation_andTheDescriptionPrefixesFailures() {
        check(ALL).hasMet("response.email").and().hasBreach("response.email").and().complianceOf("response.email")
                .isAtMost(0.5).and().hasNoInputErrors();
        assertThatThrownBy(() -> check(ALL).as("Friday complaint").hasMet("response.email").forSubject("I-99"))
                .hasMessageStartingWith("[Friday complaint] Expected a MET of response.email for subject I-99");
    }

    @Test
    void nullEvaluation_failsAsAssertJDoes() {
        assertThatThrownBy(() -> check(null).hasNoBreaches()).hasMessageContaining("Expecting actual not to be null");
    }
}
