package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.kafka.Harness.at;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.Agent;
import org.servicestandards.model.AgentAbsence;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.Severity;
import org.servicestandards.model.SupportCase;
import org.servicestandards.model.Tier;

/** The customer, agent and product sub-topologies, and agents looked up by the case buckets. */
class LevelsTest {

    static Customer customer(String id, String... products) {
        return new Customer(id, null, null, Tier.STANDARD, null, null, false, Set.of(products));
    }

    @Test
    void aCustomerWhoseLastOrderIsNinetyDaysOld_isAlertedByTheCustomerLevel_whenTheDayComes() {
        Instant ordered = at(2, 10, 0).minus(Duration.ofDays(85));
        try (Harness h = new Harness(at(2, 9, 0))) {
            h.send(customer("C-1"), new Order("O-1", "C-1", null, ordered, null, null, ordered.plusSeconds(3600),
                    ordered.plus(Duration.ofDays(2)), List.of(), true, true, null));
            h.advanceTo(at(2, 9, 1));
            // the customer level has the follow-ups owed since the delivery (nobody has called the new
            // customer, nor checked in after the sale), but not yet the lapse
            List<FindingJson.Output> first = h.findings();
            assertThat(first).filteredOn(o -> o.scope() == Scope.CUSTOMER).extracting(FindingJson.Output::key)
                    .allMatch(k -> k.startsWith("followup.new-customer|") || k.startsWith("followup.after-sale|"))
                    .anyMatch(k -> k.startsWith("followup.new-customer|BREACH|"))
                    .anyMatch(k -> k.startsWith("followup.after-sale|BREACH|"));
            assertThat(first).filteredOn(o -> o.key().startsWith("followup.")).allMatch(o -> o.scope() == Scope.CUSTOMER
                    && o.bucket().equals("customer:C-1"));
            Instant lapse = ordered.plus(Duration.ofDays(90));
            h.stepTo(lapse.minus(Duration.ofHours(1)), Duration.ofHours(6), t -> { });
            assertThat(h.findings()).isEmpty();
            h.stepTo(lapse.plus(Duration.ofMinutes(10)), Duration.ofMinutes(1), t -> { });
            List<FindingJson.Output> out = h.findings();
            assertThat(out).extracting(FindingJson.Output::key)
                    .containsExactly("proactive.lapsed-customer|ALERT|customer|C-1|" + ordered.plus(Duration.ofDays(90)));
            assertThat(out.get(0).scope()).isEqualTo(Scope.CUSTOMER);
            assertThat(out.get(0).bucket()).isEqualTo("customer:C-1");
            assertThat(out.get(0).asOf()).isAfter(ordered.plus(Duration.ofDays(90)))
                    .isBeforeOrEqualTo(ordered.plus(Duration.ofDays(90)).plus(Duration.ofMinutes(1)));
        }
    }

    @Test
    void threeComplaintsAboutAProduct_alertItsOtherCustomers_throughTheProductLevel() {
        try (Harness h = new Harness(at(3, 8, 0))) {
            h.send(customer("C-1", "router-x"), customer("C-2", "router-x"), customer("C-3", "router-x"),
                    customer("C-4", "router-x", "plan-fibre"), customer("C-5", "plan-fibre"), customer("C-6", "router-x"));
            for (int i = 1; i <= 3; i++) {
                h.send(SupportCase.open("CASE-" + i, "C-" + i, at(3, 9 + i, 0)),
                        new Complaint("K-" + i, "C-" + i, "CASE-" + i, at(3, 9 + i, 0), ComplaintCategory.BAD_QUALITY,
                                Severity.MEDIUM, Demeanour.CALM, "router-x", null, null, null));
            }
            // C-6 was told about the issue before the third complaint came
            h.send(SupportCase.open("CASE-6", "C-6", at(3, 11, 30)), Interaction.of("I-6", "C-6", "CASE-6",
                    Channel.EMAIL, Direction.OUTBOUND, at(3, 11, 30)).withAgent("A-1").withFlags(Flag.PROACTIVE_NOTICE)
                    .withAbout("router-x"));
            h.stepTo(at(3, 13, 0), Duration.ofMinutes(10), t -> { });
            List<FindingJson.Output> alerts = h.findings().stream()
                    .filter(o -> o.key().startsWith("proactive.issue-cluster|")).toList();
            assertThat(alerts).extracting(o -> o.finding().subjectId()).containsExactly("C-4");
            assertThat(alerts.get(0).scope()).isEqualTo(Scope.PRODUCT);
            assertThat(alerts.get(0).bucket()).isEqualTo("product:router-x");
            assertThat(alerts.get(0).finding().evidence()).extracting(Object::toString)
                    .containsExactly("complaint K-1", "complaint K-2", "complaint K-3");
        }
    }

    @Test
    void anAbsenceWithoutAnUpdatedGreeting_isABreachOfTheAgentLevel() {
        try (Harness h = new Harness(at(5, 9, 0))) {
            h.send(new Agent("A-1", "Ann", "care", "agent"),
                    new AgentAbsence("AB-1", "A-1", at(2, 9, 0), at(3, 17, 0), false, true));
            h.advanceTo(at(5, 9, 1));
            List<FindingJson.Output> out = h.findings();
            assertThat(out).extracting(FindingJson.Output::key).anyMatch(k -> k.startsWith("conduct.out-of-office|BREACH|absence|AB-1"));
            assertThat(out).allMatch(o -> o.scope() == Scope.AGENT && o.bucket().equals("agent:A-1"));
        }
    }

    @Test
    void aSupervisorsReplyToAnIrateCustomer_isKnownByItsAgentRecord() {
        Customer rich = customer("C-1").withLifetimeValue(new BigDecimal("20"));
        try (Harness h = new Harness(at(2, 12, 0))) {
            h.send(new Agent("S-1", "Sue", "care", "supervisor"), rich, SupportCase.open("CASE-1", "C-1", at(2, 9, 0)),
                    Interaction.of("I-1", "C-1", "CASE-1", Channel.PHONE, Direction.INBOUND, at(2, 9, 0))
                            .withSecondsToAnswer(5).withAgent("A-1").withDemeanour(Demeanour.IRATE),
                    new Complaint("K-1", "C-1", "CASE-1", at(2, 9, 0), ComplaintCategory.BILLING_MISTAKE, Severity.HIGH,
                            Demeanour.IRATE, null, "I-1", null, null),
                    Interaction.of("I-2", "C-1", "CASE-1", Channel.PHONE, Direction.OUTBOUND, at(2, 10, 0)).withAgent("S-1")
                            .withAbout("K-1"));
            List<FindingJson.Output> out = h.findings();
            List<FindingJson.Output> demeanour = out.stream()
                    .filter(o -> o.key().startsWith("complaint.escalate.demeanour|")).toList();
            assertThat(demeanour).isNotEmpty();
            // the batch evaluation of the same records, with every agent, agrees
            var batch = Harness.STANDARDS.evaluate(org.servicestandards.model.Dataset.builder()
                    .add(new Agent("S-1", "Sue", "care", "supervisor")).add(rich)
                    .add(SupportCase.open("CASE-1", "C-1", at(2, 9, 0)))
                    .add(Interaction.of("I-1", "C-1", "CASE-1", Channel.PHONE, Direction.INBOUND, at(2, 9, 0))
                            .withSecondsToAnswer(5).withAgent("A-1").withDemeanour(Demeanour.IRATE))
                    .add(new Complaint("K-1", "C-1", "CASE-1", at(2, 9, 0), ComplaintCategory.BILLING_MISTAKE,
                            Severity.HIGH, Demeanour.IRATE, null, "I-1", null, null))
                    .add(Interaction.of("I-2", "C-1", "CASE-1", Channel.PHONE, Direction.OUTBOUND, at(2, 10, 0))
                            .withAgent("S-1").withAbout("K-1")).build(), at(2, 12, 0));
            assertThat(BatchEquivalenceTest.reported(out)).containsAll(BatchEquivalenceTest.keys(batch));
            assertThat(demeanour.get(0).finding())
                    .isEqualTo(batch.findings("complaint.escalate.demeanour").get(0));
        }
    }
}
