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
 */
public record Scopes(Set<String> customer, Set<String> agent, Set<String> product) {
    /**
     * The default: {@code proactive.lapsed-customer}, {@code followup.regular} and
     * {@code followup.new-customer} per customer; {@code conduct.out-of-office} per agent;
     * {@code proactive.issue-cluster} per product.
     */
    public static final Scopes DEFAULTS = new Scopes(
            Set.of("proactive.lapsed-customer", "followup.regular", "followup.new-customer"),
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
    }

    /** The scope of a standard. */
    public Scope of(String standardId) {
        Objects.requireNonNull(standardId, "standardId");
        if (customer.contains(standardId)) {
            return Scope.CUSTOMER;
        }
        if (agent.contains(standardId)) {
            return Scope.AGENT;
        }
        if (product.contains(standardId)) {
            return Scope.PRODUCT;
        }
        return Scope.CASE;
    }
}
