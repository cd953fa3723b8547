package org.servicestandards.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.servicestandards.BatchSummary;
import org.servicestandards.ServiceStandards;

/**
 * A large history streamed through the full default rule base in a small heap: completes, and prints
 * the heap in use after the last collection and each pool's peak. Usage: {@code java -Xmx512m -cp
 * benchmarks.jar org.servicestandards.benchmarks.BatchHeap [interactions=1000000] [threads=2]}.
 */
public final class BatchHeap {
    private BatchHeap() {}

    public static void main(String[] args) {
        int interactions = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        ServiceStandards standards = ServiceStandards.withDefaults();
        int customers = Histories.customersFor(interactions);
        AtomicLong seen = new AtomicLong();
        long t0 = System.nanoTime();
        // the heap in use, sampled every second: flat while customers stream, whatever their number
        List<String> samples = new ArrayList<>();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
                synchronized (samples) {
                    samples.add(String.format("%ds:%d", (System.nanoTime() - t0) / 1_000_000_000L, used >> 20));
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        BatchSummary summary = standards.evaluate(Histories.GENERATOR.directory(), Histories.stream(customers),
                Histories.AS_OF, threads, f -> seen.incrementAndGet());
        double seconds = (System.nanoTime() - t0) / 1e9;
        sampler.interrupt();
        long peak = 0;
        StringBuilder pools = new StringBuilder();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
                pools.append(String.format(" %s %s;", pool.getName(), Heap.mb(pool.getPeakUsage().getUsed())));
            }
        }
        System.out.printf("%d customers, %d records, %d findings in %.1f s on %d thread(s): %.0f interactions/s%n",
                summary.customers(), summary.recordsEvaluated(), seen.get(), seconds, threads,
                interactions / seconds);
        System.out.printf("max heap %s; heap in use after collections at the end %s; peak per pool:%s%n",
                Heap.mb(Heap.max()), Heap.mb(Heap.usedAfterGc()), pools);
        synchronized (samples) {
            System.out.println("heap in use (MB) by second: " + String.join(" ", samples));
        }
    }
}
