package org.servicestandards.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.baseline.HistoryGenerator;
import org.servicestandards.baseline.SharedStandards;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Dataset;

/**
 * The monitor's invariant on generated streams: at every instant looked at, its findings equal a
 * batch evaluation of the records it was given, at that instant; and its listeners have been told
 * exactly those findings (arisen minus withdrawn). Instants looked at: after each group of changes,
 * at random instants between changes, and exactly at (and just before) the monitor's next wake-up.
 */
class MonitorEqualsBatchTest {
    static final long SEED = Long.getLong("property.seed", 20260302L);
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    @Test
    void monitorEqualsBatch_atManyInstants_onGeneratedStreams() {
        int instants = 0;
        Set<FindingKind> kindsSeen = new HashSet<>();
        for (int round = 0; round < 3; round++) {
            long seed = SEED + round;
            instants += replay(seed, null, kindsSeen);
        }
        System.out.printf("monitor equals batch: %d instants compared, kinds %s%n", instants, kindsSeen);
        assertThat(instants).isGreaterThan(300);
        assertThat(kindsSeen).contains(FindingKind.MET, FindingKind.BREACH, FindingKind.AT_RISK,
                FindingKind.OBLIGATION, FindingKind.ALERT, FindingKind.ESCALATION);
    }

    @Test
    void withAHistorySource_settledCustomersLeave_andNothingIsLost() {
        Set<FindingKind> kindsSeen = new HashSet<>();
        Map<String, List<Finding>> archive = new HashMap<>();
        replay(SEED + 100, archive, kindsSeen);
        assertThat(archive.keySet()).as("seed %d: customers with nothing open settled", SEED + 100)
                .anyMatch(id -> id.startsWith("Q-"));
    }

    /**
     * Replays one generated history through a monitor, comparing it with batch evaluations.
     *
     * @param archive with a history source when not null: settled customers' findings go there
     * @return how many instants were compared
     */
    private static int replay(long seed, Map<String, List<Finding>> archive, Set<FindingKind> kindsSeen) {
        ServiceStandards standards = SharedStandards.defaults();
        Random random = new Random(seed);
        HistoryGenerator generator = new HistoryGenerator(seed, START, Duration.ofDays(6), 4);
        Dataset history = generator.dataset(archive == null ? 9 : 10);
        if (archive != null) {
            history = withQuietCustomers(history, random, 8);
        }
        Replay replay = new Replay(history, START, random);
        Recorder recorder = new Recorder(archive == null);
        StandardsMonitor.Builder builder = StandardsMonitor.builder(standards).startAt(START).listener(recorder);
        if (archive != null) {
            builder.history(customerId -> replay.given().records()
                    .filter(r -> customerId.equals(RecordKey.customerOf(r))).toList());
            builder.listener(new MonitorListener() {
                @Override
                public void onFinding(Finding finding) {}

                @Override
                public void onSettled(String customerId, List<Finding> findings) {
                    archive.put(customerId, findings);
                }
            });
        }
        StandardsMonitor monitor = builder.build();

        int compared = 0;
        List<Replay.Event> events = replay.events();
        int i = 0;
        while (i < events.size()) {
            Instant at = events.get(i).at();
            // look in between: just before and at some of the wake-ups on the way, and at a random instant
            Instant wake;
            while ((wake = monitor.nextWakeUp().orElse(null)) != null && wake.isBefore(at)) {
                if (random.nextInt(5) == 0) {
                    monitor.advanceTo(wake.minusNanos(1));
                    compared += compare(seed, monitor, replay, standards, recorder, archive, kindsSeen);
                    monitor.advanceTo(wake);
                    compared += compare(seed, monitor, replay, standards, recorder, archive, kindsSeen);
                } else {
                    monitor.advanceTo(wake);
                }
            }
            if (random.nextInt(4) == 0 && monitor.now().isBefore(at)) {
                long span = Duration.between(monitor.now(), at).toSeconds();
                if (span > 1) {
                    monitor.advanceTo(monitor.now().plusSeconds(1 + (long) (random.nextDouble() * (span - 1))));
                    compared += compare(seed, monitor, replay, standards, recorder, archive, kindsSeen);
                }
            }
            monitor.advanceTo(at);
            List<Object> group = new ArrayList<>();
            List<Replay.Event> applied = new ArrayList<>();
            while (i < events.size() && events.get(i).at().equals(at)) {
                Replay.Event e = events.get(i++);
                if (e.retract()) {
                    monitor.retract(e.record());
                } else if (at.equals(START)) {
                    group.add(e.record()); // the initial load, in bulk
                    applied.add(e);
                    continue;
                } else {
                    monitor.put(e.record());
                }
                replay.apply(e); // the host's store: the history source sees it after the monitor did
            }
            if (!group.isEmpty()) {
                monitor.putAll(group);
                applied.forEach(replay::apply);
            }
            if (random.nextInt(4) == 0 || i == events.size()) {
                compared += compare(seed, monitor, replay, standards, recorder, archive, kindsSeen);
            }
        }
        // and on, past the last change, until nothing is left to happen
        for (int k = 0; k < 6; k++) {
            monitor.advanceTo(monitor.now().plus(Duration.ofHours(7 + random.nextInt(40))));
            compared += compare(seed, monitor, replay, standards, recorder, archive, kindsSeen);
        }
        return compared;
    }

    private static int compare(long seed, StandardsMonitor monitor, Replay replay, ServiceStandards standards,
                               Recorder recorder, Map<String, List<Finding>> archive, Set<FindingKind> kindsSeen) {
        Instant now = monitor.now();
        Dataset given = replay.given();
        Evaluation batch = standards.evaluate(given, now);
        if (archive == null) {
            // before any query evaluates again: the wake-ups alone kept the findings right
            sameKeys(seed, now, "findings kept by wake-ups alone", keys(monitor.held()), keys(batch.findings()));
        }
        Evaluation live = monitor.evaluation();
        List<Finding> expected = batch.findings();
        List<Finding> actual = new ArrayList<>(live.findings());
        if (archive == null) {
            assertThat(monitor.records().records().toList()).as("seed %d at %s: the records held", seed, now)
                    .containsExactlyInAnyOrderElementsOf(given.records().toList());
            assertThat(live.inputErrors()).as("seed %d at %s: input errors", seed, now)
                    .containsExactlyInAnyOrderElementsOf(batch.inputErrors());
        } else {
            Set<String> held = new HashSet<>();
            monitor.records().customers().forEach(c -> held.add(c.id()));
            archive.forEach((customerId, findings) -> {
                if (!held.contains(customerId)) {
                    actual.addAll(findings);
                }
            });
        }
        assertThat(actual).as("seed %d: monitor and batch at %s", seed, now)
                .containsExactlyInAnyOrderElementsOf(expected);
        if (archive == null) {
            sameKeys(seed, now, "what the listener was told", recorder.standing(), keys(live.findings()));
        }
        expected.forEach(f -> kindsSeen.add(f.kind()));
        return 1;
    }

    /**
     * Adds customers whose work gets done: emails answered within the hour, a few days apart. They
     * settle between their emails (nothing open, nothing due) and come back with the next one.
     */
    private static Dataset withQuietCustomers(Dataset history, Random random, int count) {
        Dataset.Builder b = history.toBuilder();
        for (int q = 0; q < count; q++) {
            String c = "Q-" + q;
            b.add(org.servicestandards.model.Customer.of(c));
            Instant t = START.plusSeconds(3_600L * (9 + random.nextInt(6)));
            for (int k = 0; k < 3; k++) {
                b.add(org.servicestandards.model.Interaction.of("QI-" + q + "-" + k, c, null,
                        org.servicestandards.model.Channel.EMAIL, org.servicestandards.model.Direction.INBOUND, t));
                b.add(org.servicestandards.model.Interaction.of("QO-" + q + "-" + k, c, null,
                        org.servicestandards.model.Channel.EMAIL, org.servicestandards.model.Direction.OUTBOUND,
                        t.plusSeconds(600 + random.nextInt(3_000))).withAgent("A-0"));
                t = t.plus(Duration.ofDays(1 + random.nextInt(2))).plusSeconds(random.nextInt(3_600));
            }
        }
        return b.build();
    }

    /** Fails naming only the differences: the monitor's extra findings and its missing ones. */
    static void sameKeys(long seed, Instant now, String what, Map<FindingKey, Integer> actual,
                         Map<FindingKey, Integer> expected) {
        if (actual.equals(expected)) {
            return;
        }
        List<String> extra = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        actual.forEach((k, n) -> {
            if (!n.equals(expected.get(k))) {
                extra.add(n + " x " + k);
            }
        });
        expected.forEach((k, n) -> {
            if (!n.equals(actual.get(k))) {
                missing.add(n + " x " + k);
            }
        });
        throw new AssertionError("seed " + seed + " at " + now + ", " + what + ":\n  the monitor's extra: " + extra
                + "\n  missing from the monitor: " + missing);
    }

    static Map<FindingKey, Integer> keys(List<Finding> findings) {
        Map<FindingKey, Integer> keys = new HashMap<>();
        findings.forEach(f -> keys.merge(FindingKey.of(f), 1, Integer::sum));
        return keys;
    }

    /** Counts findings arisen minus withdrawn, by key; fails on a withdrawal of what was never reported. */
    static final class Recorder implements MonitorListener {
        private final Map<FindingKey, Integer> standing = new HashMap<>();
        /** Whether to check withdrawals (not across settling: a returning customer's old findings are not reported again). */
        private final boolean strict;

        Recorder(boolean strict) {
            this.strict = strict;
        }
        final List<Finding> arisen = new ArrayList<>();
        final List<Finding> withdrawn = new ArrayList<>();

        @Override
        public void onFinding(Finding finding) {
            arisen.add(finding);
            standing.merge(FindingKey.of(finding), 1, Integer::sum);
        }

        @Override
        public void onWithdrawn(Finding finding) {
            withdrawn.add(finding);
            FindingKey key = FindingKey.of(finding);
            Integer n = standing.get(key);
            if (n == null) {
                if (!strict) {
                    return;
                }
                throw new AssertionError("withdrawn but never reported: " + finding);
            }
            if (n == 1) {
                standing.remove(key);
            } else {
                standing.put(key, n - 1);
            }
        }

        @Override
        public void onSettled(String customerId, List<Finding> findings) {
            if (strict) {
                throw new AssertionError("nothing settles without a history source: " + customerId);
            }
        }

        Map<FindingKey, Integer> standing() { return standing; }
    }
}
