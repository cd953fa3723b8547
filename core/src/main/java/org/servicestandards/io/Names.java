package org.servicestandards.io;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" suggestions for misspelt names (fields, sections, standard ids). Stateless and thread-safe. */
public final class Names {
    private Names() {}

    /**
     * The closest candidate within a small edit distance (case ignored), else the first candidate that
     * starts with {@code name} (a name cut short), or {@code null}.
     */
    public static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            int d = distance(lower, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = name.length() <= 3 ? 1 : name.length() <= 8 ? 2 : 3;
        if (bestDistance <= allowed) {
            return best;
        }
        if (lower.length() >= 4) {
            for (String c : candidates) {
                if (c.toLowerCase(Locale.ROOT).startsWith(lower)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** {@code "; did you mean 'x'?"} or {@code "; expected one of a, b, c"}. */
    public static String suggestion(String name, Collection<String> candidates) {
        String closest = closest(name, candidates);
        return closest != null ? "; did you mean '" + closest + "'?" : "; expected one of " + String.join(", ", candidates);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
