package org.servicestandards.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Enums;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.Renegotiation;
import org.servicestandards.model.SupportCase;

/**
 * Creates the {@link Obligation}s of the {@code followup.*} standards for the rules in
 * {@code FollowUpFindings.drl}: the rule decides that an obligation arises; this class fills in who
 * owes it, the sentence, the evidence and what discharges it, and starts its clock through
 * {@link Clocks} (the target, the channels and the flags come from configuration: parameters
 * {@code channels}, {@code flags} and {@code automatedCounts} of each standard). Stateless.
 */
public final class FollowUpObligations {
    private FollowUpObligations() {}

    /** {@code followup.nothing-went-right}: the case was finally resolved after 2+ failures. */
    public static Obligation nothingWentRight(Clocks clocks, SupportCase c, Resolution r, List<FollowUpFailure> failures,
                                              List<Interaction> contacts) {
        List<FollowUpFailure> sorted = failures.stream().sorted(FollowUpFailure.ORDER).toList();
        List<RecordRef> evidence = new ArrayList<>();
        evidence.add(new RecordRef("case", c.id()));
        sorted.forEach(f -> evidence.add(f.record()));
        String list = sorted.stream().map(f -> f.words() + " at " + when(clocks, f.at())).collect(Collectors.joining("; "));
        return open(clocks, "followup.nothing-went-right", "case", c.id(), c.customerId(), c.id(),
                owner(c, contacts, r.at()), r.at(),
                "follow-up call to customer " + c.customerId() + " after case " + c.id() + " was resolved with "
                        + sorted.size() + " failures (" + list + ")",
                "made", distinct(evidence), "follow-up call (is everything now satisfactory?)", true, null);
    }

    /** {@code followup.irate}: a case with an irate, abusive or threatening customer was finally resolved. */
    public static Obligation irate(Clocks clocks, SupportCase c, Resolution r, List<Complaint> complaints,
                                   List<Interaction> angry, List<Interaction> contacts) {
        List<RecordRef> evidence = new ArrayList<>();
        evidence.add(new RecordRef("case", c.id()));
        List<String> why = new ArrayList<>();
        complaints.stream().sorted(Comparator.comparing(Complaint::receivedAt).thenComparing(Complaint::id)).forEach(p -> {
            evidence.add(new RecordRef("complaint", p.id()));
            why.add("complaint " + p.id() + " " + words(p.demeanour()));
        });
        angry.stream().sorted(Comparator.comparing(Interaction::at).thenComparing(Interaction::id)).forEach(i -> {
            evidence.add(RecordRef.interaction(i.id()));
            why.add(i.channel().label() + " " + i.id() + " " + words(i.demeanour()));
        });
        return open(clocks, "followup.irate", "case", c.id(), c.customerId(), c.id(), owner(c, contacts, r.at()), r.at(),
                "follow-up call to customer " + c.customerId() + " after case " + c.id()
                        + ", where the customer was irate (" + String.join("; ", why) + "), was resolved",
                "made", distinct(evidence), "follow-up call after an irate customer", true, null);
    }

    /** {@code followup.new-customer}: a new customer's first order or service was completed. */
    public static Obligation newCustomer(Clocks clocks, FollowUpFirstService first, List<SupportCase> cases,
                                         List<Interaction> contacts) {
        SupportCase c = first.caseId() == null ? null
                : cases.stream().filter(k -> k.id().equals(first.caseId())).findFirst().orElse(null);
        String agent = c != null && c.assignee() != null ? c.assignee() : lastAgent(contacts, first.at());
        List<RecordRef> evidence = new ArrayList<>();
        evidence.add(new RecordRef("customer", first.customerId()));
        evidence.add(first.record());
        return open(clocks, "followup.new-customer", "customer", first.customerId(), first.customerId(), first.caseId(),
                agent, first.at(),
                "follow-up call to new customer " + first.customerId()
                        + (first.sinceKnown() ? " (customer since " : " (first known ") + when(clocks, first.since())
                        + ") after their " + first.words(),
                "made", evidence, "follow-up call to a new customer", false, null);
    }

    /**
     * {@code followup.regular}: a check-in cycle of a regular customer, started by an outbound contact
     * ({@code last}) or, when {@code last} is null, by the customer becoming a regular.
     */
    public static Obligation regular(Clocks clocks, Customer customer, FollowUpRegularPeriod period, Interaction last,
                                     List<Interaction> contacts) {
        Instant start = last == null ? period.from() : last.at();
        List<RecordRef> evidence = new ArrayList<>();
        evidence.add(new RecordRef("customer", customer.id()));
        if (last != null) {
            evidence.add(RecordRef.interaction(last.id()));
        }
        String description = last == null
                ? "check-in with customer " + customer.id() + ", a regular since " + when(clocks, period.from()) + " ("
                        + period.basis() + ") and not contacted since"
                : "check-in with regular customer " + customer.id() + " (" + period.basis()
                        + ") after the last outbound contact, " + last.channel().label() + " " + last.id();
        return open(clocks, "followup.regular", "customer", customer.id(), customer.id(), null,
                lastAgent(contacts, start), start, description, "made", evidence, "friendly check-in", false,
                last == null ? null : last.id());
    }

    /** {@code followup.after-sale}: an order was delivered. */
    public static Obligation afterSale(Clocks clocks, Order o, List<SupportCase> cases, List<Interaction> contacts) {
        SupportCase c = o.caseId() == null ? null
                : cases.stream().filter(k -> k.id().equals(o.caseId())).findFirst().orElse(null);
        String agent = c != null && c.assignee() != null ? c.assignee() : lastAgent(contacts, o.deliveredAt());
        return open(clocks, "followup.after-sale", "order", o.id(), o.customerId(), o.caseId(), agent, o.deliveredAt(),
                "after-sale check-in with customer " + o.customerId() + " after order " + o.id() + " was delivered",
                "made", List.of(new RecordRef("order", o.id())), "after-sale check-in (is everything OK?)", true, null);
    }

    /** {@code followup.complaint}: a complaint was resolved. */
    public static Obligation complaint(Clocks clocks, Complaint p, SupportCase c, List<Interaction> contacts) {
        return open(clocks, "followup.complaint", "complaint", p.id(), p.customerId(), p.caseId(),
                owner(c, contacts, p.resolvedAt()), p.resolvedAt(),
                "apology and permanent-fix notice to customer " + p.customerId() + " after complaint " + p.id() + " ("
                        + p.category().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ") was resolved",
                "given", List.of(new RecordRef("complaint", p.id()), new RecordRef("case", p.caseId())),
                "apology call or letter, telling the customer what was done so it does not recur", true, null,
                "severity:" + p.severity(), "category:" + p.category());
    }

    /** {@code followup.survey}: a case was finally resolved. */
    public static Obligation survey(Clocks clocks, SupportCase c, Resolution r, List<Interaction> contacts) {
        return open(clocks, "followup.survey", "case", c.id(), c.customerId(), c.id(), owner(c, contacts, r.at()), r.at(),
                "satisfaction survey to customer " + c.customerId() + " after case " + c.id() + " was resolved",
                "sent", List.of(new RecordRef("case", c.id())), "satisfaction survey", true, null);
    }

    /**
     * {@code followup.commitment}: a recorded commitment, due at its {@link Commitment#currentDueAt()};
     * the sentence keeps the history of re-negotiations.
     */
    public static Obligation commitment(Clocks clocks, Commitment m) {
        String history = history(clocks, m);
        List<RecordRef> evidence = new ArrayList<>();
        evidence.add(new RecordRef("commitment", m.id()));
        if (m.madeIn() != null) {
            evidence.add(RecordRef.interaction(m.madeIn()));
        }
        StringBuilder what = new StringBuilder();
        if (m.promise() != null) {
            what.append('"').append(m.promise()).append('"');
        }
        if (m.channel() != null) {
            what.append(what.isEmpty() ? "" : " ").append("by ").append(m.channel().label());
        }
        if (history != null) {
            what.append(what.isEmpty() ? "" : "; ").append(history);
        }
        Deadline d = clocks.fixed("followup.commitment", "commitment", m.id(), m.customerId(), m.caseId(), m.ownerId(),
                m.madeAt(), m.currentDueAt(),
                "commitment " + m.id() + " of agent " + m.ownerId() + " to customer " + m.customerId()
                        + (what.isEmpty() ? "" : " (" + what + ")"),
                "kept", evidence)
                .withAttribute("owed", m.promise() != null ? m.promise() : "what was promised")
                .withAttribute("history", history);
        return new Obligation(d, m.promise() != null ? m.promise() : "what was promised",
                m.channel() == null ? Set.of() : Set.of(m.channel()), Set.of(), false, true, m.madeIn(), m.keptBy(),
                history);
    }

    /**
     * {@code followup.commitment}: a promise flagged on an interaction with no commitment recorded,
     * due by the configured {@code promiseTarget} (business time or days from the interaction).
     */
    public static Obligation promise(Clocks clocks, Interaction i, List<SupportCase> cases) {
        StandardsConfig config = clocks.config();
        Target target = config.targetParameter("followup.commitment", "promiseTarget");
        SupportCase c = i.caseId() == null ? null
                : cases.stream().filter(k -> k.id().equals(i.caseId())).findFirst().orElse(null);
        String agent = i.agentId() != null ? i.agentId() : c == null ? null : c.assignee();
        BusinessCalendar calendar = clocks.calendar();
        Instant due = calendar.deadline(i.at(), target, List.of());
        Instant atRisk = calendar.atRiskInstant(i.at(), due, target.kind(), config.atRiskShare(), List.of());
        Deadline d = new Deadline("followup.commitment", "interaction", i.id(), i.customerId(), i.caseId(), agent,
                null, null, i.at(), due, atRisk, target,
                "promise made by " + (agent == null ? "an unknown agent" : "agent " + agent) + " to customer "
                        + i.customerId() + " in " + i.channel().label() + " " + i.id()
                        + " (no commitment recorded: due within the default " + target + ")",
                "kept", List.of(RecordRef.interaction(i.id())), List.of())
                .withAttribute("owed", "what was promised in " + i.channel().label() + " " + i.id());
        return new Obligation(d, "what was promised in " + i.channel().label() + " " + i.id(), Set.of(), Set.of(),
                false, true, i.id(), null, null);
    }

    /** The re-negotiations of a commitment in words, or {@code null} when there were none. */
    static String history(Clocks clocks, Commitment m) {
        if (m.renegotiations().isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        parts.add("first due " + when(clocks, m.dueAt()));
        Instant due = m.dueAt();
        for (Renegotiation r : m.renegotiations()) {
            String note = r.note() == null ? "" : " (" + r.note() + ")";
            if (!r.at().isAfter(due)) {
                parts.add("re-negotiated on " + when(clocks, r.at()) + " to " + when(clocks, r.newDueAt()) + note);
                due = r.newDueAt();
            } else {
                parts.add("re-negotiated on " + when(clocks, r.at()) + " to " + when(clocks, r.newDueAt()) + note
                        + " after it had fallen due, which does not excuse it");
            }
        }
        return String.join(", ", parts);
    }

    /**
     * The agent of the latest contact with the customer at or before {@code t} that names one
     * (ties: the larger id); {@code null} when none does.
     */
    public static String lastAgent(List<Interaction> contacts, Instant t) {
        return contacts.stream().filter(i -> i.agentId() != null && !i.at().isAfter(t))
                .max(Comparator.comparing(Interaction::at).thenComparing(Interaction::id))
                .map(Interaction::agentId).orElse(null);
    }

    /** Whether the demeanour is one of the configured comma-separated names (e.g. {@code irate, abusive}). */
    public static boolean isOneOf(Demeanour demeanour, String names) {
        if (demeanour == null || names == null) {
            return false;
        }
        for (String name : names.split(",")) {
            if (!name.isBlank() && Enums.parse(Demeanour.class, name, "demeanour") == demeanour) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code channel} is one of the comma-separated {@code channels} ({@code any}: every channel). */
    public static boolean isChannel(Channel channel, String channels) {
        Set<Channel> set = channels(channels);
        return set.isEmpty() || set.contains(channel);
    }

    /** The comma-separated channels of a parameter; {@code any} or blank: empty (any channel). */
    public static Set<Channel> channels(String text) {
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        if (text != null && !text.isBlank() && !text.trim().equalsIgnoreCase("any")) {
            for (String name : text.split(",")) {
                if (!name.isBlank()) {
                    out.add(Channel.parse(name));
                }
            }
        }
        return out;
    }

    /** The comma-separated flags of a parameter; blank or {@code none}: empty. */
    public static Set<Flag> flags(String text) {
        Set<Flag> out = EnumSet.noneOf(Flag.class);
        if (text != null && !text.isBlank() && !text.trim().equalsIgnoreCase("none")) {
            for (String name : text.split(",")) {
                if (!name.isBlank()) {
                    out.add(Enums.parse(Flag.class, name, "flag"));
                }
            }
        }
        return out;
    }

    private static Obligation open(Clocks clocks, String standardId, String subjectType, String subjectId,
                                   String customerId, String caseId, String agentId, Instant start, String description,
                                   String awaited, List<RecordRef> evidence, String owed, boolean caseBound,
                                   String originId, String... qualifiers) {
        Deadline d = clocks.start(standardId, subjectType, subjectId, customerId, caseId, agentId, null, start,
                description, awaited, evidence, qualifiers).withAttribute("owed", owed);
        StandardsConfig config = clocks.config();
        return new Obligation(d, owed, channels(optional(config, standardId, "channels")),
                flags(optional(config, standardId, "flags")),
                Boolean.parseBoolean(optional(config, standardId, "automatedCounts")), caseBound, originId, null, null);
    }

    private static String optional(StandardsConfig config, String standardId, String name) {
        return config.standard(standardId).parameters().get(name);
    }

    private static String owner(SupportCase c, List<Interaction> contacts, Instant t) {
        return c != null && c.assignee() != null ? c.assignee() : lastAgent(contacts, t);
    }

    private static String when(Clocks clocks, Instant t) { return Text.when(t, clocks.calendar().zone()); }

    private static String words(Demeanour d) { return d == null ? "" : d.name().toLowerCase(Locale.ROOT); }

    private static List<RecordRef> distinct(List<RecordRef> refs) { return List.copyOf(new LinkedHashSet<>(refs)); }
}
