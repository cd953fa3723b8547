package org.servicestandards.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a reload did: whether the new rules are serving, and the problems found compiling them.
 * Immutable and thread-safe.
 *
 * @param succeeded whether the new rule set was swapped in; when false the previous one keeps serving
 * @param ruleSet   the rule set that was given
 * @param problems  on failure the errors (and any warnings), on success the notes; never null
 */
public record ReloadResult(boolean succeeded, RuleSet ruleSet, List<RuleProblem> problems) {
    public ReloadResult {
        Objects.requireNonNull(ruleSet, "ruleSet");
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** The errors that stopped the reload; empty when it succeeded. */
    public List<RuleProblem> errors() { return problems.stream().filter(RuleProblem::isError).toList(); }

    @Override
    public String toString() {
        return (succeeded ? "reloaded " : "reload failed, previous rules still serving: ") + ruleSet
                + (problems.isEmpty() ? "" : "\n  " + String.join("\n  ", problems.stream().map(RuleProblem::toString).toList()));
    }
}
