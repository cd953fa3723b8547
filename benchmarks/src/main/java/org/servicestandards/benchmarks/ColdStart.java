package org.servicestandards.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import org.servicestandards.ServiceStandards;
import org.servicestandards.baseline.HistoryGenerator;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.Dataset;

/**
 * Cold start: a fresh JVM to its first evaluation with the default rule base. Prints the JVM's
 * uptime when the first evaluation is done, and how it splits (JVM start to main, compiling the rule
 * base, the first evaluation of a small desk). Run it in a loop of fresh JVMs (docs/benchmarks.md);
 * the wall time of each whole run is measured outside.
 */
public final class ColdStart {
    private ColdStart() {}

    public static void main(String[] args) {
        long inMain = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        ServiceStandards standards = ServiceStandards.withDefaults();
        long t1 = System.nanoTime();
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        Dataset desk = new HistoryGenerator(1, start, Duration.ofDays(5), 5).dataset(5);
        long t2 = System.nanoTime();
        Evaluation e = standards.evaluate(desk, start.plus(Duration.ofDays(6)));
        long t3 = System.nanoTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf("cold start: first evaluation done at %d ms of JVM uptime"
                        + " (JVM to main %d ms, compile %d ms, generate %d ms, first evaluation %d ms; %d findings)%n",
                uptime, inMain, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                e.findings().size());
    }
}
