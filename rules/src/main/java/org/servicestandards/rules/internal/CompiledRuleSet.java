package org.servicestandards.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.servicestandards.rules.RuleCompilationException;
import org.servicestandards.rules.RuleProblem;
import org.servicestandards.rules.RuleSet;

/**
 * A rule set compiled into a {@link KieBase}, with its index (rules, declared standards). Immutable;
 * the KieBase is shared by every evaluation that uses it.
 *
 * @param ruleSet the rule set compiled
 * @param index   what it holds
 * @param kieBase the compiled rule base
 */
public record CompiledRuleSet(RuleSet ruleSet, RuleIndex index, KieBase kieBase) {
    /** The default rule base, compiled once per class loader: compiling it takes seconds, sharing it is safe. */
    private static volatile CompiledRuleSet defaults;

    /**
     * Compiles a rule set: replaced default rules are left out, declarations are checked.
     *
     * @throws RuleCompilationException listing every error as {@code file:line: message}
     */
    public static CompiledRuleSet compile(RuleSet ruleSet) {
        if (ruleSet == RuleSet.defaults()) {
            CompiledRuleSet d = defaults;
            if (d == null) {
                synchronized (CompiledRuleSet.class) {
                    d = defaults;
                    if (d == null) {
                        d = doCompile(ruleSet);
                        defaults = d;
                    }
                }
            }
            return d;
        }
        return doCompile(ruleSet);
    }

    private static CompiledRuleSet doCompile(RuleSet ruleSet) {
        RuleIndex index = RuleIndex.of(ruleSet);
        // the default rule base as the build precompiled it, when it is exactly these sources
        KieBase base = ruleSet == RuleSet.defaults() && index.errors().isEmpty()
                ? PrecompiledRules.load(index.sources()) : null;
        try {
            if (base == null) {
                base = RuleBaseCompiler.compile(index.sources());
            }
        } catch (RuleCompilationException e) {
            List<RuleProblem> all = new ArrayList<>(e.problems());
            all.addAll(index.errors());
            throw new RuleCompilationException(all);
        }
        if (!index.errors().isEmpty()) {
            throw new RuleCompilationException(index.errors());
        }
        return new CompiledRuleSet(ruleSet, index, base);
    }
}
