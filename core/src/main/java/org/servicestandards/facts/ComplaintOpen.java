package org.servicestandards.facts;

import java.time.Instant;
import java.util.Objects;
import org.servicestandards.model.Complaint;

/**
 * Derived: the span {@code [receivedAt, resolvedAt)} in which a complaint is open, as known at the
 * evaluation instant (a resolution after it is not yet known, so the span is then unbounded).
 * Every escalation asks it whether the complaint was still unresolved at its instant. Immutable.
 *
 * @param complaint the complaint
 */
public record ComplaintOpen(Complaint complaint) {
    public ComplaintOpen {
        Objects.requireNonNull(complaint, "complaint");
    }

    public String complaintId() { return complaint.id(); }

    public String caseId() { return complaint.caseId(); }

    /** When it opened: its receipt. */
    public Instant from() { return complaint.receivedAt(); }

    /** When it was resolved (exclusive end of the span), or {@code null} while unresolved. */
    public Instant until() { return complaint.resolvedAt(); }

    /** Whether it is still unresolved as of the evaluation. */
    public boolean isStillOpen() { return complaint.resolvedAt() == null; }

    /** Whether it was resolved strictly before {@code t} (a contact at the resolution instant still counts). */
    public boolean isResolvedBefore(Instant t) { return until() != null && until().isBefore(t); }

    /**
     * Whether it was open at {@code t}: received at or before {@code t} and not resolved at or before
     * it. A complaint resolved exactly at {@code t} is no longer open then.
     */
    public boolean isOpenAt(Instant t) {
        return !t.isBefore(from()) && (until() == null || until().isAfter(t));
    }
}
