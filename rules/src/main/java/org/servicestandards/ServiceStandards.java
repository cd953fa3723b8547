package org.servicestandards;

import java.time.Instant;
import java.util.Objects;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.StandardsEvaluator;
import org.servicestandards.model.Dataset;
import org.servicestandards.rules.RuleCompilationException;
import org.servicestandards.rules.internal.DroolsEvaluator;
import org.servicestandards.rules.internal.RuleBaseCompiler;

/**
 * The entry point: an evaluator of customer-service standards backed by the default Drools rule
 * base. Build one per configuration and share it; it is immutable and thread-safe, and each
 * evaluation runs in sessions of its own.
 *
 * <pre>{@code
 * ServiceStandards standards = ServiceStandards.builder()
 *         .config(StandardsConfig.builder().calendar(calendar).build())
 *         .build();
 * Evaluation evaluation = standards.evaluate(records, asOf);
 * }</pre>
 */
public final class ServiceStandards implements StandardsEvaluator {
    private final DroolsEvaluator engine;

    private ServiceStandards(DroolsEvaluator engine) {
        this.engine = engine;
    }

    public static Builder builder() { return new Builder(); }

    /** An evaluator with the default rule base and the catalogue's default configuration. */
    public static ServiceStandards withDefaults() { return builder().build(); }

    public StandardsConfig config() { return engine.config(); }

    @Override
    public Evaluation evaluate(Dataset records, Instant asOf) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(asOf, "asOf");
        return engine.evaluate(records, asOf);
    }

    /**
     * Evaluates a history too large to hold in memory, chunk by chunk: each chunk holds whole
     * customers (every record of each of its customers), read from {@code customers} one at a time
     * and evaluated on {@code threads} threads, at most {@code 2 x threads} chunks in flight. Every
     * finding goes to {@code sink}, on the calling thread, chunk by chunk in input order, then those
     * of the agents' records and of the cross-customer rules (which keep every customer, complaint
     * and proactive notice until the end). Nothing else is kept, so the heap does not grow with the
     * history.
     *
     * <p>The findings are those of {@link #evaluate(Dataset, Instant)} over all the records, except
     * that each chunk is validated on its own: duplicate ids in different chunks, and references
     * from one customer's records to another customer's interactions, are not detected.
     *
     * @param directory the agents and agent absences; other records in it are ignored
     * @param customers chunks of whole customers, read once on the calling thread
     * @param asOf      the evaluation instant
     * @param threads   how many threads evaluate chunks, {@code >= 1}
     * @param sink      receives every finding; called on the calling thread only
     * @return how many customers, records and findings there were, and the input errors
     */
    public BatchSummary evaluate(Dataset directory, java.util.Iterator<Dataset> customers, Instant asOf, int threads,
                                 java.util.function.Consumer<? super org.servicestandards.evaluation.Finding> sink) {
        return new org.servicestandards.rules.internal.StreamingEvaluator(engine, threads)
                .evaluate(directory, customers, asOf, sink);
    }

    /**
     * The engine behind this evaluator, for this library's own monitor; not part of the API and
     * subject to change.
     */
    public DroolsEvaluator engine() { return engine; }

    /** Builds a {@link ServiceStandards}; each option may be set once. Not thread-safe. */
    public static final class Builder {
        private StandardsConfig config;

        private Builder() {}

        /** The configuration (targets, calendar, ...); defaults to {@link StandardsConfig#defaults()}. */
        public Builder config(StandardsConfig value) {
            if (config != null) {
                throw new IllegalStateException("config was already set to " + config);
            }
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /**
         * Compiles the rule base and builds the evaluator.
         *
         * @throws RuleCompilationException when the rules do not compile, listing {@code file:line} problems
         */
        public ServiceStandards build() {
            StandardsConfig effective = config == null ? StandardsConfig.defaults() : config;
            return new ServiceStandards(new DroolsEvaluator(RuleBaseCompiler.compile(RuleBaseCompiler.defaultSources()),
                    effective));
        }
    }
}
