package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.evaluation.FindingKind.AT_RISK;
import static org.servicestandards.evaluation.FindingKind.BREACH;
import static org.servicestandards.evaluation.FindingKind.MET;
import static org.servicestandards.evaluation.FindingKind.OBLIGATION;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.Tier;

/**
 * followup.regular (decision 22): a regular (tier REGULAR/VIP, or 3+ orders within 12 months) is
 * checked in with 90 days after the last outbound contact; every outbound contact restarts the cadence.
 */
class FollowUpRegularTest {
    static final String STD = "followup.regular";

    static Instant day(int year, int month, int dayOfMonth) {
        return LocalDateTime.of(year, month, dayOfMonth, 10, 0).toInstant(ZoneOffset.UTC);
    }

    static final Instant SINCE = LocalDateTime.of(2025, 1, 1, 9, 0).toInstant(ZoneOffset.UTC);
    static final Instant C1 = day(2025, 1, 10);
    static final Instant C2 = day(2025, 3, 1);   // 50 days later: met
    static final Instant C3 = day(2025, 7, 1);   // 122 days later: 32 days late
    static final Instant C4 = day(2025, 9, 1);   // 62 days later: met; the next is due 30 Nov 2025
    static final Instant C4_DUE = day(2025, 11, 30);

    static Customer vip() { return Customer.of(ALICE).withTier(Tier.VIP).withSince(SINCE); }

    static List<Object> aYearOfContacts() {
        return List.of(outbound("I-1", Channel.PHONE, null, C1), outbound("I-2", Channel.EMAIL, null, C2),
                outbound("I-3", Channel.PHONE, null, C3), outbound("I-4", Channel.IN_PERSON, null, C4));
    }

    static Evaluation evaluateFor(Customer alice, Instant asOf, List<Object> records, Object... more) {
        List<Object> all = new ArrayList<>(records);
        all.addAll(Arrays.asList(more));
        return DEFAULTS.evaluate(recordsOf(List.of(alice, Customer.of(BOB)), all.toArray()), asOf);
    }

    static List<Finding> cycles(Evaluation e) {
        return e.findings(STD).stream().sorted(Comparator.comparing(Finding::startedAt).thenComparing(Finding::kind))
                .toList();
    }

    @Test
    void cadenceOverAYear_eachOutboundContactRestartsIt() {
        Evaluation e = evaluateFor(vip(), MON_0900, aYearOfContacts());
        List<Finding> cycles = cycles(e);
        // since -> C1, C1 -> C2, C2 -> C3 (late), C3 -> C4, C4 -> nothing yet (overdue and still owed)
        assertThat(cycles).extracting(Finding::kind).containsExactly(MET, MET, BREACH, MET, BREACH, OBLIGATION);
        assertThat(cycles).extracting(Finding::startedAt).containsExactly(SINCE, C1, C2, C3, C4, C4);
        // cycle from C2 was kept by C3, 32 days after its due instant
        Finding late = cycles.stream().filter(f -> f.startedAt().equals(C2)).findFirst().orElseThrow();
        assertThat(late.kind()).isEqualTo(BREACH);
        assertThat(late.lateBy()).isEqualTo(Duration.ofDays(32));
        // the open cycle from C4 fell due on 30 Nov 2025 and nobody called
        Finding open = cycles.stream().filter(f -> f.startedAt().equals(C4) && f.kind() == BREACH).findFirst()
                .orElseThrow();
        assertThat(open.dueAt()).isEqualTo(C4_DUE);
        assertThat(open.subjectType()).isEqualTo("customer");
        assertThat(open.subjectId()).isEqualTo(ALICE);
        assertThat(open.evidence()).containsExactly(new RecordRef("customer", ALICE), RecordRef.interaction("I-4"));
    }

    @Test
    void twoInstants_tellAConsistentStory() {
        Evaluation october = evaluateFor(vip(), day(2025, 10, 15), aYearOfContacts());
        Evaluation march = evaluateFor(vip(), MON_0900, aYearOfContacts());
        Finding open = october.findings(STD).stream().filter(f -> f.kind() == OBLIGATION).findFirst().orElseThrow();
        assertThat(open.startedAt()).isEqualTo(C4);
        assertThat(open.dueAt()).isEqualTo(C4_DUE);
        assertThat(open.attribute("owed")).isEqualTo("friendly check-in");
        // what was settled in October is unchanged; what was open is now breached (and still owed), same due instant
        List<Finding> settled = october.findings(STD).stream().filter(Finding::isMeasured).toList();
        assertThat(march.findings(STD)).containsAll(settled);
        assertThat(march.findings(STD)).filteredOn(f -> f.startedAt().equals(C4))
                .extracting(Finding::kind, Finding::dueAt).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(BREACH, C4_DUE), org.assertj.core.groups.Tuple.tuple(OBLIGATION, C4_DUE));
    }

    @Test
    void atRiskAtTheThreshold_breachOneSecondPastDue() {
        Instant atRisk = C4.plus(Duration.ofHours(90 * 24 * 3 / 4)); // 67.5 days
        assertThat(openKinds(evaluateFor(vip(), atRisk.minusSeconds(1), aYearOfContacts()))).containsExactly(OBLIGATION);
        assertThat(openKinds(evaluateFor(vip(), atRisk, aYearOfContacts()))).containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
        assertThat(openKinds(evaluateFor(vip(), C4_DUE, aYearOfContacts()))).containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
        Evaluation late = evaluateFor(vip(), C4_DUE.plusSeconds(1), aYearOfContacts());
        assertThat(openKinds(late)).containsExactlyInAnyOrder(OBLIGATION, BREACH);
        assertThat(late.findings(STD).stream().filter(f -> f.startedAt().equals(C4) && f.kind() == BREACH).findFirst()
                .orElseThrow().lateBy())
                .isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void contactJustInside_met_oneSecondLate_breach() {
        Evaluation inside = evaluateFor(vip(), MON_0900, aYearOfContacts(), outbound("I-5", Channel.EMAIL, null, C4_DUE));
        assertThat(inside.findings(STD).stream().filter(f -> f.startedAt().equals(C4)).map(Finding::kind))
                .containsExactly(MET);
        Evaluation late = evaluateFor(vip(), MON_0900, aYearOfContacts(),
                outbound("I-5", Channel.EMAIL, null, C4_DUE.plusSeconds(1)));
        Finding f = late.findings(STD).stream().filter(x -> x.startedAt().equals(C4)).findFirst().orElseThrow();
        assertThat(f.kind()).isEqualTo(BREACH);
        assertThat(f.lateBy()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void inboundAutomatedOrAnotherCustomersContacts_doNotRestartTheCadence() {
        Evaluation e = evaluateFor(vip(), day(2025, 11, 1), aYearOfContacts(),
                inbound("I-5", Channel.PHONE, null, day(2025, 10, 1)),
                outbound("I-6", Channel.EMAIL, null, day(2025, 10, 2)).withFlags(Flag.AUTOMATED),
                Interaction.of("I-7", BOB, null, Channel.PHONE, Direction.OUTBOUND, day(2025, 10, 3)));
        assertThat(openKinds(e)).containsExactly(OBLIGATION);
        assertThat(e.findings(STD)).filteredOn(f -> f.kind() == OBLIGATION).extracting(Finding::startedAt)
                .containsExactly(C4);
    }

    @Test
    void notARegular_noCheckIns() {
        Evaluation e = evaluateFor(Customer.of(ALICE).withSince(SINCE), MON_0900, aYearOfContacts(),
                order("O-1", day(2025, 5, 1)), order("O-2", day(2025, 6, 1)));
        assertThat(e.findings(STD)).isEmpty();
    }

    @Test
    void threeOrdersWithinAYear_makeARegular_fromTheThirdOrder() {
        Instant third = day(2025, 3, 5);
        Evaluation e = evaluateFor(Customer.of(ALICE), day(2025, 7, 1), List.of(),
                order("O-1", day(2025, 1, 5)), order("O-2", day(2025, 2, 5)), order("O-3", third));
        assertThat(e.findings(STD)).extracting(Finding::kind, Finding::startedAt).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(BREACH, third), org.assertj.core.groups.Tuple.tuple(OBLIGATION, third));
        assertThat(the(e, STD, BREACH).dueAt()).isEqualTo(third.plus(Duration.ofDays(90)));
        assertThat(the(e, STD, BREACH).reason()).contains("3 orders within 365 days");

        // orders too far apart: not a regular
        Evaluation sparse = evaluateFor(Customer.of(ALICE), day(2026, 2, 1), List.of(),
                order("O-1", day(2025, 1, 5)), order("O-2", day(2025, 6, 5)), order("O-3", day(2026, 1, 6)));
        assertThat(sparse.findings(STD)).isEmpty();
    }

    @Test
    void aRegularLapses_noNewCyclesAfterwards() {
        // regular from 5 Mar 2025 to 5 Jan 2026; a contact on 1 Feb 2026 starts no cycle
        Evaluation e = evaluateFor(Customer.of(ALICE), day(2026, 6, 1), List.of(),
                order("O-1", day(2025, 1, 5)), order("O-2", day(2025, 2, 5)), order("O-3", day(2025, 3, 5)),
                outbound("I-1", Channel.PHONE, null, day(2025, 4, 1)), outbound("I-2", Channel.PHONE, null, day(2026, 2, 1)));
        // the cycle from 1 Apr 2025 was kept, late, by the contact of 1 Feb 2026, which starts nothing
        assertThat(e.findings(STD)).extracting(Finding::kind, Finding::startedAt).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(MET, day(2025, 3, 5)),
                org.assertj.core.groups.Tuple.tuple(BREACH, day(2025, 4, 1)));
        assertThat(the(e, STD, BREACH).at()).isEqualTo(day(2026, 2, 1));
    }

    @Test
    void cadencePerTier_fromConfiguration() {
        ServiceStandards monthlyForVip = ServiceStandards.builder().config(StandardsConfig.builder()
                .target(STD, "tier:VIP", Target.parse("30 days")).build()).build();
        Evaluation e = monthlyForVip.evaluate(recordsOf(List.of(vip()), aYearOfContacts().toArray()), day(2025, 9, 10));
        assertThat(e.findings(STD)).filteredOn(f -> f.kind() == OBLIGATION).extracting(Finding::dueAt)
                .containsExactly(C4.plus(Duration.ofDays(30)));
    }

    @Test
    void aContactAtTheInstantTheCustomerBecameRegular_startsOneCycleNotTwo() {
        Customer vipFromFirstContact = Customer.of(ALICE).withTier(Tier.VIP); // since unknown: earliest record
        Evaluation e = evaluateFor(vipFromFirstContact, day(2025, 2, 1), List.of(outbound("I-1", Channel.PHONE, null, C1)));
        assertThat(e.findings(STD)).extracting(Finding::kind, Finding::startedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OBLIGATION, C1));
    }

    static Order order(String id, Instant at) { return Order.received(id, ALICE, at); }

    static List<FindingKind> openKinds(Evaluation e) {
        return e.findings(STD).stream().filter(f -> f.startedAt().equals(C4)).map(Finding::kind).toList();
    }
}
