package org.servicestandards.kafka;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.Dataset;

/**
 * The figures of {@code docs/scaling.md}: records per second through one stream task, evaluations
 * per case over a live week, and bytes of state per case. A measurement, not a test: it runs only
 * with {@code -Dstandards.measure=true}, e.g.
 * {@code mvn -B -q -pl kafka -am verify -Dtest=ScalingMeasurement -Dstandards.measure=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ScalingMeasurement {

    @Test
    void measure() throws IOException {
        assumeTrue(Boolean.getBoolean("standards.measure"), "a measurement: run with -Dstandards.measure=true");
        int customers = Integer.getInteger("standards.customers", 400);
        Dataset warm = Generator.week(1, 100);
        throughput(warm, "warm-up");
        Dataset records = Generator.week(2, customers);
        throughput(records, "measured");
        live(Generator.week(3, 60));
    }

    private static void throughput(Dataset records, String label) throws IOException {
        List<LiveFeed.Event> events = LiveFeed.events(records);
        Instant end = Generator.end();
        try (Harness h = new Harness(end)) {
            long evaluationsBefore = evaluations();
            long t0 = System.nanoTime();
            for (LiveFeed.Event e : events) {
                h.send(e.record());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            h.findings();
            long evaluations = evaluations() - evaluationsBefore;
            System.out.printf("%s: %d events (%d records, %d cases, %d customers) in %.1f s: %.0f events/s, %d evaluations"
                            + " (%.0f/s), %.2f ms per evaluation%n", label, events.size(), records.size(),
                    records.cases().size(), records.customers().size(), seconds, events.size() / seconds, evaluations,
                    evaluations / seconds, seconds * 1000 / evaluations);
            state(h, StandardsTopology.CASE_STATE, "case bucket");
            state(h, StandardsTopology.OWNER_STATE, "customer/agent bucket");
            state(h, StandardsTopology.PRODUCT_STATE, "product bucket");
            long disk;
            try (Stream<Path> walk = Files.walk(h.stateDir)) {
                disk = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf("%s: state directory %,d bytes (RocksDB, uncompacted)%n", label, disk);
        }
    }

    private static void state(Harness h, String store, String what) {
        KeyValueStore<String, BucketState> kv = h.driver.getKeyValueStore(store);
        long count = 0;
        long bytes = 0;
        long records = 0;
        try (KeyValueIterator<String, BucketState> it = kv.all()) {
            while (it.hasNext()) {
                KeyValue<String, BucketState> e = it.next();
                count++;
                bytes += e.key.length() + e.value.toJson().length;
                records += e.value.records.size();
            }
        }
        System.out.printf("  %s: %d buckets, %,d bytes of JSON in all, %.0f bytes per bucket, %.1f records per bucket%n",
                what, count, bytes, count == 0 ? 0.0 : (double) bytes / count, count == 0 ? 0.0 : (double) records / count);
    }

    private static void live(Dataset records) {
        long before = evaluations();
        long caseBefore = BucketProcessor.EVALUATIONS.get(Scope.CASE).sum();
        long t0 = System.nanoTime();
        List<FindingJson.Output> out = LiveFeed.run(records, Generator.end(), null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long all = evaluations() - before;
        long cases = BucketProcessor.EVALUATIONS.get(Scope.CASE).sum() - caseBefore;
        int events = LiveFeed.events(records).size();
        System.out.printf("live week: %d events, %d cases, %d findings messages; %d evaluations (%d of cases: %.1f per case,"
                        + " of which %.1f on arrival); %.1f s with the clock stepped every %s%n", events,
                records.cases().size(), out.size(), all, cases, (double) cases / records.cases().size(),
                (double) events / records.cases().size(), seconds, LiveFeed.STEP);
    }

    private static long evaluations() {
        return BucketProcessor.EVALUATIONS.values().stream().mapToLong(java.util.concurrent.atomic.LongAdder::sum).sum();
    }

}
