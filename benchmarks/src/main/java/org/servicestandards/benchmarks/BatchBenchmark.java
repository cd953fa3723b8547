package org.servicestandards.benchmarks;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.servicestandards.baseline.ResponseTimeBaseline;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.model.Dataset;
import org.servicestandards.rules.internal.DroolsEvaluator;
import org.servicestandards.rules.internal.RuleBaseCompiler;
import org.servicestandards.rules.internal.StreamingEvaluator;

/**
 * A whole history evaluated once per operation, customer by customer:
 * <ul>
 *   <li>{@code drools-full}: the full default rule base (every family), through the streaming batch;</li>
 *   <li>{@code drools-response}: only {@code Common.drl} and {@code ResponseTime.drl}, the response-time
 *       family, through the same streaming batch;</li>
 *   <li>{@code hand-written}: the plain-Java evaluator of the response-time family
 *       ({@link ResponseTimeBaseline}), run the same way.</li>
 * </ul>
 * {@code source=memory} evaluates customers generated in setup (the generator is not timed);
 * {@code source=stream} generates them while evaluating (heap flat whatever the size; the generator's
 * own time is {@link GeneratorBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class BatchBenchmark {
    @Param({"100000"})
    public int interactions;

    @Param({"drools-full", "drools-response", "hand-written"})
    public String engine;

    @Param({"1", "2"})
    public int threads;

    @Param({"memory"})
    public String source;

    private int customers;
    private List<Dataset> held;
    private Dataset directory;
    private StreamingEvaluator drools;
    private ResponseTimeBaseline baseline;

    @Setup(Level.Trial)
    public void setUp() {
        customers = Histories.customersFor(interactions);
        directory = Histories.GENERATOR.directory();
        if (source.equals("memory")) {
            held = Histories.inMemory(customers);
            System.out.printf("%n%d customers, %d interactions, %d records%n", customers, Histories.interactions(held),
                    held.stream().mapToLong(Dataset::size).sum());
        }
        StandardsConfig config = StandardsConfig.defaults();
        switch (engine) {
            case "drools-full" -> drools = new StreamingEvaluator(
                    new DroolsEvaluator(RuleBaseCompiler.compile(RuleBaseCompiler.defaultSources()), config), threads);
            case "drools-response" -> drools = new StreamingEvaluator(new DroolsEvaluator(RuleBaseCompiler.compile(
                    RuleBaseCompiler.defaultSources().stream().filter(s -> s.path().endsWith("/Common.drl")
                            || s.path().endsWith("/ResponseTime.drl")).toList()), config), threads);
            case "hand-written" -> baseline = new ResponseTimeBaseline(config);
            default -> throw new IllegalArgumentException("engine " + engine);
        }
    }

    private Iterator<Dataset> chunks() {
        return source.equals("memory") ? held.iterator() : Histories.stream(customers);
    }

    @Benchmark
    public long evaluate(Blackhole bh) throws Exception {
        if (baseline != null) {
            return HandWrittenBatch.evaluate(baseline, directory.agents(), chunks(), Histories.AS_OF, threads, bh::consume);
        }
        return drools.evaluate(directory, chunks(), Histories.AS_OF, bh::consume).findings();
    }
}
