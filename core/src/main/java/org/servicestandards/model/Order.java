package org.servicestandards.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A customer order. Immutable and thread-safe.
 *
 * @param id             unique order id, required
 * @param customerId     the customer, required
 * @param caseId         a case about the order, optional
 * @param receivedAt     when the order was received, required
 * @param promisedAt     the promised ship/delivery instant, optional; not before {@code receivedAt}
 * @param expectedAt     the host's current expectation when it differs from the promise (a known delay), optional
 * @param filledAt       when it was filled (shipped), optional; not before {@code receivedAt}
 * @param deliveredAt    when it was delivered, optional; not before {@code filledAt}
 * @param lines          order lines, never null
 * @param matchesOrder   whether what shipped matched what was ordered; {@code null} = unknown
 * @param invoiceCorrect whether the invoice amount was correct; {@code null} = unknown
 * @param amount         order value in the host's currency, {@code >= 0}, optional
 */
public record Order(String id, String customerId, String caseId, Instant receivedAt, Instant promisedAt,
                    Instant expectedAt, Instant filledAt, Instant deliveredAt, List<OrderLine> lines,
                    Boolean matchesOrder, Boolean invoiceCorrect, BigDecimal amount) {
    static final String TYPE = "order";

    public Order {
        Check.id(TYPE, id);
        Check.required(TYPE, id, "customerId", customerId);
        caseId = Check.optionalText(TYPE, id, "caseId", caseId);
        Check.required(TYPE, id, "receivedAt", receivedAt);
        Check.notBefore(TYPE, id, "promisedAt", promisedAt, "receivedAt", receivedAt);
        Check.notBefore(TYPE, id, "filledAt", filledAt, "receivedAt", receivedAt);
        Check.notBefore(TYPE, id, "deliveredAt", deliveredAt, "receivedAt", receivedAt);
        Check.notBefore(TYPE, id, "deliveredAt", deliveredAt, "filledAt", filledAt);
        lines = Check.list(lines);
        Check.nonNegative(TYPE, id, "amount", amount);
    }

    public static Order received(String id, String customerId, Instant receivedAt) {
        return new Order(id, customerId, null, receivedAt, null, null, null, null, List.of(), null, null, null);
    }

    public Order withPromisedAt(Instant value) {
        return new Order(id, customerId, caseId, receivedAt, value, expectedAt, filledAt, deliveredAt, lines,
                matchesOrder, invoiceCorrect, amount);
    }

    public Order withExpectedAt(Instant value) {
        return new Order(id, customerId, caseId, receivedAt, promisedAt, value, filledAt, deliveredAt, lines,
                matchesOrder, invoiceCorrect, amount);
    }

    public Order withFilledAt(Instant value) {
        return new Order(id, customerId, caseId, receivedAt, promisedAt, expectedAt, value, deliveredAt, lines,
                matchesOrder, invoiceCorrect, amount);
    }

    public Order withDeliveredAt(Instant value) {
        return new Order(id, customerId, caseId, receivedAt, promisedAt, expectedAt, filledAt, value, lines,
                matchesOrder, invoiceCorrect, amount);
    }

    public Order withLines(List<OrderLine> value) {
        return new Order(id, customerId, caseId, receivedAt, promisedAt, expectedAt, filledAt, deliveredAt, value,
                matchesOrder, invoiceCorrect, amount);
    }

    public Order withAccuracy(Boolean matches, Boolean invoice) {
        return new Order(id, customerId, caseId, receivedAt, promisedAt, expectedAt, filledAt, deliveredAt, lines,
                matches, invoice, amount);
    }

    /** Whether any line is back-ordered. */
    public boolean hasBackOrderedLine() { return lines.stream().anyMatch(OrderLine::backOrdered); }

    /** The order as known at {@code asOf}: later fills, deliveries and accuracy checks are not yet known. */
    public Order asOf(Instant asOf) {
        boolean filledLater = filledAt != null && filledAt.isAfter(asOf);
        boolean deliveredLater = deliveredAt != null && deliveredAt.isAfter(asOf);
        if (!filledLater && !deliveredLater) {
            return this;
        }
        return new Order(id, customerId, caseId, receivedAt, promisedAt, expectedAt, filledLater ? null : filledAt,
                deliveredLater ? null : deliveredAt, lines, filledLater ? null : matchesOrder,
                filledLater ? null : invoiceCorrect, amount);
    }
}
