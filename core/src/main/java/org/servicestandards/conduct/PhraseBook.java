package org.servicestandards.conduct;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The "don't" phrases of {@code conduct.language} and their calm alternatives: data, one list per
 * language, so that lists can be changed and languages added without touching rules. Immutable and
 * thread-safe.
 *
 * <p>A list is a JSON document:
 * <pre>{@code
 * { "language": "en",
 *   "phrases": [
 *     { "phrase": "I don't know", "alternative": "I'll find out",
 *       "variants": ["I do not know"], "unlessFollowedBy": ["but", "find out"] },
 *     { "phrase": "No", "alternative": "What I can do is...", "wholeSentence": true } ] }
 * }</pre>
 * See {@link Phrase} for the fields and {@link PhraseMatcher} for how texts are matched.
 *
 * <p>{@link #load(String)} reads the lists a configuration names (the {@code phrases} parameter of
 * {@code conduct.language}): a comma-separated list of
 * <ul>
 *   <li>a language code such as {@code en}: the bundled list {@code org/servicestandards/conduct/phrases-en.json}
 *       (or one a host puts at that path on the classpath);</li>
 *   <li>{@code classpath:<path>}: any classpath resource;</li>
 *   <li>{@code file:<path>} or a plain path: a file.</li>
 * </ul>
 */
public final class PhraseBook {
    /** The classpath prefix of bundled lists: {@code <prefix><language>.json}. */
    public static final String BUNDLED = "org/servicestandards/conduct/phrases-";

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PHRASE_FIELDS = Set.of("phrase", "alternative", "variants", "wholeSentence",
            "unlessFollowedBy");
    private static final Set<String> BOOK_FIELDS = Set.of("language", "description", "source", "phrases");
    private static final Map<String, PhraseBook> CACHE = new ConcurrentHashMap<>();
    private static final Map<List<PhraseBook>, PhraseBook> COMBINED = new ConcurrentHashMap<>();

    private final String name;
    private final PhraseMatcher matcher;

    private PhraseBook(String name, List<Phrase> phrases) {
        this.name = Objects.requireNonNull(name, "name");
        this.matcher = new PhraseMatcher(phrases);
    }

    /** A book of these phrases. @throws IllegalArgumentException as {@link PhraseMatcher#PhraseMatcher} */
    public static PhraseBook of(String name, List<Phrase> phrases) { return new PhraseBook(name, phrases); }

    /**
     * The phrases of every list the specification names, in order (see the class documentation). Lists
     * are read once and cached; a file is read again when its size or modification time changes.
     *
     * @throws IllegalArgumentException naming the list when it cannot be found, read or parsed
     */
    public static PhraseBook load(String spec) {
        Objects.requireNonNull(spec, "spec");
        List<String> items = new ArrayList<>();
        for (String item : spec.split(",")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("phrase lists: '" + spec + "' names no list; give a language such as"
                    + " 'en', 'classpath:<path>' or 'file:<path>'");
        }
        if (items.size() == 1) {
            return loadOne(items.get(0));
        }
        List<PhraseBook> books = items.stream().map(PhraseBook::loadOne).toList();
        return COMBINED.computeIfAbsent(books, k -> {
            List<Phrase> all = new ArrayList<>();
            k.forEach(b -> all.addAll(b.phrases()));
            return new PhraseBook(String.join(", ", items), all);
        });
    }

    private static PhraseBook loadOne(String item) {
        if (item.startsWith("classpath:") || LANGUAGE.matcher(item).matches()) {
            String resource = item.startsWith("classpath:") ? strip(item.substring("classpath:".length()))
                    : BUNDLED + item.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".json";
            return CACHE.computeIfAbsent("classpath:" + resource, k -> fromClasspath(item, resource));
        }
        Path file = Path.of(item.startsWith("file:") ? item.substring("file:".length()) : item);
        try {
            String key = "file:" + file.toAbsolutePath() + "@" + Files.getLastModifiedTime(file).toMillis() + "/"
                    + Files.size(file);
            return CACHE.computeIfAbsent(key, k -> parse(read(file), item));
        } catch (IOException e) {
            throw new IllegalArgumentException("phrase list '" + item + "': cannot read file " + file + ": " + e, e);
        }
    }

    private static String strip(String path) { return path.startsWith("/") ? path.substring(1) : path; }

    private static PhraseBook fromClasspath(String item, String resource) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        InputStream in = context == null ? null : context.getResourceAsStream(resource);
        if (in == null) {
            in = PhraseBook.class.getClassLoader().getResourceAsStream(resource);
        }
        if (in == null) {
            throw new IllegalArgumentException("phrase list '" + item + "': classpath resource " + resource
                    + " not found; bundled languages have a file " + BUNDLED + "<language>.json");
        }
        try (InputStream stream = in) {
            return parse(new String(stream.readAllBytes(), StandardCharsets.UTF_8), item);
        } catch (IOException e) {
            throw new UncheckedIOException("phrase list '" + item + "': cannot read " + resource, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("phrase list " + file + ": cannot read it: " + e, e);
        }
    }

    /**
     * Parses a list in the JSON form above.
     *
     * @param source what to call the list in error messages (a file name, a language)
     * @throws IllegalArgumentException naming the source, the phrase index and the field
     */
    public static PhraseBook parse(String json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("phrase list " + source + ": not valid JSON at line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("phrase list " + source + ": must be a JSON object with a 'phrases' array");
        }
        unknownFields(root, BOOK_FIELDS, "phrase list " + source);
        JsonNode items = root.get("phrases");
        if (items == null || !items.isArray()) {
            throw new IllegalArgumentException("phrase list " + source + ": field 'phrases' must be an array");
        }
        List<Phrase> phrases = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = "phrase list " + source + ": phrases[" + i + "]";
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw new IllegalArgumentException(where + " must be an object");
            }
            unknownFields(item, PHRASE_FIELDS, where);
            try {
                phrases.add(new Phrase(text(item, "phrase", where), text(item, "alternative", where),
                        texts(item, "variants", where), bool(item, "wholeSentence", where),
                        texts(item, "unlessFollowedBy", where)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
        }
        String name = root.hasNonNull("language") ? root.get("language").asText() : source;
        try {
            return new PhraseBook(name, phrases);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("phrase list " + source + ": " + e.getMessage(), e);
        }
    }

    private static void unknownFields(JsonNode node, Set<String> known, String where) {
        Set<String> unknown = new LinkedHashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                unknown.add(f);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown field(s) " + unknown + "; known: " + known);
        }
    }

    private static String text(JsonNode item, String field, String where) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be a string");
        }
        return v.asText();
    }

    private static List<String> texts(JsonNode item, String field, String where) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isBlank()) {
                throw new IllegalArgumentException(where + ": field '" + field + "' must hold non-blank strings");
            }
            out.add(e.asText());
        }
        return out;
    }

    private static boolean bool(JsonNode item, String field, String where) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull()) {
            return false;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException(where + ": field '" + field + "' must be true or false");
        }
        return v.asBoolean();
    }

    /** The language or source the book came from, e.g. {@code en}. */
    public String name() { return name; }

    public List<Phrase> phrases() { return matcher.phrases(); }

    public PhraseMatcher matcher() { return matcher; }

    /** Every match in the text; see {@link PhraseMatcher#find}. */
    public List<PhraseMatch> find(String text) { return matcher.find(text); }

    /** The first {@code limit} matches and the total; see {@link PhraseMatcher#scan}. */
    public PhraseScan scan(String text, long limit) {
        return matcher.scan(text, (int) Math.max(0, Math.min(Integer.MAX_VALUE, limit)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhraseBook b && b.name.equals(name) && b.matcher.equals(matcher);
    }

    @Override
    public int hashCode() { return Objects.hash(name, matcher); }

    @Override
    public String toString() { return "PhraseBook[" + name + ", " + phrases().size() + " phrases]"; }
}
