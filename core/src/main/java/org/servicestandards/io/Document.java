package org.servicestandards.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.InputError;

/**
 * What a document holds: the records that could be read, the configuration it describes (its
 * calendar, settings and targets over the catalogue's defaults), its calendar as written, its
 * evaluation instant, and the records that were rejected while reading. Immutable and thread-safe.
 *
 * @param records   the records read, in document order; never null
 * @param config    the catalogue's defaults with the document's {@code calendar}, {@code settings} and
 *                  {@code targets} applied; never null
 * @param calendar  the document's calendar as written, or {@code null} when it has none (then
 *                  {@code config} has {@link StandardsConfig#DEFAULT_CALENDAR})
 * @param asOf      the document's evaluation instant, or {@code null} when it has none
 * @param errors    one error per record that could not be read, each with its location; never null
 * @param locations where each record read starts ({@code file:line:column}), keyed by
 *                  {@code "<type> <id>"} (e.g. {@code "interaction I-7"}); records sharing an id have
 *                  one entry each, in document order; never null
 */
public record Document(Dataset records, StandardsConfig config, CalendarSpec calendar, Instant asOf,
                       List<InputError> errors, Map<String, List<String>> locations) {

    public Document {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(config, "config");
        errors = errors == null ? List.of() : List.copyOf(errors);
        Map<String, List<String>> copy = new HashMap<>();
        if (locations != null) {
            locations.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        locations = Map.copyOf(copy);
    }

    /** A document without record locations. */
    public Document(Dataset records, StandardsConfig config, CalendarSpec calendar, Instant asOf,
                    List<InputError> errors) {
        this(records, config, calendar, asOf, errors, Map.of());
    }

    /**
     * Where a record starts in the source, or {@code null}.
     *
     * @param recordType the type as in input errors ({@code customer}, {@code case}, {@code interaction}, ...)
     * @param id         the record id
     * @return the first location of a record with this type and id, {@code file:line:column}
     */
    public String locationOf(String recordType, String id) {
        List<String> l = locations.get(recordType + " " + id);
        return l == null ? null : l.get(0);
    }

    /**
     * The evaluation of this document's records as one result: the read errors of this document
     * first, then the evaluation's own input errors (cross-record checks) with the location of their
     * record added, and {@code recordsRejected} counting both.
     *
     * <p>A duplicate-id error ({@code field} {@code id}) of a type and id that occur more than once
     * is located at the second occurrence, the next such error at the third, and so on: the
     * validator keeps the first one.
     *
     * @param evaluation an evaluation of {@link #records()}
     * @return the combined evaluation
     */
    public Evaluation withReadErrors(Evaluation evaluation) {
        List<InputError> all = new ArrayList<>(errors);
        Map<String, Integer> duplicatesSeen = new HashMap<>();
        for (InputError e : evaluation.inputErrors()) {
            if (e.location() != null || e.recordId() == null) {
                all.add(e);
                continue;
            }
            String key = e.recordType() + " " + e.recordId();
            List<String> where = locations.get(key);
            if (where == null) {
                all.add(e);
                continue;
            }
            int index = 0;
            if (e.field().equals("id") && where.size() > 1) {
                index = Math.min(where.size() - 1, duplicatesSeen.merge(key, 1, Integer::sum));
            }
            all.add(e.at(where.get(index)));
        }
        return new Evaluation(evaluation.asOf(), evaluation.findings(), all, evaluation.recordsEvaluated(),
                evaluation.recordsRejected() + errors.size());
    }
}
