package org.servicestandards.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats instants and durations for the sentences of findings. Thread-safe. */
public final class Text {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter WHEN_SECONDS =
            DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm:ss", Locale.ENGLISH);

    private Text() {}

    /** {@code Mon 2 Mar 2026 09:12} in the zone, with seconds when they are not zero. */
    public static String when(Instant t, ZoneId zone) {
        if (t == null) {
            return "never";
        }
        if (t.equals(Instant.MAX)) {
            return "not before the pause ends";
        }
        return (t.getEpochSecond() % 60 == 0 ? WHEN : WHEN_SECONDS).format(t.atZone(zone));
    }

    /** {@code 2 days 3 h 5 min}, {@code 45 s}, {@code 0 s}; the largest three units. */
    public static String duration(Duration d) {
        if (d == null) {
            return "";
        }
        if (d.isNegative()) {
            return "-" + duration(d.negated());
        }
        long days = d.toDays();
        int hours = d.toHoursPart();
        int minutes = d.toMinutesPart();
        int seconds = d.toSecondsPart();
        StringBuilder sb = new StringBuilder();
        int parts = 0;
        if (days > 0) {
            sb.append(days).append(days == 1 ? " day" : " days");
            parts++;
        }
        if (hours > 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(hours).append(" h");
            parts++;
        }
        if (minutes > 0 && parts < 2) {
            sb.append(sb.isEmpty() ? "" : " ").append(minutes).append(" min");
            parts++;
        }
        if (seconds > 0 && parts < 2 && days == 0) {
            sb.append(sb.isEmpty() ? "" : " ").append(seconds).append(" s");
        }
        return sb.isEmpty() ? "0 s" : sb.toString();
    }

    /** The text with its first letter in upper case. */
    public static String capitalize(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
