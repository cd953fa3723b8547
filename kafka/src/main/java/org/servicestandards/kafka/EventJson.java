package org.servicestandards.kafka;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.servicestandards.io.RecordJson;
import org.servicestandards.model.InputError;

/**
 * The JSON of record events, the values of the input topic (see {@code docs/scaling.md}):
 *
 * <pre>{@code
 * {"type": "interaction", "record": { ...the record, as in a document's "interactions" array... }}
 * {"type": "interaction", "retract": {"id": "I-7", "customerId": "C-1", "caseId": "CASE-1"}}
 * }</pre>
 *
 * <p>{@code type} is a record type name ({@code customer}, {@code agent}, {@code case},
 * {@code interaction}, {@code complaint}, {@code order}, {@code commitment}, {@code absence},
 * {@code anomaly}); {@code record} is read by {@link RecordJson}, so it is exactly the document format
 * of the command line. A retraction names the record and where it lived: {@code id}, and
 * {@code customerId} (not for customers, agents and absences), {@code caseId} when it had a case, and
 * {@code agentId} for absences. Stateless and thread-safe.
 */
public final class EventJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final Set<String> RETRACT_FIELDS = Set.of("id", "customerId", "caseId", "agentId");

    private EventJson() {}

    /** An event read, or why it was rejected; exactly one is non-null. */
    public record Parsed(RecordEvent event, InputError error) {}

    /**
     * Reads an event; never throws for bad input.
     *
     * @param json     the message value; null is rejected
     * @param location where it came from ({@code topic-partition@offset}), for the error; may be null
     */
    public static Parsed parse(String json, String location) {
        if (json == null) {
            return rejected("event", null, "value", "the message has no value (a tombstone); send a retraction"
                    + " event to forget a record", location);
        }
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
            return rejected("event", null, "json", "is not valid JSON: " + message.replaceAll("\\s*\\n\\s*", " "), location);
        }
        if (node == null || !node.isObject()) {
            return rejected("event", null, "json", "must be an object {\"type\": ..., \"record\": {...}}, was "
                    + describe(node), location);
        }
        JsonNode typeNode = node.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            return rejected("event", null, "type", "must name the record type, one of "
                    + String.join(", ", RecordJson.recordTypes()) + "; was " + describe(typeNode), location);
        }
        String type = typeNode.textValue();
        if (RecordJson.recordClass(type).isEmpty()) {
            return rejected("event", null, "type", "names no record type: '" + type + "'"
                    + RecordJson.typeSuggestion(type), location);
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!List.of("type", "record", "retract").contains(name)) {
                return rejected(type, null, name, "is not a field of an event (type, record, retract)", location);
            }
        }
        JsonNode record = node.get("record");
        JsonNode retract = node.get("retract");
        if ((record == null) == (retract == null)) {
            return rejected(type, null, "record", "an event carries either a 'record' or a 'retract', "
                    + (record == null ? "and has neither" : "not both"), location);
        }
        if (record != null) {
            RecordJson.Result r = RecordJson.read(type, record, location);
            if (r.error() != null) {
                return new Parsed(null, r.error());
            }
            return new Parsed(RecordEvent.of(r.record()), null);
        }
        return retraction(type, retract, location);
    }

    private static Parsed retraction(String type, JsonNode retract, String location) {
        if (!retract.isObject()) {
            return rejected(type, null, "retract", "must be an object naming the record, such as {\"id\": \"I-7\", "
                    + "\"customerId\": \"C-1\", \"caseId\": \"CASE-1\"}; was " + describe(retract), location);
        }
        for (Iterator<String> it = retract.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!RETRACT_FIELDS.contains(name)) {
                return rejected(type, text(retract, "id"), "retract." + name, "is not a field of a retraction (id, "
                        + "customerId, caseId, agentId)", location);
            }
            if (!retract.get(name).isTextual() && !retract.get(name).isNull()) {
                return rejected(type, text(retract, "id"), "retract." + name, "must be a string, was "
                        + describe(retract.get(name)), location);
            }
        }
        String id = text(retract, "id");
        if (id == null) {
            return rejected(type, null, "retract.id", "is required", location);
        }
        String customerId = text(retract, "customerId");
        String caseId = text(retract, "caseId");
        String agentId = text(retract, "agentId");
        switch (type) {
            case "customer" -> customerId = id;
            case "agent" -> agentId = id;
            case "absence" -> {
                if (agentId == null) {
                    return rejected(type, id, "retract.agentId", "is required to retract an absence", location);
                }
            }
            default -> {
                if (customerId == null) {
                    return rejected(type, id, "retract.customerId", "is required to retract " + article(type), location);
                }
                if (type.equals("case")) {
                    caseId = id;
                }
            }
        }
        return new Parsed(RecordEvent.retraction(type, id, customerId, caseId, agentId), null);
    }

    /** The event as JSON, in the form {@link #parse} reads. */
    public static String write(RecordEvent event) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("type", event.type());
            if (event.isRetraction()) {
                g.writeObjectFieldStart("retract");
                g.writeStringField("id", event.id());
                if (!event.type().equals("customer") && event.customerId() != null) {
                    g.writeStringField("customerId", event.customerId());
                }
                if (event.caseId() != null && !event.type().equals("case")) {
                    g.writeStringField("caseId", event.caseId());
                }
                if (event.type().equals("absence")) {
                    g.writeStringField("agentId", event.agentId());
                }
                g.writeEndObject();
            } else {
                g.writeFieldName("record");
                RecordJson.write(g, event.record());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The event of a record, as JSON. */
    public static String write(Record record) { return write(RecordEvent.of(record)); }

    static JsonMapper mapper() { return MAPPER; }

    private static Parsed rejected(String type, String id, String field, String problem, String location) {
        String message = type + " " + (id == null ? "event" : id) + ": field '" + field + "' " + problem;
        return new Parsed(null, new InputError(type, id, field, message, location));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() || v.textValue().isBlank() ? null : v.textValue();
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "nothing";
        }
        if (v.isTextual()) {
            String t = v.textValue();
            return "the string \"" + (t.length() > 60 ? t.substring(0, 57) + "..." : t) + "\"";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return String.valueOf(v.booleanValue());
        }
        return v.isArray() ? "an array" : "an object";
    }
}
