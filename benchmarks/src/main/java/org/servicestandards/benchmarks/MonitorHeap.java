package org.servicestandards.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.servicestandards.ServiceStandards;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.monitor.StandardsMonitor;

/**
 * The monitor with many open cases: heap per open case (heap after full collections, before and
 * after loading), load time, and a quick update-latency sample (JMH's {@link MonitorBenchmark} is the
 * measurement of record). Usage: {@code java -Xmx1g -cp benchmarks.jar
 * org.servicestandards.benchmarks.MonitorHeap [openCases=100000] [updates=20000]}.
 */
public final class MonitorHeap {
    private MonitorHeap() {}

    public static void main(String[] args) {
        int openCases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int updates = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        ServiceStandards standards = ServiceStandards.withDefaults();
        StandardsMonitor monitor = StandardsMonitor.builder(standards).startAt(OpenCases.NOW).build();
        monitor.putAll(OpenCases.agents());
        long before = Heap.usedAfterGc();
        long t0 = System.nanoTime();
        int batch = 5_000;
        for (int from = 0; from < openCases; from += batch) {
            monitor.putAll(OpenCases.customers(from, Math.min(openCases, from + batch)));
        }
        long loadNanos = System.nanoTime() - t0;
        long after = Heap.usedAfterGc();
        StandardsMonitor.Stats stats = monitor.stats();
        System.out.printf("%d open cases loaded in %.1f s (%.0f customers/s); held: %s%n", openCases,
                loadNanos / 1e9, openCases / (loadNanos / 1e9), stats);
        System.out.printf("heap: %s before, %s after (max %s): %.0f bytes per open case%n", Heap.mb(before),
                Heap.mb(after), Heap.mb(Heap.max()), (after - before) / (double) openCases);

        SplittableRandom r = new SplittableRandom(7);
        long[] nanos = new long[updates];
        long[] cpu = new long[updates];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int u = 0; u < updates; u++) {
            int i = r.nextInt(openCases);
            Interaction in = Interaction.of("U-" + u, "C-" + i, "K-" + i, Channel.EMAIL,
                    u % 2 == 0 ? Direction.OUTBOUND : Direction.INBOUND, OpenCases.NOW);
            if (u % 2 == 0) {
                in = in.withAgent("A-" + (i % OpenCases.AGENTS));
            }
            long c = threads.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            monitor.put(in);
            nanos[u] = System.nanoTime() - s;
            cpu[u] = threads.getCurrentThreadCpuTime() - c;
        }
        long[] warm = Arrays.copyOfRange(nanos, updates / 2, updates);
        Arrays.sort(warm);
        System.out.printf("update latency (second half of %d updates): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms,"
                        + " p99.9 %.3f ms, max %.3f ms%n", updates, warm[warm.length / 2] / 1e6,
                warm[(int) (warm.length * 0.9)] / 1e6, warm[(int) (warm.length * 0.99)] / 1e6,
                warm[(int) (warm.length * 0.999)] / 1e6, warm[warm.length - 1] / 1e6);
        long[] warmCpu = Arrays.copyOfRange(cpu, updates / 2, updates);
        Arrays.sort(warmCpu);
        System.out.printf("update CPU time of the calling thread (no GC pauses, no preemption): p50 %.3f ms,"
                        + " p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms%n", warmCpu[warmCpu.length / 2] / 1e6,
                warmCpu[(int) (warmCpu.length * 0.9)] / 1e6, warmCpu[(int) (warmCpu.length * 0.99)] / 1e6,
                warmCpu[(int) (warmCpu.length * 0.999)] / 1e6);
        System.out.printf("heap after updates: %s%n", Heap.mb(Heap.usedAfterGc()));
    }
}
