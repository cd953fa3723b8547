package org.servicestandards.evaluation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Compliance per standard, and per standard and channel, and per standard and agent: measured,
 * met, breached, compliance, median and 90th-percentile time against target, at risk and open
 * obligations. Immutable and thread-safe.
 */
public final class ComplianceReport {

    /**
     * One row of the report.
     *
     * @param standardId  the standard
     * @param group       the channel or agent ({@code "all"} in the per-standard table, {@code "-"} when unknown)
     * @param measured    met + breached
     * @param met         how many met
     * @param breached    how many breached
     * @param atRisk      open and at risk
     * @param obligations open obligations
     * @param compliance  met / measured, or {@code null} when nothing was measured
     * @param median      median time to completion in the target's own time, or {@code null}
     * @param p90         90th percentile (nearest rank) of the same, or {@code null}
     * @param target      the target in words; {@code "varies (n targets)"} when subjects had different targets
     *                    (per tier, severity, ...); or {@code null}
     */
    public record Row(String standardId, String group, int measured, int met, int breached, int atRisk,
                      int obligations, Double compliance, Duration median, Duration p90, String target) {}

    private final List<Row> byStandard;
    private final List<Row> byChannel;
    private final List<Row> byAgent;

    private ComplianceReport(List<Row> byStandard, List<Row> byChannel, List<Row> byAgent) {
        this.byStandard = List.copyOf(byStandard);
        this.byChannel = List.copyOf(byChannel);
        this.byAgent = List.copyOf(byAgent);
    }

    public static ComplianceReport of(Evaluation evaluation) {
        List<Finding> findings = evaluation.findings();
        return new ComplianceReport(rows(findings, f -> "all"),
                rows(findings, f -> f.channel() == null ? "-" : f.channel().label()),
                rows(findings, f -> f.agentId() == null ? "-" : f.agentId()));
    }

    /** One row per standard that has findings, in id order. */
    public List<Row> byStandard() { return byStandard; }

    /** One row per standard and channel. */
    public List<Row> byChannel() { return byChannel; }

    /** One row per standard and agent. */
    public List<Row> byAgent() { return byAgent; }

    /** The per-standard row, or {@code null}. */
    public Row standard(String standardId) {
        return byStandard.stream().filter(r -> r.standardId().equals(standardId)).findFirst().orElse(null);
    }

    private static List<Row> rows(List<Finding> findings, Function<Finding, String> group) {
        Map<String, Map<String, List<Finding>>> grouped = new TreeMap<>();
        for (Finding f : findings) {
            grouped.computeIfAbsent(f.standardId(), k -> new TreeMap<>())
                    .computeIfAbsent(group.apply(f), k -> new ArrayList<>()).add(f);
        }
        List<Row> rows = new ArrayList<>();
        grouped.forEach((standard, groups) -> groups.forEach((g, fs) -> rows.add(row(standard, g, fs))));
        return rows;
    }

    private static Row row(String standardId, String group, List<Finding> findings) {
        int met = 0;
        int breached = 0;
        int atRisk = 0;
        int obligations = 0;
        java.util.Set<String> targets = new java.util.TreeSet<>();
        List<Duration> times = new ArrayList<>();
        for (Finding f : findings) {
            switch (f.kind()) {
                case MET -> met++;
                case BREACH -> breached++;
                case AT_RISK -> atRisk++;
                case OBLIGATION -> obligations++;
                default -> { }
            }
            if (f.isMeasured() && f.elapsed() != null) {
                times.add(f.elapsed());
            }
            if (f.target() != null) {
                targets.add(f.target());
            }
        }
        int measured = met + breached;
        String target = targets.isEmpty() ? null
                : targets.size() == 1 ? targets.iterator().next() : "varies (" + targets.size() + " targets)";
        times.sort(null);
        return new Row(standardId, group, measured, met, breached, atRisk, obligations,
                measured == 0 ? null : (double) met / measured, percentile(times, 0.5), percentile(times, 0.9), target);
    }

    /** Nearest-rank percentile of sorted values, or {@code null} for none. */
    static Duration percentile(List<Duration> sorted, double p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
