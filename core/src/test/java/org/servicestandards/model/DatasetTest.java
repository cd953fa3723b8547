package org.servicestandards.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetTest {
    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void asOf_dropsLaterRecords_andForgetsLaterChanges() {
        Dataset d = Dataset.builder().add(Customer.of("C-1"))
                .add(Interaction.of("I-1", "C-1", null, Channel.EMAIL, Direction.INBOUND, T))
                .add(Interaction.of("I-2", "C-1", null, Channel.EMAIL, Direction.OUTBOUND, T.plusSeconds(10)))
                .add(Order.received("O-1", "C-1", T).withFilledAt(T.plusSeconds(10)).withAccuracy(true, true))
                .add(new Commitment("M-1", "C-1", null, "A-1", T, T.plusSeconds(100), null, null, null,
                        List.of(new Renegotiation(T.plusSeconds(50), T.plusSeconds(500), "customer away")), null))
                .build();

        Dataset early = d.asOf(T.plusSeconds(5));

        assertThat(early.interactions()).extracting(Interaction::id).containsExactly("I-1");
        assertThat(early.orders().get(0).filledAt()).isNull();
        assertThat(early.orders().get(0).matchesOrder()).isNull();
        assertThat(early.commitments().get(0).currentDueAt()).isEqualTo(T.plusSeconds(100));
        assertThat(d.commitments().get(0).currentDueAt()).isEqualTo(T.plusSeconds(500));
        assertThat(d.asOf(T.plusSeconds(60))).isEqualTo(d);
    }

    @Test
    void aRenegotiationAfterTheDueInstant_doesNotMoveIt() {
        Commitment c = new Commitment("M-1", "C-1", null, "A-1", T, T.plusSeconds(100), null, null, null,
                List.of(new Renegotiation(T.plusSeconds(101), T.plusSeconds(500), "too late")), null);
        assertThat(c.currentDueAt()).isEqualTo(T.plusSeconds(100));
    }

    @Test
    void validator_rejectsDuplicatesAndDanglingReferences_keepingTheRest() {
        Dataset d = Dataset.builder().add(Customer.of("C-1")).add(Customer.of("C-1"))
                .add(SupportCase.open("K-1", "C-2", T))
                .add(Interaction.of("I-1", "C-1", "K-1", Channel.EMAIL, Direction.INBOUND, T))
                .add(Interaction.of("I-2", "C-1", null, Channel.EMAIL, Direction.INBOUND, T))
                .build();

        DatasetValidator.Result r = DatasetValidator.validate(d);

        assertThat(r.errors()).extracting(InputError::message).containsExactly(
                "customer C-1: field 'id' is a duplicate: another customer has the same id; the first one is kept",
                "case K-1: field 'customerId' refers to customer C-2, which does not exist or was rejected",
                "interaction I-1: field 'caseId' refers to case K-1, which does not exist or was rejected");
        assertThat(r.accepted().interactions()).extracting(Interaction::id).containsExactly("I-2");
        assertThat(r.accepted().customers()).hasSize(1);
    }

    @Test
    void validator_rejectsACommitmentKeptBeforeItWasMade() {
        Dataset d = Dataset.builder().add(Customer.of("C-1"))
                .add(Interaction.of("I-1", "C-1", null, Channel.PHONE, Direction.OUTBOUND, T.minusSeconds(60)))
                .add(new Commitment("M-1", "C-1", null, "A-1", T, T.plusSeconds(100), null, null, null, List.of(), "I-1"))
                .build();

        assertThat(DatasetValidator.validate(d).errors()).extracting(InputError::message).containsExactly(
                "commitment M-1: field 'keptBy' names interaction I-1 at 2026-03-02T09:59:00Z, before the commitment"
                        + " was made (2026-03-02T10:00:00Z)");
    }

    @Test
    void asOf_forgetsAKeptByThatHasNotHappenedYet() {
        Dataset d = Dataset.builder().add(Customer.of("C-1"))
                .add(Interaction.of("I-1", "C-1", null, Channel.PHONE, Direction.OUTBOUND, T.plusSeconds(60)))
                .add(new Commitment("M-1", "C-1", null, "A-1", T, T.plusSeconds(100), null, null, null, List.of(), "I-1"))
                .build();

        assertThat(d.asOf(T.plusSeconds(30)).commitments().get(0).keptBy()).isNull();
        assertThat(d.asOf(T.plusSeconds(60)).commitments().get(0).keptBy()).isEqualTo("I-1");
    }
}
