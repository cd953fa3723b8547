package org.servicestandards.kafka;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;

/**
 * A bucket per product: every customer holding it, the complaints about it and the proactive notices
 * sent to its customers, for the standards that look across customers (issue clusters). Evaluated
 * at the next tick after a change, and only when some category has enough complaints to form a
 * cluster at all. Complaints and notices are forgotten {@code retention} after their latest instant.
 *
 * <p>The bucket holds every customer of the product, so a product held by millions of customers is
 * one large, hot key (see {@code docs/scaling.md}).
 */
final class ProductProcessor extends BucketProcessor {

    ProductProcessor(Settings settings) {
        super(settings, StandardsTopology.PRODUCT_STATE, StandardsTopology.PRODUCT_SCHEDULE);
    }

    @Override
    Scope scope(String key) { return Scope.PRODUCT; }

    @Override
    void receive(String key, BucketState st, RecordEvent e, long now, long ts) {
        if (st.apply(e, now)) {
            wakeNoLaterThan(key, st, now);
        }
    }

    @Override
    void wake(String key, BucketState st, long now) {
        long cutoff = now - settings.retention().get(Scope.PRODUCT).toMillis();
        boolean pruned = st.records.values().removeIf(s -> !s.type().equals("customer") && latest(s.record()) < cutoff);
        if (couldCluster(st)) {
            evaluate(key, st, now, pruned);
        }
    }

    /** Whether some category has at least as many complaints as a cluster needs. */
    private boolean couldCluster(BucketState st) {
        int needed;
        try {
            needed = settings.config().intParameter("proactive.issue-cluster", "complaints");
        } catch (IllegalArgumentException noSuchParameter) {
            needed = 1;
        }
        Map<ComplaintCategory, Integer> counts = new EnumMap<>(ComplaintCategory.class);
        for (BucketState.Stored s : st.records.values()) {
            if (s.record() instanceof Complaint c && counts.merge(c.category(), 1, Integer::sum) >= needed) {
                return true;
            }
        }
        return false;
    }

    @Override
    long expiry(String key, BucketState st) {
        long next = Long.MAX_VALUE;
        for (BucketState.Stored s : st.records.values()) {
            if (!s.type().equals("customer")) {
                next = Math.min(next, latest(s.record()) + settings.retention().get(Scope.PRODUCT).toMillis());
            }
        }
        return next;
    }

    /** The bucket's records, with stand-ins for the complaints' cases and for complainants who do not hold the product. */
    @Override
    Dataset dataset(String key, BucketState st) {
        Dataset records = st.dataset();
        Set<String> customers = new HashSet<>();
        records.customers().forEach(c -> customers.add(c.id()));
        Dataset.Builder b = records.toBuilder();
        Set<String> cases = new HashSet<>();
        List<String> missing = new ArrayList<>();
        for (Complaint c : records.complaints()) {
            if (cases.add(c.caseId())) {
                b.add(SupportCase.open(c.caseId(), c.customerId(), c.receivedAt()));
            }
            missing.add(c.customerId());
        }
        for (Interaction i : records.interactions()) {
            missing.add(i.customerId());
        }
        for (String id : missing) {
            if (customers.add(id)) {
                b.add(Customer.of(id));
            }
        }
        return b.build();
    }

    private static long latest(Record r) {
        List<java.time.Instant> all = new ArrayList<>();
        WakeUps.instants(r, all);
        return all.stream().mapToLong(java.time.Instant::toEpochMilli).max().orElse(0);
    }
}
