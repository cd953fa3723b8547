package org.servicestandards.examples.crm;

import static org.servicestandards.testkit.ServiceStandardsAssertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.Channel;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Tier;
import org.servicestandards.testkit.TestClock;
import org.servicestandards.testkit.Week;

/**
 * Our CRM's workflows meet the service standards (as a host team writes it: default calendar
 * Monday to Friday 09:00-17:00 UTC, the catalogue's default targets).
 */
class CrmComplianceTest {
    private static final ServiceStandards STANDARDS = ServiceStandards.withDefaults();

    private static final Week WEEK = Week.week(2026, 3, 2);
    private static final Instant MON_0900 = WEEK.monday().at("09:00");
    private static final Instant FRI_1655 = WEEK.friday().at("16:55");
    private static final Instant NEXT_MON_0950 = WEEK.next().monday().at("09:50");
    private static final Instant NEXT_MON_1000 = WEEK.next().monday().at("10:00");

    private TestClock clock;
    private InMemoryCrm crm;

    @BeforeEach
    void newCrm() {
        clock = TestClock.at(MON_0900.minus(Duration.ofDays(30)));
        crm = new InMemoryCrm(clock);
        crm.addCustomer("ALICE", "Alice Example", Tier.STANDARD);
        crm.addCustomer("BOB", "Bob Example", Tier.VIP);
    }

    private Evaluation complianceAt(Instant instant) {
        return STANDARDS.evaluate(crm.export(), instant);
    }

    @Test
    void aComplaintLoggedOnFridayAt1655_isAcknowledgedBeforeMondayAt1000() {
        clock.set(FRI_1655);
        String complaint = crm.logComplaint("ALICE", ComplaintCategory.BILLING_MISTAKE, Channel.EMAIL,
                "You charged me twice for March.");
        clock.set(NEXT_MON_0950);
        crm.acknowledge(complaint, "A-7");

        // Friday 16:55 + 1 business hour = Monday 09:55
        assertThat(complianceAt(NEXT_MON_1000)).hasNoInputErrors().hasNoBreaches()
                .hasMet("complaint.acknowledge").forSubject(complaint).atOrBefore(NEXT_MON_1000)
                .dueAt(WEEK.next().monday().at("09:55"));
    }

    @Test
    void ourAutomaticReceipt_isNotAnAcknowledgement() {
        clock.set(FRI_1655);
        String complaint = crm.logComplaint("ALICE", ComplaintCategory.DELIVERY_DELAY, Channel.WEB,
                "My parcel is a week late.");

        assertThat(complianceAt(NEXT_MON_1000)).hasBreach("complaint.acknowledge").forSubject(complaint)
                .lateBy(Duration.ofMinutes(5));
    }

    @Test
    void theFirstReplyTemplate_statesTheProcessTime() {
        clock.set(MON_0900);
        String ticket = crm.logEmail("ALICE", "How do I change my billing address?");
        clock.set(WEEK.monday().at("11:00"));
        crm.reply(ticket, "A-1", "You can change it under Account > Billing; I have sent you the link.");

        assertThat(complianceAt(WEEK.monday().at("12:00"))).hasMet("update.process-time").forSubject(ticket)
                .and().hasMet("response.email").forCase(ticket).forAgent("A-1");
    }

    @Test
    void emailsAnsweredByTheNextMorning_meetTheOneBusinessDayStandard() {
        for (Week.Day day = WEEK.monday(); day.date().isBefore(WEEK.saturday().date()); day = day.next()) {
            for (String time : new String[] {"10:15", "14:40", "16:50"}) {
                clock.set(day.at(time));
                String ticket = crm.logEmail("BOB", "A question sent at " + time);
                clock.set(day.next().at("09:30"));
                crm.reply(ticket, "A-2", "Here is the answer.");
            }
        }
        // Friday's emails are answered on Saturday morning: after the weekend's closed hours, still in time.
        assertThat(complianceAt(WEEK.next().monday().at("12:00"))).complianceOf("response.email").isAtLeast(0.95)
                .hasMeasured(15).and().hasNoBreachesOf("response.email");
    }

    @Test
    void aReplyOneMinuteAfterTheBusinessDay_isLateByOneMinute() {
        clock.set(WEEK.tuesday().at("14:00"));
        String ticket = crm.logEmail("ALICE", "Where is my refund?");
        clock.set(WEEK.wednesday().at("14:01"));
        crm.reply(ticket, "A-3", "The refund left us today.");

        assertThat(complianceAt(WEEK.wednesday().at("15:00"))).hasBreach("response.email").forCase(ticket)
                .lateBy(Duration.ofMinutes(1)).forAgent("A-3");
    }

    @Test
    void waitingOnTheCustomer_stopsTheUpdateClock() {
        clock.set(MON_0900);
        String ticket = crm.logEmail("ALICE", "My router keeps restarting.");
        clock.set(WEEK.monday().at("10:00"));
        crm.reply(ticket, "A-1", "Could you send us a photo of the lights on the front?");
        crm.waitForCustomer(ticket);
        Instant thursday = WEEK.thursday().at("12:00");

        // Two business days without an update would be due on Wednesday 10:00; the pause holds the clock.
        assertThat(complianceAt(thursday)).hasNoBreachesOf("update.periodic");
    }

    @Test
    void withoutThePause_theSameSilenceBreachesTheUpdateStandard() {
        clock.set(MON_0900);
        String ticket = crm.logEmail("ALICE", "My router keeps restarting.");
        clock.set(WEEK.monday().at("10:00"));
        crm.reply(ticket, "A-1", "We are looking into it.");

        assertThat(complianceAt(WEEK.thursday().at("12:00"))).hasBreach("update.periodic").forSubject(ticket)
                .lateBy(Duration.ofHours(26));
    }

    @Test
    void anIrateCustomer_bringsInASupervisorAtOnce() {
        clock.set(WEEK.tuesday().at("10:00"));
        String complaint = crm.logComplaint("BOB", ComplaintCategory.INCOMPETENT_EMPLOYEE, Channel.PHONE,
                "Nobody ever calls me back!", Demeanour.IRATE);

        assertThat(complianceAt(WEEK.tuesday().at("10:05"))).hasEscalation("complaint.escalate.demeanour")
                .forSubject(complaint).toLevel("supervisor");
    }

    @Test
    void aComplaintLeftUnresolved_goesToASupervisor_thenToAManager() {
        clock.set(MON_0900);
        String complaint = crm.logComplaint("ALICE", ComplaintCategory.BAD_QUALITY, Channel.EMAIL, "It broke.");
        clock.set(WEEK.monday().at("09:30"));
        crm.acknowledge(complaint, "A-1");
        clock.set(WEEK.monday().at("15:00"));
        crm.sendRemedyPlan(complaint, "A-1", "We will send a replacement by Wednesday.");

        assertThat(complianceAt(WEEK.wednesday().at("10:00"))).hasBreach("complaint.resolve").forSubject(complaint)
                .lateBy(Duration.ofHours(1)).and()
                .hasEscalation("complaint.escalate.overdue").forSubject(complaint).toLevel("supervisor");
        assertThat(complianceAt(WEEK.thursday().at("10:00"))).hasEscalation("complaint.escalate.overdue")
                .toLevel("manager").dueAt(WEEK.thursday().at("09:00"));
    }

    @Test
    void aComplaintResolvedWithinTwoBusinessDays_meetsEveryComplaintStandard() {
        clock.set(MON_0900);
        String complaint = crm.logComplaint("BOB", ComplaintCategory.BILLING_MISTAKE, Channel.EMAIL, "Wrong amount.");
        clock.set(WEEK.monday().at("09:20"));
        crm.acknowledge(complaint, "A-2");
        clock.set(WEEK.monday().at("13:00"));
        crm.sendRemedyPlan(complaint, "A-2", "We will refund the difference by Tuesday noon.");
        clock.set(WEEK.tuesday().at("11:00"));
        crm.resolve(crm.ticketOf(complaint), "A-2");

        Evaluation e = complianceAt(WEEK.wednesday().at("12:00"));
        for (String standard : new String[] {"complaint.acknowledge", "complaint.remedy-plan", "complaint.resolve"}) {
            assertThat(e).hasMet(standard).forSubject(complaint);
        }
        assertThat(e).hasNoFindingsOf("complaint.escalate.overdue");
    }

    @Test
    void resolvingAnIrateCustomersTicket_obligesAFollowUpCallWithinTwoBusinessDays() {
        clock.set(WEEK.monday().at("10:00"));
        String complaint = crm.logComplaint("BOB", ComplaintCategory.BILLING_MISTAKE, Channel.PHONE,
                "This is the third wrong bill!", Demeanour.IRATE);
        clock.set(WEEK.monday().at("10:20"));
        crm.acknowledge(complaint, "A-2");
        clock.set(WEEK.monday().at("15:00"));
        crm.resolve(crm.ticketOf(complaint), "A-2");

        assertThat(complianceAt(WEEK.tuesday().at("09:00"))).hasObligation("followup.irate")
                .forSubject(crm.ticketOf(complaint)).dueBefore(WEEK.thursday().at("09:00"))
                .dueAt(WEEK.wednesday().at("15:00"));
    }

    @Test
    void aCallBackPromisedByThree_andMadeAtHalfPastTwo_keepsThePromise() {
        clock.set(WEEK.tuesday().at("11:00"));
        String ticket = crm.logCall("ALICE", "A-5", 8);
        String promise = crm.promiseCallback(ticket, "A-5", WEEK.tuesday().at("15:00"));
        clock.set(WEEK.tuesday().at("14:30"));
        crm.callBack(ticket, "A-5");

        assertThat(complianceAt(WEEK.tuesday().at("16:00"))).hasMet("followup.commitment").forSubject(promise)
                .atOrBefore(WEEK.tuesday().at("15:00"));
    }

    @Test
    void aMissedCallOnFriday_calledBackOnMondayMorning_meetsTheCallbackStandard() {
        clock.set(WEEK.friday().at("16:30"));
        String ticket = crm.logMissedCall("BOB");
        clock.set(NEXT_MON_0950);
        crm.callBack(ticket, "A-4");

        assertThat(complianceAt(NEXT_MON_1000)).hasMet("response.callback").forCase(ticket)
                .dueAt(WEEK.next().monday().at("16:30")).and()
                .hasBreach("response.phone.answer").forCase(ticket);
    }

    @Test
    void ordersShippedWithinABusinessDay_andOneThatWaitedTheWeekend() {
        clock.set(WEEK.thursday().at("11:00"));
        String quick = crm.placeOrder("ALICE", "ROUTER-X", 1, new BigDecimal("129.00"));
        clock.set(WEEK.friday().at("15:00"));
        String slow = crm.placeOrder("BOB", "MESH-KIT", 3, new BigDecimal("349.00"));
        clock.set(WEEK.friday().at("10:00"));
        crm.ship(quick);
        clock.set(WEEK.next().monday().at("16:00"));
        crm.ship(slow);

        Evaluation e = complianceAt(WEEK.next().tuesday().at("09:00"));
        assertThat(e).hasMet("fulfilment.order").forSubject(quick).and()
                .hasBreach("fulfilment.order").forSubject(slow).lateBy(Duration.ofHours(1)).and()
                .complianceOf("fulfilment.order").isAtMost(0.5);
    }
}
