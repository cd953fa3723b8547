package org.servicestandards.rules;

import java.util.Objects;

/**
 * One problem found while compiling rules, located as {@code file:line}.
 *
 * @param file     the DRL file (its source path), or {@code null} when unknown
 * @param line     the 1-based line, or {@code 0} when Drools gives none and no rule could be found
 * @param rule     the enclosing rule's name, when known
 * @param message  what is wrong
 * @param severity {@code ERROR} or {@code WARNING}
 */
public record RuleProblem(String file, int line, String rule, String message, Severity severity) {
    /** How bad a problem is: errors stop a rule set from loading, warnings do not. */
    public enum Severity { ERROR, WARNING }

    public RuleProblem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** {@code file:line: message}, with the rule named when Drools gave no line of its own. */
    @Override
    public String toString() {
        return (file == null ? "<unknown>" : file) + ":" + line + ": "
                + (severity == Severity.WARNING ? "warning: " : "") + message
                + (rule == null ? "" : " (in rule \"" + rule + "\")");
    }
}
