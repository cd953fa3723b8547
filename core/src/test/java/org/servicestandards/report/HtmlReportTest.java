package org.servicestandards.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.InputError;

/** The HTML report: its figures equal the evaluation's, it is self-contained and deterministic. */
class HtmlReportTest {
    static final Instant MON_0900 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant AS_OF = Instant.parse("2026-03-09T09:00:00Z");

    static Finding measured(FindingKind kind, String standard, String id, String target, Duration elapsed, Instant due,
                            Duration lateBy) {
        return Finding.builder(kind, standard, "interaction", id).customer("C-1").agent("A-1").startedAt(MON_0900)
                .dueAt(due).at(lateBy == null ? due : due.plus(lateBy)).lateBy(lateBy).elapsed(elapsed).target(target)
                .evidence(List.of(RecordRef.interaction(id))).reason(standard + " " + kind + " for " + id + ".").build();
    }

    static Finding escalation(String standard, String caseId, String level) {
        return Finding.builder(FindingKind.ESCALATION, standard, "case", caseId).customer("C-1").caseId(caseId)
                .dueAt(MON_0900).at(MON_0900).attribute("level", level).reason("Escalate " + caseId + " to " + level + ".")
                .evidence(List.of(new RecordRef("case", caseId))).build();
    }

    /** response.email: 3 met, 1 breached (75.0%); resolution.case: 1 met, 2 breached (33.3%); escalations. */
    static List<Finding> findings() {
        Instant tue = Instant.parse("2026-03-03T09:00:00Z");
        Instant wed = Instant.parse("2026-03-04T09:00:00Z");
        List<Finding> f = new ArrayList<>();
        f.add(measured(FindingKind.MET, "response.email", "I-1", "1 business day", Duration.ofMinutes(20), tue, null));
        f.add(measured(FindingKind.MET, "response.email", "I-2", "1 business day", Duration.ofHours(3), tue, null));
        f.add(measured(FindingKind.MET, "response.email", "I-3", "1 business day", Duration.ofHours(8), tue, null));
        f.add(measured(FindingKind.BREACH, "response.email", "I-4", "1 business day", Duration.ofHours(9), tue,
                Duration.ofHours(2)));
        f.add(measured(FindingKind.MET, "resolution.case", "K-1", "4 business hours", Duration.ofHours(1), MON_0900, null));
        f.add(measured(FindingKind.BREACH, "resolution.case", "K-2", "4 business hours", Duration.ofHours(30), wed,
                Duration.ofDays(3)));
        f.add(measured(FindingKind.BREACH, "resolution.case", "K-3", "4 business hours", Duration.ofHours(5), wed,
                Duration.ofMinutes(70)));
        f.add(escalation("resolution.escalate.overdue", "K-2", "manager"));
        f.add(escalation("resolution.escalate.overdue", "K-2", "supervisor"));
        f.add(escalation("resolution.escalate.overdue", "K-3", "supervisor"));
        f.add(escalation("resolution.escalate.reassigned", "K-4", "supervisor"));
        return f;
    }

    static Evaluation evaluation() {
        return new Evaluation(AS_OF, findings(), List.of(), 12, 0);
    }

    static List<String> all(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.groupCount() == 0 ? m.group() : m.group(1));
        }
        return out;
    }

    @Test
    void complianceBars_carryTheComputedCompliance() {
        String html = HtmlReport.render(evaluation());

        assertThat(all(html, "<rect class=\"bar compliance\"[^>]*data-standard=\"([^\"]+)\"")).containsExactly(
                "resolution.case", "response.email");
        assertThat(all(html, "<rect class=\"bar compliance\"[^>]*data-compliance=\"([^\"]+)\""))
                .containsExactly("33.3", "75.0");
        assertThat(html).contains("data-met=\"3\" data-measured=\"4\"").contains(">75.0% (3/4)</text>")
                .contains(">33.3% (1/3)</text>");
        // the bar's length is its share of the 440-pixel track
        assertThat(html).contains("width=\"330\" height=\"18\" fill=\"#ef8f00\" data-standard=\"response.email\"");
        assertThat(html).contains("data-kpi=\"compliance\" data-value=\"57.1\"");
    }

    @Test
    void breachesPerDay_byTheDayTheDeadlinePassed_withEmptyDays() {
        String html = HtmlReport.render(evaluation());

        assertThat(all(html, "<g class=\"day\" data-day=\"([^\"]+)\" data-count=\"\\d+\"")).containsExactly(
                "2026-03-03", "2026-03-04");
        assertThat(html).contains("<g class=\"day\" data-day=\"2026-03-03\" data-count=\"1\">")
                .contains("<g class=\"day\" data-day=\"2026-03-04\" data-count=\"2\">");
    }

    @Test
    void breachesPerWeek_whenTheSpanIsLongerThanMaxDays() {
        String html = HtmlReport.render(evaluation(), ReportOptions.builder().maxDays(1).build());

        assertThat(html).contains("<g class=\"day\" data-day=\"2026-03-02\" data-count=\"3\">").contains("per week");
    }

    @Test
    void timeDistribution_binsAroundTheTarget_andDrawsTheTargetLine() {
        String html = HtmlReport.render(evaluation());

        // 1 business day = 8 h: 20 min in (0, 30 min], 3 h in (2 h, 4 h], 8 h in (4 h, 8 h], 9 h in (8 h, 16 h]
        String email = html.substring(html.indexOf("<figure class=\"panel\" data-standard=\"response.email\""));
        email = email.substring(0, email.indexOf("</figure>"));
        assertThat(email).contains("data-target=\"1 business day\" data-measured=\"4\" data-met=\"3\"")
                .contains("<g class=\"bin\" data-from=\"PT0S\" data-to=\"PT30M\" data-met=\"1\" data-breached=\"0\">")
                .contains("<g class=\"bin\" data-from=\"PT2H\" data-to=\"PT4H\" data-met=\"1\" data-breached=\"0\">")
                .contains("<g class=\"bin\" data-from=\"PT4H\" data-to=\"PT8H\" data-met=\"1\" data-breached=\"0\">")
                .contains("<g class=\"bin\" data-from=\"PT8H\" data-to=\"PT16H\" data-met=\"0\" data-breached=\"1\">")
                .contains("<line class=\"target\"").contains("data-nominal=\"PT8H\"");
        // the most measured standard comes first
        assertThat(all(html, "<figure class=\"panel\" data-standard=\"([^\"]+)\"")).containsExactly(
                "response.email", "resolution.case");
    }

    @Test
    void escalationsByLevel_inLadderOrder_stackedByStandard() {
        String html = HtmlReport.render(evaluation());

        assertThat(all(html, "<g class=\"level\" data-level=\"([^\"]+)\"")).containsExactly("supervisor", "manager");
        assertThat(html).contains("data-level=\"supervisor\" data-count=\"3\"").contains("data-level=\"manager\" data-count=\"1\"")
                .contains("data-standard=\"resolution.escalate.reassigned\" data-count=\"1\"");
    }

    @Test
    void worstCases_latestFirst_withReasonAndEvidence() {
        String html = HtmlReport.render(evaluation(), ReportOptions.builder().worstCases(2).build());

        assertThat(all(html, "<tr data-rank=\"\\d+\" data-standard=\"[^\"]+\" data-subject=\"([^\"]+)\""))
                .containsExactly("interaction K-2", "interaction I-4");
        assertThat(html).contains("resolution.case BREACH for K-2.").contains("interaction K-2</td>")
                .contains("data-late-by=\"PT72H\"");
    }

    @Test
    void theAttribution_isInTheHeaderAndTheFooter_withItsLink() {
        String html = HtmlReport.render(evaluation(), ReportOptions.builder().source("log.csv")
                .attribution("Data: A & B (2018), https://doi.org/10.24432/C57S4H, CC BY 4.0.").build());

        assertThat(all(html, "<p class=\"attribution\"[^>]*>([^\\n]*)</p>")).hasSize(2).allSatisfy(a -> assertThat(a)
                .isEqualTo("Data: A &amp; B (2018), <a href=\"https://doi.org/10.24432/C57S4H\">"
                        + "https://doi.org/10.24432/C57S4H</a>, CC BY 4.0."));
        assertThat(html).contains("<p class=\"source\">Source: log.csv</p>");
    }

    @Test
    void selfContained_noScriptNoExternalResource_andTextIsEscaped() {
        List<Finding> f = new ArrayList<>(findings());
        f.add(Finding.builder(FindingKind.BREACH, "conduct.language", "interaction", "I-<9>").dueAt(MON_0900).at(MON_0900)
                .reason("Said \"<script>alert(1)</script>\" & more.").build());
        String html = HtmlReport.render(new Evaluation(AS_OF, f, List.of(), 1, 0),
                ReportOptions.builder().attribution("see https://example.org/x").build());

        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("src=").doesNotContain("url(")
                .doesNotContain("@import").doesNotContain("<link").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("I-&lt;9&gt;");
        assertThat(all(html, "href=\"([^\"]+)\"")).containsOnly("https://example.org/x");
    }

    @Test
    void sameEvaluation_sameText_whateverTheOrderOfFindings() {
        long seed = new Random().nextLong();
        List<Finding> shuffled = new ArrayList<>(findings());
        Collections.shuffle(shuffled, new Random(seed));
        ReportOptions options = ReportOptions.builder().zone(ZoneId.of("Europe/London")).build();

        assertThat(HtmlReport.render(new Evaluation(AS_OF, shuffled, List.of(), 12, 0), options))
                .as("seed %d", seed).isEqualTo(HtmlReport.render(evaluation(), options));
    }

    @Test
    void anEmptyEvaluation_saysSo() {
        String html = HtmlReport.render(new Evaluation(AS_OF, List.of(), List.of(), 0, 0));

        assertThat(html).contains("Nothing was measured.").contains("No breaches.").contains("No escalations.")
                .contains("No measured times.").contains("data-kpi=\"compliance\" data-value=\"\"")
                .doesNotContain("id=\"input-errors\"");
    }

    @Test
    void inputErrors_areListed() {
        InputError error = InputError.of("incident", "INC1", "opened_at", "is bad").at("log.csv:3:10");
        String html = HtmlReport.render(new Evaluation(AS_OF, findings(), List.of(error), 12, 1));

        assertThat(html).contains("<li>log.csv:3:10: incident INC1: field &#39;opened_at&#39; is bad</li>")
                .contains("data-kpi=\"input-errors\" data-value=\"1\"");
    }

    @Test
    void helpers() {
        assertThat(HtmlReport.niceCeiling(1)).isEqualTo(1);
        assertThat(HtmlReport.niceCeiling(142)).isEqualTo(200);
        assertThat(HtmlReport.niceCeiling(5)).isEqualTo(5);
        assertThat(HtmlReport.niceCeiling(6)).isEqualTo(10);
        assertThat(HtmlReport.shortDuration(Duration.ofHours(192))).isEqualTo("192 h");
        assertThat(HtmlReport.shortDuration(Duration.ofMinutes(90))).isEqualTo("1.5 h");
        assertThat(HtmlReport.shortDuration(Duration.ofMinutes(30))).isEqualTo("30 min");
        assertThat(HtmlReport.pct(2, 3)).isEqualTo("66.7");
        assertThat(List.of(1, 2, 5, 10, 20, 50, 100, 200, 500)).allSatisfy(scale ->
                assertThat(scale % HtmlReport.ticks(scale)).as("scale %d", scale).isZero());
        assertThat(HtmlReport.ticks(200)).isEqualTo(4);
        assertThat(HtmlReport.ticks(5)).isEqualTo(5);
    }
}
