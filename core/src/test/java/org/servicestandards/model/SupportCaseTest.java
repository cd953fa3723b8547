package org.servicestandards.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** A case's status history: pauses, resolutions, reopenings and the as-of view. */
class SupportCaseTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    static Instant t(int hours) { return T0.plusSeconds(hours * 3600L); }

    static final SupportCase CASE = new SupportCase("K-1", "C-1", T0, null, null, "A-1", List.of(
            StatusChange.of(t(1), CaseStatus.WAITING_ON_CUSTOMER),
            StatusChange.of(t(3), CaseStatus.OPEN),
            StatusChange.of(t(5), CaseStatus.RESOLVED),
            StatusChange.of(t(7), CaseStatus.OPEN),
            StatusChange.of(t(8), CaseStatus.WAITING_ON_CUSTOMER),
            StatusChange.of(t(9), CaseStatus.CLOSED)));

    @Test
    void pauses_areHalfOpenIntervalsOfWaitingOnTheCustomer() {
        assertThat(CASE.pauses()).containsExactly(Interval.of(t(1), t(3)), Interval.of(t(8), t(9)));
    }

    @Test
    void aPauseStillInForce_isUnbounded() {
        assertThat(CASE.asOf(t(8)).pauses()).last().satisfies(p -> assertThat(p.isUnboundedEnd()).isTrue());
    }

    @Test
    void resolutionsAndReopenings() {
        assertThat(CASE.resolutions()).containsExactly(t(5), t(9));
        assertThat(CASE.reopenings()).isEqualTo(1);
        assertThat(CASE.resolvedAt()).isEqualTo(t(9));
        assertThat(CASE.asOf(t(7)).resolvedAt()).isNull();
        assertThat(CASE.asOf(t(6)).resolvedAt()).isEqualTo(t(5));
    }

    @Test
    void openAt_followsTheHistory() {
        assertThat(CASE.isOpenAt(T0)).isTrue();
        assertThat(CASE.isOpenAt(t(2))).isTrue();
        assertThat(CASE.isOpenAt(t(5))).isFalse();
        assertThat(CASE.isOpenAt(t(7))).isTrue();
        assertThat(CASE.isOpenAt(t(9))).isFalse();
        assertThat(CASE.isOpenAt(T0.minusSeconds(1))).isFalse();
    }

    @Test
    void historyIsSortedWhateverTheInputOrder() {
        SupportCase shuffled = new SupportCase("K-1", "C-1", T0, null, null, null,
                List.of(StatusChange.of(t(5), CaseStatus.RESOLVED), StatusChange.of(t(1), CaseStatus.WAITING_ON_CUSTOMER)));
        assertThat(shuffled.history()).extracting(StatusChange::at).containsExactly(t(1), t(5));
    }
}
