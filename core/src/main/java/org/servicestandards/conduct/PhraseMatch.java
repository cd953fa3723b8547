package org.servicestandards.conduct;

import java.util.Objects;

/**
 * One occurrence of a "don't" phrase in a text. Immutable and thread-safe.
 *
 * @param phrase   the phrase found
 * @param matched  the text as written, from the first character of its first word to the last of its last
 * @param position the offset of {@code matched} in the text, in {@code char}s (as {@link String#substring}),
 *                 {@code >= 0}
 */
public record PhraseMatch(Phrase phrase, String matched, int position) {
    public PhraseMatch {
        Objects.requireNonNull(phrase, "phrase");
        Objects.requireNonNull(matched, "matched");
        if (position < 0) {
            throw new IllegalArgumentException("position must be >= 0, was " + position);
        }
    }

    /** The offset just past the match (exclusive). */
    public int end() { return position + matched.length(); }
}
