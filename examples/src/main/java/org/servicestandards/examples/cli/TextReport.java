package org.servicestandards.examples.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.servicestandards.config.Catalogue;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.evaluation.ComplianceReport;
import org.servicestandards.evaluation.ComplianceReport.Row;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.facts.Text;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Dataset;

/**
 * Renders an evaluation as the terminal report of {@code service-standards evaluate}: a header, the
 * compliance table per standard, compact tables per channel and per agent, the sections that only
 * appear when there are findings of their kind (escalations, calls to make, broken promises,
 * alerts, conduct), the breaches with their evidence, and the rejected records. Immutable and
 * thread-safe; every instant is shown in the calendar's zone.
 */
public final class TextReport {
    /** How many breaches are listed unless told otherwise. */
    public static final int DEFAULT_BREACHES = 20;
    /** A breach limit meaning "list every one". */
    public static final int ALL = -1;

    private static final String INDENT = "  ";
    private static final List<String> LEVELS = List.of("agent", "supervisor", "manager");

    private final ZoneId zone;
    private final String source;
    private final Map<String, Agent> agents;
    private final int breachLimit;

    /**
     * @param zone        the zone instants are shown in, not null
     * @param source      where the records came from (shown in the header), optional
     * @param records     the records evaluated, used for agents' names and teams, optional
     * @param breachLimit how many breaches to list, {@code >= 0}, or {@link #ALL}
     */
    public TextReport(ZoneId zone, String source, Dataset records, int breachLimit) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.source = source;
        Map<String, Agent> byId = new HashMap<>();
        if (records != null) {
            records.agents().forEach(a -> byId.putIfAbsent(a.id(), a));
        }
        this.agents = Map.copyOf(byId);
        if (breachLimit < ALL) {
            throw new IllegalArgumentException("breachLimit must be >= 0 or ALL (-1), was " + breachLimit);
        }
        this.breachLimit = breachLimit;
    }

    public void render(Evaluation evaluation, PrintWriter out) {
        ComplianceReport report = evaluation.report();
        header(evaluation, out);
        standards(report, out);
        channels(report, out);
        agents(report, out);
        escalations(evaluation, out);
        obligations(evaluation, out);
        brokenPromises(evaluation, out);
        alerts(evaluation, out);
        conduct(evaluation, out);
        breaches(evaluation, out);
        rejected(evaluation, out);
        out.flush();
    }

    private void header(Evaluation e, PrintWriter out) {
        out.println("Service standards report" + (source == null ? "" : " - " + source));
        String zoneName = zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
        out.println("  As of     " + Text.when(e.asOf(), zone) + " " + zoneName + " (" + e.asOf() + ")");
        out.println("  Records   " + e.recordsEvaluated() + " evaluated, " + e.recordsRejected() + " rejected");
        Map<FindingKind, Long> counts = e.countsByKind();
        out.println("  Findings  " + counts.get(FindingKind.MET) + " met, " + counts.get(FindingKind.BREACH)
                + " breached, " + counts.get(FindingKind.AT_RISK) + " at risk, " + counts.get(FindingKind.OBLIGATION)
                + " open obligations, " + counts.get(FindingKind.ESCALATION) + " escalations, "
                + counts.get(FindingKind.ALERT) + " alerts");
    }

    private void standards(ComplianceReport report, PrintWriter out) {
        section(out, "Compliance per standard");
        // standards that only escalate or alert have nothing to measure: they have sections of their own
        List<Row> rows = inCatalogueOrder(report.byStandard()).stream()
                .filter(r -> r.measured() > 0 || r.atRisk() > 0 || r.obligations() > 0).toList();
        if (rows.isEmpty()) {
            out.println(INDENT + "Nothing measured.");
            return;
        }
        Table t = new Table("Standard", "Target", ">Measured", ">Met", ">Breached", ">Compliance", ">Median", ">P90",
                ">At risk", ">Open obligations");
        for (Row r : rows) {
            t.row(r.standardId(), target(r), r.measured(), r.met(), r.breached(), compliance(r),
                    Text.duration(r.median()), Text.duration(r.p90()), r.atRisk(), r.obligations());
        }
        t.print(out, INDENT);
    }

    private void channels(ComplianceReport report, PrintWriter out) {
        List<Row> rows = report.byChannel().stream().filter(r -> !r.group().equals("-") && r.measured() > 0)
                .sorted(Comparator.comparing(Row::group).thenComparing(r -> catalogueIndex(r.standardId()))
                        .thenComparing(Row::standardId))
                .toList();
        if (rows.isEmpty()) {
            return;
        }
        section(out, "Compliance per channel");
        Table t = new Table("Channel", "Standard", ">Measured", ">Breached", ">Compliance", ">Median", ">P90");
        String previous = null;
        for (Row r : rows) {
            t.row(r.group().equals(previous) ? "" : r.group(), r.standardId(), r.measured(), r.breached(),
                    compliance(r), Text.duration(r.median()), Text.duration(r.p90()));
            previous = r.group();
        }
        t.print(out, INDENT);
    }

    private void agents(ComplianceReport report, PrintWriter out) {
        Map<String, List<Row>> byAgent = new TreeMap<>(Comparator.comparing((String a) -> a.equals("-"))
                .thenComparing(Comparator.naturalOrder()));
        report.byAgent().forEach(r -> byAgent.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(r));
        if (byAgent.isEmpty()) {
            return;
        }
        section(out, "Compliance per agent");
        Table t = new Table("Agent", "Team", ">Measured", ">Breached", ">Compliance", ">At risk", ">Open obligations",
                "Most breached");
        byAgent.forEach((agent, rows) -> {
            // compliance over the standards that can be met; "most breached" over every standard
            int measured = rows.stream().filter(r -> reportsMet(r.standardId())).mapToInt(Row::measured).sum();
            int met = rows.stream().filter(r -> reportsMet(r.standardId())).mapToInt(Row::met).sum();
            int breached = measured - met;
            boolean anyBreach = rows.stream().anyMatch(r -> r.breached() > 0);
            int atRisk = rows.stream().mapToInt(Row::atRisk).sum();
            int obligations = rows.stream().mapToInt(Row::obligations).sum();
            if (measured == 0 && !anyBreach && atRisk == 0 && obligations == 0) {
                return; // only escalations or alerts: not the agent's record
            }
            String worst = rows.stream().filter(r -> r.breached() > 0)
                    .sorted(Comparator.comparingInt(Row::breached).reversed().thenComparing(Row::standardId))
                    .limit(3).map(r -> r.standardId() + " " + r.breached()).collect(Collectors.joining(", "));
            Agent a = agents.get(agent);
            t.row(agent.equals("-") ? "(unassigned)" : agentName(agent), a == null || a.team() == null ? "" : a.team(),
                    measured, breached, percent(measured == 0 ? null : (double) met / measured),
                    atRisk, obligations, worst);
        });
        t.print(out, INDENT);
    }

    private void escalations(Evaluation e, PrintWriter out) {
        List<Finding> escalations = e.findings(FindingKind.ESCALATION);
        if (escalations.isEmpty()) {
            return;
        }
        section(out, "Escalations by level and trigger");
        Map<String, Map<String, List<Finding>>> grouped = new TreeMap<>(Comparator.comparingInt(TextReport::levelRank)
                .thenComparing(Comparator.naturalOrder()));
        for (Finding f : escalations) {
            grouped.computeIfAbsent(level(f), k -> new TreeMap<>()).computeIfAbsent(trigger(f), k -> new ArrayList<>())
                    .add(f);
        }
        Table t = new Table("Level", "Trigger", ">Count");
        grouped.forEach((level, triggers) -> triggers.forEach((trigger, fs) -> t.row(level, trigger, fs.size())));
        t.print(out, INDENT);
        out.println();
        grouped.forEach((level, triggers) -> triggers.forEach((trigger, fs) -> fs.stream()
                .sorted(Comparator.comparing(Finding::at).thenComparing(Finding.ORDER))
                .forEach(f -> out.println(INDENT + "- " + level + " / " + trigger + ": " + subject(f) + customerAndCase(f)
                        + ", " + when(f.at()) + ". " + f.reason()))));
    }

    private void obligations(Evaluation e, PrintWriter out) {
        List<Finding> open = e.findings(FindingKind.OBLIGATION).stream()
                .sorted(Comparator.comparing(Finding::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Finding.ORDER))
                .toList();
        if (open.isEmpty()) {
            return;
        }
        section(out, "Calls to make \u2014 open obligations by due instant");
        Table t = new Table("Due", "Standard", "Customer", "Agent", "Owed", "Subject");
        for (Finding f : open) {
            t.row(when(f.dueAt()), f.standardId(), dash(f.customerId()), dash(f.agentId()), owed(f), subject(f));
        }
        t.print(out, INDENT);
    }

    private void brokenPromises(Evaluation e, PrintWriter out) {
        List<Finding> broken = e.findings("followup.commitment").stream().filter(f -> f.kind() == FindingKind.BREACH)
                .sorted(Comparator.comparing(Finding::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Finding.ORDER))
                .toList();
        if (broken.isEmpty()) {
            return;
        }
        section(out, "Broken promises");
        Table t = new Table("Due", "Commitment", "Agent", "Customer", ">Late by");
        for (Finding f : broken) {
            t.row(when(f.dueAt()), subject(f), dash(f.agentId()), dash(f.customerId()), Text.duration(f.lateBy()));
        }
        t.print(out, INDENT);
        out.println();
        broken.forEach(f -> out.println(INDENT + "- " + f.reason()));
    }

    private void alerts(Evaluation e, PrintWriter out) {
        List<Finding> alerts = e.findings(FindingKind.ALERT).stream()
                .sorted(Comparator.comparing(Finding::at).thenComparing(Finding.ORDER)).toList();
        if (alerts.isEmpty()) {
            return;
        }
        section(out, "Alerts to send");
        Table t = new Table("Standard", "Subject", "Customer", "Suggested channel", "Alert to");
        for (Finding f : alerts) {
            t.row(f.standardId(), subject(f), dash(f.customerId()), dash(f.attribute("suggestedChannel")),
                    dash(f.attribute("alertTo")));
        }
        t.print(out, INDENT);
        out.println();
        alerts.forEach(f -> out.println(INDENT + "- [" + f.standardId() + "] " + f.reason()));
    }

    private void conduct(Evaluation e, PrintWriter out) {
        List<Finding> conduct = e.findings().stream().filter(f -> f.family().equals("conduct")).toList();
        if (conduct.isEmpty()) {
            return;
        }
        section(out, "Conduct per agent");
        Map<String, List<Finding>> byAgent = new TreeMap<>();
        conduct.forEach(f -> byAgent.computeIfAbsent(f.agentId() == null ? "-" : f.agentId(), k -> new ArrayList<>()).add(f));
        Table t = new Table("Agent", "Standard", ">Met", ">Breached");
        byAgent.forEach((agent, fs) -> {
            Map<String, int[]> counts = new TreeMap<>(Comparator.comparingInt((String id) -> catalogueIndex(id))
                    .thenComparing(Comparator.naturalOrder()));
            fs.forEach(f -> {
                int[] c = counts.computeIfAbsent(f.standardId(), k -> new int[2]);
                if (f.kind() == FindingKind.MET) {
                    c[0]++;
                } else if (f.kind() == FindingKind.BREACH) {
                    c[1]++;
                }
            });
            boolean first = true;
            for (Map.Entry<String, int[]> c : counts.entrySet()) {
                t.row(first ? (agent.equals("-") ? "(unknown)" : agentName(agent)) : "", c.getKey(), c.getValue()[0],
                        c.getValue()[1]);
                first = false;
            }
        });
        t.print(out, INDENT);
        byAgent.forEach((agent, fs) -> {
            List<Finding> breaches = fs.stream().filter(f -> f.kind() == FindingKind.BREACH)
                    .sorted(Comparator.comparing(Finding::at).thenComparing(Finding.ORDER)).toList();
            if (!breaches.isEmpty()) {
                out.println();
                out.println(INDENT + (agent.equals("-") ? "(unknown agent)" : agentName(agent)) + ":");
                breaches.forEach(f -> out.println(INDENT + "- [" + f.standardId() + "] " + f.reason()));
            }
        });
    }

    private void breaches(Evaluation e, PrintWriter out) {
        List<Finding> all = e.breaches().stream()
                .sorted(Comparator.comparing(Finding::at).reversed().thenComparing(Finding.ORDER)).toList();
        int shown = breachLimit == ALL ? all.size() : Math.min(breachLimit, all.size());
        if (all.isEmpty()) {
            section(out, "Breaches");
            out.println(INDENT + "None.");
            return;
        }
        section(out, shown == all.size() ? "Breaches (" + all.size() + ", most recent first)"
                : "Breaches (" + shown + " of " + all.size() + ", most recent first; --breaches all lists every one)");
        for (Finding f : all.subList(0, shown)) {
            out.println(INDENT + "- [" + f.standardId() + "] " + f.reason());
            out.println(INDENT + "  evidence: " + (f.evidence().isEmpty() ? f.subjectType() + " " + f.subjectId()
                    : f.evidence().stream().map(RecordRef::toString).collect(Collectors.joining(", "))));
        }
    }

    private void rejected(Evaluation e, PrintWriter out) {
        if (e.inputErrors().isEmpty()) {
            return;
        }
        section(out, "Rejected records (" + e.inputErrors().size() + ")");
        e.inputErrors().forEach(err -> out.println(INDENT + "- " + err));
    }

    // ---------------------------------------------------------------------------------------------

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println(title);
    }

    private String when(Instant t) { return t == null ? "-" : Text.when(t, zone); }

    private String agentName(String id) {
        Agent a = agents.get(id);
        return a == null || a.name() == null ? id : id + " (" + a.name() + ")";
    }

    private static String target(Row r) {
        if (r.target() != null) {
            return r.target();
        }
        return Catalogue.find(r.standardId()).map(StandardDefinition::target).map(Object::toString).orElse("");
    }

    /**
     * Met / measured, or {@code -} when nothing was measured or the standard only ever reports breaches
     * (e.g. {@code conduct.language}: a phrase is flagged, its absence is not counted).
     */
    private static String compliance(Row r) { return reportsMet(r.standardId()) ? percent(r.compliance()) : "-"; }

    private static boolean reportsMet(String standardId) {
        return Catalogue.find(standardId).map(d -> d.kinds().contains(FindingKind.MET)).orElse(true);
    }

    private static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String dash(String s) { return s == null || s.isBlank() ? "-" : s; }

    private static String subject(Finding f) { return f.subjectType() + " " + f.subjectId(); }

    private static String customerAndCase(Finding f) {
        List<String> parts = new ArrayList<>();
        if (f.customerId() != null && !(f.subjectType().equals("customer") && f.subjectId().equals(f.customerId()))) {
            parts.add("customer " + f.customerId());
        }
        if (f.caseId() != null && !(f.subjectType().equals("case") && f.subjectId().equals(f.caseId()))) {
            parts.add("case " + f.caseId());
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String level(Finding f) {
        String level = f.attribute("level");
        return level == null ? "-" : level;
    }

    private static String trigger(Finding f) {
        String trigger = f.attribute("trigger");
        if (trigger != null) {
            return trigger;
        }
        int dot = f.standardId().lastIndexOf('.');
        return dot < 0 ? f.standardId() : f.standardId().substring(dot + 1);
    }

    private static int levelRank(String level) {
        int i = LEVELS.indexOf(level.toLowerCase(Locale.ROOT));
        return i < 0 ? LEVELS.size() : i;
    }

    private static String owed(Finding f) {
        String owed = f.attribute("owed");
        if (owed != null) {
            return owed;
        }
        return Catalogue.find(f.standardId()).map(StandardDefinition::title).orElse("-");
    }

    private static final Map<String, Integer> CATALOGUE_INDEX = catalogueIndex();

    private static Map<String, Integer> catalogueIndex() {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (StandardDefinition d : Catalogue.all()) {
            index.put(d.id(), index.size());
        }
        return index;
    }

    private static int catalogueIndex(String standardId) {
        return CATALOGUE_INDEX.getOrDefault(standardId, Integer.MAX_VALUE);
    }

    private static List<Row> inCatalogueOrder(List<Row> rows) {
        return rows.stream().sorted(Comparator.comparingInt((Row r) -> catalogueIndex(r.standardId()))
                .thenComparing(Row::standardId)).toList();
    }
}
