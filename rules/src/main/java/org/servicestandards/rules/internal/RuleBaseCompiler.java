package org.servicestandards.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.conf.PropertySpecificOption;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.servicestandards.rules.RuleCompilationException;
import org.servicestandards.rules.RuleProblem;

/**
 * Compiles DRL sources into a {@link KieBase} with one knowledge builder (no kmodule.xml, nothing
 * left in the global KieRepository), and turns Drools' errors into {@code file:line} problems.
 */
public final class RuleBaseCompiler {
    /** The default rule base, in load order. */
    public static final List<String> DEFAULT_RULES = List.of(
            "org/servicestandards/rules/Common.drl",
            "org/servicestandards/rules/ResponseTime.drl",
            "org/servicestandards/rules/ComplaintDerivations.drl",
            "org/servicestandards/rules/ComplaintFindings.drl",
            "org/servicestandards/rules/ProactiveAlerts.drl",
            "org/servicestandards/rules/Conduct.drl",
            "org/servicestandards/rules/FollowUpDerivations.drl",
            "org/servicestandards/rules/FollowUpFindings.drl",
            "org/servicestandards/rules/Incidents.drl");

    private RuleBaseCompiler() {}

    /** The default DRL sources from the classpath. */
    public static List<DrlSource> defaultSources() {
        List<DrlSource> sources = new ArrayList<>();
        ClassLoader loader = RuleBaseCompiler.class.getClassLoader();
        for (String path : DEFAULT_RULES) {
            try (InputStream in = loader.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("default rule file " + path + " is missing from the classpath");
                }
                sources.add(new DrlSource(path, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read default rule file " + path, e);
            }
        }
        return sources;
    }

    /**
     * Compiles the sources.
     *
     * @throws RuleCompilationException listing every error as {@code file:line: message}
     */
    public static KieBase compile(List<DrlSource> sources) {
        // Facts are immutable records, never modified in a session: class reactivity is all we need,
        // and it spares a warning for every constraint that calls a method with a bound argument.
        KnowledgeBuilderConfiguration conf = KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration();
        conf.setOption(PropertySpecificOption.ALLOWED);
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        for (DrlSource source : sources) {
            Resource resource = ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.path());
            builder.add(resource, ResourceType.DRL);
        }
        if (builder.hasErrors()) {
            throw new RuleCompilationException(problems(builder));
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        return base;
    }

    /** Drools' errors as problems, without the "Parser returned a null Package" noise. */
    static List<RuleProblem> problems(KnowledgeBuilder builder) {
        List<RuleProblem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String message = error.getMessage() == null ? "" : error.getMessage().trim();
            if (message.startsWith("Parser returned a null Package")) {
                continue;
            }
            String file = error.getResource() == null ? null : error.getResource().getSourcePath();
            int line = error.getLines() == null || error.getLines().length == 0 ? -1 : error.getLines()[0];
            String rule = null;
            if (error instanceof DescrBuildError dbe) {
                RuleDescr enclosing = enclosingRule(dbe.getParentDescr());
                if (enclosing != null) {
                    rule = enclosing.getName();
                    if (line <= 0) {
                        line = enclosing.getLine();
                    }
                }
            }
            problems.add(new RuleProblem(file, Math.max(line, 0), rule, firstLine(message),
                    RuleProblem.Severity.ERROR));
        }
        problems.sort(Comparator.comparing((RuleProblem p) -> p.file() == null ? "" : p.file())
                .thenComparingInt(RuleProblem::line));
        return problems;
    }

    private static RuleDescr enclosingRule(BaseDescr descr) {
        return descr instanceof RuleDescr r ? r : null;
    }

    private static String firstLine(String message) {
        String m = message.replace("\r", "");
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl);
        String rest = nl < 0 ? "" : m.substring(nl + 1).trim();
        return rest.isEmpty() ? first : first + " " + rest.replaceAll("\\s+", " ");
    }
}
