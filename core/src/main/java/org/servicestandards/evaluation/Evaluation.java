package org.servicestandards.evaluation;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicestandards.model.InputError;

/**
 * The result of evaluating records as of an instant: the findings, in {@link Finding#ORDER}, and
 * the input errors of the records that were rejected. Immutable and thread-safe.
 *
 * @param asOf             the evaluation instant
 * @param findings         every finding, sorted
 * @param inputErrors      why records were rejected, in input order
 * @param recordsEvaluated how many records were evaluated
 * @param recordsRejected  how many records were rejected
 */
public record Evaluation(Instant asOf, List<Finding> findings, List<InputError> inputErrors, int recordsEvaluated,
                         int recordsRejected) {
    public Evaluation {
        Objects.requireNonNull(asOf, "asOf");
        findings = findings.stream().sorted(Finding.ORDER).toList();
        inputErrors = List.copyOf(inputErrors);
    }

    /** The findings of one standard. */
    public List<Finding> findings(String standardId) {
        return findings.stream().filter(f -> f.standardId().equals(standardId)).toList();
    }

    /** The findings of one kind. */
    public List<Finding> findings(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }

    /** Every breach. */
    public List<Finding> breaches() { return findings(FindingKind.BREACH); }

    /** How many findings of each kind. */
    public Map<FindingKind, Long> countsByKind() {
        Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
        for (FindingKind k : FindingKind.values()) {
            counts.put(k, 0L);
        }
        findings.forEach(f -> counts.merge(f.kind(), 1L, Long::sum));
        return counts;
    }

    /** The compliance report over these findings. */
    public ComplianceReport report() { return ComplianceReport.of(this); }
}
