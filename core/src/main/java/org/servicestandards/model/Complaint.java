package org.servicestandards.model;

import java.time.Instant;

/**
 * A complaint: a case whose subject is dissatisfaction. Immutable and thread-safe.
 *
 * @param id          unique complaint id, required
 * @param customerId  the customer, required
 * @param caseId      the case that carries it, required
 * @param receivedAt  when it was received, required
 * @param category    what it is about, required
 * @param severity    severity, defaults to {@link Severity#MEDIUM}
 * @param demeanour   the customer's demeanour when lodging it, defaults to {@link Demeanour#CALM}
 * @param product     the product concerned, optional
 * @param lodgedIn    the interaction in which it was lodged, optional
 * @param resolvedAt  when it was resolved, optional; not before {@code receivedAt}
 * @param description free text, optional
 */
public record Complaint(String id, String customerId, String caseId, Instant receivedAt, ComplaintCategory category,
                        Severity severity, Demeanour demeanour, String product, String lodgedIn, Instant resolvedAt,
                        String description) {
    static final String TYPE = "complaint";

    public Complaint {
        Check.id(TYPE, id);
        Check.required(TYPE, id, "customerId", customerId);
        Check.required(TYPE, id, "caseId", caseId);
        Check.required(TYPE, id, "receivedAt", receivedAt);
        Check.required(TYPE, id, "category", category);
        severity = severity == null ? Severity.MEDIUM : severity;
        demeanour = demeanour == null ? Demeanour.CALM : demeanour;
        product = Check.optionalText(TYPE, id, "product", product);
        lodgedIn = Check.optionalText(TYPE, id, "lodgedIn", lodgedIn);
        Check.notBefore(TYPE, id, "resolvedAt", resolvedAt, "receivedAt", receivedAt);
    }

    public static Complaint of(String id, String customerId, String caseId, Instant receivedAt,
                               ComplaintCategory category) {
        return new Complaint(id, customerId, caseId, receivedAt, category, Severity.MEDIUM, Demeanour.CALM,
                null, null, null, null);
    }

    /** The complaint as known at {@code asOf}: a later resolution is not yet known. */
    public Complaint asOf(Instant asOf) {
        return resolvedAt != null && resolvedAt.isAfter(asOf)
                ? new Complaint(id, customerId, caseId, receivedAt, category, severity, demeanour, product, lodgedIn,
                        null, description)
                : this;
    }
}
