package org.servicestandards.testkit;

import org.servicestandards.evaluation.Evaluation;

/**
 * The entry point of the compliance assertions, for any JUnit (or other) test suite:
 * {@code import static org.servicestandards.testkit.ServiceStandardsAssertions.assertThat;}.
 * The assertions are AssertJ assertions: a description given with {@code as(...)} prefixes their
 * failure messages. Stateless and thread-safe.
 */
public final class ServiceStandardsAssertions {
    private ServiceStandardsAssertions() {}

    /** Assertions on an evaluation: {@code assertThat(evaluation).hasNoBreaches()}. */
    public static EvaluationAssert assertThat(Evaluation evaluation) {
        return new EvaluationAssert(evaluation);
    }
}
