package org.servicestandards.conduct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds "don't" phrases in a text (decision 28), in time linear in the length of the text.
 *
 * <p>How a text is read:
 * <ul>
 *   <li>A <em>word</em> is a run of letters and digits; an apostrophe or a hyphen between two such
 *       characters joins them into one word, so {@code don't} is one word and {@code know-how} is one
 *       word (it never matches {@code know}). Words are compared case-insensitively with apostrophes
 *       dropped ({@code don't}, {@code don’t} and {@code dont} are the same word).</li>
 *   <li>Any other punctuation between words is ignored, except that a phrase never spans sentences:
 *       a sentence ends at {@code . ! ? …} (a point between two digits excepted) and at a line break.</li>
 *   <li>A phrase marked {@link Phrase#wholeSentence()} matches only as the first words of a sentence
 *       followed by the end of the sentence or by {@code , ; :} ({@code No.}, {@code No, ...}).</li>
 *   <li>A phrase with {@link Phrase#unlessFollowedBy()} is excused when those word sequences follow it in
 *       order within the same sentence ("I don't know, but I'll find out").</li>
 * </ul>
 * Each position is tried against a trie of the phrases' words, so a text of {@code n} characters is
 * scanned in {@code O(n * longest phrase)} time and {@code O(n)} memory. Immutable and thread-safe.
 */
public final class PhraseMatcher {
    private final List<Phrase> phrases;
    private final Node root = new Node();
    private final int depth;

    /**
     * @throws IllegalArgumentException when a wording has no word or spans sentences, or when two
     *                                  phrases have the same wording
     */
    public PhraseMatcher(List<Phrase> phrases) {
        this.phrases = List.copyOf(phrases);
        Map<List<String>, Phrase> owners = new HashMap<>();
        int longest = 0;
        for (Phrase p : this.phrases) {
            List<List<String>> excuse = new ArrayList<>();
            for (String words : p.unlessFollowedBy()) {
                excuse.add(words(words, p, "unlessFollowedBy"));
            }
            for (String wording : p.wordings()) {
                List<String> key = words(wording, p, "wording");
                Phrase owner = owners.putIfAbsent(key, p);
                if (owner != null) {
                    if (owner == p) {
                        continue; // a variant that reads the same as the phrase once normalized
                    }
                    throw new IllegalArgumentException("phrase '" + p.phrase() + "': wording '" + wording
                            + "' is also a wording of phrase '" + owner.phrase() + "'");
                }
                Node node = root;
                for (String w : key) {
                    node = node.children.computeIfAbsent(w, k -> new Node());
                }
                node.ends.add(new End(p, List.copyOf(excuse)));
                longest = Math.max(longest, key.size());
            }
        }
        this.depth = longest;
    }

    public List<Phrase> phrases() { return phrases; }

    /** Every match in the text, by position. An empty or {@code null} text has none. */
    public List<PhraseMatch> find(String text) {
        return scan(text, Integer.MAX_VALUE).matches();
    }

    /**
     * The first {@code limit} matches by position (at one position, the shorter phrase first) and the
     * total number of matches.
     *
     * @param text  the text; {@code null} or empty gives {@link PhraseScan#EMPTY}
     * @param limit how many matches to return, {@code >= 0}; the rest are only counted
     */
    public PhraseScan scan(String text, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        if (text == null || text.isEmpty() || depth == 0) {
            return PhraseScan.EMPTY;
        }
        Tokens t = Tokens.of(text);
        Map<List<String>, int[]> next = new HashMap<>();
        List<PhraseMatch> out = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < t.size; i++) {
            Node node = root;
            for (int j = i; j < t.size && j - i < depth && t.sentence[j] == t.sentence[i]; j++) {
                node = node.children.get(t.word[j]);
                if (node == null) {
                    break;
                }
                for (End e : node.ends) {
                    if (e.phrase.wholeSentence() && !(t.startsSentence(i) && t.endsSentenceOrClause(j, text))) {
                        continue;
                    }
                    if (!e.excuse.isEmpty() && t.excused(j + 1, e.excuse, next)) {
                        continue;
                    }
                    total++;
                    if (out.size() < limit) {
                        out.add(new PhraseMatch(e.phrase, text.substring(t.start[i], t.end[j]), t.start[i]));
                    }
                }
            }
        }
        return new PhraseScan(out, total);
    }

    private static List<String> words(String wording, Phrase p, String what) {
        Tokens t = Tokens.of(wording);
        if (t.size == 0) {
            throw new IllegalArgumentException("phrase '" + p.phrase() + "': " + what + " '" + wording + "' has no word");
        }
        if (t.sentence[0] != t.sentence[t.size - 1]) {
            throw new IllegalArgumentException("phrase '" + p.phrase() + "': " + what + " '" + wording
                    + "' spans more than one sentence");
        }
        return List.of(Arrays.copyOf(t.word, t.size));
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<End> ends = new ArrayList<>(1);
    }

    private record End(Phrase phrase, List<List<String>> excuse) {}

    /** A text cut into normalized words, each with its offsets and its sentence. */
    static final class Tokens {
        int size;
        int[] start = new int[16];
        int[] end = new int[16];
        int[] sentence = new int[16];
        String[] word = new String[16];

        static Tokens of(String text) {
            Tokens t = new Tokens();
            int sentence = 0;
            int n = text.length();
            int i = 0;
            StringBuilder w = new StringBuilder();
            while (i < n) {
                int cp = text.codePointAt(i);
                if (isWordChar(cp)) {
                    int begin = i;
                    w.setLength(0);
                    while (i < n) {
                        cp = text.codePointAt(i);
                        if (isWordChar(cp)) {
                            w.appendCodePoint(Character.toLowerCase(cp));
                            i += Character.charCount(cp);
                        } else if ((isApostrophe(cp) || isHyphen(cp)) && i + 1 < n && isWordChar(text.codePointAt(i + 1))) {
                            if (isHyphen(cp)) {
                                w.append('-');
                            }
                            i++;
                        } else {
                            break;
                        }
                    }
                    t.add(begin, i, w.toString(), sentence);
                } else {
                    if (isSentenceEnd(text, i, cp)) {
                        sentence++;
                    }
                    i += Character.charCount(cp);
                }
            }
            return t;
        }

        private void add(int s, int e, String normalized, int sent) {
            if (size == start.length) {
                int grown = size * 2;
                start = Arrays.copyOf(start, grown);
                end = Arrays.copyOf(end, grown);
                sentence = Arrays.copyOf(sentence, grown);
                word = Arrays.copyOf(word, grown);
            }
            start[size] = s;
            end[size] = e;
            word[size] = normalized;
            sentence[size] = sent;
            size++;
        }

        boolean startsSentence(int i) { return i == 0 || sentence[i - 1] != sentence[i]; }

        /** Whether word {@code j} is followed (past spaces and closing quotes) by the end of its sentence or , ; : */
        boolean endsSentenceOrClause(int j, String text) {
            int k = end[j];
            int n = text.length();
            while (k < n) {
                int cp = text.codePointAt(k);
                if ((Character.isWhitespace(cp) && cp != '\n' && cp != '\r') || isClosingQuote(cp)) {
                    k += Character.charCount(cp);
                    continue;
                }
                return isSentenceEnd(text, k, cp) || cp == ',' || cp == ';' || cp == ':';
            }
            return true;
        }

        /**
         * Whether the word sequences follow, in order, from word {@code from} on within the sentence of
         * word {@code from - 1}. Uses per-sequence "next occurrence" tables, built once per text, so every
         * check costs O(number of sequences).
         */
        boolean excused(int from, List<List<String>> sequences, Map<List<String>, int[]> next) {
            int s = sentence[from - 1];
            int at = from;
            for (List<String> seq : sequences) {
                int[] table = next.computeIfAbsent(seq, this::nextOccurrences);
                int p = at >= size ? size : table[at];
                if (p >= size || sentence[p] != s) {
                    return false;
                }
                at = p + seq.size();
            }
            return true;
        }

        /** For every word index, the first index at or after it where {@code seq} occurs within one sentence. */
        private int[] nextOccurrences(List<String> seq) {
            int[] table = new int[size + 1];
            table[size] = size;
            int len = seq.size();
            for (int i = size - 1; i >= 0; i--) {
                boolean here = i + len <= size && sentence[i + len - 1] == sentence[i];
                for (int k = 0; here && k < len; k++) {
                    here = word[i + k].equals(seq.get(k));
                }
                table[i] = here ? i : table[i + 1];
            }
            return table;
        }

        static boolean isWordChar(int cp) {
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
        }

        static boolean isApostrophe(int cp) { return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '\u2018'; }

        static boolean isHyphen(int cp) { return cp == '-' || cp == '\u2010' || cp == '\u2011'; }

        static boolean isClosingQuote(int cp) {
            return cp == '"' || cp == '\'' || cp == '\u201D' || cp == '\u2019' || cp == ')' || cp == ']' || cp == '\u00BB';
        }

        static boolean isSentenceEnd(String text, int i, int cp) {
            switch (cp) {
                case '!', '?', '\u2026', '\n', '\r', '\u2028', '\u2029', '\u3002', '\uFF01', '\uFF1F' -> {
                    return true;
                }
                case '.' -> {
                    boolean decimal = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                            && Character.isDigit(text.charAt(i + 1));
                    return !decimal;
                }
                default -> {
                    return false;
                }
            }
        }
    }

    @Override
    public String toString() { return "PhraseMatcher[" + phrases.size() + " phrases]"; }

    @Override
    public boolean equals(Object o) { return o instanceof PhraseMatcher m && m.phrases.equals(phrases); }

    @Override
    public int hashCode() { return Objects.hash(phrases); }
}
