package org.servicestandards.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.Catalogue;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.rules.internal.RuleIndex;

/**
 * The catalogue as the rules describe it: every rule with its standard id, family, finding kinds
 * and source (from its metadata), and every standard with its default target and parameters (from
 * the configuration: the catalogue's defaults plus the standards the rules declare). What
 * {@code rules list} prints and {@code docs/standards.md} is generated from. Immutable.
 */
public final class RuleCatalogue {
    /** The command that regenerates {@code docs/standards.md}, quoted in its header and in the test that checks it. */
    public static final String REGENERATE = "mvn -B -q -pl rules -am test -Dtest=StandardsPageTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dstandards.regenerate=true";

    private final List<RuleInfo> rules;
    private final List<StandardDefinition> standards;
    private final int files;

    private RuleCatalogue(List<RuleInfo> rules, List<StandardDefinition> standards, int files) {
        this.rules = List.copyOf(rules);
        this.standards = List.copyOf(standards);
        this.files = files;
    }

    /** The catalogue of a compiled evaluator: its rules and its configuration's standards. */
    public static RuleCatalogue of(ServiceStandards standards) {
        return new RuleCatalogue(standards.rules(), ordered(standards.config()),
                standards.ruleSet().files().size());
    }

    /** The catalogue of a rule set, read from its metadata without compiling it (DRL that does not parse is left out). */
    public static RuleCatalogue of(RuleSet rules, StandardsConfig config) {
        Objects.requireNonNull(rules, "rules");
        return new RuleCatalogue(RuleIndex.of(rules).rules(), ordered(rules.applyDeclarations(config)), rules.files().size());
    }

    /** Every rule, in file order. */
    public List<RuleInfo> rules() { return rules; }

    /** Every standard: the catalogue's in catalogue order, then the others in the configuration's order. */
    public List<StandardDefinition> standards() { return standards; }

    /** The rules of one standard. */
    public List<RuleInfo> rulesOf(String standardId) {
        return rules.stream().filter(r -> standardId.equals(r.standardId())).toList();
    }

    private static List<StandardDefinition> ordered(StandardsConfig config) {
        Map<String, StandardDefinition> byId = new LinkedHashMap<>();
        for (StandardDefinition d : Catalogue.all()) {
            byId.put(d.id(), d);
        }
        List<StandardDefinition> others = new ArrayList<>();
        for (StandardDefinition d : config.standards()) {
            if (byId.containsKey(d.id())) {
                byId.put(d.id(), d);
            } else {
                others.add(d);
            }
        }
        others.sort((a, b) -> a.id().compareTo(b.id()));
        List<StandardDefinition> out = new ArrayList<>(byId.values());
        out.addAll(others);
        return out;
    }

    /**
     * The rules as an aligned plain-text table, one rule a line: standard (or the fact a derivation
     * produces), family, finding kinds, source, rule name, {@code file:line}.
     */
    public String table() { return table(rules); }

    /** As {@link #table()}, for some of the rules. */
    public static String table(List<RuleInfo> rules) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"STANDARD", "FAMILY", "FINDINGS", "SOURCE", "RULE", "FILE"});
        for (RuleInfo r : rules) {
            String standard = switch (r.role()) {
                case STANDARD -> r.standardId();
                case DERIVATION -> "(derives " + r.produces() + ")";
                case JUDGEMENT -> "(judges " + r.produces() + ")";
                case UNCLASSIFIED -> "(no metadata)";
            };
            rows.add(new String[] {standard, r.family(), r.findingKindsText(), r.source() == null ? "-" : r.source(),
                    r.name() + (r.replaces() == null ? "" : " [replaces " + r.replaces() + "]"), r.location()});
        }
        int[] width = new int[6];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : pad(row[i], width[i] + 2));
            }
            b.append(line.toString().stripTrailing()).append('\n');
        }
        return b.toString();
    }

    /** {@code docs/standards.md}: per family, the standards with their defaults and the rules implementing them. */
    public String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Standards and the rules that implement them\n\n");
        b.append("<!-- Generated by org.servicestandards.rules.RuleCatalogue from the rules' metadata and the catalogue's\n")
                .append("     defaults: do not edit. Regenerate with:\n     ").append(REGENERATE).append(" -->\n\n");
        long standardRules = rules.stream().filter(r -> r.role() == RuleInfo.Role.STANDARD).count();
        b.append("The rule base has ").append(rules.size()).append(" rules in ").append(files)
                .append(" files: ").append(standardRules).append(" belong to a standard (`@standard`), the others derive")
                .append(" facts many rules use (`@derivation`) or turn clocks into findings (`@judgement`). What each")
                .append(" standard asks is in [the catalogue](catalogue.md); how to change a target, replace a rule or")
                .append(" add a standard is in [writing rules](writing-rules.md). `rules list` prints the same from a")
                .append(" rule set of your own.\n\n");
        Map<String, List<StandardDefinition>> families = new LinkedHashMap<>();
        standards.forEach(d -> families.computeIfAbsent(d.family(), k -> new ArrayList<>()).add(d));
        for (Map.Entry<String, List<StandardDefinition>> family : families.entrySet()) {
            b.append("## ").append(family.getKey()).append("\n\n");
            b.append("| standard | what | default target | parameters | findings | source | rules |\n");
            b.append("|---|---|---|---|---|---|---|\n");
            List<RuleInfo> familyRules = new ArrayList<>();
            for (StandardDefinition d : family.getValue()) {
                List<RuleInfo> of = rulesOf(d.id());
                familyRules.addAll(of);
                b.append("| `").append(d.id()).append("` | ").append(cell(d.title())).append(" | ")
                        .append(cell(target(d))).append(" | ").append(cell(parameters(d))).append(" | ")
                        .append(kinds(d)).append(" | ").append(cell(d.sources())).append(" | ")
                        .append(of.isEmpty() ? "none yet" : String.valueOf(of.size())).append(" |\n");
            }
            b.append('\n');
            if (!familyRules.isEmpty()) {
                b.append("| rule | findings | file |\n|---|---|---|\n");
                for (RuleInfo r : familyRules) {
                    b.append("| ").append(cell(r.name())).append(" | ").append(r.findingKindsText()).append(" | ")
                            .append(fileName(r.file())).append(" |\n");
                }
                b.append('\n');
            }
        }
        List<RuleInfo> shared = rules.stream().filter(r -> r.role() != RuleInfo.Role.STANDARD).toList();
        if (!shared.isEmpty()) {
            b.append("## Derivations and judgements\n\n");
            b.append("Rules without a standard of their own: derivations insert facts that many rules act on,")
                    .append(" judgements turn every `Deadline` into `MET`, `BREACH` or `AT_RISK`.\n\n");
            b.append("| rule | role | produces | file |\n|---|---|---|---|\n");
            for (RuleInfo r : shared) {
                b.append("| ").append(cell(r.name())).append(" | ").append(r.role().name().toLowerCase(java.util.Locale.ROOT))
                        .append(" | ").append(r.produces() == null ? "-" : cell(r.produces())).append(" | ")
                        .append(fileName(r.file())).append(" |\n");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String target(StandardDefinition d) {
        StringBuilder s = new StringBuilder(d.target() == null ? "-" : d.target().toString());
        if (!d.overrides().isEmpty()) {
            List<String> o = new ArrayList<>();
            new TreeMap<String, Target>(d.overrides()).forEach((q, t) -> o.add(q + ": " + t));
            s.append(" (").append(String.join("; ", o)).append(')');
        }
        return s.toString();
    }

    private static String parameters(StandardDefinition d) {
        if (d.parameters().isEmpty()) {
            return "-";
        }
        List<String> p = new ArrayList<>();
        new TreeMap<>(d.parameters()).forEach((k, v) -> p.add(k + " = " + v));
        return String.join("; ", p);
    }

    private static String kinds(StandardDefinition d) {
        StringBuilder s = new StringBuilder();
        for (FindingKind k : FindingKind.values()) {
            if (d.kinds().contains(k)) {
                s.append(s.length() == 0 ? "" : " ").append(k.name());
            }
        }
        return s.length() == 0 ? "-" : s.toString();
    }

    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private static String cell(String s) {
        return s == null || s.isEmpty() ? "-" : s.replace("|", "\\|").replace("\n", " ");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    /**
     * Writes the default rule base's page: {@code RuleCatalogue <file>} (e.g. {@code docs/standards.md}).
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RuleCatalogue <output.md>");
            System.exit(2);
        }
        Files.writeString(Path.of(args[0]), of(RuleSet.defaults(), StandardsConfig.defaults()).markdown(),
                StandardCharsets.UTF_8);
    }
}
