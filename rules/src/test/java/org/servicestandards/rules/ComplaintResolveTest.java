package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.ComplaintFixtures.*;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Severity;

/** complaint.resolve: resolvedAt within the target, per severity and category; routing by category. */
class ComplaintResolveTest {
    private static final String STD = "complaint.resolve";
    /** Received Monday 09:00: due Wednesday 09:00; 75% of 16 business hours = 12 h: at risk from Tuesday 13:00. */
    private static final Instant DUE = WED_0900;
    private static final Instant AT_RISK = at(3, 13, 0);

    private static final ServiceStandards TUNED = ServiceStandards.builder().config(StandardsConfig.builder()
            .target(STD, "severity:HIGH", Target.businessDays(1))
            .target(STD, "category:BILLING_MISTAKE", Target.businessDays(5))
            .parameter(STD, "route.BILLING_MISTAKE", "accounts-receivable")
            .parameter(STD, "route.default", "")
            .build()).build();

    @Test
    void resolvedOneSecondInside_isMet() {
        Evaluation e = evaluate(THU_0900, openCase(CASE, MON_0900), resolved(complaint(MON_0900), DUE.minusSeconds(1)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        Finding f = of(e, STD).get(0);
        assertThat(f.dueAt()).isEqualTo(DUE);
        assertThat(f.target()).isEqualTo("2 business days");
        assertThat(f.agentId()).isEqualTo("A-1");
    }

    @Test
    void resolvedExactlyAtTheDeadline_isMet() {
        Evaluation e = evaluate(THU_0900, openCase(CASE, MON_0900), resolved(complaint(MON_0900), DUE));
        assertThat(kinds(e, STD)).containsExactly(FindingKind.MET);
    }

    @Test
    void resolvedOneSecondPast_isBreachLateByOneSecond() {
        Evaluation e = evaluate(THU_0900, openCase(CASE, MON_0900), resolved(complaint(MON_0900), DUE.plusSeconds(1)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
        assertThat(of(e, STD).get(0).lateBy()).hasSeconds(1);
        assertThat(of(e, STD).get(0).businessLateBy()).hasSeconds(1);
    }

    @Test
    void unresolvedAtTheThreshold_isAtRisk_andPastTheDeadline_isBreach() {
        assertThat(kinds(evaluate(AT_RISK.minusSeconds(1), openCase(CASE, MON_0900), complaint(MON_0900)), STD)).isEmpty();
        assertThat(kinds(evaluate(AT_RISK, openCase(CASE, MON_0900), complaint(MON_0900)), STD))
                .containsExactly(FindingKind.AT_RISK);
        assertThat(kinds(evaluate(DUE.plusSeconds(1), openCase(CASE, MON_0900), complaint(MON_0900)), STD))
                .containsExactly(FindingKind.BREACH);
    }

    @Test
    void resolutionLaterThanTheEvaluation_isNotYetKnown() {
        Evaluation e = evaluate(AT_RISK, openCase(CASE, MON_0900), resolved(complaint(MON_0900), at(3, 14, 0)));
        assertThat(kinds(e, STD)).containsExactly(FindingKind.AT_RISK);
    }

    @Test
    void closingTheCaseDoesNotResolveTheComplaint() {
        Object closed = openCase(CASE, MON_0900, status(TUE_1000, CaseStatus.RESOLVED));
        Evaluation e = evaluate(DUE.plusSeconds(1), closed, complaint(MON_0900));
        assertThat(kinds(e, STD)).containsExactly(FindingKind.BREACH);
    }

    @Test
    void pauseOfTheCaseShiftsTheDeadline() {
        // waiting on the customer Tuesday 09:00-13:00: four business hours later, Wednesday 13:00
        Object paused = openCase(CASE, MON_0900, status(TUE_0900, CaseStatus.WAITING_ON_CUSTOMER),
                status(AT_RISK, CaseStatus.OPEN));
        Evaluation e = evaluate(THU_0900, paused, resolved(complaint(MON_0900), at(4, 12, 59)));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.MET);
        assertThat(of(e, STD).get(0).dueAt()).isEqualTo(at(4, 13, 0));
    }

    @Test
    void targetPerSeverity() {
        Evaluation e = TUNED.evaluate(records(openCase(CASE, MON_0900),
                withSeverity(complaint(MON_0900), Severity.HIGH)), TUE_0900.plusSeconds(1));
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.BREACH);
        assertThat(of(e, STD).get(0).dueAt()).isEqualTo(TUE_0900);
        assertThat(of(e, STD).get(0).target()).isEqualTo("1 business day");
    }

    @Test
    void targetPerCategory() {
        Evaluation e = TUNED.evaluate(records(openCase(CASE, MON_0900),
                withCategory(complaint(MON_0900), ComplaintCategory.BILLING_MISTAKE)), FRI_0900);
        // 5 business days: due next Monday 09:00, at risk after 30 business hours (Thursday 15:00)
        assertThat(kinds(e, STD)).as(dump(e)).containsExactly(FindingKind.AT_RISK);
        assertThat(of(e, STD).get(0).dueAt()).isEqualTo(MON2_0900);
        Evaluation late = TUNED.evaluate(records(openCase(CASE, MON_0900),
                withCategory(complaint(MON_0900), ComplaintCategory.BILLING_MISTAKE)), MON2_0900.plusSeconds(1));
        assertThat(of(late, STD).get(0).dueAt()).isEqualTo(MON2_0900);
    }

    @Test
    void severityOverrideWinsOverCategoryOverride() {
        Evaluation e = TUNED.evaluate(records(openCase(CASE, MON_0900), withSeverity(withCategory(complaint(MON_0900),
                ComplaintCategory.BILLING_MISTAKE), Severity.HIGH)), TUE_0900.plusSeconds(1));
        assertThat(of(e, STD).get(0).dueAt()).isEqualTo(TUE_0900);
    }

    @Test
    void routing_defaultQueuesByCategory() {
        Evaluation billing = evaluate(TUE_0900, openCase(CASE, MON_0900),
                withCategory(complaint(MON_0900), ComplaintCategory.BILLING_MISTAKE));
        Evaluation quality = evaluate(TUE_0900, openCase(CASE, MON_0900),
                withCategory(complaint(MON_0900), ComplaintCategory.BAD_QUALITY));
        Evaluation other = evaluate(TUE_0900, openCase(CASE, MON_0900),
                withCategory(complaint(MON_0900), ComplaintCategory.CONFUSING_PRODUCT));
        assertThat(billing.findings()).filteredOn(f -> f.family().equals("complaint"))
                .isNotEmpty().allMatch(f -> "billing".equals(f.attribute("queue")));
        assertThat(quality.findings()).filteredOn(f -> f.family().equals("complaint"))
                .isNotEmpty().allMatch(f -> "quality".equals(f.attribute("queue")));
        assertThat(other.findings()).filteredOn(f -> f.family().equals("complaint"))
                .isNotEmpty().allMatch(f -> "complaints".equals(f.attribute("queue")));
    }

    @Test
    void routing_configuredQueue_andNoQueueWhenTheDefaultIsBlank() {
        Evaluation billing = TUNED.evaluate(records(openCase(CASE, MON_0900),
                withCategory(complaint(MON_0900), ComplaintCategory.BILLING_MISTAKE)), TUE_0900);
        assertThat(billing.findings()).filteredOn(f -> f.family().equals("complaint"))
                .isNotEmpty().allMatch(f -> "accounts-receivable".equals(f.attribute("queue")));
        Evaluation other = TUNED.evaluate(records(openCase(CASE, MON_0900), complaint(MON_0900)), TUE_0900);
        assertThat(other.findings()).filteredOn(f -> f.family().equals("complaint"))
                .isNotEmpty().allMatch(f -> f.attribute("queue") == null);
    }
}
