package org.servicestandards.io;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicestandards.calendar.BusinessCalendar;

/**
 * A business calendar as written in a document: a zone, working hours per weekday as text
 * ({@code "09:00-12:00"}), holidays, annual holidays and a public-holiday calendar. It is kept as
 * written so that it can be written back; {@link #toCalendar()} builds the {@link BusinessCalendar}.
 * Immutable and thread-safe.
 *
 * @param zone                      a time-zone id such as {@code Europe/London} or {@code UTC}; required
 *                                  by {@link #toCalendar()}
 * @param hours                     working intervals {@code [open, close)} per weekday, each
 *                                  {@code "HH:mm-HH:mm"} ({@code 24:00} closes at the end of the day);
 *                                  a day that is absent (or has no interval) is closed; never null,
 *                                  iterated Monday first
 * @param holidays                  closed dates, never null
 * @param annualHolidays            dates closed every year, never null
 * @param publicHolidaysCountry     a Jollyday calendar code (ISO country such as {@code GB}), or null
 *                                  for none
 * @param publicHolidaysSubdivisions a subdivision path within the country (e.g. {@code eng}), never null
 */
public record CalendarSpec(String zone, Map<DayOfWeek, List<String>> hours, List<LocalDate> holidays,
                           List<MonthDay> annualHolidays, String publicHolidaysCountry,
                           List<String> publicHolidaysSubdivisions) {

    private static final Pattern INTERVAL =
            Pattern.compile("\\s*(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*");

    public CalendarSpec {
        Map<DayOfWeek, List<String>> days = new EnumMap<>(DayOfWeek.class);
        if (hours != null) {
            hours.forEach((day, intervals) -> {
                Objects.requireNonNull(day, "hours: day must not be null");
                if (intervals != null && !intervals.isEmpty()) {
                    days.put(day, List.copyOf(intervals));
                }
            });
        }
        hours = Collections.unmodifiableMap(days);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        annualHolidays = annualHolidays == null ? List.of() : List.copyOf(annualHolidays);
        publicHolidaysSubdivisions = publicHolidaysSubdivisions == null ? List.of() : List.copyOf(publicHolidaysSubdivisions);
    }

    /**
     * Monday to Friday with the same hours, no holidays.
     *
     * @param zone  a time-zone id, e.g. {@code UTC}
     * @param hours one or more intervals separated by commas, e.g. {@code "09:00-17:00"} or
     *              {@code "09:00-12:00, 13:00-17:00"} for a lunch break
     */
    public static CalendarSpec weekdays(String zone, String hours) {
        List<String> intervals = Arrays.stream(hours.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        Map<DayOfWeek, List<String>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                days.put(d, intervals);
            }
        }
        return new CalendarSpec(zone, days, List.of(), List.of(), null, List.of());
    }

    /** A copy with fixed holidays. */
    public CalendarSpec withHolidays(List<LocalDate> dates) {
        return new CalendarSpec(zone, hours, dates, annualHolidays, publicHolidaysCountry, publicHolidaysSubdivisions);
    }

    /** A copy with annual holidays. */
    public CalendarSpec withAnnualHolidays(List<MonthDay> days) {
        return new CalendarSpec(zone, hours, holidays, days, publicHolidaysCountry, publicHolidaysSubdivisions);
    }

    /** A copy with the public holidays of a Jollyday calendar, e.g. {@code ("GB", "eng")}. */
    public CalendarSpec withPublicHolidays(String country, String... subdivisions) {
        return new CalendarSpec(zone, hours, holidays, annualHolidays, country, List.of(subdivisions));
    }

    /**
     * Builds the business calendar.
     *
     * @return the calendar
     * @throws IllegalArgumentException naming the field, e.g. {@code calendar.zone: unknown time zone
     *                                  'Europe/Londn'} or {@code calendar.hours.monday[1]: '13:00-12:00'
     *                                  closes before it opens}
     */
    public BusinessCalendar toCalendar() {
        if (zone == null || zone.isBlank()) {
            throw new FieldException("zone", "is required, e.g. \"Europe/London\" or \"UTC\"");
        }
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw new FieldException("zone", "unknown time zone '" + zone + "'; expected an id such as "
                    + "\"Europe/London\", \"America/New_York\" or \"UTC\"");
        }
        BusinessCalendar.Builder b = BusinessCalendar.builder(zoneId);
        if (hours.isEmpty()) {
            throw new FieldException("hours", "no working hours: give \"weekdays\" or \"hours\" for at least one day");
        }
        hours.forEach((day, intervals) -> {
            for (int i = 0; i < intervals.size(); i++) {
                String field = "hours." + day.name().toLowerCase(Locale.ROOT) + "[" + i + "]";
                LocalTime[] oc = interval(intervals.get(i), field);
                try {
                    b.hours(day, oc[0], oc[1]);
                } catch (IllegalArgumentException e) {
                    throw new FieldException(field, "'" + intervals.get(i) + "' overlaps another interval of the day");
                }
            }
        });
        holidays.forEach(b::holiday);
        annualHolidays.forEach(b::annualHoliday);
        if (publicHolidaysCountry != null) {
            try {
                b.publicHolidays(publicHolidaysCountry, publicHolidaysSubdivisions.toArray(String[]::new));
            } catch (IllegalArgumentException e) {
                boolean sub = e.getMessage() != null && e.getMessage().startsWith("subdivision");
                throw new FieldException(sub ? "publicHolidays.subdivisions" : "publicHolidays.country", e.getMessage());
            }
        }
        return b.build();
    }

    /** Parses {@code "HH:mm-HH:mm"}; {@code 24:00} as the close means the end of the day. */
    private static LocalTime[] interval(String text, String field) {
        Matcher m = text == null ? null : INTERVAL.matcher(text);
        if (m == null || !m.matches()) {
            throw new FieldException(field, "'" + text + "' is not an interval such as \"09:00-17:00\"");
        }
        int oh = Integer.parseInt(m.group(1));
        int om = Integer.parseInt(m.group(2));
        int ch = Integer.parseInt(m.group(3));
        int cm = Integer.parseInt(m.group(4));
        if (oh > 23 || om > 59 || ch > 24 || cm > 59 || ch == 24 && cm != 0) {
            throw new FieldException(field, "'" + text + "' has a time outside 00:00-24:00");
        }
        LocalTime open = LocalTime.of(oh, om);
        LocalTime close = ch == 24 ? LocalTime.MIDNIGHT : LocalTime.of(ch, cm);
        if (ch != 24 && !close.isAfter(open)) {
            throw new FieldException(field, "'" + text + "' closes before it opens (use 24:00 for the end of the "
                    + "day; split an interval that crosses midnight over two days)");
        }
        return new LocalTime[] {open, close};
    }

    /** The day names {@code hours} accepts, lower case. */
    static List<String> dayNames() {
        List<String> names = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            names.add(d.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    /** A problem with one field of the calendar; the message reads {@code calendar.<field>: <problem>}. */
    static final class FieldException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        FieldException(String field, String problem) {
            super("calendar." + field + ": " + problem);
            this.field = field;
        }

        /** The field path within the calendar, e.g. {@code hours.monday[1]}. */
        String field() { return field; }

        /** The problem without the field. */
        String problem() { return getMessage().substring(("calendar." + field + ": ").length()); }
    }
}
