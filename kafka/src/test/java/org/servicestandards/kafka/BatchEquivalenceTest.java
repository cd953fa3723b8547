package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Dataset;

/**
 * The stream reports what a batch evaluation of the same records reports: the topology's
 * partitioning (by case, customer, agent, product), its stores and its JSON lose nothing and add
 * nothing.
 */
class BatchEquivalenceTest {
    static final long SEED = 20260302L;

    /** Records in the order they happened (the order a live feed sends them). */
    static List<Record> chronological(Dataset d) {
        List<Record> all = new ArrayList<>();
        d.records().forEach(r -> all.add((Record) r));
        all.sort(Comparator.comparing(BatchEquivalenceTest::firstInstant));
        return all;
    }

    static Instant firstInstant(Record r) {
        List<Instant> all = new ArrayList<>();
        WakeUps.instants(r, all);
        return all.stream().min(Instant::compareTo).orElse(Instant.EPOCH);
    }

    static Set<String> keys(Evaluation e) { return FindingKeys.byKey(e.findings()).keySet(); }

    /** Keys raised and not withdrawn since. */
    static Set<String> reported(List<FindingJson.Output> outputs) {
        Set<String> keys = new TreeSet<>();
        for (FindingJson.Output o : outputs) {
            if (o.isRaised()) {
                keys.add(o.key());
            } else {
                keys.remove(o.key());
            }
        }
        return keys;
    }

    static Set<String> withdrawable(Set<String> keys) {
        return keys.stream().filter(FindingKeys::isWithdrawable).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void findingsEqualABatchEvaluationOfTheSameRecords() {
        Dataset records = Generator.week(SEED, 14);
        Instant end = Generator.end();
        Evaluation batch = Harness.STANDARDS.evaluate(records, end);
        List<Record> shuffled = chronological(records);
        Collections.shuffle(shuffled, new Random(SEED));
        // Every record arrives before any of it happened (as of the wall clock nothing is known yet);
        // then the clock jumps to the end and one punctuation evaluates every bucket.
        try (Harness h = new Harness(Harness.at(1, 0, 0).minus(Duration.ofDays(120)))) {
            h.send(shuffled.toArray(Record[]::new));
            assertThat(h.findings()).isEmpty();
            h.advanceTo(end);
            List<FindingJson.Output> out = h.findings();

            assertThat(out).allMatch(FindingJson.Output::isRaised).allMatch(o -> o.asOf().equals(end));
            List<Finding> streamed = out.stream().map(FindingJson.Output::finding).sorted(Finding.ORDER).toList();
            assertThat(streamed).as("seed %d", SEED).containsExactlyElementsOf(batch.findings());
            assertThat(h.rejected()).isEmpty();
            // every scope took part
            assertThat(out.stream().map(FindingJson.Output::scope).distinct()).containsExactlyInAnyOrder(Scope.values());
            assertThat(batch.findings().stream().map(Finding::kind).distinct())
                    .contains(FindingKind.MET, FindingKind.BREACH, FindingKind.ALERT, FindingKind.ESCALATION);
        }
    }

    @Test
    void recordsArrivingInAnyOrderAfterTheyHappened_reportTheBatchFindings() {
        Dataset records = Generator.week(SEED + 1, 12);
        Instant end = Generator.end();
        Evaluation batch = Harness.STANDARDS.evaluate(records, end);
        List<Record> shuffled = chronological(records);
        Collections.shuffle(shuffled, new Random(SEED + 1));
        try (Harness h = new Harness(end)) {
            h.send(shuffled.toArray(Record[]::new));
            h.advanceTo(end.plusSeconds(2));
            List<FindingJson.Output> out = h.findings();
            Set<String> reported = reported(out);
            // nothing lost: every finding of the batch was raised and stands
            assertThat(reported).as("seed %d", SEED + 1).containsAll(keys(batch));
            // nothing spurious that stands: outcomes seen on partial records were withdrawn
            assertThat(withdrawable(reported)).isEqualTo(withdrawable(keys(batch)));
            // emitted once
            List<String> raised = out.stream().filter(FindingJson.Output::isRaised).map(FindingJson.Output::key).toList();
            Map<String, Integer> raisedTwiceWithoutWithdrawal = new HashMap<>();
            Set<String> open = new HashSet<>();
            for (FindingJson.Output o : out) {
                if (o.isRaised() && !open.add(o.key())) {
                    raisedTwiceWithoutWithdrawal.merge(o.key(), 1, Integer::sum);
                } else if (o.isWithdrawn()) {
                    open.remove(o.key());
                }
            }
            assertThat(raisedTwiceWithoutWithdrawal).isEmpty();
            assertThat(raised).isNotEmpty();
        }
    }

    @Test
    void aLiveWeek_reportsTheBatchFindingsAsTheyComeDue() {
        Dataset records = Generator.week(SEED + 2, 7);
        Instant end = Generator.end();
        Evaluation batch = Harness.STANDARDS.evaluate(records, end);
        List<FindingJson.Output> out = LiveFeed.run(records, end, null);
        Set<String> reported = reported(out);
        assertThat(reported).as("seed %d", SEED + 2).containsAll(keys(batch));
        assertThat(withdrawable(reported)).isEqualTo(withdrawable(keys(batch)));
        // each warning was true when it was raised: a batch evaluation at its instant has it too
        List<FindingJson.Output> warnings = out.stream()
                .filter(o -> o.isRaised() && !FindingKeys.isWithdrawable(o.key())).toList();
        assertThat(warnings).isNotEmpty();
        for (FindingJson.Output w : warnings.subList(0, Math.min(12, warnings.size()))) {
            Evaluation then = Harness.STANDARDS.evaluate(records, w.asOf());
            assertThat(keys(then)).as("%s at %s", w.key(), w.asOf()).contains(w.key());
        }
    }
}
