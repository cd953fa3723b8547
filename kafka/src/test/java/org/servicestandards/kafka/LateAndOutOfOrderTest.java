package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.kafka.Harness.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;

/** Records that arrive out of order, late, corrected or retracted. */
class LateAndOutOfOrderTest {
    static final Customer ALICE = Customer.of("C-1");
    static final SupportCase CASE = SupportCase.open("CASE-1", "C-1", at(2, 9, 0));
    static final Interaction EMAIL = Interaction.of("I-1", "C-1", "CASE-1", Channel.EMAIL, Direction.INBOUND, at(2, 9, 0));
    static final Interaction REPLY = Interaction.of("I-2", "C-1", "CASE-1", Channel.EMAIL, Direction.OUTBOUND,
            at(2, 11, 0)).withAgent("A-1").withInReplyTo("I-1");

    static List<String> keys(List<FindingJson.Output> out, String standard) {
        return out.stream().filter(o -> o.key().startsWith(standard + "|"))
                .map(o -> o.event() + " " + o.key().split("\\|")[1]).toList();
    }

    @Test
    void aReplyArrivingBeforeTheEmailItAnswers_isMetWithoutABreach() {
        try (Harness h = new Harness(at(2, 12, 0))) {
            h.send(REPLY, CASE, ALICE);     // the reply first: it refers to an email not yet known
            assertThat(keys(h.findings(), "response.email")).isEmpty();
            h.send(EMAIL);
            assertThat(keys(h.findings(), "response.email")).containsExactly("raised MET");
            h.advanceTo(at(4, 12, 0));
            assertThat(keys(h.findings(), "response.email")).isEmpty();
            assertThat(h.rejected()).isEmpty();
        }
    }

    @Test
    void aReplyArrivingAfterTheBreachWasRaised_raisesMetAndWithdrawsTheBreach() {
        try (Harness h = new Harness(at(2, 8, 0))) {
            h.send(ALICE, CASE, EMAIL);
            h.stepTo(at(3, 9, 30), java.time.Duration.ofMinutes(30), t -> { });   // due Tue 09:00: breached
            assertThat(keys(h.findings(), "response.email")).containsExactly("raised AT_RISK", "raised BREACH");
            h.send(REPLY);                  // it happened on Monday; the feed was late
            List<FindingJson.Output> out = h.findings();
            assertThat(keys(out, "response.email")).containsExactlyInAnyOrder("raised MET", "withdrawn BREACH");
            FindingJson.Output met = out.stream().filter(FindingJson.Output::isRaised).findFirst().orElseThrow();
            assertThat(met.finding().at()).isEqualTo(REPLY.at());
            assertThat(met.finding().evidence()).extracting(Object::toString).contains("interaction I-2");
        }
    }

    @Test
    void aRetractedReply_withdrawsItsMetAndTheDeadlineRunsAgain() {
        try (Harness h = new Harness(at(2, 12, 0))) {
            h.send(ALICE, CASE, EMAIL, REPLY);
            assertThat(keys(h.findings(), "response.email")).containsExactly("raised MET");
            h.retract(RecordEvent.retraction("interaction", "I-2", "C-1", "CASE-1", null));
            assertThat(keys(h.findings(), "response.email")).containsExactly("withdrawn MET");
            h.stepTo(at(3, 9, 30), java.time.Duration.ofMinutes(30), t -> { });
            assertThat(keys(h.findings(), "response.email")).containsExactly("raised AT_RISK", "raised BREACH");
        }
    }

    @Test
    void aRecordSentAgainUnchanged_emitsNothing() {
        try (Harness h = new Harness(at(2, 12, 0))) {
            h.send(ALICE, CASE, EMAIL, REPLY);
            assertThat(h.findings()).isNotEmpty();
            h.send(ALICE, CASE, EMAIL, REPLY);
            assertThat(h.findings()).isEmpty();
        }
    }

    @Test
    void aCorrectedRecord_replacesTheEarlierVersion() {
        try (Harness h = new Harness(at(2, 12, 0))) {
            h.send(ALICE, CASE, EMAIL, REPLY.withInReplyTo(null));
            assertThat(keys(h.findings(), "response.email")).containsExactly("raised MET");
            h.advanceTo(at(4, 12, 0));
            // the host corrects the reply's instant: it was sent on Wednesday, after the deadline
            h.send(Interaction.of("I-2", "C-1", "CASE-1", Channel.EMAIL, Direction.OUTBOUND, at(4, 10, 0)).withAgent("A-1"));
            assertThat(keys(h.findings(), "response.email")).containsExactlyInAnyOrder("raised BREACH", "withdrawn MET");
        }
    }

    @Test
    void recordsOfOneCaseSentUnderAnyKey_meetInOneBucket() {
        try (Harness h = new Harness(at(2, 12, 0))) {
            h.sendRaw("some-producer-key", EventJson.write(ALICE));
            h.sendRaw(null, EventJson.write(CASE));
            h.sendRaw("C-1", EventJson.write(EMAIL));
            h.sendRaw("I-2", EventJson.write(REPLY));
            List<FindingJson.Output> out = h.findings();
            assertThat(keys(out, "response.email")).containsExactly("raised MET");
            assertThat(out).allMatch(o -> o.bucket().equals("case:CASE-1"));
        }
    }
}
