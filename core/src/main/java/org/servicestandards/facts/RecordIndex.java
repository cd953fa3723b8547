package org.servicestandards.facts;

import java.util.HashMap;
import java.util.Map;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.SupportCase;

/** Customers and cases by id, for the Java helpers rules call. Immutable after construction. */
public final class RecordIndex {
    private final Map<String, Customer> customers;
    private final Map<String, SupportCase> cases;

    public RecordIndex(Dataset records) {
        Map<String, Customer> c = new HashMap<>();
        records.customers().forEach(x -> c.put(x.id(), x));
        Map<String, SupportCase> k = new HashMap<>();
        records.cases().forEach(x -> k.put(x.id(), x));
        this.customers = c;
        this.cases = k;
    }

    /** The customer, or {@code null}. */
    public Customer customer(String id) { return id == null ? null : customers.get(id); }

    /** The case, or {@code null}. */
    public SupportCase supportCase(String id) { return id == null ? null : cases.get(id); }
}
