package org.servicestandards.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.rules.internal.CompiledRuleSet;
import org.servicestandards.rules.internal.RuleBaseCompiler;
import org.servicestandards.rules.internal.RuleChecks;
import org.servicestandards.rules.internal.RuleIndex;

/**
 * Checks a rule set without loading it anywhere: compiles it aside and lists every problem as
 * {@code file:line: message}.
 *
 * <ul>
 *   <li><b>errors</b>: what Drools reports (syntax, unknown types, unknown fields, bad
 *       consequences; when Drools gives no line, the enclosing rule's line and name), and malformed or
 *       conflicting standard declarations. A rule set with errors never loads.</li>
 *   <li><b>warnings</b>: a rule without {@code @standard}/{@code @derivation}/{@code @judgement}
 *       metadata, a standard id declared nowhere (catalogue, configuration or {@code @title}), a
 *       {@code @finding} that is not a kind, a rule name that does not start with its standard id, a
 *       target written as a literal (the heuristic is described in {@code docs/writing-rules.md}).</li>
 *   <li><b>notes</b>: default rules the author's rules replace.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class RuleValidator {
    private RuleValidator() {}

    /** Validates the default rule base plus every {@code *.drl} under {@code dir}, against the catalogue's configuration. */
    public static List<RuleProblem> validate(Path dir) {
        return validate(RuleSet.withDirectory(dir), StandardsConfig.defaults());
    }

    /** Validates a rule set against the catalogue's default configuration. */
    public static List<RuleProblem> validate(RuleSet rules) {
        return validate(rules, StandardsConfig.defaults());
    }

    /**
     * Validates a rule set; {@code config} says which standard ids are declared besides those the
     * rules declare themselves.
     *
     * @return every problem, in load order of the files and then by line; errors before warnings on
     *         the same line; empty when all is well
     */
    public static List<RuleProblem> validate(RuleSet rules, StandardsConfig config) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(config, "config");
        RuleIndex index = RuleIndex.of(rules);
        List<RuleProblem> problems = new ArrayList<>();
        try {
            if (rules == RuleSet.defaults()) {
                CompiledRuleSet.compile(rules); // compiled once per class loader
            } else {
                RuleBaseCompiler.compile(index.sources());
            }
        } catch (RuleCompilationException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(index.errors());
        problems.addAll(RuleChecks.warnings(index, rules.applyDeclarations(config)));
        problems.addAll(index.notes());
        problems = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        Map<String, Integer> order = new HashMap<>();
        List<DrlFile> files = rules.files();
        for (int i = 0; i < files.size(); i++) {
            order.putIfAbsent(files.get(i).path(), i);
        }
        problems.sort(Comparator.comparingInt((RuleProblem p) -> p.file() == null ? -1 : order.getOrDefault(p.file(), files.size()))
                .thenComparingInt(RuleProblem::line).thenComparing(RuleProblem::severity));
        return List.copyOf(problems);
    }

    /** Whether any of the problems is an error. */
    public static boolean hasErrors(List<RuleProblem> problems) {
        return problems.stream().anyMatch(RuleProblem::isError);
    }
}
