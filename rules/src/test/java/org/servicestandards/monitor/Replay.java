package org.servicestandards.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.servicestandards.model.AccountAnomaly;
import org.servicestandards.model.Agent;
import org.servicestandards.model.AgentAbsence;
import org.servicestandards.model.Assignment;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.Renegotiation;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/**
 * Turns a finished history into the stream a CRM would have sent while it happened: each record
 * inserted when it begins, updated at each later change (a status change, a fill, a resolution, a
 * re-negotiation), as known then ({@code asOf}); some records sent early (their whole future known in
 * advance), some retracted later. Also keeps the records the stream has given so far, independently
 * of the monitor, for comparison.
 */
final class Replay {
    /** One change: a record put (inserted or updated), or retracted when {@code retract} is set. */
    record Event(Instant at, int order, Object record, boolean retract) {}

    private final List<Event> events = new ArrayList<>();
    private final Map<RecordKey, Object> current = new LinkedHashMap<>();

    Replay(Dataset history, Instant start, Random random) {
        int n = 0;
        for (Object r : history.records().toList()) {
            n++;
            if (r instanceof Customer) {
                events.add(new Event(start, 0, r, false));
                continue;
            }
            if (r instanceof Agent a) {
                events.add(new Event(start, 0, r, false));
                if (random.nextInt(3) == 0) { // promoted later: escalations reached by hand change
                    events.add(new Event(start.plusSeconds(random.nextInt(5 * 86_400)), 8,
                            new Agent(a.id(), a.name(), a.team(), "manager"), false));
                }
                continue;
            }
            if (random.nextInt(7) == 0 || r instanceof AgentAbsence) { // known in advance, whole future included
                events.add(new Event(start, 1, r, false));
                continue;
            }
            TreeSet<Instant> changes = changes(r);
            for (Instant t : changes) {
                events.add(new Event(t, rank(r), asOf(r, t), false));
            }
            if ((r instanceof Interaction || r instanceof SupportCase || r instanceof Order) && random.nextInt(25) == 0) {
                Instant begin = changes.first();
                events.add(new Event(begin.plusSeconds(1 + random.nextInt(3 * 86_400)), 9, r, true));
            }
        }
        events.sort(Comparator.comparing(Event::at).thenComparingInt(Event::order));
    }

    List<Event> events() { return events; }

    /** Applies an event to the records given so far. */
    void apply(Event e) {
        RecordKey key = RecordKey.of(e.record());
        if (e.retract()) {
            current.remove(key);
        } else {
            current.put(key, e.record());
        }
    }

    /** The records the stream has given so far. */
    Dataset given() {
        Dataset.Builder b = Dataset.builder();
        current.values().forEach(b::addRecord);
        return b.build();
    }

    private static int rank(Object r) {
        return r instanceof SupportCase ? 2 : r instanceof Interaction ? 3 : 4;
    }

    /** The instants at which the record begins and changes. */
    private static TreeSet<Instant> changes(Object r) {
        TreeSet<Instant> at = new TreeSet<>();
        if (r instanceof SupportCase c) {
            at.add(c.openedAt());
            c.history().stream().map(StatusChange::at).forEach(at::add);
            c.assignments().stream().map(Assignment::at).forEach(at::add);
        } else if (r instanceof Interaction i) {
            at.add(i.at());
        } else if (r instanceof Complaint c) {
            at.add(c.receivedAt());
            if (c.resolvedAt() != null) {
                at.add(c.resolvedAt());
            }
        } else if (r instanceof Order o) {
            at.add(o.receivedAt());
            if (o.filledAt() != null) {
                at.add(o.filledAt());
            }
            if (o.deliveredAt() != null) {
                at.add(o.deliveredAt());
            }
        } else if (r instanceof Commitment c) {
            at.add(c.madeAt());
            c.renegotiations().stream().map(Renegotiation::at).forEach(at::add);
        } else if (r instanceof AccountAnomaly a) {
            at.add(a.detectedAt());
        } else {
            throw new IllegalArgumentException("no changes known for " + r);
        }
        return at;
    }

    private static Object asOf(Object r, Instant t) {
        if (r instanceof SupportCase c) {
            return c.asOf(t);
        }
        if (r instanceof Complaint c) {
            return c.asOf(t);
        }
        if (r instanceof Order o) {
            return o.asOf(t);
        }
        if (r instanceof Commitment c) {
            return c.asOf(t);
        }
        return r;
    }
}
