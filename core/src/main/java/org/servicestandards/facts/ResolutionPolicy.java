package org.servicestandards.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.servicestandards.calendar.Target;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Assignment;
import org.servicestandards.model.SupportCase;

/**
 * The case-resolution family ({@code resolution.*}) for rules: the resolution clock of a case
 * (target by its severity), the overdue escalation ladder (its instants computed here with the
 * business calendar, never in DRL) and the runaround escalation. Stateless and thread-safe.
 */
public final class ResolutionPolicy {
    /** Resolve the case within the target for its severity. */
    public static final String RESOLVE = "resolution.case";
    /** Unresolved past its target: one level per interval. */
    public static final String OVERDUE = "resolution.escalate.overdue";
    /** Passed between teams too often. */
    public static final String REASSIGNED = "resolution.escalate.reassigned";

    private ResolutionPolicy() {}

    /**
     * The resolution clock of a case: from its opening, target by the qualifier
     * {@code severity:<SEVERITY>} (then tier / internal), shifted by the case's pauses.
     */
    public static Deadline clock(Clocks clocks, SupportCase c) {
        Deadline d = clocks.start(RESOLVE, "case", c.id(), c.customerId(), c.id(), c.assignee(), null, c.openedAt(),
                describe(c), "resolved", List.of(new RecordRef("case", c.id())),
                c.severity() == null ? new String[0] : new String[] {"severity:" + c.severity().name()});
        return c.severity() == null ? d : d.withAttribute("severity", c.severity().name());
    }

    /** {@code case K-1 of customer C-1} with its severity when it has one. */
    public static String describe(SupportCase c) {
        return "case " + c.id() + " of customer " + c.customerId()
                + (c.severity() == null ? "" : " (severity " + c.severity().name().toLowerCase(Locale.ROOT) + ")");
    }

    /**
     * The overdue ladder of a case's resolution deadline: the first level of {@code levelsCsv} at the
     * due instant, each next level one interval (the target of {@code resolution.escalate.overdue},
     * pauses excluded) after the previous one. A step is raised when its instant is before
     * {@code now} and the case had not been resolved at or before it (its first resolution counts).
     */
    public static List<Finding> overdue(Clocks clocks, Findings f, Deadline d, SupportCase c, String levelsCsv,
                                        Instant now) {
        List<String> levels = EscalationPolicy.levels(levelsCsv);
        Target interval = clocks.config().target(OVERDUE);
        List<Instant> resolutions = c.resolutions();
        Instant resolved = resolutions.isEmpty() ? null : resolutions.get(0);
        List<Finding> out = new ArrayList<>();
        Instant at = d.due();
        String previous = null;
        for (String level : levels) {
            if (at.equals(Instant.MAX) || !at.isBefore(now) || (resolved != null && !resolved.isAfter(at))) {
                break;
            }
            String cause = previous == null
                    ? "not resolved by its " + d.target() + " target (due " + f.when(d.due()) + ")"
                    : "still not resolved " + interval + " after the escalation to " + article(previous) + " "
                            + previous + " (" + f.when(at) + ")";
            out.add(Finding.builder(FindingKind.ESCALATION, OVERDUE, "case", c.id()).customer(c.customerId())
                    .caseId(c.id()).agent(c.assignee()).startedAt(c.openedAt()).dueAt(at).at(at)
                    .target(previous == null ? d.target().toString() : interval + " after " + previous)
                    .evidence(List.of(new RecordRef("case", c.id())))
                    .attribute("level", level).attribute("trigger", "overdue")
                    .attribute("severity", c.severity() == null ? null : c.severity().name())
                    .reason(Text.capitalize(describe(c)) + ", opened " + f.when(c.openedAt()) + ", was " + cause
                            + "; escalate to " + article(level) + " " + level + ".")
                    .build());
            previous = level;
            if (interval == null) {
                break;
            }
            at = clocks.calendar().deadline(at, interval, c.pauses());
        }
        return out;
    }

    /**
     * The runaround escalation: the case was reassigned {@code times} times and was still open at the
     * last of them: one finding, or none.
     */
    public static List<Finding> reassigned(SupportCase c, long times, String level, Findings f) {
        if (times < 1 || times > Integer.MAX_VALUE) {
            return List.of();
        }
        Instant at = c.reassignedAt((int) times);
        if (at == null || !c.isOpenAt(at)) {
            return List.of();
        }
        String path = c.assignments().stream().limit(times + 1).map(Assignment::label)
                .collect(Collectors.joining(" -> "));
        return List.of(Finding.builder(FindingKind.ESCALATION, REASSIGNED, "case", c.id()).customer(c.customerId())
                .caseId(c.id()).agent(c.assignee()).startedAt(c.openedAt()).dueAt(at).at(at)
                .target(times + " reassignments")
                .evidence(List.of(new RecordRef("case", c.id())))
                .attribute("level", level.trim().toLowerCase(Locale.ROOT)).attribute("trigger", "reassigned")
                .attribute("reassignments", String.valueOf(times))
                .attribute("severity", c.severity() == null ? null : c.severity().name())
                .reason(Text.capitalize(describe(c)) + ", opened " + f.when(c.openedAt()) + ", was passed on "
                        + times + (times == 1 ? " time" : " times") + " while unresolved (" + path + "), the last on "
                        + f.when(at) + ": the customer is getting the runaround; escalate to "
                        + article(level.trim()) + " " + level.trim().toLowerCase(Locale.ROOT) + ".")
                .build());
    }

    private static String article(String word) {
        return !word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an" : "a";
    }
}
