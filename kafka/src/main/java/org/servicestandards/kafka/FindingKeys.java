package org.servicestandards.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;

/**
 * The identity of a finding across evaluations: {@code standardId|KIND|subjectType|subjectId|dueAt}
 * ({@code -} without a due instant). An open finding's instant ({@code at}, the evaluation instant)
 * and lateness grow with every evaluation, so they are not part of it; a finding raised once is not
 * raised again however its details change.
 */
final class FindingKeys {
    /**
     * Kinds that state an outcome; when a later or corrected record makes one disappear, it is
     * withdrawn. The others (at-risk, obligation, alert) are warnings about a moment: they go away as
     * time passes or work is done, and are not withdrawn.
     */
    static final Set<FindingKind> WITHDRAWABLE = Set.of(FindingKind.MET, FindingKind.BREACH, FindingKind.ESCALATION);
    /** Prefix of the keys of reference errors reported, kept in the same set. */
    static final String ERROR = "!error|";

    private FindingKeys() {}

    static String of(Finding f) {
        return f.standardId() + "|" + f.kind().name() + "|" + f.subjectType() + "|" + f.subjectId() + "|"
                + (f.dueAt() == null ? "-" : f.dueAt().toString());
    }

    /**
     * The findings by key, in {@link Finding#ORDER}. Findings that share a key (say, two phrases
     * flagged in one interaction) get {@code #2}, {@code #3}... in that order.
     */
    static Map<String, Finding> byKey(List<Finding> findings) {
        Map<String, Finding> out = new LinkedHashMap<>();
        findings.stream().sorted(Finding.ORDER).forEach(f -> {
            String key = of(f);
            String unique = key;
            for (int n = 2; out.containsKey(unique); n++) {
                unique = key + "#" + n;
            }
            out.put(unique, f);
        });
        return out;
    }

    static boolean isError(String key) { return key.startsWith(ERROR); }

    /** The kind named in a finding key. */
    static FindingKind kind(String key) { return FindingKind.valueOf(key.split("\\|", -1)[1]); }

    static boolean isWithdrawable(String key) { return !isError(key) && WITHDRAWABLE.contains(kind(key)); }
}
