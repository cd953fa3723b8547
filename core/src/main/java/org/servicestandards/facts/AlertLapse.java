package org.servicestandards.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.servicestandards.calendar.Target;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Order;

/**
 * Derived: when a customer lapses ({@code proactive.lapsed-customer}): the configured target (default
 * 90 days) after their last order. The customer is lapsed strictly after {@code lapsedAt}: an order
 * exactly N days before the evaluation instant is still "within the last N days" (decision 1). Immutable.
 *
 * @param customer  the customer
 * @param lastOrder their latest order (latest {@code receivedAt}, ties by the greater id)
 * @param target    the configured target
 * @param lapsedAt  the last instant at which they were not yet lapsed
 */
public record AlertLapse(Customer customer, Order lastOrder, Target target, Instant lapsedAt) {
    public static final String STANDARD = "proactive.lapsed-customer";

    public AlertLapse {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(lastOrder, "lastOrder");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(lapsedAt, "lapsedAt");
    }

    /**
     * The lapse of {@code customer} after {@code lastOrder}, with the target for the customer's
     * qualifiers ({@code internal}, {@code tier:...}) and the configured calendar.
     *
     * @throws IllegalStateException when the standard has no target configured
     */
    public static AlertLapse of(Customer customer, Order lastOrder, Clocks clocks) {
        List<String> qualifiers = new ArrayList<>();
        if (customer.internal()) {
            qualifiers.add("internal");
        }
        qualifiers.add("tier:" + customer.tier());
        Target target = clocks.config().target(STANDARD, qualifiers.toArray(String[]::new));
        if (target == null) {
            throw new IllegalStateException("standard '" + STANDARD + "' has no target: configure how long a customer"
                    + " may go without an order (default 90 days)");
        }
        return new AlertLapse(customer, lastOrder, target, clocks.calendar().deadline(lastOrder.receivedAt(), target));
    }

    /** Whether the customer is lapsed at {@code t}: strictly after {@link #lapsedAt}. */
    public boolean isLapsedAt(Instant t) { return t.isAfter(lapsedAt); }
}
