package org.servicestandards.model;

/** Whether the customer contacted the business (inbound) or the business the customer (outbound). */
public enum Direction { INBOUND, OUTBOUND }
