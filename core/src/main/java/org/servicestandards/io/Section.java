package org.servicestandards.io;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.servicestandards.model.AccountAnomaly;
import org.servicestandards.model.Agent;
import org.servicestandards.model.AgentAbsence;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.SupportCase;

/**
 * The record sections of a document, in the order of {@link org.servicestandards.model.Dataset}'s
 * components (which have the same names), with the record type each holds and the type name used
 * in input errors (the model's, as {@link org.servicestandards.model.DatasetValidator} uses it).
 */
enum Section {
    CUSTOMERS("customers", "customer", Customer.class),
    AGENTS("agents", "agent", Agent.class),
    CASES("cases", "case", SupportCase.class),
    INTERACTIONS("interactions", "interaction", Interaction.class),
    COMPLAINTS("complaints", "complaint", Complaint.class),
    ORDERS("orders", "order", Order.class),
    COMMITMENTS("commitments", "commitment", Commitment.class),
    ABSENCES("absences", "absence", AgentAbsence.class),
    ANOMALIES("anomalies", "anomaly", AccountAnomaly.class);

    final String key;
    final String recordType;
    final Class<? extends Record> type;

    Section(String key, String recordType, Class<? extends Record> type) {
        this.key = key;
        this.recordType = recordType;
        this.type = type;
    }

    static Optional<Section> byKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }

    static Section of(Object record) {
        for (Section s : values()) {
            if (s.type.isInstance(record)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a record of the model: " + record.getClass().getName());
    }

    /** This section's records in {@code d}. */
    List<? extends Record> records(Dataset d) {
        return switch (this) {
            case CUSTOMERS -> d.customers();
            case AGENTS -> d.agents();
            case CASES -> d.cases();
            case INTERACTIONS -> d.interactions();
            case COMPLAINTS -> d.complaints();
            case ORDERS -> d.orders();
            case COMMITMENTS -> d.commitments();
            case ABSENCES -> d.absences();
            case ANOMALIES -> d.anomalies();
        };
    }

    static List<String> keys() { return Arrays.stream(values()).map(s -> s.key).toList(); }
}
