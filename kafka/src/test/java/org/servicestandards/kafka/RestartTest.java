package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.Dataset;

/**
 * A finding is emitted once even when an instance restarts: an instance stopped mid-week and a new
 * one started from the stores' changelogs (see {@link LiveFeed#restart}) together emit exactly what
 * one uninterrupted instance emits.
 */
class RestartTest {

    @Test
    void restartingMidWeek_losesAndDuplicatesNothing() {
        Dataset records = Generator.week(BatchEquivalenceTest.SEED + 3, 6);
        Instant end = Generator.end();
        List<FindingJson.Output> uninterrupted = LiveFeed.run(records, end, null);
        Instant restartAt = Harness.at(4, 12, 0);
        List<FindingJson.Output> restarted = LiveFeed.run(records, end, restartAt);
        assertThat(restarted).as("restarted at %s", restartAt).containsExactlyElementsOf(uninterrupted);
        assertThat(uninterrupted).hasSizeGreaterThan(20);
    }
}
