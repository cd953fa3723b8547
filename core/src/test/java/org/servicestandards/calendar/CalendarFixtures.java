package org.servicestandards.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.threeten.extra.Interval;

/**
 * Named calendars and instant parsing for the table-driven calendar tests.
 *
 * <p>The reference week is Monday 2026-03-02 to Sunday 2026-03-08.
 */
final class CalendarFixtures {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalTime T0900 = LocalTime.of(9, 0);
    static final LocalTime T1200 = LocalTime.of(12, 0);
    static final LocalTime T1300 = LocalTime.of(13, 0);
    static final LocalTime T1700 = LocalTime.of(17, 0);

    /** Monday to Friday 09:00-17:00 UTC. */
    static final BusinessCalendar UTC_9_TO_5 = BusinessCalendar.builder(ZoneOffset.UTC).weekdays(T0900, T1700).build();

    static final Map<String, BusinessCalendar> CALENDARS = Map.ofEntries(
            Map.entry("utc9to5", UTC_9_TO_5),
            Map.entry("lunch", BusinessCalendar.builder(ZoneOffset.UTC)
                    .weekdays(T0900, T1200).weekdays(T1300, T1700).build()),
            Map.entry("holidays", BusinessCalendar.builder(ZoneOffset.UTC).weekdays(T0900, T1700)
                    .holiday(LocalDate.of(2026, 3, 4))
                    .annualHoliday(MonthDay.of(12, 25)).annualHoliday(MonthDay.of(1, 1)).build()),
            Map.entry("shortFriday", BusinessCalendar.builder(ZoneOffset.UTC)
                    .hours(DayOfWeek.MONDAY, T0900, T1700).hours(DayOfWeek.TUESDAY, T0900, T1700)
                    .hours(DayOfWeek.WEDNESDAY, T0900, T1700).hours(DayOfWeek.THURSDAY, T0900, T1700)
                    .hours(DayOfWeek.FRIDAY, T0900, T1200).build()),
            Map.entry("berlin9to5", BusinessCalendar.builder(BERLIN).weekdays(T0900, T1700).build()),
            Map.entry("berlin9to5daily", daily(BusinessCalendar.builder(BERLIN), T0900, T1700).build()),
            // 24 h every day, through the fast path (always) and through the general path (a holiday defeats it)
            Map.entry("berlinAlways", BusinessCalendar.always(BERLIN)),
            Map.entry("berlin24h", daily(BusinessCalendar.builder(BERLIN), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                    .holiday(LocalDate.of(2000, 1, 1)).build()),
            // Sunday nights across the switch: 2026-03-29 02:00->03:00, 2026-10-25 03:00->02:00
            Map.entry("berlinSundayNight", BusinessCalendar.builder(BERLIN)
                    .hours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(5, 0)).build()),
            Map.entry("berlinSundayGap", BusinessCalendar.builder(BERLIN)
                    .hours(DayOfWeek.SUNDAY, LocalTime.of(2, 30), LocalTime.of(4, 0)).build()),
            // 02:36-02:40 falls in the spring gap and becomes 03:36-03:40, after 03:02-03:36: their union is worked
            Map.entry("berlinSundayGapSplit", BusinessCalendar.builder(BERLIN)
                    .hours(DayOfWeek.SUNDAY, LocalTime.of(2, 36), LocalTime.of(2, 40))
                    .hours(DayOfWeek.SUNDAY, LocalTime.of(3, 2), LocalTime.of(3, 36)).build()),
            Map.entry("kolkata", BusinessCalendar.builder(ZoneId.of("Asia/Kolkata"))
                    .weekdays(T0900, LocalTime.of(17, 30)).build()),
            Map.entry("adelaide", BusinessCalendar.builder(ZoneId.of("Australia/Adelaide"))
                    .weekdays(T0900, T1700).build()),
            Map.entry("lateNight", BusinessCalendar.builder(ZoneOffset.UTC)
                    .hours(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT).build()),
            Map.entry("overMidnight", BusinessCalendar.builder(ZoneOffset.UTC)
                    .hours(DayOfWeek.MONDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)
                    .hours(DayOfWeek.TUESDAY, LocalTime.MIDNIGHT, LocalTime.of(2, 0)).build()),
            Map.entry("us", BusinessCalendar.builder(ZoneId.of("America/New_York")).weekdays(T0900, T1700)
                    .publicHolidays("US").build()),
            Map.entry("gbEngland", BusinessCalendar.builder(ZoneId.of("Europe/London")).weekdays(T0900, T1700)
                    .publicHolidays("GB", "eng").build()));

    private CalendarFixtures() {
    }

    static BusinessCalendar.Builder daily(BusinessCalendar.Builder b, LocalTime open, LocalTime close) {
        for (DayOfWeek d : DayOfWeek.values()) {
            b.hours(d, open, close);
        }
        return b;
    }

    static BusinessCalendar calendar(String name) {
        BusinessCalendar c = CALENDARS.get(name);
        if (c == null) {
            throw new IllegalArgumentException("no fixture calendar '" + name + "' in " + CALENDARS.keySet());
        }
        return c;
    }

    /**
     * An instant: "2026-03-02T09:00Z" or with an offset ("2026-10-25T02:30+02:00") as given, else a
     * local date-time in {@code zone} resolved as {@link ZonedDateTime#of} does; "MAX" is
     * {@link Instant#MAX}.
     */
    static Instant at(ZoneId zone, String text) {
        String s = text.strip();
        if (s.equals("MAX")) {
            return Instant.MAX;
        }
        if (s.endsWith("Z")) {
            return Instant.parse(s);
        }
        if (s.length() > 16 && (s.lastIndexOf('+') > 10 || s.lastIndexOf('-') > 10)) {
            return OffsetDateTime.parse(s).toInstant();
        }
        return ZonedDateTime.of(LocalDateTime.parse(s), zone).toInstant();
    }

    /**
     * Pauses: "start/end" pairs separated by ';', each end local or "open" (unbounded); empty or
     * "-" for none.
     */
    static List<Interval> pauses(ZoneId zone, String text) {
        List<Interval> out = new ArrayList<>();
        if (text == null || text.isBlank() || text.strip().equals("-")) {
            return out;
        }
        for (String pair : text.split(";")) {
            String[] se = pair.split("/");
            Instant start = at(zone, se[0]);
            out.add(se[1].strip().equals("open") ? Interval.startingAt(start) : Interval.of(start, at(zone, se[1])));
        }
        return out;
    }
}
