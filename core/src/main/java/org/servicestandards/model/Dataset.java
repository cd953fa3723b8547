package org.servicestandards.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Everything an evaluation looks at: customers, agents, cases, interactions, complaints, orders,
 * commitments, agent absences and account anomalies. Immutable and thread-safe; cross-record
 * consistency is checked by {@link DatasetValidator}, not here.
 */
public record Dataset(List<Customer> customers, List<Agent> agents, List<SupportCase> cases,
                      List<Interaction> interactions, List<Complaint> complaints, List<Order> orders,
                      List<Commitment> commitments, List<AgentAbsence> absences, List<AccountAnomaly> anomalies) {

    public Dataset {
        customers = Check.list(customers);
        agents = Check.list(agents);
        cases = Check.list(cases);
        interactions = Check.list(interactions);
        complaints = Check.list(complaints);
        orders = Check.list(orders);
        commitments = Check.list(commitments);
        absences = Check.list(absences);
        anomalies = Check.list(anomalies);
    }

    public static Dataset empty() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    /** A builder holding a copy of this dataset's records. */
    public Builder toBuilder() {
        return builder().customers(customers).agents(agents).cases(cases).interactions(interactions)
                .complaints(complaints).orders(orders).commitments(commitments).absences(absences).anomalies(anomalies);
    }

    /** How many records there are in all. */
    public int size() {
        return customers.size() + agents.size() + cases.size() + interactions.size() + complaints.size()
                + orders.size() + commitments.size() + absences.size() + anomalies.size();
    }

    /**
     * The world as it was known at {@code asOf}: records that begin after it are dropped and later
     * changes (status changes, fills, resolutions, re-negotiations) are not yet known. Evaluating
     * at {@code asOf} looks only at this view, so an evaluation never depends on the future.
     */
    public Dataset asOf(Instant asOf) {
        List<Interaction> known = keep(interactions, i -> !i.at().isAfter(asOf), Function.identity());
        java.util.Set<String> knownIds = new java.util.HashSet<>(known.size() * 2);
        known.forEach(i -> knownIds.add(i.id()));
        return new Dataset(customers, agents,
                keep(cases, c -> !c.openedAt().isAfter(asOf), c -> c.asOf(asOf)),
                known,
                keep(complaints, c -> !c.receivedAt().isAfter(asOf), c -> c.asOf(asOf)),
                keep(orders, o -> !o.receivedAt().isAfter(asOf), o -> o.asOf(asOf)),
                // a promise kept by an interaction that has not happened yet is not yet kept
                keep(commitments, c -> !c.madeAt().isAfter(asOf),
                        c -> c.asOf(asOf).keptBy() != null && !knownIds.contains(c.keptBy())
                                ? c.asOf(asOf).withKeptBy(null) : c.asOf(asOf)),
                keep(absences, a -> !a.from().isAfter(asOf), Function.identity()),
                keep(anomalies, a -> !a.detectedAt().isAfter(asOf), Function.identity()));
    }

    private static <T> List<T> keep(List<T> records, java.util.function.Predicate<T> known, Function<T, T> view) {
        List<T> out = new ArrayList<>(records.size());
        for (T r : records) {
            if (known.test(r)) {
                out.add(view.apply(r));
            }
        }
        return out;
    }

    /** Every record, customers first, in a stable order. */
    public Stream<Object> records() {
        return Stream.of(customers, agents, cases, interactions, complaints, orders, commitments, absences, anomalies)
                .flatMap(List::stream);
    }

    /** Collects records; {@code add} methods may be called many times. Not thread-safe. */
    public static final class Builder {
        private final List<Customer> customers = new ArrayList<>();
        private final List<Agent> agents = new ArrayList<>();
        private final List<SupportCase> cases = new ArrayList<>();
        private final List<Interaction> interactions = new ArrayList<>();
        private final List<Complaint> complaints = new ArrayList<>();
        private final List<Order> orders = new ArrayList<>();
        private final List<Commitment> commitments = new ArrayList<>();
        private final List<AgentAbsence> absences = new ArrayList<>();
        private final List<AccountAnomaly> anomalies = new ArrayList<>();

        private Builder() {}

        public Builder add(Customer r) { customers.add(r); return this; }
        public Builder add(Agent r) { agents.add(r); return this; }
        public Builder add(SupportCase r) { cases.add(r); return this; }
        public Builder add(Interaction r) { interactions.add(r); return this; }
        public Builder add(Complaint r) { complaints.add(r); return this; }
        public Builder add(Order r) { orders.add(r); return this; }
        public Builder add(Commitment r) { commitments.add(r); return this; }
        public Builder add(AgentAbsence r) { absences.add(r); return this; }
        public Builder add(AccountAnomaly r) { anomalies.add(r); return this; }

        /** Adds any record of the model. @throws IllegalArgumentException for anything else */
        public Builder addRecord(Object r) {
            if (r instanceof Customer c) return add(c);
            if (r instanceof Agent a) return add(a);
            if (r instanceof SupportCase c) return add(c);
            if (r instanceof Interaction i) return add(i);
            if (r instanceof Complaint c) return add(c);
            if (r instanceof Order o) return add(o);
            if (r instanceof Commitment c) return add(c);
            if (r instanceof AgentAbsence a) return add(a);
            if (r instanceof AccountAnomaly a) return add(a);
            throw new IllegalArgumentException("not a record of the model: " + (r == null ? "null" : r.getClass().getName()));
        }

        public Builder customers(Collection<Customer> r) { customers.addAll(r); return this; }
        public Builder agents(Collection<Agent> r) { agents.addAll(r); return this; }
        public Builder cases(Collection<SupportCase> r) { cases.addAll(r); return this; }
        public Builder interactions(Collection<Interaction> r) { interactions.addAll(r); return this; }
        public Builder complaints(Collection<Complaint> r) { complaints.addAll(r); return this; }
        public Builder orders(Collection<Order> r) { orders.addAll(r); return this; }
        public Builder commitments(Collection<Commitment> r) { commitments.addAll(r); return this; }
        public Builder absences(Collection<AgentAbsence> r) { absences.addAll(r); return this; }
        public Builder anomalies(Collection<AccountAnomaly> r) { anomalies.addAll(r); return this; }

        public Dataset build() {
            return new Dataset(customers, agents, cases, interactions, complaints, orders, commitments, absences, anomalies);
        }
    }
}
