package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.kafka.Harness.at;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;

/**
 * Punctuation runs on the wall clock through a weekend, when no event arrives: an email received
 * on Friday at 16:30 (1 business day, Mon-Fri 09:00-17:00) is due on Monday at 16:30 and at risk from
 * Monday 14:30 (75% of the window); nothing fires before business hours resume.
 */
class WeekendTest {

    @Test
    void aFridayEmail_isAtRiskAndBreachedOnlyOnMonday() {
        Instant received = at(6, 16, 30);
        try (Harness h = new Harness(at(6, 16, 0))) {
            h.send(Customer.of("C-1"), SupportCase.open("CASE-1", "C-1", received),
                    Interaction.of("I-1", "C-1", "CASE-1", Channel.EMAIL, Direction.INBOUND, received));
            List<FindingJson.Output> out = new ArrayList<>(h.findings());
            List<Instant> quietTimes = new ArrayList<>();
            h.stepTo(at(9, 9, 0), Duration.ofMinutes(30), t -> {
                if (!h.findings().isEmpty()) {
                    quietTimes.add(t);
                }
            });
            assertThat(quietTimes).as("findings raised before Monday 09:00").isEmpty();
            h.stepTo(at(9, 18, 0), Duration.ofMinutes(1), t -> out.addAll(h.findings()));

            List<FindingJson.Output> email = out.stream().filter(o -> o.key().startsWith("response.email|")).toList();
            assertThat(email).extracting(o -> o.finding().kind()).containsExactly(FindingKind.AT_RISK, FindingKind.BREACH);
            FindingJson.Output atRisk = email.get(0);
            FindingJson.Output breach = email.get(1);
            assertThat(atRisk.finding().dueAt()).isEqualTo(at(9, 16, 30));
            // each raised at the first punctuation that sees it (the clock moves a minute at a time here):
            // at risk from its instant on, breached only after the due instant
            assertThat(atRisk.asOf()).isAfterOrEqualTo(at(9, 14, 30)).isBeforeOrEqualTo(at(9, 14, 31));
            assertThat(breach.asOf()).isAfter(at(9, 16, 30)).isBeforeOrEqualTo(at(9, 16, 31));
            assertThat(breach.finding().lateBy()).isLessThanOrEqualTo(Duration.ofMinutes(1));
        }
    }
}
