package org.servicestandards.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;

/**
 * The escalation hierarchy of complaints, for rules: ranks of levels, the overdue ladder (its
 * instants computed here with the business calendar, never in DRL), the steps of every trigger,
 * levels reached by hand, and the {@code ESCALATION} findings. Stateless and thread-safe.
 *
 * <h2>Levels</h2>
 * The ladder is the parameter {@code levels} of {@code complaint.escalate.overdue} (default
 * {@code supervisor, manager}); a level's rank is its position in it, from 1; {@code agent} is 0.
 * A level missing from the ladder ranks as in the default hierarchy (supervisor 1, manager 2); any
 * other level is unknown: as an escalation target it ranks above every level (only a by-hand
 * involvement of that very name covers it), as a level reached by hand it covers nothing.
 */
public final class EscalationPolicy {
    /** The standard whose {@code levels} parameter is the ladder. */
    public static final String LADDER = "complaint.escalate.overdue";
    private static final List<String> DEFAULT_HIERARCHY = List.of("agent", "supervisor", "manager");
    private static final int UNKNOWN = -1;

    private EscalationPolicy() {}

    /** The levels of a comma-separated list, trimmed and in lower case. */
    public static List<String> levels(String csv) {
        return Arrays.stream(csv.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .toList();
    }

    /** The rank of {@code level} in the ladder {@code levelsCsv}: 0 for agent, 1 for the first level, ...; -1 unknown. */
    public static int rank(String levelsCsv, String level) {
        String l = level.trim().toLowerCase(Locale.ROOT);
        if (l.equals("agent")) {
            return 0;
        }
        int i = levels(levelsCsv).indexOf(l);
        if (i >= 0) {
            return i + 1;
        }
        int d = DEFAULT_HIERARCHY.indexOf(l);
        return d >= 0 ? d : UNKNOWN;
    }

    private static int stepRank(String levelsCsv, String level) {
        int r = rank(levelsCsv, level);
        return r == UNKNOWN ? Integer.MAX_VALUE : r;
    }

    /** Whether the constant is listed in a comma-separated parameter (any case, {@code -} or space for {@code _}). */
    public static boolean listed(String csv, Enum<?> value) {
        if (value == null) {
            return false;
        }
        return Arrays.stream(csv.split(",")).map(s -> s.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'))
                .anyMatch(value.name()::equals);
    }

    /**
     * Whether {@code value} is strictly above {@code threshold} (decision 16: above 10,000).
     *
     * @throws IllegalArgumentException naming the parameter when the threshold is not a number
     */
    public static boolean above(BigDecimal value, String threshold) {
        if (value == null) {
            return false;
        }
        try {
            return value.compareTo(new BigDecimal(threshold.trim())) > 0;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter 'threshold' of standard 'complaint.escalate.high-value' must be"
                    + " a number, was '" + threshold + "'", e);
        }
    }

    /**
     * The overdue ladder of a complaint unresolved past its resolution deadline (decision 14): the
     * first level of {@code levelsCsv} at the deadline, each next level one interval (the target of
     * {@code complaint.escalate.overdue}, with the complaint's qualifiers) later, shifted by the
     * case's pauses, then no further. Only steps strictly before {@code asOf} are returned: the
     * deadline itself is still on time (decision 1).
     */
    public static List<EscalationStep> ladder(Clocks clocks, Findings f, ResolutionOverdue o, String levelsCsv,
                                              Instant asOf) {
        Deadline d = o.deadline();
        Complaint c = o.complaint();
        Target interval = clocks.config().target(LADDER, ComplaintClocks.qualifiers(c));
        List<String> levels = levels(levelsCsv);
        List<EscalationStep> steps = new ArrayList<>();
        Instant at = d.due();
        for (int i = 0; i < levels.size(); i++) {
            if (i > 0) {
                if (interval == null) {
                    break;
                }
                at = clocks.calendar().deadline(at, interval, d.pauses());
            }
            if (at.equals(Instant.MAX) || !at.isBefore(asOf)) {
                break;
            }
            String level = levels.get(i);
            String target = i == 0 ? d.target().toString()
                    : d.target() + " + " + (i == 1 ? "" : i + " x ") + interval;
            String cause = i == 0
                    ? "it was not resolved by its " + d.target() + " resolution deadline (" + f.when(at) + ")"
                    : "it was still unresolved " + (i == 1 ? "" : i + " x ") + interval
                            + " after its resolution deadline (" + f.when(d.due()) + "), at " + f.when(at);
            steps.add(new EscalationStep(LADDER, "overdue", c, level, stepRank(levelsCsv, level), at, target,
                    List.of(new RecordRef("complaint", c.id()), new RecordRef("case", c.caseId())), cause));
        }
        return steps;
    }

    /** The customer was irate, abusive or threatening: escalate at the first such moment. */
    public static EscalationStep demeanour(Findings f, CustomerIrate m, String level, String levelsCsv) {
        return new EscalationStep("complaint.escalate.demeanour", "demeanour", m.complaint(), level.trim(),
                stepRank(levelsCsv, level), m.at(), "immediate", m.evidence(),
                "the customer was " + m.describe() + " (" + f.when(m.at()) + ")");
    }

    /** The {@code n}th inbound contact about the complaint (decision 15: the lodging one included). */
    public static EscalationStep repeatContact(Findings f, ComplaintContact nth, Collection<?> earlier, String level,
                                               String levelsCsv) {
        List<ComplaintContact> contacts = new ArrayList<>();
        for (Object o : earlier) {
            contacts.add((ComplaintContact) o);
        }
        contacts.add(nth);
        contacts.sort(Comparator.comparing(ComplaintContact::at).thenComparing(ComplaintContact::id));
        List<RecordRef> evidence = new ArrayList<>();
        evidence.add(new RecordRef("complaint", nth.complaintId()));
        List<String> words = new ArrayList<>();
        for (ComplaintContact k : contacts) {
            evidence.add(RecordRef.interaction(k.id()));
            words.add(k.label() + " " + f.when(k.at()));
        }
        return new EscalationStep("complaint.escalate.repeat-contact", "repeat-contact", nth.complaint(), level.trim(),
                stepRank(levelsCsv, level), nth.at(), contacts.size() + " contacts", evidence,
                "the customer contacted us " + contacts.size() + " times about it while it was unresolved ("
                        + String.join(", ", words) + ")");
    }

    /** A guarantee or promise was not kept (decision 17: category GUARANTEE_FAILURE): escalate at receipt. */
    public static EscalationStep guarantee(Complaint c, String level, String levelsCsv) {
        return new EscalationStep("complaint.escalate.guarantee", "guarantee", c, level.trim(), stepRank(levelsCsv, level),
                c.receivedAt(), "immediate", List.of(new RecordRef("complaint", c.id())),
                "a product guarantee or promise was not kept");
    }

    /** The customer's lifetime value is above the threshold (decision 16): escalate at receipt. */
    public static EscalationStep highValue(Complaint c, Customer customer, String threshold, String level,
                                           String levelsCsv) {
        return new EscalationStep("complaint.escalate.high-value", "high-value", c, level.trim(), stepRank(levelsCsv, level),
                c.receivedAt(), "lifetime value above " + threshold.trim(),
                List.of(new RecordRef("complaint", c.id()), new RecordRef("customer", customer.id())),
                "the customer's lifetime value, " + customer.lifetimeValue().toPlainString() + ", is above "
                        + threshold.trim());
    }

    /**
     * The levels an interaction on the complaint's case shows reached by hand: the flags
     * {@code MANAGER_INVOLVED} and {@code SUPERVISOR_INVOLVED}, and the level of the agent who
     * handled it (when above agent).
     *
     * @param agent the interaction's agent, or {@code null} when unknown
     */
    public static List<EscalationReached> reachedBy(Complaint c, Interaction i, Agent agent, String levelsCsv) {
        List<EscalationReached> out = new ArrayList<>();
        RecordRef by = RecordRef.interaction(i.id());
        if (i.hasFlag(Flag.MANAGER_INVOLVED)) {
            add(out, c, "manager", levelsCsv, i, by);
        }
        if (i.hasFlag(Flag.SUPERVISOR_INVOLVED)) {
            add(out, c, "supervisor", levelsCsv, i, by);
        }
        if (agent != null) {
            add(out, c, agent.level(), levelsCsv, i, by);
        }
        return out;
    }

    private static void add(List<EscalationReached> out, Complaint c, String level, String levelsCsv, Interaction i,
                            RecordRef by) {
        int rank = rank(levelsCsv, level);
        String l = level.trim().toLowerCase(Locale.ROOT);
        if (rank > 0 && out.stream().noneMatch(r -> r.level().equals(l))) {
            out.add(new EscalationReached(c.id(), l, rank, i.at(), by));
        }
    }

    /** Whether a level reached by hand covers a step: the same level, or a higher known one. */
    public static boolean covers(EscalationReached r, EscalationStep s) {
        return r.level().equalsIgnoreCase(s.level()) || (s.rank() != Integer.MAX_VALUE && r.rank() >= s.rank());
    }

    /** The {@code ESCALATION} finding of a step: level, trigger and queue as attributes. */
    public static Finding finding(EscalationStep s, SupportCase supportCase, StandardsConfig config, Findings f) {
        Complaint c = s.complaint();
        String queue = ComplaintClocks.queue(config, c.category());
        return Finding.builder(FindingKind.ESCALATION, s.standardId(), "complaint", c.id()).customer(c.customerId())
                .caseId(c.caseId()).agent(supportCase == null ? null : supportCase.assignee())
                .startedAt(c.receivedAt()).dueAt(s.at()).at(s.at()).target(s.target()).evidence(s.evidence())
                .attribute("level", s.level()).attribute("trigger", s.trigger()).attribute("queue", queue)
                .attribute("category", c.category().name()).attribute("severity", c.severity().name())
                .reason(Text.capitalize(ComplaintClocks.describe(c)) + ", received " + f.when(c.receivedAt()) + ": "
                        + s.cause() + "; escalate to " + article(s.level()) + " " + s.level()
                        + (queue == null ? "" : " (" + queue + " queue)") + ".")
                .build();
    }

    private static String article(String word) {
        return !word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
