package org.servicestandards.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.SupportCase;
import org.threeten.extra.Interval;

/**
 * Starts and stops clocks for rules: every deadline is computed here, in Java, with the business
 * calendar, the configured target for the subject's qualifiers and the case's pauses. Available
 * in DRL as the global {@code clocks}. Thread-confined to one evaluation.
 */
public final class Clocks {
    private final StandardsConfig config;
    private final RecordIndex index;

    public Clocks(StandardsConfig config, RecordIndex index) {
        this.config = config;
        this.index = index;
    }

    public BusinessCalendar calendar() { return config.calendar(); }

    public StandardsConfig config() { return config; }

    /** The agent with this id (from any partition), or {@code null}: a lookup, e.g. for an agent's level. */
    public org.servicestandards.model.Agent agent(String agentId) { return index.agent(agentId); }

    /**
     * A clock started by an inbound interaction, awaiting its answer: target by channel, tier and
     * internal qualifiers; paused while its case waits on the customer.
     */
    public Deadline forInteraction(String standardId, Interaction in) {
        SupportCase c = index.supportCase(in.caseId());
        String what = in.isUnansweredCall() ? (in.abandoned() ? "abandoned call " : "missed call ") + in.id()
                : in.channel().label() + " " + in.id();
        return start(standardId, "interaction", in.id(), in.customerId(), in.caseId(),
                c != null && c.assignee() != null ? c.assignee() : in.agentId(), in, in.at(),
                what + " from customer " + in.customerId(), "answered", List.of(RecordRef.interaction(in.id())),
                "channel:" + in.channel());
    }

    /** A clock started when an order was received, awaiting {@code awaited} (e.g. {@code filled}). */
    public Deadline forOrder(String standardId, Order o, String awaited) {
        return start(standardId, "order", o.id(), o.customerId(), o.caseId(), null, null, o.receivedAt(),
                "order " + o.id() + " of customer " + o.customerId(), awaited, List.of(new RecordRef("order", o.id())));
    }

    /** A clock about a case, started at {@code start}, awaiting {@code awaited}. */
    public Deadline forCase(String standardId, SupportCase c, Instant start, String awaited, RecordRef... evidence) {
        List<RecordRef> refs = new ArrayList<>();
        refs.add(new RecordRef("case", c.id()));
        refs.addAll(List.of(evidence));
        return start(standardId, "case", c.id(), c.customerId(), c.id(), c.assignee(), null, start,
                "case " + c.id() + " of customer " + c.customerId(), awaited, refs);
    }

    /**
     * The general form: a clock for any subject with the standard's configured target.
     *
     * @param qualifiers extra qualifiers, most specific first; tier and internal are added from the customer
     */
    public Deadline start(String standardId, String subjectType, String subjectId, String customerId, String caseId,
                          String agentId, Interaction channelSource, Instant start, String description, String awaited,
                          List<RecordRef> evidence, String... qualifiers) {
        Customer customer = index.customer(customerId);
        List<String> all = new ArrayList<>(List.of(qualifiers));
        if (customer != null) {
            if (customer.internal()) {
                all.add("internal");
            }
            all.add("tier:" + customer.tier());
        }
        Target target = config.target(standardId, all.toArray(String[]::new));
        if (target == null) {
            throw new IllegalStateException("standard '" + standardId + "' has no target: configure one before a rule"
                    + " starts a clock for it");
        }
        List<Interval> pauses = pausesOf(caseId);
        BusinessCalendar calendar = config.calendar();
        Instant due = calendar.deadline(start, target, pauses);
        Instant atRisk = calendar.atRiskInstant(start, due, target.kind(), config.atRiskShare(), pauses);
        return new Deadline(standardId, subjectType, subjectId, customerId, caseId, agentId,
                channelSource == null ? null : channelSource.channel(),
                channelSource == null ? null : channelSource.threadKey(), start, due, atRisk, target, description,
                awaited, evidence, pauses);
    }

    /** A clock whose due instant is given (e.g. a commitment's), not computed from a target. */
    public Deadline fixed(String standardId, String subjectType, String subjectId, String customerId, String caseId,
                          String agentId, Instant start, Instant due, String description, String awaited,
                          List<RecordRef> evidence) {
        BusinessCalendar always = BusinessCalendar.always(config.calendar().zone());
        Instant atRisk = always.atRiskInstant(start, due, org.servicestandards.calendar.TargetKind.CALENDAR_TIME,
                config.atRiskShare(), List.of());
        return new Deadline(standardId, subjectType, subjectId, customerId, caseId, agentId, null, null, start, due,
                atRisk, Target.calendar(java.time.Duration.between(start, due)), description, awaited, evidence,
                List.of(), java.util.Map.of(DUE_BY, AGREED));
    }

    /** Deadline attribute saying where the due instant comes from; not copied onto findings. */
    static final String DUE_BY = "dueBy";
    /** {@link #DUE_BY} value of a due instant agreed with the customer. */
    static final String AGREED = "agreement";

    /** Stops a clock with the interaction that completed it. */
    public Completion complete(Deadline d, Interaction by) {
        return new Completion(d, by.at(), RecordRef.interaction(by.id()), by.agentId(),
                d.awaited() + " by " + by.channel().label() + " " + by.id()
                        + (by.agentId() == null ? "" : " (agent " + by.agentId() + ")"));
    }

    /** Stops a clock at an instant recorded on a record (a fill, a resolution). */
    public Completion complete(Deadline d, Instant at, RecordRef by, String agentId, String how) {
        return new Completion(d, at, by, agentId, how);
    }

    private List<Interval> pausesOf(String caseId) {
        SupportCase c = index.supportCase(caseId);
        return c == null ? List.of() : c.pauses();
    }
}
