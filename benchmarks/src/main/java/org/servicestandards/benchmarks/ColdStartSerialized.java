package org.servicestandards.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.servicestandards.baseline.HistoryGenerator;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.Dataset;
import org.servicestandards.rules.internal.DroolsEvaluator;
import org.servicestandards.rules.internal.RuleBaseCompiler;

/**
 * The experiment behind {@code PrecompiledRules} (which the build now does): the default rule base
 * compiled once and serialized (Drools' own package serialization, generated classes included), then a
 * fresh JVM that reads it instead of compiling DRL, without the authoring API's rule index. {@code write <file>} compiles and writes; {@code read <file>} reads, builds
 * the rule base and evaluates the same small desk as {@link ColdStart}.
 */
public final class ColdStartSerialized {
    private ColdStartSerialized() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        Path file = Path.of(args[1]);
        if (args[0].equals("write")) {
            KieBase base = RuleBaseCompiler.compile(RuleBaseCompiler.defaultSources());
            try (ObjectOutputStream out = new DroolsObjectOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                out.writeObject(new ArrayList<>(base.getKiePackages()));
            }
            System.out.printf("wrote %s (%d bytes)%n", file, Files.size(file));
            return;
        }
        long inMain = ManagementFactory.getRuntimeMXBean().getUptime();
        long t0 = System.nanoTime();
        Collection<KiePackage> packages;
        try (ObjectInputStream in = new DroolsObjectInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            packages = (Collection<KiePackage>) in.readObject();
        }
        InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(packages);
        DroolsEvaluator engine = new DroolsEvaluator(base, StandardsConfig.defaults());
        long t1 = System.nanoTime();
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        Dataset desk = new HistoryGenerator(1, start, Duration.ofDays(5), 5).dataset(5);
        Evaluation e = engine.evaluate(desk, start.plus(Duration.ofDays(6)));
        long t2 = System.nanoTime();
        System.out.printf("cold start (serialized rule base): first evaluation done at %d ms of JVM uptime"
                        + " (JVM to main %d ms, read and build %d ms, generate and first evaluation %d ms; %d findings)%n",
                ManagementFactory.getRuntimeMXBean().getUptime(), inMain, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                e.findings().size());
    }
}
