package org.servicestandards.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every record rejects bad fields with a message naming the record, its id and the field. */
class RecordValidationTest {
    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void interaction_negativeRings_namesRecordAndField() {
        assertThatThrownBy(() -> Interaction.of("I-17", "C-1", null, Channel.PHONE, Direction.INBOUND, T).withRings(-2))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("interaction I-17: field 'rings' must be >= 0, was -2")
                .satisfies(e -> {
                    InvalidRecordException ire = (InvalidRecordException) e;
                    assertThat(ire.recordType()).isEqualTo("interaction");
                    assertThat(ire.recordId()).isEqualTo("I-17");
                    assertThat(ire.field()).isEqualTo("rings");
                });
    }

    @Test
    void interaction_ringsOnAnEmail_isRejected() {
        assertThatThrownBy(() -> Interaction.of("I-1", "C-1", null, Channel.EMAIL, Direction.INBOUND, T).withRings(2))
                .hasMessage("interaction I-1: field 'rings' applies to inbound phone calls only, not to inbound email");
    }

    @Test
    void interaction_abandonedButAnswered_isRejected() {
        assertThatThrownBy(() -> Interaction.of("I-1", "C-1", null, Channel.PHONE, Direction.INBOUND, T)
                .withRings(2).withAbandoned(true))
                .hasMessageContaining("field 'rings' describes an answer, but the call was abandoned");
    }

    @Test
    void interaction_missingId_andMissingChannel() {
        assertThatThrownBy(() -> Interaction.of(" ", "C-1", null, Channel.PHONE, Direction.INBOUND, T))
                .hasMessage("interaction (no id): field 'id' is required");
        assertThatThrownBy(() -> Interaction.of("I-1", "C-1", null, null, Direction.INBOUND, T))
                .hasMessage("interaction I-1: field 'channel' is required");
    }

    @Test
    void order_filledBeforeItWasReceived_isRejected() {
        assertThatThrownBy(() -> Order.received("O-1", "C-1", T).withFilledAt(T.minusSeconds(1)))
                .hasMessage("order O-1: field 'filledAt' 2026-03-02T09:59:59Z is before receivedAt 2026-03-02T10:00:00Z");
    }

    @Test
    void order_promisedBeforeItWasReceived_isRejected() {
        assertThatThrownBy(() -> Order.received("O-1", "C-1", T).withPromisedAt(T.minusSeconds(60)))
                .hasMessageStartingWith("order O-1: field 'promisedAt'");
    }

    @Test
    void complaint_resolvedBeforeReceived_isRejected() {
        assertThatThrownBy(() -> new Complaint("P-1", "C-1", "K-1", T, ComplaintCategory.OTHER, null, null, null, null,
                T.minusSeconds(1), null)).hasMessageStartingWith("complaint P-1: field 'resolvedAt'");
    }

    @Test
    void commitment_withoutOwner_orDueBeforeMade_isRejected() {
        assertThatThrownBy(() -> Commitment.of("M-1", "C-1", null, T, T.plusSeconds(60)))
                .hasMessage("commitment M-1: field 'ownerId' is required");
        assertThatThrownBy(() -> Commitment.of("M-1", "C-1", "A-1", T, T.minusSeconds(60)))
                .hasMessageStartingWith("commitment M-1: field 'dueAt'");
    }

    @Test
    void case_historyBeforeItWasOpened_isRejected() {
        assertThatThrownBy(() -> new SupportCase("K-1", "C-1", T, null, null, null,
                List.of(StatusChange.of(T.minusSeconds(1), CaseStatus.RESOLVED))))
                .hasMessageStartingWith("case K-1: field 'history' has a change to RESOLVED");
    }

    @Test
    void absence_endingBeforeItStarts_isRejected() {
        assertThatThrownBy(() -> new AgentAbsence("X-1", "A-1", T, T, true, true))
                .hasMessageStartingWith("absence X-1: field 'to'");
    }

    @Test
    void unknownChannel_listsTheAcceptedValues() {
        assertThatThrownBy(() -> Channel.parse("fax"))
                .hasMessage("unknown channel 'fax'; expected one of phone, voicemail, in_person, email, web, letter, social, chat");
        assertThat(Channel.parse("In-Person")).isEqualTo(Channel.IN_PERSON);
    }

    @Test
    void ringsFromSeconds_roundUp() {
        Interaction call = Interaction.of("I-1", "C-1", null, Channel.PHONE, Direction.INBOUND, T);
        assertThat(call.withSecondsToAnswer(18).ringsBeforeAnswer(6)).isEqualTo(3);
        assertThat(call.withSecondsToAnswer(19).ringsBeforeAnswer(6)).isEqualTo(4);
        assertThat(call.withSecondsToAnswer(0).ringsBeforeAnswer(6)).isZero();
        assertThat(call.withRings(2).withSecondsToAnswer(30).ringsBeforeAnswer(6)).isEqualTo(2);
        assertThat(call.ringsBeforeAnswer(6)).isNull();
    }
}
