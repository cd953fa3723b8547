package org.servicestandards.evaluation;

import java.time.Clock;
import java.time.Instant;
import org.servicestandards.model.Dataset;

/**
 * Evaluates records against the standards. Implementations are thread-safe: one evaluator serves
 * any number of concurrent evaluations.
 */
public interface StandardsEvaluator {

    /**
     * Evaluates the records as they were known at {@code asOf}: records that begin later are not
     * looked at. Records that fail validation are rejected with an input error and every other
     * record is still evaluated.
     *
     * @param records the records, not null
     * @param asOf    the evaluation instant, not null
     * @return the findings and input errors
     */
    Evaluation evaluate(Dataset records, Instant asOf);

    /** Evaluates as of the clock's current instant. */
    default Evaluation evaluate(Dataset records, Clock clock) {
        return evaluate(records, clock.instant());
    }
}
