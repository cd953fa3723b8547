package org.servicestandards.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one value from a streaming parser into a Jackson tree, noting where each value starts (by
 * path: {@code calendar.hours.monday[1]}) and which object fields were given twice. Jackson's own
 * tree reading keeps neither; error messages need both. Not thread-safe: one instance per value read.
 */
final class Trees {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Map<String, JsonLocation> locations;
    private final List<String> duplicates = new ArrayList<>();

    private Trees(boolean withLocations) {
        this.locations = withLocations ? new HashMap<>() : null;
    }

    /** A reader that remembers the location of every value, for small sections such as the configuration. */
    static Trees withLocations() { return new Trees(true); }

    /** A reader that only notes duplicate fields, for records (their start location is taken by the caller). */
    static Trees plain() { return new Trees(false); }

    /** The paths of fields given twice (the last value is kept in the tree). */
    List<String> duplicates() { return duplicates; }

    /** Where the value at {@code path} starts, or where its nearest enclosing value starts, or null. */
    JsonLocation location(String path) {
        if (locations == null) {
            return null;
        }
        String p = path;
        while (true) {
            JsonLocation l = locations.get(p);
            if (l != null || p.isEmpty()) {
                return l;
            }
            int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
            p = cut < 0 ? "" : p.substring(0, cut);
        }
    }

    /** Reads the value at the parser's current token; on return the parser is at its last token. */
    JsonNode read(JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        if (locations != null) {
            locations.putIfAbsent(path, p.currentTokenLocation());
        }
        if (t == null) {
            throw new JsonParseException(p, "unexpected end of input");
        }
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                JsonToken next;
                while ((next = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (locations != null) {
                        locations.putIfAbsent(child, p.currentTokenLocation());
                    }
                    p.nextToken();
                    JsonNode value = read(p, child);
                    if (o.has(name)) {
                        duplicates.add(child);
                    }
                    o.set(name, value);
                }
                if (next != JsonToken.END_OBJECT) {
                    throw new JsonParseException(p, "unexpected " + (next == null ? "end of input" : next)
                            + " inside an object");
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                JsonToken next;
                int i = 0;
                while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (next == null) {
                        throw new JsonParseException(p, "unexpected end of input inside an array");
                    }
                    a.add(read(p, path + "[" + i++ + "]"));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            case VALUE_EMBEDDED_OBJECT:
                Object embedded = p.getEmbeddedObject();
                return embedded instanceof byte[] bytes ? NODES.binaryNode(bytes) : NODES.pojoNode(embedded);
            default:
                throw new JsonParseException(p, "unexpected " + t);
        }
    }
}
