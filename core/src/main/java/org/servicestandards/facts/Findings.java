package org.servicestandards.facts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.TargetKind;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.SupportCase;

/**
 * Builds findings with their evidence and sentence, for rules: available in DRL as the global
 * {@code findings}. Measured outcomes come from {@link Deadline}s and {@link Completion}s; other
 * findings start from {@link #about} builders. Thread-confined to one evaluation.
 */
public final class Findings {
    private final BusinessCalendar calendar;

    public Findings(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    public ZoneId zone() { return calendar.zone(); }

    /** An instant in words in the calendar's zone. */
    public String when(Instant t) { return Text.when(t, calendar.zone()); }

    /** A completion at or before the due instant. */
    public Finding met(Completion c) {
        Deadline d = c.deadline();
        return measured(FindingKind.MET, c)
                .reason(Text.capitalize(d.description()) + ", started " + when(d.start()) + ", was " + c.how()
                        + " at " + when(c.at()) + ", " + within(d) + " (due " + when(d.due()) + ").")
                .build();
    }

    /** A completion after the due instant: a breach with lateness. */
    public Finding late(Completion c) {
        Deadline d = c.deadline();
        Duration lateBy = Duration.between(d.due(), c.at());
        return measured(FindingKind.BREACH, c).lateBy(lateBy).businessLateBy(businessLateness(d, c.at()))
                .reason(Text.capitalize(d.description()) + ", started " + when(d.start()) + ", was " + c.how()
                        + " at " + when(c.at()) + ", " + Text.duration(lateBy) + " after " + deadline(d)
                        + " (" + when(d.due()) + ").")
                .build();
    }

    /** No completion, and the due instant has passed: a breach, late as of {@code asOf}. */
    public Finding overdue(Deadline d, Instant asOf) {
        Duration lateBy = Duration.between(d.due(), asOf);
        return open(FindingKind.BREACH, d, asOf).lateBy(lateBy).businessLateBy(businessLateness(d, asOf))
                .reason(Text.capitalize(d.description()) + ", started " + when(d.start()) + ", has not been "
                        + d.awaited() + " as of " + when(asOf) + ", " + Text.duration(lateBy) + " after "
                        + deadline(d) + " (" + when(d.due()) + ").")
                .build();
    }

    /** No completion, due not yet passed, at-risk threshold passed. */
    public Finding atRisk(Deadline d, Instant asOf) {
        Duration left = Duration.between(asOf, d.due());
        return open(FindingKind.AT_RISK, d, asOf).attribute("timeLeft", left.toString())
                .reason(Text.capitalize(d.description()) + ", started " + when(d.start()) + ", is not yet "
                        + d.awaited() + " and is due " + when(d.due()) + " (" + Text.duration(left)
                        + " left" + (isAgreed(d) ? "" : " of its " + d.target() + " target") + ").")
                .build();
    }

    /** A builder about an interaction: customer, case, agent, channel, instant and evidence filled in. */
    public Finding.Builder about(FindingKind kind, String standardId, Interaction i) {
        return Finding.builder(kind, standardId, "interaction", i.id()).customer(i.customerId()).caseId(i.caseId())
                .agent(i.agentId()).channel(i.channel()).startedAt(i.at()).at(i.at())
                .evidence(List.of(RecordRef.interaction(i.id())));
    }

    /** A builder about an order. */
    public Finding.Builder about(FindingKind kind, String standardId, Order o) {
        return Finding.builder(kind, standardId, "order", o.id()).customer(o.customerId()).caseId(o.caseId())
                .startedAt(o.receivedAt()).at(o.receivedAt()).evidence(List.of(new RecordRef("order", o.id())));
    }

    /** A builder about a case. */
    public Finding.Builder about(FindingKind kind, String standardId, SupportCase c) {
        return Finding.builder(kind, standardId, "case", c.id()).customer(c.customerId()).caseId(c.id())
                .agent(c.assignee()).startedAt(c.openedAt()).at(c.openedAt())
                .evidence(List.of(new RecordRef("case", c.id())));
    }

    private Finding.Builder measured(FindingKind kind, Completion c) {
        Deadline d = c.deadline();
        List<RecordRef> evidence = new ArrayList<>(d.evidence());
        if (c.by() != null && !evidence.contains(c.by())) {
            evidence.add(c.by());
        }
        return base(kind, d).at(c.at()).agent(c.agentId() != null ? c.agentId() : d.agentId()).evidence(evidence)
                .elapsed(calendar.elapsed(d.start(), c.at(), d.target().kind(), d.pauses()));
    }

    private Finding.Builder open(FindingKind kind, Deadline d, Instant asOf) {
        return base(kind, d).at(asOf).agent(d.agentId()).evidence(d.evidence());
    }

    private Finding.Builder base(FindingKind kind, Deadline d) {
        Finding.Builder b = Finding.builder(kind, d.standardId(), d.subjectType(), d.subjectId()).customer(d.customerId())
                .caseId(d.caseId()).channel(d.channel()).startedAt(d.start()).dueAt(d.due())
                .target(isAgreed(d) ? AGREED : d.target().toString());
        d.attributes().forEach((name, value) -> {
            if (!name.equals(Clocks.DUE_BY)) {
                b.attribute(name, value);
            }
        });
        return b;
    }

    private static final String AGREED = "the agreed due instant";

    /** A deadline agreed with the customer ({@link Clocks#fixed}) rather than computed from a target. */
    private static boolean isAgreed(Deadline d) { return Clocks.AGREED.equals(d.attributes().get(Clocks.DUE_BY)); }

    private static String within(Deadline d) {
        return isAgreed(d) ? "by " + AGREED : "within its target of " + d.target();
    }

    private static String deadline(Deadline d) {
        return isAgreed(d) ? AGREED : "its " + d.target() + " deadline";
    }

    private Duration businessLateness(Deadline d, Instant at) {
        TargetKind kind = d.target().kind();
        return kind == TargetKind.CALENDAR_TIME ? null : calendar.elapsed(d.due(), at, kind, d.pauses());
    }
}
