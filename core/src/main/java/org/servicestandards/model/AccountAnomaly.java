package org.servicestandards.model;

import java.time.Instant;

/**
 * An anomaly the host detected on a customer's account (e.g. suspicious activity).
 *
 * @param id          unique anomaly id, required
 * @param customerId  the customer, required
 * @param detectedAt  when it was detected, required
 * @param kind        a short kind, e.g. "suspicious-activity", optional
 * @param description free text, optional
 */
public record AccountAnomaly(String id, String customerId, Instant detectedAt, String kind, String description) {
    static final String TYPE = "anomaly";

    public AccountAnomaly {
        Check.id(TYPE, id);
        Check.required(TYPE, id, "customerId", customerId);
        Check.required(TYPE, id, "detectedAt", detectedAt);
    }
}
