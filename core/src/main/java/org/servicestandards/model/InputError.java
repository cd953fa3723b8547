package org.servicestandards.model;

import java.util.Objects;

/**
 * A record that was rejected, and why. The rest of the input is still evaluated.
 *
 * @param recordType the record type ({@code interaction}, {@code case}, ...), required
 * @param recordId   the record's id, or {@code null} when it has none
 * @param field      the offending field, required
 * @param message    the whole sentence, naming record and field, required
 * @param location   where in the source it was (e.g. {@code input.json:120:7}), optional
 */
public record InputError(String recordType, String recordId, String field, String message, String location) {
    public InputError {
        Objects.requireNonNull(recordType, "recordType");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public static InputError of(String recordType, String recordId, String field, String problem) {
        return new InputError(recordType, recordId, field,
                recordType + " " + (recordId == null ? "(no id)" : recordId) + ": field '" + field + "' " + problem, null);
    }

    public static InputError of(InvalidRecordException e) {
        return new InputError(e.recordType(), e.recordId(), e.field(), e.getMessage(), null);
    }

    public InputError at(String where) { return new InputError(recordType, recordId, field, message, where); }

    @Override
    public String toString() { return location == null ? message : location + ": " + message; }
}
