package org.servicestandards.rules;

import java.util.Objects;

/**
 * One problem found while compiling rules, located as {@code file:line}.
 *
 * @param file     the DRL file (its source path), or {@code null} when unknown
 * @param line     the 1-based line, or {@code 0} when Drools gives none and no rule could be found
 * @param rule     the enclosing rule's name, when known
 * @param message  what is wrong
 * @param severity {@code ERROR}, {@code WARNING} or {@code NOTE}
 */
public record RuleProblem(String file, int line, String rule, String message, Severity severity) {
    /**
     * How bad a problem is: errors stop a rule set from loading; warnings do not (they point at a
     * probable mistake); notes say what the rule set does that may surprise (a default rule replaced).
     */
    public enum Severity { ERROR, WARNING, NOTE }

    public RuleProblem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(severity, "severity");
    }

    /** An error. */
    public static RuleProblem error(String file, int line, String rule, String message) {
        return new RuleProblem(file, line, rule, message, Severity.ERROR);
    }

    /** A warning. */
    public static RuleProblem warning(String file, int line, String rule, String message) {
        return new RuleProblem(file, line, rule, message, Severity.WARNING);
    }

    /** A note. */
    public static RuleProblem note(String file, int line, String rule, String message) {
        return new RuleProblem(file, line, rule, message, Severity.NOTE);
    }

    /** Whether this is an error. */
    public boolean isError() { return severity == Severity.ERROR; }

    /** {@code file:line: message}, with the rule named when Drools gave no line of its own. */
    @Override
    public String toString() {
        return (file == null ? "<unknown>" : file) + ":" + line + ": "
                + (severity == Severity.WARNING ? "warning: " : severity == Severity.NOTE ? "note: " : "") + message
                + (rule == null ? "" : " (in rule \"" + rule + "\")");
    }
}
