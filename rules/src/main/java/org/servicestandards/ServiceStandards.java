package org.servicestandards;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.StandardsEvaluator;
import org.servicestandards.model.Dataset;
import org.servicestandards.rules.ReloadableStandards;
import org.servicestandards.rules.RuleCompilationException;
import org.servicestandards.rules.RuleInfo;
import org.servicestandards.rules.RuleProblem;
import org.servicestandards.rules.RuleSet;
import org.servicestandards.rules.internal.CompiledRuleSet;
import org.servicestandards.rules.internal.DroolsEvaluator;

/**
 * The entry point: an evaluator of customer-service standards backed by a compiled Drools rule
 * base: the library's default rules, plus any DRL a rule author adds. Build one per configuration
 * and share it; it is immutable and thread-safe, and each evaluation runs in sessions of its own.
 *
 * <pre>{@code
 * ServiceStandards standards = ServiceStandards.builder()
 *         .config(StandardsConfig.builder().calendar(calendar).build())
 *         .rules(Path.of("my-rules"))          // optional: the rule author's DRL files
 *         .build();
 * Evaluation evaluation = standards.evaluate(records, asOf);
 * }</pre>
 *
 * <p>To swap rules in a running system, wrap it in a {@link ReloadableStandards}.
 *
 * <p>DRL is code: loading DRL from an untrusted source runs that source's code in this JVM.
 */
public final class ServiceStandards implements StandardsEvaluator {
    private final CompiledRuleSet compiled;
    private final StandardsConfig configured;
    private final DroolsEvaluator engine;

    private ServiceStandards(CompiledRuleSet compiled, StandardsConfig configured) {
        this.compiled = compiled;
        this.configured = configured;
        this.engine = new DroolsEvaluator(compiled.kieBase(), compiled.ruleSet().applyDeclarations(configured));
    }

    public static Builder builder() { return new Builder(); }

    /** An evaluator with the default rule base and the catalogue's default configuration. */
    public static ServiceStandards withDefaults() { return builder().build(); }

    /**
     * The configuration evaluations use: the one given to the builder plus every standard the rules
     * declare in their metadata ({@link RuleSet#applyDeclarations}).
     */
    public StandardsConfig config() { return engine.config(); }

    /** The rule set this evaluator was compiled from. */
    public RuleSet ruleSet() { return compiled.ruleSet(); }

    /** Every rule of the compiled rule base with its metadata, in file order (replaced default rules left out). */
    public List<RuleInfo> rules() { return compiled.index().rules(); }

    /** Notes from compiling: which default rules the author's rules replace. */
    public List<RuleProblem> notes() { return compiled.index().notes(); }

    /**
     * The same compiled rules with another configuration (targets, calendar, disabled standards):
     * nothing is compiled again. Standards the rules declare are added to {@code config} as in
     * {@link Builder#config}.
     */
    public ServiceStandards withConfig(StandardsConfig config) {
        return new ServiceStandards(compiled, Objects.requireNonNull(config, "config"));
    }

    /**
     * A new evaluator with these rules and this one's configuration: the rules are compiled aside,
     * this evaluator is unchanged.
     *
     * @throws RuleCompilationException when the rules do not compile
     */
    public ServiceStandards withRules(RuleSet rules) {
        return new ServiceStandards(CompiledRuleSet.compile(Objects.requireNonNull(rules, "rules")), configured);
    }

    @Override
    public Evaluation evaluate(Dataset records, Instant asOf) {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(asOf, "asOf");
        return engine.evaluate(records, asOf);
    }

    /**
     * Evaluates a history too large to hold in memory, chunk by chunk: each chunk holds whole
     * customers (every record of each of its customers), read from {@code customers} one at a time
     * and evaluated on {@code threads} threads, at most {@code 4 x threads} chunks in flight. Every
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

    @Override
    public String toString() {
        return "ServiceStandards[" + compiled.ruleSet() + ", " + rules().size() + " rules]";
    }

    /**
     * Builds a {@link ServiceStandards}. The configuration and the rule set may each be set once;
     * DRL files may be added many times and load in the order they are added, after the default
     * rules. Not thread-safe.
     */
    public static final class Builder {
        private StandardsConfig config;
        private RuleSet ruleSet;
        private RuleSet.Builder rules;

        private Builder() {}

        /**
         * The configuration (targets, calendar, disabled standards, ...); defaults to
         * {@link StandardsConfig#defaults()}. Standards declared in DRL metadata are added to it unless
         * it already defines them.
         */
        public Builder config(StandardsConfig value) {
            if (config != null) {
                throw new IllegalStateException("config was already set to " + config);
            }
            this.config = Objects.requireNonNull(value, "config");
            return this;
        }

        /** The whole rule set; exclusive with {@link #rules}, {@link #classpathRules}, {@link #drl} and {@link #withoutDefaultRules}. */
        public Builder ruleSet(RuleSet value) {
            if (ruleSet != null) {
                throw new IllegalStateException("ruleSet was already set to " + ruleSet);
            }
            if (rules != null) {
                throw new IllegalStateException("rule files were already added; set the whole rule set or add files, not both");
            }
            this.ruleSet = Objects.requireNonNull(value, "ruleSet");
            return this;
        }

        /**
         * Adds every {@code *.drl} file under {@code dir} (sub-directories included, sorted by path).
         * A rule named like a default rule, in package {@code org.servicestandards.rules}, replaces it.
         *
         * @throws UncheckedIOException if the directory cannot be read
         * @throws IllegalArgumentException if it is not a directory
         */
        public Builder rules(Path dir) {
            files().directory(dir);
            return this;
        }

        /** Adds one {@code .drl} classpath resource, or every {@code *.drl} resource under a classpath folder. */
        public Builder classpathRules(String location) {
            files().classpath(location);
            return this;
        }

        /** Adds one DRL text, reported under {@code path} in problems. */
        public Builder drl(String path, String text) {
            files().drl(path, text);
            return this;
        }

        /** Leaves the library's default rules out: only the added DRL is compiled. */
        public Builder withoutDefaultRules() {
            files().withoutDefaults();
            return this;
        }

        private RuleSet.Builder files() {
            if (ruleSet != null) {
                throw new IllegalStateException("the rule set was already set to " + ruleSet + "; add files to it instead");
            }
            if (rules == null) {
                rules = RuleSet.builder();
            }
            return rules;
        }

        /**
         * Compiles the rule base and builds the evaluator.
         *
         * @throws RuleCompilationException when the rules do not compile, listing {@code file:line} problems
         */
        public ServiceStandards build() {
            StandardsConfig effective = config == null ? StandardsConfig.defaults() : config;
            RuleSet set = ruleSet != null ? ruleSet : rules != null ? rules.build() : RuleSet.defaults();
            return new ServiceStandards(CompiledRuleSet.compile(set), effective);
        }
    }
}
