package org.servicestandards.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicestandards.calendar.Target;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;

/**
 * Derived for {@code proactive.issue-cluster}: at least N complaints of one category about one product
 * received within one window {@code [start, end]}. Windows that start at the same instant give equal
 * clusters (so one fact). Immutable.
 *
 * @param product    the product
 * @param category   the complaint category
 * @param start      the first complaint's instant: the window's start
 * @param end        the window's end (inclusive)
 * @param window     the configured window
 * @param complaints the complaints in the window, by receipt (ties by id), at least {@code threshold}
 * @param formedAt   when the cluster reached the threshold: the receipt of its N-th complaint
 */
public record AlertCluster(String product, ComplaintCategory category, Instant start, Instant end, Target window,
                           List<Complaint> complaints, Instant formedAt) {
    private static final Comparator<Complaint> RECEIPT =
            Comparator.comparing(Complaint::receivedAt).thenComparing(Complaint::id);

    public AlertCluster {
        if (complaints == null || complaints.isEmpty()) {
            throw new IllegalArgumentException("a cluster has at least one complaint");
        }
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(formedAt, "formedAt");
        complaints = List.copyOf(complaints);
    }

    /**
     * The cluster of a window and the complaints accumulated in it.
     *
     * @param threshold how many complaints make a cluster, {@code >= 1}; {@code complaints} holds at least as many
     */
    public static AlertCluster of(AlertClusterWindow w, Collection<?> complaints, long threshold) {
        List<Complaint> sorted = new ArrayList<>();
        for (Object o : complaints) {
            sorted.add((Complaint) o);
        }
        sorted.sort(RECEIPT);
        int n = (int) Math.max(1, Math.min(threshold, sorted.size()));
        return new AlertCluster(w.product(), w.category(), w.start(), w.end(), w.window(), sorted,
                sorted.get(n - 1).receivedAt());
    }

    /** Whether this cluster's window starts before the other's. */
    public boolean precedes(AlertCluster other) { return start.isBefore(other.start); }

    /** When its last complaint arrived. */
    public Instant lastAt() { return complaints.get(complaints.size() - 1).receivedAt(); }

    /**
     * Whether every complaint of {@code other} (same product and category) is also in this cluster:
     * its window starts no later and ends no earlier than the other's last complaint.
     */
    public boolean includes(AlertCluster other) {
        return product.equals(other.product) && category == other.category && !start.isAfter(other.start)
                && !other.lastAt().isAfter(end);
    }

    /** The complaints' ids. */
    public Set<String> complaintIds() { return complaints.stream().map(Complaint::id).collect(Collectors.toSet()); }

    /** The complaints as evidence. */
    public List<RecordRef> evidence() {
        return complaints.stream().map(c -> new RecordRef("complaint", c.id())).toList();
    }

    /**
     * Whether {@code i} already told its customer about this cluster: an outbound interaction flagged
     * {@link Flag#PROACTIVE_NOTICE}, at or after the window's start, about the product or about one of
     * the cluster's complaints.
     */
    public boolean isCoveredBy(Interaction i) {
        if (!i.isOutbound() || !i.hasFlag(Flag.PROACTIVE_NOTICE) || i.at().isBefore(start)) {
            return false;
        }
        if (i.about().contains(product)) {
            return true;
        }
        for (Complaint c : complaints) {
            if (i.about().contains(c.id())) {
                return true;
            }
        }
        return false;
    }
}
