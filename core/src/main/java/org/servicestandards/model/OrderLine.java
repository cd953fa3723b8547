package org.servicestandards.model;

import java.util.List;

/**
 * One line of an order.
 *
 * @param sku          the item, required
 * @param quantity     how many, {@code >= 1}
 * @param backOrdered  the item is back-ordered or unavailable
 * @param alternatives alternatives the host can offer for a back-ordered item, never null
 */
public record OrderLine(String sku, int quantity, boolean backOrdered, List<String> alternatives) {
    public OrderLine {
        if (sku == null || sku.isBlank()) {
            throw new IllegalArgumentException("order line: field 'sku' is required");
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("order line " + sku + ": field 'quantity' must be >= 1, was " + quantity);
        }
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }

    public static OrderLine of(String sku, int quantity) { return new OrderLine(sku, quantity, false, List.of()); }
}
