package org.servicestandards.rules;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.servicestandards.evaluation.FindingKind;

/**
 * One rule of a rule set as its metadata describes it: what {@code rules list} prints and
 * {@code docs/standards.md} is generated from. Immutable and thread-safe.
 *
 * @param name         the rule name, e.g. {@code response.email: an email waits for a response}
 * @param packageName  the DRL package
 * @param file         the file it is in, as the rule set names it
 * @param line         the 1-based line of its {@code rule} keyword
 * @param role         what the rule is, from its metadata
 * @param standardId   the standard of a {@link Role#STANDARD} rule ({@code @standard}), else {@code null}
 * @param produces     the derived fact type ({@code @derivation}) or judged kinds ({@code @judgement}), else {@code null}
 * @param findingKinds the kinds of finding it leads to ({@code @finding}, or a judgement's kinds); never null
 * @param source       the seed documents ({@code @source}), or {@code null}
 * @param metadata     every metadata value, quotes removed; never null
 * @param replaces     for an author's rule that replaces a default rule, where the default one was
 *                     ({@code file:line}); else {@code null}
 */
public record RuleInfo(String name, String packageName, String file, int line, Role role, String standardId,
                       String produces, Set<FindingKind> findingKinds, String source, Map<String, String> metadata,
                       String replaces) {

    /** What a rule is for, from its metadata. */
    public enum Role {
        /** {@code @standard("id")}: part of a standard; its findings (or clocks) carry that id. */
        STANDARD,
        /** {@code @derivation("Fact")}: classifies facts once for many rules. */
        DERIVATION,
        /** {@code @judgement("KIND")}: turns clocks into findings for every standard. */
        JUDGEMENT,
        /** None of the three: a warning in validation. */
        UNCLASSIFIED
    }

    public RuleInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(role, "role");
        findingKinds = findingKinds == null ? Set.of() : Set.copyOf(findingKinds);
        metadata = metadata == null ? Map.of() : Map.copyOf(new TreeMap<>(metadata));
    }

    /**
     * The family: for a standard rule the standard id up to its first dot ({@code response}); for
     * other rules the first word of the name ({@code complaint: derive ...} is {@code complaint}),
     * or {@code common} for the shared {@code derive:} and {@code judge:} rules.
     */
    public String family() {
        if (standardId != null) {
            int dot = standardId.indexOf('.');
            return dot < 0 ? standardId : standardId.substring(0, dot);
        }
        int end = 0;
        while (end < name.length() && (Character.isLetterOrDigit(name.charAt(end)) || name.charAt(end) == '-')) {
            end++;
        }
        String word = name.substring(0, end);
        return word.isEmpty() || word.equals("derive") || word.equals("judge") ? "common" : word;
    }

    /** {@code file:line}. */
    public String location() { return file + ":" + line; }

    /** The finding kinds in the order of {@link FindingKind}, space separated, or {@code -}. */
    public String findingKindsText() {
        StringBuilder b = new StringBuilder();
        for (FindingKind k : FindingKind.values()) {
            if (findingKinds.contains(k)) {
                b.append(b.length() == 0 ? "" : " ").append(k.name());
            }
        }
        return b.length() == 0 ? "-" : b.toString();
    }
}
