package org.servicestandards.kafka;

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

/**
 * One message of the record stream: a record as it is now (a new record, or a newer version of one
 * with the same type and id, which replaces it), or the retraction of one. Immutable and thread-safe.
 *
 * <p>The routing fields say where the record lives: its customer (or, for agents and absences, its
 * agent) and its case. A retraction carries them itself, since the record is gone.
 *
 * @param type       the record type name ({@code interaction}, {@code case}, ...), required
 * @param id         the record id, required
 * @param record     the record, or {@code null} for a retraction
 * @param customerId the customer the record belongs to; {@code null} for agents and absences
 * @param caseId     the case it belongs to (a case's own id for a case), or {@code null}
 * @param agentId    for agents and absences: the agent; otherwise {@code null}
 */
public record RecordEvent(String type, String id, Record record, String customerId, String caseId, String agentId) {

    public RecordEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (customerId == null && agentId == null) {
            throw new IllegalArgumentException(type + " " + id + ": an event needs a customer or an agent to be routed by");
        }
    }

    /** The event of a record as it is now; its routing fields are read from it. */
    public static RecordEvent of(Record record) {
        Objects.requireNonNull(record, "record");
        if (record instanceof Customer c) {
            return new RecordEvent("customer", c.id(), c, c.id(), null, null);
        }
        if (record instanceof Agent a) {
            return new RecordEvent("agent", a.id(), a, null, null, a.id());
        }
        if (record instanceof AgentAbsence a) {
            return new RecordEvent("absence", a.id(), a, null, null, a.agentId());
        }
        if (record instanceof SupportCase c) {
            return new RecordEvent("case", c.id(), c, c.customerId(), c.id(), null);
        }
        if (record instanceof Interaction i) {
            return new RecordEvent("interaction", i.id(), i, i.customerId(), i.caseId(), null);
        }
        if (record instanceof Complaint c) {
            return new RecordEvent("complaint", c.id(), c, c.customerId(), c.caseId(), null);
        }
        if (record instanceof Order o) {
            return new RecordEvent("order", o.id(), o, o.customerId(), o.caseId(), null);
        }
        if (record instanceof Commitment c) {
            return new RecordEvent("commitment", c.id(), c, c.customerId(), c.caseId(), null);
        }
        if (record instanceof AccountAnomaly a) {
            return new RecordEvent("anomaly", a.id(), a, a.customerId(), null, null);
        }
        throw new IllegalArgumentException("not a record of the model: " + record.getClass().getName());
    }

    /** The retraction of a record: the record is forgotten, as if it had never been sent. */
    public static RecordEvent retraction(String type, String id, String customerId, String caseId, String agentId) {
        return new RecordEvent(type, id, null, customerId, caseId, agentId);
    }

    /** The retraction of this event's record, with the same routing. */
    public RecordEvent retracted() { return new RecordEvent(type, id, null, customerId, caseId, agentId); }

    /** A copy carrying another version of the record (same type, id and routing). */
    RecordEvent withRecord(Record projected) { return new RecordEvent(type, id, projected, customerId, caseId, agentId); }

    public boolean isRetraction() { return record == null; }

    /** {@code "interaction I-7"}: the record's type and id, as input errors and evidence name it. */
    public String ref() { return type + " " + id; }

    /** Whether the record belongs to an agent (an agent or an absence) rather than a customer. */
    public boolean isAgentRecord() { return type.equals("agent") || type.equals("absence"); }

    /** The key of the first partitioning: {@code customer:<id>}, or {@code agent:<id>} for agent records. */
    public String ownerKey() { return isAgentRecord() ? Keys.agent(agentId) : Keys.customer(customerId); }

    /**
     * The key of the case bucket: {@code case:<caseId>}, or {@code caseless:<customerId>} for a
     * customer's records without a case; {@code null} for customers, agents and absences, which are
     * not case records.
     */
    public String caseKey() {
        if (type.equals("customer") || isAgentRecord()) {
            return null;
        }
        return caseId != null ? Keys.caseKey(caseId) : Keys.caseless(customerId);
    }
}
