package org.servicestandards.benchmarks;

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
import org.servicestandards.ServiceStandards;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.monitor.StandardsMonitor;

/**
 * Update latency of a monitor holding {@code openCases} open cases (full default rule base): each
 * operation puts one new interaction (alternately the agent's reply and the customer's next message)
 * on a random customer's case, which re-evaluates that customer and reports what changed. Sampled,
 * so JMH reports percentiles. One thread, as a CRM's event consumer would call it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class MonitorBenchmark {
    @Param({"100000"})
    public int openCases;

    private StandardsMonitor monitor;
    private long n;
    private long seed = 42;

    @Setup(Level.Trial)
    public void load() {
        monitor = StandardsMonitor.builder(ServiceStandards.withDefaults()).startAt(OpenCases.NOW).build();
        monitor.putAll(OpenCases.agents());
        for (int from = 0; from < openCases; from += 5_000) {
            monitor.putAll(OpenCases.customers(from, Math.min(openCases, from + 5_000)));
        }
        System.out.printf("%nloaded: %s%n", monitor.stats());
    }

    @Benchmark
    public void update() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        int i = (int) Math.floorMod(seed >>> 17, (long) openCases);
        long u = n++;
        Interaction in = Interaction.of("U-" + u, "C-" + i, "K-" + i, Channel.EMAIL,
                u % 2 == 0 ? Direction.OUTBOUND : Direction.INBOUND, OpenCases.NOW);
        monitor.put(u % 2 == 0 ? in.withAgent("A-" + (i % OpenCases.AGENTS)) : in);
    }
}
