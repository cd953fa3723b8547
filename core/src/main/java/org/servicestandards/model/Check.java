package org.servicestandards.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Validation helpers that name the record and field in every message. Internal to the model. */
final class Check {
    private Check() {}

    static String id(String type, String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidRecordException(type, null, "id", "is required");
        }
        return id;
    }

    static <T> T required(String type, String id, String field, T value) {
        if (value == null) {
            throw new InvalidRecordException(type, id, field, "is required");
        }
        if (value instanceof String s && s.isBlank()) {
            throw new InvalidRecordException(type, id, field, "must not be blank");
        }
        return value;
    }

    static String optionalText(String type, String id, String field, String value) {
        if (value != null && value.isBlank()) {
            throw new InvalidRecordException(type, id, field, "must not be blank when given");
        }
        return value;
    }

    static Integer nonNegative(String type, String id, String field, Integer value) {
        if (value != null && value < 0) {
            throw new InvalidRecordException(type, id, field, "must be >= 0, was " + value);
        }
        return value;
    }

    static BigDecimal nonNegative(String type, String id, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw new InvalidRecordException(type, id, field, "must be >= 0, was " + value.toPlainString());
        }
        return value;
    }

    /** Requires {@code later} (when given) not to precede {@code earlier}. */
    static Instant notBefore(String type, String id, String field, Instant later, String earlierField, Instant earlier) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            throw new InvalidRecordException(type, id, field,
                    later + " is before " + earlierField + " " + earlier);
        }
        return later;
    }

    static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    static <T> Set<T> set(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
