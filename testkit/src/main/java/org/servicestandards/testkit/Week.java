package org.servicestandards.testkit;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Named instants for tests: {@code week(2026, 3, 2).friday().at("16:55")} is Friday 6 March 2026
 * 16:55 UTC. Use {@link #in(ZoneId)} when the calendar of the test is in another zone. Immutable and
 * thread-safe.
 *
 * @param start the Monday that starts the week
 * @param zone  the zone in which times of day are read
 */
public record Week(LocalDate start, ZoneId zone) {

    /**
     * @throws IllegalArgumentException when {@code start} is not a Monday
     */
    public Week {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(zone, "zone");
        if (start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(start + " is a " + start.getDayOfWeek()
                    + "; a week starts on a Monday (the Monday of that week is "
                    + start.with(DayOfWeek.MONDAY) + ")");
        }
    }

    /**
     * The week that starts on Monday {@code year-month-day}, with times of day in UTC.
     *
     * @throws IllegalArgumentException when the date is not a Monday
     * @throws DateTimeException        when it is not a date
     */
    public static Week week(int year, int month, int day) {
        return new Week(LocalDate.of(year, month, day), ZoneOffset.UTC);
    }

    /** The same week with times of day read in {@code zone}. */
    public Week in(ZoneId newZone) { return new Week(start, newZone); }

    /** The following week. */
    public Week next() { return plusWeeks(1); }

    /** The week {@code weeks} weeks later (earlier when negative). */
    public Week plusWeeks(long weeks) { return new Week(start.plusWeeks(weeks), zone); }

    public Day monday() { return day(DayOfWeek.MONDAY); }

    public Day tuesday() { return day(DayOfWeek.TUESDAY); }

    public Day wednesday() { return day(DayOfWeek.WEDNESDAY); }

    public Day thursday() { return day(DayOfWeek.THURSDAY); }

    public Day friday() { return day(DayOfWeek.FRIDAY); }

    public Day saturday() { return day(DayOfWeek.SATURDAY); }

    public Day sunday() { return day(DayOfWeek.SUNDAY); }

    /** A day of this week. */
    public Day day(DayOfWeek day) {
        return new Day(start.plusDays(day.getValue() - 1L), zone);
    }

    /**
     * One day, whose times of day give instants.
     *
     * @param date the date
     * @param zone the zone in which times of day are read
     */
    public record Day(LocalDate date, ZoneId zone) {
        public Day {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(zone, "zone");
        }

        /**
         * The instant at this local time of day, written {@code "16:55"} or {@code "16:55:30"}. A time
         * in a daylight-saving gap is shifted forward by the gap, one in an overlap takes the earlier
         * offset ({@link java.time.ZonedDateTime#of}).
         *
         * @throws IllegalArgumentException when the text is not a time of day
         */
        public Instant at(String timeOfDay) {
            LocalTime t;
            try {
                t = LocalTime.parse(timeOfDay.strip());
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + timeOfDay + "' is not a time of day; write it as HH:mm or "
                        + "HH:mm:ss, e.g. \"16:55\"", e);
            }
            return date.atTime(t).atZone(zone).toInstant();
        }

        /** The instant at {@code hour:minute}. */
        public Instant at(int hour, int minute) {
            return date.atTime(hour, minute).atZone(zone).toInstant();
        }

        /** The first instant of the day. */
        public Instant startOfDay() { return date.atStartOfDay(zone).toInstant(); }

        /** The next day. */
        public Day next() { return new Day(date.plusDays(1), zone); }
    }
}
