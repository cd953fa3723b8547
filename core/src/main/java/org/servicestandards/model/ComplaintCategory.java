package org.servicestandards.model;

/** What the complaint is about: the catalogue's "elements of complaint" (seed 000). */
public enum ComplaintCategory {
    BILLING_MISTAKE,
    CONFUSING_PRODUCT,
    DELIVERY_DELAY,
    GUARANTEE_FAILURE,
    INCOMPETENT_EMPLOYEE,
    INCORRECT_INFORMATION,
    ORDER_INCORRECT_OR_DUPLICATE,
    BAD_QUALITY,
    BACK_ORDERED_OR_UNAVAILABLE,
    OTHER
}
