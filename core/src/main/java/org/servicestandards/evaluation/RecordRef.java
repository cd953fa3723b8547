package org.servicestandards.evaluation;

import java.util.Objects;

/**
 * A reference to an input record used as evidence, e.g. {@code interaction I-17}.
 *
 * @param type the record type ({@code interaction}, {@code case}, {@code order}, ...)
 * @param id   the record id
 */
public record RecordRef(String type, String id) implements Comparable<RecordRef> {
    public RecordRef {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    public static RecordRef interaction(String id) { return new RecordRef("interaction", id); }

    public static RecordRef parse(String text) {
        int space = text.indexOf(' ');
        if (space <= 0 || space == text.length() - 1) {
            throw new IllegalArgumentException("record reference '" + text + "' must read '<type> <id>'");
        }
        return new RecordRef(text.substring(0, space), text.substring(space + 1));
    }

    @Override
    public int compareTo(RecordRef o) {
        int c = type.compareTo(o.type);
        return c != 0 ? c : id.compareTo(o.id);
    }

    @Override
    public String toString() { return type + " " + id; }
}
