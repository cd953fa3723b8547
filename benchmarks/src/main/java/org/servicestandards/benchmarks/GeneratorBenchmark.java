package org.servicestandards.benchmarks;

import java.util.Iterator;
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
import org.servicestandards.model.Dataset;

/** The history generator alone, one thread: what {@code source=stream} batch runs spend generating. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class GeneratorBenchmark {
    @Param({"100000"})
    public int interactions;

    private int customers;

    @Setup(Level.Trial)
    public void setUp() {
        customers = Histories.customersFor(interactions);
    }

    @Benchmark
    public long generate(Blackhole bh) {
        Iterator<Dataset> it = Histories.stream(customers);
        long n = 0;
        while (it.hasNext()) {
            Dataset d = it.next();
            bh.consume(d);
            n += d.size();
        }
        return n;
    }
}
