package org.servicestandards.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * A customer. Immutable and thread-safe.
 *
 * @param id               unique customer id, required
 * @param name             display name, optional
 * @param since            when the customer relationship began, optional
 * @param tier             tier, defaults to {@link Tier#STANDARD}
 * @param lifetimeValue    lifetime value in the host's currency, {@code >= 0}, optional
 * @param preferredChannel the channel the customer prefers for alerts, optional
 * @param internal         an internal customer (another department): daily progress updates
 * @param products         products the customer holds (for issue-cluster alerts), never null
 */
public record Customer(String id, String name, Instant since, Tier tier, BigDecimal lifetimeValue,
                       Channel preferredChannel, boolean internal, Set<String> products) {
    static final String TYPE = "customer";

    public Customer {
        Check.id(TYPE, id);
        name = Check.optionalText(TYPE, id, "name", name);
        tier = tier == null ? Tier.STANDARD : tier;
        Check.nonNegative(TYPE, id, "lifetimeValue", lifetimeValue);
        products = Check.set(products);
    }

    /** A standard-tier customer with only an id. */
    public static Customer of(String id) {
        return new Customer(id, null, null, Tier.STANDARD, null, null, false, Set.of());
    }

    public Customer withTier(Tier newTier) {
        return new Customer(id, name, since, newTier, lifetimeValue, preferredChannel, internal, products);
    }

    public Customer withSince(Instant newSince) {
        return new Customer(id, name, newSince, tier, lifetimeValue, preferredChannel, internal, products);
    }

    public Customer withLifetimeValue(BigDecimal value) {
        return new Customer(id, name, since, tier, value, preferredChannel, internal, products);
    }

    public Customer withPreferredChannel(Channel channel) {
        return new Customer(id, name, since, tier, lifetimeValue, channel, internal, products);
    }

    public Customer withInternal(boolean value) {
        return new Customer(id, name, since, tier, lifetimeValue, preferredChannel, value, products);
    }

    public Customer withProducts(Collection<String> values) {
        return new Customer(id, name, since, tier, lifetimeValue, preferredChannel, internal, Set.copyOf(values));
    }

    /** Whether this is a regular customer by tier (regular or VIP). */
    public boolean isRegularTier() { return tier == Tier.REGULAR || tier == Tier.VIP; }
}
