package org.servicestandards.whatif;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.StandardsEvaluator;
import org.servicestandards.model.Dataset;

/**
 * What-if comparisons: the same records evaluated at the same instant under two configurations
 * (targets, calendars, settings) or two rule sets, and the difference per standard.
 *
 * <pre>{@code
 * StandardsConfig stricter = StandardsConfig.defaults().toBuilder()
 *         .target("response.email", Target.parse("4 business hours")).build();
 * WhatIfReport report = WhatIf.compare(StandardsConfig.defaults(), stricter, lastQuarter, asOf);
 * report.standard("response.email").complianceChange();   // e.g. -0.12
 * System.out.println(report.toTable(ZoneOffset.UTC, 20));
 * }</pre>
 *
 * <p>Findings are matched by standard, kind and subject ({@code BREACH response.email interaction
 * I-17}): a finding of B without a counterpart in A <em>appears</em>, one of A without a counterpart
 * in B <em>disappears</em>. A finding whose kind and subject stay the same while its instants or
 * sentence change (a {@code MET} with a later due instant) is neither. When a subject has several
 * findings of one standard and kind (update cycles), they are paired in {@link Finding#ORDER} and
 * only the surplus appears or disappears. Stateless and thread-safe.
 */
public final class WhatIf {
    private WhatIf() {}

    /**
     * Evaluates the records with two evaluators, e.g. two {@link ServiceStandards} with different
     * rule sets or configurations, and compares the results.
     *
     * @param a       the evaluator of the "before" side, not null
     * @param b       the evaluator of the "after" side, not null
     * @param records the records, not null
     * @param asOf    the evaluation instant, not null
     * @return the comparison
     */
    public static WhatIfReport compare(StandardsEvaluator a, StandardsEvaluator b, Dataset records, Instant asOf) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(asOf, "asOf");
        return compare(a.evaluate(records, asOf), b.evaluate(records, asOf));
    }

    /**
     * Evaluates the records with the default rule base under two configurations and compares the
     * results. Compiles the rule base once per configuration; to compare many datasets, build the
     * two {@link ServiceStandards} once and use {@link #compare(StandardsEvaluator, StandardsEvaluator, Dataset, Instant)}.
     *
     * @param a       the "before" configuration, not null
     * @param b       the "after" configuration, not null
     * @param records the records, not null
     * @param asOf    the evaluation instant, not null
     * @return the comparison
     */
    public static WhatIfReport compare(StandardsConfig a, StandardsConfig b, Dataset records, Instant asOf) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        return compare(ServiceStandards.builder().config(a).build(), ServiceStandards.builder().config(b).build(),
                records, asOf);
    }

    /**
     * Compares two evaluations of the same records at the same instant.
     *
     * @param a the "before" evaluation, not null
     * @param b the "after" evaluation, not null
     * @return the comparison
     * @throws IllegalArgumentException when the evaluations are not at the same instant
     */
    public static WhatIfReport compare(Evaluation a, Evaluation b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (!a.asOf().equals(b.asOf())) {
            throw new IllegalArgumentException("a what-if compares evaluations at one instant, but A is as of "
                    + a.asOf() + " and B as of " + b.asOf());
        }
        TreeSet<String> ids = new TreeSet<>();
        a.findings().forEach(f -> ids.add(f.standardId()));
        b.findings().forEach(f -> ids.add(f.standardId()));
        List<StandardDelta> deltas = new ArrayList<>();
        for (String id : ids) {
            List<Finding> fa = a.findings(id);
            List<Finding> fb = b.findings(id);
            List<Finding> appeared = new ArrayList<>();
            List<Finding> disappeared = new ArrayList<>();
            Map<Key, List<Finding>> byKeyA = byKey(fa);
            Map<Key, List<Finding>> byKeyB = byKey(fb);
            TreeSet<Key> keys = new TreeSet<>(byKeyA.keySet());
            keys.addAll(byKeyB.keySet());
            for (Key k : keys) {
                List<Finding> la = byKeyA.getOrDefault(k, List.of());
                List<Finding> lb = byKeyB.getOrDefault(k, List.of());
                int paired = Math.min(la.size(), lb.size());
                appeared.addAll(lb.subList(paired, lb.size()));
                disappeared.addAll(la.subList(paired, la.size()));
            }
            appeared.sort(Finding.ORDER);
            disappeared.sort(Finding.ORDER);
            deltas.add(new StandardDelta(id, Tally.of(fa), Tally.of(fb), appeared, disappeared));
        }
        return new WhatIfReport(a, b, deltas, "A", "B");
    }

    private static Map<Key, List<Finding>> byKey(List<Finding> findings) {
        Map<Key, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : findings) {
            out.computeIfAbsent(new Key(f.kind(), f.subjectType(), f.subjectId()), k -> new ArrayList<>()).add(f);
        }
        return new TreeMap<>(out);
    }

    /** Kind and subject: what matches a finding of A with one of B (the standard is already fixed). */
    private record Key(FindingKind kind, String subjectType, String subjectId) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = subjectType.compareTo(o.subjectType);
            if (c == 0) {
                c = subjectId.compareTo(o.subjectId);
            }
            return c != 0 ? c : kind.compareTo(o.kind);
        }
    }
}
