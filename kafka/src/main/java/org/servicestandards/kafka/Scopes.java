package org.servicestandards.kafka;

import java.util.Objects;
import java.util.Set;

/**
 * Which standards are evaluated at the customer, agent and product level; every other standard is
 * evaluated per case. Immutable and thread-safe.
 *
 * @param customer standard ids evaluated over a customer's history
 * @param agent    standard ids evaluated per agent
 * @param product  standard ids evaluated per product
 * @throws IllegalArgumentException if a standard is given two scopes, or {@code proactive.commitment.at-risk}
 *                                  and {@code followup.commitment} (whose {@code AT_RISK} it follows) are parted
 */
public record Scopes(Set<String> customer, Set<String> agent, Set<String> product) {
    /**
     * Standards that act on another standard's findings in the same evaluation, so must be evaluated
     * in one bucket: the first follows the second. (Declared before {@link #DEFAULTS}, which checks it.)
     */
    private static final String[][] TOGETHER = {{"proactive.commitment.at-risk", "followup.commitment"}};

    /**
     * The default: {@code proactive.lapsed-customer}, {@code followup.regular},
     * {@code followup.new-customer} and {@code followup.after-sale} per customer;
     * {@code conduct.out-of-office} per agent; {@code proactive.issue-cluster} per product.
     *
     * <p>{@code followup.after-sale} is evaluated per customer: an order without a case is checked in
     * on by any outbound phone or email contact with the customer, whatever case the contact was on,
     * and the agent who owes the check-in is the one of the customer's last contact; the customer
     * bucket holds all of the customer's orders, cases and contacts. The other follow-ups stay with
     * their case: {@code followup.nothing-went-right} counts the case's breaches, which only the case
     * bucket finds, and {@code proactive.commitment.at-risk} follows {@code followup.commitment}'s
     * {@code AT_RISK} finding in the same evaluation (the two must share a scope). Each case bucket
     * also holds the customer's outbound contacts without a case, which may discharge its follow-ups.
     */
    public static final Scopes DEFAULTS = new Scopes(
            Set.of("proactive.lapsed-customer", "followup.regular", "followup.new-customer", "followup.after-sale"),
            Set.of("conduct.out-of-office"),
            Set.of("proactive.issue-cluster"));

    public Scopes {
        customer = Set.copyOf(customer);
        agent = Set.copyOf(agent);
        product = Set.copyOf(product);
        for (String id : customer) {
            if (agent.contains(id) || product.contains(id)) {
                throw new IllegalArgumentException("standard " + id + " is given two scopes");
            }
        }
        for (String id : agent) {
            if (product.contains(id)) {
                throw new IllegalArgumentException("standard " + id + " is given two scopes");
            }
        }
        for (String[] pair : TOGETHER) {
            if (scope(customer, agent, product, pair[0]) != scope(customer, agent, product, pair[1])) {
                throw new IllegalArgumentException("standard " + pair[0] + " follows the findings of " + pair[1]
                        + ": give them one scope");
            }
        }
    }

    private static Scope scope(Set<String> customer, Set<String> agent, Set<String> product, String id) {
        return customer.contains(id) ? Scope.CUSTOMER : agent.contains(id) ? Scope.AGENT
                : product.contains(id) ? Scope.PRODUCT : Scope.CASE;
    }

    /** The scope of a standard. */
    public Scope of(String standardId) {
        Objects.requireNonNull(standardId, "standardId");
        return scope(customer, agent, product, standardId);
    }
}
