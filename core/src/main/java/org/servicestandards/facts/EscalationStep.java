package org.servicestandards.facts;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Complaint;

/**
 * Derived: an escalation of a complaint that became due: to which level, by which trigger, at
 * which instant, caused by which records. One rule per trigger derives the steps; one rule raises
 * each as an {@code ESCALATION} finding while the complaint was still open at {@link #at()} and
 * that level (or a higher one) had not been reached by hand by then. Equal steps are one fact, so
 * an escalation is never repeated for the same level and trigger. Immutable.
 *
 * @param standardId the standard, e.g. {@code complaint.escalate.overdue}
 * @param trigger    the trigger: {@code overdue}, {@code demeanour}, {@code repeat-contact},
 *                   {@code guarantee}, {@code high-value}
 * @param complaint  the complaint
 * @param level      the level to escalate to, e.g. {@code supervisor}
 * @param rank       the level's rank (1 = first level above agent); see {@link EscalationPolicy#rank}
 * @param at         the instant it became due
 * @param target     what it is measured against, in words, optional
 * @param evidence   the records that caused it
 * @param cause      why, as a clause: {@code the customer was irate in phone call I-3 (Tue 3 Mar 2026 10:00)}
 */
public record EscalationStep(String standardId, String trigger, Complaint complaint, String level, int rank,
                             Instant at, String target, List<RecordRef> evidence, String cause) {
    public EscalationStep {
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cause, "cause");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public String complaintId() { return complaint.id(); }

    public String caseId() { return complaint.caseId(); }
}
