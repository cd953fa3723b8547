package org.servicestandards.facts;

import java.util.Objects;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Interaction;

/**
 * Derived for {@code proactive.issue-cluster}: a cluster that no earlier cluster of the same product
 * and category includes. Later windows inside an earlier cluster add no complaint, so they are the same
 * issue and are not alerted about again (a notice that covers the earlier cluster covers them too).
 * Immutable.
 *
 * @param cluster the cluster
 */
public record AlertIssue(AlertCluster cluster) {
    public AlertIssue {
        Objects.requireNonNull(cluster, "cluster");
    }

    public String product() { return cluster.product(); }

    public ComplaintCategory category() { return cluster.category(); }

    /** Whether this issue's window starts before the other's. */
    public boolean precedes(AlertIssue other) { return cluster.precedes(other.cluster); }

    /** See {@link AlertCluster#isCoveredBy(Interaction)}. */
    public boolean isCoveredBy(Interaction i) { return cluster.isCoveredBy(i); }
}
