package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;

/**
 * proactive.issue-cluster: N complaints of one category about one product within a window alert every
 * other customer holding the product (across customers: the portfolio session).
 */
class ProactiveIssueClusterTest {
    static final String CLUSTER = "proactive.issue-cluster";
    static final String KETTLE = "KETTLE-2000";
    static final Set<String> HOLDS_KETTLE = Set.of(KETTLE, "TOASTER");

    /** Customers C-1 .. C-6: C-1 .. C-5 hold the kettle, C-6 only a toaster; C-5 prefers chat. */
    static Dataset.Builder desk() {
        Dataset.Builder b = Dataset.builder();
        for (int i = 1; i <= 5; i++) {
            Customer c = Customer.of("C-" + i).withProducts(HOLDS_KETTLE);
            b.add(i == 5 ? c.withPreferredChannel(Channel.CHAT) : c);
        }
        b.add(Customer.of("C-6").withProducts(Set.of("TOASTER")));
        return b;
    }

    static Dataset.Builder complain(Dataset.Builder b, String customer, Instant at, ComplaintCategory category) {
        String id = "Q-" + customer + "-" + at.getEpochSecond();
        b.add(SupportCase.open("K-" + id, customer, at));
        return b.add(new Complaint(id, customer, "K-" + id, at, category, null, null, KETTLE, null, null, null));
    }

    static Dataset.Builder complain(Dataset.Builder b, String customer, Instant at) {
        return complain(b, customer, at, ComplaintCategory.BAD_QUALITY);
    }

    static Interaction notice(String id, String customer, Instant at, String... about) {
        return Interaction.of(id, customer, null, Channel.EMAIL, Direction.OUTBOUND, at).withAgent("A-1")
                .withFlags(Flag.PROACTIVE_NOTICE).withAbout(about);
    }

    static List<String> alerted(Evaluation e) {
        return e.findings(CLUSTER).stream().peek(f -> assertThat(f.kind()).isEqualTo(FindingKind.ALERT))
                .map(Finding::subjectId).sorted().toList();
    }

    /** Three complaints: Monday 09:00, Monday 15:00 and the third {@code third}. */
    static Dataset.Builder threeComplaints(Instant third) {
        Dataset.Builder b = desk();
        complain(b, "C-1", MON_0900);
        complain(b, "C-2", MON_1500);
        return complain(b, "C-3", third);
    }

    @Test
    void threeComplaintsWithin24Hours_alertTheOtherHoldersOfTheProduct() {
        // the third arrives exactly 24 hours after the first: inside the window
        Evaluation e = DEFAULTS.evaluate(threeComplaints(TUE_0900).build(), WED_0900);

        assertThat(alerted(e)).containsExactly("C-4", "C-5");
        Finding alert = e.findings(CLUSTER).get(0);
        assertThat(alert.subjectType()).isEqualTo("customer");
        assertThat(alert.customerId()).isEqualTo("C-4");
        assertThat(alert.attribute("alertTo")).isEqualTo("customer");
        assertThat(alert.attribute("suggestedChannel")).isEqualTo("EMAIL");
        assertThat(alert.attribute("product")).isEqualTo(KETTLE);
        assertThat(alert.attribute("category")).isEqualTo("BAD_QUALITY");
        assertThat(alert.attribute("complaints")).isEqualTo("3");
        assertThat(alert.startedAt()).isEqualTo(TUE_0900);
        assertThat(alert.at()).isEqualTo(WED_0900);
        assertThat(alert.evidence()).extracting(RecordRef::type).containsOnly("complaint");
        assertThat(alert.evidence()).hasSize(3);
        assertThat(alert.reason()).contains(KETTLE, "C-4", "within 1 day");
        assertThat(e.findings(CLUSTER).get(1).attribute("suggestedChannel")).isEqualTo("CHAT");
    }

    @Test
    void twoComplaints_oneShortOfTheCluster_giveNothing() {
        Dataset.Builder b = desk();
        complain(b, "C-1", MON_0900);
        complain(b, "C-2", MON_1500);

        assertThat(alerted(DEFAULTS.evaluate(b.build(), WED_0900))).isEmpty();
    }

    @Test
    void threeComplaintsSpreadWiderThanTheWindow_giveNothing() {
        assertThat(alerted(DEFAULTS.evaluate(threeComplaints(TUE_0900.plusSeconds(1)).build(), WED_0900))).isEmpty();
    }

    @Test
    void complaintsOfDifferentCategories_orProducts_doNotCluster() {
        Dataset.Builder b = desk();
        complain(b, "C-1", MON_0900);
        complain(b, "C-2", MON_1000);
        complain(b, "C-3", MON_1200, ComplaintCategory.BILLING_MISTAKE);
        b.add(SupportCase.open("K-X", "C-4", MON_1200))
                .add(new Complaint("Q-X", "C-4", "K-X", MON_1200, ComplaintCategory.BAD_QUALITY, null, null, "TOASTER",
                        null, null, null));

        assertThat(alerted(DEFAULTS.evaluate(b.build(), WED_0900))).isEmpty();
    }

    @Test
    void aCustomerWhoComplainedAboutTheSameIssue_isNotAlerted_oneWithAnotherIssueIs() {
        Dataset.Builder b = threeComplaints(MON_1700);
        complain(b, "C-4", FRI_0900);                                     // the same issue, later
        complain(b, "C-5", MON_1200, ComplaintCategory.BILLING_MISTAKE); // another issue

        assertThat(alerted(DEFAULTS.evaluate(b.build(), MON2_0900))).containsExactly("C-5");
    }

    @Test
    void alreadyToldCustomers_getNoDuplicate() {
        Dataset.Builder b = threeComplaints(MON_1700);
        b.add(notice("N-1", "C-4", TUE_0900, KETTLE));                        // about the product
        Complaint first = b.build().complaints().get(0);
        b.add(notice("N-2", "C-5", TUE_1000, first.id()));                    // about a complaint of the cluster

        assertThat(alerted(DEFAULTS.evaluate(b.build(), WED_0900))).isEmpty();
    }

    @Test
    void aNoticeBeforeTheClusterBegan_orAboutSomethingElse_doesNotCoverIt() {
        Dataset.Builder b = threeComplaints(MON_1700);
        b.add(notice("N-1", "C-4", at(1, 12, 0), KETTLE));
        b.add(notice("N-2", "C-5", TUE_0900, "TOASTER"));

        assertThat(alerted(DEFAULTS.evaluate(b.build(), WED_0900))).containsExactly("C-4", "C-5");
    }

    @Test
    void moreComplaintsInOneWindow_stillOneAlertPerCustomer_withEveryComplaintAsEvidence() {
        Dataset.Builder b = threeComplaints(MON_1700);
        complain(b, "C-6", TUE_0900);
        complain(b, "C-1", TUE_0900);

        Evaluation e = DEFAULTS.evaluate(b.build(), WED_0900);

        assertThat(alerted(e)).containsExactly("C-4", "C-5");
        assertThat(e.findings(CLUSTER).get(0).evidence()).hasSize(5);
        assertThat(e.findings(CLUSTER).get(0).startedAt()).isEqualTo(MON_1700);
    }

    @Test
    void aNoticeThatCoversAnIssue_coversTheLaterWindowsInsideIt() {
        // windows from 09:00 (4 complaints) and from 15:00 (3, all inside the first): one issue
        Dataset.Builder b = threeComplaints(MON_1700);
        complain(b, "C-6", TUE_0900);
        b.add(notice("N-1", "C-4", MON_1200, KETTLE));

        assertThat(alerted(DEFAULTS.evaluate(b.build(), WED_0900))).containsExactly("C-5");
    }

    @Test
    void aNewClusterAfterTheNotice_alertsAgain() {
        Dataset.Builder b = threeComplaints(MON_1700);
        b.add(notice("N-1", "C-4", TUE_0900, KETTLE));
        complain(b, "C-1", MON2_0900);
        complain(b, "C-2", MON2_0900.plusSeconds(3600));
        complain(b, "C-3", MON2_0900.plusSeconds(7200));

        Evaluation e = DEFAULTS.evaluate(b.build(), MON2_0900.plusSeconds(3 * 3600));

        assertThat(alerted(e)).containsExactly("C-4", "C-5");
        assertThat(e.findings(CLUSTER)).filteredOn(f -> f.subjectId().equals("C-4")).singleElement()
                .satisfies(f -> assertThat(f.startedAt()).isEqualTo(MON2_0900.plusSeconds(7200)));
        assertThat(e.findings(CLUSTER)).filteredOn(f -> f.subjectId().equals("C-5")).singleElement()
                .satisfies(f -> assertThat(f.startedAt()).isEqualTo(MON_1700));
    }

    @Test
    void complaintsAfterTheEvaluationInstant_areNotYetKnown() {
        assertThat(alerted(DEFAULTS.evaluate(threeComplaints(TUE_0900).build(), MON_1700))).isEmpty();
    }

    @Test
    void theCountAndTheWindowAreConfigurable() {
        ServiceStandards twoInAnHour = ServiceStandards.builder().config(StandardsConfig.builder()
                .parameter(CLUSTER, "complaints", 2).parameter(CLUSTER, "window", "1 hour").build()).build();
        Dataset.Builder close = desk();
        complain(close, "C-1", MON_0900);
        complain(close, "C-2", MON_1000);
        Dataset.Builder apart = desk();
        complain(apart, "C-1", MON_0900);
        complain(apart, "C-2", MON_1000.plusSeconds(1));

        assertThat(alerted(twoInAnHour.evaluate(close.build(), MON_1200))).containsExactly("C-3", "C-4", "C-5");
        assertThat(alerted(twoInAnHour.evaluate(apart.build(), MON_1200))).isEmpty();
    }

    @Test
    void manyCustomers_eachAlertedOnce() {
        Dataset.Builder b = Dataset.builder();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String id = String.format("C-%03d", i);
            b.add(Customer.of(id).withProducts(Set.of(KETTLE)));
            if (i < 10) {
                complain(b, id, MON_0900.plusSeconds(600L * i));
            } else {
                expected.add(id);
            }
        }

        assertThat(alerted(DEFAULTS.evaluate(b.build(), WED_0900))).isEqualTo(expected);
    }
}
