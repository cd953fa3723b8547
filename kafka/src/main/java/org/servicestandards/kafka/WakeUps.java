package org.servicestandards.kafka;

import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.Target;
import org.servicestandards.calendar.TargetKind;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.SupportCase;

/**
 * When a bucket's findings may next change with nothing but the passing of time: the earliest
 * candidate instant after now. The rules compute every deadline in Java from record instants and
 * configured targets, so the candidates are the same arithmetic done ahead of time: every instant in
 * the records; every configured target (overrides and target-valued parameters included) applied
 * from each of them, with and without the case's pauses; the at-risk instant of each such window and
 * of each pair of instants in one record (a commitment's made and due instants); a second target
 * applied from deadlines already past (an escalation ladder's next step); and the instants the
 * current findings name (due instants, instants in attributes).
 *
 * <p>A deadline is passed strictly after its due instant, so the bucket wakes one millisecond after a
 * candidate; an at-risk threshold is reached at its instant ({@code atRiskAt <= now}), so the bucket
 * wakes at it.
 *
 * <p>This is an over-approximation: an evaluation at a candidate may find nothing new, which costs
 * one evaluation. A change at an instant that none of the candidates foresees is still found by the
 * next periodic re-check (see {@link StandardsTopology.Builder#maxRecheck}). Thread-safe.
 */
final class WakeUps {
    private final BusinessCalendar calendar;
    private final double share;
    private final List<Target> targets;
    /** Starts older than this before now cannot produce a deadline after now. */
    private final Duration lookBack;

    /**
     * @param config    the configuration evaluated with
     * @param standards which standards' targets to use (those of one scope)
     */
    WakeUps(StandardsConfig config, java.util.function.Predicate<String> standards) {
        this.calendar = config.calendar();
        this.share = config.atRiskShare();
        Set<Target> all = new LinkedHashSet<>();
        for (StandardDefinition d : config.standards()) {
            if (!config.isEnabled(d.id()) || !standards.test(d.id())) {
                continue;
            }
            if (d.target() != null) {
                all.add(d.target());
            }
            all.addAll(d.overrides().values());
            for (String value : d.parameters().values()) {
                if (value != null && value.matches("(?i).*\\d.*(second|minute|hour|day|P).*")) {
                    try {
                        all.add(Target.parse(value));
                    } catch (IllegalArgumentException notATarget) {
                        // a parameter that is not a duration
                    }
                }
            }
        }
        all.removeIf(Target::isZero);
        this.targets = List.copyOf(all);
        Duration longest = Duration.ofDays(1);
        for (Target t : targets) {
            Duration span = t.kind() == TargetKind.BUSINESS_DAYS ? Duration.ofDays(3L * t.days())
                    : t.kind() == TargetKind.BUSINESS_TIME ? t.duration().multipliedBy(5) : t.duration();
            if (span.compareTo(longest) > 0) {
                longest = span;
            }
        }
        this.lookBack = longest.multipliedBy(2).plusDays(30);
    }

    /**
     * When to evaluate next: the earliest wake-up strictly after {@code now} (a candidate plus one
     * millisecond, or an at-risk instant itself), or null when there is none.
     *
     * @param records  the bucket's records
     * @param now      the evaluation instant
     * @param findings the findings of the evaluation at {@code now}
     */
    Instant next(Dataset records, Instant now, Collection<Finding> findings) {
        Best best = new Best(now);
        TreeSet<Instant> starts = new TreeSet<>();
        List<SupportCase> paused = new ArrayList<>();
        records.records().forEach(r -> {
            List<Instant> own = new ArrayList<>();
            instants(r, own);
            own.forEach(best::offer);
            starts.addAll(own);
            for (int i = 0; i < own.size(); i++) {
                for (int j = 0; j < own.size(); j++) {
                    if (own.get(i).isBefore(own.get(j))) {
                        atRisk(own.get(i), own.get(j), TargetKind.CALENDAR_TIME, null, best);
                        atRisk(own.get(i), own.get(j), TargetKind.BUSINESS_TIME, null, best);
                    }
                }
            }
            if (r instanceof SupportCase c && !c.pauses().isEmpty()) {
                paused.add(c);
            }
        });
        Instant oldest = now.minus(lookBack);
        List<Instant> passed = new ArrayList<>();
        for (Instant s : starts.tailSet(oldest, true)) {
            for (Target t : targets) {
                Instant due = deadline(s, t, null);
                if (due != null) {
                    best.offer(due);
                    atRisk(s, due, t.kind(), null, best);
                    if (!due.isAfter(now)) {
                        passed.add(due);
                    }
                }
                for (SupportCase c : paused) {
                    Instant shifted = deadline(s, t, c);
                    if (shifted != null) {
                        best.offer(shifted);
                        atRisk(s, shifted, t.kind(), c, best);
                        if (!shifted.isAfter(now)) {
                            passed.add(shifted);
                        }
                    }
                }
            }
        }
        for (Instant d : new TreeSet<>(passed).tailSet(oldest, true)) {
            for (Target t : targets) {
                best.offer(deadline(d, t, null));
            }
        }
        for (Finding f : findings) {
            best.offer(f.dueAt());
            best.offer(f.startedAt());
            for (String v : f.attributes().values()) {
                if (v != null && v.length() >= 20 && v.length() <= 35 && Character.isDigit(v.charAt(0))) {
                    try {
                        best.offer(Instant.parse(v));
                    } catch (DateTimeParseException notAnInstant) {
                        // an attribute that is not an instant
                    }
                }
            }
        }
        return best.value;
    }

    /** The deadline of a target from start, shifted by the pauses of {@code paused} (a case) when given. */
    private Instant deadline(Instant start, Target t, SupportCase paused) {
        try {
            Instant due = paused == null ? calendar.deadline(start, t) : calendar.deadline(start, t, paused.pauses());
            return due.equals(Instant.MAX) ? null : due;
        } catch (DateTimeException | IllegalArgumentException | ArithmeticException outOfRange) {
            return null;
        }
    }

    private void atRisk(Instant start, Instant due, TargetKind kind, SupportCase paused, Best best) {
        try {
            best.offerAt(calendar.atRiskInstant(start, due, kind, share, paused == null ? List.of() : paused.pauses()));
        } catch (DateTimeException | IllegalArgumentException | ArithmeticException outOfRange) {
            // no at-risk instant for this window
        }
    }

    /** The latest instant in any of the records, or null. */
    static Instant latest(Dataset records) {
        List<Instant> all = new ArrayList<>();
        records.records().forEach(r -> instants(r, all));
        return all.stream().max(Instant::compareTo).orElse(null);
    }

    /** Every instant in a record, its nested records and their lists. */
    static void instants(Object value, List<Instant> out) {
        if (value instanceof Instant i) {
            out.add(i);
        } else if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Class<?> type = c.getType();
                if (type == Instant.class || type.isRecord() || Collection.class.isAssignableFrom(type)) {
                    try {
                        instants(c.getAccessor().invoke(r), out);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
                    }
                }
            }
        } else if (value instanceof Collection<?> c) {
            for (Object o : c) {
                if (o instanceof Instant || o instanceof Record) {
                    instants(o, out);
                }
            }
        }
    }

    /** The earliest wake-up after now. */
    private static final class Best {
        private final Instant now;
        private Instant value;

        Best(Instant now) { this.now = now; }

        /** A candidate passed strictly after its instant (a due instant): wake a millisecond later. */
        void offer(Instant candidate) {
            if (candidate != null && candidate.isBefore(Instant.MAX)) {
                offerAt(candidate.plusMillis(1));
            }
        }

        /** A threshold reached at its instant (an at-risk instant): wake at it. */
        void offerAt(Instant wakeUp) {
            if (wakeUp != null && wakeUp.isAfter(now) && (value == null || wakeUp.isBefore(value))) {
                value = wakeUp;
            }
        }
    }
}
