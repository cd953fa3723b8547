package org.servicestandards.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a rule set does not compile; lists every problem as {@code file:line: message}. */
public final class RuleCompilationException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super("the rules do not compile:\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, errors first, in file and line order. */
    public List<RuleProblem> problems() { return problems; }
}
