package org.servicestandards.monitor;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.servicestandards.facts.Deadline;
import org.servicestandards.model.Channel;

/**
 * A running clock the monitor knows of, for a CRM's timers ("reply due in 3 h 12 min"): a deadline
 * of some standard that nothing has met yet, as of the monitor's last evaluation of its customer.
 * Immutable and thread-safe.
 *
 * @param standardId  the standard measured, e.g. {@code response.email}
 * @param subjectType the subject's record type ({@code interaction}, {@code case}, {@code complaint}, ...)
 * @param subjectId   the subject's id
 * @param customerId  the customer, optional
 * @param caseId      the case, optional
 * @param agentId     who is accountable while it runs (the case owner, the promise's owner), optional
 * @param channel     the channel measured, optional
 * @param description the subject in words, e.g. {@code email I-17 from customer C-3}
 * @param awaited     what stops it, as a participle: {@code answered}, {@code filled}, ...
 * @param target      the target in words, e.g. {@code 1 business day}
 * @param start       when it started
 * @param atRiskAt    from this instant on it is at risk
 * @param due         the last on-time instant (inclusive); {@link Instant#MAX} while paused indefinitely
 */
public record Timer(String standardId, String subjectType, String subjectId, String customerId, String caseId,
                    String agentId, Channel channel, String description, String awaited, String target,
                    Instant start, Instant atRiskAt, Instant due) {

    /** Where a timer stands at an instant. */
    public enum State {
        /** Before its at-risk instant. */
        RUNNING,
        /** At or after its at-risk instant, at or before its due instant. */
        AT_RISK,
        /** After its due instant (strictly: a deadline met exactly at its due instant is on time). */
        OVERDUE
    }

    /** Orders timers by due instant, then standard and subject. */
    public static final java.util.Comparator<Timer> BY_DUE = java.util.Comparator.comparing(Timer::due)
            .thenComparing(Timer::standardId).thenComparing(Timer::subjectType).thenComparing(Timer::subjectId);

    public Timer {
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(awaited, "awaited");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(atRiskAt, "atRiskAt");
        Objects.requireNonNull(due, "due");
    }

    static Timer of(Deadline d) {
        return new Timer(d.standardId(), d.subjectType(), d.subjectId(), d.customerId(), d.caseId(), d.agentId(),
                d.channel(), d.description(), d.awaited(), d.target() == null ? null : d.target().toString(),
                d.start(), d.atRiskAt(), d.due());
    }

    /** The state at {@code now}. */
    public State stateAt(Instant now) {
        if (now.isAfter(due)) {
            return State.OVERDUE;
        }
        return now.isBefore(atRiskAt) ? State.RUNNING : State.AT_RISK;
    }

    /**
     * Time left until the due instant at {@code now}: negative once overdue; {@code null} while
     * paused indefinitely ({@code due} is {@link Instant#MAX}).
     */
    public Duration timeLeftAt(Instant now) {
        return due.equals(Instant.MAX) ? null : Duration.between(now, due);
    }
}
