package org.servicestandards.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicestandards.baseline.SharedStandards;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Severity;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/**
 * The monitor's timing and operations on small, named cases (week of Monday 2 March 2026, UTC,
 * default calendar Mon-Fri 09:00-17:00; email: 1 business day, at risk after 75% of it).
 */
class StandardsMonitorTest {
    static final String ALICE = "C-ALICE";
    static final Instant MON_0900 = at(2, 9, 0);
    static final Instant MON_1000 = at(2, 10, 0);
    static final Instant MON_1100 = at(2, 11, 0);
    static final Instant MON_1200 = at(2, 12, 0);
    static final Instant MON_1600 = at(2, 16, 0);
    static final Instant TUE_1000 = at(3, 10, 0);
    static final Instant WED_0900 = at(4, 9, 0);
    static final Instant WED_1000 = at(4, 10, 0);
    static final Instant WED_1200 = at(4, 12, 0);
    static final Instant WED_1600 = at(4, 16, 0);
    static final Instant THU_1000 = at(5, 10, 0);
    static final Instant FRI_1630 = at(6, 16, 30);
    static final Instant FRI_1715 = at(6, 17, 15);
    static final Instant FRI_1730 = at(6, 17, 30);
    static final Instant MON2_0900 = at(9, 9, 0);
    static final Instant MON2_1430 = at(9, 14, 30);
    static final Instant NEXT_WEEK = at(16, 9, 0);

    static Instant at(int marchDay, int hour, int minute) {
        return LocalDateTime.of(2026, 3, marchDay, hour, minute).toInstant(ZoneOffset.UTC);
    }

    static SupportCase aCase(String id, Instant openedAt) {
        return SupportCase.open(id, ALICE, openedAt).withAssignee("A-1");
    }

    static Interaction inbound(String id, Channel channel, String caseId, Instant at) {
        return Interaction.of(id, ALICE, caseId, channel, Direction.INBOUND, at);
    }

    static Interaction reply(String id, Channel channel, String caseId, Instant at, String agent) {
        return Interaction.of(id, ALICE, caseId, channel, Direction.OUTBOUND, at).withAgent(agent);
    }

    /** Records what the listener was told, with the monitor's instant at each event. */
    static final class Events implements MonitorListener {
        final List<Finding> arisen = new ArrayList<>();
        final List<Finding> withdrawn = new ArrayList<>();
        final Map<String, List<Finding>> settled = new HashMap<>();

        @Override
        public void onFinding(Finding finding) { arisen.add(finding); }

        @Override
        public void onWithdrawn(Finding finding) { withdrawn.add(finding); }

        @Override
        public void onSettled(String customerId, List<Finding> findings) { settled.put(customerId, findings); }

        List<Finding> arisen(String standardId) {
            return arisen.stream().filter(f -> f.standardId().equals(standardId)).toList();
        }

        List<Finding> withdrawn(String standardId) {
            return withdrawn.stream().filter(f -> f.standardId().equals(standardId)).toList();
        }

        void clear() {
            arisen.clear();
            withdrawn.clear();
        }
    }

    static StandardsMonitor monitor(Instant start, Events events) {
        return StandardsMonitor.builder(SharedStandards.defaults()).startAt(start).listener(events).build();
    }

    @Test
    void aDeadlineExactlyAtTheClocksInstant_firesOnce() {
        Events events = new Events();
        StandardsMonitor monitor = monitor(MON_0900, events);
        monitor.putAll(List.of(Customer.of(ALICE), aCase("K-1", MON_1000), inbound("I-1", Channel.EMAIL, "K-1", MON_1000)));

        monitor.advanceTo(MON_1600.minusNanos(1));
        assertThat(events.arisen("response.email")).isEmpty();

        monitor.advanceTo(MON_1600); // the at-risk instant exactly
        monitor.advanceTo(MON_1600);
        assertThat(events.arisen("response.email")).extracting(Finding::kind, Finding::at)
                .containsExactly(tuple(FindingKind.AT_RISK, MON_1600));

        monitor.advanceTo(TUE_1000); // the due instant exactly: still on time (decision 1)
        assertThat(events.arisen("response.email")).hasSize(1);

        monitor.advanceTo(TUE_1000.plusNanos(1));
        monitor.advanceTo(TUE_1000.plusNanos(1));
        monitor.advanceTo(WED_0900);
        assertThat(events.arisen("response.email")).extracting(Finding::kind, Finding::at)
                .containsExactly(tuple(FindingKind.AT_RISK, MON_1600), tuple(FindingKind.BREACH, TUE_1000.plusNanos(1)));
        assertThat(events.withdrawn("response.email")).extracting(Finding::kind).containsExactly(FindingKind.AT_RISK);
        assertThat(monitor.findings(ALICE)).filteredOn(f -> f.standardId().equals("response.email"))
                .singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(FindingKind.BREACH);
                    assertThat(f.lateBy()).isEqualTo(Duration.ofHours(23)); // measured now, not when it arose
                });
    }

    @Test
    void oneLongAdvance_reportsEachInstantOnTheWay_inOrder() {
        Events events = new Events();
        StandardsMonitor monitor = monitor(MON_0900, events);
        monitor.putAll(List.of(Customer.of(ALICE), aCase("K-1", MON_1000), inbound("I-1", Channel.EMAIL, "K-1", MON_1000)));

        monitor.advanceTo(NEXT_WEEK);

        assertThat(events.arisen("response.email")).extracting(Finding::kind, Finding::at)
                .containsExactly(tuple(FindingKind.AT_RISK, MON_1600), tuple(FindingKind.BREACH, TUE_1000.plusNanos(1)));
        assertThat(monitor.nextWakeUp()).isEmpty();
    }

    @Test
    void advancingOverAWeekend_firesNothingThatBusinessHoursDefer() {
        Events events = new Events();
        StandardsMonitor monitor = monitor(FRI_1630, events);
        monitor.putAll(List.of(Customer.of(ALICE), aCase("K-1", FRI_1630),
                inbound("I-1", Channel.EMAIL, "K-1", FRI_1630), // 1 business day: due Monday 16:30
                inbound("I-2", Channel.SOCIAL, null, FRI_1630))); // 1 hour of calendar time: due Friday 17:30

        monitor.advanceTo(MON2_0900);

        assertThat(events.arisen("response.email")).isEmpty();
        assertThat(events.arisen("response.social")).extracting(Finding::kind, Finding::at)
                .containsExactly(tuple(FindingKind.AT_RISK, FRI_1715), tuple(FindingKind.BREACH, FRI_1730.plusNanos(1)));
        assertThat(monitor.timersOfCase("K-1")).singleElement().satisfies(t -> {
            assertThat(t.stateAt(MON2_0900)).isEqualTo(Timer.State.RUNNING);
            assertThat(t.atRiskAt()).isEqualTo(MON2_1430); // half an hour on Friday, five and a half on Monday
        });

        monitor.advanceTo(MON2_1430);
        assertThat(events.arisen("response.email")).extracting(Finding::kind).containsExactly(FindingKind.AT_RISK);
    }

    @Test
    void retractingACase_withdrawsItsPendingFindings() {
        Events events = new Events();
        StandardsMonitor monitor = monitor(MON_0900, events);
        monitor.putAll(List.of(Customer.of(ALICE), aCase("K-1", MON_1000), inbound("I-1", Channel.EMAIL, "K-1", MON_1000)));
        monitor.advanceTo(MON_1600);
        assertThat(events.arisen("response.email")).extracting(Finding::kind).containsExactly(FindingKind.AT_RISK);
        assertThat(monitor.timersOfCase("K-1")).isNotEmpty();

        assertThat(monitor.retract(SupportCase.class, "K-1")).isTrue();

        assertThat(events.withdrawn("response.email")).extracting(Finding::kind).containsExactly(FindingKind.AT_RISK);
        assertThat(monitor.timersOfCase("K-1")).isEmpty();
        assertThat(monitor.evaluation().inputErrors()).extracting(e -> e.recordId() + "." + e.field())
                .containsExactly("I-1.caseId"); // as a batch evaluation of the same records says
        monitor.advanceTo(NEXT_WEEK);
        assertThat(events.arisen("response.email")).hasSize(1);
        assertThat(monitor.findings()).noneMatch(f -> f.standardId().equals("response.email"));
    }

    @Test
    void retractingAnInteraction_withdrawsItsFindings_andStopsItsClock() {
        Events events = new Events();
        StandardsMonitor monitor = monitor(MON_0900, events);
        monitor.putAll(List.of(Customer.of(ALICE), aCase("K-1", MON_1000), inbound("I-1", Channel.EMAIL, "K-1", MON_1000)));
        monitor.advanceTo(MON_1600);

        assertThat(monitor.retract(inbound("I-1", Channel.EMAIL, "K-1", MON_1000))).isTrue();
        assertThat(monitor.retract(Interaction.class, "I-1")).isFalse();

        assertThat(events.withdrawn("response.email")).hasSize(1);
        assertThat(monitor.timers()).noneMatch(t -> t.standardId().equals("response.email"));
    }

    @Test
    void timers_perCaseAndPerAgent_followTheReplies() {
        Events events = new Events();
        StandardsMonitor monitor = monitor(MON_1000, events);
        monitor.putAll(List.of(Customer.of(ALICE), aCase("K-1", MON_1000), inbound("I-1", Channel.EMAIL, "K-1", MON_1000)));

        assertThat(monitor.dueNextOfCase("K-1")).hasValueSatisfying(t -> {
            assertThat(t.standardId()).isEqualTo("response.email");
            assertThat(t.subjectId()).isEqualTo("I-1");
            assertThat(t.agentId()).isEqualTo("A-1"); // the case owner
            assertThat(t.due()).isEqualTo(TUE_1000);
            assertThat(t.timeLeftAt(MON_1000)).isEqualTo(Duration.ofHours(24));
        });
        assertThat(monitor.timersOfAgent("A-1")).extracting(Timer::standardId).containsExactly("response.email");

        monitor.advanceTo(MON_1200);
        monitor.put(reply("I-2", Channel.EMAIL, "K-1", MON_1200, "A-2"));

        assertThat(events.arisen("response.email")).extracting(Finding::kind, Finding::agentId)
                .containsExactly(tuple(FindingKind.MET, "A-2"));
        assertThat(monitor.timersOfCase("K-1")).extracting(Timer::standardId, Timer::due)
                .containsExactly(tuple("update.periodic", WED_1200)); // the next update, 2 business days on
        assertThat(monitor.dueNextOfAgent("A-1")).map(Timer::standardId).hasValue("update.periodic");
        assertThat(monitor.timersOfAgent("A-2")).isEmpty();
    }

    @Test
    void pausingACase_holdsItsClocks_andResumingMovesTheDeadline() {
        Events events = new Events();
        StandardsMonitor monitor = monitor(MON_1000, events);
        SupportCase k1 = aCase("K-1", MON_1000);
        monitor.putAll(List.of(Customer.of(ALICE), k1, inbound("I-1", Channel.EMAIL, "K-1", MON_1000)));

        monitor.advanceTo(MON_1100);
        monitor.update(k1.with(StatusChange.of(MON_1100, CaseStatus.WAITING_ON_CUSTOMER)));
        assertThat(monitor.dueNextOfCase("K-1")).map(Timer::due).hasValue(Instant.MAX);

        monitor.advanceTo(WED_0900);
        assertThat(events.arisen("response.email")).isEmpty();
        monitor.update(k1.with(StatusChange.of(MON_1100, CaseStatus.WAITING_ON_CUSTOMER))
                .with(StatusChange.of(WED_0900, CaseStatus.OPEN)));

        assertThat(monitor.dueNextOfCase("K-1")).map(Timer::due).hasValue(WED_1600); // 7 business hours left
        monitor.advanceTo(WED_1600.plusSeconds(1));
        assertThat(events.arisen("response.email")).extracting(Finding::kind)
                .containsExactly(FindingKind.AT_RISK, FindingKind.BREACH);
    }

    @Test
    void laterStepsOfTheEscalationLadder_arriveJustAfterTheirInstants() {
        Events events = new Events();
        StandardsMonitor monitor = monitor(MON_0900, events);
        monitor.putAll(List.of(Customer.of(ALICE), aCase("K-1", MON_1000),
                Complaint.of("CP-1", ALICE, "K-1", MON_1000, ComplaintCategory.BILLING_MISTAKE)));

        monitor.advanceTo(WED_1000); // resolution due: 2 business days
        assertThat(events.arisen("complaint.escalate.overdue")).isEmpty();
        monitor.advanceTo(WED_1000.plusNanos(1));
        assertThat(events.arisen("complaint.escalate.overdue")).extracting(f -> f.attribute("level"))
                .containsExactly("supervisor");
        monitor.advanceTo(THU_1000);
        assertThat(events.arisen("complaint.escalate.overdue")).hasSize(1);
        monitor.advanceTo(THU_1000.plusNanos(1)); // one business day later, with nothing else due then
        assertThat(events.arisen("complaint.escalate.overdue")).extracting(f -> f.attribute("level"))
                .containsExactly("supervisor", "manager");
    }

    @Test
    void laterStepsOfACasesEscalationLadder_arriveJustAfterTheirInstants() {
        Events events = new Events();
        StandardsMonitor monitor = monitor(MON_0900, events);
        monitor.putAll(List.of(Customer.of(ALICE), aCase("K-1", MON_1000).withSeverity(Severity.HIGH)));

        monitor.advanceTo(TUE_1000); // resolution due: 1 business day for a high-severity case
        assertThat(events.arisen("resolution.escalate.overdue")).isEmpty();
        monitor.advanceTo(TUE_1000.plusNanos(1));
        assertThat(events.arisen("resolution.escalate.overdue")).extracting(f -> f.attribute("level"))
                .containsExactly("supervisor");
        monitor.advanceTo(WED_1000);
        assertThat(events.arisen("resolution.escalate.overdue")).hasSize(1);
        monitor.advanceTo(WED_1000.plusNanos(1));
        assertThat(events.arisen("resolution.escalate.overdue")).extracting(f -> f.attribute("level"))
                .containsExactly("supervisor", "manager");
    }

    @Test
    void aLiveClock_isReadBeforeEachOperation() {
        Events events = new Events();
        MutableClock clock = new MutableClock(MON_0900);
        StandardsMonitor monitor = StandardsMonitor.builder(SharedStandards.defaults()).clock(clock)
                .listener(events).build();
        monitor.putAll(List.of(Customer.of(ALICE), aCase("K-1", MON_1000), inbound("I-1", Channel.EMAIL, "K-1", MON_1000)));
        assertThat(monitor.nextWakeUp()).isPresent();

        clock.set(MON_1600);
        assertThat(events.arisen("response.email")).isEmpty();
        monitor.tick();
        assertThat(monitor.now()).isEqualTo(MON_1600);
        assertThat(events.arisen("response.email")).extracting(Finding::kind).containsExactly(FindingKind.AT_RISK);

        clock.set(MON_1000); // a clock that goes back: the monitor does not
        monitor.put(reply("I-2", Channel.EMAIL, "K-1", MON_1600, "A-1"));
        assertThat(monitor.now()).isEqualTo(MON_1600);
        assertThat(events.arisen("response.email")).extracting(Finding::kind)
                .containsExactly(FindingKind.AT_RISK, FindingKind.MET);
    }

    @Test
    void aCustomerWithNothingOpen_leaves_andComesBackWithTheirHistory() {
        Events events = new Events();
        Map<String, List<Object>> store = new HashMap<>();
        StandardsMonitor monitor = StandardsMonitor.builder(SharedStandards.defaults()).startAt(MON_0900)
                .listener(events).history(id -> store.getOrDefault(id, List.of())).build();

        monitor.put(Customer.of(ALICE));
        store.put(ALICE, new ArrayList<>(List.of(Customer.of(ALICE))));
        assertThat(events.settled).containsOnlyKeys(ALICE);
        assertThat(monitor.stats().customers()).isZero();

        monitor.advanceTo(MON_1000);
        monitor.put(inbound("I-1", Channel.EMAIL, null, MON_1000)); // loads Alice back from the store
        assertThat(monitor.stats().customers()).isEqualTo(1);
        assertThat(monitor.timers()).extracting(Timer::subjectId).containsExactly("I-1");
        monitor.advanceTo(MON_1600);
        assertThat(events.arisen("response.email")).extracting(Finding::kind).containsExactly(FindingKind.AT_RISK);
    }

    @Test
    void misuse_isRefusedWithAReason() {
        Events events = new Events();
        StandardsMonitor monitor = monitor(MON_1000, events);
        monitor.insert(Customer.of(ALICE));

        assertThatThrownBy(() -> monitor.insert(Customer.of(ALICE))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("C-ALICE").hasMessageContaining("already held");
        assertThatThrownBy(() -> monitor.update(aCase("K-9", MON_1000))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("K-9").hasMessageContaining("not held");
        assertThatThrownBy(() -> monitor.advanceTo(MON_0900)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot go back");
        assertThatThrownBy(() -> monitor.put("not a record")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a record of the model");
        assertThatThrownBy(() -> monitor.retract(String.class, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandardsMonitor.builder(SharedStandards.defaults()).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("clock or a start instant");
        assertThatThrownBy(() -> StandardsMonitor.builder(SharedStandards.defaults()).startAt(MON_0900)
                .clock(Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("already set");
    }

    /** A clock a test sets. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) { this.now = now; }

        void set(Instant value) { now = value; }

        @Override
        public ZoneId getZone() { return ZoneOffset.UTC; }

        @Override
        public Clock withZone(ZoneId zone) { return this; }

        @Override
        public Instant instant() { return now; }
    }
}
