package org.servicestandards.whatif;

import java.util.List;
import java.util.Objects;
import org.servicestandards.evaluation.Finding;

/**
 * What changes for one standard between evaluation A and evaluation B of the same records.
 * Immutable and thread-safe.
 *
 * @param standardId  the standard
 * @param a           its findings counted under A
 * @param b           its findings counted under B
 * @param appeared    findings of B without a counterpart in A (matched by kind and subject), in {@link Finding#ORDER}
 * @param disappeared findings of A without a counterpart in B, in {@link Finding#ORDER}
 */
public record StandardDelta(String standardId, Tally a, Tally b, List<Finding> appeared, List<Finding> disappeared) {
    public StandardDelta {
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        appeared = List.copyOf(appeared);
        disappeared = List.copyOf(disappeared);
    }

    /** Compliance under A, or {@code null} when A measured nothing. */
    public Double complianceA() { return a.compliance(); }

    /** Compliance under B, or {@code null} when B measured nothing. */
    public Double complianceB() { return b.compliance(); }

    /**
     * B's compliance minus A's, as a fraction ({@code -0.125} is 12.5 percentage points worse), or
     * {@code null} when either measured nothing.
     */
    public Double complianceChange() {
        Double ca = complianceA();
        Double cb = complianceB();
        return ca == null || cb == null ? null : cb - ca;
    }

    /** Whether any finding of this standard appears or disappears. */
    public boolean isChanged() { return !appeared.isEmpty() || !disappeared.isEmpty(); }
}
