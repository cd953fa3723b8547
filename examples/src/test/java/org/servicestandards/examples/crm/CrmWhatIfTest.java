package org.servicestandards.examples.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.testkit.ServiceStandardsAssertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Dataset;
import org.servicestandards.whatif.StandardDelta;
import org.servicestandards.whatif.WhatIf;
import org.servicestandards.whatif.WhatIfReport;

/** What would a stricter email target, or longer opening hours, have done to last week's record? */
class CrmWhatIfTest {
    private static final ServiceStandards TODAY = ServiceStandards.withDefaults();

    @Test
    void answeringEmailWithinFourBusinessHours_wouldHaveCostThreeMets() {
        Dataset lastWeek = AWeekOfEmail.records();
        ServiceStandards stricter = ServiceStandards.builder().config(StandardsConfig.builder()
                .target("response.email", Target.parse("4 business hours")).build()).build();

        WhatIfReport report = WhatIf.compare(TODAY, stricter, lastWeek, AWeekOfEmail.END)
                .withLabels("today's targets", "response.email within 4 business hours");
        System.out.println(report.toTable(ZoneOffset.UTC, WhatIfReport.ALL));

        StandardDelta email = report.standard("response.email");
        assertThat(email.complianceA()).isEqualTo(0.9);
        assertThat(email.complianceB()).isEqualTo(0.6);
        assertThat(email.appeared()).extracting(Finding::kind).containsOnly(FindingKind.BREACH).hasSize(3);
        assertThat(email.disappeared()).extracting(Finding::kind).containsOnly(FindingKind.MET).hasSize(3);
        assertThat(report.changed()).extracting(StandardDelta::standardId).containsExactly("response.email");
        assertThat(report.toTable(ZoneOffset.UTC, 0)).contains("response.email  ").contains("90.0%").contains("60.0%")
                .contains("-30.0 pt").contains("9->6").contains("1->4").contains("+3").contains("-3");
        assertThat(report.b()).complianceOf("response.email").isAtLeast(0.6).isAtMost(0.6);
    }

    @Test
    void longerOpeningHours_wouldHaveMadeTheLateReplyOnTime() {
        BusinessCalendar longer = BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0)).build();
        ServiceStandards longerHours = ServiceStandards.builder()
                .config(StandardsConfig.builder().calendar(longer).build()).build();
        WhatIfReport report = WhatIf.compare(TODAY, longerHours, AWeekOfEmail.records(), AWeekOfEmail.END);

        // A business day is the same local time on the next working day whatever the hours, but the
        // replies were sent at the instants the 09-17 calendar gave: the 9-hour one stays late.
        assertThat(report.standard("response.email").complianceB()).isEqualTo(0.9);
        assertThat(report.b()).hasBreach("response.email").hasSize(1);
    }
}
