package org.servicestandards.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.SupportCase;

/**
 * Derived, for {@code followup.regular} (decision 22): a period {@code [from, until)} during which a
 * customer is a regular: tier {@code REGULAR} or {@code VIP} (from the customer's {@code since}, else
 * from their earliest known record, without end), or at least N orders received within a window
 * (by default 3 within 365 days). Immutable.
 *
 * @param customerId the customer
 * @param from       the start, inclusive
 * @param until      the end, exclusive; {@code null} while it lasts
 * @param basis      why, in words: {@code VIP tier}, {@code 3 orders within 365 days}
 */
public record FollowUpRegularPeriod(String customerId, Instant from, Instant until, String basis) {
    public FollowUpRegularPeriod {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(basis, "basis");
    }

    /** Whether the customer is a regular at {@code t}. */
    public boolean covers(Instant t) { return !t.isBefore(from) && (until == null || t.isBefore(until)); }

    /** {@link #of(Customer, List, List, List, int, Duration)} with the parameters as configured (window as text). */
    public static List<FollowUpRegularPeriod> of(Customer customer, List<Order> orders, List<SupportCase> cases,
                                                 List<Interaction> contacts, long minOrders, String window) {
        return of(customer, orders, cases, contacts, (int) minOrders,
                org.servicestandards.calendar.Target.parse(window).duration());
    }

    /**
     * The customer's regular periods, merged, in order.
     *
     * @param minOrders how many orders within {@code window} make a regular, {@code >= 1}
     */
    public static List<FollowUpRegularPeriod> of(Customer customer, List<Order> orders, List<SupportCase> cases,
                                                 List<Interaction> contacts, int minOrders, Duration window) {
        List<FollowUpRegularPeriod> raw = new ArrayList<>();
        if (customer.isRegularTier()) {
            Instant anchor = customer.since();
            if (anchor == null) {
                for (Order o : orders) {
                    anchor = min(anchor, o.receivedAt());
                }
                for (SupportCase c : cases) {
                    anchor = min(anchor, c.openedAt());
                }
                for (Interaction i : contacts) {
                    anchor = min(anchor, i.at());
                }
            }
            if (anchor != null) {
                raw.add(new FollowUpRegularPeriod(customer.id(), anchor, null,
                        customer.tier() == org.servicestandards.model.Tier.VIP ? "VIP tier" : "regular tier"));
            }
        }
        if (minOrders >= 1) {
            List<Instant> received = orders.stream().map(Order::receivedAt).sorted().toList();
            String basis = minOrders + (minOrders == 1 ? " order" : " orders") + " within " + Text.duration(window);
            for (int k = minOrders - 1; k < received.size(); k++) {
                Instant until = received.get(k - minOrders + 1).plus(window);
                if (received.get(k).isBefore(until)) {
                    raw.add(new FollowUpRegularPeriod(customer.id(), received.get(k), until, basis));
                }
            }
        }
        raw.sort(Comparator.comparing(FollowUpRegularPeriod::from));
        List<FollowUpRegularPeriod> merged = new ArrayList<>();
        for (FollowUpRegularPeriod p : raw) {
            FollowUpRegularPeriod last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && (last.until() == null || !p.from().isAfter(last.until()))) {
                Instant until = last.until() == null || p.until() == null ? null
                        : (p.until().isAfter(last.until()) ? p.until() : last.until());
                merged.set(merged.size() - 1, new FollowUpRegularPeriod(last.customerId(), last.from(), until,
                        last.basis()));
            } else {
                merged.add(p);
            }
        }
        return List.copyOf(merged);
    }

    private static Instant min(Instant a, Instant b) { return a == null || b.isBefore(a) ? b : a; }
}
