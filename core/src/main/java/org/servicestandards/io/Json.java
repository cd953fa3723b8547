package org.servicestandards.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.Locale;

/** The Jackson factories and formatting shared by the readers and writers of this package. */
final class Json {
    /** Strict JSON; the caller's reader or writer is never closed by Jackson. */
    static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    static final YAMLFactory YAML = YAMLFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private Json() {}

    /** YAML for names ending in {@code .yaml} or {@code .yml} (any case), JSON otherwise. */
    static boolean isYaml(String sourceName) {
        String lower = sourceName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    static JsonParser parser(Reader in, String sourceName) throws IOException {
        return (isYaml(sourceName) ? YAML : JSON).createParser(in);
    }

    /** A generator writing indented JSON, two spaces, {@code "name": value}, {@code \n} line ends. */
    static JsonGenerator prettyGenerator(Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return JSON.createGenerator(out).setPrettyPrinter(printer);
    }

    /** {@code source:line:column}, or {@code source} when the location is unknown. */
    static String where(String source, JsonLocation location) {
        if (location == null || location.getLineNr() <= 0) {
            return source;
        }
        return source + ":" + location.getLineNr() + ":" + Math.max(1, location.getColumnNr());
    }

    /** How a value reads in an error message: {@code the string "x"}, {@code the number 3}, {@code an array}. */
    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            String text = v.textValue();
            return "the string \"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
        }
        if (v.isNumber()) {
            return "the number " + v.asText();
        }
        if (v.isBoolean()) {
            return String.valueOf(v.booleanValue());
        }
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        return "a " + v.getNodeType().name().toLowerCase(Locale.ROOT) + " value";
    }
}
