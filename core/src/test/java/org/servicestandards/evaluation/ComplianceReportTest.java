package org.servicestandards.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.Channel;

class ComplianceReportTest {
    static final Instant T = Instant.parse("2026-03-02T10:00:00Z");

    static Finding finding(FindingKind kind, String agent, Channel channel, int minutes) {
        return Finding.builder(kind, "response.email", "interaction", "I-" + minutes + kind).agent(agent)
                .channel(channel).at(T).elapsed(kind == FindingKind.AT_RISK ? null : Duration.ofMinutes(minutes))
                .target("1 business day").reason("r").build();
    }

    @Test
    void countsComplianceAndNearestRankPercentiles() {
        List<Finding> findings = new ArrayList<>();
        for (int m = 1; m <= 9; m++) {
            findings.add(finding(FindingKind.MET, "A-1", Channel.EMAIL, m * 10));
        }
        findings.add(finding(FindingKind.BREACH, "A-2", Channel.EMAIL, 600));
        findings.add(finding(FindingKind.AT_RISK, "A-2", Channel.EMAIL, 0));

        ComplianceReport report = new Evaluation(T, findings, List.of(), 11, 0).report();

        ComplianceReport.Row row = report.standard("response.email");
        assertThat(row.measured()).isEqualTo(10);
        assertThat(row.met()).isEqualTo(9);
        assertThat(row.breached()).isEqualTo(1);
        assertThat(row.atRisk()).isEqualTo(1);
        assertThat(row.compliance()).isEqualTo(0.9);
        assertThat(row.median()).isEqualTo(Duration.ofMinutes(50));
        assertThat(row.p90()).isEqualTo(Duration.ofMinutes(90));
        assertThat(row.target()).isEqualTo("1 business day");
        assertThat(report.byAgent()).extracting(ComplianceReport.Row::group).containsExactly("A-1", "A-2");
        assertThat(report.byChannel()).extracting(ComplianceReport.Row::group).containsExactly("email");
    }

    @Test
    void nothingMeasured_hasNoCompliance() {
        ComplianceReport report = new Evaluation(T, List.of(finding(FindingKind.AT_RISK, "A-1", null, 0)),
                List.of(), 1, 0).report();
        assertThat(report.standard("response.email").compliance()).isNull();
        assertThat(report.byChannel()).extracting(ComplianceReport.Row::group).containsExactly("-");
    }
}
