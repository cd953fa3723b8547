package org.servicestandards.model;

import java.util.Objects;

/**
 * Thrown when a record cannot be constructed because one of its fields breaks the model's
 * contract. The message names the record type, its id and the field, for example
 * {@code interaction I-17: field 'rings' must be >= 0, was -2}.
 */
public final class InvalidRecordException extends IllegalArgumentException {
    private final String recordType;
    private final String recordId;
    private final String field;

    public InvalidRecordException(String recordType, String recordId, String field, String problem) {
        super(recordType + " " + (recordId == null ? "(no id)" : recordId) + ": field '" + field + "' " + problem);
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.recordId = recordId;
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The record type, e.g. {@code interaction}. */
    public String recordType() { return recordType; }

    /** The record's id, or {@code null} when the id itself is missing. */
    public String recordId() { return recordId; }

    /** The offending field. */
    public String field() { return field; }
}
