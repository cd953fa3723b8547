package org.servicestandards.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;

/**
 * The first partitioning, by customer (and by agent for agents' records). For a customer it:
 * <ul>
 *   <li>sends every case record on to its case bucket, preceded by the customer record the first
 *       time that bucket is seen, and sends each new version of the customer record to every case
 *       bucket of the customer (so each case is evaluated with its customer);</li>
 *   <li>sends the customer's outbound contacts without a case to every case bucket of the customer
 *       (a new case bucket gets those already kept): they may discharge a follow-up owed on the
 *       case;</li>
 *   <li>sends the customer record to a bucket per product it holds, complaints to their product's
 *       bucket and proactive notices to the buckets of the customer's products (issue clusters);</li>
 *   <li>keeps the customer's record, cases, orders and contacts (without text) and evaluates the
 *       customer-level standards over them.</li>
 * </ul>
 * For an agent it keeps the agent record and absences, evaluates the agent-level standards, and
 * writes agent records to the agents topic, which every instance reads into a global store (the case
 * buckets look agents up there).
 *
 * <p>Customer and agent buckets are evaluated at the next tick after a change rather than at once:
 * their standards run over months, and a burst of events then costs one evaluation.
 */
final class OwnerProcessor extends BucketProcessor {

    OwnerProcessor(Settings settings) {
        super(settings, StandardsTopology.OWNER_STATE, StandardsTopology.OWNER_SCHEDULE);
    }

    @Override
    Scope scope(String key) { return Keys.isAgent(key) ? Scope.AGENT : Scope.CUSTOMER; }

    @Override
    void receive(String key, BucketState st, RecordEvent e, long now, long ts) {
        if (Keys.isAgent(key)) {
            if (st.apply(e, now)) {
                if (e.type().equals("agent")) {
                    forward(e.agentId(), Routed.agents(EventJson.write(e)), ts);
                }
                wakeNoLaterThan(key, st, now);
            }
            return;
        }
        if (e.type().equals("customer")) {
            customer(key, st, e, now, ts);
        } else {
            caseRecord(key, st, e, now, ts);
        }
    }

    private void customer(String key, BucketState st, RecordEvent e, long now, long ts) {
        if (!st.apply(e, now)) {
            return;
        }
        for (String caseKey : st.cases.keySet()) {
            forward(caseKey, Routed.event(Routed.Route.CASE, e), ts);
        }
        Set<String> products = e.isRetraction() ? Set.of() : ((Customer) e.record()).products();
        for (Iterator<String> it = st.products.iterator(); it.hasNext(); ) {
            String p = it.next();
            if (!products.contains(p)) {
                forward(Keys.product(p), Routed.event(Routed.Route.PRODUCT, e.retracted()), ts);
                it.remove();
            }
        }
        for (String p : products) {
            boolean added = st.products.add(p);
            forward(Keys.product(p), Routed.event(Routed.Route.PRODUCT, e), ts);
            if (added) {
                for (BucketState.Stored s : st.records.values()) {
                    if (Projections.isNotice(s.record())) {
                        forward(Keys.product(p), Routed.event(Routed.Route.PRODUCT,
                                RecordEvent.of(Projections.productNotice((Interaction) s.record()))), ts);
                    }
                }
            }
        }
        wakeNoLaterThan(key, st, now);
    }

    private void caseRecord(String key, BucketState st, RecordEvent e, long now, long ts) {
        String caseKey = e.caseKey();
        boolean newBucket = !st.cases.containsKey(caseKey);
        if (newBucket) {
            Object customer = st.record("customer", Keys.id(key));
            if (customer != null) {
                forward(caseKey, Routed.event(Routed.Route.CASE, RecordEvent.of((Customer) customer)), ts);
            }
        }
        st.cases.put(caseKey, now);
        forward(caseKey, Routed.event(Routed.Route.CASE, e), ts);
        if (newBucket && !caseKey.startsWith(Keys.CASELESS)) {
            for (BucketState.Stored s : st.records.values()) {
                if (isCaselessOutbound(s.record())) {
                    forward(caseKey, Routed.event(Routed.Route.CASE, RecordEvent.of(s.record())), ts);
                }
            }
        }

        boolean changed = false;
        switch (e.type()) {
            case "case", "order" -> changed = st.apply(e, now);
            case "interaction" -> changed = contact(st, e, now, ts);
            case "complaint" -> complaint(st, e, ts);
            default -> { }
        }
        if (changed) {
            wakeNoLaterThan(key, st, now);
        }
    }

    /**
     * Keeps every contact, slimmed (the follow-ups discharged by any outbound contact name the agent
     * of the customer's last contact, inbound or outbound); sends proactive notices to the customer's
     * products, and outbound contacts without a case to every case bucket of the customer (any of
     * them may discharge a follow-up owed on a case).
     */
    private boolean contact(BucketState st, RecordEvent e, long now, long ts) {
        BucketState.Stored old = st.records.get(e.ref());
        boolean wasNotice = old != null && Projections.isNotice(old.record());
        boolean wasCaseless = old != null && isCaselessOutbound(old.record());
        boolean changed;
        Interaction slim = null;
        if (!e.isRetraction()) {
            slim = Projections.ownerContact((Interaction) e.record());
            changed = st.apply(e.withRecord(slim), now);
        } else {
            changed = old != null && st.apply(e.retracted(), now);
        }
        if (!changed) {
            return false;
        }
        boolean isCaseless = slim != null && isCaselessOutbound(slim);
        if (isCaseless || wasCaseless) {
            RecordEvent copy = isCaseless ? RecordEvent.of(slim)
                    : RecordEvent.retraction("interaction", e.id(), e.customerId(), null, null);
            for (String caseKey : st.cases.keySet()) {
                if (!caseKey.startsWith(Keys.CASELESS)) {
                    forward(caseKey, Routed.event(Routed.Route.CASE, copy), ts);
                }
            }
        }
        boolean isNotice = slim != null && Projections.isNotice(slim);
        for (String p : st.products) {
            if (isNotice) {
                forward(Keys.product(p), Routed.event(Routed.Route.PRODUCT,
                        RecordEvent.of(Projections.productNotice(slim))), ts);
            } else if (wasNotice) {
                forward(Keys.product(p), Routed.event(Routed.Route.PRODUCT,
                        RecordEvent.retraction("interaction", e.id(), e.customerId(), null, null)), ts);
            }
        }
        return true;
    }

    /** An outbound contact on no case: a case bucket's follow-ups may be discharged by it. */
    private static boolean isCaselessOutbound(Record r) {
        return r instanceof Interaction i && i.caseId() == null && i.isOutbound();
    }

    /** Sends complaints about a product to that product's bucket (and retracts it from a former one). */
    private void complaint(BucketState st, RecordEvent e, long ts) {
        String before = st.complaintProducts.get(e.id());
        String after = e.isRetraction() ? null : ((Complaint) e.record()).product();
        if (before != null && !before.equals(after)) {
            forward(Keys.product(before), Routed.event(Routed.Route.PRODUCT,
                    RecordEvent.retraction("complaint", e.id(), e.customerId(), e.caseId(), null)), ts);
            st.complaintProducts.remove(e.id());
        }
        if (after != null) {
            st.complaintProducts.put(e.id(), after);
            forward(Keys.product(after), Routed.event(Routed.Route.PRODUCT,
                    e.withRecord(Projections.productComplaint((Complaint) e.record()))), ts);
        }
    }

    @Override
    void wake(String key, BucketState st, long now) {
        evaluate(key, st, now, prune(key, st, now));
    }

    /**
     * Forgets, after the retention of this scope, the records whose latest instant is older (all but
     * the customer or agent record and the customer's last order), and case buckets not sent anything
     * for the case retention.
     */
    private boolean prune(String key, BucketState st, long now) {
        long cutoff = now - settings.retention().get(scope(key)).toMillis();
        String lastOrder = lastOrder(st);
        boolean pruned = st.records.entrySet().removeIf(en -> {
            BucketState.Stored s = en.getValue();
            if (s.type().equals("customer") || s.type().equals("agent") || en.getKey().equals(lastOrder)) {
                return false;
            }
            return latest(s.record()) < cutoff;
        });
        long caseCutoff = now - settings.retention().get(Scope.CASE).toMillis();
        st.cases.values().removeIf(sent -> sent < caseCutoff);
        return pruned;
    }

    @Override
    long expiry(String key, BucketState st) {
        long retention = settings.retention().get(scope(key)).toMillis();
        String lastOrder = lastOrder(st);
        long next = Long.MAX_VALUE;
        for (Map.Entry<String, BucketState.Stored> en : st.records.entrySet()) {
            BucketState.Stored s = en.getValue();
            if (!s.type().equals("customer") && !s.type().equals("agent") && !en.getKey().equals(lastOrder)) {
                next = Math.min(next, latest(s.record()) + retention);
            }
        }
        for (long sent : st.cases.values()) {
            next = Math.min(next, sent + settings.retention().get(Scope.CASE).toMillis());
        }
        return next;
    }

    private static String lastOrder(BucketState st) {
        Order last = null;
        for (BucketState.Stored s : st.records.values()) {
            if (s.record() instanceof Order o && (last == null || o.receivedAt().isAfter(last.receivedAt()))) {
                last = o;
            }
        }
        return last == null ? null : "order " + last.id();
    }

    private static long latest(Record r) {
        List<Instant> all = new ArrayList<>();
        WakeUps.instants(r, all);
        return all.stream().mapToLong(Instant::toEpochMilli).max().orElse(0);
    }
}
