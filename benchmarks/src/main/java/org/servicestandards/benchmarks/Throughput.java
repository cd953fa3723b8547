package org.servicestandards.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.servicestandards.baseline.ResponseTimeBaseline;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.model.Dataset;
import org.servicestandards.rules.internal.DroolsEvaluator;
import org.servicestandards.rules.internal.RuleBaseCompiler;
import org.servicestandards.rules.internal.StreamingEvaluator;

/**
 * A companion to {@link BatchBenchmark} for a shared, noisy machine: runs one engine over the same
 * in-memory history many times and prints, per run, wall time and the process's CPU time (which other
 * processes do not inflate), then the minimum and median. Usage: {@code java -Xmx2g -cp benchmarks.jar
 * org.servicestandards.benchmarks.Throughput <drools-full|drools-response|hand-written> [interactions]
 * [threads] [warmups] [runs]}.
 */
public final class Throughput {
    private Throughput() {}

    public static void main(String[] args) throws Exception {
        String engine = args[0];
        int interactions = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        int warmups = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        List<Dataset> held = Histories.inMemory(Histories.customersFor(interactions));
        long n = Histories.interactions(held);
        Dataset directory = Histories.GENERATOR.directory();
        StandardsConfig config = StandardsConfig.defaults();
        StreamingEvaluator drools = null;
        ResponseTimeBaseline baseline = null;
        switch (engine) {
            case "drools-full" -> drools = new StreamingEvaluator(
                    new DroolsEvaluator(RuleBaseCompiler.compile(RuleBaseCompiler.defaultSources()), config), threads);
            case "drools-response" -> drools = new StreamingEvaluator(new DroolsEvaluator(RuleBaseCompiler.compile(
                    RuleBaseCompiler.defaultSources().stream().filter(s -> s.path().endsWith("/Common.drl")
                            || s.path().endsWith("/ResponseTime.drl")).toList()), config), threads);
            case "hand-written" -> baseline = new ResponseTimeBaseline(config);
            default -> throw new IllegalArgumentException("engine " + engine);
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        long findings = 0;
        for (int r = -warmups; r < runs; r++) {
            AtomicLong count = new AtomicLong();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            if (baseline != null) {
                HandWrittenBatch.evaluate(baseline, directory.agents(), held.iterator(), Histories.AS_OF, threads,
                        f -> count.incrementAndGet());
            } else {
                drools.evaluate(directory, held.iterator(), Histories.AS_OF, f -> count.incrementAndGet());
            }
            double w = (System.nanoTime() - t0) / 1e6;
            double c = (os.getProcessCpuTime() - c0) / 1e6;
            findings = count.get();
            System.out.printf("%s %s: wall %.0f ms, cpu %.0f ms%n", r < 0 ? "warmup" : "run", engine, w, c);
            if (r >= 0) {
                wall[r] = w;
                cpu[r] = c;
            }
        }
        double[] ws = wall.clone();
        double[] cs = cpu.clone();
        Arrays.sort(ws);
        Arrays.sort(cs);
        System.out.printf("RESULT %s interactions=%d threads=%d findings=%d: wall min %.0f median %.0f ms"
                        + " (%.0f interactions/s at the minimum); cpu min %.0f median %.0f ms (%.0f interactions per cpu-second)"
                        + "; load %.2f%n", engine, n, threads, findings, ws[0], ws[runs / 2], n / (ws[0] / 1000),
                cs[0], cs[runs / 2], n / (cs[0] / 1000), os.getSystemLoadAverage());
    }
}
