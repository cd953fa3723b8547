package org.servicestandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.InputError;

class TextReportTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant MON_0900 = Instant.parse("2026-04-13T08:00:00Z");
    private static final Instant AS_OF = Instant.parse("2026-04-17T16:00:00Z");
    private static final Dataset STAFF = Dataset.builder().add(new Agent("amira", "Amira Khan", "Service desk", null))
            .add(new Agent("ben", "Ben Carter", "Service desk", null)).build();

    private static Finding.Builder finding(FindingKind kind, String standard, String subjectType, String subjectId) {
        return Finding.builder(kind, standard, subjectType, subjectId).customer("C-1").at(MON_0900)
                .reason(kind + " of " + standard + " about " + subjectType + " " + subjectId + ".");
    }

    private static Finding email(FindingKind kind, String id, Duration elapsed, String agent) {
        return finding(kind, "response.email", "interaction", id).channel(Channel.EMAIL).agent(agent)
                .startedAt(MON_0900).dueAt(MON_0900.plus(Duration.ofDays(1))).elapsed(elapsed).target("1 business day")
                .lateBy(kind == FindingKind.BREACH ? Duration.ofHours(3) : null)
                .evidence(List.of(RecordRef.interaction(id), RecordRef.interaction(id + "-reply"))).build();
    }

    private static String render(Evaluation e, int breaches) {
        StringWriter out = new StringWriter();
        new TextReport(LONDON, "test.json", STAFF, breaches).render(e, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void everySection_inOrder_whenThereAreFindingsOfEveryKind() {
        List<Finding> findings = List.of(
                email(FindingKind.MET, "I-1", Duration.ofMinutes(90), "amira"),
                email(FindingKind.MET, "I-2", Duration.ofMinutes(30), "amira"),
                email(FindingKind.BREACH, "I-3", Duration.ofHours(11), "ben"),
                finding(FindingKind.ESCALATION, "complaint.escalate.overdue", "complaint", "K-1").caseId("CASE-1")
                        .attribute("level", "manager").attribute("trigger", "overdue").build(),
                finding(FindingKind.ESCALATION, "complaint.escalate.demeanour", "complaint", "K-2")
                        .attribute("level", "supervisor").attribute("trigger", "demeanour").build(),
                finding(FindingKind.OBLIGATION, "followup.survey", "case", "CASE-2").agent("amira")
                        .dueAt(AS_OF.plus(Duration.ofHours(20))).attribute("owed", "satisfaction survey").build(),
                finding(FindingKind.OBLIGATION, "followup.irate", "case", "CASE-3").agent("ben")
                        .dueAt(AS_OF.plus(Duration.ofHours(2))).attribute("owed", "follow-up call").build(),
                finding(FindingKind.BREACH, "followup.commitment", "commitment", "P-1").agent("ben")
                        .dueAt(MON_0900.plus(Duration.ofHours(6))).lateBy(Duration.ofHours(26)).build(),
                finding(FindingKind.ALERT, "proactive.order.delay", "order", "O-1")
                        .attribute("suggestedChannel", "email").attribute("alertTo", "customer").build(),
                finding(FindingKind.MET, "conduct.greeting.identify", "interaction", "I-4").agent("amira").build(),
                finding(FindingKind.BREACH, "conduct.language", "interaction", "I-5").agent("ben").build());
        Evaluation e = new Evaluation(AS_OF, findings, List.of(new InputError("interaction", "I-9", "rings",
                "interaction I-9: field 'rings' must be >= 0, was -2", "test.json:12:5")), 40, 1);

        String out = render(e, TextReport.DEFAULT_BREACHES);

        assertThat(out).containsSubsequence("Service standards report - test.json",
                "As of     Fri 17 Apr 2026 17:00 Europe/London (2026-04-17T16:00:00Z)",
                "Records   40 evaluated, 1 rejected",
                "Findings  3 met, 3 breached, 0 at risk, 2 open obligations, 2 escalations, 1 alerts",
                "Compliance per standard", "Compliance per channel", "Compliance per agent",
                "Escalations by level and trigger", "Calls to make \u2014 open obligations by due instant",
                "Broken promises", "Alerts to send", "Conduct per agent", "Breaches (3, most recent first)",
                "Rejected records (1)", "- test.json:12:5: interaction I-9: field 'rings' must be >= 0, was -2");
        assertThat(out).containsPattern("response\\.email +1 business day +3 +2 +1 +66\\.7% +1 h 30 min +11 h +0 +0");
        assertThat(out).as("escalation-only standards have no compliance row")
                .doesNotContainPattern("(?m)^  complaint\\.escalate\\.overdue +");
        assertThat(out).containsSubsequence("supervisor  demeanour", "manager     overdue",
                "- manager / overdue: complaint K-1 (customer C-1, case CASE-1)");
        assertThat(out).as("obligations by due instant").containsSubsequence("Fri 17 Apr 2026 19:00  followup.irate",
                "ben", "follow-up call", "Sat 18 Apr 2026 13:00  followup.survey", "amira", "satisfaction survey");
        assertThat(out).containsPattern("commitment P-1 +ben +C-1 +1 day 2 h");
        assertThat(out).containsPattern("proactive\\.order\\.delay +order O-1 +C-1 +email +customer");
        assertThat(out).containsSubsequence("Conduct per agent", "amira (Amira Khan)", "conduct.greeting.identify",
                "ben (Ben Carter)", "conduct.language", "- [conduct.language] BREACH of conduct.language");
        assertThat(out).as("conduct.language only reports breaches: no compliance, but among the most breached")
                .containsPattern("(?m)^  conduct\\.language +1 +0 +1 +- ")
                .containsPattern("ben \\(Ben Carter\\) +Service desk +2 +2 +0\\.0% +0 +1 +conduct\\.language 1, "
                + "followup\\.commitment 1, response\\.email 1");
        assertThat(out).as("no row for findings without an agent that measure nothing").doesNotContain("(unassigned)");
        assertThat(out).contains("    evidence: interaction I-3, interaction I-3-reply");
    }

    @Test
    void optionalSections_areLeftOut_whenThereIsNothingOfTheirKind() {
        Evaluation e = new Evaluation(AS_OF, List.of(email(FindingKind.MET, "I-1", Duration.ofMinutes(5), "amira")),
                List.of(), 3, 0);

        String out = render(e, TextReport.DEFAULT_BREACHES);

        assertThat(out).contains("Compliance per standard", "Breaches\n  None.")
                .doesNotContain("Escalations", "Calls to make", "Broken promises", "Alerts to send", "Conduct per agent",
                        "Rejected records");
    }

    @Test
    void breaches_areLimited_mostRecentFirst() {
        Finding older = email(FindingKind.BREACH, "I-1", Duration.ofHours(10), "ben");
        Finding newer = finding(FindingKind.BREACH, "response.email", "interaction", "I-2")
                .at(MON_0900.plus(Duration.ofDays(2))).build();
        Evaluation e = new Evaluation(AS_OF, List.of(older, newer), List.of(), 2, 0);

        assertThat(render(e, 1)).contains("Breaches (1 of 2, most recent first; --breaches all lists every one)")
                .contains("about interaction I-2").doesNotContain("about interaction I-1");
        assertThat(render(e, TextReport.ALL)).containsSubsequence("Breaches (2, most recent first)",
                "about interaction I-2", "about interaction I-1");
        assertThat(render(e, 0)).contains("Breaches (0 of 2");
    }
}
