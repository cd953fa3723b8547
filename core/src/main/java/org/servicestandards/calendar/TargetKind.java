package org.servicestandards.calendar;

/**
 * How a {@link Target} is measured: by the wall clock, by working time, or in working days.
 *
 * <p>The kind also decides how pauses and at-risk shares are measured (catalogue decisions 3
 * and 5): in calendar time for {@link #CALENDAR_TIME}, in business time for the two business
 * kinds.
 */
public enum TargetKind {
    /** The clock never stops: a target of this kind is a plain elapsed {@link java.time.Duration}. */
    CALENDAR_TIME,
    /** Only working time of the {@link BusinessCalendar} counts towards the target. */
    BUSINESS_TIME,
    /**
     * Due at the same local time of day N working days later, rolled forward into working hours
     * (catalogue decision 4, see {@link BusinessCalendar#addBusinessDays}).
     */
    BUSINESS_DAYS
}
