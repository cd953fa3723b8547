package org.servicestandards.monitor;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.runtime.KieSession;
import org.servicestandards.calendar.Target;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.facts.AsOf;
import org.servicestandards.facts.Clocks;
import org.servicestandards.facts.Deadline;
import org.servicestandards.facts.EscalationPolicy;
import org.servicestandards.facts.EscalationStep;
import org.servicestandards.facts.Findings;
import org.servicestandards.facts.ResolutionOverdue;
import org.servicestandards.facts.ResolutionPolicy;
import org.servicestandards.facts.Setting;
import org.servicestandards.model.SupportCase;
import org.threeten.extra.Interval;

/**
 * Finds the next instant at which a partition's findings could change with time alone: its wake-up.
 *
 * <p>Rules compare the evaluation instant ({@code AsOf}) with instants that facts hold (a deadline's
 * due and at-risk instants, a record's own instants, a lapse, a window's end), with {@code <},
 * {@code <=}, {@code >} or {@code >=}. Between two consecutive such instants no comparison can change,
 * so neither can the findings. For every instant {@code v} held by a record of the partition (future
 * ones included) or by a fact left in its session, the candidates are {@code v} and the instant just
 * after it, {@code v + 1 ns} (strict comparisons turn there: a deadline breaches just after its due
 * instant); the wake-up is the earliest candidate after the evaluation instant.
 *
 * <p>Two rules compute instants while they fire instead of holding them in facts: the escalation
 * ladders of complaints ({@link EscalationPolicy#ladder}) and of cases
 * ({@link ResolutionPolicy#overdue}) derive only the steps already due. Their later steps are found
 * by computing the ladders without a horizon. A rule author whose condition turns at an
 * instant no fact holds should derive a fact holding it; otherwise the monitor reports the change at
 * its next wake-up or query (the monitor-equals-batch property test finds such rules).
 *
 * <p>The evaluation instant itself ({@code AsOf}) and findings (stamped with it) are not scanned:
 * they would wake the partition at every instant. Not thread-safe; one per evaluation.
 */
final class WakeUps {
    private static final int MAX_DEPTH = 6;
    private static final Package MODEL = org.servicestandards.model.Customer.class.getPackage();
    private static final MethodHandle[] NONE = new MethodHandle[0];
    private static final ClassValue<MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected MethodHandle[] computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return NONE;
            }
            List<MethodHandle> handles = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                if (mayHoldInstants(c.getType())) {
                    try {
                        c.getAccessor().setAccessible(true);
                        handles.add(MethodHandles.lookup().unreflect(c.getAccessor()));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // a component we cannot read holds no instant we could use
                    }
                }
            }
            return handles.toArray(NONE);
        }
    };

    private final Instant after;
    private Instant earliest;

    /** @param after the evaluation instant: only later candidates count */
    WakeUps(Instant after) {
        this.after = after;
    }

    /** The wake-up found so far, or {@code null} when nothing can change with time alone. */
    Instant earliest() { return earliest; }

    /** Scans records or facts. */
    void scanAll(Collection<?> objects) {
        for (Object o : objects) {
            scan(o);
        }
    }

    /** Scans what a session left: every fact but the evaluation instant, findings and settings; the ladders. */
    void scanSession(KieSession session) {
        String complaintLevels = null;
        String caseLevels = null;
        List<ResolutionOverdue> overdueComplaints = new ArrayList<>();
        List<Deadline> caseClocks = new ArrayList<>();
        Map<String, SupportCase> cases = new HashMap<>();
        for (Object o : session.getObjects()) {
            if (o instanceof SupportCase c) {
                cases.put(c.id(), c);
            }
            if (o instanceof AsOf || o instanceof Finding || o.getClass().getPackage() == MODEL) {
                continue; // records are scanned whole, future versions included, by scanAll
            }
            if (o instanceof Setting s) {
                if ("levels".equals(s.name()) && EscalationPolicy.LADDER.equals(s.standardId())) {
                    complaintLevels = s.value();
                } else if ("levels".equals(s.name()) && ResolutionPolicy.OVERDUE.equals(s.standardId())) {
                    caseLevels = s.value();
                }
                continue;
            }
            if (o instanceof ResolutionOverdue r) {
                overdueComplaints.add(r);
            } else if (o instanceof Deadline d && ResolutionPolicy.RESOLVE.equals(d.standardId())
                    && "case".equals(d.subjectType())) {
                caseClocks.add(d);
            }
            scan(o);
        }
        if (overdueComplaints.isEmpty() && caseClocks.isEmpty()) {
            return;
        }
        if (!(session.getGlobals().get("clocks") instanceof Clocks clocks)
                || !(session.getGlobals().get("findings") instanceof Findings findings)) {
            return;
        }
        // Each step of a ladder is derived just after its instant; every step, without a horizon:
        if (complaintLevels != null) {
            for (ResolutionOverdue r : overdueComplaints) {
                for (EscalationStep step : EscalationPolicy.ladder(clocks, findings, r, complaintLevels, Instant.MAX)) {
                    offerExactly(step.at().plusNanos(1));
                }
            }
        }
        if (caseLevels != null) {
            for (Deadline d : caseClocks) {
                SupportCase c = cases.get(d.subjectId());
                if (c != null) {
                    for (Finding step : ResolutionPolicy.overdue(clocks, findings, d, c, caseLevels, Instant.MAX)) {
                        offerExactly(step.at().plusNanos(1));
                    }
                }
            }
        }
    }

    void scan(Object o) {
        visit(o, 0);
    }

    private void visit(Object o, int depth) {
        if (o == null || depth > MAX_DEPTH) {
            return;
        }
        if (o instanceof Instant t) {
            offer(t);
        } else if (o instanceof Interval i) {
            offer(i.getStart());
            offer(i.getEnd());
        } else if (o instanceof Collection<?> c) {
            for (Object e : c) {
                visit(e, depth + 1);
            }
        } else if (o instanceof Map<?, ?> m) {
            for (Object e : m.values()) {
                visit(e, depth + 1);
            }
        } else {
            MethodHandle[] handles = COMPONENTS.get(o.getClass());
            for (MethodHandle h : handles) {
                Object value;
                try {
                    value = h.invoke(o);
                } catch (Throwable e) {
                    continue;
                }
                visit(value, depth + 1);
            }
        }
    }

    /** Offers an instant held by a fact: it and the instant just after it are candidates. */
    void offer(Instant v) {
        if (v == null || v.equals(Instant.MAX)) {
            return;
        }
        int c = v.compareTo(after);
        if (c > 0) {
            offerExactly(v);
        } else if (c == 0) {
            offerExactly(v.plusNanos(1));
        }
    }

    private void offerExactly(Instant candidate) {
        if (candidate.isAfter(after) && (earliest == null || candidate.isBefore(earliest))) {
            earliest = candidate;
        }
    }

    private static boolean mayHoldInstants(Class<?> type) {
        return !(type.isPrimitive() || type.isEnum() || type == String.class || Number.class.isAssignableFrom(type)
                || type == Boolean.class || type == Duration.class || type == BigDecimal.class
                || type == Target.class || type == RecordRef.class);
    }
}
