package org.servicestandards.rules.scenario;

import java.util.List;
import java.util.Objects;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.model.InputError;

/**
 * The outcome of one scenario (or of a scenario file that could not be read). Immutable.
 *
 * @param name       the scenario's name
 * @param file       the scenario file
 * @param location   where the scenario starts, {@code file:line:column}, or the problem's location
 * @param passed     whether every expectation was met and nothing unexpected appeared
 * @param missing    expected findings no actual finding matched
 * @param unexpected actual findings of a {@code nothingElseOf} standard that no expectation matched
 * @param relevant   the actual findings of every standard the scenario names (to show what happened)
 * @param inputErrors records of the given part that were rejected (a scenario's records must all be good)
 * @param error      why the scenario could not run (a file that is not a scenario file, an exception), or null
 */
public record ScenarioResult(String name, String file, String location, boolean passed, List<ExpectedFinding> missing,
                             List<Finding> unexpected, List<Finding> relevant, List<InputError> inputErrors,
                             String error) {
    public ScenarioResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        missing = missing == null ? List.of() : List.copyOf(missing);
        unexpected = unexpected == null ? List.of() : List.copyOf(unexpected);
        relevant = relevant == null ? List.of() : List.copyOf(relevant);
        inputErrors = inputErrors == null ? List.of() : List.copyOf(inputErrors);
    }

    /** A scenario file that could not be read or run. */
    static ScenarioResult error(String name, String file, String location, String error) {
        return new ScenarioResult(name, file, location, false, List.of(), List.of(), List.of(), List.of(), error);
    }

    /**
     * Why it failed, over several lines: the expected findings not found, the unexpected ones, the
     * actual findings of the standards the scenario names, and rejected records; empty when it passed.
     */
    public String failure() {
        if (passed) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        if (error != null) {
            b.append(error).append('\n');
        }
        if (!inputErrors.isEmpty()) {
            b.append("records of 'given' were rejected (a scenario's records must all be valid):\n");
            inputErrors.forEach(e -> b.append("  ").append(e).append('\n'));
        }
        if (!missing.isEmpty()) {
            b.append("expected, not found:\n");
            missing.forEach(e -> b.append("  ").append(e.describe())
                    .append(e.location() == null ? "" : "   (" + e.location() + ")").append('\n'));
        }
        if (!unexpected.isEmpty()) {
            b.append("found, not expected (nothingElseOf):\n");
            unexpected.forEach(f -> b.append("  ").append(ExpectedFinding.describe(f)).append('\n'));
        }
        if (error == null) {
            b.append("actual findings of the standards named:\n");
            if (relevant.isEmpty()) {
                b.append("  (none)\n");
            }
            relevant.forEach(f -> b.append("  ").append(ExpectedFinding.describe(f)).append('\n'));
        }
        return b.toString();
    }
}
