package org.servicestandards.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.calendar.SeededProperties.forAll;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * Invariants of the business calendar over random calendars (zones with daylight saving and
 * half-hour offsets, lunch breaks, holidays), random starts, targets and pauses, plus a comparison
 * with a minute-by-minute oracle that shares no code with the calendar. Seeded: see
 * {@link SeededProperties}.
 */
class BusinessCalendarPropertiesTest {

    private static final int CASES = 500;
    private static final int ORACLE_CASES = 300;

    private static final List<ZoneId> ZONES = Stream.of("UTC", "Europe/Berlin", "Europe/London",
            "America/New_York", "America/St_Johns", "America/Santiago", "Asia/Kolkata", "Asia/Kathmandu",
            "Australia/Adelaide", "Australia/Lord_Howe", "Pacific/Chatham").map(ZoneId::of).toList();
    private static final String[][] PUBLIC = {{"US"}, {"GB", "eng"}, {"DE", "by"}, {"AU", "sa"}};
    private static final Instant FROM = Instant.parse("2025-07-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2027-06-01T00:00:00Z");

    /** A generated calendar and what it was built from, for the oracle and for failure messages. */
    record Spec(ZoneId zone, int[][] minutes, Set<LocalDate> holidays, Set<MonthDay> annual, String[] publicHolidays,
            BusinessCalendar calendar) {
        @Override
        public String toString() {
            return calendar.toString();
        }
    }

    private static final List<Spec> POOL = pool(new Random(SeededProperties.seed()), 40);

    // ---------------------------------------------------------------------------------------------
    // Properties

    @Test
    void deadline_neverPrecedesItsStart() {
        forAll("deadline >= start", CASES, r -> {
            Spec s = spec(r);
            Instant start = start(r, s);
            Target target = target(r);
            List<Interval> pauses = pauses(r, start);
            Instant due = s.calendar().deadline(start, target, pauses);
            assertThat(due).as(describe(s, start, target, pauses)).isAfterOrEqualTo(start);
            assertThat(due).as("pauses only postpone: " + describe(s, start, target, pauses))
                    .isAfterOrEqualTo(s.calendar().deadline(start, target));
        });
    }

    @Test
    void addBusinessTime_aThenB_equalsAPlusB() {
        forAll("add(add(s, a), b) == add(s, a + b)", CASES, r -> {
            Spec s = spec(r);
            BusinessCalendar c = s.calendar();
            Instant start = start(r, s);
            Duration a = r.nextInt(10) == 0 ? Duration.ZERO : businessDuration(r);
            Duration b = businessDuration(r).plusNanos(1);
            assertThat(c.addBusinessTime(c.addBusinessTime(start, a), b))
                    .as("%s, start %s, a %s, b %s", s, start, a, b)
                    .isEqualTo(c.addBusinessTime(start, a.plus(b)));
        });
    }

    @Test
    void businessTimeBetween_startAndAddedTime_isTheAddedTime() {
        forAll("between(s, add(s, d)) == d", CASES, r -> {
            Spec s = spec(r);
            Instant start = start(r, s);
            Duration d = r.nextInt(10) == 0 ? Duration.ZERO : businessDuration(r);
            Instant end = s.calendar().addBusinessTime(start, d);
            assertThat(s.calendar().businessTimeBetween(start, end)).as("%s, start %s, d %s, end %s", s, start, d, end)
                    .isEqualTo(d);
        });
    }

    @Test
    void deadlines_areMonotonicInTheTarget() {
        forAll("target1 <= target2 implies deadline1 <= deadline2", CASES, r -> {
            Spec s = spec(r);
            BusinessCalendar c = s.calendar();
            Instant start = start(r, s);
            List<Interval> pauses = r.nextBoolean() ? List.of() : pauses(r, start);
            Duration d1 = r.nextInt(5) == 0 ? Duration.ZERO : businessDuration(r);
            Duration d2 = d1.plus(r.nextInt(3) == 0 ? Duration.ofNanos(1) : businessDuration(r));
            String what = describe(s, start, Target.businessTime(d1), pauses) + ", d2 " + d2;
            assertThat(c.addBusinessTime(start, d1, pauses)).as(what)
                    .isBeforeOrEqualTo(c.addBusinessTime(start, d2, pauses));
            int n1 = r.nextInt(8);
            int n2 = n1 + 1 + r.nextInt(8);
            assertThat(c.deadline(start, Target.businessDays(n1), pauses)).as("%s, days %d <= %d", what, n1, n2)
                    .isBeforeOrEqualTo(c.deadline(start, Target.businessDays(n2), pauses));
            // not strictly: day n1 at a time that is not working there can roll onto day n2's instant
            assertThat(c.addBusinessDays(start, n1)).as("%s, days %d < %d", what, n1, n2)
                    .isBeforeOrEqualTo(c.addBusinessDays(start, n2));
        });
    }

    @Test
    void businessDeadlines_areWorkingTimeOrExactlyAClosingInstant() {
        forAll("business deadline is working time or a closing instant", CASES, r -> {
            Spec s = spec(r);
            BusinessCalendar c = s.calendar();
            Instant start = start(r, s);
            Duration d = r.nextInt(10) == 0 ? Duration.ZERO : businessDuration(r);
            Instant due = c.addBusinessTime(start, d);
            String what = s + ", start " + start + ", d " + d + ", due " + due;
            if (d.isZero()) {
                assertThat(c.isWorkingTime(due)).as(what).isTrue();
            } else {
                assertThat(c.isWorkingTime(due) || c.isWorkingTime(due.minusNanos(1))).as(what).isTrue();
            }
            int days = r.nextInt(12);
            assertThat(c.isWorkingTime(c.addBusinessDays(start, days))).as("%s, days %d", what, days).isTrue();
        });
    }

    @Test
    void withPauses_timeOutsidePausesUpToTheDeadline_isTheTarget() {
        forAll("elapsed(start, deadline, pauses) == target", CASES, r -> {
            Spec s = spec(r);
            BusinessCalendar c = s.calendar();
            Instant start = start(r, s);
            Target target = target(r);
            List<Interval> pauses = pauses(r, start);
            Instant due = c.deadline(start, target, pauses);
            String what = describe(s, start, target, pauses) + ", due " + due;
            if (due.equals(Instant.MAX)) {
                assertThat(pauses).as(what).anyMatch(Interval::isUnboundedEnd);
                return;
            }
            Duration expected = switch (target.kind()) {
                case BUSINESS_DAYS -> c.businessTimeBetween(start, c.addBusinessDays(start, target.days()));
                default -> target.duration();
            };
            assertThat(c.elapsed(start, due, target.kind(), pauses)).as(what).isEqualTo(expected);
            if (target.kind() == TargetKind.BUSINESS_TIME) {
                assertThat(c.businessTimeBetween(start, due, pauses)).as(what).isEqualTo(target.duration());
                assertThat(c.addBusinessTime(start, target.duration(), pauses)).as(what).isEqualTo(due);
            }
        });
    }

    @Test
    void atRiskInstant_runsFromTheRolledStartToTheDue_monotonically() {
        forAll("atRisk(0) = rolled start, atRisk(1) = due, monotone", CASES, r -> {
            Spec s = spec(r);
            BusinessCalendar c = s.calendar();
            Instant start = start(r, s);
            Target target = target(r);
            List<Interval> pauses = r.nextBoolean() ? List.of() : pauses(r, start);
            Instant due = c.deadline(start, target, pauses);
            TargetKind kind = target.kind();
            String what = describe(s, start, target, pauses) + ", due " + due;
            if (pauses.isEmpty()) {
                Instant rolled = kind == TargetKind.CALENDAR_TIME ? start : c.nextOpening(start);
                assertThat(c.atRiskInstant(start, due, kind, 0, pauses)).as(what)
                        .isEqualTo(rolled.isBefore(due) ? rolled : due);
            }
            assertThat(c.atRiskInstant(start, due, kind, 1, pauses)).as(what).isEqualTo(due);
            double[] shares = r.doubles(6, 0, 1).sorted().toArray();
            Instant previous = c.atRiskInstant(start, due, kind, 0, pauses);
            assertThat(previous).as(what).isAfterOrEqualTo(start).isBeforeOrEqualTo(due);
            for (double share : shares) {
                Instant at = c.atRiskInstant(start, due, kind, share, pauses);
                assertThat(at).as("%s, share %s", what, share).isAfterOrEqualTo(previous).isBeforeOrEqualTo(due);
                if (!due.equals(Instant.MAX) && at.isBefore(due)) {
                    Duration window = c.elapsed(start, due, kind, pauses);
                    assertThat(c.elapsed(start, at, kind, pauses)).as("%s, share %s", what, share)
                            .isEqualTo(ceilShare(window, share));
                }
                previous = at;
            }
        });
    }

    @Test
    void alwaysCalendar_businessTimeIsElapsedTime() {
        forAll("always: business time == elapsed time", CASES, r -> {
            ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
            BusinessCalendar c = BusinessCalendar.always(zone);
            Instant start = randomInstant(r);
            Duration d = businessDuration(r);
            assertThat(c.addBusinessTime(start, d)).as("%s %s %s", zone, start, d).isEqualTo(start.plus(d));
            assertThat(c.businessTimeBetween(start, start.plus(d))).isEqualTo(d);
            int days = r.nextInt(10);
            ZonedDateTime z = start.atZone(zone);
            // 0 days is the start itself, even in the second occurrence of an overlap hour
            Instant expected = days == 0 ? start
                    : ZonedDateTime.of(z.toLocalDate().plusDays(days), z.toLocalTime(), zone).toInstant();
            assertThat(c.addBusinessDays(start, days)).as("%s %s +%d", zone, start, days).isEqualTo(expected);
        });
    }

    @Test
    void matchesAMinuteByMinuteOracle() {
        int[] skipped = {0};
        forAll("calendar == minute-by-minute oracle", ORACLE_CASES, r -> {
            Spec s = spec(r);
            BusinessCalendar c = s.calendar();
            Oracle o = new Oracle(s);
            Instant start = Instant.ofEpochSecond(start(r, s).getEpochSecond() / 60 * 60);
            long minutes = r.nextInt(6) == 0 ? 0 : 1 + r.nextInt((int) Math.min(16 * 60, 3 * o.weeklyMinutes()));
            List<Interval> pauses = r.nextBoolean() ? List.of() : minutePauses(r, start);
            String what = describe(s, start, Target.businessTime(Duration.ofMinutes(minutes)), pauses);

            assertThat(c.isWorkingTime(start)).as(what).isEqualTo(o.working(start));
            Instant expected = o.add(start, minutes, pauses, true);
            if (expected == null) {
                skipped[0]++;
                return;
            }
            assertThat(c.addBusinessTime(start, Duration.ofMinutes(minutes), pauses)).as(what).isEqualTo(expected);
            Instant end = start.plus(Duration.ofMinutes(r.nextInt(7 * 24 * 60)));
            assertThat(c.businessTimeBetween(start, end, pauses)).as("%s, end %s", what, end)
                    .isEqualTo(Duration.ofMinutes(o.count(start, end, pauses, true)));
            long calendarMinutes = r.nextInt(3 * 24 * 60);
            Instant calendarDue = o.add(start, calendarMinutes, pauses, false);
            assertThat(c.deadline(start, Target.calendar(Duration.ofMinutes(calendarMinutes)), pauses))
                    .as("%s, calendar %d min", what, calendarMinutes).isEqualTo(calendarDue);
            int days = r.nextInt(6);
            Instant daysDue = o.businessDays(start, days, pauses);
            if (daysDue != null) {
                assertThat(c.deadline(start, Target.businessDays(days), pauses)).as("%s, %d business days", what, days)
                        .isEqualTo(daysDue);
            }
        });
        assertThat(skipped[0]).as("oracle cases skipped as too long to walk").isLessThan(ORACLE_CASES / 10);
    }

    // ---------------------------------------------------------------------------------------------
    // Generators

    private static List<Spec> pool(Random r, int n) {
        List<Spec> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pool.add(randomSpec(r));
        }
        return List.copyOf(pool);
    }

    private static Spec randomSpec(Random r) {
        ZoneId zone = ZONES.get(r.nextInt(ZONES.size()));
        BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
        int[][] minutes = new int[7][];
        boolean any = false;
        for (DayOfWeek day : DayOfWeek.values()) {
            int[] m = randomDay(r);
            if (!any && day == DayOfWeek.SUNDAY && m.length == 0) {
                m = new int[] {9 * 60, 17 * 60};
            }
            minutes[day.ordinal()] = m;
            any |= m.length > 0;
            for (int k = 0; k < m.length; k += 2) {
                b.hours(day, time(m[k]), time(m[k + 1]));
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (int i = r.nextInt(16); i > 0; i--) {
            holidays.add(LocalDate.of(2025, 6, 1).plusDays(r.nextInt(950)));
        }
        Set<MonthDay> annual = new HashSet<>();
        for (int i = r.nextInt(3); i > 0; i--) {
            annual.add(MonthDay.from(LocalDate.of(2024, 1, 1).plusDays(r.nextInt(366))));
        }
        holidays.forEach(b::holiday);
        annual.forEach(b::annualHoliday);
        String[] pub = r.nextInt(6) == 0 ? PUBLIC[r.nextInt(PUBLIC.length)] : new String[0];
        if (pub.length > 0) {
            b.publicHolidays(pub[0], Arrays.copyOfRange(pub, 1, pub.length));
        }
        return new Spec(zone, minutes, holidays, annual, pub, b.build());
    }

    /** A day's intervals in minutes of the day, [open, close) pairs, 1440 meaning 24:00. */
    private static int[] randomDay(Random r) {
        int kind = r.nextInt(10);
        if (kind < 3) {
            return new int[0];
        }
        if (kind == 3) {
            return new int[] {0, 1440};
        }
        int intervals = 1 + r.nextInt(3);
        TreeSet<Integer> points = new TreeSet<>();
        int granularity = r.nextBoolean() ? 15 : 1;
        while (points.size() < 2 * intervals) {
            // half of the points in the small hours, where clocks change
            int p = r.nextBoolean() ? r.nextInt(1441) : r.nextInt(5 * 60);
            points.add(p / granularity * granularity);
        }
        return points.stream().mapToInt(Integer::intValue).toArray();
    }

    private static LocalTime time(int minuteOfDay) {
        return minuteOfDay == 1440 ? LocalTime.MIDNIGHT : LocalTime.of(minuteOfDay / 60, minuteOfDay % 60);
    }

    private static Spec spec(Random r) {
        return POOL.get(r.nextInt(POOL.size()));
    }

    private static Instant randomInstant(Random r) {
        long span = TO.getEpochSecond() - FROM.getEpochSecond();
        return FROM.plusSeconds((long) (r.nextDouble() * span));
    }

    /** A start: anywhere, near a clock change, on an opening or closing time, with or without nanos. */
    private static Instant start(Random r, Spec s) {
        Instant t = randomInstant(r);
        int kind = r.nextInt(10);
        if (kind < 2) {
            ZoneOffsetTransition next = s.zone().getRules().nextTransition(t);
            if (next != null) {
                t = next.getInstant().plusSeconds(r.nextInt(4 * 86_400) - 2 * 86_400);
            }
        } else if (kind < 4) {
            LocalDate d = LocalDate.ofInstant(t, s.zone());
            int[] m = s.minutes()[d.getDayOfWeek().ordinal()];
            if (m.length > 0) {
                int boundary = m[r.nextInt(m.length)];
                t = boundary == 1440 ? d.plusDays(1).atStartOfDay(s.zone()).toInstant()
                        : ZonedDateTime.of(d, time(boundary), s.zone()).toInstant();
            }
        }
        if (r.nextInt(5) == 0) {
            t = t.plusNanos(r.nextInt(1_000_000_000));
        }
        return t;
    }

    private static Duration businessDuration(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> Duration.ofHours(1 + r.nextInt(40));
            case 1 -> Duration.ofMinutes(1 + r.nextInt(60 * 60));
            case 2 -> Duration.ofSeconds(1 + r.nextInt(200 * 3600));
            default -> Duration.ofSeconds(r.nextInt(80 * 3600), 1 + r.nextInt(999_999_999));
        };
    }

    private static Target target(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Target.calendar(r.nextInt(10) == 0 ? Duration.ZERO : businessDuration(r));
            case 1 -> Target.businessTime(r.nextInt(10) == 0 ? Duration.ZERO : businessDuration(r));
            default -> Target.businessDays(r.nextInt(10) == 0 ? r.nextInt(400) : r.nextInt(6));
        };
    }

    /** 0 to 3 pauses around start, possibly overlapping, sometimes unbounded. */
    private static List<Interval> pauses(Random r, Instant start) {
        List<Interval> out = new ArrayList<>();
        for (int i = r.nextInt(4); i > 0; i--) {
            Instant ps = start.plusSeconds(r.nextInt(7 * 86_400) - 2 * 86_400).plusNanos(r.nextInt(3) == 0 ? 1 : 0);
            out.add(r.nextInt(10) == 0 ? Interval.startingAt(ps)
                    : Interval.of(ps, ps.plusSeconds(r.nextInt(3 * 86_400))));
        }
        return out;
    }

    private static List<Interval> minutePauses(Random r, Instant start) {
        List<Interval> out = new ArrayList<>();
        for (int i = 1 + r.nextInt(3); i > 0; i--) {
            Instant ps = start.plusSeconds(60L * (r.nextInt(4 * 1440) - 1440));
            out.add(r.nextInt(10) == 0 ? Interval.startingAt(ps)
                    : Interval.of(ps, ps.plusSeconds(60L * r.nextInt(2 * 1440))));
        }
        return out;
    }

    private static String describe(Spec s, Instant start, Target target, List<Interval> pauses) {
        return s + ", start " + start + ", target " + target + ", pauses " + pauses;
    }

    private static Duration ceilShare(Duration total, double share) {
        BigDecimal nanos = BigDecimal.valueOf(total.getSeconds()).multiply(BigDecimal.valueOf(1_000_000_000L))
                .add(BigDecimal.valueOf(total.getNano()));
        return durationOfNanos(nanos.multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.CEILING));
    }

    private static Duration durationOfNanos(BigDecimal nanos) {
        BigDecimal[] sn = nanos.divideAndRemainder(BigDecimal.valueOf(1_000_000_000L));
        return Duration.ofSeconds(sn[0].longValueExact(), sn[1].longValueExact());
    }

    // ---------------------------------------------------------------------------------------------
    // Oracle: walks minute by minute, resolving each local interval with ZonedDateTime.of; shares
    // no code with BusinessCalendar. Needs minute-aligned instants (all zones here are).

    private static final class Oracle {
        private static final Duration MINUTE = Duration.ofMinutes(1);
        private static final int MAX_STEPS = 400_000;
        private final Spec spec;
        private final Map<LocalDate, List<Instant[]>> days = new HashMap<>();

        Oracle(Spec spec) {
            this.spec = spec;
        }

        long weeklyMinutes() {
            long sum = 0;
            for (int[] m : spec.minutes()) {
                for (int k = 0; k < m.length; k += 2) {
                    sum += m[k + 1] - m[k];
                }
            }
            return sum;
        }

        private boolean holiday(LocalDate d) {
            return spec.holidays().contains(d) || spec.annual().contains(MonthDay.from(d))
                    || (spec.publicHolidays().length > 0 && spec.calendar().isHoliday(d));
        }

        /** Resolved, clipped intervals of a local day (possibly empty ones dropped). */
        private List<Instant[]> intervals(LocalDate d) {
            return days.computeIfAbsent(d, day -> {
                List<Instant[]> out = new ArrayList<>();
                if (holiday(day)) {
                    return out;
                }
                ZoneId zone = spec.zone();
                Instant dayStart = day.atStartOfDay(zone).toInstant();
                Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
                int[] m = spec.minutes()[day.getDayOfWeek().ordinal()];
                for (int k = 0; k < m.length; k += 2) {
                    Instant open = ZonedDateTime.of(day, time(m[k]), zone).toInstant();
                    Instant close = m[k + 1] == 1440 ? dayEnd : ZonedDateTime.of(day, time(m[k + 1]), zone).toInstant();
                    open = open.isBefore(dayStart) ? dayStart : open;
                    close = close.isAfter(dayEnd) ? dayEnd : close;
                    if (open.isBefore(close)) {
                        out.add(new Instant[] {open, close});
                    }
                }
                return out;
            });
        }

        boolean working(Instant t) {
            for (Instant[] iv : intervals(LocalDate.ofInstant(t, spec.zone()))) {
                if (!t.isBefore(iv[0]) && t.isBefore(iv[1])) {
                    return true;
                }
            }
            return false;
        }

        private boolean workingDay(LocalDate d) {
            return !intervals(d).isEmpty();
        }

        private static boolean paused(Instant t, List<Interval> pauses) {
            return pauses.stream().anyMatch(p -> !t.isBefore(p.getStart()) && t.isBefore(p.getEnd()));
        }

        /** Inside the union of the pauses and not at its start: touching or overlapping pauses join. */
        private static boolean strictlyPaused(Instant t, List<Interval> pauses) {
            return paused(t, pauses) && paused(t.minus(MINUTE), pauses);
        }

        private static boolean beyondUnboundedPause(Instant t, List<Interval> pauses) {
            return pauses.stream().anyMatch(p -> p.isUnboundedEnd() && !t.isBefore(p.getStart()));
        }

        /** Minutes in [a, b) that count (working, if business) and are not paused. */
        long count(Instant a, Instant b, List<Interval> pauses, boolean business) {
            long n = 0;
            for (Instant t = a; t.isBefore(b); t = t.plus(MINUTE)) {
                if ((!business || working(t)) && !paused(t, pauses)) {
                    n++;
                }
            }
            return n;
        }

        /**
         * The earliest instant by which {@code minutes} counting minutes have passed since start
         * (for 0: the first counting instant not strictly inside a pause); MAX past an unbounded
         * pause; null if too long to walk.
         */
        Instant add(Instant start, long minutes, List<Interval> pauses, boolean business) {
            Instant t = start;
            long n = 0;
            for (int step = 0; step < MAX_STEPS; step++, t = t.plus(MINUTE)) {
                boolean counts = !business || working(t);
                if (minutes == 0) {
                    if (counts && !strictlyPaused(t, pauses)) {
                        return t;
                    }
                    if (strictlyPaused(t, pauses) && beyondUnboundedPause(t, pauses)) {
                        return Instant.MAX;
                    }
                    continue;
                }
                if (counts && !paused(t, pauses) && ++n == minutes) {
                    return t.plus(MINUTE);
                }
                if (beyondUnboundedPause(t, pauses)) {
                    return Instant.MAX;
                }
            }
            return null;
        }

        /** Decision 4, then shifted by the business minutes paused before the unpaused due. */
        Instant businessDays(Instant start, int days, List<Interval> pauses) {
            Instant open = add(start, 0, List.of(), true);
            if (open == null) {
                return null;
            }
            Instant due0 = open;
            if (days > 0) {
                ZonedDateTime z = open.atZone(spec.zone());
                LocalDate d = z.toLocalDate();
                for (int found = 0; found < days; ) {
                    d = d.plusDays(1);
                    if (workingDay(d)) {
                        found++;
                    }
                }
                due0 = add(ZonedDateTime.of(d, z.toLocalTime(), spec.zone()).toInstant(), 0, List.of(), true);
                if (due0 == null) {
                    return null;
                }
            }
            long pausedMinutes = 0;
            for (Instant t = start; t.isBefore(due0); t = t.plus(MINUTE)) {
                if (working(t) && paused(t, pauses)) {
                    pausedMinutes++;
                }
            }
            return add(due0, pausedMinutes, pauses, true);
        }
    }
}
