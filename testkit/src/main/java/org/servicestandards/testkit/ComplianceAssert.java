package org.servicestandards.testkit;

import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;

/**
 * Assertions on the compliance of one standard in an evaluation: the share of its measured
 * findings that are {@code MET} ({@code met / (met + breached)}), as a fraction ({@code 0.95} is
 * 95%). {@link #actual} is {@code null} when nothing was measured. Not thread-safe.
 */
public final class ComplianceAssert extends AbstractAssert<ComplianceAssert, Double> {
    private final Evaluation evaluation;
    private final String standardId;
    private final int met;
    private final int breached;

    ComplianceAssert(Evaluation evaluation, String standardId) {
        this(evaluation, standardId, count(evaluation, standardId, FindingKind.MET),
                count(evaluation, standardId, FindingKind.BREACH));
    }

    private ComplianceAssert(Evaluation evaluation, String standardId, int met, int breached) {
        super(met + breached == 0 ? null : (double) met / (met + breached), ComplianceAssert.class);
        this.evaluation = evaluation;
        this.standardId = standardId;
        this.met = met;
        this.breached = breached;
    }

    /** Asserts that the compliance is at least {@code share} (a fraction in [0, 1]). */
    public ComplianceAssert isAtLeast(double share) {
        requireShare(share);
        if (actual == null || actual < share) {
            fail("at least " + FindingText.percent(share));
        }
        return this;
    }

    /** Asserts that the compliance is at most {@code share} (a fraction in [0, 1]). */
    public ComplianceAssert isAtMost(double share) {
        requireShare(share);
        if (actual == null || actual > share) {
            fail("at most " + FindingText.percent(share));
        }
        return this;
    }

    /** Asserts how many findings were measured (met + breached). */
    public ComplianceAssert hasMeasured(int expected) {
        if (met + breached != expected) {
            failWithMessage("%s", "Expected " + expected + " measured findings (MET or BREACH) of " + standardId
                    + " in the evaluation as of " + evaluation.asOf() + ",\nbut there " + (met + breached == 1 ? "is " : "are ")
                    + (met + breached) + " (" + met + " met, " + breached + " breached); "
                    + FindingText.ofStandard(evaluation, standardId));
        }
        return this;
    }

    /** Back to the evaluation, to chain another assertion. */
    public EvaluationAssert and() {
        return new EvaluationAssert(evaluation).describedAs(info.description());
    }

    private void fail(String bound) {
        String expectation = "Expected the compliance of " + standardId + " in the evaluation as of " + evaluation.asOf()
                + " to be " + bound + ",\n";
        if (actual == null) {
            failWithMessage("%s", expectation + "but nothing was measured (no MET or BREACH finding); "
                    + FindingText.ofStandard(evaluation, standardId));
        }
        List<Finding> breaches = evaluation.findings(standardId).stream()
                .filter(f -> f.kind() == FindingKind.BREACH).toList();
        failWithMessage("%s", expectation + "but it was " + FindingText.percent(actual) + " (" + met + " met, "
                + breached + " breached of " + (met + breached) + " measured); its breaches:\n"
                + FindingText.lines(breaches));
    }

    private static void requireShare(double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("compliance is a fraction between 0 and 1 (0.95 for 95%), was " + share);
        }
    }

    private static int count(Evaluation evaluation, String standardId, FindingKind kind) {
        return (int) evaluation.findings(standardId).stream().filter(f -> f.kind() == kind).count();
    }
}
