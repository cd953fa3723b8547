package org.servicestandards.kafka;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/**
 * Keeps each case's records (or a customer's records without a case), with the customer record the
 * owner processor sends it, and evaluates them when a record arrives and when a wake-up comes due.
 * A case is forgotten {@code retention} after its last activity (its latest record instant or
 * arrival, whichever is later).
 *
 * <p>A case bucket also holds the customer's outbound contacts without a case (its
 * {@link BucketState#foreign} contacts, sent by the owner processor): any of them may discharge a
 * follow-up owed on the case. They are evaluated with the case's records, but findings about them
 * are left to their own bucket, and they do not keep the case bucket alive.
 */
final class CaseProcessor extends BucketProcessor {
    private KeyValueStore<String, String> agents;

    CaseProcessor(Settings settings) {
        super(settings, StandardsTopology.CASE_STATE, StandardsTopology.CASE_SCHEDULE);
    }

    @Override
    public void init(ProcessorContext<String, Routed> context) {
        super.init(context);
        agents = context.getStateStore(StandardsTopology.AGENTS_STORE);
    }

    @Override
    Scope scope(String key) { return Scope.CASE; }

    @Override
    void receive(String key, BucketState st, RecordEvent event, long now, long timestamp) {
        if (isForeign(key, event)) {
            if (!st.applyForeign(event, now)) {
                return;
            }
            if (!st.records.isEmpty()) {
                evaluate(key, st, now, false);
            } else {
                // the case's records are gone (or not here yet): forget the contacts after the retention
                wakeNoLaterThan(key, st, now + settings.retention().get(Scope.CASE).toMillis());
            }
        } else if (st.apply(event, now)) {
            evaluate(key, st, now, false);
        }
    }

    /** Whether the event is a contact of another bucket (the customer's contacts without a case). */
    static boolean isForeign(String key, RecordEvent event) {
        return event.type().equals("interaction") && !key.equals(event.caseKey());
    }

    @Override
    boolean reports(String key, BucketState st, Finding f) {
        return !("interaction".equals(f.subjectType()) && st.foreign.containsKey("interaction " + f.subjectId()));
    }

    @Override
    void wake(String key, BucketState st, long now) {
        if (now >= expiry(key, st)) {
            st.records.clear();
            st.foreign.clear();
            st.emitted.clear();
            return;
        }
        evaluate(key, st, now, false);
    }

    @Override
    long expiry(String key, BucketState st) {
        Instant latest = WakeUps.latest(st.dataset());
        long lastActivity = Math.max(st.lastChange, latest == null ? 0 : latest.toEpochMilli());
        return lastActivity + settings.retention().get(Scope.CASE).toMillis();
    }

    /** The case's records and foreign contacts, with the agents they name (from the global agents store). */
    @Override
    Dataset dataset(String key, BucketState st) {
        Dataset records = st.datasetWithForeign();
        Set<String> ids = new LinkedHashSet<>();
        for (Interaction i : records.interactions()) {
            ids.add(i.agentId());
        }
        for (Commitment c : records.commitments()) {
            ids.add(c.ownerId());
        }
        for (SupportCase c : records.cases()) {
            ids.add(c.assignee());
            for (StatusChange s : c.history()) {
                ids.add(s.by());
            }
        }
        ids.remove(null);
        if (ids.isEmpty()) {
            return records;
        }
        Dataset.Builder b = records.toBuilder();
        for (String id : ids) {
            String json = agents.get(id);
            if (json != null) {
                EventJson.Parsed p = EventJson.parse(json, null);
                if (p.event() != null && p.event().record() instanceof Agent a) {
                    b.add(a);
                }
            }
        }
        return b.build();
    }
}
