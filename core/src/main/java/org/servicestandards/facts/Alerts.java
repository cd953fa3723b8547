package org.servicestandards.facts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.TargetKind;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Order;
import org.servicestandards.model.OrderLine;

/**
 * Helpers for the {@code proactive.*} rules: the channel an alert suggests, {@code ALERT} builders
 * with the attributes every alert carries, and order-line summaries. Stateless and thread-safe.
 *
 * <p>Every alert carries the attributes {@value #ALERT_TO} ({@value #TO_CUSTOMER} or {@value #TO_AGENT})
 * and {@value #SUGGESTED_CHANNEL} (a {@link Channel} name), and its {@code channel} is the suggested
 * channel: the customer's preferred channel when the host knows it, else the standard's
 * {@code defaultChannel} parameter (catalogue defaults: email for order, cluster and lapsed-customer
 * alerts; phone for account anomalies and for commitments, whose own channel comes first).
 */
public final class Alerts {
    public static final String ALERT_TO = "alertTo";
    public static final String SUGGESTED_CHANNEL = "suggestedChannel";
    public static final String TO_CUSTOMER = "customer";
    public static final String TO_AGENT = "agent";

    private Alerts() {}

    /**
     * The channel to use: the first given of {@code preferred} and the customer's preferred channel,
     * else the configured default.
     *
     * @param preferred      a channel that takes precedence (e.g. a commitment's own channel), or null
     * @param customer       the customer, or null
     * @param defaultChannel the standard's {@code defaultChannel} parameter, a {@link Channel} name
     * @throws IllegalArgumentException when the default is needed and is not a channel name
     */
    public static Channel channel(Channel preferred, Customer customer, String defaultChannel) {
        if (preferred != null) {
            return preferred;
        }
        if (customer != null && customer.preferredChannel() != null) {
            return customer.preferredChannel();
        }
        return Channel.parse(defaultChannel);
    }

    /** {@link #channel(Channel, Customer, String)} without a channel of the subject's own. */
    public static Channel channel(Customer customer, String defaultChannel) {
        return channel(null, customer, defaultChannel);
    }

    /** How the channel was chosen, for reasons: {@code "email, the customer's preferred channel"}. */
    public static String channelWhy(Channel chosen, Channel own, Customer customer) {
        if (own != null && own == chosen) {
            return chosen.label() + ", the channel promised";
        }
        if (customer != null && customer.preferredChannel() == chosen) {
            return chosen.label() + ", the customer's preferred channel";
        }
        return chosen.label() + " (no preferred channel known)";
    }

    /** An {@code ALERT} to the customer, at the evaluation instant, with the suggested channel. */
    public static Finding.Builder toCustomer(String standardId, String subjectType, String subjectId, String customerId,
                                             Channel channel, Instant now) {
        return Finding.builder(FindingKind.ALERT, standardId, subjectType, subjectId).customer(customerId)
                .channel(channel).at(now).attribute(ALERT_TO, TO_CUSTOMER).attribute(SUGGESTED_CHANNEL, channel.name());
    }

    /** An {@code ALERT} to an agent about a customer, at the evaluation instant, with the suggested channel. */
    public static Finding.Builder toAgent(String standardId, String subjectType, String subjectId, String agentId,
                                          String customerId, Channel channel, Instant now) {
        return Finding.builder(FindingKind.ALERT, standardId, subjectType, subjectId).agent(agentId).customer(customerId)
                .channel(channel).at(now).attribute(ALERT_TO, TO_AGENT).attribute(SUGGESTED_CHANNEL, channel.name());
    }

    /** The back-ordered lines, e.g. {@code SKU-1 x2, SKU-3 x1}. */
    public static String backOrdered(Order o) {
        return o.lines().stream().filter(OrderLine::backOrdered).map(l -> l.sku() + " x" + l.quantity())
                .collect(Collectors.joining(", "));
    }

    /**
     * The alternatives the host supplied for back-ordered lines, e.g. {@code SKU-1: SKU-1B, SKU-1C; SKU-3: none},
     * or {@code null} when it supplied none at all.
     */
    public static String alternatives(Order o) {
        List<String> parts = new ArrayList<>();
        boolean any = false;
        for (OrderLine l : o.lines()) {
            if (l.backOrdered()) {
                any |= !l.alternatives().isEmpty();
                parts.add(l.sku() + ": " + (l.alternatives().isEmpty() ? "none" : String.join(", ", l.alternatives())));
            }
        }
        return any ? String.join("; ", parts) : null;
    }

    /**
     * The instant from which an unkept commitment is at risk: {@code share} of the calendar time from
     * when it was made to its due instant in force (decisions 3 and 23), never after that due instant.
     */
    public static Instant atRiskAt(Commitment c, double share, ZoneId zone) {
        Instant due = c.currentDueAt();
        Instant start = c.madeAt().isAfter(due) ? due : c.madeAt();
        return BusinessCalendar.always(zone).atRiskInstant(start, due, TargetKind.CALENDAR_TIME, share, List.of());
    }
}
