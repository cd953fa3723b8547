package org.servicestandards.monitor;

import java.util.Objects;
import org.servicestandards.model.AccountAnomaly;
import org.servicestandards.model.Agent;
import org.servicestandards.model.AgentAbsence;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.SupportCase;

/** A record's identity in the monitor: its type and id (ids are unique per type). */
record RecordKey(Class<?> type, String id) {
    RecordKey {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    /** @throws IllegalArgumentException for anything but a record of the model */
    static RecordKey of(Object record) {
        Objects.requireNonNull(record, "record");
        if (record instanceof Customer r) return new RecordKey(Customer.class, r.id());
        if (record instanceof SupportCase r) return new RecordKey(SupportCase.class, r.id());
        if (record instanceof Interaction r) return new RecordKey(Interaction.class, r.id());
        if (record instanceof Complaint r) return new RecordKey(Complaint.class, r.id());
        if (record instanceof Order r) return new RecordKey(Order.class, r.id());
        if (record instanceof Commitment r) return new RecordKey(Commitment.class, r.id());
        if (record instanceof AccountAnomaly r) return new RecordKey(AccountAnomaly.class, r.id());
        if (record instanceof Agent r) return new RecordKey(Agent.class, r.id());
        if (record instanceof AgentAbsence r) return new RecordKey(AgentAbsence.class, r.id());
        throw new IllegalArgumentException("not a record of the model: " + record.getClass().getName());
    }

    /** The customer whose partition holds the record, or {@code null} for agents' records. */
    static String customerOf(Object record) {
        if (record instanceof Customer r) return r.id();
        if (record instanceof SupportCase r) return r.customerId();
        if (record instanceof Interaction r) return r.customerId();
        if (record instanceof Complaint r) return r.customerId();
        if (record instanceof Order r) return r.customerId();
        if (record instanceof Commitment r) return r.customerId();
        if (record instanceof AccountAnomaly r) return r.customerId();
        return null;
    }

    /** Whether {@code type} is a record type of the model. */
    static boolean isRecordType(Class<?> type) {
        return type == Customer.class || type == SupportCase.class || type == Interaction.class
                || type == Complaint.class || type == Order.class || type == Commitment.class
                || type == AccountAnomaly.class || type == Agent.class || type == AgentAbsence.class;
    }

    @Override
    public String toString() { return type.getSimpleName() + " " + id; }
}
