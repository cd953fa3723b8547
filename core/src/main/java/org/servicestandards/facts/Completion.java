package org.servicestandards.facts;

import java.time.Instant;
import java.util.Objects;
import org.servicestandards.evaluation.RecordRef;

/**
 * What stopped a {@link Deadline}'s clock: a reply, a fill, a resolution. Immutable.
 *
 * @param deadline the deadline it completes
 * @param at       when
 * @param by       the record that completed it, optional
 * @param agentId  the agent who completed it, optional
 * @param how      in words, e.g. {@code answered by interaction I-20}
 */
public record Completion(Deadline deadline, Instant at, RecordRef by, String agentId, String how) {
    public Completion {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(how, "how");
    }

    /** Whether it came at or before the due instant. */
    public boolean isOnTime() { return deadline.isOnTime(at); }
}
