package org.servicestandards.examples.monitor;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.servicestandards.ServiceStandards;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.facts.Text;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;
import org.servicestandards.monitor.MonitorListener;
import org.servicestandards.monitor.StandardsMonitor;
import org.servicestandards.monitor.Timer;

/**
 * A help desk watched live: the CRM's events go to a {@link StandardsMonitor} as they happen, a
 * supervisor's feed gets every finding that needs someone (at risk, breached, owed, escalated) the
 * moment it arises, and each agent's board shows the running clocks ("reply due in 3 hours").
 *
 * <p>{@link #main} replays a short week: an email on Monday, a call back promised, a reply late in
 * the afternoon, an email on Friday afternoon that the weekend does not make late. Not thread-safe
 * (the monitor is; this desk's feed is a plain list).
 */
public final class LiveDesk implements MonitorListener {
    private final StandardsMonitor monitor;
    private final List<String> feed = new ArrayList<>();

    /** A desk whose time starts at {@code start} and moves with {@link #clockAt}. */
    public LiveDesk(ServiceStandards standards, Instant start) {
        // tag::monitor[]
        this.monitor = StandardsMonitor.builder(standards)
                .startAt(start)          // or .clock(Clock.systemUTC()) and call tick() at nextWakeUp()
                .listener(this)
                .build();
        // end::monitor[]
    }

    public StandardsMonitor monitor() { return monitor; }

    // ------------------------------------------------------------------------------------------
    // What the CRM tells the monitor

    public void newCustomer(String customerId) {
        monitor.put(Customer.of(customerId));
    }

    public void openCase(String caseId, String customerId, String agentId, Instant at) {
        monitor.put(SupportCase.open(caseId, customerId, at).withAssignee(agentId));
    }

    public void customerWrites(String id, String customerId, String caseId, Channel channel, Instant at) {
        monitor.put(Interaction.of(id, customerId, caseId, channel, Direction.INBOUND, at));
    }

    public void agentReplies(String id, String customerId, String caseId, Channel channel, String agentId,
                             Instant at, Flag... flags) {
        monitor.put(Interaction.of(id, customerId, caseId, channel, Direction.OUTBOUND, at).withAgent(agentId)
                .withFlags(flags));
    }

    public void resolve(SupportCase held, Instant at) {
        monitor.update(held.with(StatusChange.of(at, CaseStatus.RESOLVED)));
    }

    /** The clock moved: findings due on the way are reported at their instants. */
    public void clockAt(Instant t) {
        monitor.advanceTo(t);
    }

    // ------------------------------------------------------------------------------------------
    // What the desk shows

    /** Lines for the supervisor's feed: what needs someone, as it arose. */
    public List<String> feed() { return List.copyOf(feed); }

    /** An agent's board: their running clocks, soonest first, as of the monitor's instant. */
    public List<String> board(String agentId) {
        Instant now = monitor.now();
        List<String> lines = new ArrayList<>();
        for (Timer t : monitor.timersOfAgent(agentId)) {
            Duration left = t.timeLeftAt(now);
            String when = left == null ? "paused (waiting on the customer)"
                    : left.isNegative() ? "overdue by " + Text.duration(left.negated())
                    : "due in " + Text.duration(left);
            lines.add(t.standardId() + " " + t.description() + ": " + t.awaited() + " " + when
                    + (t.stateAt(now) == Timer.State.AT_RISK ? " (at risk)" : ""));
        }
        return lines;
    }

    @Override
    public void onFinding(Finding f) {
        if (f.kind() != FindingKind.MET) {
            feed.add(Text.when(f.at(), ZoneOffset.UTC) + "  " + f.kind() + " " + f.standardId() + " " + f.subjectType()
                    + " " + f.subjectId() + (f.agentId() == null ? "" : " (agent " + f.agentId() + ")"));
        }
    }

    @Override
    public void onWithdrawn(Finding f) {
        if (f.kind() == FindingKind.AT_RISK) {
            feed.add("        no longer at risk: " + f.standardId() + " " + f.subjectId());
        }
    }

    /** Replays a short week and prints the feed and the boards. */
    public static void main(String[] args) {
        Instant monday = Instant.parse("2026-03-02T09:00:00Z");
        LiveDesk desk = new LiveDesk(ServiceStandards.withDefaults(), monday);
        desk.newCustomer("ada");
        desk.openCase("K-1", "ada", "grace", monday.plus(Duration.ofHours(1)));
        desk.clockAt(monday.plus(Duration.ofHours(1)));
        desk.customerWrites("I-1", "ada", "K-1", Channel.EMAIL, desk.monitor().now());
        System.out.println("Monday 10:00, grace's board: " + desk.board("grace"));

        desk.clockAt(monday.plus(Duration.ofHours(7)).plus(Duration.ofMinutes(30))); // 16:30: at risk since 16:00
        desk.agentReplies("I-2", "ada", "K-1", Channel.EMAIL, "grace", desk.monitor().now(), Flag.PROCESS_TIME_STATED);
        System.out.println("Monday 16:30, grace's board: " + desk.board("grace"));

        Instant friday = monday.plus(Duration.ofDays(4)).plus(Duration.ofHours(7).plusMinutes(30)); // Fri 16:30
        desk.clockAt(friday);
        desk.customerWrites("I-3", "ada", "K-1", Channel.EMAIL, friday);
        desk.clockAt(monday.plus(Duration.ofDays(7))); // Monday 09:00: the weekend made nothing late
        System.out.println("Next Monday 09:00, grace's board: " + desk.board("grace"));
        System.out.println("Supervisor's feed:");
        desk.feed().forEach(line -> System.out.println("  " + line));
    }
}
