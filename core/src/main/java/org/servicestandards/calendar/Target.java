package org.servicestandards.calendar;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target: calendar time, business time, or a count of business days. Immutable.
 *
 * <p>Exactly one of the two amounts is meaningful, depending on the {@link #kind() kind}:
 * <ul>
 *   <li>{@link TargetKind#CALENDAR_TIME} and {@link TargetKind#BUSINESS_TIME}: {@code duration}
 *       (zero or positive, nanosecond precision); {@code days} is always {@code 0};</li>
 *   <li>{@link TargetKind#BUSINESS_DAYS}: {@code days} (zero or positive); {@code duration} is
 *       always {@link Duration#ZERO}.</li>
 * </ul>
 * A calendar "day" is 24 hours of elapsed time (the clock never stops, even across a daylight
 * saving change); a business day is not a duration but a count, see
 * {@link BusinessCalendar#addBusinessDays(java.time.Instant, int)}.
 *
 * <p>{@link #toString()} gives the canonical human form ("1 business day", "2 hours",
 * "4 business hours"), which {@link #parse(String)} reads back to an equal target. Instances are
 * immutable and thread-safe.
 *
 * @param kind     how the target is measured; not null
 * @param duration the amount for the two time kinds, zero or positive; {@link Duration#ZERO} for
 *                 {@code BUSINESS_DAYS}; not null
 * @param days     the number of business days for {@code BUSINESS_DAYS}, zero or positive;
 *                 {@code 0} for the time kinds
 */
public record Target(TargetKind kind, Duration duration, int days) {

    /** The forms {@link #parse(String)} accepts, quoted in its error messages. */
    static final String ACCEPTED_FORMS = "'<n> business day(s)', "
            + "'<n> business hour(s)|minute(s)|second(s)', "
            + "'<n> [calendar] day(s)|hour(s)|minute(s)|second(s)', "
            + "or an ISO-8601 duration such as 'PT1H' (calendar time) or 'PT4H business' (business time); "
            + "<n> is a whole number >= 0, case is ignored";

    private static final Pattern WORDS =
            Pattern.compile("(\\d+) (?:(business|calendar) )?(second|minute|hour|day)s?");
    private static final Pattern ISO = Pattern.compile("([-+]?p\\S*)(?: (business|calendar))?");

    /**
     * Validates the components.
     *
     * @param kind     how the target is measured; not null
     * @param duration the amount for the time kinds, zero or positive; {@code Duration.ZERO} for
     *                 {@code BUSINESS_DAYS}; not null
     * @param days     the number of business days, zero or positive; {@code 0} for the time kinds
     * @throws NullPointerException     if {@code kind} or {@code duration} is null
     * @throws IllegalArgumentException if {@code duration} is negative or {@code days} is not 0 for a
     *                                  time kind, or {@code days} is negative or {@code duration} is not
     *                                  zero for {@code BUSINESS_DAYS}
     */
    public Target {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(duration, "duration must not be null");
        switch (kind) {
            case CALENDAR_TIME, BUSINESS_TIME -> {
                if (duration.isNegative()) {
                    throw new IllegalArgumentException(
                            "duration must not be negative for a " + kind + " target, was " + duration);
                }
                if (days != 0) {
                    throw new IllegalArgumentException("days must be 0 for a " + kind + " target, was " + days);
                }
            }
            case BUSINESS_DAYS -> {
                if (days < 0) {
                    throw new IllegalArgumentException(
                            "days must not be negative for a BUSINESS_DAYS target, was " + days);
                }
                if (!duration.isZero()) {
                    throw new IllegalArgumentException(
                            "duration must be zero for a BUSINESS_DAYS target, was " + duration);
                }
            }
        }
    }

    /**
     * A calendar-time target: the clock never stops.
     *
     * @param duration elapsed time, zero or positive; not null
     * @return the target
     * @throws NullPointerException     if {@code duration} is null
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public static Target calendar(Duration duration) {
        return new Target(TargetKind.CALENDAR_TIME, duration, 0);
    }

    /**
     * A business-time target: only working time counts.
     *
     * @param duration working time, zero or positive; not null
     * @return the target
     * @throws NullPointerException     if {@code duration} is null
     * @throws IllegalArgumentException if {@code duration} is negative
     */
    public static Target businessTime(Duration duration) {
        return new Target(TargetKind.BUSINESS_TIME, duration, 0);
    }

    /**
     * A business-days target: due at the same local time {@code days} working days later.
     *
     * @param days the number of working days, zero or positive
     * @return the target
     * @throws IllegalArgumentException if {@code days} is negative
     */
    public static Target businessDays(int days) {
        return new Target(TargetKind.BUSINESS_DAYS, Duration.ZERO, days);
    }

    /**
     * Parses a target from its human or ISO-8601 form.
     *
     * <p>Accepted, case-insensitively and with any amount of white space between words:
     * <ul>
     *   <li>{@code "1 business day"}, {@code "2 business days"}: business days;</li>
     *   <li>{@code "1 business hour"}, {@code "4 business hours"}, {@code "30 business minutes"},
     *       {@code "45 business seconds"}: business time;</li>
     *   <li>{@code "1 hour"}, {@code "2 minutes"}, {@code "45 seconds"}, {@code "90 days"},
     *       {@code "7 calendar days"}, {@code "2 calendar hours"}: calendar time (a day is 24 hours);</li>
     *   <li>an ISO-8601 duration as read by {@link Duration#parse}: {@code "PT1H"} is calendar time,
     *       {@code "PT4H business"} business time ({@code "PT1H calendar"} is also accepted).</li>
     * </ul>
     * The number is a whole number, zero or positive; singular and plural unit names are
     * interchangeable ("1 hours" is read as "1 hour").
     *
     * @param text the text; not null
     * @return the target, equal to any other target parsed from an equivalent text
     * @throws NullPointerException     if {@code text} is null
     * @throws IllegalArgumentException if {@code text} has none of the accepted forms, is negative or
     *                                  too large; the message quotes the text and the accepted forms
     */
    public static Target parse(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String norm = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (norm.startsWith("-") && norm.length() > 1 && Character.isDigit(norm.charAt(1))) {
            throw unparseable(text, "a target must not be negative");
        }
        Matcher words = WORDS.matcher(norm);
        if (words.matches()) {
            return fromWords(text, words.group(1), words.group(2), words.group(3));
        }
        Matcher iso = ISO.matcher(norm);
        if (iso.matches()) {
            Duration d;
            try {
                d = Duration.parse(iso.group(1).toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw unparseable(text, null);
            }
            if (d.isNegative()) {
                throw unparseable(text, "a target must not be negative");
            }
            return "business".equals(iso.group(2)) ? businessTime(d) : calendar(d);
        }
        throw unparseable(text, null);
    }

    private static Target fromWords(String text, String number, String qualifier, String unit) {
        long n;
        try {
            n = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw unparseable(text, "the number is too large");
        }
        boolean business = "business".equals(qualifier);
        try {
            switch (unit) {
                case "day":
                    if (business) {
                        if (n > Integer.MAX_VALUE) {
                            throw unparseable(text, "at most " + Integer.MAX_VALUE + " business days");
                        }
                        return businessDays((int) n);
                    }
                    return calendar(Duration.ofDays(n));
                case "hour":
                    return time(business, Duration.ofHours(n));
                case "minute":
                    return time(business, Duration.ofMinutes(n));
                default:
                    return time(business, Duration.ofSeconds(n));
            }
        } catch (ArithmeticException e) {
            throw unparseable(text, "the number is too large");
        }
    }

    private static Target time(boolean business, Duration d) {
        return business ? businessTime(d) : calendar(d);
    }

    private static IllegalArgumentException unparseable(String text, String reason) {
        return new IllegalArgumentException("cannot parse target '" + text + "'"
                + (reason == null ? "" : " (" + reason + ")") + ": expected " + ACCEPTED_FORMS);
    }

    /**
     * Whether the target is zero, i.e. due at once (see {@link BusinessCalendar#deadline}).
     *
     * @return true for zero days or a zero duration
     */
    public boolean isZero() {
        return kind == TargetKind.BUSINESS_DAYS ? days == 0 : duration.isZero();
    }

    /**
     * The canonical human form, which {@link #parse(String)} reads back to an equal target.
     *
     * <p>Business days: "1 business day", "3 business days". Time: the largest whole unit, days
     * (calendar time only), hours, minutes or seconds: "2 hours", "90 minutes", "7 days",
     * "4 business hours", "30 business minutes"; zero is "0 hours" or "0 business hours"; a
     * duration with a fraction of a second falls back to ISO-8601: "PT0.5S", "PT0.5S business".
     *
     * @return the canonical form, never null
     */
    @Override
    public String toString() {
        if (kind == TargetKind.BUSINESS_DAYS) {
            return days + (days == 1 ? " business day" : " business days");
        }
        boolean business = kind == TargetKind.BUSINESS_TIME;
        String q = business ? "business " : "";
        if (duration.isZero()) {
            return "0 " + q + "hours";
        }
        if (duration.getNano() != 0) {
            return duration + (business ? " business" : "");
        }
        long s = duration.getSeconds();
        if (!business && s % 86_400 == 0) {
            return plural(s / 86_400, q + "day");
        }
        if (s % 3_600 == 0) {
            return plural(s / 3_600, q + "hour");
        }
        if (s % 60 == 0) {
            return plural(s / 60, q + "minute");
        }
        return plural(s, q + "second");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
