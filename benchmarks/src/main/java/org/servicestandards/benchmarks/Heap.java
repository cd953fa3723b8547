package org.servicestandards.benchmarks;

import java.lang.management.ManagementFactory;

/** Heap figures for the mains that measure memory. */
final class Heap {
    private Heap() {}

    /** Heap in use after full collections, in bytes. */
    static long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static long max() {
        return Runtime.getRuntime().maxMemory();
    }
}
