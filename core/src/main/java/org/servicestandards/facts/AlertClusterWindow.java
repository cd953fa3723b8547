package org.servicestandards.facts;

import java.time.Instant;
import java.util.Objects;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.Target;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;

/**
 * Derived for {@code proactive.issue-cluster}: the window a complaint about a product opens, closed
 * at both ends: {@code [complaint.receivedAt, end]}, {@code end} being the configured {@code window}
 * (default 24 hours) later on the business calendar. Window arithmetic happens here, never in DRL
 * (an {@link Instant} cannot be a Drools {@code @timestamp}). Immutable.
 *
 * @param complaint the complaint that opens the window; its product is not null
 * @param window    the configured window
 * @param end       the last instant inside the window
 */
public record AlertClusterWindow(Complaint complaint, Target window, Instant end) {
    public AlertClusterWindow {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(complaint.product(), "complaint.product");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(end, "end");
    }

    /**
     * The window of {@code c}.
     *
     * @param window the {@code window} parameter, e.g. {@code 24 hours} or {@code 1 business day}
     * @throws IllegalArgumentException naming the parameter when it is not a target
     */
    public static AlertClusterWindow of(Complaint c, String window, BusinessCalendar calendar) {
        Target target;
        try {
            target = Target.parse(window);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("parameter 'window' of standard 'proactive.issue-cluster': "
                    + e.getMessage(), e);
        }
        return new AlertClusterWindow(c, target, calendar.deadline(c.receivedAt(), target));
    }

    public String product() { return complaint.product(); }

    public ComplaintCategory category() { return complaint.category(); }

    public Instant start() { return complaint.receivedAt(); }
}
