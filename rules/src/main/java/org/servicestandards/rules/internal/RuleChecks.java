package org.servicestandards.rules.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.drools.drl.ast.descr.RuleDescr;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.rules.RuleInfo;
import org.servicestandards.rules.RuleProblem;

/**
 * The warnings of rule validation: conventions the compiler does not check.
 *
 * <ul>
 *   <li>a rule without {@code @standard}, {@code @derivation} or {@code @judgement} (or with more than one);</li>
 *   <li>a {@code @standard} id that is declared nowhere: not in the catalogue, not in the configuration,
 *       and no rule declares it with {@code @title};</li>
 *   <li>a standard rule without {@code @finding}, with a word in it that is not a finding kind, or
 *       with a kind its standard does not produce; a rule name that does not start with its standard id;</li>
 *   <li>a rule named like a default rule but in another package (it adds a rule, it does not replace one);</li>
 *   <li>a target written as a literal (see {@link LiteralTargets}).</li>
 * </ul>
 */
public final class RuleChecks {
    private RuleChecks() {}

    public static List<RuleProblem> warnings(RuleIndex index, StandardsConfig config) {
        List<RuleProblem> out = new ArrayList<>(index.declarationWarnings());
        Set<String> known = new TreeSet<>();
        config.standards().forEach(d -> known.add(d.id()));
        index.declared().forEach(d -> known.add(d.id()));
        List<RuleInfo> rules = index.rules();
        List<RuleDescr> descrs = index.ruleDescrs();
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo r = rules.get(i);
            metadata(r, config, index, known, out);
            if (r.replaces() == null && !r.packageName().equals(RuleIndex.DEFAULT_PACKAGE)) {
                RuleInfo same = index.defaultRule(r.name());
                if (same != null) {
                    out.add(RuleProblem.warning(r.file(), r.line(), r.name(), "a default rule has this name in package "
                            + RuleIndex.DEFAULT_PACKAGE + " (" + same.location() + "); this rule, in package "
                            + r.packageName() + ", is added beside it and replaces nothing (to replace it, use package "
                            + RuleIndex.DEFAULT_PACKAGE + ")"));
                }
            }
        }
        for (RuleIndex.Parsed p : index.parsed()) {
            for (RuleDescr d : p.rules()) {
                if (descrs.contains(d)) {
                    LiteralTargets.check(p.file().path(), p.file().text(), d, out);
                }
            }
        }
        return out;
    }

    private static void metadata(RuleInfo r, StandardsConfig config, RuleIndex index, Set<String> known,
                                 List<RuleProblem> out) {
        long roles = r.metadata().keySet().stream().filter(k -> k.equals("standard") || k.equals("derivation")
                || k.equals("judgement")).count();
        if (roles == 0) {
            out.add(RuleProblem.warning(r.file(), r.line(), r.name(), "rule has no @standard, @derivation or @judgement"
                    + " metadata: say which standard it belongs to (@standard(\"id\") @finding(\"KIND ...\")), or"
                    + " which fact it derives (@derivation(\"Fact\"))"));
            return;
        }
        if (roles > 1) {
            out.add(RuleProblem.warning(r.file(), r.line(), r.name(), "rule has more than one of @standard, @derivation,"
                    + " @judgement; give it one role"));
        }
        if (r.role() != RuleInfo.Role.STANDARD) {
            return;
        }
        String id = r.standardId();
        if (id.isBlank()) {
            out.add(RuleProblem.warning(r.file(), r.line(), r.name(), "@standard has no id"));
            return;
        }
        if (!known.contains(id)) {
            String closest = closest(id, known);
            out.add(RuleProblem.warning(r.file(), r.line(), r.name(), "standard '" + id + "' is not declared: it is"
                    + " not in the catalogue or the configuration, and no rule declares it with @title"
                    + (closest == null ? "" : "; did you mean '" + closest + "'?")));
        }
        if (!r.name().startsWith(id + ":")) {
            out.add(RuleProblem.warning(r.file(), r.line(), r.name(), "the rule name should start with its standard"
                    + " id: \"" + id + ": ...\""));
        }
        String finding = r.metadata().get("finding");
        if (finding == null || finding.isBlank()) {
            out.add(RuleProblem.warning(r.file(), r.line(), r.name(), "standard rule without @finding: name the kinds"
                    + " of finding it leads to, e.g. @finding(\"MET BREACH AT_RISK\")"));
            return;
        }
        List<String> unknown = RuleIndex.unknownKinds(finding);
        if (!unknown.isEmpty()) {
            out.add(RuleProblem.warning(r.file(), r.line(), r.name(), "@finding names " + String.join(", ", unknown)
                    + ", not a finding kind; the kinds are MET, BREACH, AT_RISK, OBLIGATION, ESCALATION, ALERT"));
        }
        StandardDefinition d = config.standards().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
        if (d != null && !d.kinds().isEmpty()) {
            Set<FindingKind> extra = new TreeSet<>(r.findingKinds());
            extra.removeAll(d.kinds());
            if (!extra.isEmpty()) {
                out.add(RuleProblem.warning(r.file(), r.line(), r.name(), "@finding names " + extra + ", which standard '"
                        + id + "' does not produce (its kinds: " + new TreeSet<>(d.kinds()) + ")"));
            }
        }
    }

    /** The known id closest to {@code id}, if it is close enough to be a misspelling. */
    static String closest(String id, Set<String> known) {
        return org.servicestandards.io.Names.closest(id, known);
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
