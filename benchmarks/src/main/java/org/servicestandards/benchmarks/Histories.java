package org.servicestandards.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.servicestandards.baseline.HistoryGenerator;
import org.servicestandards.model.Dataset;

/**
 * The generated histories the benchmarks evaluate: a fixed seed, 60 days from Monday 5 January 2026,
 * 50 agents; evaluated as of the day after the last case opened. About 18 interactions per customer.
 */
final class Histories {
    static final long SEED = 20260302L;
    static final Instant START = Instant.parse("2026-01-05T00:00:00Z");
    static final Duration SPAN = Duration.ofDays(60);
    static final Instant AS_OF = START.plus(SPAN).plus(Duration.ofDays(1));
    static final HistoryGenerator GENERATOR = new HistoryGenerator(SEED, START, SPAN, 50);

    private Histories() {}

    /** How many customers give about {@code interactions} interactions (measured on the first 2,000). */
    static int customersFor(int interactions) {
        long seen = 0;
        int sample = 2_000;
        for (int i = 0; i < sample; i++) {
            seen += GENERATOR.customer(i).interactions().size();
        }
        return (int) Math.max(1, Math.round(interactions / (seen / (double) sample)));
    }

    /** Customers generated as they are read. */
    static Iterator<Dataset> stream(int customers) {
        return GENERATOR.customers(customers);
    }

    /** Customers generated once, held in memory (for runs that should not time the generator). */
    static List<Dataset> inMemory(int customers) {
        List<Dataset> all = new ArrayList<>(customers);
        GENERATOR.customers(customers).forEachRemaining(all::add);
        return all;
    }

    static long interactions(List<Dataset> customers) {
        return customers.stream().mapToLong(d -> d.interactions().size()).sum();
    }
}
