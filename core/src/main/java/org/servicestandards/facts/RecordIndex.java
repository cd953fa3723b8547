package org.servicestandards.facts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.SupportCase;

/** Customers, cases and agents by id, for the Java helpers rules call. Immutable after construction. */
public final class RecordIndex {
    private final Map<String, Customer> customers;
    private final Map<String, SupportCase> cases;
    private final Map<String, Agent> agents;

    public RecordIndex(Dataset records) {
        this(records, List.of());
    }

    /**
     * An index of {@code records} that also knows {@code agents} (agents live in a partition of their
     * own, but customer sessions need their levels, e.g. to see a supervisor already involved).
     */
    public RecordIndex(Dataset records, Collection<Agent> agents) {
        Map<String, Customer> c = new HashMap<>();
        records.customers().forEach(x -> c.put(x.id(), x));
        Map<String, SupportCase> k = new HashMap<>();
        records.cases().forEach(x -> k.put(x.id(), x));
        this.customers = c;
        this.cases = k;
        Map<String, Agent> a = new HashMap<>();
        records.agents().forEach(x -> a.put(x.id(), x));
        agents.forEach(x -> a.putIfAbsent(x.id(), x));
        this.agents = a;
    }

    /** The customer, or {@code null}. */
    public Customer customer(String id) { return id == null ? null : customers.get(id); }

    /** The agent, or {@code null}. */
    public Agent agent(String id) { return id == null ? null : agents.get(id); }

    /** The case, or {@code null}. */
    public SupportCase supportCase(String id) { return id == null ? null : cases.get(id); }
}
