package org.servicestandards.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.threeten.extra.Interval;

/**
 * A case: a thread of interactions about one request or problem. Its status history says when it
 * was open, paused (waiting on the customer), resolved and reopened. Immutable and thread-safe.
 *
 * <p>The history is kept sorted by instant; a case is {@link CaseStatus#OPEN} from {@code openedAt}
 * until the first entry.
 *
 * @param id       unique case id, required
 * @param customerId the customer, required
 * @param openedAt when the case was opened, required
 * @param subject  a short subject, optional
 * @param product  the product concerned, optional
 * @param assignee the agent who owns the case, optional
 * @param internal whether the requester is internal (daily updates), defaults to the customer's flag
 * @param history  status changes, none before {@code openedAt}
 * @param severity how urgent the case is (a helpdesk's priority); selects per-severity targets with the
 *                 qualifier {@code severity:HIGH}; optional
 * @param assignments the assignment history, none before {@code openedAt}; every entry after the first
 *                 is a reassignment; kept sorted by instant; never null
 */
public record SupportCase(String id, String customerId, Instant openedAt, String subject, String product,
                          String assignee, List<StatusChange> history, Severity severity,
                          List<Assignment> assignments) {
    static final String TYPE = "case";

    public SupportCase {
        Check.id(TYPE, id);
        Check.required(TYPE, id, "customerId", customerId);
        Check.required(TYPE, id, "openedAt", openedAt);
        subject = Check.optionalText(TYPE, id, "subject", subject);
        product = Check.optionalText(TYPE, id, "product", product);
        assignee = Check.optionalText(TYPE, id, "assignee", assignee);
        List<StatusChange> sorted = new ArrayList<>(Check.list(history));
        sorted.sort(Comparator.comparing(StatusChange::at));
        for (StatusChange change : sorted) {
            if (change.at().isBefore(openedAt)) {
                throw new InvalidRecordException(TYPE, id, "history",
                        "has a change to " + change.status() + " at " + change.at() + ", before openedAt " + openedAt);
            }
        }
        history = List.copyOf(sorted);
        List<Assignment> assigned = new ArrayList<>(Check.list(assignments));
        assigned.sort(Comparator.comparing(Assignment::at));
        for (Assignment a : assigned) {
            if (a.at().isBefore(openedAt)) {
                throw new InvalidRecordException(TYPE, id, "assignments",
                        "has an assignment to " + a.label() + " at " + a.at() + ", before openedAt " + openedAt);
            }
        }
        assignments = List.copyOf(assigned);
    }

    /** A case without severity and assignment history. */
    public SupportCase(String id, String customerId, Instant openedAt, String subject, String product,
                       String assignee, List<StatusChange> history) {
        this(id, customerId, openedAt, subject, product, assignee, history, null, List.of());
    }

    /** An open case with no history yet. */
    public static SupportCase open(String id, String customerId, Instant openedAt) {
        return new SupportCase(id, customerId, openedAt, null, null, null, List.of());
    }

    /** A copy with one more status change. */
    public SupportCase with(StatusChange change) {
        List<StatusChange> more = new ArrayList<>(history);
        more.add(change);
        return new SupportCase(id, customerId, openedAt, subject, product, assignee, more, severity, assignments);
    }

    public SupportCase withAssignee(String agentId) {
        return new SupportCase(id, customerId, openedAt, subject, product, agentId, history, severity, assignments);
    }

    public SupportCase withProduct(String newProduct) {
        return new SupportCase(id, customerId, openedAt, subject, newProduct, assignee, history, severity, assignments);
    }

    public SupportCase withSeverity(Severity value) {
        return new SupportCase(id, customerId, openedAt, subject, product, assignee, history, value, assignments);
    }

    /** A copy with one more assignment. */
    public SupportCase with(Assignment assignment) {
        List<Assignment> more = new ArrayList<>(assignments);
        more.add(assignment);
        return new SupportCase(id, customerId, openedAt, subject, product, assignee, history, severity, more);
    }

    /** The case as it was known at {@code asOf}: status changes and assignments after it are dropped. */
    public SupportCase asOf(Instant asOf) {
        boolean laterChange = !history.isEmpty() && history.get(history.size() - 1).at().isAfter(asOf);
        boolean laterAssignment = !assignments.isEmpty() && assignments.get(assignments.size() - 1).at().isAfter(asOf);
        if (!laterChange && !laterAssignment) {
            return this;
        }
        return new SupportCase(id, customerId, openedAt, subject, product, assignee,
                history.stream().filter(c -> !c.at().isAfter(asOf)).toList(), severity,
                assignments.stream().filter(a -> !a.at().isAfter(asOf)).toList());
    }

    /** How many times the case was reassigned: the assignments after the first. */
    public int reassignments() { return Math.max(0, assignments.size() - 1); }

    /**
     * When the case was reassigned for the {@code n}th time (1 = the first reassignment), or
     * {@code null} when it was reassigned fewer times.
     */
    public Instant reassignedAt(int n) {
        return n >= 1 && n < assignments.size() ? assignments.get(n).at() : null;
    }

    /** The status in force at {@code t} (the latest change at or before it), OPEN before any change. */
    public CaseStatus statusAt(Instant t) {
        CaseStatus status = CaseStatus.OPEN;
        for (StatusChange change : history) {
            if (change.at().isAfter(t)) {
                break;
            }
            status = change.status();
        }
        return status;
    }

    /** The status after the last recorded change. */
    public CaseStatus status() {
        return history.isEmpty() ? CaseStatus.OPEN : history.get(history.size() - 1).status();
    }

    /** Whether the case is neither resolved nor closed at {@code t}. */
    public boolean isOpenAt(Instant t) { return !t.isBefore(openedAt) && !statusAt(t).isFinished(); }

    /**
     * When the case was finally resolved: the start of the last run of resolved/closed statuses,
     * or {@code null} while the case is open (after a reopening, too).
     */
    public Instant resolvedAt() {
        if (!status().isFinished()) {
            return null;
        }
        Instant resolved = null;
        for (int i = history.size() - 1; i >= 0 && history.get(i).status().isFinished(); i--) {
            resolved = history.get(i).at();
        }
        return resolved;
    }

    /** How many times the case was reopened (a finished status followed by an unfinished one). */
    public int reopenings() {
        int count = 0;
        boolean finished = false;
        for (StatusChange change : history) {
            if (finished && !change.status().isFinished()) {
                count++;
            }
            finished = change.status().isFinished();
        }
        return count;
    }

    /**
     * The half-open intervals {@code [start, end)} during which the case waited on the customer;
     * a pause still in force ends {@link Interval#unboundedEnd() unbounded}.
     */
    public List<Interval> pauses() {
        List<Interval> pauses = new ArrayList<>();
        Instant pausedSince = null;
        for (StatusChange change : history) {
            boolean paused = change.status() == CaseStatus.WAITING_ON_CUSTOMER;
            if (paused && pausedSince == null) {
                pausedSince = change.at();
            } else if (!paused && pausedSince != null) {
                if (change.at().isAfter(pausedSince)) {
                    pauses.add(Interval.of(pausedSince, change.at()));
                }
                pausedSince = null;
            }
        }
        if (pausedSince != null) {
            pauses.add(Interval.of(pausedSince, Instant.MAX));
        }
        return List.copyOf(pauses);
    }

    /** All instants at which the case was resolved or closed, reopenings included. */
    public List<Instant> resolutions() {
        List<Instant> out = new ArrayList<>();
        boolean finished = false;
        for (StatusChange change : history) {
            if (!finished && change.status().isFinished()) {
                out.add(change.at());
            }
            finished = change.status().isFinished();
        }
        return out;
    }

    static List<StatusChange> copy(Collection<StatusChange> history) { return Check.list(history); }
}
