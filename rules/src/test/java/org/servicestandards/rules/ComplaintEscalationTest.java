package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.ComplaintFixtures.*;
import static org.servicestandards.rules.Fixtures.*;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Agent;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Severity;

/** The complaint.escalate.* triggers and the escalation hierarchy (decisions 14-17). */
class ComplaintEscalationTest {
    /** Monday 9 March 2026 is a holiday. */
    private static final BusinessCalendar WITH_HOLIDAY = BusinessCalendar.builder(ZoneOffset.UTC)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).holiday(LocalDate.of(2026, 3, 9)).build();
    private static final ServiceStandards HOLIDAY = ServiceStandards.builder()
            .config(StandardsConfig.builder().calendar(WITH_HOLIDAY).build()).build();
    private static final ServiceStandards HOLIDAY_THREE_LEVELS = ServiceStandards.builder()
            .config(StandardsConfig.builder().calendar(WITH_HOLIDAY)
                    .parameter("complaint.escalate.overdue", "levels", "supervisor, manager, director").build()).build();
    private static final ServiceStandards TUNED = ServiceStandards.builder().config(StandardsConfig.builder()
            .parameter("complaint.escalate.demeanour", "demeanours", "upset, irate")
            .parameter("complaint.escalate.repeat-contact", "contacts", 2)
            .parameter("complaint.escalate.high-value", "threshold", 500)
            .build()).build();

    private static final Object CASE_K1 = openCase(CASE, MON_0900);

    private static List<String> escalationsOf(Evaluation e, String trigger) {
        return ladder(e).stream().filter(s -> s.startsWith(trigger + ":")).toList();
    }

    private static Dataset withCustomer(Customer alice, Object... records) {
        Dataset.Builder b = Dataset.builder().add(alice);
        for (Object r : records) {
            b.addRecord(r);
        }
        return b.build();
    }

    // ---------------------------------------------------------------------------------------------
    // Overdue ladder (decision 14)

    @Test
    void overdue_supervisorJustPastTheResolutionDeadline_managerOneBusinessDayLater_thenNoFurther() {
        Complaint c = complaint(MON_0900);
        assertThat(escalationsOf(evaluate(WED_0900, CASE_K1, c), "overdue")).isEmpty();
        assertThat(escalationsOf(evaluate(WED_0900.plusSeconds(1), CASE_K1, c), "overdue"))
                .containsExactly("overdue:supervisor@" + WED_0900);
        assertThat(escalationsOf(evaluate(THU_0900, CASE_K1, c), "overdue"))
                .containsExactly("overdue:supervisor@" + WED_0900);
        assertThat(escalationsOf(evaluate(THU_0900.plusSeconds(1), CASE_K1, c), "overdue"))
                .containsExactly("overdue:manager@" + THU_0900, "overdue:supervisor@" + WED_0900);
        assertThat(escalationsOf(evaluate(at(20, 9, 0), CASE_K1, c), "overdue"))
                .containsExactly("overdue:manager@" + THU_0900, "overdue:supervisor@" + WED_0900);
    }

    @Test
    void overdue_escalationFindingNamesLevelTriggerInstantAndEvidence() {
        Evaluation e = evaluate(WED_0900.plusSeconds(1), CASE_K1,
                withCategory(complaint(MON_0900), ComplaintCategory.BILLING_MISTAKE));
        Finding f = escalations(e).get(0);
        assertThat(f.standardId()).isEqualTo("complaint.escalate.overdue");
        assertThat(f.subjectType()).isEqualTo("complaint");
        assertThat(f.subjectId()).isEqualTo(COMPLAINT);
        assertThat(f.customerId()).isEqualTo(ALICE);
        assertThat(f.caseId()).isEqualTo(CASE);
        assertThat(f.agentId()).isEqualTo("A-1");
        assertThat(f.startedAt()).isEqualTo(MON_0900);
        assertThat(f.dueAt()).isEqualTo(WED_0900);
        assertThat(f.at()).isEqualTo(WED_0900);
        assertThat(f.attribute("level")).isEqualTo("supervisor");
        assertThat(f.attribute("trigger")).isEqualTo("overdue");
        assertThat(f.attribute("queue")).isEqualTo("billing");
        assertThat(f.evidence()).containsExactly(new RecordRef("complaint", COMPLAINT), new RecordRef("case", CASE));
        assertThat(f.reason()).isEqualTo("Complaint CP-1 (billing mistake) of customer C-ALICE, received Mon 2 Mar 2026"
                + " 09:00: it was not resolved by its 2 business days resolution deadline (Wed 4 Mar 2026 09:00);"
                + " escalate to a supervisor (billing queue).");
    }

    @Test
    void overdue_ladderAcrossAWeekendAndAHoliday() {
        // received Wed 4 Mar 10:00: resolution due Fri 6 Mar 10:00 (supervisor); + 1 business day skips
        // the weekend and the Monday holiday: Tue 10 Mar 10:00 (manager); + 1: Wed 11 Mar 10:00 (director)
        Complaint c = complaint(at(4, 10, 0));
        Instant supervisor = at(6, 10, 0);
        Instant manager = at(10, 10, 0);
        Instant director = at(11, 10, 0);
        assertThat(escalationsOf(HOLIDAY_THREE_LEVELS.evaluate(records(CASE_K1, c), at(9, 16, 0)), "overdue"))
                .containsExactly("overdue:supervisor@" + supervisor);
        assertThat(escalationsOf(HOLIDAY_THREE_LEVELS.evaluate(records(CASE_K1, c), manager), "overdue"))
                .containsExactly("overdue:supervisor@" + supervisor);
        assertThat(escalationsOf(HOLIDAY_THREE_LEVELS.evaluate(records(CASE_K1, c), manager.plusSeconds(1)), "overdue"))
                .containsExactly("overdue:manager@" + manager, "overdue:supervisor@" + supervisor);
        assertThat(escalationsOf(HOLIDAY_THREE_LEVELS.evaluate(records(CASE_K1, c), at(13, 9, 0)), "overdue"))
                .containsExactly("overdue:director@" + director, "overdue:manager@" + manager,
                        "overdue:supervisor@" + supervisor);
        // with the default levels the ladder stops at the manager
        assertThat(escalationsOf(HOLIDAY.evaluate(records(CASE_K1, c), at(20, 9, 0)), "overdue"))
                .containsExactly("overdue:manager@" + manager, "overdue:supervisor@" + supervisor);
        Finding third = HOLIDAY_THREE_LEVELS.evaluate(records(CASE_K1, c), at(13, 9, 0)).findings().stream()
                .filter(f -> "director".equals(f.attribute("level"))).findFirst().orElseThrow();
        assertThat(third.reason()).contains("still unresolved 2 x 1 business day after its resolution deadline"
                + " (Fri 6 Mar 2026 10:00), at Wed 11 Mar 2026 10:00; escalate to a director");
    }

    @Test
    void overdue_aPauseOfTheCaseShiftsTheNextStep() {
        // waiting on the customer Wednesday 12:00-14:00: the manager step moves from Thursday 09:00 to 11:00
        Object paused = openCase(CASE, MON_0900, status(at(4, 12, 0), CaseStatus.WAITING_ON_CUSTOMER),
                status(at(4, 14, 0), CaseStatus.OPEN));
        assertThat(escalationsOf(evaluate(FRI_0900, paused, complaint(MON_0900)), "overdue"))
                .containsExactly("overdue:manager@" + at(5, 11, 0), "overdue:supervisor@" + WED_0900);
    }

    @Test
    void noDuplicate_whenEvaluatedTwiceOrAtTwoLaterInstants() {
        Object[] records = {CASE_K1, withDemeanour(complaint(MON_0900), Demeanour.IRATE),
                inbound("I-1", Channel.PHONE, CASE, MON_1000), inbound("I-2", Channel.PHONE, CASE, MON_1200),
                inbound("I-3", Channel.EMAIL, CASE, MON_1500), inbound("I-4", Channel.PHONE, CASE, TUE_1000)
                        .withDemeanour(Demeanour.ABUSIVE)};
        Evaluation first = evaluate(THU_0900.plusSeconds(1), records);
        Evaluation again = evaluate(THU_0900.plusSeconds(1), records);
        Evaluation later = evaluate(MON2_0900, records);
        Evaluation muchLater = evaluate(at(31, 9, 0), records);
        assertThat(escalations(again)).isEqualTo(escalations(first));
        assertThat(escalations(later)).isEqualTo(escalations(first));
        assertThat(escalations(muchLater)).isEqualTo(escalations(first));
        assertThat(ladder(first)).containsExactly("demeanour:supervisor@" + MON_0900, "overdue:manager@" + THU_0900,
                "overdue:supervisor@" + WED_0900, "repeat-contact:supervisor@" + MON_1500);
    }

    @Test
    void resolvedBeforeTheEscalationInstant_givesNone() {
        Complaint c = complaint(MON_0900);
        assertThat(ladder(evaluate(FRI_0900, CASE_K1, resolved(c, WED_0900.minusSeconds(1))))).isEmpty();
        assertThat(ladder(evaluate(FRI_0900, CASE_K1, resolved(c, WED_0900)))).isEmpty();
        // resolved between the steps: the supervisor step stands, the manager step never came
        assertThat(ladder(evaluate(FRI_0900, CASE_K1, resolved(c, at(4, 12, 0)))))
                .containsExactly("overdue:supervisor@" + WED_0900);
        assertThat(ladder(evaluate(FRI_0900, CASE_K1, resolved(c, THU_0900))))
                .containsExactly("overdue:supervisor@" + WED_0900);
        // resolved after both: both stay in the history
        assertThat(ladder(evaluate(MON2_0900, CASE_K1, resolved(c, FRI_0900))))
                .containsExactly("overdue:manager@" + THU_0900, "overdue:supervisor@" + WED_0900);
    }

    // ---------------------------------------------------------------------------------------------
    // Demeanour

    @Test
    void demeanour_irateWhenLodging_escalatesAtReceipt() {
        Evaluation e = evaluate(MON_1000, CASE_K1, inbound("I-1", Channel.PHONE, CASE, MON_0900),
                lodgedIn(withDemeanour(complaint(MON_0900), Demeanour.IRATE), "I-1"));
        assertThat(ladder(e)).containsExactly("demeanour:supervisor@" + MON_0900);
        Finding f = escalations(e).get(0);
        assertThat(f.evidence()).containsExactly(new RecordRef("complaint", COMPLAINT), RecordRef.interaction("I-1"));
        assertThat(f.reason()).contains("the customer was irate when lodging it (Mon 2 Mar 2026 09:00);"
                + " escalate to a supervisor");
    }

    @Test
    void demeanour_changingWithinTheCase_escalatesOnceAtTheFirstIrateMoment() {
        Object[] records = {CASE_K1, lodgedIn(complaint(MON_0900), "I-1"),
                inbound("I-1", Channel.EMAIL, CASE, MON_0900).withDemeanour(Demeanour.CALM),
                inbound("I-2", Channel.PHONE, CASE, MON_1200).withDemeanour(Demeanour.UPSET),
                outbound("I-3", Channel.PHONE, CASE, MON_1500).withDemeanour(Demeanour.THREATENING),
                inbound("I-4", Channel.PHONE, CASE, TUE_1000).withDemeanour(Demeanour.IRATE),
                inbound("I-5", Channel.EMAIL, CASE, WED_0900).withDemeanour(Demeanour.ABUSIVE),
                inbound("I-6", Channel.PHONE, CASE, THU_0900).withDemeanour(Demeanour.CALM)};
        assertThat(escalationsOf(evaluate(TUE_1000.minusSeconds(1), records), "demeanour")).isEmpty();
        assertThat(escalationsOf(evaluate(TUE_1000, records), "demeanour"))
                .containsExactly("demeanour:supervisor@" + TUE_1000);
        Evaluation later = evaluate(FRI_0900, records);
        assertThat(escalationsOf(later, "demeanour")).containsExactly("demeanour:supervisor@" + TUE_1000);
        Finding f = escalations(later).stream().filter(x -> x.standardId().equals("complaint.escalate.demeanour"))
                .findFirst().orElseThrow();
        assertThat(f.evidence()).containsExactly(new RecordRef("complaint", COMPLAINT), RecordRef.interaction("I-4"));
    }

    @Test
    void demeanour_irateOnlyAfterTheResolution_orBeforeTheComplaint_givesNone() {
        Evaluation e = evaluate(FRI_0900, openCase(CASE, at(1, 12, 0)),
                inbound("I-0", Channel.PHONE, CASE, at(2, 8, 0)).withDemeanour(Demeanour.IRATE),
                resolved(complaint(MON_0900), MON_1200),
                inbound("I-2", Channel.PHONE, CASE, TUE_1000).withDemeanour(Demeanour.IRATE));
        assertThat(escalationsOf(e, "demeanour")).isEmpty();
    }

    @Test
    void demeanour_configuredDemeanours() {
        Evaluation e = TUNED.evaluate(records(CASE_K1, withDemeanour(complaint(MON_0900), Demeanour.UPSET)), MON_1000);
        assertThat(escalationsOf(e, "demeanour")).containsExactly("demeanour:supervisor@" + MON_0900);
        Evaluation abusive = TUNED.evaluate(records(CASE_K1, withDemeanour(complaint(MON_0900), Demeanour.ABUSIVE)),
                MON_1000);
        assertThat(escalationsOf(abusive, "demeanour")).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // Repeat contact (decision 15)

    @Test
    void repeatContact_theThirdInboundContact_lodgingIncluded_escalatesOnce() {
        Object[] records = {CASE_K1, lodgedIn(complaint(MON_0900), "I-1"),
                inbound("I-1", Channel.EMAIL, CASE, MON_0900),
                outbound("I-2", Channel.EMAIL, CASE, MON_1000),
                inbound("I-3", Channel.PHONE, CASE, MON_1500).withMissed(true),
                inbound("I-4", Channel.PHONE, CASE, TUE_1000),
                inbound("I-5", Channel.PHONE, CASE, WED_0900.minusSeconds(60)),
                inbound("I-6", Channel.WEB, CASE, WED_0900.minusSeconds(30))};
        assertThat(escalationsOf(evaluate(TUE_1000.minusSeconds(1), records), "repeat-contact")).isEmpty();
        Evaluation e = evaluate(WED_0900, records);
        assertThat(escalationsOf(e, "repeat-contact")).containsExactly("repeat-contact:supervisor@" + TUE_1000);
        Finding f = escalations(e).stream().filter(x -> "repeat-contact".equals(x.attribute("trigger"))).findFirst()
                .orElseThrow();
        assertThat(f.evidence()).containsExactly(new RecordRef("complaint", COMPLAINT), RecordRef.interaction("I-1"),
                RecordRef.interaction("I-3"), RecordRef.interaction("I-4"));
        assertThat(f.reason()).contains("the customer contacted us 3 times about it while it was unresolved"
                + " (email I-1 Mon 2 Mar 2026 09:00, phone call I-3 Mon 2 Mar 2026 15:00,"
                + " phone call I-4 Tue 3 Mar 2026 10:00)");
    }

    @Test
    void repeatContact_contactsBeforeTheReceiptDoNotCount_contactsAboutTheComplaintDo() {
        Evaluation e = evaluate(WED_0900.minusSeconds(1), openCase(CASE, at(1, 12, 0)),
                inbound("I-0", Channel.PHONE, CASE, at(2, 8, 0)),
                complaint(MON_0900),
                inbound("I-1", Channel.EMAIL, CASE, MON_0900),
                inbound("I-2", Channel.PHONE, CASE, MON_1200),
                inbound("I-3", Channel.PHONE, null, TUE_1000).withAbout(COMPLAINT));
        assertThat(escalationsOf(e, "repeat-contact")).containsExactly("repeat-contact:supervisor@" + TUE_1000);
        assertThat(escalationsOf(evaluate(WED_0900.minusSeconds(1), openCase(CASE, at(1, 12, 0)),
                inbound("I-0", Channel.PHONE, CASE, at(2, 8, 0)), complaint(MON_0900),
                inbound("I-1", Channel.EMAIL, CASE, MON_0900), inbound("I-2", Channel.PHONE, CASE, MON_1200)),
                "repeat-contact")).isEmpty();
    }

    @Test
    void repeatContact_thirdContactAfterTheResolution_givesNone() {
        Evaluation e = evaluate(WED_0900, CASE_K1, resolved(complaint(MON_0900), MON_1500),
                inbound("I-1", Channel.EMAIL, CASE, MON_0900), inbound("I-2", Channel.PHONE, CASE, MON_1200),
                inbound("I-3", Channel.PHONE, CASE, TUE_1000));
        assertThat(escalationsOf(e, "repeat-contact")).isEmpty();
    }

    @Test
    void repeatContact_configuredCount() {
        Evaluation e = TUNED.evaluate(records(CASE_K1, complaint(MON_0900), inbound("I-1", Channel.EMAIL, CASE, MON_0900),
                inbound("I-2", Channel.PHONE, CASE, MON_1200)), TUE_0900);
        assertThat(escalationsOf(e, "repeat-contact")).containsExactly("repeat-contact:supervisor@" + MON_1200);
    }

    // ---------------------------------------------------------------------------------------------
    // Guarantee (decision 17) and high lifetime value (decision 16)

    @Test
    void guaranteeFailure_escalatesToAManagerAtReceipt() {
        Evaluation e = evaluate(MON_0900, CASE_K1, withCategory(complaint(MON_0900), ComplaintCategory.GUARANTEE_FAILURE));
        assertThat(ladder(e)).containsExactly("guarantee:manager@" + MON_0900);
        assertThat(escalations(e).get(0).attribute("queue")).isEqualTo("quality");
        assertThat(escalations(e).get(0).reason()).contains("a product guarantee or promise was not kept;"
                + " escalate to a manager (quality queue)");
    }

    @Test
    void guaranteeFailureResolvedOnTheSpot_givesNone() {
        Complaint c = withCategory(complaint(MON_0900), ComplaintCategory.GUARANTEE_FAILURE);
        assertThat(ladder(evaluate(FRI_0900, CASE_K1, resolved(c, MON_0900)))).isEmpty();
    }

    @Test
    void highLifetimeValue_strictlyAboveTheThreshold_escalatesToASupervisor() {
        Customer atThreshold = Customer.of(ALICE).withLifetimeValue(new BigDecimal("10000"));
        Customer above = Customer.of(ALICE).withLifetimeValue(new BigDecimal("10000.01"));
        assertThat(ladder(DEFAULTS.evaluate(withCustomer(atThreshold, CASE_K1, complaint(MON_0900)), MON_1000))).isEmpty();
        assertThat(ladder(DEFAULTS.evaluate(withCustomer(Customer.of(ALICE), CASE_K1, complaint(MON_0900)), MON_1000)))
                .isEmpty();
        Evaluation e = DEFAULTS.evaluate(withCustomer(above, CASE_K1, complaint(MON_0900)), MON_1000);
        assertThat(ladder(e)).containsExactly("high-value:supervisor@" + MON_0900);
        assertThat(escalations(e).get(0).evidence())
                .containsExactly(new RecordRef("complaint", COMPLAINT), new RecordRef("customer", ALICE));
        assertThat(escalations(e).get(0).reason()).contains("the customer's lifetime value, 10000.01, is above 10000");
        Evaluation tuned = TUNED.evaluate(withCustomer(Customer.of(ALICE).withLifetimeValue(new BigDecimal("501")),
                CASE_K1, complaint(MON_0900)), MON_1000);
        assertThat(ladder(tuned)).containsExactly("high-value:supervisor@" + MON_0900);
    }

    // ---------------------------------------------------------------------------------------------
    // Levels reached by hand

    @Test
    void supervisorInvolvedBeforeTheStep_suppressesTheSupervisorStep_notTheManagerStep() {
        Evaluation e = evaluate(FRI_0900, CASE_K1, complaint(MON_0900),
                outbound("I-1", Channel.PHONE, CASE, TUE_1000).withFlags(Flag.SUPERVISOR_INVOLVED));
        assertThat(ladder(e)).containsExactly("overdue:manager@" + THU_0900);
    }

    @Test
    void supervisorInvolvedExactlyAtTheStep_suppressesIt_justAfter_doesNot() {
        assertThat(ladder(evaluate(FRI_0900, CASE_K1, complaint(MON_0900),
                outbound("I-1", Channel.PHONE, CASE, WED_0900).withFlags(Flag.SUPERVISOR_INVOLVED))))
                .containsExactly("overdue:manager@" + THU_0900);
        assertThat(ladder(evaluate(FRI_0900, CASE_K1, complaint(MON_0900),
                outbound("I-1", Channel.PHONE, CASE, WED_0900.plusSeconds(1)).withFlags(Flag.SUPERVISOR_INVOLVED))))
                .containsExactly("overdue:manager@" + THU_0900, "overdue:supervisor@" + WED_0900);
    }

    @Test
    void managerInvolved_coversTheSupervisorLevelToo() {
        Evaluation e = evaluate(FRI_0900, CASE_K1, withDemeanour(complaint(TUE_0900), Demeanour.ABUSIVE),
                inbound("I-0", Channel.PHONE, CASE, MON_1000).withFlags(Flag.MANAGER_INVOLVED));
        assertThat(ladder(e)).isEmpty();
    }

    @Test
    void supervisorInTheIrateCall_suppressesTheDemeanourEscalation_butNotTheGuaranteeOne() {
        Evaluation e = evaluate(MON_1200, CASE_K1,
                inbound("I-1", Channel.PHONE, CASE, MON_1000).withDemeanour(Demeanour.IRATE)
                        .withFlags(Flag.SUPERVISOR_INVOLVED),
                withCategory(complaint(MON_1000), ComplaintCategory.GUARANTEE_FAILURE));
        assertThat(ladder(e)).containsExactly("guarantee:manager@" + MON_1000);
    }

    @Test
    void anAgentRecordAtSupervisorLevelHandlingTheCase_countsAsReachedByHand() {
        Dataset records = Dataset.builder().add(Customer.of(ALICE)).add(new Agent("A-SUP", "Sam", "desk", "supervisor"))
                .add(openCase(CASE, MON_0900)).add(complaint(MON_0900))
                .add(outbound("I-1", Channel.PHONE, CASE, TUE_1000).withAgent("A-SUP")).build();
        assertThat(ladder(DEFAULTS.evaluate(records, FRI_0900))).containsExactly("overdue:manager@" + THU_0900);
    }

    @Test
    void involvementOnAnotherCase_doesNotCount() {
        Evaluation e = evaluate(FRI_0900, CASE_K1, openCase("K-2", MON_0900), complaint(MON_0900),
                outbound("I-1", Channel.PHONE, "K-2", TUE_1000).withFlags(Flag.MANAGER_INVOLVED));
        assertThat(ladder(e)).containsExactly("overdue:manager@" + THU_0900, "overdue:supervisor@" + WED_0900);
    }

    // ---------------------------------------------------------------------------------------------
    // Property: the findings do not depend on the order the records are given in

    @Test
    void findingsAreIndependentOfTheOrderOfTheRecords() {
        List<Object> records = new ArrayList<>(List.of(CASE_K1,
                lodgedIn(withSeverity(withCategory(complaint(MON_0900), ComplaintCategory.GUARANTEE_FAILURE),
                        Severity.HIGH), "I-1"),
                inbound("I-1", Channel.PHONE, CASE, MON_0900).withFlags(Flag.COMPLAINT_ACKNOWLEDGED),
                inbound("I-2", Channel.EMAIL, CASE, MON_1200).withDemeanour(Demeanour.IRATE),
                outbound("I-3", Channel.LETTER, CASE, TUE_1000).withFlags(Flag.REMEDY_PLAN),
                inbound("I-4", Channel.PHONE, CASE, WED_0900),
                outbound("I-5", Channel.PHONE, CASE, THU_0900).withFlags(Flag.SUPERVISOR_INVOLVED)));
        List<Finding> expected = evaluate(FRI_0900, records.toArray()).findings();
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(records, random);
            assertThat(evaluate(FRI_0900, records.toArray()).findings()).as("seed " + seed + ", round " + round)
                    .isEqualTo(expected);
        }
    }
}
