package org.servicestandards.evaluation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.servicestandards.model.Channel;

/**
 * One outcome of an evaluation: which standard, about which record, when, with which evidence,
 * and a sentence a supervisor could read in an appraisal. Immutable and thread-safe.
 *
 * @param kind        what the finding says, required
 * @param standardId  the catalogue id, e.g. {@code response.email}, required
 * @param subjectType the subject's record type ({@code interaction}, {@code case}, {@code order}, ...), required
 * @param subjectId   the subject's id, required
 * @param customerId  the customer concerned, optional
 * @param caseId      the case concerned, optional
 * @param agentId     the agent accountable (who answered, or the case owner), optional
 * @param channel     the channel measured, optional
 * @param startedAt   when the clock started, optional
 * @param dueAt       the last on-time instant (inclusive), optional
 * @param at          the instant of the outcome: the completing record's instant, or the evaluation
 *                    instant for open deadlines, required
 * @param lateBy      for a breach: wall-clock time from {@code dueAt} to {@code at}; otherwise null
 * @param businessLateBy for a breach of a business-time target: the lateness in business time; otherwise null
 * @param elapsed     for a completed measurement: time from start to completion in the target's own time, else null
 * @param target      the target in words, e.g. {@code 1 business day} or {@code 3 rings}, optional
 * @param evidence    the records that prove it, never null
 * @param reason      a readable sentence, required
 * @param attributes  standard-specific details (level, trigger, suggested channel, phrase, ...), never null
 */
public record Finding(FindingKind kind, String standardId, String subjectType, String subjectId, String customerId,
                      String caseId, String agentId, Channel channel, Instant startedAt, Instant dueAt, Instant at,
                      Duration lateBy, Duration businessLateBy, Duration elapsed, String target,
                      List<RecordRef> evidence, String reason, Map<String, String> attributes) {

    /**
     * The order findings are reported in: by standard, subject, instant and kind; then, so that two
     * findings that differ only in their details (two replies at the same instant) always come in the
     * same order, by reason, evidence and start.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::standardId)
            .thenComparing(Finding::subjectType).thenComparing(Finding::subjectId)
            .thenComparing(Finding::at).thenComparing(Finding::kind)
            .thenComparing(Finding::reason)
            .thenComparing(f -> f.evidence().toString())
            .thenComparing(Finding::startedAt, Comparator.nullsFirst(Comparator.naturalOrder()));

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        attributes = attributes == null ? Map.of() : Map.copyOf(new TreeMap<>(attributes));
    }

    /** The family of the standard: the id up to the first dot ({@code response}, {@code complaint}, ...). */
    public String family() {
        int dot = standardId.indexOf('.');
        return dot < 0 ? standardId : standardId.substring(0, dot);
    }

    /** An attribute, or {@code null}. */
    public String attribute(String name) { return attributes.get(name); }

    /** Whether the finding counts as a measured outcome for compliance (met or breached). */
    public boolean isMeasured() { return kind == FindingKind.MET || kind == FindingKind.BREACH; }

    public static Builder builder(FindingKind kind, String standardId, String subjectType, String subjectId) {
        return new Builder(kind, standardId, subjectType, subjectId);
    }

    /** A mutable builder; {@link #build()} validates. Not thread-safe. */
    public static final class Builder {
        private final FindingKind kind;
        private final String standardId;
        private final String subjectType;
        private final String subjectId;
        private String customerId;
        private String caseId;
        private String agentId;
        private Channel channel;
        private Instant startedAt;
        private Instant dueAt;
        private Instant at;
        private Duration lateBy;
        private Duration businessLateBy;
        private Duration elapsed;
        private String target;
        private List<RecordRef> evidence = List.of();
        private String reason;
        private final Map<String, String> attributes = new TreeMap<>();

        private Builder(FindingKind kind, String standardId, String subjectType, String subjectId) {
            this.kind = kind;
            this.standardId = standardId;
            this.subjectType = subjectType;
            this.subjectId = subjectId;
        }

        public Builder customer(String id) { this.customerId = id; return this; }
        public Builder caseId(String id) { this.caseId = id; return this; }
        public Builder agent(String id) { this.agentId = id; return this; }
        public Builder channel(Channel c) { this.channel = c; return this; }
        public Builder startedAt(Instant t) { this.startedAt = t; return this; }
        public Builder dueAt(Instant t) { this.dueAt = t; return this; }
        public Builder at(Instant t) { this.at = t; return this; }
        public Builder lateBy(Duration d) { this.lateBy = d; return this; }
        public Builder businessLateBy(Duration d) { this.businessLateBy = d; return this; }
        public Builder elapsed(Duration d) { this.elapsed = d; return this; }
        public Builder target(String t) { this.target = t; return this; }
        public Builder evidence(List<RecordRef> refs) { this.evidence = refs; return this; }
        public Builder reason(String r) { this.reason = r; return this; }
        public Builder attribute(String name, String value) {
            if (value != null) {
                attributes.put(name, value);
            }
            return this;
        }

        public Finding build() {
            return new Finding(kind, standardId, subjectType, subjectId, customerId, caseId, agentId, channel,
                    startedAt, dueAt, at, lateBy, businessLateBy, elapsed, target, evidence, reason, attributes);
        }
    }
}
