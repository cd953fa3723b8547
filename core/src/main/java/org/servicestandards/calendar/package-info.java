/**
 * The business calendar: working hours per weekday in a time zone, holidays, and the deadline
 * arithmetic of the service standards.
 *
 * <p>{@link org.servicestandards.calendar.BusinessCalendar} answers whether an instant is working
 * time and computes due instants, business time elapsed and at-risk instants for a
 * {@link org.servicestandards.calendar.Target} (calendar time, business time, or business days),
 * with pauses. All types are immutable and thread-safe; instants are {@link java.time.Instant}s,
 * durations {@link java.time.Duration}s, and every interval is half-open {@code [start, end)}.
 * Nothing here reads the wall clock.
 */
package org.servicestandards.calendar;
