package org.servicestandards.model;

/** A customer's tier. {@code REGULAR} and {@code VIP} customers are regulars for {@code followup.regular}. */
public enum Tier { STANDARD, REGULAR, VIP }
