package org.servicestandards.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a case's status history: from {@code at} on, the case has {@code status}.
 *
 * @param at     when the status took effect, required
 * @param status the new status, required
 * @param by     who changed it (agent id), optional
 */
public record StatusChange(Instant at, CaseStatus status, String by) {
    public StatusChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
    }

    public static StatusChange of(Instant at, CaseStatus status) { return new StatusChange(at, status, null); }
}
