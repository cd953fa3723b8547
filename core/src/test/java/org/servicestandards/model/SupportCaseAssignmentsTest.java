package org.servicestandards.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The severity and assignment history of a case. */
class SupportCaseAssignmentsTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    static SupportCase passedOn() {
        return new SupportCase("K-1", "C-1", T0, null, null, "A-2", List.of(), Severity.HIGH, List.of(
                new Assignment(T0.plusSeconds(7200), "billing", "A-2"),
                new Assignment(T0, "desk", null),
                new Assignment(T0.plusSeconds(3600), null, "A-1")));
    }

    @Test
    void assignmentsAreSorted_andEveryOneAfterTheFirstIsAReassignment() {
        SupportCase c = passedOn();

        assertThat(c.assignments()).extracting(Assignment::label).containsExactly("desk", "A-1", "billing");
        assertThat(c.reassignments()).isEqualTo(2);
        assertThat(c.reassignedAt(1)).isEqualTo(T0.plusSeconds(3600));
        assertThat(c.reassignedAt(2)).isEqualTo(T0.plusSeconds(7200));
        assertThat(c.reassignedAt(3)).isNull();
        assertThat(c.reassignedAt(0)).isNull();
    }

    @Test
    void asOf_dropsLaterAssignments_andKeepsTheSeverity() {
        SupportCase early = passedOn().asOf(T0.plusSeconds(3600));

        assertThat(early.reassignments()).isEqualTo(1);
        assertThat(early.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void theOldConstructor_hasNoSeverityAndNoAssignments() {
        SupportCase c = new SupportCase("K-1", "C-1", T0, null, null, null, List.of());

        assertThat(c.severity()).isNull();
        assertThat(c.assignments()).isEmpty();
        assertThat(c.reassignments()).isZero();
        assertThat(c.withSeverity(Severity.LOW).with(StatusChange.of(T0, CaseStatus.RESOLVED)).severity())
                .isEqualTo(Severity.LOW);
    }

    @Test
    void anAssignmentBeforeTheOpening_isRejectedByName() {
        assertThatThrownBy(() -> SupportCase.open("K-1", "C-1", T0).with(new Assignment(T0.minusSeconds(60), "desk", null)))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("case K-1: field 'assignments' has an assignment to desk at 2026-03-02T08:59:00Z, before"
                        + " openedAt 2026-03-02T09:00:00Z");
    }
}
