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
