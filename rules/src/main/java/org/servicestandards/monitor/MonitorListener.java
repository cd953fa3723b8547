package org.servicestandards.monitor;

import java.util.List;
import org.servicestandards.evaluation.Finding;

/**
 * Receives the monitor's findings as they arise. Called on the thread that changed the monitor or
 * advanced its clock, inside that call, in the order the findings arose (by instant, then customer);
 * a listener must return quickly and must not call back into the monitor.
 *
 * <p>A finding "arises" once: when its records first give it (an email answered: {@code MET}), or
 * when the clock passes the instant that turns it (the at-risk threshold: {@code AT_RISK}; the due
 * instant: {@code BREACH}; an obligation falling due: {@code OBLIGATION}). Its measurements at later
 * instants ({@code at}, {@code lateBy}, time left) change without a new event; ask the monitor for
 * the current figures.
 */
public interface MonitorListener {

    /** A finding arose, evaluated at the instant it arose. */
    void onFinding(Finding finding);

    /**
     * A finding no longer holds: its records changed or were retracted, or it turned into another
     * (an {@code AT_RISK} deadline that breached or was met). The finding as last reported.
     */
    default void onWithdrawn(Finding finding) {}

    /**
     * A customer with nothing open left the monitor (only with a {@link HistorySource}): no running
     * clock, no open case, no open finding, nothing due at any later instant. Its final findings,
     * which no later instant changes; new records for the customer bring it back.
     */
    default void onSettled(String customerId, List<Finding> findings) {}
}
