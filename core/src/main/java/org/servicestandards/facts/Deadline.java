package org.servicestandards.facts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.servicestandards.calendar.Target;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.threeten.extra.Interval;

/**
 * A running clock of one standard for one subject: when it started, when it is due (shifted by
 * pauses), and when it becomes at risk. Created in Java by {@link Clocks} (deadline arithmetic
 * never happens in DRL); the judgement rules turn it, with its {@link Completion} or the lack of
 * one, into {@code MET}, {@code BREACH} or {@code AT_RISK}. Immutable.
 *
 * @param standardId  the standard measured
 * @param subjectType the subject's record type
 * @param subjectId   the subject's id
 * @param customerId  the customer, optional
 * @param caseId      the case, optional
 * @param agentId     who is accountable while it runs, optional
 * @param channel     the channel measured, optional
 * @param threadKey   the conversation thread a completing reply must belong to, optional
 * @param start       when the clock started
 * @param due         the last on-time instant (inclusive); {@link Instant#MAX} while paused indefinitely
 * @param atRiskAt    from this instant on an unmet deadline is at risk
 * @param target      the target that gave {@code due}
 * @param description the subject in words, e.g. {@code email I-17 from customer C-3}
 * @param awaited     what completes it, as a participle: {@code answered}, {@code filled}, ...
 * @param evidence    the records that started it
 * @param pauses      the pauses that shifted it
 * @param attributes  details copied onto every finding judged from it (e.g. a complaint's {@code queue}), never null
 */
public record Deadline(String standardId, String subjectType, String subjectId, String customerId, String caseId,
                       String agentId, Channel channel, String threadKey, Instant start, Instant due, Instant atRiskAt,
                       Target target, String description, String awaited, List<RecordRef> evidence,
                       List<Interval> pauses, Map<String, String> attributes) {
    public Deadline {
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(atRiskAt, "atRiskAt");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(awaited, "awaited");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        pauses = pauses == null ? List.of() : List.copyOf(pauses);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
        if (due.isBefore(start)) {
            throw new IllegalArgumentException("deadline of " + standardId + " for " + subjectType + " " + subjectId
                    + ": due " + due + " is before start " + start);
        }
    }

    /** A deadline without attributes. */
    public Deadline(String standardId, String subjectType, String subjectId, String customerId, String caseId,
                    String agentId, Channel channel, String threadKey, Instant start, Instant due, Instant atRiskAt,
                    Target target, String description, String awaited, List<RecordRef> evidence,
                    List<Interval> pauses) {
        this(standardId, subjectType, subjectId, customerId, caseId, agentId, channel, threadKey, start, due, atRiskAt,
                target, description, awaited, evidence, pauses, Map.of());
    }

    /** A copy with one more attribute (a null value leaves it unchanged). */
    public Deadline withAttribute(String name, String value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new TreeMap<>(attributes);
        more.put(name, value);
        return new Deadline(standardId, subjectType, subjectId, customerId, caseId, agentId, channel, threadKey, start,
                due, atRiskAt, target, description, awaited, evidence, pauses, more);
    }

    /** Whether {@code t} is on time: at or before the due instant (decision 1). */
    public boolean isOnTime(Instant t) { return !t.isAfter(due); }
}
