package org.servicestandards.baseline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.facts.AnsweredCall;
import org.servicestandards.facts.Awaiting;
import org.servicestandards.facts.Clocks;
import org.servicestandards.facts.Completion;
import org.servicestandards.facts.Deadline;
import org.servicestandards.facts.Findings;
import org.servicestandards.facts.RecordIndex;
import org.servicestandards.facts.Reply;
import org.servicestandards.facts.Resolution;
import org.servicestandards.facts.Setting;
import org.servicestandards.facts.Text;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.DatasetValidator;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.SupportCase;

/**
 * A hand-written, plain-Java evaluator of the response-time family ({@code response.*},
 * {@code fulfilment.*}, {@code update.*}): the baseline the Drools rule base is measured against.
 * It does what {@code Common.drl} and {@code ResponseTime.drl} do, with loops and maps instead of
 * pattern matching, and the same Java helpers for everything else (the calendar arithmetic of
 * {@link Clocks}, the findings and sentences of {@link Findings}), so a comparison measures the
 * engine, not the arithmetic. {@code ResponseTimeBaselineTest} checks that both give identical
 * findings on generated data. Thread-safe; each evaluation works on its own data.
 */
public final class ResponseTimeBaseline {
    /** The standard-id prefixes of the family. */
    public static final List<String> FAMILY = List.of("response.", "fulfilment.", "update.");

    private final StandardsConfig config;
    private final boolean automatedCounts;
    private final long ringSeconds;
    private final long maxRings;

    public ResponseTimeBaseline(StandardsConfig config) {
        this.config = config;
        this.automatedCounts = config.automatedRepliesCount();
        this.ringSeconds = setting("response.phone.answer", "ringSeconds").number();
        this.maxRings = setting("response.phone.answer", "rings").number();
    }

    private Setting setting(String standardId, String name) {
        return new Setting(standardId, name, config.parameter(standardId, name));
    }

    /** Whether a standard belongs to the family. */
    public static boolean inFamily(String standardId) {
        return FAMILY.stream().anyMatch(standardId::startsWith);
    }

    /** Evaluates a whole dataset as the engine does: validate, view as of, one partition per customer. */
    public Evaluation evaluate(Dataset records, Instant asOf) {
        DatasetValidator.Result validated = DatasetValidator.validate(records);
        Dataset known = validated.accepted().asOf(asOf);
        List<Finding> out = new ArrayList<>();
        for (Dataset part : byCustomer(known)) {
            evaluatePartition(part, known.agents(), asOf, out::add);
        }
        return new Evaluation(asOf, out, validated.errors(), validated.accepted().size(),
                records.size() - validated.accepted().size());
    }

    /** Evaluates a chunk of whole customers (validated here), for streamed histories. */
    public void evaluateChunk(Dataset chunk, Collection<Agent> agents, Instant asOf, Consumer<Finding> sink) {
        Dataset known = DatasetValidator.validate(chunk).accepted().asOf(asOf);
        for (Dataset part : byCustomer(known)) {
            evaluatePartition(part, agents, asOf, sink);
        }
    }

    static Collection<Dataset> byCustomer(Dataset all) {
        Map<String, Dataset.Builder> parts = new LinkedHashMap<>();
        all.customers().forEach(r -> parts.computeIfAbsent(r.id(), k -> Dataset.builder()).add(r));
        all.cases().forEach(r -> parts.computeIfAbsent(r.customerId(), k -> Dataset.builder()).add(r));
        all.interactions().forEach(r -> parts.computeIfAbsent(r.customerId(), k -> Dataset.builder()).add(r));
        all.orders().forEach(r -> parts.computeIfAbsent(r.customerId(), k -> Dataset.builder()).add(r));
        return parts.values().stream().map(Dataset.Builder::build).toList();
    }

    /** One customer's validated records as known at {@code asOf}. */
    public void evaluatePartition(Dataset part, Collection<Agent> agents, Instant asOf, Consumer<Finding> sink) {
        Clocks clocks = new Clocks(config, new RecordIndex(part, agents));
        Findings findings = new Findings(config.calendar());
        Set<Finding> out = new LinkedHashSet<>(); // equal findings are one fact in a session, too
        Set<Deadline> deadlines = new LinkedHashSet<>();
        Set<Completion> completions = new LinkedHashSet<>();

        Map<String, SupportCase> cases = new HashMap<>();
        part.cases().forEach(c -> cases.put(c.id(), c));
        List<Reply> replies = new ArrayList<>();
        for (Interaction i : part.interactions()) {
            if (i.isOutbound() && (automatedCounts || !i.isAutomated())) {
                replies.add(new Reply(i));
            }
        }
        Map<String, List<Reply>> repliesByThread = new HashMap<>();
        Map<String, List<Reply>> repliesByCase = new HashMap<>();
        for (Reply r : replies) {
            repliesByThread.computeIfAbsent(r.threadKey(), k -> new ArrayList<>()).add(r);
            if (r.caseId() != null) {
                repliesByCase.computeIfAbsent(r.caseId(), k -> new ArrayList<>()).add(r);
            }
        }
        Comparator<Reply> chronological = (a, b) -> a.precedes(b) ? -1 : b.precedes(a) ? 1 : 0;
        repliesByThread.values().forEach(l -> l.sort(chronological));
        repliesByCase.values().forEach(l -> l.sort(chronological));

        phoneAnswer(part, findings, out);

        // What waits for a response, by standard and thread, oldest first.
        Map<String, List<Awaiting>> waiting = new LinkedHashMap<>();
        for (Interaction in : part.interactions()) {
            for (Awaiting a : awaitings(in)) {
                waiting.computeIfAbsent(a.standardId() + "\u0000" + a.threadKey(), k -> new ArrayList<>()).add(a);
            }
        }
        for (List<Awaiting> queue : waiting.values()) {
            queue.sort((a, b) -> a.precedes(b) ? -1 : b.precedes(a) ? 1 : 0);
            List<Reply> thread = repliesByThread.getOrDefault(queue.get(0).threadKey(), List.of());
            for (int k = 0; k < queue.size(); k++) {
                Awaiting a = queue.get(k);
                if (!startsCycle(queue, k, thread)) {
                    continue;
                }
                Deadline d = clocks.forInteraction(a.standardId(), a.interaction());
                deadlines.add(d);
                for (Reply r : thread) { // the first answering reply at or after the start
                    if (!r.at().isBefore(d.start()) && a.isAnsweredBy(r)) {
                        completions.add(clocks.complete(d, r.interaction()));
                        break;
                    }
                }
            }
        }

        // fulfilment.order and fulfilment.order.accuracy
        for (Order o : part.orders()) {
            Deadline d = clocks.forOrder("fulfilment.order", o, "filled");
            deadlines.add(d);
            if (o.filledAt() != null) {
                completions.add(clocks.complete(d, o.filledAt(), new RecordRef("order", o.id()), null, "filled"));
                accuracy(o, findings, out);
            }
        }

        // update.periodic: every reply on a case open at that instant starts a gap
        Map<String, List<Resolution>> resolutions = new HashMap<>();
        for (SupportCase c : part.cases()) {
            List<Instant> at = c.resolutions();
            List<Resolution> list = new ArrayList<>(at.size());
            for (Instant t : at) {
                list.add(new Resolution(c.id(), t, t.equals(c.resolvedAt())));
            }
            list.sort(Comparator.comparing(Resolution::at));
            resolutions.put(c.id(), list);
        }
        for (Reply r : replies) {
            SupportCase c = r.caseId() == null ? null : cases.get(r.caseId());
            if (c == null || !c.isOpenAt(r.at()) || !firstAtItsInstant(r, repliesByCase.get(c.id()))) {
                continue; // two updates at the same instant are one update: the gap starts once
            }
            Deadline d = clocks.forCase("update.periodic", c, r.at(), "updated", RecordRef.interaction(r.id()));
            deadlines.add(d);
            Reply next = null;
            for (Reply x : repliesByCase.get(c.id())) {
                if (x.at().isAfter(d.start())) {
                    next = x;
                    break;
                }
            }
            Resolution firstResolution = null;
            for (Resolution res : resolutions.get(c.id())) {
                if (res.at().isAfter(d.start())) {
                    firstResolution = res;
                    break;
                }
            }
            if (next != null && (firstResolution == null || !firstResolution.at().isBefore(next.at()))) {
                completions.add(clocks.complete(d, next.interaction()));
            } else if (firstResolution != null && (next == null || next.at().isAfter(firstResolution.at()))) {
                completions.add(clocks.complete(d, firstResolution.at(), new RecordRef("case", c.id()), null,
                        "closed by the resolution"));
            }
        }

        // update.process-time: judged on the first reply of each case
        for (Map.Entry<String, List<Reply>> e : repliesByCase.entrySet()) {
            SupportCase c = cases.get(e.getKey());
            if (c != null) {
                processTime(c, e.getValue().get(0), findings, out);
            }
        }

        // The judgement of clocks (Common.drl)
        Set<Deadline> completed = new LinkedHashSet<>();
        for (Completion c : completions) {
            completed.add(c.deadline());
            out.add(c.isOnTime() ? findings.met(c) : findings.late(c));
        }
        for (Deadline d : deadlines) {
            if (completed.contains(d)) {
                continue;
            }
            if (d.due().isBefore(asOf)) {
                out.add(findings.overdue(d, asOf));
            } else if (!d.atRiskAt().isAfter(asOf)) {
                out.add(findings.atRisk(d, asOf));
            }
        }
        for (Finding f : out) {
            if (config.isEnabled(f.standardId())) {
                sink.accept(f);
            }
        }
    }

    private static boolean firstAtItsInstant(Reply r, List<Reply> onCase) {
        for (Reply x : onCase) {
            if (x.at().equals(r.at())) {
                return x == r; // the case's replies are in order: the first at that instant
            }
        }
        return true;
    }

    /**
     * Whether the awaiting at {@code k} starts a reply cycle: every earlier one of its standard and
     * thread was answered by a reply between it and this one (decision 7).
     */
    private static boolean startsCycle(List<Awaiting> queue, int k, List<Reply> thread) {
        Awaiting a = queue.get(k);
        for (int j = 0; j < k; j++) {
            Awaiting earlier = queue.get(j);
            boolean answered = false;
            for (Reply r : thread) {
                if (r.at().isAfter(a.at())) {
                    break;
                }
                if (!r.at().isBefore(earlier.at()) && earlier.isAnsweredBy(r)) {
                    answered = true;
                    break;
                }
            }
            if (!answered) {
                return false;
            }
        }
        return true;
    }

    private static List<Awaiting> awaitings(Interaction in) {
        if (!in.isInbound()) {
            return List.of();
        }
        List<Awaiting> out = new ArrayList<>(2);
        switch (in.channel()) {
            case VOICEMAIL -> out.add(new Awaiting("response.voicemail", in, false));
            case EMAIL -> out.add(new Awaiting("response.email", in, false));
            case WEB -> out.add(new Awaiting("response.web", in, false));
            case SOCIAL -> out.add(new Awaiting("response.social", in, false));
            case CHAT -> out.add(new Awaiting("response.chat", in, false));
            default -> { }
        }
        if (in.channel() != Channel.VOICEMAIL
                && ((in.channel() == Channel.PHONE && in.isUnansweredCall()) || in.hasFlag(Flag.CALLBACK_REQUESTED))) {
            out.add(new Awaiting("response.callback", in, true));
        }
        return out;
    }

    private void phoneAnswer(Dataset part, Findings findings, Set<Finding> out) {
        for (Interaction call : part.interactions()) {
            if (call.channel() != Channel.PHONE || !call.isInbound()) {
                continue;
            }
            if (call.isUnansweredCall()) {
                out.add(findings.about(FindingKind.BREACH, "response.phone.answer", call)
                        .target(maxRings + " rings")
                        .reason("Call " + call.id() + " from customer " + call.customerId() + " on "
                                + findings.when(call.at()) + " was "
                                + (call.abandoned() ? "abandoned by the caller" : "missed")
                                + " before anyone answered; it must be returned (response.callback).")
                        .build());
                continue;
            }
            if (call.rings() == null && call.secondsToAnswer() == null) {
                continue;
            }
            AnsweredCall a = AnsweredCall.of(call, ringSeconds);
            if (a.rings() <= maxRings) {
                out.add(findings.about(FindingKind.MET, "response.phone.answer", call)
                        .target(maxRings + " rings").elapsed(a.timeToAnswer())
                        .reason("Call " + call.id() + " from customer " + call.customerId() + " on "
                                + findings.when(call.at()) + " was answered after " + a.rings()
                                + " ring(s), within the " + maxRings + " allowed.")
                        .build());
            } else {
                out.add(findings.about(FindingKind.BREACH, "response.phone.answer", call)
                        .target(maxRings + " rings").elapsed(a.timeToAnswer()).lateBy(a.lateBy(maxRings))
                        .reason("Call " + call.id() + " from customer " + call.customerId() + " on "
                                + findings.when(call.at()) + " was answered after " + a.rings() + " rings ("
                                + Text.duration(a.timeToAnswer()) + "), " + (a.rings() - maxRings)
                                + " more than the " + maxRings + " allowed.")
                        .build());
            }
        }
    }

    private static void accuracy(Order o, Findings findings, Set<Finding> out) {
        boolean matches = Boolean.TRUE.equals(o.matchesOrder());
        boolean invoiceWrong = Boolean.FALSE.equals(o.invoiceCorrect());
        if (matches && !invoiceWrong) {
            out.add(findings.about(FindingKind.MET, "fulfilment.order.accuracy", o).at(o.filledAt())
                    .target("exact match")
                    .reason("Order " + o.id() + " of customer " + o.customerId() + ", filled "
                            + findings.when(o.filledAt()) + ", shipped as ordered"
                            + (Boolean.TRUE.equals(o.invoiceCorrect()) ? " with a correct invoice." : "."))
                    .build());
        }
        if (Boolean.FALSE.equals(o.matchesOrder()) || invoiceWrong) {
            out.add(findings.about(FindingKind.BREACH, "fulfilment.order.accuracy", o).at(o.filledAt())
                    .target("exact match")
                    .reason("Order " + o.id() + " of customer " + o.customerId() + ", filled "
                            + findings.when(o.filledAt()) + ", "
                            + (Boolean.FALSE.equals(o.matchesOrder()) ? "shipped what was not ordered"
                                    : "shipped as ordered")
                            + (invoiceWrong ? " and was invoiced incorrectly." : "."))
                    .build());
        }
    }

    private static void processTime(SupportCase c, Reply first, Findings findings, Set<Finding> out) {
        boolean stated = first.interaction().hasFlag(Flag.PROCESS_TIME_STATED);
        out.add(findings.about(stated ? FindingKind.MET : FindingKind.BREACH, "update.process-time", c)
                .at(first.at()).agent(first.interaction().agentId()).channel(first.channel())
                .evidence(List.of(new RecordRef("case", c.id()), RecordRef.interaction(first.id())))
                .target("stated on the first response")
                .reason("The first response on case " + c.id() + " (" + first.channel().label() + " " + first.id()
                        + ", " + findings.when(first.at()) + ") "
                        + (stated ? "told the customer the normal process time."
                                : "did not tell the customer the normal process time or expected completion."))
                .build());
    }
}
