package org.servicestandards.facts;

import java.time.Instant;
import java.util.Objects;
import org.servicestandards.evaluation.RecordRef;

/**
 * Derived: a complaint's case reached an escalation level by hand: an interaction on it was flagged
 * {@code SUPERVISOR_INVOLVED} / {@code MANAGER_INVOLVED}, or handled by an agent of that level. An
 * escalation to this level or a lower one, due at or after {@link #at()}, is not raised. Immutable.
 *
 * @param complaintId the complaint
 * @param level       the level reached
 * @param rank        its rank (see {@link EscalationPolicy#rank})
 * @param at          when
 * @param by          the interaction that shows it
 */
public record EscalationReached(String complaintId, String level, int rank, Instant at, RecordRef by) {
    public EscalationReached {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
    }
}
