package org.servicestandards.io.servicenow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.InputError;

/**
 * A whole incident log read into one dataset: the records, the rows rejected, context per incident
 * and what the read saw. Immutable and thread-safe.
 *
 * @param records   customers and agents (once each), cases and interactions, in file order
 * @param errors    one error per rejected row, and one per incident whose rows were too far apart
 *                  to be put together, in file order
 * @param incidents context per incident, in the order of {@code records().cases()}
 * @param summary   what the read saw
 */
public record ServiceNowImport(Dataset records, List<InputError> errors, List<IncidentInfo> incidents,
                               ServiceNowSummary summary) {
    /**
     * The standards an incident audit log cannot evidence, disabled by {@link #configure}: replies
     * to written messages, surveys and new-customer follow-up calls are not recorded in it, so their
     * absence would read as breaches.
     */
    public static final List<String> NOT_EVIDENCED = List.of("response.email", "response.web", "response.social",
            "response.chat", "response.voicemail", "followup.survey", "followup.new-customer");

    public ServiceNowImport {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(summary, "summary");
        errors = List.copyOf(errors);
        incidents = List.copyOf(incidents);
    }

    /**
     * The configuration to evaluate an incident log with: {@code base} with the standards in
     * {@link #NOT_EVIDENCED} disabled (those {@code base} does not know are skipped). Targets are
     * left as they are: {@code resolution.case} takes its per-severity targets from {@code base}.
     */
    public static StandardsConfig configure(StandardsConfig base) {
        StandardsConfig.Builder b = base.toBuilder();
        for (String id : NOT_EVIDENCED) {
            if (base.standards().stream().anyMatch(d -> d.id().equals(id))) {
                b.disable(id);
            }
        }
        return b.build();
    }

    /**
     * An evaluation of {@link #records()} with this read's errors in front of its own input errors,
     * and {@code recordsRejected} counting the rejected rows too.
     */
    public Evaluation withReadErrors(Evaluation evaluation) {
        List<InputError> all = new ArrayList<>(errors);
        all.addAll(evaluation.inputErrors());
        return new Evaluation(evaluation.asOf(), evaluation.findings(), all, evaluation.recordsEvaluated(),
                evaluation.recordsRejected() + errors.size());
    }
}
