package org.servicestandards.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Order;
import org.servicestandards.model.SupportCase;

/**
 * Derived, for {@code followup.new-customer} (decision 21): a new customer's first order or service
 * was completed: the first order delivered or the first case resolved, whichever came first.
 * Immutable.
 *
 * @param customerId the customer
 * @param at         when it was completed (delivery or first resolution)
 * @param record     the order or case
 * @param caseId     the case completed, or the order's case; optional
 * @param since      when the relationship began: the customer's {@code since}, else their earliest
 *                   known order or case
 * @param sinceKnown whether {@code since} is the customer's own (not their earliest known record)
 * @param words      what was completed, e.g. {@code first order O-1 was delivered}
 */
public record FollowUpFirstService(String customerId, Instant at, RecordRef record, String caseId, Instant since,
                                   boolean sinceKnown, String words) {
    public FollowUpFirstService {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(words, "words");
    }

    /** {@link #of(Customer, List, List, Duration)} with {@code newWithin} as configured text ({@code 90 days}). */
    public static List<FollowUpFirstService> of(Customer customer, List<Order> orders, List<SupportCase> cases,
                                                String newWithin) {
        return of(customer, orders, cases, org.servicestandards.calendar.Target.parse(newWithin).duration());
    }

    /**
     * The customer's first completed order or service, when the customer was new then: the
     * relationship began at most {@code newWithin} before it. Empty when nothing was completed yet or
     * the customer was not new. Ties go to the order, then to the smaller id.
     *
     * @param orders    the customer's orders as known
     * @param cases     the customer's cases as known
     * @param newWithin how long a customer counts as new, from {@code since}
     */
    public static List<FollowUpFirstService> of(Customer customer, List<Order> orders, List<SupportCase> cases,
                                                Duration newWithin) {
        List<FollowUpFirstService> completed = new ArrayList<>();
        Instant earliest = customer.since();
        boolean sinceKnown = earliest != null;
        for (Order o : orders) {
            if (!sinceKnown && (earliest == null || o.receivedAt().isBefore(earliest))) {
                earliest = o.receivedAt();
            }
        }
        for (SupportCase c : cases) {
            if (!sinceKnown && (earliest == null || c.openedAt().isBefore(earliest))) {
                earliest = c.openedAt();
            }
        }
        if (earliest == null) {
            return List.of();
        }
        for (Order o : orders) {
            if (o.deliveredAt() != null) {
                completed.add(new FollowUpFirstService(customer.id(), o.deliveredAt(), new RecordRef("order", o.id()),
                        o.caseId(), earliest, sinceKnown, "first order " + o.id() + " was delivered"));
            }
        }
        for (SupportCase c : cases) {
            if (!c.resolutions().isEmpty()) {
                completed.add(new FollowUpFirstService(customer.id(), c.resolutions().get(0), new RecordRef("case", c.id()),
                        c.id(), earliest, sinceKnown, "first case " + c.id() + " was resolved"));
            }
        }
        return completed.stream()
                .min(Comparator.comparing(FollowUpFirstService::at)
                        .thenComparing(f -> f.record().type().equals("order") ? 0 : 1)
                        .thenComparing(f -> f.record().id()))
                .filter(first -> !first.at().isAfter(first.since().plus(newWithin)))
                .map(List::of).orElse(List.of());
    }
}
