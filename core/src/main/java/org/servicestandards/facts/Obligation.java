package org.servicestandards.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;

/**
 * Something the business owes a customer by a due instant (a follow-up call, a survey, a kept
 * promise), and what discharges it. The clock is its {@link Deadline}, created by {@link Clocks} so
 * every instant is computed in Java; the generic judgement rules turn the deadline, with its
 * {@link Completion} or the lack of one, into {@code MET}, {@code BREACH} or {@code AT_RISK}, and
 * while it is undischarged it is reported as {@code OBLIGATION} (past due: a {@code BREACH} as well). Immutable.
 *
 * <p>An interaction discharges it when it is outbound, to the same customer, not automated (unless
 * {@code automatedCounts}), after the obligation arose (at or after {@link Deadline#start()}, and
 * after the {@code originId} interaction that started it), of one of the {@code channels} (any when
 * empty) and, when {@code caseBound}, on the obligation's case, about its subject or case, or on no
 * case at all. When {@code flags} are required, the discharge is the first such interaction by
 * which every required flag has been given (they may come in several contacts). When the host named
 * the discharging interaction ({@code keptBy}), only that one counts.
 *
 * @param deadline        the clock: standard, subject, customer, case, who owes it, start, due, at-risk
 * @param owed            what is owed, in words: {@code follow-up call}, {@code satisfaction survey}, ...
 * @param channels        the channels that discharge it; empty = any channel
 * @param flags           flags that must all have been given to discharge it; empty = none
 * @param automatedCounts whether an automated message discharges it
 * @param caseBound       whether a discharging contact on another case (and not about it) is excluded
 * @param originId        the interaction that started it (never its own discharge), optional
 * @param keptBy          the interaction the host says discharged it, optional; then only it counts
 * @param history         earlier due instants and re-negotiations, in words, optional
 */
public record Obligation(Deadline deadline, String owed, Set<Channel> channels, Set<Flag> flags,
                         boolean automatedCounts, boolean caseBound, String originId, String keptBy,
                         String history) {
    private static final Comparator<Interaction> CHRONOLOGICAL =
            Comparator.comparing(Interaction::at).thenComparing(Interaction::id);

    public Obligation {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(owed, "owed");
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
    }

    public String standardId() { return deadline.standardId(); }

    public String customerId() { return deadline.customerId(); }

    public String caseId() { return deadline.caseId(); }

    public String subjectId() { return deadline.subjectId(); }

    /** Who owes it: the case assignee, the commitment's owner, or the customer's last agent; optional. */
    public String agentId() { return deadline.agentId(); }

    public Instant start() { return deadline.start(); }

    public Instant due() { return deadline.due(); }

    /**
     * Whether {@code i} is a contact that counts towards discharging this obligation (see the class
     * comment); required flags are checked over all contacts by {@link #dischargedBy}.
     */
    public boolean counts(Interaction i) {
        if (!i.isOutbound() || !Objects.equals(i.customerId(), customerId())) {
            return false;
        }
        if (i.isAutomated() && !automatedCounts) {
            return false;
        }
        if (!isAfterOrigin(i)) {
            return false;
        }
        if (!channels.isEmpty() && !channels.contains(i.channel())) {
            return false;
        }
        return !caseBound || caseId() == null || i.caseId() == null || i.caseId().equals(caseId())
                || i.about().contains(subjectId()) || i.about().contains(caseId());
    }

    /**
     * The completion by the first contact among {@code contacts} that discharges this obligation:
     * empty while none does, or when the host named the discharging interaction ({@link #keptBy}).
     */
    public List<Completion> dischargedBy(Clocks clocks, List<Interaction> contacts) {
        if (keptBy != null) {
            return List.of();
        }
        List<Interaction> eligible = new ArrayList<>();
        for (Interaction i : contacts) {
            if (counts(i)) {
                eligible.add(i);
            }
        }
        eligible.sort(CHRONOLOGICAL);
        Set<Flag> missing = flags.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(flags);
        List<Interaction> contributing = new ArrayList<>();
        for (Interaction i : eligible) {
            boolean helps = flags.isEmpty() || missing.removeIf(i::hasFlag);
            if (helps) {
                contributing.add(i);
            }
            if (missing.isEmpty()) {
                return List.of(complete(clocks, i, contributing));
            }
        }
        return List.of();
    }

    /**
     * The completion by the interaction the host named ({@code keptBy}); empty when it came before
     * the obligation arose (it cannot have kept a promise not yet made).
     */
    public List<Completion> keptBy(Clocks clocks, Interaction by) {
        if (!by.id().equals(keptBy) || by.at().isBefore(start())) {
            return List.of();
        }
        return List.of(clocks.complete(deadline, by.at(), RecordRef.interaction(by.id()), by.agentId(),
                deadline.awaited() + " by " + by.channel().label() + " " + by.id()
                        + (by.agentId() == null ? "" : " (agent " + by.agentId() + ")") + ", as the host recorded"));
    }

    /**
     * The {@code OBLIGATION} finding while undischarged at {@code now}: with the time left while not
     * yet due, with how overdue it is once past due (then it is a {@code BREACH} as well).
     */
    public Finding owedAt(Findings findings, Instant now) {
        Deadline d = deadline;
        boolean overdue = now.isAfter(d.due());
        Duration left = overdue ? Duration.ZERO : Duration.between(now, d.due());
        Duration late = overdue ? Duration.between(d.due(), now) : null;
        Duration age = Duration.between(d.start(), now);
        String who = d.agentId() == null ? "owed, with no agent assigned" : "owed by agent " + d.agentId();
        String when = overdue
                ? "was due " + findings.when(d.due()) + " and is " + Text.duration(late) + " overdue (" + d.target()
                        + " target)"
                : "due " + findings.when(d.due()) + " (" + Text.duration(left) + " left of its " + d.target() + " target)";
        Finding.Builder b = Finding.builder(FindingKind.OBLIGATION, d.standardId(), d.subjectType(), d.subjectId());
        d.attributes().forEach(b::attribute);
        return b.customer(d.customerId()).caseId(d.caseId()).agent(d.agentId())
                .channel(channels.size() == 1 ? channels.iterator().next() : null)
                .startedAt(d.start()).dueAt(d.due()).at(now).target(d.target().toString()).evidence(d.evidence())
                .attribute("owed", owed).attribute("owedBy", d.agentId())
                .attribute("channels", channelWords()).attribute("flags", flagWords())
                .attribute("age", age.toString()).attribute("timeLeft", overdue ? null : left.toString())
                .attribute("overdueBy", overdue ? late.toString() : null).attribute("history", history)
                .reason(Text.capitalize(d.description()) + ", arose " + findings.when(d.start()) + ": " + owed
                        + " " + who + ", " + when + "; " + dischargeWords() + " discharges it.")
                .build();
    }

    /** What discharges it, in words: {@code an outbound phone or in person contact flagged survey}. */
    public String dischargeWords() {
        StringBuilder sb = new StringBuilder(channels.isEmpty() ? "any outbound contact"
                : "an outbound " + lastComma(channelWords(), " or ") + " contact");
        if (!flags.isEmpty()) {
            sb.append(flags.size() == 1 ? " flagged " : " (in one or more contacts) flagged ")
                    .append(lastComma(flagWords(), " and "));
        }
        if (caseBound && caseId() != null) {
            sb.append(" on or about case ").append(caseId());
        }
        return sb.toString();
    }

    private static String lastComma(String list, String conjunction) {
        int i = list.lastIndexOf(", ");
        return i < 0 ? list : list.substring(0, i) + conjunction + list.substring(i + 2);
    }

    private String channelWords() {
        return channels.isEmpty() ? "any" : channels.stream().sorted().map(Channel::label).collect(Collectors.joining(", "));
    }

    private String flagWords() {
        return flags.isEmpty() ? null : flags.stream().sorted()
                .map(f -> f.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
    }

    private boolean isAfterOrigin(Interaction i) {
        int c = i.at().compareTo(start());
        if (c != 0) {
            return c > 0;
        }
        return originId == null || i.id().compareTo(originId) > 0;
    }

    private Completion complete(Clocks clocks, Interaction last, List<Interaction> contributing) {
        if (contributing.size() <= 1) {
            return clocks.complete(deadline, last);
        }
        String how = deadline.awaited() + " by " + contributing.stream()
                .map(i -> i.channel().label() + " " + i.id() + (i.agentId() == null ? "" : " (agent " + i.agentId() + ")"))
                .collect(Collectors.joining(" and "));
        return clocks.complete(deadline, last.at(), RecordRef.interaction(last.id()), last.agentId(), how);
    }
}
