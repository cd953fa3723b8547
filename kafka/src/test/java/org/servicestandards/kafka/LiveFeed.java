package org.servicestandards.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Interaction;

/**
 * Plays records as a live feed: each version of a record is sent when it becomes true (a case again
 * at each status change, an order when it is filled and when delivered, ...), the wall clock follows,
 * and between events it moves in steps so punctuations run as they would.
 */
final class LiveFeed {
    static final Duration STEP = Duration.ofMinutes(15);

    private LiveFeed() {}

    /** One version of one record, sent at {@code at}. */
    record Event(Instant at, Record record) {}

    /**
     * Every version of every record, in the order they happen. A commitment kept by an interaction
     * becomes kept when that interaction happens ({@link Dataset#asOf} forgets {@code keptBy} until then).
     */
    static List<Event> events(Dataset records) {
        Map<String, Interaction> interactions = new java.util.HashMap<>();
        records.interactions().forEach(i -> interactions.put(i.id(), i));
        List<Event> out = new ArrayList<>();
        records.records().forEach(r -> {
            List<Instant> instants = new ArrayList<>();
            WakeUps.instants((Record) r, instants);
            Interaction keptBy = r instanceof Commitment c && c.keptBy() != null ? interactions.get(c.keptBy()) : null;
            if (keptBy != null) {
                instants.add(keptBy.at());
            }
            Record previous = null;
            for (Instant t : new TreeSet<>(instants)) {
                Dataset.Builder one = Dataset.builder().addRecord(r);
                if (keptBy != null) {
                    one.add(keptBy);
                }
                Dataset view = one.build().asOf(t);
                Object v = view.records().filter(x -> x.getClass() == r.getClass()).findFirst().orElse(null);
                if (v != null && !v.equals(previous)) {
                    out.add(new Event(t, (Record) v));
                    previous = (Record) v;
                }
            }
            if (instants.isEmpty()) {
                out.add(new Event(Instant.EPOCH, (Record) r));
            }
        });
        out.sort(Comparator.comparing(Event::at));
        return out;
    }

    /**
     * Plays the records until {@code end}; when {@code restartAt} is given, the instance stops there
     * and a new one takes over with the state restored from the changelogs.
     *
     * @return every message of the findings topic, in order
     */
    static List<FindingJson.Output> run(Dataset records, Instant end, Instant restartAt) {
        List<Event> events = events(records);
        Instant start = events.stream().map(Event::at).filter(t -> t.isAfter(Instant.EPOCH)).min(Instant::compareTo)
                .orElseThrow().minus(Duration.ofMinutes(1));
        List<FindingJson.Output> out = new ArrayList<>();
        Harness h = new Harness(start);
        boolean restarted = restartAt == null;
        try {
            for (Event e : events) {
                h.stepTo(e.at(), STEP, t -> { });
                if (!restarted && !h.now().isBefore(restartAt)) {
                    out.addAll(h.findings());
                    h = restart(h);
                    restarted = true;
                }
                h.send(e.record());
                out.addAll(h.findings());
            }
            while (h.now().isBefore(end)) {
                h.stepTo(min(end, h.now().plus(STEP)), STEP, t -> { });
                out.addAll(h.findings());
                if (!restarted && !h.now().isBefore(restartAt)) {
                    h = restart(h);
                    restarted = true;
                }
            }
            out.addAll(h.findings());
        } finally {
            h.close();
        }
        return out;
    }

    private static Instant min(Instant a, Instant b) { return a.isBefore(b) ? a : b; }

    /**
     * Stops an instance and starts another over a fresh state directory with every store restored
     * from its changelog, as Kafka Streams does after a crash under exactly-once (local state that
     * may hold uncommitted writes is wiped and rebuilt from the changelog) or when a task moves to
     * another instance. The test driver commits after every record and deletes its state directory
     * on close, so the changelog is the state to restart from.
     */
    static Harness restart(Harness old) {
        Instant now = old.now();
        Map<String, List<TestRecord<byte[], byte[]>>> changelogs = new java.util.HashMap<>();
        for (String store : List.of(StandardsTopology.OWNER_STATE, StandardsTopology.OWNER_SCHEDULE,
                StandardsTopology.CASE_STATE, StandardsTopology.CASE_SCHEDULE, StandardsTopology.PRODUCT_STATE,
                StandardsTopology.PRODUCT_SCHEDULE)) {
            changelogs.put(store, old.rawTopic("standards-test-" + store + "-changelog"));
        }
        List<TestRecord<String, String>> agents = old.topic(StandardsTopology.AGENTS_TOPIC);
        old.close();
        Harness fresh = new Harness(Harness.defaultTopology(), now, null);
        StringDeserializer keys = new StringDeserializer();
        changelogs.forEach((store, log) -> {
            KeyValueStore<String, Object> kv = fresh.driver.getKeyValueStore(store);
            boolean buckets = store.endsWith("-state");
            for (TestRecord<byte[], byte[]> r : log) {
                String key = keys.deserialize("", r.key());
                if (r.value() == null) {
                    kv.delete(key);
                } else {
                    kv.put(key, buckets ? BucketState.fromJson(r.value()) : keys.deserialize("", r.value()));
                }
            }
        });
        fresh.agentsTopic(agents);
        return fresh;
    }
}
