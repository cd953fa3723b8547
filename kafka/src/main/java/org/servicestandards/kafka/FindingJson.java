package org.servicestandards.kafka;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.InputError;

/**
 * The JSON of the output topics. A message of the findings topic is one of:
 *
 * <pre>{@code
 * {"event": "raised", "scope": "case", "bucket": "case:CASE-1", "key": "response.email|BREACH|interaction|I-1|2026-03-03T09:15:00Z",
 *  "asOf": "2026-03-03T09:20:00Z", "finding": { ...every field of the finding, as the command line's --json writes it... }}
 * {"event": "withdrawn", "scope": "case", "bucket": "case:CASE-1", "key": "...", "asOf": "...",
 *  "standardId": "response.email", "kind": "BREACH", "subjectType": "interaction", "subjectId": "I-1",
 *  "dueAt": "2026-03-03T09:15:00Z", "reason": "..."}
 * }</pre>
 *
 * <p>A message of the rejected topic: {@code {"error", "recordType", "recordId", "field", "location",
 * "stage", "input"}}, where {@code stage} is {@code read} (the message could not be read) or
 * {@code references} (a record still refers to records that never arrived). Stateless and thread-safe.
 */
public final class FindingJson {
    private FindingJson() {}

    /** A message of the findings topic, read back. */
    public record Output(String event, Scope scope, String bucket, String key, Instant asOf, Finding finding) {
        public boolean isRaised() { return event.equals("raised"); }

        public boolean isWithdrawn() { return event.equals("withdrawn"); }
    }

    static String raised(Scope scope, String bucket, String key, Instant asOf, Finding f) {
        return write(g -> {
            head(g, "raised", scope, bucket, key, asOf);
            g.writeFieldName("finding");
            value(g, f);
        });
    }

    static String withdrawn(Scope scope, String bucket, String key, Instant asOf) {
        String[] parts = key.split("\\|", -1);
        return write(g -> {
            head(g, "withdrawn", scope, bucket, key, asOf);
            g.writeStringField("standardId", parts[0]);
            g.writeStringField("kind", parts[1]);
            g.writeStringField("subjectType", parts[2]);
            g.writeStringField("subjectId", parts[3]);
            g.writeStringField("dueAt", parts[4].equals("-") ? null : parts[4].replaceAll("#\\d+$", ""));
            g.writeStringField("reason", "As of " + asOf + " this " + parts[1] + " of " + parts[0] + " about "
                    + parts[2] + " " + parts[3] + " no longer holds: a record that arrived late, was corrected or was"
                    + " retracted changed the outcome.");
        });
    }

    static String rejected(InputError error, String stage, String input) {
        return write(g -> {
            g.writeStringField("error", error.message());
            g.writeStringField("recordType", error.recordType());
            g.writeStringField("recordId", error.recordId());
            g.writeStringField("field", error.field());
            g.writeStringField("location", error.location());
            g.writeStringField("stage", stage);
            g.writeStringField("input", input == null || input.length() <= 10_000 ? input
                    : input.substring(0, 10_000) + "...");
        });
    }

    /**
     * Reads a message of the findings topic.
     *
     * @throws IllegalArgumentException if it is not one
     */
    public static Output read(String json) {
        try {
            JsonNode n = EventJson.mapper().readTree(json);
            Instant asOf = Instant.parse(n.get("asOf").textValue());
            Finding f = n.hasNonNull("finding") ? readFinding(n.get("finding")) : null;
            return new Output(n.get("event").textValue(), Scope.valueOf(n.get("scope").textValue().toUpperCase()),
                    n.get("bucket").textValue(), n.get("key").textValue(), asOf, f);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a message of the findings topic: " + json, e);
        }
    }

    /** Reads a finding written by this class (every component of {@link Finding}, by name). */
    public static Finding readFinding(JsonNode n) {
        RecordComponent[] components = Finding.class.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            JsonNode v = n.get(c.getName());
            args[i] = v == null || v.isNull() ? null : read(c.getGenericType(), v);
        }
        try {
            return Finding.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot read a finding from " + n, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(Type type, JsonNode v) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            return v.textValue();
        }
        if (raw == Instant.class) {
            return Instant.parse(v.textValue());
        }
        if (raw == Duration.class) {
            return Duration.parse(v.textValue());
        }
        if (raw.isEnum()) {
            return Enum.valueOf((Class) raw, v.textValue());
        }
        if (raw == List.class) {
            List<Object> out = new ArrayList<>();
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            v.forEach(e -> out.add(read(element, e)));
            return out;
        }
        if (raw == RecordRef.class) {
            return new RecordRef(v.get("type").textValue(), v.get("id").textValue());
        }
        if (raw == Map.class) {
            Map<String, String> out = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : v.properties()) {
                out.put(e.getKey(), e.getValue().textValue());
            }
            return out;
        }
        if (raw == Integer.class || raw == int.class) {
            return v.intValue();
        }
        if (raw == Double.class || raw == double.class) {
            return v.doubleValue();
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return v.booleanValue();
        }
        throw new IllegalArgumentException("unsupported finding field type " + type);
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = EventJson.mapper().createGenerator(out)) {
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void head(JsonGenerator g, String event, Scope scope, String bucket, String key, Instant asOf)
            throws IOException {
        g.writeStringField("event", event);
        g.writeStringField("scope", scope.name().toLowerCase());
        g.writeStringField("bucket", bucket);
        g.writeStringField("key", key);
        g.writeStringField("asOf", asOf.toString());
    }

    /** As the command line's evaluation JSON: every component, nulls included; enums by constant name. */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Instant || v instanceof Duration) {
            g.writeString(v.toString());
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object item : c) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Record r) {
            g.writeStartObject();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                g.writeFieldName(c.getName());
                try {
                    value(g, c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
                }
            }
            g.writeEndObject();
        } else {
            g.writeString(v.toString());
        }
    }
}
