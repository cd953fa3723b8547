package org.servicestandards.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.facts.Text;

/**
 * Assertions on the findings of one standard and kind that an {@link EvaluationAssert} found, e.g.
 * {@code assertThat(evaluation).hasBreach("response.email").forSubject("I-17").lateBy(Duration.ofHours(2))}.
 *
 * <p>Every method narrows the selection to the findings that also match, and fails when none is
 * left; the failure message says the whole expectation so far and lists every finding of the
 * standard with its kind, subject, instants, evidence and sentence. {@link #actual} is the current
 * selection, never empty. Not thread-safe (AssertJ assertions never are).
 */
public final class FindingsAssert extends AbstractAssert<FindingsAssert, List<Finding>> {
    private final Evaluation evaluation;
    private final String standardId;
    private final String expected;

    FindingsAssert(Evaluation evaluation, String standardId, String expected, List<Finding> selected) {
        super(List.copyOf(selected), FindingsAssert.class);
        this.evaluation = evaluation;
        this.standardId = standardId;
        this.expected = expected;
    }

    /** Findings about this subject: the interaction, case, order, complaint, commitment or customer id. */
    public FindingsAssert forSubject(String subjectId) {
        return narrow("for subject " + subjectId, f -> f.subjectId().equals(subjectId));
    }

    /** Findings concerning this customer. */
    public FindingsAssert forCustomer(String customerId) {
        return narrow("for customer " + customerId, f -> Objects.equals(f.customerId(), customerId));
    }

    /** Findings concerning this case. */
    public FindingsAssert forCase(String caseId) {
        return narrow("on case " + caseId, f -> Objects.equals(f.caseId(), caseId));
    }

    /** Findings for which this agent is accountable. */
    public FindingsAssert forAgent(String agentId) {
        return narrow("for agent " + agentId, f -> Objects.equals(f.agentId(), agentId));
    }

    /** Findings late by exactly this wall-clock time ({@link Finding#lateBy()}). */
    public FindingsAssert lateBy(Duration lateness) {
        Objects.requireNonNull(lateness, "lateness");
        return narrow("late by " + Text.duration(lateness), f -> lateness.equals(f.lateBy()));
    }

    /**
     * Findings late by at most this wall-clock time; a finding that is not late (no
     * {@link Finding#lateBy()}) counts as late by zero.
     */
    public FindingsAssert atMost(Duration lateness) {
        Objects.requireNonNull(lateness, "lateness");
        return narrow("late by at most " + Text.duration(lateness),
                f -> f.lateBy() == null || f.lateBy().compareTo(lateness) <= 0);
    }

    /** Findings whose outcome instant ({@link Finding#at()}) is exactly this one. */
    public FindingsAssert at(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return narrow("at " + instant, f -> f.at().equals(instant));
    }

    /** Findings whose outcome instant is at or before this one (e.g. acknowledged by Monday 10:00). */
    public FindingsAssert atOrBefore(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return narrow("at or before " + instant, f -> !f.at().isAfter(instant));
    }

    /** Findings due exactly at this instant (the last on-time instant, {@link Finding#dueAt()}). */
    public FindingsAssert dueAt(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return narrow("due at " + instant, f -> instant.equals(f.dueAt()));
    }

    /** Findings due strictly before this instant. */
    public FindingsAssert dueBefore(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return narrow("due before " + instant, f -> f.dueAt() != null && f.dueAt().isBefore(instant));
    }

    /** Escalations to this level ({@code supervisor}, {@code manager}): the attribute {@code level}. */
    public FindingsAssert toLevel(String level) {
        return narrow("to level " + level, f -> Objects.equals(f.attribute("level"), level));
    }

    /** Findings with this attribute ({@code trigger}, {@code channel}, {@code phrase}, ...). */
    public FindingsAssert withAttribute(String name, String value) {
        return narrow("with " + name + "=" + value, f -> Objects.equals(f.attribute(name), value));
    }

    /** Findings whose evidence names this record, written {@code "<type> <id>"} ({@code "interaction I-18"}). */
    public FindingsAssert withEvidence(String record) {
        RecordRef ref = RecordRef.parse(record);
        return narrow("with evidence " + ref, f -> f.evidence().contains(ref));
    }

    /** Findings whose sentence contains this text. */
    public FindingsAssert withReasonContaining(String text) {
        return narrow("whose reason contains \"" + text + "\"", f -> f.reason().contains(text));
    }

    /** Asserts that exactly this many findings are selected. */
    public FindingsAssert hasSize(int expectedCount) {
        if (actual.size() != expectedCount) {
            failWithMessage("%s", "Expected exactly " + expectedCount + " of: " + expected + "\nin the evaluation as of "
                    + evaluation.asOf() + ",\nbut found " + actual.size() + ":\n" + FindingText.lines(actual)
                    + "\n" + FindingText.ofStandard(evaluation, standardId));
        }
        return this;
    }

    /** The one selected finding, for assertions of your own. Fails when more than one is selected. */
    public Finding single() {
        hasSize(1);
        return actual.get(0);
    }

    /** The selected findings, never empty. */
    public List<Finding> findings() { return actual; }

    /** Back to the evaluation, to chain another assertion. */
    public EvaluationAssert and() {
        return new EvaluationAssert(evaluation).describedAs(info.description());
    }

    private FindingsAssert narrow(String clause, Predicate<Finding> test) {
        String next = expected + " " + clause;
        List<Finding> kept = actual.stream().filter(test).toList();
        if (kept.isEmpty()) {
            failWithMessage("%s", "Expected " + next + "\nin the evaluation as of " + evaluation.asOf()
                    + ",\nbut " + FindingText.ofStandard(evaluation, standardId));
        }
        return new FindingsAssert(evaluation, standardId, next, kept).describedAs(info.description());
    }
}
