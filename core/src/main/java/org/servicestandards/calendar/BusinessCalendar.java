package org.servicestandards.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.threeten.extra.Interval;

/**
 * Working hours per weekday in one time zone, plus holidays, and the deadline arithmetic of the
 * service standards (calendar time, business time, business days, pauses, at-risk instants).
 *
 * <p>Build one with {@link #builder(ZoneId)}, or take {@link #always(ZoneId)} for 24/7. Instances
 * are immutable and thread-safe; the only mutable state is a lazily filled per-year cache (one
 * entry per local year touched, holidays and resolved working intervals), filled thread-safely.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li><b>Half-open working intervals.</b> Working hours are intervals {@code [open, close)} of
 *       local time: the opening instant is working time, the closing instant is not. A
 *       business-time deadline may land exactly on a closing instant: with Monday to Friday
 *       09:00-17:00, Friday 16:00 + 1 business hour = Friday 17:00, not Monday 09:00.</li>
 *   <li><b>Zero targets.</b> A zero business-time or business-days target is due at the first
 *       working instant at or after the start ({@link #nextOpening}); a zero calendar-time target
 *       is due at the start.</li>
 *   <li><b>Daylight saving.</b> Business time is real elapsed time: working hours 00:00-24:00 on a
 *       day when clocks go forward hold 23 hours, on the day they go back 25 hours. A local opening
 *       or closing time that falls in a gap resolves as {@link ZonedDateTime#of} does (shifted
 *       forward by the length of the gap); one in an overlap takes the earlier offset. A day's
 *       resolved intervals are then clipped to that local day and merged where they overlap or touch,
 *       so on a transition day an interval can shrink, merge with its neighbour or vanish, and the
 *       working time is the union of the resolved intervals.</li>
 *   <li><b>Holidays</b> close the whole local day, whatever its working hours. Holidays are fixed
 *       dates, annual month-days, and public holidays from Jollyday (observed dates of public and
 *       bank holidays; observances do not close).</li>
 *   <li><b>Business days</b> (catalogue decision 4): a start outside working time first rolls
 *       forward to the next opening; the deadline is then the same local time of day on the Nth
 *       following working day, rolled forward to the next opening if that time is not working time
 *       on that day. With Monday to Friday 09:00-17:00: Saturday 10:00 + 1 = Tuesday 09:00;
 *       Monday 17:00 + 1 = Wednesday 09:00; Monday 16:59 + 1 = Tuesday 16:59; Friday 12:00 + 1 =
 *       Monday 12:00.</li>
 *   <li><b>Pauses</b> (catalogue decision 5), given as {@link Interval}s {@code [start, end)}:
 *       {@link #deadline} shifts the due instant by the time that elapsed inside pauses, measured in
 *       the target's own time (business time for business targets, calendar time for calendar
 *       targets). Only pause time after the start counts; a pause that starts at or after the
 *       (shifted) due instant does not. Pauses may overlap (overlapping time counts once) and may be
 *       unbounded at the end ({@link Interval#isUnboundedEnd()}, still paused): if the deadline
 *       reaches such a pause it is unbounded and {@link Instant#MAX} is returned.</li>
 *   <li><b>Due instants are inclusive:</b> {@link #deadline} returns the last on-time instant; a
 *       record exactly at it meets the target (catalogue decision 1).</li>
 * </ul>
 *
 * <h2>Range and termination</h2>
 * Instants given to this class must lie between {@code 0001-01-02T00:00Z} and
 * {@code 9999-12-30T00:00Z} (an {@link IllegalArgumentException} otherwise); a result past the end
 * of year 9999 raises a {@link DateTimeException}. Every search for working time stops after
 * {@value #MAX_DAYS_WITHOUT_WORK} consecutive days without any with an {@link IllegalStateException}
 * (only possible when holidays cover years), so no method loops forever. Work is day by day over
 * the cached years, never minute by minute: adding business time is a binary search over a year's
 * cumulative working time.
 *
 * <p>Null arguments are rejected with a {@link NullPointerException} naming the argument.
 */
public final class BusinessCalendar {

    static final long NANOS_PER_DAY = 86_400_000_000_000L;
    static final int MAX_DAYS_WITHOUT_WORK = 3660;
    static final Instant MIN_SUPPORTED = Instant.parse("0001-01-02T00:00:00Z");
    static final Instant MAX_SUPPORTED = Instant.parse("9999-12-30T00:00:00Z");
    private static final int MIN_YEAR = 1;
    private static final int MAX_YEAR = 9999;
    private static final Instant[] NO_INTERVALS = new Instant[0];
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private final ZoneId zone;
    /** Per {@code DayOfWeek.ordinal()}: sorted, disjoint, non-touching [open, close) nanos of day. */
    private final long[][] weekly;
    private final Set<LocalDate> holidays;
    private final Set<MonthDay> annualHolidays;
    private final PublicHolidays publicHolidays;
    private final boolean alwaysOpen;
    private final ConcurrentHashMap<Integer, YearData> years = new ConcurrentHashMap<>();
    private final Measure businessMeasure = new BusinessMeasure();
    /** Most recently used year: most batches stay within one year, this skips the map lookup. */
    private volatile YearData recentYear;

    private BusinessCalendar(ZoneId zone, long[][] weekly, Set<LocalDate> holidays, Set<MonthDay> annualHolidays,
            PublicHolidays publicHolidays) {
        this.zone = zone;
        this.weekly = weekly;
        this.holidays = holidays;
        this.annualHolidays = annualHolidays;
        this.publicHolidays = publicHolidays;
        boolean allDay = true;
        for (long[] day : weekly) {
            allDay &= day.length == 2 && day[0] == 0 && day[1] == NANOS_PER_DAY;
        }
        this.alwaysOpen = allDay && holidays.isEmpty() && annualHolidays.isEmpty() && publicHolidays == null;
    }

    /**
     * A builder for a calendar in {@code zone}, with no working hours and no holidays yet.
     *
     * @param zone the zone in which working hours and holidays are local; not null
     * @return a new builder
     * @throws NullPointerException if {@code zone} is null
     */
    public static Builder builder(ZoneId zone) {
        return new Builder(Objects.requireNonNull(zone, "zone must not be null"));
    }

    /**
     * A calendar in which every instant is working time (24/7, no holidays), e.g. for calendar-time
     * targets: its business time equals elapsed time, and a business day is the same local time on
     * the next day.
     *
     * @param zone the zone that decides local days (for business days); not null
     * @return the calendar
     * @throws NullPointerException if {@code zone} is null
     */
    public static BusinessCalendar always(ZoneId zone) {
        Builder b = builder(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            b.hours(day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
        }
        return b.build();
    }

    /**
     * The zone in which working hours and holidays are local.
     *
     * @return the zone, never null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Whether {@code t} is working time: inside a half-open working interval {@code [open, close)}
     * of its local day, and that day is not a holiday.
     *
     * @param t the instant; not null, in the supported range
     * @return true at an opening instant, false at a closing instant
     * @throws IllegalArgumentException if {@code t} is outside the supported range
     */
    public boolean isWorkingTime(Instant t) {
        requireSupported("t", t);
        if (alwaysOpen) {
            return true;
        }
        LocalDate d = date(t);
        Instant[] iv = year(d.getYear()).intervals[d.getDayOfYear() - 1];
        for (int k = 0; k < iv.length; k += 2) {
            if (t.isBefore(iv[k])) {
                return false;
            }
            if (t.isBefore(iv[k + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code date} has working time: working hours on its weekday, not a holiday, and (on a
     * daylight-saving transition day) at least one working interval left after resolving it.
     *
     * @param date the local date; not null, in years 1 to 9999
     * @return whether the day has any working time
     * @throws DateTimeException if {@code date} is outside years 1 to 9999
     */
    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return year(date.getYear()).intervals[date.getDayOfYear() - 1].length > 0;
    }

    /**
     * Whether {@code date} is a holiday of this calendar: a fixed holiday, an annual month-day
     * holiday, or a public or bank holiday (observed date) of the configured Jollyday calendar.
     *
     * @param date the local date; not null, in years 1 to 9999
     * @return whether the whole day is closed as a holiday
     * @throws DateTimeException if {@code date} is outside years 1 to 9999
     */
    public boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return year(date.getYear()).holiday[date.getDayOfYear() - 1];
    }

    /**
     * The first working instant at or after {@code t}: {@code t} itself when it is working time,
     * else the next opening.
     *
     * @param t the instant; not null, in the supported range
     * @return the first working instant {@code >= t}
     * @throws IllegalArgumentException if {@code t} is outside the supported range
     * @throws IllegalStateException    if there is no working time within
     *                                  {@value #MAX_DAYS_WITHOUT_WORK} days
     */
    public Instant nextOpening(Instant t) {
        requireSupported("t", t);
        return roll(t);
    }

    /**
     * The instant at which {@code duration} of working time has elapsed since {@code start}.
     *
     * <p>For a positive duration this is the earliest such instant, so it may be a closing instant
     * (Friday 16:00 + 1 business hour = Friday 17:00 with 09:00-17:00). A zero duration gives
     * {@link #nextOpening nextOpening(start)}.
     *
     * @param start    the start; not null, in the supported range
     * @param duration working time to add, zero or positive; not null
     * @return the instant, never before {@code start}
     * @throws IllegalArgumentException if {@code start} is outside the supported range or
     *                                  {@code duration} is negative
     * @throws DateTimeException        if the result would fall after year 9999
     */
    public Instant addBusinessTime(Instant start, Duration duration) {
        return addBusinessTime(start, duration, List.of());
    }

    /**
     * The instant at which {@code duration} of working time outside the pauses has elapsed since
     * {@code start}: working time inside a pause {@code [start, end)} does not count.
     *
     * <p>Equal to {@link #deadline deadline(start, Target.businessTime(duration), pauses)}; see the
     * class documentation for how pauses apply.
     *
     * @param start    the start; not null, in the supported range
     * @param duration working time to add, zero or positive; not null
     * @param pauses   pauses, in any order, possibly overlapping or unbounded at the end; not null,
     *                 no null element; {@code List.of()} for none
     * @return the instant, never before {@code start}; {@link Instant#MAX} if an unbounded pause is
     *         reached before the time has elapsed
     * @throws IllegalArgumentException if {@code start} is outside the supported range or
     *                                  {@code duration} is negative
     * @throws DateTimeException        if the result would fall after year 9999
     */
    public Instant addBusinessTime(Instant start, Duration duration, List<Interval> pauses) {
        Objects.requireNonNull(duration, "duration must not be null");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative, was " + duration);
        }
        return deadline(start, Target.businessTime(duration), pauses);
    }

    /**
     * The working time in {@code [a, b)}.
     *
     * @param a the start, inclusive; not null, in the supported range
     * @param b the end, exclusive; not null, in the supported range, not before {@code a}
     * @return the working time, zero or positive
     * @throws IllegalArgumentException if {@code b} is before {@code a} or either is outside the
     *                                  supported range
     */
    public Duration businessTimeBetween(Instant a, Instant b) {
        return businessTimeBetween(a, b, List.of());
    }

    /**
     * The working time in {@code [a, b)} outside the pauses.
     *
     * @param a      the start, inclusive; not null, in the supported range
     * @param b      the end, exclusive; not null, in the supported range, not before {@code a}
     * @param pauses pauses {@code [start, end)}, in any order, possibly overlapping or unbounded; not
     *               null, no null element
     * @return the working time outside pauses, zero or positive
     * @throws IllegalArgumentException if {@code b} is before {@code a} or either is outside the
     *                                  supported range
     */
    public Duration businessTimeBetween(Instant a, Instant b, List<Interval> pauses) {
        requireSupported("a", a);
        requireSupported("b", b);
        if (b.isBefore(a)) {
            throw new IllegalArgumentException("b " + b + " must not be before a " + a);
        }
        return unpaused(a, b, Pauses.of(pauses), businessMeasure);
    }

    /**
     * The due instant {@code days} business days after {@code start} (catalogue decision 4).
     *
     * <p>A start outside working time first rolls forward to the next opening {@code o}; the result
     * is then the local time of day of {@code o} on the {@code days}-th working day after
     * {@code o}'s local date, rolled forward to the next opening if that is not working time (a
     * local time in a daylight-saving gap resolves as {@link ZonedDateTime#of} does). Zero days
     * give {@code o}.
     *
     * @param start the start; not null, in the supported range
     * @param days  the number of working days, zero or positive
     * @return the due instant, always working time
     * @throws IllegalArgumentException if {@code start} is outside the supported range or
     *                                  {@code days} is negative
     * @throws DateTimeException        if the result would fall after year 9999
     */
    public Instant addBusinessDays(Instant start, int days) {
        requireSupported("start", start);
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative, was " + days);
        }
        return plusBusinessDays(start, days);
    }

    /**
     * The due instant of {@code target} from {@code start}, without pauses.
     *
     * @param start  the start; not null, in the supported range
     * @param target the target; not null
     * @return the last on-time instant, inclusive
     * @throws IllegalArgumentException if {@code start} is outside the supported range
     * @throws DateTimeException        if the result would fall after year 9999 (or after
     *                                  {@link Instant#MAX} for calendar time)
     * @see #deadline(Instant, Target, List)
     */
    public Instant deadline(Instant start, Target target) {
        return deadline(start, target, List.of());
    }

    /**
     * Due instant of a target from start, shifted by pauses per decision 5.
     *
     * <p>Without pauses: {@code start + duration} for calendar time; {@link #addBusinessTime} for
     * business time; {@link #addBusinessDays} for business days. Each pause then moves the due
     * instant later by the time inside it, after {@code start} and before the due instant, measured
     * in the target's own time; the shift is repeated for pauses the moved due instant reaches, so
     * for a business-time target the result is the instant at which the target's business time
     * outside pauses has elapsed, i.e. {@code businessTimeBetween(start, result, pauses) == target}.
     * A pause starting at or after the due instant has no effect. For a zero target the due instant
     * is the first instant at or after {@code start} (working, for business targets) not strictly
     * inside a pause.
     *
     * @param start  the start; not null, in the supported range
     * @param target the target; not null
     * @param pauses pauses {@code [start, end)}, in any order, possibly overlapping or unbounded at
     *               the end; not null, no null element; {@code List.of()} for none
     * @return the last on-time instant, inclusive (a record at it meets the target); never before
     *         {@code start}; {@link Instant#MAX} when an unbounded pause is reached, i.e. the deadline
     *         is unbounded while still paused
     * @throws IllegalArgumentException if {@code start} is outside the supported range
     * @throws DateTimeException        if the result would fall after year 9999 (or after
     *                                  {@link Instant#MAX} for calendar time)
     */
    public Instant deadline(Instant start, Target target, List<Interval> pauses) {
        requireSupported("start", start);
        Objects.requireNonNull(target, "target must not be null");
        Pauses p = Pauses.of(pauses);
        Measure m;
        Instant due;
        switch (target.kind()) {
            case CALENDAR_TIME -> {
                m = Measure.CALENDAR;
                due = start.plus(target.duration());
            }
            case BUSINESS_TIME -> {
                m = businessMeasure;
                due = target.duration().isZero() ? roll(start) : addPositive(start, target.duration());
            }
            default -> {
                m = businessMeasure;
                due = plusBusinessDays(start, target.days());
            }
        }
        if (p.isEmpty()) {
            return due;
        }
        Duration paused = paused(start, due, p, m);
        if (!paused.isZero()) {
            return forward(due, paused, p, m);
        }
        // nothing paused before the due instant: it stands, unless a pause strictly contains it
        // (possible only for a due instant that is a rolled start, i.e. zero or business-day targets)
        return p.strictlyContains(due) ? rollPastPauses(due, p, m) : due;
    }

    /**
     * Time elapsed from start to end measured in the target's own time (business time for
     * BUSINESS_TIME and BUSINESS_DAYS targets, calendar time for CALENDAR_TIME), minus pauses.
     *
     * @param start  the start, inclusive; not null, in the supported range
     * @param end    the end, exclusive; not null, in the supported range, not before {@code start}
     * @param kind   the kind of target whose time is measured; not null
     * @param pauses pauses {@code [start, end)}; not null, no null element
     * @return the time in {@code [start, end)} outside pauses, zero or positive
     * @throws IllegalArgumentException if {@code end} is before {@code start} or either is outside
     *                                  the supported range
     */
    public Duration elapsed(Instant start, Instant end, TargetKind kind, List<Interval> pauses) {
        requireSupported("start", start);
        requireSupported("end", end);
        Objects.requireNonNull(kind, "kind must not be null");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " must not be before start " + start);
        }
        return unpaused(start, end, Pauses.of(pauses), measure(kind));
    }

    /**
     * The instant at which {@code share} (0..1 inclusive) of the window [start, due) is used, measured
     * in the target's own time (decision 3), pauses excluded.
     *
     * <p>The window's size is {@link #elapsed elapsed(start, due, kind, pauses)}; the result is the
     * earliest instant by which {@code share} of it (rounded up to the nanosecond) has elapsed
     * outside pauses. {@code share == 0} gives the first instant at or after {@code start} at which
     * time counts (working and not strictly inside a pause; {@code start} itself for calendar time
     * outside pauses), {@code share == 1} gives {@code due}; the result is never after {@code due}
     * and never decreases as {@code share} grows. With {@code due == Instant.MAX} (an unbounded
     * deadline) every share above 0 gives {@link Instant#MAX}.
     *
     * @param start  the start of the window; not null, in the supported range
     * @param due    the due instant; not null, not before {@code start}, in the supported range or
     *               {@link Instant#MAX}
     * @param kind   the kind of the target; not null
     * @param share  the share of the window, from 0 to 1 inclusive (e.g. 0.75)
     * @param pauses pauses {@code [start, end)}; not null, no null element
     * @return the at-risk instant, in {@code [start, due]}
     * @throws IllegalArgumentException if {@code share} is not within [0, 1], {@code due} is before
     *                                  {@code start}, or an instant is outside the supported range
     */
    public Instant atRiskInstant(Instant start, Instant due, TargetKind kind, double share, List<Interval> pauses) {
        requireSupported("start", start);
        Objects.requireNonNull(due, "due must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException("share must be within [0, 1], was " + share);
        }
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("due " + due + " must not be before start " + start);
        }
        if (!due.equals(Instant.MAX)) {
            requireSupported("due", due);
        }
        Pauses p = Pauses.of(pauses);
        if (share == 1.0) {
            return due;
        }
        Measure m = measure(kind);
        if (share == 0.0) {
            return min(rollPastPauses(start, p, m), due);
        }
        if (due.equals(Instant.MAX)) {
            return Instant.MAX;
        }
        Duration amount = ceilShare(unpaused(start, due, p, m), share);
        Instant at = amount.isZero() ? rollPastPauses(start, p, m) : forward(start, amount, p, m);
        return min(at, due);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("BusinessCalendar[").append(zone);
        for (DayOfWeek day : DayOfWeek.values()) {
            long[] w = weekly[day.ordinal()];
            if (w.length > 0) {
                sb.append(", ").append(day).append(' ');
                for (int k = 0; k < w.length; k += 2) {
                    sb.append(k == 0 ? "" : ",").append(formatNanoOfDay(w[k])).append('-')
                            .append(formatNanoOfDay(w[k + 1]));
                }
            }
        }
        if (!holidays.isEmpty()) {
            sb.append(", holidays ").append(new TreeSet<>(holidays));
        }
        if (!annualHolidays.isEmpty()) {
            sb.append(", annual ").append(new TreeSet<>(annualHolidays));
        }
        if (publicHolidays != null) {
            sb.append(", public holidays ").append(publicHolidays);
        }
        return sb.append(']').toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Working-time arithmetic over cached years

    private Measure measure(TargetKind kind) {
        return kind == TargetKind.CALENDAR_TIME ? Measure.CALENDAR : businessMeasure;
    }

    private LocalDate date(Instant t) {
        return LocalDate.ofInstant(t, zone);
    }

    private YearData year(int y) {
        YearData r = recentYear;
        if (r != null && r.year == y) {
            return r;
        }
        r = years.computeIfAbsent(y, this::computeYear);
        recentYear = r;
        return r;
    }

    /** First working instant >= t. */
    private Instant roll(Instant t) {
        if (alwaysOpen) {
            return t;
        }
        LocalDate d = date(t);
        YearData y = year(d.getYear());
        int i = d.getDayOfYear() - 1;
        Instant[] iv = y.intervals[i];
        for (int k = 0; k < iv.length; k += 2) {
            if (iv[k + 1].isAfter(t)) {
                return iv[k].isAfter(t) ? iv[k] : t;
            }
        }
        for (int n = 0; n < MAX_DAYS_WITHOUT_WORK; n++) {
            if (++i == y.length()) {
                y = year(y.year + 1);
                i = 0;
            }
            iv = y.intervals[i];
            if (iv.length > 0) {
                return iv[0];
            }
        }
        throw noWorkingTime(t);
    }

    /** Working nanos from the start of y's year to t, where t lies on day index i of y. */
    private static long workedBefore(YearData y, int i, Instant t) {
        long acc = y.cum[i];
        Instant[] iv = y.intervals[i];
        for (int k = 0; k < iv.length && t.isAfter(iv[k]); k += 2) {
            acc += nanosBetween(iv[k], t.isBefore(iv[k + 1]) ? t : iv[k + 1]);
        }
        return acc;
    }

    /** The earliest instant by which d (> 0) of working time has elapsed since start. */
    private Instant addPositive(Instant start, Duration d) {
        if (alwaysOpen) {
            return start.plus(d);
        }
        LocalDate ld = date(start);
        YearData y = year(ld.getYear());
        int i = ld.getDayOfYear() - 1;
        long before = workedBefore(y, i, start);
        long avail = y.total() - before;
        Duration rem = d;
        int idleYears = 0;
        while (rem.compareTo(Duration.ofNanos(avail)) > 0) {
            rem = rem.minusNanos(avail);
            idleYears = avail == 0 ? idleYears + 1 : 0;
            if (idleYears * 366 > MAX_DAYS_WITHOUT_WORK) {
                throw noWorkingTime(start);
            }
            y = year(y.year + 1);
            i = 0;
            before = 0;
            avail = y.total();
        }
        long target = before + rem.toNanos();
        int lo = i;
        int hi = y.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (y.cum[mid + 1] >= target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        Instant[] iv = y.intervals[lo];
        long acc = y.cum[lo];
        for (int k = 0; k < iv.length; k += 2) {
            long len = nanosBetween(iv[k], iv[k + 1]);
            if (acc + len >= target) {
                return iv[k].plusNanos(target - acc);
            }
            acc += len;
        }
        throw new IllegalStateException("cumulative working time inconsistent for " + y.year);
    }

    private Duration businessBetween(Instant a, Instant b) {
        if (alwaysOpen) {
            return Duration.between(a, b);
        }
        LocalDate da = date(a);
        LocalDate db = date(b);
        YearData ya = year(da.getYear());
        long wa = workedBefore(ya, da.getDayOfYear() - 1, a);
        if (da.getYear() == db.getYear()) {
            return Duration.ofNanos(workedBefore(ya, db.getDayOfYear() - 1, b) - wa);
        }
        Duration sum = Duration.ofNanos(ya.total() - wa);
        for (int y = da.getYear() + 1; y < db.getYear(); y++) {
            sum = sum.plusNanos(year(y).total());
        }
        return sum.plusNanos(workedBefore(year(db.getYear()), db.getDayOfYear() - 1, b));
    }

    private Instant plusBusinessDays(Instant start, int days) {
        Instant open = roll(start);
        if (days == 0) {
            return open;
        }
        ZonedDateTime z = open.atZone(zone);
        LocalTime timeOfDay = z.toLocalTime();
        LocalDate d = z.toLocalDate();
        YearData y = year(d.getYear());
        int i = d.getDayOfYear() - 1;
        int found = 0;
        int idle = 0;
        while (found < days) {
            if (++i == y.length()) {
                y = year(y.year + 1);
                i = 0;
            }
            if (y.intervals[i].length > 0) {
                found++;
                idle = 0;
            } else if (++idle > MAX_DAYS_WITHOUT_WORK) {
                throw noWorkingTime(start);
            }
        }
        LocalDate target = y.firstDay.plusDays(i);
        return roll(ZonedDateTime.of(target, timeOfDay, zone).toInstant());
    }

    // ---------------------------------------------------------------------------------------------
    // Pauses

    /** Time (per m) in [a, b) outside pauses. */
    private static Duration unpaused(Instant a, Instant b, Pauses p, Measure m) {
        Duration total = m.between(a, b);
        return p.isEmpty() ? total : total.minus(paused(a, b, p, m));
    }

    /** Time (per m) in [a, b) inside pauses. */
    private static Duration paused(Instant a, Instant b, Pauses p, Measure m) {
        Duration sum = Duration.ZERO;
        for (int k = 0; k < p.size(); k++) {
            Instant ps = p.starts[k];
            Instant pe = p.ends[k];
            if (!ps.isBefore(b)) {
                break;
            }
            if (pe.isAfter(a)) {
                sum = sum.plus(m.between(max(ps, a), min(pe, b)));
            }
        }
        return sum;
    }

    /**
     * The earliest instant t >= cur such that rem (> 0) of time (per m) outside pauses has elapsed
     * in [cur, t); Instant.MAX if an unbounded pause is reached first.
     */
    private static Instant forward(Instant cur, Duration rem, Pauses p, Measure m) {
        for (int k = 0; k < p.size(); k++) {
            Instant ps = p.starts[k];
            Instant pe = p.ends[k];
            if (!pe.isAfter(cur)) {
                continue;
            }
            if (!ps.isAfter(cur)) {
                // cur is inside this pause: nothing counts until it ends
                if (pe.equals(Instant.MAX)) {
                    return Instant.MAX;
                }
                cur = pe;
                continue;
            }
            Instant candidate = m.add(cur, rem);
            if (!candidate.isAfter(ps)) {
                return candidate;
            }
            rem = rem.minus(m.between(cur, ps));
            if (pe.equals(Instant.MAX)) {
                return Instant.MAX;
            }
            cur = pe;
        }
        return m.add(cur, rem);
    }

    /** The first instant >= t at which time counts (per m) and that is not strictly inside a pause. */
    private static Instant rollPastPauses(Instant t, Pauses p, Measure m) {
        Instant cur = m.roll(t);
        for (int k = 0; k < p.size(); k++) {
            if (!p.starts[k].isBefore(cur)) {
                break;
            }
            if (p.ends[k].isAfter(cur)) {
                if (p.ends[k].equals(Instant.MAX)) {
                    return Instant.MAX;
                }
                cur = m.roll(p.ends[k]);
            }
        }
        return cur;
    }

    /**
     * share x total rounded up to the nanosecond, with share read as the decimal it prints as (0.8
     * is 8/10, not the binary double just above it).
     */
    static Duration ceilShare(Duration total, double share) {
        // Fast exact path for shares with up to 9 decimals: seconds*ppb + ceil(nanos*ppb / 1e9).
        long ppb = Math.round(share * 1_000_000_000d);
        if (ppb / 1_000_000_000d == share) {
            try {
                long whole = Math.multiplyExact(total.getSeconds(), ppb);
                long part = Math.floorDiv(total.getNano() * ppb + 999_999_999L, 1_000_000_000L);
                return Duration.ofNanos(Math.addExact(whole, part));
            } catch (ArithmeticException overflow) {
                // fall through to BigDecimal
            }
        }
        BigDecimal nanos = BigDecimal.valueOf(total.getSeconds()).multiply(NANOS_PER_SECOND)
                .add(BigDecimal.valueOf(total.getNano()));
        BigDecimal[] sn = nanos.multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.CEILING)
                .divideAndRemainder(NANOS_PER_SECOND);
        return Duration.ofSeconds(sn[0].longValueExact(), sn[1].longValueExact());
    }

    // ---------------------------------------------------------------------------------------------
    // Year cache

    private YearData computeYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new DateTimeException("business calendar arithmetic needs year " + year
                    + ", outside the supported years " + MIN_YEAR + " to " + MAX_YEAR);
        }
        LocalDate first = LocalDate.of(year, 1, 1);
        int n = first.lengthOfYear();
        Set<LocalDate> closed = publicHolidays == null ? Set.of() : publicHolidays.closedDays(year);
        Instant[][] intervals = new Instant[n][];
        boolean[] holiday = new boolean[n];
        long[] cum = new long[n + 1];
        LocalDate d = first;
        Instant dayStart = d.atStartOfDay(zone).toInstant();
        for (int i = 0; i < n; i++) {
            LocalDate next = d.plusDays(1);
            Instant dayEnd = next.atStartOfDay(zone).toInstant();
            holiday[i] = holidays.contains(d) || closed.contains(d) || annualHolidays.contains(MonthDay.from(d));
            intervals[i] = holiday[i] ? NO_INTERVALS : resolveDay(d, dayStart, dayEnd);
            long worked = 0;
            for (int k = 0; k < intervals[i].length; k += 2) {
                worked += nanosBetween(intervals[i][k], intervals[i][k + 1]);
            }
            cum[i + 1] = cum[i] + worked;
            d = next;
            dayStart = dayEnd;
        }
        return new YearData(year, first, intervals, holiday, cum);
    }

    /**
     * The day's working intervals as instants: resolved, clipped to the local day, then sorted and
     * merged where they overlap or touch. Sorting matters on a transition day: a local time in the
     * gap shifts forward and can land after a later interval (02:36-02:40 in a 02:00-03:00 gap
     * becomes 03:36-03:40, after 03:02-03:36), and the union of both is what is worked.
     */
    private Instant[] resolveDay(LocalDate d, Instant dayStart, Instant dayEnd) {
        long[] w = weekly[d.getDayOfWeek().ordinal()];
        if (w.length == 0) {
            return NO_INTERVALS;
        }
        int n = 0;
        Instant[] resolved = new Instant[w.length];
        boolean sorted = true;
        for (int k = 0; k < w.length; k += 2) {
            Instant open = max(at(d, w[k], dayEnd), dayStart);
            Instant close = min(at(d, w[k + 1], dayEnd), dayEnd);
            if (close.isAfter(open)) {
                sorted &= n == 0 || !open.isBefore(resolved[n - 2]);
                resolved[n++] = open;
                resolved[n++] = close;
            }
        }
        if (!sorted) {
            Instant[][] pairs = new Instant[n / 2][];
            for (int k = 0; k < n; k += 2) {
                pairs[k / 2] = new Instant[] {resolved[k], resolved[k + 1]};
            }
            Arrays.sort(pairs, Comparator.comparing((Instant[] pair) -> pair[0]));
            for (int k = 0; k < n; k += 2) {
                resolved[k] = pairs[k / 2][0];
                resolved[k + 1] = pairs[k / 2][1];
            }
        }
        int m = 0;
        for (int k = 0; k < n; k += 2) {
            if (m > 0 && !resolved[k].isAfter(resolved[m - 1])) {
                resolved[m - 1] = max(resolved[m - 1], resolved[k + 1]);
            } else {
                resolved[m++] = resolved[k];
                resolved[m++] = resolved[k + 1];
            }
        }
        return m == 0 ? NO_INTERVALS : Arrays.copyOf(resolved, m);
    }

    private Instant at(LocalDate d, long nanoOfDay, Instant dayEnd) {
        return nanoOfDay == NANOS_PER_DAY ? dayEnd
                : ZonedDateTime.of(d, LocalTime.ofNanoOfDay(nanoOfDay), zone).toInstant();
    }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    static void requireSupported(String name, Instant t) {
        Objects.requireNonNull(t, () -> name + " must not be null");
        if (t.isBefore(MIN_SUPPORTED) || t.isAfter(MAX_SUPPORTED)) {
            throw new IllegalArgumentException(name + " " + t + " must be within the supported range "
                    + MIN_SUPPORTED + " to " + MAX_SUPPORTED);
        }
    }

    private IllegalStateException noWorkingTime(Instant from) {
        return new IllegalStateException("no working time within " + MAX_DAYS_WITHOUT_WORK + " days after " + from
                + " in " + this + ": holidays cover every working day");
    }

    private static long nanosBetween(Instant a, Instant b) {
        return (b.getEpochSecond() - a.getEpochSecond()) * 1_000_000_000L + (b.getNano() - a.getNano());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    static String formatNanoOfDay(long nanoOfDay) {
        return nanoOfDay == NANOS_PER_DAY ? "24:00" : LocalTime.ofNanoOfDay(nanoOfDay).toString();
    }

    /** One local year: per day (0-based day of year) its holiday flag and working intervals. */
    private static final class YearData {
        final int year;
        final LocalDate firstDay;
        /** Per day: flattened [open, close) instants, sorted and disjoint; empty when closed. */
        final Instant[][] intervals;
        final boolean[] holiday;
        /** cum[i]: working nanos from the start of the year to the start of day i; cum[n] is the total. */
        final long[] cum;

        YearData(int year, LocalDate firstDay, Instant[][] intervals, boolean[] holiday, long[] cum) {
            this.year = year;
            this.firstDay = firstDay;
            this.intervals = intervals;
            this.holiday = holiday;
            this.cum = cum;
        }

        int length() {
            return intervals.length;
        }

        long total() {
            return cum[intervals.length];
        }
    }

    /** How a kind of target measures time: wall clock or working time. */
    private interface Measure {
        Measure CALENDAR = new Measure() {
            @Override
            public Duration between(Instant a, Instant b) {
                return Duration.between(a, b);
            }

            @Override
            public Instant add(Instant a, Duration d) {
                return a.plus(d);
            }

            @Override
            public Instant roll(Instant t) {
                return t;
            }
        };

        /** Time counted in [a, b), a <= b. */
        Duration between(Instant a, Instant b);

        /** Earliest t with between(a, t) >= d, for d > 0. */
        Instant add(Instant a, Duration d);

        /** First instant >= t at which time counts. */
        Instant roll(Instant t);
    }

    private final class BusinessMeasure implements Measure {
        @Override
        public Duration between(Instant a, Instant b) {
            return businessBetween(a, b);
        }

        @Override
        public Instant add(Instant a, Duration d) {
            return addPositive(a, d);
        }

        @Override
        public Instant roll(Instant t) {
            return BusinessCalendar.this.roll(t);
        }
    }

    /** Pauses sorted by start and merged where they overlap or touch; ends may be Instant.MAX. */
    private static final class Pauses {
        private static final Pauses NONE = new Pauses(new Instant[0], new Instant[0]);
        final Instant[] starts;
        final Instant[] ends;

        private Pauses(Instant[] starts, Instant[] ends) {
            this.starts = starts;
            this.ends = ends;
        }

        static Pauses of(List<Interval> pauses) {
            Objects.requireNonNull(pauses, "pauses must not be null (use List.of() for none)");
            if (pauses.isEmpty()) {
                return NONE;
            }
            List<Interval> sorted = new ArrayList<>(pauses.size());
            for (int i = 0; i < pauses.size(); i++) {
                Interval p = Objects.requireNonNull(pauses.get(i), "pauses[" + i + "] must not be null");
                if (!p.isEmpty()) {
                    sorted.add(p);
                }
            }
            sorted.sort(Comparator.comparing(Interval::getStart));
            List<Instant> s = new ArrayList<>();
            List<Instant> e = new ArrayList<>();
            for (Interval p : sorted) {
                int last = e.size() - 1;
                if (last >= 0 && !p.getStart().isAfter(e.get(last))) {
                    e.set(last, max(e.get(last), p.getEnd()));
                } else {
                    s.add(p.getStart());
                    e.add(p.getEnd());
                }
            }
            return new Pauses(s.toArray(new Instant[0]), e.toArray(new Instant[0]));
        }

        int size() {
            return starts.length;
        }

        /** Whether some pause has start < t < end. */
        boolean strictlyContains(Instant t) {
            for (int k = 0; k < starts.length && starts[k].isBefore(t); k++) {
                if (ends[k].isAfter(t)) {
                    return true;
                }
            }
            return false;
        }

        boolean isEmpty() {
            return starts.length == 0;
        }
    }

    /**
     * Builds a {@link BusinessCalendar}: working hours per weekday, holidays, public holidays.
     *
     * <p>Not thread-safe; {@link #build()} may be called more than once and each calendar is
     * independent of later changes to the builder.
     */
    public static final class Builder {
        private final ZoneId zone;
        private final List<List<long[]>> hours = new ArrayList<>();
        private final Set<LocalDate> holidays = new HashSet<>();
        private final Set<MonthDay> annualHolidays = new HashSet<>();
        private PublicHolidays publicHolidays;

        private Builder(ZoneId zone) {
            this.zone = zone;
            for (int i = 0; i < 7; i++) {
                hours.add(new ArrayList<>());
            }
        }

        /**
         * Adds a working interval {@code [open, close)} of local time on {@code day}.
         *
         * <p>Several intervals per day are allowed (a lunch break is two intervals); touching ones
         * (09:00-12:00 and 12:00-17:00) join up. {@link LocalTime#MIDNIGHT} as {@code close} means
         * the end of the day (24:00), so {@code hours(day, MIDNIGHT, MIDNIGHT)} is the whole day; an
         * interval cannot cross midnight: split it over two days.
         *
         * @param day   the weekday; not null
         * @param open  the opening local time, inclusive; not null
         * @param close the closing local time, exclusive, after {@code open}; {@code MIDNIGHT} for
         *              24:00; not null
         * @return this builder
         * @throws IllegalArgumentException if {@code close} is not after {@code open}, or the
         *                                  interval overlaps one already given for {@code day}
         */
        public Builder hours(DayOfWeek day, LocalTime open, LocalTime close) {
            Objects.requireNonNull(day, "day must not be null");
            Objects.requireNonNull(open, "open must not be null");
            Objects.requireNonNull(close, "close must not be null");
            long o = open.toNanoOfDay();
            long c = close.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : close.toNanoOfDay();
            if (c <= o) {
                throw new IllegalArgumentException("close " + close + " must be after open " + open + " on " + day
                        + " (use LocalTime.MIDNIGHT as close for the end of the day; "
                        + "split an interval that crosses midnight over two days)");
            }
            for (long[] other : hours.get(day.ordinal())) {
                if (o < other[1] && other[0] < c) {
                    throw new IllegalArgumentException("hours " + day + " " + formatNanoOfDay(o) + "-"
                            + formatNanoOfDay(c) + " overlap hours " + formatNanoOfDay(other[0]) + "-"
                            + formatNanoOfDay(other[1]) + " already given for " + day);
                }
            }
            hours.get(day.ordinal()).add(new long[] {o, c});
            return this;
        }

        /**
         * Adds the working interval {@code [open, close)} on each day Monday to Friday.
         *
         * @param open  the opening local time, inclusive; not null
         * @param close the closing local time, exclusive; {@code MIDNIGHT} for 24:00; not null
         * @return this builder
         * @throws IllegalArgumentException as {@link #hours}
         */
        public Builder weekdays(LocalTime open, LocalTime close) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                    hours(day, open, close);
                }
            }
            return this;
        }

        /**
         * Closes the whole local day {@code date}. Giving the same date twice has no further effect.
         *
         * @param date the date; not null
         * @return this builder
         */
        public Builder holiday(LocalDate date) {
            holidays.add(Objects.requireNonNull(date, "date must not be null"));
            return this;
        }

        /**
         * Closes the local day {@code monthDay} every year (February 29 only in leap years). Giving
         * the same month-day twice has no further effect.
         *
         * @param monthDay the month and day; not null
         * @return this builder
         */
        public Builder annualHoliday(MonthDay monthDay) {
            annualHolidays.add(Objects.requireNonNull(monthDay, "monthDay must not be null"));
            return this;
        }

        /**
         * Closes the public and bank holidays of a Jollyday calendar, on their observed dates.
         *
         * <p>{@code countryCode} is a Jollyday calendar code, case-insensitive: an ISO 3166 country
         * ("US", "GB", "DE") or one of Jollyday's others ("NYSE", "TARGET"). {@code subdivisions}
         * is a path down Jollyday's hierarchy, case-insensitive: a region and optionally a place
         * within it ("US", "ny"; "DE", "by"; "GB", "eng"). Without subdivisions only the national
         * holidays apply: for England use "GB", "eng" (plain "GB" lacks Easter Monday and the Summer
         * bank holiday). Observances (Jollyday's {@code OBSERVANCE}) do not close. The holidays of a
         * year are computed when the year is first used, then cached.
         *
         * @param countryCode   the Jollyday calendar code; not null
         * @param subdivisions  the subdivision path, possibly empty; not null, no null element
         * @return this builder
         * @throws IllegalArgumentException if Jollyday does not know the code or a subdivision (the
         *                                  message lists the known ones)
         * @throws IllegalStateException    if public holidays were already set
         */
        public Builder publicHolidays(String countryCode, String... subdivisions) {
            if (publicHolidays != null) {
                throw new IllegalStateException("publicHolidays was already set to " + publicHolidays);
            }
            publicHolidays = PublicHolidays.of(countryCode, subdivisions);
            return this;
        }

        /**
         * Builds the calendar.
         *
         * @return an immutable, thread-safe calendar
         * @throws IllegalArgumentException if no working hours were given (adding business time would
         *                                  never end)
         */
        public BusinessCalendar build() {
            long[][] weekly = new long[7][];
            boolean any = false;
            for (int i = 0; i < 7; i++) {
                List<long[]> day = new ArrayList<>(hours.get(i));
                day.sort(Comparator.comparingLong(iv -> iv[0]));
                List<Long> flat = new ArrayList<>();
                for (long[] iv : day) {
                    if (!flat.isEmpty() && flat.get(flat.size() - 1) == iv[0]) {
                        flat.set(flat.size() - 1, iv[1]);
                    } else {
                        flat.add(iv[0]);
                        flat.add(iv[1]);
                    }
                }
                weekly[i] = flat.stream().mapToLong(Long::longValue).toArray();
                any |= weekly[i].length > 0;
            }
            if (!any) {
                throw new IllegalArgumentException("a business calendar needs working hours (adding business "
                        + "time would never end): call hours(...) or weekdays(...) before build()");
            }
            return new BusinessCalendar(zone, weekly, Set.copyOf(holidays), Set.copyOf(annualHolidays),
                    publicHolidays);
        }
    }
}
