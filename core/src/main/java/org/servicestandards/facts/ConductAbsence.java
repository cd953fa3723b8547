package org.servicestandards.facts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.Target;
import org.servicestandards.model.AgentAbsence;

/**
 * Derived for {@code conduct.out-of-office} (decision 27): how much business time an absence covers and
 * what it therefore needs: from the {@code halfDay} (default 4 business hours) an updated voicemail
 * greeting, from the {@code fullDay} (default 1 business day) also an email auto-reply. An absence
 * reaches a threshold when its business time in {@code [from, to)} is at least the business time the
 * threshold spans from the absence's start, so a whole working day (Mon 09:00-17:00) or any 8 working
 * hours across two days is a full day. Business time is computed here with the calendar. Immutable.
 *
 * @param absence        the absence
 * @param businessTime   its business time
 * @param needsGreeting  it reaches the half-day threshold
 * @param needsAutoReply it reaches the full-day threshold
 */
public record ConductAbsence(AgentAbsence absence, Duration businessTime, boolean needsGreeting,
                             boolean needsAutoReply) {
    public static final String GREETING = "an updated voicemail greeting";
    public static final String AUTO_REPLY = "an email auto-reply naming the return date and a contact";

    public ConductAbsence {
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(businessTime, "businessTime");
    }

    /**
     * @param halfDay the {@code halfDay} parameter, e.g. {@code 4 business hours}
     * @param fullDay the {@code fullDay} parameter, e.g. {@code 1 business day}
     * @throws IllegalArgumentException naming the parameter when it is not a target
     */
    public static ConductAbsence of(AgentAbsence a, BusinessCalendar calendar, String halfDay, String fullDay) {
        Duration time = calendar.businessTimeBetween(a.from(), a.to());
        return new ConductAbsence(a, time, reaches(time, a, calendar, target("halfDay", halfDay)),
                reaches(time, a, calendar, target("fullDay", fullDay)));
    }

    private static Target target(String name, String value) {
        try {
            return Target.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter '" + name + "' of standard 'conduct.out-of-office': "
                    + e.getMessage(), e);
        }
    }

    private static boolean reaches(Duration time, AgentAbsence a, BusinessCalendar calendar, Target threshold) {
        Duration span = calendar.businessTimeBetween(a.from(), calendar.deadline(a.from(), threshold));
        return time.compareTo(span) >= 0;
    }

    /** The things it needs, in words. */
    public List<String> required() {
        List<String> out = new ArrayList<>();
        if (needsGreeting) {
            out.add(GREETING);
        }
        if (needsAutoReply) {
            out.add(AUTO_REPLY);
        }
        return out;
    }

    /** The things it needs that the host recorded as not done. */
    public List<String> missing() {
        List<String> out = new ArrayList<>();
        if (needsGreeting && Boolean.FALSE.equals(absence.greetingUpdated())) {
            out.add(GREETING);
        }
        if (needsAutoReply && Boolean.FALSE.equals(absence.autoReplySet())) {
            out.add(AUTO_REPLY);
        }
        return out;
    }

    /** Whether some need was recorded as not done: a breach. */
    public boolean isBreached() { return !missing().isEmpty(); }

    /** Whether it needs something and every need was recorded as done (an unknown need gives no finding). */
    public boolean isMet() {
        return (needsGreeting || needsAutoReply)
                && (!needsGreeting || Boolean.TRUE.equals(absence.greetingUpdated()))
                && (!needsAutoReply || Boolean.TRUE.equals(absence.autoReplySet()));
    }
}
