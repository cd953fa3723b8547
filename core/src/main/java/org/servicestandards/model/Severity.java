package org.servicestandards.model;

/** A complaint's severity; per-severity targets are configured with the qualifier {@code severity:HIGH}. */
public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }
