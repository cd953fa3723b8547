package org.servicestandards.conduct;

import java.util.List;

/**
 * The result of scanning one text: the first matches, in text order, and how many there were in all.
 * Immutable and thread-safe.
 *
 * @param matches the first {@code limit} matches by position (ties: in phrase-book order), never null
 * @param total   every match in the text, {@code >= matches.size()}
 */
public record PhraseScan(List<PhraseMatch> matches, int total) {
    public static final PhraseScan EMPTY = new PhraseScan(List.of(), 0);

    public PhraseScan {
        matches = List.copyOf(matches);
        if (total < matches.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + matches.size() + " matches");
        }
    }

    /** Whether matches were left out because of the limit. */
    public boolean truncated() { return total > matches.size(); }
}
