package org.servicestandards.facts;

import java.time.Instant;
import java.util.Objects;
import org.servicestandards.model.Commitment;

/**
 * Derived: the instants that frame {@code proactive.commitment.at-risk} for a commitment: from
 * {@code atRiskAt} (the at-risk share of {@code [madeAt, due]}, calendar time) until {@code due}
 * inclusive, an unkept commitment alerts its owner. Immutable.
 *
 * @param commitment the commitment, as known at the evaluation instant
 * @param atRiskAt   when it becomes at risk
 * @param due        its due instant in force ({@link Commitment#currentDueAt()})
 */
public record AlertCommitmentRisk(Commitment commitment, Instant atRiskAt, Instant due) {
    public AlertCommitmentRisk {
        Objects.requireNonNull(commitment, "commitment");
        Objects.requireNonNull(atRiskAt, "atRiskAt");
        Objects.requireNonNull(due, "due");
    }

    /** The frame of {@code c} with the configured at-risk share, in the calendar's zone. */
    public static AlertCommitmentRisk of(Commitment c, double share, Clocks clocks) {
        return new AlertCommitmentRisk(c, Alerts.atRiskAt(c, share, clocks.calendar().zone()), c.currentDueAt());
    }

    /** Whether {@code t} is in {@code [atRiskAt, due]}. */
    public boolean isAtRiskAt(Instant t) { return !t.isBefore(atRiskAt) && !t.isAfter(due); }
}
