package org.servicestandards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.Channel;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;

/** The fixture language builds the records a sentence describes, and evaluates them. */
class DeskTest {
    private static final Week WEEK = Week.week(2026, 3, 2);
    private static final Instant FRI_1655 = WEEK.friday().at("16:55");
    private static final Instant MON_0950 = WEEK.next().monday().at("09:50");
    private static final Instant MON_0955 = WEEK.next().monday().at("09:55");
    private static final Instant MON_1000 = WEEK.next().monday().at("10:00");
    private static final String ALICE = "ALICE";

    private static EvaluationAssert assertThatEvaluation(Evaluation e) {
        return ServiceStandardsAssertions.assertThat(e);
    }

    @Test
    void complaintLoggedFriday1655_acknowledgedBeforeMonday1000_isMet() {
        Desk desk = Desk.on(StandardsConfig.DEFAULT_CALENDAR);
        Desk.ComplaintDraft complaint = desk.complaint(ComplaintCategory.BILLING_MISTAKE).from(ALICE)
                .by(Channel.EMAIL).at(FRI_1655);
        Desk.ContactDraft acknowledgement = desk.replyTo(complaint).by("A-7").flagged(Flag.PROCESS_TIME_STATED)
                .at(MON_0950);

        assertThatEvaluation(desk.evaluateAt(MON_1000)).hasNoInputErrors().hasNoBreaches()
                .hasMet("complaint.acknowledge").forSubject(complaint.id()).atOrBefore(MON_1000)
                .dueAt(MON_0955).withEvidence("interaction " + acknowledgement.id());
    }

    @Test
    void complaintAcknowledgedOneMinuteLate_isABreachLateByOneMinute() {
        Desk desk = Desk.withDefaults();
        Desk.ComplaintDraft complaint = desk.complaint().from(ALICE).by(Channel.EMAIL).at(FRI_1655);
        desk.replyTo(complaint).at(MON_0955.plusSeconds(60));

        assertThatEvaluation(desk.evaluateAt(MON_1000)).hasBreach("complaint.acknowledge").forSubject(complaint.id())
                .lateBy(Duration.ofMinutes(1));
    }

    @Test
    void idsAreGivenInOrder_andTheComplaintGetsACaseOpenedAtItsReceipt() {
        Desk desk = Desk.withDefaults();
        Desk.ContactDraft email = desk.email().from(ALICE).at(FRI_1655);
        Desk.ComplaintDraft complaint = desk.complaint().from(ALICE).by(Channel.PHONE).at(MON_0950);
        Dataset records = desk.records();

        assertThat(email.id()).isEqualTo("I-1");
        assertThat(complaint.id()).isEqualTo("CP-1");
        assertThat(complaint.caseId()).isEqualTo("K-1");
        assertThat(records.customers()).extracting(c -> c.id()).containsExactly(ALICE);
        SupportCase c = records.cases().get(0);
        assertThat(c.openedAt()).isEqualTo(MON_0950);
        Interaction lodged = records.interactions().get(1);
        assertThat(lodged.id()).isEqualTo(complaint.lodgedIn().id()).isEqualTo("I-2");
        assertThat(lodged.direction()).isEqualTo(Direction.INBOUND);
        assertThat(lodged.caseId()).isEqualTo("K-1");
        assertThat(lodged.at()).isEqualTo(MON_0950);
        assertThat(records.complaints().get(0).lodgedIn()).isEqualTo("I-2");
    }

    @Test
    void replyTo_aMessage_answersItOnItsChannelAndCase() {
        Desk desk = Desk.withDefaults();
        Desk.CaseDraft ticket = desk.caseFor(ALICE).assignee("A-1");
        Desk.ContactDraft question = desk.web().from(ALICE).inCase(ticket).at(FRI_1655);
        Desk.ContactDraft answer = desk.replyTo(question).by("A-1").flagged(Flag.PROCESS_TIME_STATED).at(MON_0950);
        Dataset records = desk.records();

        Interaction reply = records.interactions().stream().filter(i -> i.id().equals(answer.id())).findFirst().orElseThrow();
        assertThat(reply.channel()).isEqualTo(Channel.WEB);
        assertThat(reply.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(reply.caseId()).isEqualTo(ticket.id());
        assertThat(reply.inReplyTo()).isEqualTo(question.id());
        assertThat(records.cases().get(0).openedAt()).isEqualTo(FRI_1655);
        assertThatEvaluation(desk.evaluateAt(MON_1000)).hasMet("response.web").forSubject(question.id());
    }

    @Test
    void pausedCase_andCalls_andOrders_andCommitments() {
        Desk desk = Desk.withDefaults();
        Desk.CaseDraft ticket = desk.caseFor(ALICE).waitingOnCustomerFrom(WEEK.monday().at("10:00"))
                .openAgainAt(WEEK.wednesday().at("10:00"));
        Desk.ContactDraft email = desk.email().from(ALICE).inCase(ticket).at(WEEK.monday().at("09:30"));
        assertThatEvaluation(desk.evaluateAt(WEEK.wednesday().at("10:30"))).hasNoFindingsOf("response.email");
        desk.replyTo(email).at(WEEK.wednesday().at("11:00"));
        Desk.ContactDraft call = desk.phone().from(ALICE).answeredAfter(Duration.ofSeconds(19)).by("A-2")
                .at(WEEK.tuesday().at("11:00"));
        desk.commitment().to(ALICE).by("A-2").madeIn(call).at(WEEK.tuesday().at("11:02"))
                .due(WEEK.tuesday().at("15:00")).on(Channel.PHONE).promise("call back with the refund");
        desk.order().from(ALICE).at(WEEK.monday().at("09:00")).filledAt(WEEK.tuesday().at("09:30"))
                .line("SKU-1", 2);
        desk.phone().from("BOB").missed().at(WEEK.tuesday().at("11:00"));

        Evaluation e = desk.evaluateAt(WEEK.wednesday().at("12:00"));
        assertThatEvaluation(e).hasNoInputErrors()
                .hasMet("response.email").forCase(ticket.id()).dueAt(WEEK.thursday().at("09:30")).and()
                .hasBreach("response.phone.answer").forSubject(call.id()).and()
                .hasBreach("fulfilment.order").forSubject("O-1").lateBy(Duration.ofMinutes(30)).and()
                .hasBreach("response.callback").forCustomer("BOB").lateBy(Duration.ofHours(1));
        assertThat(desk.records().commitments().get(0).madeIn()).isEqualTo(call.id());
    }

    @Test
    void theDemeanourOfAComplaintIsRecordedOnItsLodgingContact() {
        Desk desk = Desk.withDefaults();
        Desk.ComplaintDraft complaint = desk.complaint().from(ALICE).by(Channel.PHONE).demeanour(Demeanour.IRATE)
                .at(MON_0950);
        assertThat(desk.records().interactions().get(0).demeanour()).isEqualTo(Demeanour.IRATE);
        assertThatEvaluation(desk.evaluateAt(MON_1000)).hasEscalation("complaint.escalate.demeanour")
                .forSubject(complaint.id()).toLevel("supervisor");
    }

    @Test
    void aDraftWithoutItsInstant_saysWhichSetterIsMissing() {
        Desk desk = Desk.withDefaults();
        desk.email().from(ALICE);
        assertThatThrownBy(desk::records).isInstanceOf(IllegalStateException.class)
                .hasMessage("email I-1 needs at(instant)");
        Desk other = Desk.withDefaults();
        other.email().at(FRI_1655);
        assertThatThrownBy(other::records).hasMessage("email I-1 needs from(customer) (inbound) or to(customer) (outbound)");
        Desk third = Desk.withDefaults();
        third.complaint().from(ALICE);
        assertThatThrownBy(third::records).hasMessage("complaint CP-1 needs at(instant)");
    }

    @Test
    void add_acceptsRecordsOfTheModelOnly() {
        Desk desk = Desk.withDefaults();
        desk.add(Interaction.of("X-1", ALICE, null, Channel.EMAIL, Direction.INBOUND, FRI_1655));
        desk.customer(ALICE);
        assertThat(desk.records().interactions()).extracting(Interaction::id).containsExactly("X-1");
        assertThatThrownBy(() -> desk.add("not a record")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void desksOnTheSameCalendarShareOneEvaluator() {
        assertThat(Desk.on(StandardsConfig.DEFAULT_CALENDAR).evaluator())
                .isSameAs(Desk.on(StandardsConfig.DEFAULT_CALENDAR).evaluator());
        assertThat(Desk.withDefaults().evaluator()).isSameAs(Desk.withDefaults().evaluator());
    }
}
