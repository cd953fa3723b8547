package org.servicestandards.testkit;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.InputError;

/**
 * Assertions on an {@link Evaluation}; start with {@link ServiceStandardsAssertions#assertThat(Evaluation)}.
 *
 * <pre>{@code
 * assertThat(evaluation).hasNoInputErrors().hasNoBreachesOf("complaint.acknowledge");
 * assertThat(evaluation).hasMet("complaint.acknowledge").forSubject("CP-1").atOrBefore(MON_1000);
 * assertThat(evaluation).hasBreach("response.email").forSubject("I-17").lateBy(Duration.ofHours(2));
 * assertThat(evaluation).complianceOf("response.email").isAtLeast(0.95);
 * }</pre>
 *
 * <p>A failure says what was expected and lists the actual findings of the standard concerned, each
 * with kind, subject, customer and case, instants, lateness, evidence, attributes and sentence. Not
 * thread-safe.
 */
public final class EvaluationAssert extends AbstractAssert<EvaluationAssert, Evaluation> {

    EvaluationAssert(Evaluation actual) {
        super(actual, EvaluationAssert.class);
    }

    /** Asserts that no standard is breached. */
    public EvaluationAssert hasNoBreaches() {
        isNotNull();
        List<Finding> breaches = actual.breaches();
        if (!breaches.isEmpty()) {
            failWithMessage("%s", "Expected no breaches in the evaluation as of " + actual.asOf() + ",\nbut found "
                    + breaches.size() + ":\n" + FindingText.lines(breaches));
        }
        return this;
    }

    /** Asserts that this standard has no {@code BREACH}. */
    public EvaluationAssert hasNoBreachesOf(String standardId) {
        return hasNone(FindingKind.BREACH, standardId);
    }

    /** Asserts that this standard has no finding of any kind (e.g. a disabled standard, or nothing to measure). */
    public EvaluationAssert hasNoFindingsOf(String standardId) {
        isNotNull();
        Objects.requireNonNull(standardId, "standardId");
        List<Finding> found = actual.findings(standardId);
        if (!found.isEmpty()) {
            failWithMessage("%s", "Expected no findings of " + standardId + " in the evaluation as of " + actual.asOf()
                    + ",\nbut " + FindingText.ofStandard(actual, standardId));
        }
        return this;
    }

    /** Asserts that this standard has no finding of this kind. */
    public EvaluationAssert hasNone(FindingKind kind, String standardId) {
        isNotNull();
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(standardId, "standardId");
        List<Finding> found = actual.findings(standardId).stream().filter(f -> f.kind() == kind).toList();
        if (!found.isEmpty()) {
            failWithMessage("%s", "Expected no " + kind + " of " + standardId + " in the evaluation as of "
                    + actual.asOf() + ",\nbut " + FindingText.ofStandard(actual, standardId));
        }
        return this;
    }

    /** Asserts that every record was accepted: no {@link InputError}. */
    public EvaluationAssert hasNoInputErrors() {
        isNotNull();
        List<InputError> errors = actual.inputErrors();
        if (!errors.isEmpty()) {
            failWithMessage("%s", "Expected no input errors,\nbut " + errors.size()
                    + (errors.size() == 1 ? " record was" : " records were") + " rejected:\n"
                    + errors.stream().map(e -> "  " + e).collect(Collectors.joining("\n")));
        }
        return this;
    }

    /** Asserts that the standard has a {@code BREACH}; narrow it with the returned assertion. */
    public FindingsAssert hasBreach(String standardId) { return hasFinding(FindingKind.BREACH, standardId); }

    /** Asserts that the standard has a {@code MET}. */
    public FindingsAssert hasMet(String standardId) { return hasFinding(FindingKind.MET, standardId); }

    /** Asserts that the standard has an {@code AT_RISK}. */
    public FindingsAssert hasAtRisk(String standardId) { return hasFinding(FindingKind.AT_RISK, standardId); }

    /** Asserts that the standard has an open {@code OBLIGATION}, e.g. {@code .dueBefore(t)}. */
    public FindingsAssert hasObligation(String standardId) { return hasFinding(FindingKind.OBLIGATION, standardId); }

    /** Asserts that the standard has an {@code ESCALATION}, e.g. {@code .toLevel("supervisor")}. */
    public FindingsAssert hasEscalation(String standardId) { return hasFinding(FindingKind.ESCALATION, standardId); }

    /** Asserts that the standard has an {@code ALERT}. */
    public FindingsAssert hasAlert(String standardId) { return hasFinding(FindingKind.ALERT, standardId); }

    /** Asserts that the standard has a finding of this kind. */
    public FindingsAssert hasFinding(FindingKind kind, String standardId) {
        isNotNull();
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(standardId, "standardId");
        String expected = (kind == FindingKind.ESCALATION || kind == FindingKind.ALERT
                || kind == FindingKind.AT_RISK || kind == FindingKind.OBLIGATION ? "an " : "a ") + kind + " of " + standardId;
        List<Finding> found = actual.findings(standardId).stream().filter(f -> f.kind() == kind).toList();
        if (found.isEmpty()) {
            failWithMessage("%s", "Expected " + expected + "\nin the evaluation as of " + actual.asOf() + ",\nbut "
                    + FindingText.ofStandard(actual, standardId));
        }
        return new FindingsAssert(actual, standardId, expected, found).describedAs(info.description());
    }

    /** The compliance of a standard: met / (met + breached). */
    public ComplianceAssert complianceOf(String standardId) {
        isNotNull();
        Objects.requireNonNull(standardId, "standardId");
        return new ComplianceAssert(actual, standardId).describedAs(info.description());
    }
}
