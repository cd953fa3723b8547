package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.evaluation.FindingKind.AT_RISK;
import static org.servicestandards.evaluation.FindingKind.BREACH;
import static org.servicestandards.evaluation.FindingKind.MET;
import static org.servicestandards.evaluation.FindingKind.OBLIGATION;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicestandards.config.Catalogue;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.Severity;

/**
 * The obligation lifecycle over every followup.* standard (decision 18): open and not yet due is
 * OBLIGATION (plus AT_RISK past the threshold), discharged is MET (late: BREACH), undischarged past
 * due is BREACH; never two for the same reason; later instants tell the same story.
 */
class FollowUpLifecycleTest {

    /** A week in which every followup.* obligation arises (Alice is new; the case had an irate complaint). */
    static List<Object> week() {
        List<Object> r = new ArrayList<>();
        r.add(openCase("K-1", MON_0900, status(MON_1200, CaseStatus.RESOLVED), status(MON_1500, CaseStatus.OPEN),
                status(TUE_1000, CaseStatus.RESOLVED)));
        r.add(new Complaint("P-1", ALICE, "K-1", MON_1000, ComplaintCategory.BILLING_MISTAKE, Severity.HIGH,
                Demeanour.IRATE, null, null, TUE_1000, null));
        r.add(Order.received("O-1", ALICE, MON_0900).withFilledAt(MON_1000).withDeliveredAt(TUE_1000));
        r.add(new Commitment("M-1", ALICE, "K-1", "A-2", MON_1000, WED_0900, "call back", Channel.PHONE, null,
                List.of(), null));
        r.add(inbound("I-0", Channel.PHONE, "K-1", MON_1200).withFlags(Flag.PROMISE)); // no commitment recorded
        return r;
    }

    static final Set<String> ALL = Catalogue.family("followup").stream().map(StandardDefinition::id)
            .collect(Collectors.toSet());

    static List<Finding> followUps(Evaluation e) {
        return e.findings().stream().filter(f -> f.family().equals("followup")).toList();
    }

    @Test
    void everyFollowUpStandard_isOwedInTheWeek_withWhoOwesIt() {
        Evaluation e = DEFAULTS.evaluate(records(week().toArray()), at(3, 12, 0));
        List<Finding> owed = e.findings(OBLIGATION).stream().filter(f -> f.family().equals("followup")).toList();
        assertThat(owed).extracting(Finding::standardId).containsAll(
                ALL.stream().filter(id -> !id.equals("followup.regular")).toList());
        assertThat(owed).allSatisfy(f -> {
            assertThat(f.dueAt()).isAfterOrEqualTo(at(3, 12, 0));
            assertThat(f.attribute("owed")).isNotBlank();
            assertThat(f.evidence()).isNotEmpty();
            assertThat(f.reason()).contains("owed", "due");
        });
        assertThat(owed).filteredOn(f -> f.standardId().equals("followup.commitment"))
                .extracting(Finding::subjectId, Finding::agentId).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("M-1", "A-2"), org.assertj.core.groups.Tuple.tuple("I-0", "A-1"));
    }

    @Test
    void laterInstant_whatWasOpenIsNowMetOrBreached_atTheSameDueInstant() {
        List<Object> records = new ArrayList<>(week());
        // Tue 16:00: one outbound call, flagged apology, a survey, and the permanent fix
        records.add(outbound("I-9", Channel.PHONE, "K-1", at(3, 16, 0))
                .withFlags(Flag.APOLOGY, Flag.PERMANENT_FIX, Flag.SURVEY));
        Instant t1 = at(3, 12, 0);
        Instant t2 = at(16, 9, 0);
        List<Finding> before = followUps(DEFAULTS.evaluate(records(records.toArray()), t1));
        List<Finding> after = followUps(DEFAULTS.evaluate(records(records.toArray()), t2));

        List<Finding> open = before.stream().filter(f -> f.kind() == OBLIGATION).toList();
        assertThat(open).hasSizeGreaterThanOrEqualTo(8);
        for (Finding o : open) {
            List<Finding> now = after.stream().filter(f -> sameObligation(f, o)).toList();
            assertThat(now).as(o.standardId() + " " + o.subjectId()).hasSize(1);
            Finding settled = now.get(0);
            assertThat(settled.kind()).isIn(MET, BREACH);
            assertThat(settled.dueAt()).isEqualTo(o.dueAt());
            // discharged by I-9 at Tue 16:00 when it was due later; otherwise overdue, and then still owed
            boolean stillOwed = after.stream().anyMatch(f -> f.kind() == OBLIGATION && f.standardId().equals(o.standardId())
                    && f.subjectId().equals(o.subjectId()) && f.startedAt().equals(o.startedAt()));
            if (settled.kind() == MET) {
                assertThat(settled.at()).isEqualTo(at(3, 16, 0));
                assertThat(stillOwed).isFalse();
            } else {
                assertThat(settled.lateBy()).isPositive();
                assertThat(stillOwed).isEqualTo(settled.elapsed() == null);
            }
        }
        // measured outcomes known at t1 stay as they were
        assertThat(after).containsAll(before.stream().filter(Finding::isMeasured).toList());
    }

    @Test
    void oneObligationPerReason_evenWithOverlappingTriggers() {
        List<Object> records = new ArrayList<>(week());
        records.add(inbound("I-5", Channel.PHONE, "K-1", MON_1000).withDemeanour(Demeanour.ABUSIVE));
        records.add(inbound("I-6", Channel.EMAIL, "K-1", MON_1000).withDemeanour(Demeanour.THREATENING));
        Evaluation e = DEFAULTS.evaluate(records(records.toArray()), at(3, 12, 0));
        Map<String, Long> perReason = followUps(e).stream().filter(f -> f.kind() == OBLIGATION)
                .collect(Collectors.groupingBy(f -> f.standardId() + "/" + f.subjectId() + "/" + f.startedAt(),
                        Collectors.counting()));
        assertThat(perReason.values()).containsOnly(1L);
    }

    @Test
    void aDisabledStandard_createsNoObligation() {
        var noSurvey = org.servicestandards.ServiceStandards.builder().config(org.servicestandards.config.StandardsConfig
                .builder().disable("followup.survey").build()).build();
        assertThat(noSurvey.evaluate(records(week().toArray()), at(3, 12, 0)).findings("followup.survey")).isEmpty();
    }

    /**
     * Property: over random weeks evaluated at random increasing instants, every obligation is in
     * exactly one state at each instant: owed (OBLIGATION, with AT_RISK until due), overdue
     * (OBLIGATION and BREACH), met (MET) or kept late (BREACH); its due instant never moves; once met
     * it stays met, once breached it stays breached.
     */
    @Test
    void randomWeeks_eachObligationHasOneStateAndAConsistentHistory() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 12; round++) {
            List<Object> records = randomWeek(random);
            List<Instant> instants = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                instants.add(MON_0900.plusSeconds(random.nextInt(14 * 24 * 3600)));
            }
            instants.sort(null);
            Map<String, Instant> dueOf = new HashMap<>();
            Map<String, FindingKind> settledAs = new HashMap<>();
            for (Instant t : instants) {
                Map<String, Set<FindingKind>> states = new HashMap<>();
                for (Finding f : followUps(DEFAULTS.evaluate(records(records.toArray()), t))) {
                    String key = f.standardId() + "/" + f.subjectId() + "/" + f.startedAt();
                    String where = "seed " + seed + ", round " + round + ", at " + t + ": " + key;
                    assertThat(states.computeIfAbsent(key, k -> EnumSet.noneOf(FindingKind.class)).add(f.kind()))
                            .as(where + " reported twice as " + f.kind()).isTrue();
                    Instant due = dueOf.putIfAbsent(key, f.dueAt());
                    assertThat(f.dueAt()).as(where + " due instant moved").isEqualTo(due == null ? f.dueAt() : due);
                    if (f.kind() == AT_RISK) {
                        assertThat(f.dueAt()).as(where + " at risk past due").isAfterOrEqualTo(t);
                    }
                }
                states.forEach((key, kinds) -> {
                    String where = "seed " + seed + ", at " + t + ": " + key + " " + kinds;
                    assertThat(kinds).as(where).isIn(EnumSet.of(OBLIGATION), EnumSet.of(OBLIGATION, AT_RISK),
                            EnumSet.of(OBLIGATION, BREACH), EnumSet.of(MET), EnumSet.of(BREACH));
                    FindingKind state = kinds.contains(BREACH) ? BREACH : kinds.contains(MET) ? MET : OBLIGATION;
                    FindingKind earlier = settledAs.get(key);
                    if (earlier == MET) {
                        assertThat(state).as(where + " was met before").isEqualTo(MET);
                    }
                    if (earlier == BREACH) {
                        assertThat(state).as(where + " was breached before").isEqualTo(BREACH);
                    }
                    if (state != OBLIGATION) {
                        settledAs.put(key, state);
                    }
                });
            }
        }
    }

    private static List<Object> randomWeek(Random random) {
        List<Object> r = new ArrayList<>();
        Instant resolved = MON_0900.plusSeconds(3600 + random.nextInt(4 * 24 * 3600));
        r.add(openCase("K-1", MON_0900, status(resolved, CaseStatus.RESOLVED)));
        r.add(new Complaint("P-1", ALICE, "K-1", MON_0900, ComplaintCategory.OTHER, Severity.MEDIUM,
                random.nextBoolean() ? Demeanour.IRATE : Demeanour.CALM, null, null, resolved, null));
        Instant delivered = MON_0900.plusSeconds(random.nextInt(5 * 24 * 3600));
        r.add(Order.received("O-1", ALICE, MON_0900).withFilledAt(MON_0900).withDeliveredAt(delivered));
        Instant made = MON_0900.plusSeconds(random.nextInt(3 * 24 * 3600));
        r.add(new Commitment("M-1", ALICE, "K-1", "A-2", made, made.plusSeconds(3600 + random.nextInt(48 * 3600)), null,
                random.nextBoolean() ? Channel.PHONE : null, null, List.of(), null));
        Channel[] channels = Channel.values();
        Flag[] flags = {Flag.SURVEY, Flag.APOLOGY, Flag.PERMANENT_FIX, Flag.AUTOMATED};
        for (int i = 0; i < 6; i++) {
            Instant at = MON_0900.plusSeconds(random.nextInt(12 * 24 * 3600));
            String customer = random.nextInt(5) == 0 ? BOB : ALICE;
            Direction direction = random.nextInt(4) == 0 ? Direction.INBOUND : Direction.OUTBOUND;
            Channel channel = channels[random.nextInt(channels.length)];
            Interaction contact = Interaction.of("I-" + i, customer, customer.equals(ALICE) && random.nextBoolean()
                    ? "K-1" : null, channel, direction, at).withAgent("A-1");
            List<Flag> chosen = new ArrayList<>();
            for (Flag f : flags) {
                if (random.nextInt(3) == 0) {
                    chosen.add(f);
                }
            }
            r.add(contact.withFlags(chosen.toArray(Flag[]::new)));
        }
        return r;
    }

    private static boolean sameObligation(Finding a, Finding b) {
        return a.standardId().equals(b.standardId()) && a.subjectId().equals(b.subjectId())
                && a.startedAt().equals(b.startedAt()) && a.isMeasured();
    }

}
