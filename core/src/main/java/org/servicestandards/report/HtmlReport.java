package org.servicestandards.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.servicestandards.calendar.Target;
import org.servicestandards.calendar.TargetKind;
import org.servicestandards.evaluation.ComplianceReport;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.facts.Text;
import org.servicestandards.model.InputError;

/**
 * Renders an evaluation as one self-contained HTML page: inline CSS and inline SVG charts, no
 * script, no font or image from the network. It shows the headline figures, compliance per
 * standard, breaches per day, the time to completion against target, escalations by level, the
 * worst breaches with their reasons and evidence, and the input errors.
 *
 * <p>The output depends only on the evaluation and the options (no clock, no locale, no hash
 * order): the same evaluation renders to the same text. Every chart mark carries its figures as
 * {@code data-*} attributes (e.g. {@code data-standard}, {@code data-compliance} in percent with one
 * decimal, {@code data-met}, {@code data-measured}) so tests and tools can read them back.
 *
 * <p>Stateless and thread-safe.
 */
public final class HtmlReport {
    static final String MET_COLOUR = "#2e7d32";
    static final String BREACH_COLOUR = "#c62828";
    static final String AMBER = "#ef8f00";
    /** Colours of standards in stacked charts, by the standard's position in id order. */
    static final List<String> PALETTE = List.of("#1f5fa8", "#c62828", "#ef8f00", "#2e7d32", "#6a3d9a", "#00838f",
            "#8d6e63", "#d81b60", "#546e7a", "#9e9d24");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"')]+[^\\s<>\"').,;]");
    private static final List<String> LEVEL_ORDER = List.of("agent", "team lead", "supervisor", "manager", "director");

    private HtmlReport() {}

    /** Renders with {@link ReportOptions#defaults()}. */
    public static String render(Evaluation evaluation) { return render(evaluation, ReportOptions.defaults()); }

    /**
     * Renders the page.
     *
     * @param evaluation the evaluation, not null
     * @param options    what to show besides it, not null
     * @return the whole HTML document
     */
    public static String render(Evaluation evaluation, ReportOptions options) {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(options, "options");
        return new Page(evaluation, options).render();
    }

    /** Renders the page into a file (UTF-8), replacing it. */
    public static void write(Evaluation evaluation, ReportOptions options, Path file) throws IOException {
        Files.writeString(file, render(evaluation, options), StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------

    /** One rendering. Not thread-safe. */
    private static final class Page {
        private final Evaluation e;
        private final ReportOptions o;
        private final ComplianceReport report;
        private final Map<String, String> colours = new LinkedHashMap<>();
        private final StringBuilder out = new StringBuilder(64 * 1024);

        Page(Evaluation e, ReportOptions o) {
            this.e = e;
            this.o = o;
            this.report = e.report();
            List<String> ids = e.findings().stream().map(Finding::standardId).distinct().sorted().toList();
            for (int i = 0; i < ids.size(); i++) {
                colours.put(ids.get(i), PALETTE.get(i % PALETTE.size()));
            }
        }

        String render() {
            out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .append("<title>").append(esc(o.title())).append("</title>\n<style>\n").append(CSS)
                    .append("</style>\n</head>\n<body>\n");
            header();
            summary();
            compliance();
            breachesPerDay();
            distributions();
            escalations();
            worstCases();
            inputErrors();
            footer();
            out.append("</body>\n</html>\n");
            return out.toString();
        }

        // -- header and summary -----------------------------------------------------------------

        private void header() {
            out.append("<header>\n<h1>").append(esc(o.title())).append("</h1>\n<p class=\"meta\">As of <time datetime=\"")
                    .append(e.asOf()).append("\">").append(esc(when(e.asOf()))).append("</time> · ")
                    .append(e.findings().size()).append(" findings from ").append(e.recordsEvaluated())
                    .append(" records").append(e.recordsRejected() == 0 ? "" : ", " + e.recordsRejected() + " rejected")
                    .append("</p>\n");
            if (o.source() != null) {
                out.append("<p class=\"source\">Source: ").append(esc(o.source())).append("</p>\n");
            }
            if (o.attribution() != null) {
                out.append("<p class=\"attribution\" id=\"attribution\">").append(linked(o.attribution())).append("</p>\n");
            }
            out.append("</header>\n");
        }

        private void summary() {
            Map<FindingKind, Long> counts = e.countsByKind();
            long met = counts.get(FindingKind.MET);
            long breached = counts.get(FindingKind.BREACH);
            long measured = report.byStandard().stream().mapToLong(ComplianceReport.Row::measured).sum();
            long metMeasured = report.byStandard().stream().mapToLong(ComplianceReport.Row::met).sum();
            out.append("<section id=\"summary\" class=\"tiles\">\n");
            tile("compliance", measured == 0 ? "–" : pct(metMeasured, measured) + "%",
                    measured == 0 ? "" : pct(metMeasured, measured), "compliance",
                    metMeasured + " of " + measured + " measured met");
            tile("met", String.valueOf(met), String.valueOf(met), "met", "standards met");
            tile("breaches", String.valueOf(breached), String.valueOf(breached), "breaches", "breaches");
            tile("at-risk", String.valueOf(counts.get(FindingKind.AT_RISK)),
                    String.valueOf(counts.get(FindingKind.AT_RISK)), "at risk", "deadlines close and not yet met");
            tile("escalations", String.valueOf(counts.get(FindingKind.ESCALATION)),
                    String.valueOf(counts.get(FindingKind.ESCALATION)), "escalations", "cases to hand up a level");
            tile("obligations", String.valueOf(counts.get(FindingKind.OBLIGATION)),
                    String.valueOf(counts.get(FindingKind.OBLIGATION)), "open obligations", "follow-ups owed");
            tile("alerts", String.valueOf(counts.get(FindingKind.ALERT)), String.valueOf(counts.get(FindingKind.ALERT)),
                    "alerts", "customers to tell before they ask");
            tile("input-errors", String.valueOf(e.inputErrors().size()), String.valueOf(e.inputErrors().size()),
                    "input errors", "records or rows rejected");
            out.append("</section>\n");
        }

        private void tile(String kpi, String shown, String value, String label, String hint) {
            out.append("<div class=\"tile\" data-kpi=\"").append(kpi).append("\" data-value=\"").append(esc(value))
                    .append("\"><div class=\"big\">").append(esc(shown)).append("</div><div class=\"label\">")
                    .append(esc(label)).append("</div><div class=\"hint\">").append(esc(hint)).append("</div></div>\n");
        }

        // -- compliance per standard ------------------------------------------------------------

        private void compliance() {
            List<ComplianceReport.Row> rows = report.byStandard().stream().filter(r -> r.measured() > 0).toList();
            out.append("<section id=\"compliance\">\n<h2>Compliance per standard</h2>\n");
            if (rows.isEmpty()) {
                out.append("<p class=\"empty\">Nothing was measured.</p>\n</section>\n");
                return;
            }
            int label = 250;
            int bar = 440;
            int rowHeight = 30;
            int top = 24;
            int height = top + rows.size() * rowHeight + 8;
            int width = label + bar + 150;
            out.append("<figure>\n<svg class=\"chart\" id=\"compliance-chart\" role=\"img\" viewBox=\"0 0 ").append(width)
                    .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" aria-label=\"Compliance per standard\">\n");
            for (int p = 0; p <= 100; p += 25) {
                double x = label + bar * p / 100.0;
                out.append("<line class=\"grid\" x1=\"").append(num(x)).append("\" y1=\"").append(top - 6)
                        .append("\" x2=\"").append(num(x)).append("\" y2=\"").append(height - 8).append("\"/>")
                        .append("<text class=\"tick\" x=\"").append(num(x)).append("\" y=\"").append(top - 10)
                        .append("\" text-anchor=\"middle\">").append(p).append("%</text>\n");
            }
            for (int i = 0; i < rows.size(); i++) {
                ComplianceReport.Row r = rows.get(i);
                double share = (double) r.met() / r.measured();
                int y = top + i * rowHeight;
                String pct = pct(r.met(), r.measured());
                String colour = share >= 0.9 ? MET_COLOUR : share >= 0.75 ? AMBER : BREACH_COLOUR;
                out.append("<g class=\"row\" data-standard=\"").append(esc(r.standardId())).append("\">")
                        .append("<text class=\"label\" x=\"").append(label - 10).append("\" y=\"").append(y + 15)
                        .append("\" text-anchor=\"end\">").append(esc(r.standardId())).append("</text>")
                        .append("<rect class=\"track\" x=\"").append(label).append("\" y=\"").append(y + 2)
                        .append("\" width=\"").append(bar).append("\" height=\"18\"/>")
                        .append("<rect class=\"bar compliance\" x=\"").append(label).append("\" y=\"").append(y + 2)
                        .append("\" width=\"").append(num(bar * share)).append("\" height=\"18\" fill=\"").append(colour)
                        .append("\" data-standard=\"").append(esc(r.standardId())).append("\" data-compliance=\"")
                        .append(pct).append("\" data-met=\"").append(r.met()).append("\" data-measured=\"")
                        .append(r.measured()).append("\"><title>").append(esc(r.standardId())).append(": ").append(pct)
                        .append("% met (").append(r.met()).append(" of ").append(r.measured()).append(")</title></rect>")
                        .append("<text class=\"value\" x=\"").append(label + bar + 8).append("\" y=\"").append(y + 15)
                        .append("\" data-standard=\"").append(esc(r.standardId())).append("\">").append(pct).append("% (")
                        .append(r.met()).append('/').append(r.measured()).append(")</text></g>\n");
            }
            out.append("</svg>\n</figure>\n");
            out.append("<table class=\"figures\">\n<thead><tr><th>standard</th><th>target</th><th>measured</th><th>met</th>"
                    + "<th>breached</th><th>compliance</th><th>median</th><th>90th percentile</th><th>at risk</th>"
                    + "<th>obligations</th></tr></thead>\n<tbody>\n");
            for (ComplianceReport.Row r : report.byStandard()) {
                out.append("<tr data-standard=\"").append(esc(r.standardId())).append("\"><td>").append(esc(r.standardId()))
                        .append("</td><td>").append(esc(targets(r.standardId()))).append("</td><td class=\"n\">")
                        .append(r.measured()).append("</td><td class=\"n\">").append(r.met())
                        .append("</td><td class=\"n\">").append(r.breached()).append("</td><td class=\"n\">")
                        .append(r.measured() == 0 ? "–" : pct(r.met(), r.measured()) + "%").append("</td><td class=\"n\">")
                        .append(r.median() == null ? "–" : esc(Text.duration(r.median()))).append("</td><td class=\"n\">")
                        .append(r.p90() == null ? "–" : esc(Text.duration(r.p90()))).append("</td><td class=\"n\">")
                        .append(r.atRisk()).append("</td><td class=\"n\">").append(r.obligations()).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n<p class=\"note\">Median and 90th percentile: time to completion in the"
                    + " target's own time (business time for business targets), pauses excluded.</p>\n</section>\n");
        }

        /** The distinct targets of a standard's measured findings, most common first. */
        private String targets(String standardId) {
            Map<String, Long> counts = e.findings(standardId).stream().filter(f -> f.target() != null)
                    .collect(Collectors.groupingBy(Finding::target, TreeMap::new, Collectors.counting()));
            return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).collect(Collectors.joining(", "));
        }

        // -- breaches per day -------------------------------------------------------------------

        private void breachesPerDay() {
            out.append("<section id=\"breaches-per-day\">\n<h2>Breaches per day</h2>\n");
            List<Finding> breaches = e.breaches();
            if (breaches.isEmpty()) {
                out.append("<p class=\"empty\">No breaches.</p>\n</section>\n");
                return;
            }
            TreeMap<LocalDate, Map<String, Integer>> byDay = new TreeMap<>();
            for (Finding f : breaches) {
                LocalDate day = (f.dueAt() != null ? f.dueAt() : f.at()).atZone(o.zone()).toLocalDate();
                byDay.computeIfAbsent(day, d -> new TreeMap<>()).merge(f.standardId(), 1, Integer::sum);
            }
            LocalDate first = byDay.firstKey();
            LocalDate last = byDay.lastKey();
            boolean weekly = ChronoUnit.DAYS.between(first, last) + 1 > o.maxDays();
            TreeMap<LocalDate, Map<String, Integer>> buckets = new TreeMap<>();
            if (weekly) {
                byDay.forEach((d, m) -> {
                    Map<String, Integer> w = buckets.computeIfAbsent(d.with(TemporalAdjusters.previousOrSame(
                            DayOfWeek.MONDAY)), k -> new TreeMap<>());
                    m.forEach((s, n) -> w.merge(s, n, Integer::sum));
                });
                first = buckets.firstKey();
                last = buckets.lastKey();
            } else {
                buckets.putAll(byDay);
            }
            List<LocalDate> columns = new ArrayList<>();
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(weekly ? 7 : 1)) {
                columns.add(d);
            }
            int max = buckets.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                    .max().orElse(1);
            int scale = niceCeiling(max);
            int left = 48;
            int plotWidth = Math.max(320, Math.min(900, columns.size() * 36));
            int plotHeight = 200;
            int top = 16;
            int width = left + plotWidth + 16;
            int height = top + plotHeight + 44;
            double step = (double) plotWidth / columns.size();
            double barWidth = Math.max(2, step * 0.7);
            out.append("<p class=\"note\">By the day the deadline passed (").append(weekly ? "per week, from Monday; " : "")
                    .append(esc(zoneName())).append("). Total: ").append(breaches.size()).append(".</p>\n");
            out.append("<figure>\n<svg class=\"chart\" id=\"breaches-chart\" role=\"img\" viewBox=\"0 0 ").append(width)
                    .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" aria-label=\"Breaches per ").append(weekly ? "week" : "day").append("\">\n");
            yAxis(left, top, plotWidth, plotHeight, scale);
            int labelEvery = Math.max(1, (int) Math.ceil(columns.size() / 16.0));
            for (int i = 0; i < columns.size(); i++) {
                LocalDate d = columns.get(i);
                Map<String, Integer> m = buckets.getOrDefault(d, Map.of());
                int total = m.values().stream().mapToInt(Integer::intValue).sum();
                double x = left + i * step + (step - barWidth) / 2;
                double y = top + plotHeight;
                out.append("<g class=\"day\" data-day=\"").append(d).append("\" data-count=\"").append(total).append("\">");
                for (Map.Entry<String, Integer> s : m.entrySet()) {
                    double h = plotHeight * s.getValue() / (double) scale;
                    y -= h;
                    out.append("<rect class=\"bar breach\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
                            .append("\" width=\"").append(num(barWidth)).append("\" height=\"").append(num(h))
                            .append("\" fill=\"").append(colours.get(s.getKey())).append("\" data-standard=\"")
                            .append(esc(s.getKey())).append("\" data-count=\"").append(s.getValue()).append("\"><title>")
                            .append(esc(s.getKey())).append(": ").append(s.getValue()).append(" on ")
                            .append(esc(DAY.format(d))).append("</title></rect>");
                }
                if (total > 0) {
                    out.append("<text class=\"count\" x=\"").append(num(x + barWidth / 2)).append("\" y=\"")
                            .append(num(y - 4)).append("\" text-anchor=\"middle\">").append(total).append("</text>");
                }
                if (i % labelEvery == 0) {
                    out.append("<text class=\"tick\" x=\"").append(num(x + barWidth / 2)).append("\" y=\"")
                            .append(top + plotHeight + 16).append("\" text-anchor=\"middle\">")
                            .append(esc(SHORT_DAY.format(d))).append("</text>");
                    if (d.getYear() != columns.get(0).getYear() || i == 0) {
                        out.append("<text class=\"tick year\" x=\"").append(num(x + barWidth / 2)).append("\" y=\"")
                                .append(top + plotHeight + 30).append("\" text-anchor=\"middle\">").append(d.getYear())
                                .append("</text>");
                    }
                }
                out.append("</g>\n");
            }
            out.append("</svg>\n");
            legend(buckets.values().stream().flatMap(m -> m.keySet().stream()).collect(Collectors.toCollection(TreeSet::new)));
            out.append("</figure>\n</section>\n");
        }

        private void yAxis(int left, int top, int plotWidth, int plotHeight, int scale) {
            int ticks = ticks(scale);
            for (int t = 0; t <= ticks; t++) {
                double v = (double) scale * t / ticks;
                double y = top + plotHeight - plotHeight * t / (double) ticks;
                out.append("<line class=\"grid\" x1=\"").append(left).append("\" y1=\"").append(num(y)).append("\" x2=\"")
                        .append(left + plotWidth).append("\" y2=\"").append(num(y)).append("\"/><text class=\"tick\" x=\"")
                        .append(left - 6).append("\" y=\"").append(num(y + 4)).append("\" text-anchor=\"end\">")
                        .append(v == Math.rint(v) ? String.valueOf((long) v) : num(v)).append("</text>\n");
            }
        }

        private void legend(Iterable<String> standards) {
            out.append("<figcaption class=\"legend\">");
            for (String s : standards) {
                out.append("<span class=\"key\" data-standard=\"").append(esc(s)).append("\"><i style=\"background:")
                        .append(colours.get(s)).append("\"></i>").append(esc(s)).append("</span>");
            }
            out.append("</figcaption>\n");
        }

        // -- time to completion against target --------------------------------------------------

        private void distributions() {
            out.append("<section id=\"time-to-target\">\n<h2>Time to respond or resolve, against target</h2>\n");
            List<String> standards = o.distributions();
            if (standards.isEmpty()) {
                Map<String, Long> measured = e.findings().stream().filter(f -> f.isMeasured() && f.elapsed() != null)
                        .collect(Collectors.groupingBy(Finding::standardId, TreeMap::new, Collectors.counting()));
                standards = measured.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(4).map(Map.Entry::getKey).toList();
            }
            out.append("<p class=\"note\">How long each measured deadline took (time to the reply, fill or resolution"
                    + " in the target's own time, pauses excluded), one chart per standard and target. Each bin spans"
                    + " twice the time of the one before it (a logarithmic axis); the dashed line is the target");
            out.append(", a business day counted as ").append(esc(Text.duration(o.businessDay())))
                    .append(" of working time.</p>\n");
            boolean any = false;
            out.append("<div class=\"panels\">\n");
            for (String standard : standards) {
                Map<String, List<Finding>> byTarget = e.findings(standard).stream()
                        .filter(f -> f.isMeasured() && f.elapsed() != null)
                        .collect(Collectors.groupingBy(f -> f.target() == null ? "no target" : f.target(),
                                TreeMap::new, Collectors.toList()));
                List<Map.Entry<String, List<Finding>>> panels = new ArrayList<>(byTarget.entrySet());
                panels.sort(Comparator.comparing((Map.Entry<String, List<Finding>> p) -> nominal(p.getKey(), p.getValue()))
                        .thenComparing(Map.Entry::getKey));
                for (Map.Entry<String, List<Finding>> p : panels) {
                    panel(standard, p.getKey(), p.getValue());
                    any = true;
                }
            }
            out.append("</div>\n");
            if (!any) {
                out.append("<p class=\"empty\">No measured times.</p>\n");
            }
            out.append("</section>\n");
        }

        /** The target as a duration on the elapsed axis; from the data when the target is not a time. */
        private Duration nominal(String target, List<Finding> findings) {
            try {
                Target t = Target.parse(target);
                Duration d = t.kind() == TargetKind.BUSINESS_DAYS ? o.businessDay().multipliedBy(t.days()) : t.duration();
                if (!d.isZero()) {
                    return d;
                }
            } catch (IllegalArgumentException notATime) {
                // e.g. "3 rings": fall back to the data
            }
            Duration longestMet = findings.stream().filter(f -> f.kind() == FindingKind.MET).map(Finding::elapsed)
                    .max(Comparator.naturalOrder()).orElse(null);
            if (longestMet != null && !longestMet.isZero()) {
                return longestMet;
            }
            Duration longest = findings.stream().map(Finding::elapsed).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
            return longest.isZero() ? Duration.ofSeconds(1) : longest;
        }

        private void panel(String standard, String target, List<Finding> findings) {
            Duration t = nominal(target, findings);
            // Bins [0, T/16), [T/16, T/8), ..., [T/2, T], (T, 2T], ..., (8T, inf): the target is the edge between two bins.
            int bins = 10;
            int[] met = new int[bins];
            int[] breached = new int[bins];
            for (Finding f : findings) {
                int b = bin(f.elapsed(), t);
                if (f.kind() == FindingKind.MET) {
                    met[b]++;
                } else {
                    breached[b]++;
                }
            }
            int max = 0;
            for (int i = 0; i < bins; i++) {
                max = Math.max(max, met[i] + breached[i]);
            }
            int scale = niceCeiling(Math.max(1, max));
            List<Duration> times = findings.stream().map(Finding::elapsed).sorted().toList();
            Duration median = times.get(Math.max(0, (int) Math.ceil(0.5 * times.size()) - 1));
            Duration p90 = times.get(Math.max(0, (int) Math.ceil(0.9 * times.size()) - 1));
            long metCount = findings.stream().filter(f -> f.kind() == FindingKind.MET).count();
            int left = 40;
            int plotWidth = 360;
            int plotHeight = 150;
            int top = 14;
            int width = left + plotWidth + 12;
            int height = top + plotHeight + 48;
            double step = plotWidth / (double) bins;
            out.append("<figure class=\"panel\" data-standard=\"").append(esc(standard)).append("\" data-target=\"")
                    .append(esc(target)).append("\" data-measured=\"").append(findings.size()).append("\" data-met=\"")
                    .append(metCount).append("\">\n<figcaption><b>").append(esc(standard)).append("</b> · target ")
                    .append(esc(target)).append("<br><span class=\"hint\">").append(findings.size()).append(" measured, ")
                    .append(metCount).append(" met; median ").append(esc(Text.duration(median))).append(", 90th percentile ")
                    .append(esc(Text.duration(p90))).append("</span></figcaption>\n")
                    .append("<svg class=\"chart histogram\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ')
                    .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" aria-label=\"").append(esc(standard + ", target " + target)).append("\">\n");
            yAxis(left, top, plotWidth, plotHeight, scale);
            for (int i = 0; i < bins; i++) {
                double x = left + i * step + 3;
                double w = step - 6;
                double base = top + plotHeight;
                double hm = plotHeight * met[i] / (double) scale;
                double hb = plotHeight * breached[i] / (double) scale;
                Duration from = i == 0 ? Duration.ZERO : t.multipliedBy(1L << (i - 1)).dividedBy(16);
                String to = i == bins - 1 ? "" : t.multipliedBy(1L << i).dividedBy(16).toString();
                out.append("<g class=\"bin\" data-from=\"").append(from).append("\" data-to=\"").append(to)
                        .append("\" data-met=\"").append(met[i]).append("\" data-breached=\"").append(breached[i]).append("\">");
                if (met[i] > 0) {
                    out.append("<rect class=\"bar met\" x=\"").append(num(x)).append("\" y=\"").append(num(base - hm))
                            .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(hm)).append("\" fill=\"")
                            .append(MET_COLOUR).append("\"><title>").append(met[i]).append(" met</title></rect>");
                }
                if (breached[i] > 0) {
                    out.append("<rect class=\"bar breach\" x=\"").append(num(x)).append("\" y=\"").append(num(base - hm - hb))
                            .append("\" width=\"").append(num(w)).append("\" height=\"").append(num(hb)).append("\" fill=\"")
                            .append(BREACH_COLOUR).append("\"><title>").append(breached[i]).append(" breached</title></rect>");
                }
                int total = met[i] + breached[i];
                if (total > 0) {
                    out.append("<text class=\"count\" x=\"").append(num(x + w / 2)).append("\" y=\"")
                            .append(num(base - hm - hb - 3)).append("\" text-anchor=\"middle\">").append(total).append("</text>");
                }
                out.append("</g>\n");
            }
            for (int i = 0; i <= bins; i += 2) {
                double x = left + i * step;
                String label = i == 0 ? "0" : i == bins ? "" : shortDuration(t.multipliedBy(1L << (i - 1)).dividedBy(16));
                out.append("<text class=\"tick\" x=\"").append(num(x)).append("\" y=\"").append(top + plotHeight + 14)
                        .append("\" text-anchor=\"middle\">").append(esc(label)).append("</text>");
            }
            double targetX = left + 5 * step;
            out.append("\n<line class=\"target\" x1=\"").append(num(targetX)).append("\" y1=\"").append(top - 4)
                    .append("\" x2=\"").append(num(targetX)).append("\" y2=\"").append(top + plotHeight).append("\" data-target=\"")
                    .append(esc(target)).append("\" data-nominal=\"").append(t).append("\"/><text class=\"target-label\" x=\"")
                    .append(num(targetX + 4)).append("\" y=\"").append(top + 6).append("\">target ").append(esc(target))
                    .append("</text>\n<text class=\"axis\" x=\"").append(left + plotWidth / 2).append("\" y=\"")
                    .append(top + plotHeight + 34).append("\" text-anchor=\"middle\">time to completion")
                    .append(business(target) ? " (business hours)" : "").append("</text>\n")
                    .append("</svg>\n</figure>\n");
        }

        private static boolean business(String target) {
            try {
                return Target.parse(target).kind() != TargetKind.CALENDAR_TIME;
            } catch (IllegalArgumentException notATime) {
                return false;
            }
        }

        private static int bin(Duration elapsed, Duration target) {
            // elapsed <= T/16 -> 0; (T/2^(k+1), T/2^k] -> 4-k below the target; (T*2^k, T*2^(k+1)] -> 5+k above it.
            if (elapsed.compareTo(target) <= 0) {
                for (int i = 4; i >= 1; i--) {
                    if (elapsed.compareTo(target.dividedBy(1L << (5 - i))) > 0) {
                        return i;
                    }
                }
                return 0;
            }
            for (int i = 5; i < 9; i++) {
                if (elapsed.compareTo(target.multipliedBy(1L << (i - 4))) <= 0) {
                    return i;
                }
            }
            return 9;
        }

        // -- escalations ------------------------------------------------------------------------

        private void escalations() {
            out.append("<section id=\"escalations\">\n<h2>Escalations by level</h2>\n");
            List<Finding> escalations = e.findings(FindingKind.ESCALATION);
            if (escalations.isEmpty()) {
                out.append("<p class=\"empty\">No escalations.</p>\n</section>\n");
                return;
            }
            Map<String, Map<String, Integer>> byLevel = new TreeMap<>(Comparator.comparingInt(HtmlReport::levelRank)
                    .thenComparing(Comparator.naturalOrder()));
            for (Finding f : escalations) {
                String level = f.attribute("level") == null ? "unspecified" : f.attribute("level");
                byLevel.computeIfAbsent(level, k -> new TreeMap<>()).merge(f.standardId(), 1, Integer::sum);
            }
            int max = byLevel.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                    .max().orElse(1);
            int label = 140;
            int bar = 520;
            int rowHeight = 34;
            int top = 8;
            int width = label + bar + 70;
            int height = top + byLevel.size() * rowHeight + 6;
            out.append("<figure>\n<svg class=\"chart\" id=\"escalations-chart\" role=\"img\" viewBox=\"0 0 ").append(width)
                    .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                    .append("\" aria-label=\"Escalations by level\">\n");
            int i = 0;
            for (Map.Entry<String, Map<String, Integer>> level : byLevel.entrySet()) {
                int total = level.getValue().values().stream().mapToInt(Integer::intValue).sum();
                int y = top + i * rowHeight;
                out.append("<g class=\"level\" data-level=\"").append(esc(level.getKey())).append("\" data-count=\"")
                        .append(total).append("\"><text class=\"label\" x=\"").append(label - 10).append("\" y=\"")
                        .append(y + 17).append("\" text-anchor=\"end\">").append(esc(level.getKey())).append("</text>");
                double x = label;
                for (Map.Entry<String, Integer> s : level.getValue().entrySet()) {
                    double w = bar * s.getValue() / (double) max;
                    out.append("<rect class=\"bar escalation\" x=\"").append(num(x)).append("\" y=\"").append(y + 3)
                            .append("\" width=\"").append(num(w)).append("\" height=\"22\" fill=\"")
                            .append(colours.get(s.getKey())).append("\" data-standard=\"").append(esc(s.getKey()))
                            .append("\" data-count=\"").append(s.getValue()).append("\"><title>").append(esc(s.getKey()))
                            .append(": ").append(s.getValue()).append(" to ").append(esc(level.getKey()))
                            .append("</title></rect>");
                    x += w;
                }
                out.append("<text class=\"value\" x=\"").append(num(x + 6)).append("\" y=\"").append(y + 18).append("\">")
                        .append(total).append("</text></g>\n");
                i++;
            }
            out.append("</svg>\n");
            legend(byLevel.values().stream().flatMap(m -> m.keySet().stream()).collect(Collectors.toCollection(TreeSet::new)));
            out.append("</figure>\n</section>\n");
        }

        // -- worst cases --------------------------------------------------------------------------

        private void worstCases() {
            out.append("<section id=\"worst-cases\">\n<h2>Worst breaches</h2>\n");
            List<Finding> worst = e.breaches().stream()
                    .sorted(Comparator.comparing(Finding::lateBy, Comparator.nullsLast(Comparator.reverseOrder()))
                            .thenComparing(Finding.ORDER))
                    .limit(o.worstCases()).toList();
            if (worst.isEmpty()) {
                out.append("<p class=\"empty\">No breaches.</p>\n</section>\n");
                return;
            }
            out.append("<p class=\"note\">The ").append(worst.size()).append(" breaches latest past their deadline, with the"
                    + " records that prove them.</p>\n<table class=\"worst\">\n<thead><tr><th>#</th><th>standard</th>"
                    + "<th>subject</th><th>customer</th><th>agent</th><th>due</th><th>late by</th><th>reason</th>"
                    + "<th>evidence</th></tr></thead>\n<tbody>\n");
            int rank = 1;
            for (Finding f : worst) {
                out.append("<tr data-rank=\"").append(rank).append("\" data-standard=\"").append(esc(f.standardId()))
                        .append("\" data-subject=\"").append(esc(f.subjectType() + " " + f.subjectId()))
                        .append("\" data-late-by=\"").append(f.lateBy() == null ? "" : f.lateBy().toString()).append("\"><td>")
                        .append(rank++).append("</td><td>").append(esc(f.standardId())).append("</td><td>")
                        .append(esc(f.subjectType() + " " + f.subjectId())).append("</td><td>")
                        .append(esc(f.customerId() == null ? "–" : f.customerId())).append("</td><td>")
                        .append(esc(f.agentId() == null ? "–" : f.agentId())).append("</td><td class=\"when\">")
                        .append(f.dueAt() == null ? "–" : esc(when(f.dueAt()))).append("</td><td class=\"n\">")
                        .append(f.lateBy() == null ? "–" : esc(Text.duration(f.lateBy())));
                if (f.businessLateBy() != null) {
                    out.append("<br><span class=\"hint\">").append(esc(Text.duration(f.businessLateBy())))
                            .append(" business</span>");
                }
                out.append("</td><td class=\"reason\">").append(esc(f.reason())).append("</td><td class=\"evidence\">")
                        .append(f.evidence().stream().map(RecordRef::toString).map(HtmlReport::esc)
                                .collect(Collectors.joining("<br>")))
                        .append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n</section>\n");
        }

        private void inputErrors() {
            List<InputError> errors = e.inputErrors();
            if (errors.isEmpty()) {
                return;
            }
            int shown = Math.min(20, errors.size());
            out.append("<section id=\"input-errors\">\n<h2>Input errors</h2>\n<p class=\"note\">").append(errors.size())
                    .append(errors.size() == 1 ? " record or row was" : " records or rows were")
                    .append(" rejected; everything else was evaluated.")
                    .append(shown < errors.size() ? " The first " + shown + ":" : "").append("</p>\n<ul class=\"errors\">\n");
            for (InputError err : errors.subList(0, shown)) {
                out.append("<li>").append(esc(err.toString())).append("</li>\n");
            }
            out.append("</ul>\n</section>\n");
        }

        private void footer() {
            out.append("<footer>\n");
            if (o.attribution() != null) {
                out.append("<p class=\"attribution\">").append(linked(o.attribution())).append("</p>\n");
            }
            out.append("<p>Rendered by service-standards from an evaluation as of ").append(esc(when(e.asOf())))
                    .append(". Every breach names the records that prove it.</p>\n</footer>\n");
        }

        private String when(Instant t) {
            return Text.when(t, o.zone()) + " " + zoneName();
        }

        private String zoneName() {
            return o.zone().normalized().equals(java.time.ZoneOffset.UTC) ? "UTC" : o.zone().getId();
        }
    }

    // ---------------------------------------------------------------------------------------------

    static int levelRank(String level) {
        int i = LEVEL_ORDER.indexOf(level.toLowerCase(Locale.ROOT));
        return i < 0 ? LEVEL_ORDER.size() : i;
    }

    /** How many steps divide a {@link #niceCeiling} scale into whole numbers: 10 -> 5, 20 -> 4, 5 -> 5, 2 -> 2. */
    static int ticks(int scale) {
        int lead = scale;
        while (lead % 10 == 0) {
            lead /= 10;
        }
        return switch (lead) {
            case 5 -> 5;
            case 2 -> scale >= 20 ? 4 : 2;
            default -> scale >= 10 ? 5 : 1;
        };
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least {@code n}. */
    static int niceCeiling(int n) {
        int p = 1;
        while (true) {
            for (int m : new int[] {1, 2, 5}) {
                if ((long) m * p >= n) {
                    return m * p;
                }
            }
            p *= 10;
        }
    }

    /** {@code met / measured} in percent with one decimal, e.g. {@code 69.4}. */
    static String pct(long met, long measured) {
        return String.format(Locale.ROOT, "%.1f", 100.0 * met / measured);
    }

    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.endsWith(".00") ? s.substring(0, s.length() - 3) : s;
    }

    /** {@code 45 s}, {@code 15 min}, {@code 2 h}, {@code 1.5 h}, {@code 192 h}: hours, never days, on a time axis. */
    static String shortDuration(Duration d) {
        long s = d.getSeconds();
        if (s < 120) {
            return s + " s";
        }
        if (s < 3600) {
            return trim(s / 60.0) + " min";
        }
        return trim(s / 3600.0) + " h";
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Escaped text with its http(s) addresses as links. */
    static String linked(String text) {
        Matcher m = URL.matcher(text);
        StringBuilder b = new StringBuilder();
        int at = 0;
        while (m.find()) {
            b.append(esc(text.substring(at, m.start()))).append("<a href=\"").append(esc(m.group())).append("\">")
                    .append(esc(m.group())).append("</a>");
            at = m.end();
        }
        return b.append(esc(text.substring(at))).toString();
    }

    private static final String CSS = """
            :root { --ink: #1d2733; --muted: #5b6673; --line: #d8dee6; --soft: #f3f5f8; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 1180px; padding: 24px 28px 40px; color: var(--ink); background: #fff;
                   font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            h1 { font-size: 26px; margin: 0 0 4px; }
            h2 { font-size: 18px; margin: 0 0 8px; padding-top: 4px; }
            header { border-bottom: 2px solid var(--ink); padding-bottom: 10px; margin-bottom: 18px; }
            header p { margin: 2px 0; }
            .meta, .source, .note, .hint, footer { color: var(--muted); }
            .attribution { font-size: 13px; background: var(--soft); border-left: 4px solid #1f5fa8; padding: 6px 10px;
                           margin-top: 8px !important; color: var(--ink); }
            section { margin: 0 0 26px; }
            .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr)); gap: 10px; }
            .tile { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; background: var(--soft); }
            .tile .big { font-size: 24px; font-weight: 650; }
            .tile .label { font-weight: 600; }
            .tile .hint { font-size: 12px; }
            .tile[data-kpi="breaches"] .big { color: #c62828; }
            .tile[data-kpi="met"] .big { color: #2e7d32; }
            figure { margin: 6px 0 10px; }
            svg.chart { max-width: 100%; height: auto; display: block; font-size: 12px;
                        font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            svg .grid { stroke: var(--line); stroke-width: 1; }
            svg .tick, svg .axis { fill: var(--muted); font-size: 11px; }
            svg .label { fill: var(--ink); font-size: 12.5px; }
            svg .value, svg .count { fill: var(--ink); font-size: 12px; font-weight: 600; }
            svg .track { fill: var(--soft); }
            svg .target { stroke: #1d2733; stroke-width: 1.5; stroke-dasharray: 5 3; }
            svg .target-label { fill: #1d2733; font-size: 11px; }
            .legend { display: flex; flex-wrap: wrap; gap: 4px 16px; font-size: 12.5px; margin-top: 6px; }
            .legend i { display: inline-block; width: 11px; height: 11px; margin-right: 5px; border-radius: 2px;
                        vertical-align: -1px; }
            .panels { display: grid; grid-template-columns: repeat(auto-fill, minmax(400px, 1fr)); gap: 8px 20px; }
            .panel figcaption { font-size: 13px; margin-bottom: 2px; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; }
            th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
            th { background: var(--soft); font-weight: 600; white-space: nowrap; }
            td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.when { white-space: nowrap; }
            td.reason { min-width: 300px; }
            td.evidence { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace;
                          font-size: 12px; }
            .empty { color: var(--muted); font-style: italic; }
            ul.errors { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 12px; }
            footer { border-top: 1px solid var(--line); padding-top: 10px; font-size: 13px; }
            """;
}
