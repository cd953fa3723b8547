package org.servicestandards.rules.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.io.Document;
import org.servicestandards.io.DocumentFormatException;
import org.servicestandards.io.DocumentReader;

/**
 * Reads scenario files (JSON, or YAML when the name ends in {@code .yaml}/{@code .yml}); the format is
 * in {@code docs/scenarios.md}. The <i>given</i> part is read by {@link DocumentReader} with the rules
 * of {@code docs/input-format.md}: a record that cannot be read is an input error located in the
 * scenario file (and fails the scenario); anything else that is wrong stops the file with a
 * {@link DocumentFormatException} at its {@code file:line:column}. Stateless and thread-safe.
 */
public final class ScenarioReader {
    static final List<String> TOP = List.of("name", "description", "given", "when", "then", "nothingElseOf", "scenarios");
    static final List<String> ENTRY = List.of("name", "description", "when", "then", "nothingElseOf");
    static final List<String> EXPECTED = List.of("kind", "standard", "subject", "dueAt", "at", "lateBy", "level", "agent",
            "attributes");
    static final List<String> CONFIG_SECTIONS = List.of("calendar", "settings", "targets");

    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
    private static final YAMLFactory YAML = YAMLFactory.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern DURATION_PART = Pattern.compile(
            "\\s*(\\d+)\\s*(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)\\b\\s*,?", Pattern.CASE_INSENSITIVE);

    private ScenarioReader() {}

    /**
     * Reads the scenarios of one file.
     *
     * @param file the scenario file
     * @param base the configuration the given part's calendar, settings and targets are applied over
     *             (usually the evaluator's: {@code ServiceStandards.config()})
     * @return one scenario, or one per entry of {@code scenarios}
     * @throws DocumentFormatException if the file is not a scenario file, located at {@code file:line:column}
     * @throws IOException             if it cannot be read
     */
    public static List<Scenario> read(Path file, StandardsConfig base) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), base);
    }

    /** As {@link #read(Path, StandardsConfig)}, from a text; {@code sourceName} chooses the format and names the file. */
    public static List<Scenario> read(String text, String sourceName, StandardsConfig base) throws IOException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(base, "base");
        LocatedTree tree = new LocatedTree(sourceName);
        JsonNode root;
        try (JsonParser p = (isYaml(sourceName) ? YAML : JSON).createParser(new StringReader(text))) {
            if (p.nextToken() == null) {
                throw new DocumentFormatException(sourceName, 0, 0, "the scenario file is empty");
            }
            root = tree.read(p, "");
            if (p.nextToken() != null) {
                JsonLocation at = p.currentTokenLocation();
                throw new DocumentFormatException(sourceName, at.getLineNr(), at.getColumnNr(),
                        "unexpected content after the end of the scenario");
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new DocumentFormatException(sourceName, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage().replaceAll("\\s*\\n\\s*", " "), e);
        }
        if (!root.isObject()) {
            throw tree.error("", "a scenario file must be an object with given, when and then (see docs/scenarios.md)");
        }
        fields(tree, root, "", TOP);
        Given given = given(tree, root.get("given"), sourceName, base);
        String fileName = Path.of(sourceName).getFileName().toString();
        String name = root.hasNonNull("name") ? text(tree, root.get("name"), "name") : fileName;

        List<Scenario> scenarios = new ArrayList<>();
        JsonNode entries = root.get("scenarios");
        if (entries != null && !entries.isNull()) {
            for (String single : List.of("when", "then", "nothingElseOf")) {
                if (root.has(single)) {
                    throw tree.error(single, "a file with 'scenarios' gives when, then and nothingElseOf in each entry");
                }
            }
            if (!entries.isArray() || entries.isEmpty()) {
                throw tree.error("scenarios", "must be a non-empty array of {name, when, then, nothingElseOf}");
            }
            for (int i = 0; i < entries.size(); i++) {
                String path = "scenarios[" + i + "]";
                JsonNode e = entries.get(i);
                if (!e.isObject()) {
                    throw tree.error(path, "must be an object with name, when, then and nothingElseOf");
                }
                fields(tree, e, path, ENTRY);
                String entryName = e.hasNonNull("name") ? text(tree, e.get("name"), path + ".name") : "#" + (i + 1);
                scenarios.add(scenario(tree, e, path + ".", name + " / " + entryName, sourceName, given));
            }
        } else {
            scenarios.add(scenario(tree, root, "", name, sourceName, given));
        }
        return scenarios;
    }

    private static Scenario scenario(LocatedTree tree, JsonNode node, String prefix, String name, String source,
                                     Given given) throws DocumentFormatException {
        JsonNode when = node.get("when");
        if (when == null || when.isNull()) {
            throw tree.error(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1),
                    "'when' is missing: the evaluation instant, e.g. when: 2026-03-03T09:00:00Z");
        }
        Instant asOf = instant(tree, when, prefix + "when");
        Set<String> known = new TreeSet<>();
        given.config().standards().forEach(d -> known.add(d.id()));
        List<ExpectedFinding> expected = new ArrayList<>();
        JsonNode then = node.get("then");
        if (then != null && !then.isNull()) {
            if (!then.isArray()) {
                throw tree.error(prefix + "then", "must be an array of expected findings, e.g."
                        + " - { kind: MET, standard: response.email, subject: interaction I-1 }");
            }
            for (int i = 0; i < then.size(); i++) {
                expected.add(expected(tree, then.get(i), prefix + "then[" + i + "]", known));
            }
        }
        List<String> nothingElse = new ArrayList<>();
        JsonNode ne = node.get("nothingElseOf");
        if (ne != null && !ne.isNull()) {
            String path = prefix + "nothingElseOf";
            List<JsonNode> items = new ArrayList<>();
            if (ne.isArray()) {
                ne.forEach(items::add);
            } else {
                items.add(ne);
            }
            for (int i = 0; i < items.size(); i++) {
                String itemPath = ne.isArray() ? path + "[" + i + "]" : path;
                String id = text(tree, items.get(i), itemPath).strip();
                boolean ok = id.equals("*") || known.contains(id)
                        || id.endsWith(".*") && known.stream().anyMatch(k -> k.startsWith(id.substring(0, id.length() - 1)));
                if (!ok) {
                    throw tree.error(itemPath, "'" + id + "' is not a known standard id, family.* or *");
                }
                nothingElse.add(id);
            }
        }
        String location = tree.where(prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1));
        return new Scenario(name, source, location, given, asOf, expected, nothingElse);
    }

    private static ExpectedFinding expected(LocatedTree tree, JsonNode n, String path, Set<String> known)
            throws DocumentFormatException {
        if (!n.isObject()) {
            throw tree.error(path, "must be an object such as { kind: BREACH, standard: response.email, subject: interaction I-1 }");
        }
        fields(tree, n, path, EXPECTED);
        if (!n.hasNonNull("kind")) {
            throw tree.error(path, "'kind' is missing: one of MET, BREACH, AT_RISK, OBLIGATION, ESCALATION, ALERT");
        }
        if (!n.hasNonNull("standard")) {
            throw tree.error(path, "'standard' is missing: the standard id, e.g. response.email");
        }
        String kindText = text(tree, n.get("kind"), path + ".kind").strip();
        FindingKind kind;
        try {
            kind = FindingKind.valueOf(kindText.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw tree.error(path + ".kind", "'" + kindText + "' is not a finding kind: one of MET, BREACH, AT_RISK,"
                    + " OBLIGATION, ESCALATION, ALERT");
        }
        String standard = text(tree, n.get("standard"), path + ".standard").strip();
        if (!known.contains(standard)) {
            throw tree.error(path + ".standard", "'" + standard + "' is not a known standard id");
        }
        String subjectType = null;
        String subjectId = null;
        if (n.hasNonNull("subject")) {
            String subject = text(tree, n.get("subject"), path + ".subject").strip();
            int space = subject.indexOf(' ');
            if (space < 0) {
                subjectId = subject;
            } else {
                subjectType = subject.substring(0, space).strip();
                subjectId = subject.substring(space + 1).strip();
            }
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        JsonNode attrs = n.get("attributes");
        if (attrs != null && !attrs.isNull()) {
            if (!attrs.isObject()) {
                throw tree.error(path + ".attributes", "must be an object of name: value");
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = attrs.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                attributes.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
            }
        }
        return new ExpectedFinding(kind, standard, subjectType, subjectId,
                n.hasNonNull("dueAt") ? instant(tree, n.get("dueAt"), path + ".dueAt") : null,
                n.hasNonNull("at") ? instant(tree, n.get("at"), path + ".at") : null,
                n.hasNonNull("lateBy") ? duration(tree, n.get("lateBy"), path + ".lateBy") : null,
                n.hasNonNull("level") ? text(tree, n.get("level"), path + ".level").strip() : null,
                n.hasNonNull("agent") ? text(tree, n.get("agent"), path + ".agent").strip() : null,
                attributes, tree.where(path));
    }

    // ---------------------------------------------------------------------------------------------
    // given: rewritten one record (or one configuration entry) per line and read by DocumentReader

    private static Given given(LocatedTree tree, JsonNode given, String source, StandardsConfig base) throws IOException {
        if (given != null && !given.isNull() && !given.isObject()) {
            throw tree.error("given", "must be an object with the sections of an input document (customers,"
                    + " interactions, ..., calendar, settings, targets)");
        }
        Synthetic records = new Synthetic(tree.where("given"));
        Synthetic config = new Synthetic(tree.where("given"));
        boolean ownConfig = false;
        if (given != null && given.isObject()) {
            if (given.has("asOf")) {
                throw tree.error("given.asOf", "write the evaluation instant as 'when', beside 'given'");
            }
            List<Map.Entry<String, JsonNode>> recordSections = new ArrayList<>();
            List<Map.Entry<String, JsonNode>> configSections = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = given.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                (CONFIG_SECTIONS.contains(e.getKey()) ? configSections : recordSections).add(e);
            }
            ownConfig = !configSections.isEmpty();
            write(tree, records, recordSections, true);
            write(tree, config, configSections, false);
        }
        records.close(tree.where("given"));
        config.close(tree.where("given"));

        String recordsSource = source + "#given.json";
        String configSource = source + "#given-config.json";
        Document document;
        StandardsConfig effective;
        try {
            document = DocumentReader.create().read(new StringReader(records.text()), recordsSource);
            effective = ownConfig
                    ? DocumentReader.create().readConfig(new StringReader(config.text()), configSource, base)
                    : base;
        } catch (DocumentFormatException e) {
            List<String> origins = e.source().equals(configSource) ? config.origins : records.origins;
            String origin = e.line() >= 1 && e.line() <= origins.size() ? origins.get(e.line() - 1) : tree.where("given");
            throw relocated(origin, e);
        }
        return new Given(document, effective, ownConfig, recordsSource, records.origins);
    }

    /** Writes sections: arrays (records) one element per line, objects (configuration) one entry per line. */
    private static void write(LocatedTree tree, Synthetic out, List<Map.Entry<String, JsonNode>> sections, boolean arrays)
            throws IOException {
        for (int s = 0; s < sections.size(); s++) {
            Map.Entry<String, JsonNode> section = sections.get(s);
            String path = "given." + section.getKey();
            String comma = s < sections.size() - 1 ? "," : "";
            JsonNode v = section.getValue();
            String key = MAPPER.writeValueAsString(section.getKey());
            if (arrays && v.isArray() && !v.isEmpty()) {
                out.line(key + ": [", tree.where(path));
                for (int i = 0; i < v.size(); i++) {
                    out.line(MAPPER.writeValueAsString(v.get(i)) + (i < v.size() - 1 ? "," : ""),
                            tree.where(path + "[" + i + "]"));
                }
                out.line("]" + comma, tree.where(path));
            } else if (!arrays && v.isObject() && !v.isEmpty()) {
                out.line(key + ": {", tree.where(path));
                List<String> names = new ArrayList<>();
                v.fieldNames().forEachRemaining(names::add);
                for (int i = 0; i < names.size(); i++) {
                    String name = names.get(i);
                    out.line(MAPPER.writeValueAsString(name) + ": " + MAPPER.writeValueAsString(v.get(name))
                            + (i < names.size() - 1 ? "," : ""), tree.where(path + "." + name));
                }
                out.line("}" + comma, tree.where(path));
            } else {
                out.line(key + ": " + MAPPER.writeValueAsString(v) + comma, tree.where(path));
            }
        }
    }

    private static DocumentFormatException relocated(String origin, DocumentFormatException e) {
        Matcher m = Pattern.compile("^(.*):(\\d+):(\\d+)$").matcher(origin);
        if (m.matches()) {
            return new DocumentFormatException(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    e.problem(), e);
        }
        return new DocumentFormatException(origin, 0, 0, e.problem(), e);
    }

    /** A JSON text written line by line, with the scenario-file location of each line. */
    private static final class Synthetic {
        private final StringBuilder text = new StringBuilder();
        private final List<String> origins = new ArrayList<>();

        Synthetic(String origin) {
            line("{", origin);
        }

        void line(String s, String origin) {
            text.append(s).append('\n');
            origins.add(origin);
        }

        void close(String origin) {
            line("}", origin);
        }

        String text() { return text.toString(); }
    }

    // ---------------------------------------------------------------------------------------------
    // values

    private static void fields(LocatedTree tree, JsonNode node, String path, List<String> known)
            throws DocumentFormatException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                String closest = known.stream().filter(k -> k.equalsIgnoreCase(name)
                        || k.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT).substring(0, Math.min(3, name.length()))))
                        .findFirst().orElse(null);
                throw tree.error(path.isEmpty() ? name : path + "." + name, "unknown field"
                        + (closest != null ? "; did you mean '" + closest + "'?" : "; expected one of " + String.join(", ", known)));
            }
        }
    }

    private static String text(LocatedTree tree, JsonNode v, String path) throws DocumentFormatException {
        if (!v.isTextual()) {
            if (v.isNumber() || v.isBoolean()) {
                return v.asText();
            }
            throw tree.error(path, "must be a string");
        }
        return v.textValue();
    }

    private static Instant instant(LocatedTree tree, JsonNode v, String path) throws DocumentFormatException {
        String text = text(tree, v, path).strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw tree.error(path, "must be an ISO-8601 instant with an offset, such as 2026-03-03T09:00:00Z, was '"
                    + text + "'");
        }
    }

    /** An ISO-8601 duration ({@code PT1H30M}) or words: {@code 90 minutes}, {@code 1 h 30 min}, {@code 2 days}. */
    static Duration duration(LocatedTree tree, JsonNode v, String path) throws DocumentFormatException {
        String text = text(tree, v, path).strip();
        if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Duration.parse(text.toUpperCase(Locale.ROOT));
            } catch (DateTimeException e) {
                throw tree.error(path, "'" + text + "' is not an ISO-8601 duration such as PT1H30M");
            }
        }
        Matcher m = DURATION_PART.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (m.find() && m.start() == end) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            total = total.plus(switch (unit.charAt(0)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            });
            end = m.end();
        }
        if (end == 0 || end != text.length()) {
            throw tree.error(path, "'" + text + "' is not a duration: write PT1H30M, or words such as 90 minutes,"
                    + " 1 h 30 min, 2 days (a day is 24 hours)");
        }
        return total;
    }

    static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    /** Whether a file name is a scenario file name: {@code .yaml}, {@code .yml} or {@code .json}. */
    public static boolean isScenarioFile(Path p) {
        String lower = p.getFileName() == null ? "" : p.getFileName().toString().toLowerCase(Locale.ROOT);
        return isYaml(lower) || lower.endsWith(".json");
    }
}
