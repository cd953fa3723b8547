package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.Fixtures.ALICE;
import static org.servicestandards.rules.Fixtures.MON2_0900;
import static org.servicestandards.rules.Fixtures.MON_0900;
import static org.servicestandards.rules.Fixtures.MON_1000;
import static org.servicestandards.rules.Fixtures.MON_1200;
import static org.servicestandards.rules.Fixtures.MON_1500;
import static org.servicestandards.rules.Fixtures.THU_0900;
import static org.servicestandards.rules.Fixtures.TUE_0900;
import static org.servicestandards.rules.Fixtures.TUE_1000;
import static org.servicestandards.rules.Fixtures.WED_0900;
import static org.servicestandards.rules.Fixtures.at;
import static org.servicestandards.rules.Fixtures.evaluate;
import static org.servicestandards.rules.Fixtures.kinds;
import static org.servicestandards.rules.Fixtures.of;
import static org.servicestandards.rules.Fixtures.records;
import static org.servicestandards.rules.Fixtures.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Assignment;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Severity;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/** resolution.case, resolution.escalate.overdue and resolution.escalate.reassigned. */
class ResolutionTest {
    static final Instant MON_1300 = at(2, 13, 0);

    static SupportCase incident(Severity severity, StatusChange... history) {
        return new SupportCase("INC-1", ALICE, MON_0900, null, null, "A-1", List.of(history), severity, List.of());
    }

    static SupportCase reassigned(Severity severity, int times, StatusChange... history) {
        SupportCase c = incident(severity, history).with(new Assignment(MON_0900, "desk", null));
        for (int i = 1; i <= times; i++) {
            c = c.with(new Assignment(MON_0900.plus(Duration.ofHours(i)), "team-" + i, null));
        }
        return c;
    }

    @Test
    void criticalResolvedExactlyAtFourBusinessHours_isMet() {
        Evaluation e = evaluate(WED_0900, incident(Severity.CRITICAL, status(MON_1300, CaseStatus.RESOLVED)));

        Finding met = of(e, "resolution.case").get(0);
        assertThat(kinds(e, "resolution.case")).containsExactly(FindingKind.MET);
        assertThat(met.dueAt()).isEqualTo(MON_1300);
        assertThat(met.target()).isEqualTo("4 business hours");
        assertThat(met.elapsed()).isEqualTo(Duration.ofHours(4));
        assertThat(met.attribute("severity")).isEqualTo("CRITICAL");
        assertThat(met.reason()).isEqualTo("Case INC-1 of customer C-ALICE (severity critical), started Mon 2 Mar 2026"
                + " 09:00, was resolved at Mon 2 Mar 2026 13:00, within its target of 4 business hours (due Mon 2 Mar"
                + " 2026 13:00).");
    }

    @Test
    void criticalResolvedOneSecondLate_isBreach() {
        Evaluation e = evaluate(WED_0900,
                incident(Severity.CRITICAL, status(MON_1300.plusSeconds(1), CaseStatus.RESOLVED)));

        assertThat(kinds(e, "resolution.case")).containsExactly(FindingKind.BREACH);
        assertThat(of(e, "resolution.case").get(0).lateBy()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void atRiskAtThreeQuartersOfTheTarget_notBefore() {
        assertThat(kinds(evaluate(MON_1200, incident(Severity.CRITICAL)), "resolution.case"))
                .containsExactly(FindingKind.AT_RISK);
        assertThat(kinds(evaluate(MON_1200.minusSeconds(1), incident(Severity.CRITICAL)), "resolution.case")).isEmpty();
    }

    @Test
    void severityChoosesTheTarget() {
        assertThat(of(evaluate(MON2_0900, incident(Severity.HIGH)), "resolution.case").get(0).dueAt()).isEqualTo(TUE_0900);
        assertThat(of(evaluate(MON2_0900, incident(Severity.MEDIUM)), "resolution.case").get(0).dueAt()).isEqualTo(THU_0900);
        assertThat(of(evaluate(MON2_0900, incident(Severity.LOW)), "resolution.case").get(0).dueAt()).isEqualTo(MON2_0900);
    }

    @Test
    void aConfiguredSeverityTarget_replacesTheDefault() {
        ServiceStandards fast = ServiceStandards.builder().config(StandardsConfig.builder()
                .target("resolution.case", "severity:MEDIUM", Target.parse("1 business day")).build()).build();

        Evaluation e = fast.evaluate(records(incident(Severity.MEDIUM)), MON2_0900);

        assertThat(of(e, "resolution.case").get(0).dueAt()).isEqualTo(TUE_0900);
    }

    @Test
    void waitingOnTheCustomer_shiftsTheDeadline() {
        SupportCase paused = incident(Severity.CRITICAL, status(MON_1000, CaseStatus.WAITING_ON_CUSTOMER),
                status(MON_1200, CaseStatus.OPEN));

        assertThat(of(evaluate(WED_0900, paused), "resolution.case").get(0).dueAt()).isEqualTo(MON_1500);
    }

    @Test
    void theFirstResolutionStopsTheClock_aReopeningDoesNotRestartIt() {
        SupportCase reopened = incident(Severity.CRITICAL, status(MON_1000, CaseStatus.RESOLVED),
                status(MON_1200, CaseStatus.OPEN), status(TUE_1000, CaseStatus.RESOLVED));

        Evaluation e = evaluate(WED_0900, reopened);

        assertThat(kinds(e, "resolution.case")).containsExactly(FindingKind.MET);
        assertThat(of(e, "resolution.case").get(0).at()).isEqualTo(MON_1000);
        assertThat(of(e, "resolution.escalate.overdue")).isEmpty();
    }

    @Test
    void aCaseWithoutSeverity_orWithAComplaint_isNotMeasured() {
        SupportCase complaintCase = incident(Severity.CRITICAL);
        Complaint complaint = new Complaint("K-1", ALICE, "INC-1", MON_0900, ComplaintCategory.OTHER, Severity.LOW,
                null, null, null, null, null);

        assertThat(of(evaluate(WED_0900, incident(null)), "resolution.case")).isEmpty();
        Evaluation e = evaluate(WED_0900, complaintCase, complaint);
        assertThat(e.findings()).filteredOn(f -> f.family().equals("resolution")).isEmpty();
    }

    @Test
    void overdue_supervisorAtTheDeadline_managerOneBusinessDayLater_thenNoFurther() {
        SupportCase open = incident(Severity.CRITICAL);

        assertThat(of(evaluate(MON_1300, open), "resolution.escalate.overdue")).isEmpty();
        List<Finding> justPast = of(evaluate(MON_1300.plusSeconds(1), open), "resolution.escalate.overdue");
        assertThat(justPast).extracting(f -> f.attribute("level")).containsExactly("supervisor");
        assertThat(justPast.get(0).at()).isEqualTo(MON_1300);
        assertThat(justPast.get(0).reason()).isEqualTo("Case INC-1 of customer C-ALICE (severity critical), opened"
                + " Mon 2 Mar 2026 09:00, was not resolved by its 4 business hours target (due Mon 2 Mar 2026 13:00);"
                + " escalate to a supervisor.");

        List<Finding> later = of(evaluate(MON2_0900, open), "resolution.escalate.overdue");
        assertThat(later).extracting(f -> f.attribute("level")).containsExactly("supervisor", "manager");
        assertThat(later).extracting(Finding::at).containsExactly(MON_1300, at(3, 13, 0));
        assertThat(later).allSatisfy(f -> assertThat(f.kind()).isEqualTo(FindingKind.ESCALATION));
    }

    @Test
    void overdue_resolvedBetweenTheLevels_stopsTheLadder() {
        SupportCase resolvedLate = incident(Severity.CRITICAL, status(MON_1500, CaseStatus.RESOLVED));

        assertThat(of(evaluate(MON2_0900, resolvedLate), "resolution.escalate.overdue"))
                .extracting(f -> f.attribute("level")).containsExactly("supervisor");
    }

    @Test
    void overdue_levelsComeFromConfiguration() {
        ServiceStandards three = ServiceStandards.builder().config(StandardsConfig.builder()
                .parameter("resolution.escalate.overdue", "levels", "team lead, supervisor, director").build()).build();

        assertThat(three.evaluate(records(incident(Severity.CRITICAL)), MON2_0900).findings("resolution.escalate.overdue"))
                .extracting(f -> f.attribute("level")).containsExactly("team lead", "supervisor", "director");
    }

    @Test
    void reassigned_threeTimesWhileOpen_escalatesAtTheThirdReassignment() {
        Evaluation e = evaluate(MON_1500, reassigned(Severity.LOW, 3));

        List<Finding> found = of(e, "resolution.escalate.reassigned");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).at()).isEqualTo(at(2, 12, 0));
        assertThat(found.get(0).attribute("level")).isEqualTo("supervisor");
        assertThat(found.get(0).reason()).isEqualTo("Case INC-1 of customer C-ALICE (severity low), opened Mon 2 Mar"
                + " 2026 09:00, was passed on 3 times while unresolved (desk -> team-1 -> team-2 -> team-3), the last on"
                + " Mon 2 Mar 2026 12:00: the customer is getting the runaround; escalate to a supervisor.");
    }

    @Test
    void reassigned_twice_orResolvedBeforeTheThird_orNotYetKnown_givesNone() {
        assertThat(of(evaluate(MON_1500, reassigned(Severity.LOW, 2)), "resolution.escalate.reassigned")).isEmpty();
        assertThat(of(evaluate(MON_1500, reassigned(Severity.LOW, 3, status(at(2, 11, 30), CaseStatus.RESOLVED))),
                "resolution.escalate.reassigned")).isEmpty();
        assertThat(of(evaluate(at(2, 11, 59), reassigned(Severity.LOW, 3)), "resolution.escalate.reassigned")).isEmpty();
    }

    @Test
    void reassigned_thresholdComesFromConfiguration() {
        ServiceStandards two = ServiceStandards.builder().config(StandardsConfig.builder()
                .parameter("resolution.escalate.reassigned", "reassignments", 2).build()).build();

        assertThat(two.evaluate(records(reassigned(Severity.LOW, 2)), MON_1500).findings("resolution.escalate.reassigned"))
                .extracting(Finding::at).containsExactly(at(2, 11, 0));
    }
}
