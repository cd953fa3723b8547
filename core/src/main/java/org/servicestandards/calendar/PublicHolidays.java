package org.servicestandards.calendar;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The public holidays of one Jollyday calendar (a country, optionally narrowed to a subdivision
 * path), as the days they close: immutable and thread-safe.
 *
 * <p>Jollyday 1.6 quirks handled here:
 * <ul>
 *   <li>an unknown country fails deep inside with {@code IllegalStateException("Cannot instantiate
 *       configuration from URL 'null'")}: the code is checked against
 *       {@link HolidayManager#getSupportedCalendarCodes()} first;</li>
 *   <li>an unknown subdivision is silently ignored (national holidays only): the path is checked
 *       against the {@link CalendarHierarchy};</li>
 *   <li>{@code getHolidays(Year)} returns holidays by the year of their <em>actual</em> date, but
 *       {@link Holiday#getDate()} is the <em>observed</em> date, which can fall in another year
 *       (US New Year's Day 2022 is observed on Friday 2021-12-31 and listed under 2022): the
 *       neighbouring years are queried and filtered by observed date;</li>
 *   <li>{@link HolidayType#OBSERVANCE} entries (e.g. New York's Lincoln's Birthday) are days of
 *       remembrance, not days off: only {@code PUBLIC_HOLIDAY} and {@code BANK_HOLIDAY} close.</li>
 * </ul>
 */
final class PublicHolidays {

    /** Jollyday's managers are shared (it caches them); we do not rely on them being thread-safe. */
    private static final Object JOLLYDAY_LOCK = new Object();

    private final HolidayManager manager;
    private final String country;
    private final String[] path;

    private PublicHolidays(HolidayManager manager, String country, String[] path) {
        this.manager = manager;
        this.country = country;
        this.path = path;
    }

    /**
     * Looks up and validates a Jollyday calendar.
     *
     * @throws IllegalArgumentException if the country code or a subdivision is unknown to Jollyday
     */
    static PublicHolidays of(String countryCode, String... subdivisions) {
        Objects.requireNonNull(countryCode, "countryCode must not be null");
        Objects.requireNonNull(subdivisions, "subdivisions must not be null");
        String code = countryCode.strip().toUpperCase(Locale.ROOT);
        Set<String> supported = HolidayManager.getSupportedCalendarCodes();
        if (!supported.contains(code)) {
            throw new IllegalArgumentException("countryCode '" + countryCode
                    + "' is not a calendar Jollyday knows; expected one of " + new TreeSet<>(supported));
        }
        HolidayManager manager;
        synchronized (JOLLYDAY_LOCK) {
            manager = HolidayManager.getInstance(ManagerParameters.create(code));
        }
        String[] path = new String[subdivisions.length];
        CalendarHierarchy level = manager.getCalendarHierarchy();
        StringBuilder where = new StringBuilder(code);
        for (int i = 0; i < subdivisions.length; i++) {
            Objects.requireNonNull(subdivisions[i], "subdivisions[" + i + "] must not be null");
            String sub = subdivisions[i].strip().toLowerCase(Locale.ROOT);
            Map<String, CalendarHierarchy> children = level.getChildren();
            CalendarHierarchy next = children.get(sub);
            if (next == null) {
                throw new IllegalArgumentException("subdivision '" + subdivisions[i] + "' is not known in " + where
                        + "; expected one of " + new TreeSet<>(children.keySet()));
            }
            path[i] = sub;
            level = next;
            where.append('/').append(sub);
        }
        return new PublicHolidays(manager, code, path);
    }

    /** The days closed in {@code year} (observed dates of public and bank holidays). */
    Set<LocalDate> closedDays(int year) {
        Set<LocalDate> days = new HashSet<>();
        synchronized (JOLLYDAY_LOCK) {
            for (int y = year - 1; y <= year + 1; y++) {
                for (Holiday h : manager.getHolidays(Year.of(y), path)) {
                    if (h.getType() != HolidayType.OBSERVANCE && h.getDate().getYear() == year) {
                        days.add(h.getDate());
                    }
                }
            }
        }
        return days;
    }

    @Override
    public String toString() {
        return path.length == 0 ? country : country + "/" + String.join("/", Arrays.asList(path));
    }
}
