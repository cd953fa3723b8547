package org.servicestandards.rules.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.Catalogue;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.rules.DrlFile;
import org.servicestandards.rules.RuleInfo;
import org.servicestandards.rules.RuleProblem;
import org.servicestandards.rules.RuleSet;

/**
 * What a rule set holds before it is compiled, from the parsed DRL: every rule with its metadata,
 * which default rules the author's rules replace, the standards declared in metadata, and the
 * sources to compile (default files with the replaced rules blanked out, line numbers kept).
 */
public final class RuleIndex {
    /** The package of the default rules: an author's rule replaces a default rule of the same name in it. */
    public static final String DEFAULT_PACKAGE = "org.servicestandards.rules";

    /** One parsed file. */
    record Parsed(DrlFile file, boolean isDefault, String packageName, List<RuleDescr> rules) {}

    private final List<Parsed> parsed;
    private final List<RuleInfo> rules;
    private final List<RuleDescr> ruleDescrs;
    private final List<DrlSource> sources;
    private final List<StandardDefinition> declared;
    private final List<RuleProblem> errors = new ArrayList<>();
    private final List<RuleProblem> notes = new ArrayList<>();
    private final List<RuleProblem> declarationWarnings = new ArrayList<>();
    private final Map<String, RuleInfo> defaultsByName = new HashMap<>();

    private RuleIndex(RuleSet ruleSet) {
        List<Parsed> files = new ArrayList<>();
        for (DrlFile f : ruleSet.defaultFiles()) {
            files.add(parse(f, true));
        }
        for (DrlFile f : ruleSet.authorFiles()) {
            files.add(parse(f, false));
        }
        this.parsed = List.copyOf(files);

        // Default rules, by package and name.
        Map<String, RuleDescr> defaults = new HashMap<>();
        Map<String, Parsed> defaultFile = new HashMap<>();
        for (Parsed p : parsed) {
            if (p.isDefault) {
                for (RuleDescr r : p.rules) {
                    String key = p.packageName + "\u0000" + r.getName();
                    defaults.put(key, r);
                    defaultFile.put(key, p);
                    defaultsByName.put(r.getName(), info(p, r, null));
                }
            }
        }
        // Author rules that replace a default one.
        Map<String, String> replacedBy = new HashMap<>();
        for (Parsed p : parsed) {
            if (!p.isDefault) {
                for (RuleDescr r : p.rules) {
                    String key = p.packageName + "\u0000" + r.getName();
                    RuleDescr old = defaults.get(key);
                    if (old != null && !replacedBy.containsKey(key)) {
                        replacedBy.put(key, p.file.path() + ":" + r.getLine());
                        notes.add(RuleProblem.note(p.file.path(), r.getLine(), r.getName(), "replaces the default rule \""
                                + r.getName() + "\" (" + defaultFile.get(key).file.path() + ":" + old.getLine() + ")"));
                    }
                }
            }
        }
        List<RuleInfo> infos = new ArrayList<>();
        List<RuleDescr> descrs = new ArrayList<>();
        List<DrlSource> compiled = new ArrayList<>();
        for (Parsed p : parsed) {
            String text = p.file.text();
            if (p.isDefault) {
                StringBuilder blanked = null;
                for (RuleDescr r : p.rules) {
                    String key = p.packageName + "\u0000" + r.getName();
                    if (replacedBy.containsKey(key)) {
                        if (blanked == null) {
                            blanked = new StringBuilder(text);
                        }
                        blank(blanked, r.getStartCharacter(), r.getEndCharacter());
                    } else {
                        infos.add(info(p, r, null));
                        descrs.add(r);
                    }
                }
                compiled.add(new DrlSource(p.file.path(), blanked == null ? text : blanked.toString()));
            } else {
                for (RuleDescr r : p.rules) {
                    String key = p.packageName + "\u0000" + r.getName();
                    RuleDescr old = defaults.get(key);
                    String replaces = old == null ? null : defaultFile.get(key).file.path() + ":" + old.getLine();
                    infos.add(info(p, r, replaces));
                    descrs.add(r);
                }
                compiled.add(new DrlSource(p.file.path(), text));
            }
        }
        this.rules = List.copyOf(infos);
        this.ruleDescrs = List.copyOf(descrs);
        this.sources = List.copyOf(compiled);
        this.declared = declare();
    }

    /** Parses the rule set's files; never throws for bad DRL (the compiler reports it). */
    public static RuleIndex of(RuleSet ruleSet) {
        return new RuleIndex(Objects.requireNonNull(ruleSet, "ruleSet"));
    }

    /** Every rule that will be compiled, in file order (replaced default rules left out). */
    public List<RuleInfo> rules() { return rules; }

    /** The sources to compile: default files with replaced rules blanked (lines kept), then the author's. */
    public List<DrlSource> sources() { return sources; }

    /** The standards declared in DRL metadata, catalogue ids left out. */
    public List<StandardDefinition> declared() { return declared; }

    /** Errors found before compiling: conflicting or malformed declarations. */
    public List<RuleProblem> errors() { return List.copyOf(errors); }

    /** Notes: which default rules are replaced, and by what. */
    public List<RuleProblem> notes() { return List.copyOf(notes); }

    /** Warnings about declarations (a catalogue id declared again). */
    List<RuleProblem> declarationWarnings() { return List.copyOf(declarationWarnings); }

    /** The parsed files. */
    List<Parsed> parsed() { return parsed; }

    /** The rule descriptors of {@link #rules()}, index for index. */
    List<RuleDescr> ruleDescrs() { return ruleDescrs; }

    /** A default rule with this name (any package), for "same name, other package" warnings. */
    RuleInfo defaultRule(String name) { return defaultsByName.get(name); }

    private static Parsed parse(DrlFile file, boolean isDefault) {
        DrlParser parser = new DrlParser();
        PackageDescr descr;
        try {
            descr = parser.parse(false, file.text());
        } catch (DroolsParserException | RuntimeException e) {
            descr = null;
        }
        if (descr == null) {
            return new Parsed(file, isDefault, "", List.of());
        }
        return new Parsed(file, isDefault, descr.getNamespace() == null ? "" : descr.getNamespace(),
                descr.getRules().stream().filter(r -> r.getName() != null && r.getLine() > 0).toList());
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(text.length(), to); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                text.setCharAt(i, ' ');
            }
        }
    }

    /** The metadata of a rule, quotes removed. */
    static Map<String, String> metadata(RuleDescr r) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (AnnotationDescr a : r.getAnnotations()) {
            String value;
            try {
                value = a.getSingleValueAsString();
            } catch (RuntimeException e) {
                value = String.valueOf(a.getValue());
            }
            meta.put(a.getName(), unquote(value));
        }
        return meta;
    }

    static String unquote(String v) {
        if (v == null) {
            return "";
        }
        String s = v.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1).replace("\\\"", "\"");
        }
        return s;
    }

    /** The finding kinds named in a metadata value ({@code "MET BREACH"}); unknown words are left out. */
    static Set<FindingKind> kinds(String value) {
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        if (value != null) {
            for (String word : value.split("[\\s,]+")) {
                if (!word.isEmpty()) {
                    try {
                        kinds.add(FindingKind.valueOf(word.toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException e) {
                        // reported by validation
                    }
                }
            }
        }
        return kinds;
    }

    private static RuleInfo info(Parsed p, RuleDescr r, String replaces) {
        Map<String, String> meta = metadata(r);
        RuleInfo.Role role;
        String produces = null;
        Set<FindingKind> kinds = kinds(meta.get("finding"));
        if (meta.containsKey("standard")) {
            role = RuleInfo.Role.STANDARD;
        } else if (meta.containsKey("derivation")) {
            role = RuleInfo.Role.DERIVATION;
            produces = meta.get("derivation");
        } else if (meta.containsKey("judgement")) {
            role = RuleInfo.Role.JUDGEMENT;
            produces = meta.get("judgement");
            kinds.addAll(kinds(produces));
        } else {
            role = RuleInfo.Role.UNCLASSIFIED;
        }
        String standard = role == RuleInfo.Role.STANDARD ? meta.get("standard") : null;
        return new RuleInfo(r.getName(), p.packageName, p.file.path(), r.getLine(), role, standard, produces, kinds,
                meta.get("source"), meta, replaces);
    }

    // ---------------------------------------------------------------------------------------------
    // Standards declared in metadata: @standard("id") @title("...") [@target] [@parameters] [@overrides]

    private List<StandardDefinition> declare() {
        Map<String, StandardDefinition> byId = new LinkedHashMap<>();
        Map<String, String> declaredAt = new HashMap<>();
        for (RuleInfo r : rules) {
            if (r.role() != RuleInfo.Role.STANDARD || !r.metadata().containsKey("title")) {
                continue;
            }
            String id = r.standardId();
            if (Catalogue.find(id).isPresent()) {
                declarationWarnings.add(RuleProblem.warning(r.file(), r.line(), r.name(), "@title declares '" + id
                        + "', which is a catalogue standard: the declaration is ignored (change its target or"
                        + " parameters in configuration)"));
                continue;
            }
            StandardDefinition d = definition(r);
            if (d == null) {
                continue;
            }
            StandardDefinition earlier = byId.get(id);
            if (earlier == null) {
                byId.put(id, d);
                declaredAt.put(id, r.location());
            } else if (!sameDeclaration(earlier, d)) {
                errors.add(RuleProblem.error(r.file(), r.line(), r.name(), "standard '" + id + "' is declared again"
                        + " with a different title, target, parameters or overrides than at " + declaredAt.get(id)
                        + "; declare it once (on one rule) or identically"));
            }
        }
        // Finding kinds: every kind any rule of the standard names.
        List<StandardDefinition> out = new ArrayList<>();
        for (StandardDefinition d : byId.values()) {
            Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
            rules.stream().filter(r -> d.id().equals(r.standardId())).forEach(r -> kinds.addAll(r.findingKinds()));
            out.add(new StandardDefinition(d.id(), d.title(), d.target(), d.overrides(), d.parameters(), kinds,
                    d.sources()));
        }
        return List.copyOf(out);
    }

    private static boolean sameDeclaration(StandardDefinition a, StandardDefinition b) {
        return a.title().equals(b.title()) && Objects.equals(a.target(), b.target())
                && a.parameters().equals(b.parameters()) && a.overrides().equals(b.overrides());
    }

    private StandardDefinition definition(RuleInfo r) {
        Map<String, String> meta = r.metadata();
        String id = r.standardId();
        Target target = null;
        String targetText = meta.get("target");
        if (targetText != null && !targetText.isBlank()) {
            target = target(r, "@target", targetText);
            if (target == null) {
                return null;
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (!pairs(r, "parameters", meta.get("parameters"), parameters)) {
            return null;
        }
        Map<String, String> overrideTexts = new LinkedHashMap<>();
        if (!pairs(r, "overrides", meta.get("overrides"), overrideTexts)) {
            return null;
        }
        Map<String, Target> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : overrideTexts.entrySet()) {
            Target t = target(r, "@overrides " + e.getKey(), e.getValue());
            if (t == null) {
                return null;
            }
            overrides.put(e.getKey(), t);
        }
        String title = meta.get("title").isBlank() ? id : meta.get("title");
        return new StandardDefinition(id, title, target, overrides, parameters, Set.of(), meta.get("source"));
    }

    private Target target(RuleInfo r, String what, String text) {
        try {
            return Target.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add(RuleProblem.error(r.file(), r.line(), r.name(), what + " of standard '" + r.standardId()
                    + "': " + e.getMessage()));
            return null;
        }
    }

    /** {@code "a=1; b=x, y"} into {@code out}; false (and an error) when malformed. */
    private boolean pairs(RuleInfo r, String what, String text, Map<String, String> out) {
        if (text == null || text.isBlank()) {
            return true;
        }
        for (String item : text.split(";")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0 || item.substring(0, eq).isBlank()) {
                errors.add(RuleProblem.error(r.file(), r.line(), r.name(), "@" + what + " of standard '"
                        + r.standardId() + "': '" + item.strip() + "' is not name=value; write @" + what
                        + "(\"name=value; other=value\")"));
                return false;
            }
            out.put(item.substring(0, eq).strip(), item.substring(eq + 1).strip());
        }
        return true;
    }

    /** The words of a metadata value that are not finding kinds. */
    static List<String> unknownKinds(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[\\s,]+")).filter(w -> !w.isEmpty()).filter(w -> {
            try {
                FindingKind.valueOf(w.toUpperCase(Locale.ROOT));
                return false;
            } catch (IllegalArgumentException e) {
                return true;
            }
        }).toList();
    }
}
