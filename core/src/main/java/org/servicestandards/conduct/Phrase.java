package org.servicestandards.conduct;

import java.util.List;
import java.util.Objects;

/**
 * A "don't" phrase of {@code conduct.language} with its calm alternative (catalogue section 5,
 * decision 28). Immutable and thread-safe.
 *
 * @param phrase           the phrase as reported, e.g. {@code I don't know}; at least one word, required
 * @param alternative      what to say instead, e.g. {@code I'll find out}, required
 * @param variants         other wordings of the same phrase, e.g. {@code I do not know}, never null
 * @param wholeSentence    the phrase counts only as a whole sentence or as a sentence's opening followed
 *                         by a comma ({@code No.}, {@code No, ...}), not inside a sentence ({@code No problem})
 * @param unlessFollowedBy word sequences that, when they all follow the phrase in this order within the
 *                         same sentence, excuse it ({@code but}, {@code find out} for
 *                         "I don't know, but I'll find out"); never null, empty when nothing excuses it
 */
public record Phrase(String phrase, String alternative, List<String> variants, boolean wholeSentence,
                     List<String> unlessFollowedBy) {
    public Phrase {
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("phrase: field 'phrase' is required");
        }
        if (alternative == null || alternative.isBlank()) {
            throw new IllegalArgumentException("phrase '" + phrase + "': field 'alternative' is required");
        }
        variants = List.copyOf(Objects.requireNonNullElse(variants, List.of()));
        unlessFollowedBy = List.copyOf(Objects.requireNonNullElse(unlessFollowedBy, List.of()));
    }

    /** A plain phrase: matched anywhere on word boundaries, never excused. */
    public static Phrase of(String phrase, String alternative) {
        return new Phrase(phrase, alternative, List.of(), false, List.of());
    }

    /** The phrase and its variants, the phrase first. */
    public List<String> wordings() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(phrase), variants.stream()).toList();
    }
}
