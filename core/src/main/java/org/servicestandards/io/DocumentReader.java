package org.servicestandards.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.InputError;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads documents (records with an optional calendar, settings, targets and evaluation instant) and
 * configuration files, in JSON or YAML; the format is described in {@code docs/input-format.md}.
 *
 * <p>Records are read one by one: a record that cannot be read (a missing or blank required field,
 * a wrong type, an unknown enum value, an unknown field name, a value the model refuses) becomes an
 * {@link InputError} naming the record type, its id when it has one, the field and the record's
 * location {@code file:line:column}, and every other record is still read. Cross-record checks
 * (duplicate ids, unknown customers or cases) are left to
 * {@link org.servicestandards.model.DatasetValidator} at evaluation time.
 *
 * <p>Everything else that is wrong stops the reading with a {@link DocumentFormatException}: JSON or
 * YAML syntax, an unknown or repeated section, a section of the wrong shape, and any configuration
 * error (an unknown standard id, a target that does not parse, an unknown time zone).
 *
 * <p>Stateless and thread-safe. Readers given to it are not closed.
 */
public final class DocumentReader {
    /** Sections that are not records, in the order the format documents them. */
    static final List<String> CONFIG_SECTIONS = List.of("calendar", "settings", "targets");

    private DocumentReader() {}

    /** A reader. */
    public static DocumentReader create() { return new DocumentReader(); }

    /**
     * Reads a document file: YAML when the name ends in {@code .yaml} or {@code .yml}, JSON otherwise;
     * UTF-8. Errors are located by the path as given.
     *
     * @throws DocumentFormatException if the document is malformed or its configuration is wrong
     * @throws IOException             if the file cannot be read
     */
    public Document read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a document; the source name chooses the format (as for {@link #read(Path)}) and is the
     * file part of error locations.
     *
     * @throws DocumentFormatException if the document is malformed or its configuration is wrong
     * @throws IOException             if the reader fails
     */
    public Document read(Reader in, String sourceName) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        try (JsonParser p = Json.parser(in, sourceName)) {
            return document(p, sourceName);
        } catch (JsonProcessingException e) {
            throw syntaxError(sourceName, e);
        }
    }

    /**
     * Reads a configuration file (YAML or JSON, as for {@link #read(Path)}) with optional sections
     * {@code calendar}, {@code settings} and {@code targets}, and applies them over {@code base}: a
     * calendar replaces the base calendar, settings and targets replace the base's values one by
     * one. An empty file leaves {@code base} as it is.
     *
     * @throws DocumentFormatException if the file is malformed, has another section, or a setting is wrong
     * @throws IOException             if the file cannot be read
     */
    public StandardsConfig readConfig(Path file, StandardsConfig base) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return readConfig(in, file.toString(), base);
        }
    }

    /** As {@link #readConfig(Path, StandardsConfig)}, from a reader. */
    public StandardsConfig readConfig(Reader in, String sourceName, StandardsConfig base) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(base, "base");
        try (JsonParser p = Json.parser(in, sourceName)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return base;
            }
            if (t != JsonToken.START_OBJECT) {
                throw error(sourceName, p.currentTokenLocation(), "a configuration file must be an object with the "
                        + "sections " + String.join(", ", CONFIG_SECTIONS));
            }
            Trees trees = Trees.withLocations();
            Map<String, JsonNode> sections = new LinkedHashMap<>();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                if (!CONFIG_SECTIONS.contains(name)) {
                    throw error(sourceName, at, "unknown section '" + name + "'" + Names.suggestion(name, CONFIG_SECTIONS)
                            + " (a configuration file holds no records)");
                }
                if (sections.containsKey(name)) {
                    throw error(sourceName, at, name + ": section is given twice");
                }
                p.nextToken();
                sections.put(name, trees.read(p, name));
            }
            end(p, sourceName);
            return new ConfigReader(sourceName, trees)
                    .apply(base, sections.get("calendar"), sections.get("settings"), sections.get("targets")).config();
        } catch (JsonProcessingException e) {
            throw syntaxError(sourceName, e);
        }
    }

    private Document document(JsonParser p, String source) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new DocumentFormatException(source, 0, 0, "the document is empty; expected an object with the "
                    + "sections asOf, " + String.join(", ", CONFIG_SECTIONS) + ", " + String.join(", ", Section.keys()));
        }
        if (t != JsonToken.START_OBJECT) {
            throw error(source, p.currentTokenLocation(), "a document must be an object with the sections asOf, "
                    + String.join(", ", CONFIG_SECTIONS) + ", " + String.join(", ", Section.keys()));
        }
        Trees config = Trees.withLocations();
        Map<String, JsonNode> configSections = new LinkedHashMap<>();
        Instant asOf = null;
        Set<String> seen = new HashSet<>();
        Dataset.Builder records = Dataset.builder();
        List<InputError> errors = new ArrayList<>();
        Map<String, List<String>> locations = new LinkedHashMap<>();
        List<String> allSections = new ArrayList<>(List.of("asOf"));
        allSections.addAll(CONFIG_SECTIONS);
        allSections.addAll(Section.keys());
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            if (!seen.add(name)) {
                throw error(source, at, name + ": section is given twice");
            }
            p.nextToken();
            if (name.equals("asOf")) {
                JsonNode v = config.read(p, name);
                if (!v.isNull()) {
                    if (!v.isTextual()) {
                        throw error(source, at, "asOf: must be an ISO-8601 instant such as 2026-04-30T17:00:00Z, was "
                                + Json.describe(v));
                    }
                    try {
                        asOf = RecordMapper.instant(v.textValue(), "asOf");
                    } catch (RecordMapper.Problem e) {
                        throw error(source, at, "asOf: " + e.getMessage());
                    }
                }
            } else if (CONFIG_SECTIONS.contains(name)) {
                configSections.put(name, config.read(p, name));
            } else {
                Section section = Section.byKey(name).orElse(null);
                if (section == null) {
                    throw error(source, at, "unknown section '" + name + "'" + Names.suggestion(name, allSections));
                }
                records(p, section, source, records, errors, locations);
            }
        }
        end(p, source);
        ConfigReader.Applied applied = new ConfigReader(source, config).apply(StandardsConfig.defaults(),
                configSections.get("calendar"), configSections.get("settings"), configSections.get("targets"));
        return new Document(records.build(), applied.config(), applied.calendar(), asOf, errors, locations);
    }

    private static void records(JsonParser p, Section section, String source, Dataset.Builder records,
                                List<InputError> errors, Map<String, List<String>> locations) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return;
        }
        if (t != JsonToken.START_ARRAY) {
            JsonLocation at = p.currentTokenLocation();
            JsonNode v = Trees.plain().read(p, section.key);
            throw error(source, at, section.key + ": must be an array of " + section.recordType + " records, was "
                    + Json.describe(v));
        }
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonParseException(p, "unexpected end of input inside the array '" + section.key + "'");
            }
            JsonLocation at = p.currentTokenLocation();
            Trees trees = Trees.plain();
            JsonNode node = trees.read(p, "");
            String where = Json.where(source, at);
            RecordMapper.Outcome outcome = RecordMapper.read(section, node, trees.duplicates(), where);
            if (outcome.error() != null) {
                errors.add(outcome.error());
            } else {
                records.addRecord(outcome.record());
                locations.computeIfAbsent(section.recordType + " " + node.get("id").textValue(), k -> new ArrayList<>())
                        .add(where);
            }
        }
    }

    /** After the top-level object: nothing else may follow (a second JSON value, a second YAML document). */
    private static void end(JsonParser p, String source) throws IOException {
        if (p.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonParseException(p, "unexpected " + p.currentToken());
        }
        if (p.nextToken() != null) {
            throw error(source, p.currentTokenLocation(), "unexpected content after the end of the document");
        }
    }

    private static DocumentFormatException error(String source, JsonLocation at, String problem) {
        return new DocumentFormatException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                problem);
    }

    private static DocumentFormatException syntaxError(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return new DocumentFormatException(source, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                syntaxMessage(e), e);
    }

    /**
     * The parser's message on one line: SnakeYAML's multi-line message with source excerpts becomes
     * {@code "<problem> (<context> at line:column)"}, and Jackson's {@code [Source: ...; line: 1,
     * column: 15]} becomes {@code 1:15}.
     */
    static String syntaxMessage(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException y && y.getProblem() != null) {
            String message = y.getProblem();
            if (y.getContext() != null) {
                Mark m = y.getContextMark();
                message += " (" + y.getContext() + (m == null ? "" : " at " + (m.getLine() + 1) + ":" + (m.getColumn() + 1))
                        + ")";
            }
            return message;
        }
        String message = e.getOriginalMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        return SOURCE_REF.matcher(message.strip()).replaceAll("$1:$2").replaceAll("\\s*\\n\\s*", " ");
    }

    private static final Pattern SOURCE_REF = Pattern.compile("\\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]");
}
