package org.servicestandards.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Tier;

/**
 * The smallest useful embedding: a calendar, a configuration with a VIP override, two emails
 * answered six hours later, an evaluation, its breaches and its report. The part between the
 * snippet markers is quoted in the repository's README (a test keeps the two equal).
 */
public final class GettingStarted {
    private GettingStarted() {}

    public static void main(String[] args) {
        // tag::snippet[]
        BusinessCalendar calendar = BusinessCalendar.builder(ZoneId.of("Europe/London"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .publicHolidays("GB", "eng")
                .build();
        StandardsConfig config = StandardsConfig.builder()
                .calendar(calendar)
                .target("response.email", "tier:VIP", Target.parse("4 business hours")) // VIPs: faster
                .build();
        ServiceStandards standards = ServiceStandards.builder().config(config).build(); // share this one

        Instant monday = Instant.parse("2026-03-02T09:00:00Z");
        Instant sixHoursLater = monday.plus(Duration.ofHours(6));
        Dataset records = Dataset.builder()
                .add(Customer.of("ada").withTier(Tier.VIP))
                .add(Customer.of("bob"))
                .add(Interaction.of("I-1", "ada", null, Channel.EMAIL, Direction.INBOUND, monday))
                .add(Interaction.of("I-2", "ada", null, Channel.EMAIL, Direction.OUTBOUND, sixHoursLater)
                        .withAgent("grace"))
                .add(Interaction.of("I-3", "bob", null, Channel.EMAIL, Direction.INBOUND, monday))
                .add(Interaction.of("I-4", "bob", null, Channel.EMAIL, Direction.OUTBOUND, sixHoursLater)
                        .withAgent("grace"))
                .build();

        Evaluation evaluation = standards.evaluate(records, Instant.parse("2026-03-03T17:00:00Z"));
        evaluation.breaches().forEach(breach ->
                System.out.println(breach.standardId() + ": " + breach.reason() + " " + breach.evidence()));
        evaluation.report().byStandard().forEach(row ->
                System.out.println(row.standardId() + ": " + row.met() + " of " + row.measured() + " met"));
        // end::snippet[]
    }
}
