package org.servicestandards.whatif;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToIntFunction;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.facts.Text;

/**
 * The result of a what-if comparison (see {@link WhatIf}): both evaluations, and per standard the
 * counts and compliance under A and B and the findings that appear or disappear. Immutable and
 * thread-safe.
 */
public final class WhatIfReport {
    /** No limit on the findings {@link #toTable(ZoneId, int)} lists. */
    public static final int ALL = Integer.MAX_VALUE;

    private final Evaluation a;
    private final Evaluation b;
    private final List<StandardDelta> standards;
    private final String labelA;
    private final String labelB;

    WhatIfReport(Evaluation a, Evaluation b, List<StandardDelta> standards, String labelA, String labelB) {
        this.a = a;
        this.b = b;
        this.standards = List.copyOf(standards);
        this.labelA = Objects.requireNonNull(labelA, "labelA");
        this.labelB = Objects.requireNonNull(labelB, "labelB");
    }

    /** A copy that names the two sides in {@link #toTable}, e.g. {@code "defaults"} and {@code "stricter.yaml"}. */
    public WhatIfReport withLabels(String a, String b) {
        return new WhatIfReport(this.a, this.b, standards, a, b);
    }

    /** The evaluation instant of both sides. */
    public Instant asOf() { return a.asOf(); }

    /** The evaluation under A. */
    public Evaluation a() { return a; }

    /** The evaluation under B. */
    public Evaluation b() { return b; }

    public String labelA() { return labelA; }

    public String labelB() { return labelB; }

    /** One entry per standard with findings under A or B, in id order. */
    public List<StandardDelta> standards() { return standards; }

    /** The standards whose findings change. */
    public List<StandardDelta> changed() { return standards.stream().filter(StandardDelta::isChanged).toList(); }

    /**
     * The entry of one standard; a standard without findings on either side has an entry with no
     * counts.
     */
    public StandardDelta standard(String standardId) {
        return standards.stream().filter(s -> s.standardId().equals(standardId)).findFirst()
                .orElse(new StandardDelta(standardId, Tally.NONE, Tally.NONE, List.of(), List.of()));
    }

    /** Every finding that appears under B, by standard. */
    public List<Finding> appeared() { return standards.stream().flatMap(s -> s.appeared().stream()).toList(); }

    /** Every finding that disappears under B, by standard. */
    public List<Finding> disappeared() { return standards.stream().flatMap(s -> s.disappeared().stream()).toList(); }

    /**
     * The comparison as a text table, one row per standard (a count shows {@code a->b} when it
     * changes; the columns at risk, obligations, escalations and alerts only when some standard listed
     * has one), then the findings that appear and disappear, each with its sentence.
     *
     * @param zone  the zone of the instant in the heading
     * @param limit how many appearing and how many disappearing findings to list, {@code >= 0};
     *              {@link #ALL} for every one
     * @return the text, lines ending in {@code \n}
     */
    public String toTable(ZoneId zone, int limit) {
        return toTable(zone, limit, false);
    }

    /**
     * As {@link #toTable(ZoneId, int)}; with {@code changedOnly} the table has rows only for the
     * standards whose findings change.
     */
    public String toTable(ZoneId zone, int limit, boolean changedOnly) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        }
        StringBuilder out = new StringBuilder();
        out.append("What-if as of ").append(Text.when(asOf(), zone)).append(" (")
                .append(zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId()).append(")\n");
        out.append("  A: ").append(labelA).append('\n');
        out.append("  B: ").append(labelB).append('\n');
        out.append('\n');
        List<String> header = new ArrayList<>(List.of("standard", "compliance A", "compliance B", "change", "met",
                "breached"));
        List<StandardDelta> shown = changedOnly ? changed() : standards;
        List<ToIntFunction<Tally>> optional = new ArrayList<>();
        String[] optionalNames = {"at risk", "obligations", "escalations", "alerts"};
        List<ToIntFunction<Tally>> optionalCounts = List.of(Tally::atRisk, Tally::obligations, Tally::escalations,
                Tally::alerts);
        for (int i = 0; i < optionalNames.length; i++) {
            ToIntFunction<Tally> count = optionalCounts.get(i);
            if (shown.stream().anyMatch(s -> count.applyAsInt(s.a()) + count.applyAsInt(s.b()) > 0)) {
                header.add(optionalNames[i]);
                optional.add(count);
            }
        }
        header.add("appear");
        header.add("disappear");
        List<String[]> rows = new ArrayList<>();
        rows.add(header.toArray(new String[0]));
        for (StandardDelta s : shown) {
            List<String> row = new ArrayList<>(List.of(s.standardId(), percent(s.complianceA()), percent(s.complianceB()),
                    points(s.complianceChange()), pair(s, Tally::met), pair(s, Tally::breached)));
            optional.forEach(count -> row.add(pair(s, count)));
            row.add(s.appeared().isEmpty() ? "" : "+" + s.appeared().size());
            row.add(s.disappeared().isEmpty() ? "" : "-" + s.disappeared().size());
            rows.add(row.toArray(new String[0]));
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i == 0) {
                    line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row[i]));
                } else {
                    line.append("  ").append(String.format(Locale.ROOT, "%" + widths[i] + "s", row[i]));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        List<Finding> appeared = appeared();
        List<Finding> disappeared = disappeared();
        out.append('\n').append(changed().size()).append(" of ").append(standards.size())
                .append(standards.size() == 1 ? " standard changes; " : " standards change; ")
                .append(appeared.size()).append(appeared.size() == 1 ? " finding appears, " : " findings appear, ")
                .append(disappeared.size()).append(" disappear").append(disappeared.size() == 1 ? "s" : "")
                .append(" under B.\n");
        list(out, "appear", appeared, '+', limit);
        list(out, "disappear", disappeared, '-', limit);
        return out.toString();
    }

    @Override
    public String toString() { return toTable(ZoneId.of("UTC"), 20); }

    private static void list(StringBuilder out, String verb, List<Finding> findings, char sign, int limit) {
        if (findings.isEmpty()) {
            return;
        }
        int shown = Math.min(limit, findings.size());
        out.append('\n').append("Findings that ").append(verb).append(" under B (").append(findings.size())
                .append(shown < findings.size() ? ", first " + shown + " shown" : "").append("):\n");
        for (Finding f : findings.subList(0, shown)) {
            out.append("  ").append(sign).append(' ').append(f.kind()).append(' ').append(f.standardId()).append(' ')
                    .append(f.subjectType()).append(' ').append(f.subjectId()).append(": ").append(f.reason())
                    .append('\n');
        }
    }

    private static String pair(StandardDelta s, ToIntFunction<Tally> count) {
        int x = count.applyAsInt(s.a());
        int y = count.applyAsInt(s.b());
        return x == y ? Integer.toString(x) : x + "->" + y;
    }

    static String percent(Double compliance) {
        return compliance == null ? "-" : String.format(Locale.ROOT, "%.1f%%", compliance * 100);
    }

    static String points(Double change) {
        if (change == null || change == 0.0) {
            return "";
        }
        double pt = change * 100;
        if (Math.abs(pt) < 0.05) {
            return "0.0 pt";
        }
        return String.format(Locale.ROOT, "%+.1f pt", pt);
    }
}
