package org.servicestandards.monitor;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.InputError;

/**
 * What the monitor holds for one partition: a customer's records, the agents' records, or (for the
 * cross-customer rules) nothing of its own; and the outcome of its last evaluation. Guarded by the
 * monitor's lock.
 */
final class Partition {
    enum Kind { CUSTOMER, AGENTS, PORTFOLIO }

    final Kind kind;
    /** The customer, for {@link Kind#CUSTOMER}. */
    final String customerId;
    final Map<RecordKey, Object> records = new LinkedHashMap<>();

    List<Finding> findings = List.of();
    List<Timer> timers = List.of();
    List<InputError> errors = List.of();
    int accepted;
    int rejected;
    /** When it was last evaluated; {@code null} before its first evaluation. */
    Instant evaluatedAt;
    /** When time alone could next change its findings; {@code null} for never. */
    Instant wakeAt;
    /** Whether a finding is measured at the evaluation instant (open: at risk, overdue, owed, alerts). */
    boolean stamped;
    /** Whether a case was open at the evaluation instant. */
    boolean openCase;
    /** Whether its records changed since it was last evaluated. */
    boolean dirty;

    Partition(Kind kind, String customerId) {
        this.kind = kind;
        this.customerId = customerId;
    }

    Dataset dataset() {
        Dataset.Builder b = Dataset.builder();
        records.values().forEach(b::addRecord);
        return b.build();
    }

    /** Nothing open and nothing due at any later instant: no later instant can change its findings. */
    boolean isSettled() {
        return kind == Kind.CUSTOMER && wakeAt == null && !stamped && !openCase && timers.isEmpty()
                && errors.isEmpty() && !dirty;
    }

    @Override
    public String toString() {
        return kind == Kind.CUSTOMER ? "customer " + customerId : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
