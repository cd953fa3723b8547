package org.servicestandards.rules.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.servicestandards.io.DocumentFormatException;

/**
 * Reads a JSON or YAML value into a Jackson tree, remembering where every value starts (by path:
 * {@code given.customers[0]}, {@code then[1].kind}); a field given twice is an error. Not
 * thread-safe: one instance per file.
 */
final class LocatedTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String source;
    private final Map<String, JsonLocation> locations = new HashMap<>();

    LocatedTree(String source) {
        this.source = source;
    }

    /** {@code source:line:column} of the value at {@code path} (or of its nearest enclosing value). */
    String where(String path) {
        JsonLocation l = location(path);
        return l == null || l.getLineNr() <= 0 ? source : source + ":" + l.getLineNr() + ":" + Math.max(1, l.getColumnNr());
    }

    JsonLocation location(String path) {
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

    /** An error located at the value at {@code path}. */
    DocumentFormatException error(String path, String problem) {
        JsonLocation l = location(path);
        return new DocumentFormatException(source, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                (path.isEmpty() ? "" : path + ": ") + problem);
    }

    /** Reads the value at the parser's current token; on return the parser is at its last token. */
    JsonNode read(JsonParser p, String path) throws IOException {
        JsonToken t = p.currentToken();
        locations.putIfAbsent(path, p.currentTokenLocation());
        if (t == null) {
            throw error(path, "unexpected end of input");
        }
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = NODES.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    JsonLocation at = p.currentTokenLocation();
                    if (o.has(name)) {
                        locations.put(child + "#again", at);
                        throw error(child + "#again", "field '" + name + "' is given twice");
                    }
                    locations.putIfAbsent(child, at);
                    p.nextToken();
                    o.set(name, read(p, child));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    a.add(read(p, path + "[" + i++ + "]"));
                }
                return a;
            }
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                return NODES.textNode(p.getText());
        }
    }
}
