package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.kafka.Harness.at;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/**
 * Follow-ups discharged by a contact kept in another bucket: an outbound contact without a case
 * discharges a follow-up owed on a case, whichever arrives first; a call on a case checks in on an
 * order without one (a customer-level standard). A contact a case bucket borrows is reported on by
 * its own bucket only.
 */
class FollowUpsAcrossBucketsTest {
    static final Customer ALICE = Customer.of("C-1");
    static final SupportCase RESOLVED = new SupportCase("CASE-1", "C-1", at(2, 9, 0), "router", null, "A-1",
            List.of(new StatusChange(at(2, 11, 0), CaseStatus.RESOLVED, "A-1")));
    static final Interaction EMAIL = Interaction.of("I-1", "C-1", "CASE-1", Channel.EMAIL, Direction.INBOUND, at(2, 9, 0));
    static final Interaction REPLY = Interaction.of("I-2", "C-1", "CASE-1", Channel.EMAIL, Direction.OUTBOUND,
            at(2, 10, 0)).withAgent("A-1").withInReplyTo("I-1").withFlags(Flag.PROCESS_TIME_STATED);
    /** The survey tool's email, logged on no case. */
    static final Interaction SURVEY = Interaction.of("I-3", "C-1", null, Channel.EMAIL, Direction.OUTBOUND, at(2, 12, 0))
            .withFlags(Flag.SURVEY, Flag.AUTOMATED);

    static Set<String> followUps(Set<String> keys, String standard) {
        return keys.stream().filter(k -> k.startsWith(standard + "|")).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> batch(Instant asOf, Record... records) {
        Dataset.Builder b = Dataset.builder();
        for (Record r : records) {
            b.addRecord(r);
        }
        return BatchEquivalenceTest.keys(Harness.STANDARDS.evaluate(b.build(), asOf));
    }

    @Test
    void aSurveySentWithoutACase_dischargesTheCasesSurvey_whicheverArrivesFirst() {
        Instant asOf = at(4, 12, 0);
        Set<String> batch = followUps(batch(asOf, ALICE, RESOLVED, EMAIL, REPLY, SURVEY), "followup.survey");
        assertThat(batch).containsExactly("followup.survey|MET|case|CASE-1|2026-03-03T11:00:00Z");
        for (boolean surveyFirst : new boolean[] {true, false}) {
            try (Harness h = new Harness(at(2, 8, 0))) {
                if (surveyFirst) {
                    h.send(ALICE, SURVEY, RESOLVED, EMAIL, REPLY);
                } else {
                    h.send(ALICE, RESOLVED, EMAIL, REPLY, SURVEY);
                }
                h.stepTo(asOf, java.time.Duration.ofHours(1), t -> { });
                List<FindingJson.Output> out = h.findings();
                assertThat(followUps(BatchEquivalenceTest.reported(out), "followup.survey")).as("survey first: %s", surveyFirst)
                        .filteredOn(FindingKeys::isWithdrawable).containsExactlyElementsOf(batch);
                assertThat(out).filteredOn(o -> o.key().startsWith("followup.survey|"))
                        .allMatch(o -> o.bucket().equals("case:CASE-1"));

                // the survey was logged by mistake: the follow-up is owed again, and overdue
                h.retract(RecordEvent.retraction("interaction", "I-3", "C-1", null, null));
                h.advanceTo(asOf.plusSeconds(2));
                assertThat(LateAndOutOfOrderTest.keys(h.findings(), "followup.survey"))
                        .contains("withdrawn MET", "raised BREACH");
            }
        }
    }

    @Test
    void aCallOnACase_checksInOnAnOrderWithoutACase_atTheCustomerLevel() {
        Order order = new Order("O-1", "C-1", null, at(2, 9, 0), null, null, at(2, 9, 30), at(2, 10, 0), List.of(),
                true, true, null);
        SupportCase open = SupportCase.open("CASE-1", "C-1", at(2, 13, 0));
        Interaction call = Interaction.of("I-1", "C-1", "CASE-1", Channel.PHONE, Direction.OUTBOUND, at(2, 14, 0))
                .withAgent("A-2");
        Instant asOf = at(6, 12, 0);
        Set<String> batch = followUps(batch(asOf, ALICE, order, open, call), "followup.after-sale");
        assertThat(batch).containsExactly("followup.after-sale|MET|order|O-1|2026-03-05T10:00:00Z");
        try (Harness h = new Harness(at(2, 8, 0))) {
            h.send(ALICE, order, open, call);
            h.stepTo(asOf, java.time.Duration.ofHours(2), t -> { });
            List<FindingJson.Output> out = h.findings();
            assertThat(followUps(BatchEquivalenceTest.reported(out), "followup.after-sale"))
                    .filteredOn(FindingKeys::isWithdrawable).containsExactlyElementsOf(batch);
            // owed from the delivery until the call
            assertThat(out).filteredOn(o -> o.key().startsWith("followup.after-sale|OBLIGATION|"))
                    .allMatch(o -> !o.asOf().isBefore(order.deliveredAt()) && o.asOf().isBefore(call.at()));
            assertThat(out).filteredOn(o -> o.key().startsWith("followup.after-sale|"))
                    .allMatch(o -> o.scope() == Scope.CUSTOMER && o.bucket().equals("customer:C-1"));
        }
    }

    @Test
    void aPromiseMadeWithoutACase_isReportedOnce_byItsOwnBucket() {
        Interaction promise = Interaction.of("I-9", "C-1", null, Channel.PHONE, Direction.OUTBOUND, at(3, 10, 0))
                .withAgent("A-1").withFlags(Flag.PROMISE);
        try (Harness h = new Harness(at(2, 8, 0))) {
            h.send(ALICE, RESOLVED, EMAIL, REPLY, promise, SupportCase.open("CASE-2", "C-1", at(3, 11, 0)));
            h.stepTo(at(5, 12, 0), java.time.Duration.ofHours(1), t -> { });
            List<FindingJson.Output> about = h.findings().stream()
                    .filter(o -> o.isRaised() && "I-9".equals(o.finding().subjectId())).toList();
            assertThat(about).extracting(FindingJson.Output::key).contains(
                    "followup.commitment|OBLIGATION|interaction|I-9|2026-03-04T10:00:00Z",
                    "followup.commitment|BREACH|interaction|I-9|2026-03-04T10:00:00Z").doesNotHaveDuplicates();
            assertThat(about).allMatch(o -> o.bucket().equals("caseless:C-1"));
        }
    }
}
