package org.servicestandards.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.servicestandards.model.Enums;
import org.servicestandards.model.InputError;
import org.servicestandards.model.InvalidRecordException;

/**
 * Maps JSON trees to the model's records and back, by the records' component names and types, so
 * the document format follows the model: a component added to a record is read and written without
 * a change here. Supported component types: {@code String}, {@code Instant}, {@code LocalDate},
 * {@code Duration}, enums, {@code Integer}/{@code int}, {@code Long}/{@code long},
 * {@code Boolean}/{@code boolean}, {@code BigDecimal}, nested records, and {@code List}/{@code Set} of
 * any of these. Stateless and thread-safe.
 */
final class RecordMapper {
    private static final Pattern FIELD_MESSAGE = Pattern.compile(".*?field '([^']+)' (.*)", Pattern.DOTALL);

    /** What went wrong with one field of a record being read. */
    static final class Problem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;

        Problem(String field, String problem) {
            super(problem, null, false, false);
            this.field = field;
        }
    }

    /** A record read, or the error that rejected it. */
    record Outcome(Record record, InputError error) {}

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) { return new Shape(type); }
    };

    /** A record class's components and canonical constructor. */
    private static final class Shape {
        final RecordComponent[] components;
        final List<String> names;
        final Constructor<?> constructor;

        Shape(Class<?> type) {
            components = type.getRecordComponents();
            names = Arrays.stream(components).map(RecordComponent::getName).toList();
            try {
                constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + type.getName(), e);
            }
        }
    }

    private RecordMapper() {}

    /** The field names of a record type, in component order. */
    static List<String> fieldNames(Class<?> type) { return SHAPES.get(type).names; }

    /**
     * Reads one record of {@code section} from {@code node}; never throws for bad input.
     *
     * @param duplicates paths of fields the source gave twice
     * @param location   {@code source:line:column} of the record
     */
    static Outcome read(Section section, JsonNode node, List<String> duplicates, String location) {
        String id = node != null && node.isObject() && node.path("id").isTextual() && !node.get("id").textValue().isBlank()
                ? node.get("id").textValue() : null;
        try {
            if (node == null || !node.isObject()) {
                throw new Problem("record", "must be an object with the fields of " + article(section.recordType)
                        + ", was " + Json.describe(node));
            }
            if (!duplicates.isEmpty()) {
                throw new Problem(duplicates.get(0), "is given twice");
            }
            return new Outcome((Record) readRecord(section.type, node, ""), null);
        } catch (Problem p) {
            return new Outcome(null, InputError.of(section.recordType, id, p.field, p.getMessage()).at(location));
        } catch (InvalidRecordException e) {
            return new Outcome(null, InputError.of(e).at(location));
        }
    }

    private static Object readRecord(Class<?> type, JsonNode node, String prefix) {
        Shape shape = SHAPES.get(type);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!shape.names.contains(name)) {
                throw new Problem(prefix + name, "is not a known field" + Names.suggestion(name, shape.names));
            }
        }
        Object[] args = new Object[shape.components.length];
        for (int i = 0; i < args.length; i++) {
            RecordComponent c = shape.components[i];
            args[i] = convert(c.getGenericType(), node.get(c.getName()), prefix + c.getName(), c.getName());
        }
        try {
            return shape.constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidRecordException ire) {
                throw ire;
            }
            String whole = prefix.isEmpty() ? "record" : prefix.substring(0, prefix.length() - 1);
            if (cause instanceof NullPointerException && shape.names.contains(cause.getMessage())) {
                throw new Problem(prefix + cause.getMessage(), "is required");
            }
            if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException
                    || cause instanceof DateTimeException) {
                String message = String.valueOf(cause.getMessage());
                Matcher m = FIELD_MESSAGE.matcher(message);
                if (m.matches() && shape.names.contains(m.group(1))) {
                    throw new Problem(prefix + m.group(1), m.group(2));
                }
                throw new Problem(whole, "is not valid: " + message);
            }
            throw new IllegalStateException("constructing " + type.getSimpleName() + " failed", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object convert(Type type, JsonNode v, String field, String name) {
        Class<?> raw = raw(type);
        if (v == null || v.isNull()) {
            if (raw == boolean.class) {
                return false;
            }
            if (raw.isPrimitive()) {
                throw new Problem(field, "is required");
            }
            return null;
        }
        if (raw == String.class) {
            return text(v, field);
        }
        if (raw == Instant.class) {
            return instant(text(v, field), field);
        }
        if (raw == LocalDate.class) {
            String text = text(v, field);
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException e) {
                throw new Problem(field, "must be an ISO-8601 date such as 2026-03-02, was '" + text + "'");
            }
        }
        if (raw == Duration.class) {
            String text = text(v, field);
            try {
                return Duration.parse(text);
            } catch (DateTimeException e) {
                throw new Problem(field, "must be an ISO-8601 duration such as PT1H30M, was '" + text + "'");
            }
        }
        if (raw.isEnum()) {
            return enumValue(raw, text(v, field), field);
        }
        if (raw == Integer.class || raw == int.class) {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw new Problem(field, "must be a whole number, was " + Json.describe(v));
            }
            return v.intValue();
        }
        if (raw == Long.class || raw == long.class) {
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw new Problem(field, "must be a whole number, was " + Json.describe(v));
            }
            return v.longValue();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            if (!v.isBoolean()) {
                throw new Problem(field, "must be true or false, was " + Json.describe(v));
            }
            return v.booleanValue();
        }
        if (raw == BigDecimal.class) {
            if (!v.isNumber()) {
                throw new Problem(field, "must be a number, was " + Json.describe(v));
            }
            return v.decimalValue();
        }
        if (raw == List.class || raw == Set.class) {
            if (!v.isArray()) {
                throw new Problem(field, "must be an array, was " + Json.describe(v));
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Collection<Object> out = raw == List.class ? new ArrayList<>() : new LinkedHashSet<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (e.isNull()) {
                    throw new Problem(field + "[" + i + "]", "must not be null");
                }
                out.add(convert(element, e, field + "[" + i + "]", name));
            }
            return out;
        }
        if (raw.isRecord()) {
            if (!v.isObject()) {
                throw new Problem(field, "must be an object, was " + Json.describe(v));
            }
            return readRecord(raw, v, field + ".");
        }
        throw new IllegalStateException("field " + field + " has a type the document format does not support: " + type);
    }

    private static String text(JsonNode v, String field) {
        if (!v.isTextual()) {
            throw new Problem(field, "must be a string, was " + Json.describe(v));
        }
        return v.textValue();
    }

    /** An instant with an offset or {@code Z}; a local date-time is refused (its zone would be a guess). */
    static Instant instant(String text, String field) {
        try {
            return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException e) {
            throw new Problem(field, "must be an ISO-8601 instant with an offset or Z, such as 2026-03-02T09:00:00Z, was '"
                    + text + "'");
        }
    }

    /** Parses with {@link Enums#parse} (case ignored, {@code -} or space for {@code _}); our own message. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Class<?> type, String text, String field) {
        try {
            return Enums.parse((Class) type, text, field);
        } catch (IllegalArgumentException e) {
            throw new Problem(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(RecordMapper::enumText).collect(Collectors.joining(", ")) + "; was '" + text + "'");
        }
    }

    /** How an enum constant is written in documents: its name in lower case. */
    static String enumText(Object constant) {
        return ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported type " + type);
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    /**
     * Writes a record as an object: fields in component order; nulls, empty collections and
     * primitive {@code false} are left out (they read back as the same value).
     */
    static void write(JsonGenerator g, Record r) throws IOException {
        Shape shape = SHAPES.get(r.getClass());
        g.writeStartObject();
        for (RecordComponent c : shape.components) {
            Object value;
            try {
                value = c.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
            }
            if (value == null || value instanceof Collection<?> coll && coll.isEmpty()
                    || c.getType() == boolean.class && !(Boolean) value) {
                continue;
            }
            g.writeFieldName(c.getName());
            writeValue(g, value);
        }
        g.writeEndObject();
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Instant || value instanceof LocalDate || value instanceof Duration) {
            g.writeString(value.toString());
        } else if (value instanceof Enum<?> e) {
            g.writeString(enumText(e));
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (value instanceof Record r) {
            write(g, r);
        } else if (value instanceof Collection<?> coll) {
            List<?> items = new ArrayList<>(coll);
            if (value instanceof Set<?>) {
                items.sort(SET_ORDER);
            }
            g.writeStartArray();
            for (Object item : items) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalStateException("cannot write a " + value.getClass().getName());
        }
    }

    /** Sets are written sorted, so output is stable: enums by declaration order, others naturally. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Comparator<Object> SET_ORDER = (a, b) -> a instanceof Enum<?> ea && b instanceof Enum<?> eb
            ? Integer.compare(ea.ordinal(), eb.ordinal())
            : ((Comparable) a).compareTo(b);
}
