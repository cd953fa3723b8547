package org.servicestandards;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.InputError;

/**
 * What a streamed evaluation ({@link ServiceStandards#evaluate(org.servicestandards.model.Dataset,
 * java.util.Iterator, Instant, int, java.util.function.Consumer)}) did: the findings themselves went
 * to the caller's sink; this counts them. Immutable and thread-safe.
 *
 * @param asOf             the evaluation instant
 * @param customers        how many customers were evaluated
 * @param findings         how many findings went to the sink
 * @param findingsByKind   how many of each kind, every kind present (zero when none)
 * @param inputErrors      why records were rejected, chunk by chunk in input order
 * @param recordsEvaluated how many records were accepted and evaluated
 * @param recordsRejected  how many records were rejected
 */
public record BatchSummary(Instant asOf, long customers, long findings, Map<FindingKind, Long> findingsByKind,
                           List<InputError> inputErrors, long recordsEvaluated, long recordsRejected) {
    public BatchSummary {
        Objects.requireNonNull(asOf, "asOf");
        Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
        for (FindingKind k : FindingKind.values()) {
            counts.put(k, findingsByKind.getOrDefault(k, 0L));
        }
        findingsByKind = Map.copyOf(counts);
        inputErrors = List.copyOf(inputErrors);
    }
}
