package org.servicestandards.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;

/**
 * What makes a finding the same finding at two instants: everything but its measurements at the
 * evaluation instant. Left out: {@code at} (an open deadline's is the evaluation instant),
 * {@code lateBy}, {@code businessLateBy}, {@code elapsed}, the reason (it words those) and every
 * attribute whose value is a duration ({@code timeLeft}, {@code age}, {@code overdueBy}). So an
 * overdue email is one finding while its lateness grows, and one event.
 */
record FindingKey(FindingKind kind, String standardId, String subjectType, String subjectId, String customerId,
                  String caseId, String agentId, Channel channel, Instant startedAt, Instant dueAt, String target,
                  List<RecordRef> evidence, Map<String, String> attributes) {

    static FindingKey of(Finding f) {
        Map<String, String> attributes = f.attributes();
        if (attributes.values().stream().anyMatch(FindingKey::isDuration)) {
            Map<String, String> kept = new TreeMap<>();
            attributes.forEach((k, v) -> {
                if (!isDuration(v)) {
                    kept.put(k, v);
                }
            });
            attributes = kept;
        }
        return new FindingKey(f.kind(), f.standardId(), f.subjectType(), f.subjectId(), f.customerId(), f.caseId(),
                f.agentId(), f.channel(), f.startedAt(), f.dueAt(), f.target(), f.evidence(), attributes);
    }

    /** {@link java.time.Duration#toString()} always starts with {@code PT}. */
    private static boolean isDuration(String value) {
        return value != null && value.startsWith("PT");
    }
}
