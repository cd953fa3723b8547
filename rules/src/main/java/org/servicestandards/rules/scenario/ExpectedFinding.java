package org.servicestandards.rules.scenario;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;

/**
 * A finding a scenario expects. Every field that is set must equal the actual finding's; the
 * others are not compared. Immutable and thread-safe.
 *
 * @param kind        the kind, required
 * @param standardId  the standard id, required
 * @param subjectType the subject's record type ({@code interaction}, {@code complaint}, ...), or null for any
 * @param subjectId   the subject's id, or null for any
 * @param dueAt       the due instant, or null
 * @param at          the instant of the outcome, or null
 * @param lateBy      the wall-clock lateness, or null
 * @param level       the escalation level (attribute {@code level}), or null
 * @param agentId     the agent, or null
 * @param attributes  other attributes that must have these values; never null
 * @param location    where it is written ({@code file:line:column}), for messages; may be null
 */
public record ExpectedFinding(FindingKind kind, String standardId, String subjectType, String subjectId,
                              Instant dueAt, Instant at, Duration lateBy, String level, String agentId,
                              Map<String, String> attributes, String location) {
    public ExpectedFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(standardId, "standardId");
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
    }

    /** Whether {@code f} has every field this expectation sets. */
    public boolean matches(Finding f) {
        return kind == f.kind() && standardId.equals(f.standardId())
                && (subjectType == null || subjectType.equals(f.subjectType()))
                && (subjectId == null || subjectId.equals(f.subjectId()))
                && (dueAt == null || dueAt.equals(f.dueAt()))
                && (at == null || at.equals(f.at()))
                && (lateBy == null || lateBy.equals(f.lateBy()))
                && (level == null || level.equals(f.attribute("level")))
                && (agentId == null || agentId.equals(f.agentId()))
                && attributes.entrySet().stream().allMatch(e -> e.getValue().equals(f.attribute(e.getKey())));
    }

    /** One line: {@code BREACH response.email interaction I-2 dueAt=... lateBy=PT1S}. */
    public String describe() {
        StringBuilder b = new StringBuilder(kind.name()).append(' ').append(standardId);
        if (subjectType != null || subjectId != null) {
            b.append(' ').append(subjectType == null ? "*" : subjectType).append(' ').append(subjectId == null ? "*" : subjectId);
        }
        append(b, "dueAt", dueAt);
        append(b, "at", at);
        append(b, "lateBy", lateBy);
        append(b, "level", level);
        append(b, "agent", agentId);
        attributes.forEach((k, v) -> append(b, k, v));
        return b.toString();
    }

    /** A finding on one line, in the same form as {@link #describe()}, with every field a scenario can check. */
    public static String describe(Finding f) {
        StringBuilder b = new StringBuilder(f.kind().name()).append(' ').append(f.standardId()).append(' ')
                .append(f.subjectType()).append(' ').append(f.subjectId());
        append(b, "dueAt", f.dueAt());
        append(b, "at", f.at());
        append(b, "lateBy", f.lateBy());
        append(b, "level", f.attribute("level"));
        append(b, "agent", f.agentId());
        return b.toString();
    }

    private static void append(StringBuilder b, String name, Object value) {
        if (value != null) {
            b.append(' ').append(name).append('=').append(value);
        }
    }

    @Override
    public String toString() { return describe(); }
}
