package org.servicestandards.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/**
 * Derived, for {@code followup.nothing-went-right} (decision 20): one thing that went wrong on a
 * case: a reopening, a complaint, or a {@code BREACH} of a configured standard (by default
 * {@code response.*}, {@code fulfilment.*}, {@code complaint.*} and, per decision 17,
 * {@code followup.commitment}). Immutable.
 *
 * @param caseId the case
 * @param at     when it went wrong: the reopening, the complaint's receipt, the breached due instant
 * @param record the record that shows it
 * @param words  what went wrong, e.g. {@code response.email breach on interaction I-3}
 */
public record FollowUpFailure(String caseId, Instant at, RecordRef record, String words) {
    /** Orders failures chronologically, then by record. */
    public static final Comparator<FollowUpFailure> ORDER =
            Comparator.comparing(FollowUpFailure::at).thenComparing(FollowUpFailure::record)
                    .thenComparing(FollowUpFailure::words);

    public FollowUpFailure {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(words, "words");
    }

    /** One failure per reopening of the case: a finished status followed by an unfinished one. */
    public static List<FollowUpFailure> reopenings(SupportCase c) {
        List<FollowUpFailure> out = new ArrayList<>();
        boolean finished = false;
        for (StatusChange change : c.history()) {
            if (finished && !change.status().isFinished()) {
                out.add(new FollowUpFailure(c.id(), change.at(), new RecordRef("case", c.id()),
                        "case " + c.id() + " reopened"));
            }
            finished = change.status().isFinished();
        }
        return out;
    }

    /** A complaint on the case. */
    public static FollowUpFailure of(Complaint complaint) {
        return new FollowUpFailure(complaint.caseId(), complaint.receivedAt(), new RecordRef("complaint", complaint.id()),
                "complaint " + complaint.id());
    }

    /** A breach on the case: it went wrong at its due instant (or, without one, at its instant). */
    public static FollowUpFailure of(Finding breach) {
        if (breach.kind() != FindingKind.BREACH || breach.caseId() == null) {
            throw new IllegalArgumentException("not a breach on a case: " + breach);
        }
        Instant at = breach.dueAt() != null && breach.dueAt().isBefore(breach.at()) ? breach.dueAt() : breach.at();
        return new FollowUpFailure(breach.caseId(), at, new RecordRef(breach.subjectType(), breach.subjectId()),
                breach.standardId() + " breach on " + breach.subjectType() + " " + breach.subjectId());
    }

    /**
     * Whether a breach of {@code standardId} is a failure: it starts with one of the comma-separated
     * {@code prefixes} (e.g. {@code response., fulfilment., complaint., followup.commitment}).
     */
    public static boolean isFailureStandard(String standardId, String prefixes) {
        return standardId != null && prefixes != null && Arrays.stream(prefixes.split(","))
                .map(String::trim).filter(p -> !p.isEmpty()).anyMatch(standardId::startsWith);
    }
}
