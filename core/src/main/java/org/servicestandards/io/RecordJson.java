package org.servicestandards.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicestandards.model.InputError;

/**
 * One record at a time in the document format: reads a record of a named type from a JSON tree and
 * writes one back, exactly as the record arrays of a document ({@code docs/input-format.md}) hold
 * them. For streams of single records (a message queue, a change feed) that are not whole documents.
 * Stateless and thread-safe.
 */
public final class RecordJson {
    private RecordJson() {}

    /** A record read, or the error that rejected it; exactly one of the two is non-null. */
    public record Result(Record record, InputError error) {
        public Result {
            if ((record == null) == (error == null)) {
                throw new IllegalArgumentException("exactly one of record and error must be given");
            }
        }
    }

    /**
     * The record type names, as input errors name them: {@code customer}, {@code agent}, {@code case},
     * {@code interaction}, {@code complaint}, {@code order}, {@code commitment}, {@code absence},
     * {@code anomaly}, in the order of the document's sections.
     */
    public static List<String> recordTypes() {
        return java.util.Arrays.stream(Section.values()).map(s -> s.recordType).toList();
    }

    /** The model class of a record type name, if it is one. */
    public static Optional<Class<? extends Record>> recordClass(String recordType) {
        return java.util.Arrays.stream(Section.values()).filter(s -> s.recordType.equals(recordType))
                .<Class<? extends Record>>map(s -> s.type).findFirst();
    }

    /**
     * The type name of a model record ({@code interaction} for an {@code Interaction}, ...).
     *
     * @throws IllegalArgumentException if it is not a record of the model
     */
    public static String recordType(Object record) { return Section.of(record).recordType; }

    /**
     * {@code "; did you mean 'x'?"} or {@code "; expected one of a, b, c"}: a suggestion for a
     * misspelt record type name, to end an error message with.
     */
    public static String typeSuggestion(String name) { return Names.suggestion(name, recordTypes()); }

    /**
     * Reads one record, never throwing for bad input: a missing or blank required field, a wrong
     * type, an unknown enum value or field name, or a value the model refuses becomes an
     * {@link InputError} naming the record type, its id when it has one, and the field.
     *
     * @param recordType a name from {@link #recordTypes()}
     * @param node       the record's object, as in a document's record array
     * @param location   where the record came from (e.g. {@code topic-3@1207}), put on the error; may be null
     * @throws IllegalArgumentException if {@code recordType} is not a record type name
     */
    public static Result read(String recordType, JsonNode node, String location) {
        Objects.requireNonNull(recordType, "recordType");
        Section section = java.util.Arrays.stream(Section.values()).filter(s -> s.recordType.equals(recordType))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown record type '" + recordType + "'"
                        + typeSuggestion(recordType)));
        RecordMapper.Outcome outcome = RecordMapper.read(section, node, List.of(), location);
        return new Result(outcome.record(), outcome.error());
    }

    /**
     * Writes a record as an object of the document format (component order; nulls, empty collections
     * and {@code false} flags left out), at the generator's current position.
     *
     * @throws IOException if the generator fails
     */
    public static void write(JsonGenerator g, Record record) throws IOException {
        Section.of(record);
        RecordMapper.write(g, record);
    }

    /** A record as compact JSON text in the document format. */
    public static String toJson(Record record) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.JSON.createGenerator(out)) {
            write(g, record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
