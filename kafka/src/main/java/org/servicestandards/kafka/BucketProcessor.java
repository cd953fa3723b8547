package org.servicestandards.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.io.RecordJson;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.InputError;
import org.servicestandards.model.SupportCase;

/**
 * The common part of the case, owner and product processors: buckets of records in a persistent
 * store, a schedule of wake-ups in a second store (key {@code <epoch ms, 19 digits>|<bucket>}, so the
 * store's byte order is time order), a wall-clock punctuator that wakes the buckets that are due, and
 * the evaluation of a bucket: emit the findings not emitted before, withdraw outcomes that no longer
 * hold, and schedule the next wake-up.
 */
abstract class BucketProcessor extends ContextualProcessor<String, RecordEvent, String, Routed> {
    /** Evaluations run in this JVM, by scope (for measurements; see docs/scaling.md). */
    static final java.util.Map<Scope, java.util.concurrent.atomic.LongAdder> EVALUATIONS = new java.util.EnumMap<>(
            java.util.Map.of(Scope.CASE, new java.util.concurrent.atomic.LongAdder(),
                    Scope.CUSTOMER, new java.util.concurrent.atomic.LongAdder(),
                    Scope.AGENT, new java.util.concurrent.atomic.LongAdder(),
                    Scope.PRODUCT, new java.util.concurrent.atomic.LongAdder()));
    final Settings settings;
    private final String stateStore;
    private final String scheduleStore;
    KeyValueStore<String, BucketState> states;
    private KeyValueStore<String, String> schedule;

    BucketProcessor(Settings settings, String stateStore, String scheduleStore) {
        this.settings = settings;
        this.stateStore = stateStore;
        this.scheduleStore = scheduleStore;
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        super.init(context);
        states = context.getStateStore(stateStore);
        schedule = context.getStateStore(scheduleStore);
        context.schedule(settings.tick(), PunctuationType.WALL_CLOCK_TIME, this::tick);
    }

    @Override
    public void process(org.apache.kafka.streams.processor.api.Record<String, RecordEvent> r) {
        long now = context().currentSystemTimeMs();
        BucketState st = states.get(r.key());
        if (st == null) {
            st = new BucketState();
        }
        receive(r.key(), st, r.value(), now, r.timestamp());
        save(r.key(), st);
    }

    /** Takes an event into its bucket (and sends on what must go elsewhere). */
    abstract void receive(String key, BucketState st, RecordEvent event, long now, long timestamp);

    /** A bucket is due: purge or prune it as its retention says, and evaluate it. */
    abstract void wake(String key, BucketState st, long now);

    /** The scope of the standards evaluated in a bucket. */
    abstract Scope scope(String key);

    /** The records to evaluate. */
    Dataset dataset(String key, BucketState st) { return st.dataset(); }

    /** Whether a finding of this bucket's scope is the bucket's to report (not about a record it only borrows). */
    boolean reports(String key, BucketState st, Finding f) { return true; }

    /** When the bucket must next be woken for its retention (purge or pruning), or {@code Long.MAX_VALUE}. */
    long expiry(String key, BucketState st) { return Long.MAX_VALUE; }

    /** The punctuation: wakes the buckets due by {@code now}, oldest first, at most a batch per tick. */
    private void tick(long now) {
        List<String> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = schedule.all()) {
            while (it.hasNext() && due.size() < settings.maxBucketsPerTick()) {
                KeyValue<String, String> e = it.next();
                if (Long.parseLong(e.key.substring(0, 19)) > now) {
                    break;
                }
                due.add(e.key);
            }
        }
        for (String entry : due) {
            schedule.delete(entry);
            String key = entry.substring(20);
            BucketState st = states.get(key);
            if (st == null) {
                continue;
            }
            st.wakeAt = -1;
            wake(key, st, now);
            save(key, st);
        }
    }

    /**
     * Evaluates a bucket at {@code nowMs}: emits each finding of this scope whose key was not emitted
     * before, withdraws emitted outcomes that no longer hold (silently when records were just pruned
     * for age: those were reported while they held), and schedules the next wake-up.
     */
    final void evaluate(String key, BucketState st, long nowMs, boolean pruned) {
        Scope scope = scope(key);
        Instant now = Instant.ofEpochMilli(nowMs);
        Dataset records = dataset(key, st);
        Evaluation evaluation = settings.evaluator().evaluate(records, now);
        EVALUATIONS.get(scope).increment();
        List<Finding> mine = evaluation.findings().stream()
                .filter(f -> settings.scopes().of(f.standardId()) == scope && reports(key, st, f)).toList();
        Map<String, Finding> current = FindingKeys.byKey(mine);
        for (Map.Entry<String, Finding> e : current.entrySet()) {
            if (st.emitted.add(e.getKey())) {
                forward(key, Routed.finding(FindingJson.raised(scope, key, e.getKey(), now, e.getValue())), nowMs);
            }
        }
        for (String k : List.copyOf(st.emitted)) {
            if (!FindingKeys.isError(k) && FindingKeys.isWithdrawable(k) && !current.containsKey(k)) {
                st.emitted.remove(k);
                if (!pruned) {
                    forward(key, Routed.finding(FindingJson.withdrawn(scope, key, k, now)), nowMs);
                }
            }
        }
        long next = scope == Scope.CASE ? referenceErrors(key, st, evaluation, nowMs) : Long.MAX_VALUE;
        Instant wakeUp = settings.wakeUps().get(scope).next(records, now, mine);
        if (wakeUp != null) {
            next = Math.min(next, wakeUp.toEpochMilli());
        }
        if (hasOpenWork(scope, records, mine, now)) {
            next = Math.min(next, nowMs + settings.maxRecheck().toMillis());
        }
        next = Math.min(next, expiry(key, st));
        reschedule(key, st, next == Long.MAX_VALUE ? -1 : Math.max(next, nowMs + 1));
    }

    /**
     * Reports records that still refer to records that have not arrived (an unknown customer, case
     * or interaction) once they have waited {@link Settings#referenceGrace()}: until then the other
     * record may still come. Each is reported once; the record stays, and is evaluated if the other
     * record arrives later.
     *
     * @return when the next pending error comes due, or {@code Long.MAX_VALUE}
     */
    private long referenceErrors(String key, BucketState st, Evaluation evaluation, long nowMs) {
        long next = Long.MAX_VALUE;
        Set<String> present = new HashSet<>();
        for (InputError error : evaluation.inputErrors()) {
            if (error.recordId() == null) {
                continue;
            }
            BucketState.Stored stored = st.records.get(error.recordType() + " " + error.recordId());
            if (stored == null) {
                continue;
            }
            String errorKey = FindingKeys.ERROR + error.recordType() + " " + error.recordId() + "|" + error.message();
            present.add(errorKey);
            if (st.emitted.contains(errorKey)) {
                continue;
            }
            long due = stored.arrivedAt() + settings.referenceGrace().toMillis();
            if (due <= nowMs) {
                st.emitted.add(errorKey);
                forward(key, Routed.rejected(FindingJson.rejected(error.at(key), "references",
                        RecordJson.toJson(stored.record()))), nowMs);
            } else {
                next = Math.min(next, due);
            }
        }
        st.emitted.removeIf(k -> FindingKeys.isError(k) && !present.contains(k));
        return next;
    }

    /**
     * Whether something may change at an instant the wake-up candidates do not foresee: a warning or
     * an overdue outcome is open, or (for cases) the case is open. Then the bucket is re-checked at
     * least every {@link Settings#maxRecheck()}.
     */
    private static boolean hasOpenWork(Scope scope, Dataset records, List<Finding> findings, Instant now) {
        for (Finding f : findings) {
            if (f.kind() == FindingKind.AT_RISK || f.kind() == FindingKind.OBLIGATION || f.kind() == FindingKind.ALERT
                    || f.kind() == FindingKind.BREACH && f.dueAt() != null && f.at().equals(now)) {
                return true;
            }
        }
        if (scope == Scope.CASE) {
            for (SupportCase c : records.cases()) {
                if (c.isOpenAt(now)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Makes the bucket due no later than {@code at} (to coalesce many events into one evaluation). */
    final void wakeNoLaterThan(String key, BucketState st, long at) {
        if (st.wakeAt == -1 || at < st.wakeAt) {
            reschedule(key, st, at);
        }
    }

    private void reschedule(String key, BucketState st, long at) {
        if (st.wakeAt == at) {
            return;
        }
        if (st.wakeAt != -1) {
            schedule.delete(entry(st.wakeAt, key));
        }
        st.wakeAt = at;
        if (at != -1) {
            schedule.put(entry(at, key), "");
        }
    }

    private static String entry(long at, String key) { return String.format("%019d|%s", at, key); }

    /** Stores the bucket, or deletes it (and its wake-up) when nothing is left in it. */
    final void save(String key, BucketState st) {
        if (st.isEmpty()) {
            reschedule(key, st, -1);
            states.delete(key);
        } else {
            states.put(key, st);
        }
    }

    final void forward(String key, Routed routed, long timestamp) {
        context().forward(new org.apache.kafka.streams.processor.api.Record<>(key, routed, timestamp));
    }
}
