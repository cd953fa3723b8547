package org.servicestandards.facts;

import java.util.Objects;

/**
 * A configured parameter of a standard, inserted into every session so rules read thresholds from
 * configuration instead of literals: {@code Setting(standardId == "response.phone.answer",
 * name == "rings", $max : number)}. Immutable.
 *
 * @param standardId the standard, or {@code engine} for engine-wide switches
 * @param name       the parameter name
 * @param value      the value as configured
 */
public record Setting(String standardId, String name, String value) {
    public Setting {
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** The value as a whole number; {@code 0} when it is not one. */
    public long number() {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The value as a decimal; {@code 0} when it is not one. */
    public double decimal() {
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the value is {@code true}. */
    public boolean flag() { return Boolean.parseBoolean(value.trim()); }
}
