package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.Dataset;

/**
 * A finding is emitted once even when an instance restarts: an instance stopped mid-week and a new
 * one started from the stores' changelogs (see {@link LiveFeed#restart}) together emit exactly what
 * one uninterrupted instance emits, bucket by bucket in the same order (the findings topic is keyed
 * by bucket: Kafka orders messages per key, not across the buckets of different tasks, and the test
 * driver's punctuators of one instant may run in another order after a restart).
 */
class RestartTest {

    @Test
    void restartingMidWeek_losesAndDuplicatesNothing() {
        Dataset records = Generator.week(BatchEquivalenceTest.SEED + 3, 6);
        Instant end = Generator.end();
        List<FindingJson.Output> uninterrupted = LiveFeed.run(records, end, null);
        Instant restartAt = Harness.at(4, 12, 0);
        List<FindingJson.Output> restarted = LiveFeed.run(records, end, restartAt);
        assertThat(byBucket(restarted)).as("restarted at %s", restartAt).isEqualTo(byBucket(uninterrupted));
        assertThat(restarted).containsExactlyInAnyOrderElementsOf(uninterrupted);
        assertThat(uninterrupted).hasSizeGreaterThan(20);
    }

    /** The messages of each bucket, in the order they were written. */
    static Map<String, List<FindingJson.Output>> byBucket(List<FindingJson.Output> outputs) {
        Map<String, List<FindingJson.Output>> out = new TreeMap<>();
        outputs.forEach(o -> out.computeIfAbsent(o.bucket(), b -> new ArrayList<>()).add(o));
        return out;
    }
}
