package org.servicestandards.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A commitment re-negotiated with the customer: from {@code at} on, it is due at {@code newDueAt}.
 *
 * @param at       when the customer agreed to the new due instant, required
 * @param newDueAt the new due instant, required, not before {@code at}
 * @param note     why, optional
 */
public record Renegotiation(Instant at, Instant newDueAt, String note) {
    public Renegotiation {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(newDueAt, "newDueAt");
    }
}
