package org.servicestandards.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Dataset;

/** The hand-written evaluator of the response-time family gives exactly the rule base's findings. */
class ResponseTimeBaselineTest {
    static final long SEED = Long.getLong("property.seed", 20260302L);
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void identicalFindings_onGeneratedHistories_atManyInstants() {
        ServiceStandards standards = SharedStandards.defaults();
        ResponseTimeBaseline baseline = new ResponseTimeBaseline(standards.config());
        int compared = 0;
        for (int round = 0; round < 4; round++) {
            long seed = SEED + round;
            Random random = new Random(seed);
            HistoryGenerator generator = new HistoryGenerator(seed, START, Duration.ofDays(10), 8);
            Dataset history = generator.dataset(60);
            for (int k = 0; k < 3; k++) {
                Instant asOf = START.plusSeconds(random.nextInt(16 * 86_400));
                Evaluation engine = standards.evaluate(history, asOf);
                Evaluation hand = baseline.evaluate(history, asOf);
                List<Finding> expected = engine.findings().stream()
                        .filter(f -> ResponseTimeBaseline.inFamily(f.standardId())).toList();
                assertThat(hand.findings()).as("seed %d, as of %s", seed, asOf).containsExactlyElementsOf(expected);
                assertThat(hand.inputErrors()).as("seed %d: the generator makes valid records", seed).isEmpty();
                compared += expected.size();
                assertThat(expected).extracting(Finding::kind).as("seed %d: every kind occurs", seed)
                        .contains(FindingKind.MET, FindingKind.BREACH);
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }
}
