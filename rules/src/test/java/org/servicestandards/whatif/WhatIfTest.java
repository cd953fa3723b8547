package org.servicestandards.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;

class WhatIfTest {
    private static final Instant MON_0900 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant MON_1000 = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant MON_1500 = Instant.parse("2026-03-02T15:00:00Z");
    private static final Instant TUE_0930 = Instant.parse("2026-03-03T09:30:00Z");
    private static final Instant WED_1200 = Instant.parse("2026-03-04T12:00:00Z");

    private static Finding finding(FindingKind kind, String standard, String subject) {
        return Finding.builder(kind, standard, "interaction", subject).at(MON_1000)
                .reason(kind + " " + standard + " " + subject).build();
    }

    private static Evaluation evaluation(Instant asOf, Finding... findings) {
        return new Evaluation(asOf, List.of(findings), List.of(), 0, 0);
    }

    @Test
    void findingsAreMatchedByStandardKindAndSubject() {
        Evaluation a = evaluation(WED_1200, finding(FindingKind.MET, "response.email", "I-1"),
                finding(FindingKind.MET, "response.email", "I-2"), finding(FindingKind.BREACH, "response.email", "I-3"),
                finding(FindingKind.MET, "response.web", "I-9"));
        Evaluation b = evaluation(WED_1200, finding(FindingKind.MET, "response.email", "I-1"),
                finding(FindingKind.BREACH, "response.email", "I-2"), finding(FindingKind.BREACH, "response.email", "I-3"),
                finding(FindingKind.AT_RISK, "response.chat", "I-7"), finding(FindingKind.MET, "response.web", "I-9"));

        WhatIfReport report = WhatIf.compare(a, b);

        assertThat(report.standards()).extracting(StandardDelta::standardId)
                .containsExactly("response.chat", "response.email", "response.web");
        StandardDelta email = report.standard("response.email");
        assertThat(email.appeared()).containsExactly(finding(FindingKind.BREACH, "response.email", "I-2"));
        assertThat(email.disappeared()).containsExactly(finding(FindingKind.MET, "response.email", "I-2"));
        assertThat(email.a()).isEqualTo(new Tally(3, 2, 1, 0, 0, 0, 0));
        assertThat(email.b()).isEqualTo(new Tally(3, 1, 2, 0, 0, 0, 0));
        assertThat(email.complianceA()).isEqualTo(2.0 / 3);
        assertThat(email.complianceB()).isEqualTo(1.0 / 3);
        assertThat(email.complianceChange()).isCloseTo(-1.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(report.standard("response.chat").appeared()).hasSize(1);
        assertThat(report.standard("response.chat").complianceChange()).isNull();
        assertThat(report.standard("response.web").isChanged()).isFalse();
        assertThat(report.changed()).extracting(StandardDelta::standardId).containsExactly("response.chat", "response.email");
        assertThat(report.appeared()).hasSize(2);
        assertThat(report.disappeared()).hasSize(1);
        assertThat(report.standard("fulfilment.order").a()).isEqualTo(Tally.NONE);
    }

    @Test
    void severalFindingsOfOneSubject_arePaired_andOnlyTheSurplusChanges() {
        Finding update = Finding.builder(FindingKind.MET, "update.periodic", "case", "K-1").at(MON_1000).reason("u").build();
        Finding later = Finding.builder(FindingKind.MET, "update.periodic", "case", "K-1").at(MON_1500).reason("v").build();
        WhatIfReport report = WhatIf.compare(evaluation(WED_1200, update, later), evaluation(WED_1200, update));
        assertThat(report.standard("update.periodic").disappeared()).containsExactly(later);
        assertThat(report.standard("update.periodic").appeared()).isEmpty();
    }

    @Test
    void evaluationsAtDifferentInstants_areNotCompared() {
        assertThatThrownBy(() -> WhatIf.compare(evaluation(MON_1000), evaluation(WED_1200)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a what-if compares evaluations at one instant, but A is as of 2026-03-02T10:00:00Z "
                        + "and B as of 2026-03-04T12:00:00Z");
    }

    /** Two emails answered within a business day; with a 4-business-hour target both are late. */
    private static Dataset twoEmails() {
        return Dataset.builder().add(Customer.of("C-1"))
                .add(Interaction.of("I-1", "C-1", null, Channel.EMAIL, Direction.INBOUND, MON_0900))
                .add(Interaction.of("I-2", "C-1", null, Channel.EMAIL, Direction.OUTBOUND, MON_1500).withAgent("A-1"))
                .add(Interaction.of("I-3", "C-1", null, Channel.EMAIL, Direction.INBOUND, Instant.parse("2026-03-02T16:00:00Z")))
                .add(Interaction.of("I-4", "C-1", null, Channel.EMAIL, Direction.OUTBOUND, TUE_0930).withAgent("A-1"))
                .build();
    }

    @Test
    void aStricterTarget_turnsMetsIntoBreaches() {
        StandardsConfig stricter = StandardsConfig.builder().target("response.email", Target.parse("4 business hours"))
                .build();
        WhatIfReport report = WhatIf.compare(StandardsConfig.defaults(), stricter, twoEmails(), WED_1200)
                .withLabels("catalogue defaults", "response.email in 4 business hours");

        StandardDelta email = report.standard("response.email");
        assertThat(email.complianceA()).isEqualTo(1.0);
        assertThat(email.complianceB()).isEqualTo(0.5);
        assertThat(email.appeared()).extracting(Finding::kind, Finding::subjectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.BREACH, "I-1"));
        assertThat(email.disappeared()).extracting(Finding::kind, Finding::subjectId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.MET, "I-1"));
        assertThat(report.toTable(ZoneOffset.UTC, WhatIfReport.ALL)).isEqualTo("""
                What-if as of Wed 4 Mar 2026 12:00 (UTC)
                  A: catalogue defaults
                  B: response.email in 4 business hours

                standard        compliance A  compliance B    change   met  breached  appear  disappear
                response.email        100.0%         50.0%  -50.0 pt  2->1      0->1      +1         -1

                1 of 1 standard changes; 1 finding appears, 1 disappears under B.

                Findings that appear under B (1):
                  + BREACH response.email interaction I-1: {appeared}

                Findings that disappear under B (1):
                  - MET response.email interaction I-1: {gone}
                """.replace("{appeared}", email.appeared().get(0).reason())
                .replace("{gone}", email.disappeared().get(0).reason()));
    }

    @Test
    void anotherCalendar_orAnotherEvaluator_isCompared() {
        ServiceStandards defaults = ServiceStandards.withDefaults();
        ServiceStandards allHours = ServiceStandards.builder()
                .config(StandardsConfig.builder().calendar(BusinessCalendar.always(ZoneOffset.UTC)).build()).build();
        WhatIfReport report = WhatIf.compare(defaults, allHours, twoEmails(), WED_1200);
        // Around the clock, "1 business day" from Monday 16:00 is Tuesday 16:00: I-3 is still met.
        assertThat(report.standard("response.email").isChanged()).isFalse();
        assertThat(report.a().findings("response.email")).hasSize(2);
        assertThat(report.toTable(ZoneOffset.UTC, 0)).contains("0 of ").doesNotContain("Findings that");
    }

    @Test
    void theTableShowsTheOtherKinds_onlyWhenThereAreSome() {
        Evaluation a = evaluation(WED_1200, finding(FindingKind.ESCALATION, "complaint.escalate.overdue", "CP-1"));
        Evaluation b = evaluation(WED_1200, finding(FindingKind.ESCALATION, "complaint.escalate.overdue", "CP-1"),
                finding(FindingKind.AT_RISK, "response.email", "I-1"));
        assertThat(WhatIf.compare(a, b).toTable(ZoneOffset.UTC, 0)).contains("""
                standard                    compliance A  compliance B  change  met  breached  at risk  escalations  appear  disappear
                complaint.escalate.overdue             -             -            0         0        0            1
                response.email                         -             -            0         0     0->1            0      +1
                """);
    }

    @Test
    void theTableListsAtMostTheLimit() {
        Evaluation a = evaluation(WED_1200);
        Evaluation b = evaluation(WED_1200, finding(FindingKind.BREACH, "response.email", "I-1"),
                finding(FindingKind.BREACH, "response.email", "I-2"), finding(FindingKind.BREACH, "response.email", "I-3"));
        String table = WhatIf.compare(a, b).toTable(ZoneOffset.UTC, 2);
        assertThat(table).contains("Findings that appear under B (3, first 2 shown):\n  + BREACH response.email "
                + "interaction I-1: BREACH response.email I-1\n  + BREACH response.email interaction I-2:")
                .doesNotContain("I-3:").contains("response.email             -          0.0%            0      0->3      +3");
        assertThat(WhatIf.compare(evaluation(WED_1200, finding(FindingKind.ALERT, "proactive.order.delay", "O-1")),
                evaluation(WED_1200, finding(FindingKind.ALERT, "proactive.order.delay", "O-1"),
                        finding(FindingKind.MET, "response.chat", "I-8"))).toTable(ZoneOffset.UTC, 0, true))
                .contains("response.chat").doesNotContain("proactive.order.delay").doesNotContain("alerts")
                .contains("1 of 2 standards change; 1 finding appears, 0 disappear under B.");
        assertThatThrownBy(() -> WhatIf.compare(a, b).toTable(ZoneOffset.UTC, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
