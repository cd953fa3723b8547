package org.servicestandards.kafka;

/**
 * Where a standard is evaluated: the bucket whose records it needs. Most standards look at one case
 * (or at a customer's records without a case); a few look at a customer's whole history, at an
 * agent, or at every customer of a product.
 */
public enum Scope {
    /** One case's records (or one customer's records without a case), with the customer and the agents involved. */
    CASE,
    /** One customer's record, cases, orders and contacts (e.g. lapsed customer, regular cadence, after-sale check-ins). */
    CUSTOMER,
    /** One agent's record and absences (out-of-office). */
    AGENT,
    /** Every customer holding a product, the complaints about it and the notices sent (issue clusters). */
    PRODUCT
}
