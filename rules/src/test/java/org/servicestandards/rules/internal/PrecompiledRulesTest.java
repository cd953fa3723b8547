package org.servicestandards.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.servicestandards.baseline.HistoryGenerator;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.Dataset;
import org.servicestandards.rules.RuleSet;

/** The default rule base precompiled by the build: used only for exactly its sources, and it evaluates alike. */
class PrecompiledRulesTest {
    static final long SEED = Long.getLong("property.seed", 20260302L);

    @Test
    void theBuildPrecompiledTheDefaultRuleBase_andItEvaluatesAsTheCompiledOne() {
        List<DrlSource> sources = RuleIndex.of(RuleSet.defaults()).sources();
        KieBase precompiled = PrecompiledRules.load(sources);
        assertThat(precompiled).as("the build writes " + PrecompiledRules.RESOURCE).isNotNull();
        assertThat(precompiled.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum())
                .isEqualTo(RuleBaseCompiler.compile(sources).getKiePackages().stream()
                        .mapToInt(p -> p.getRules().size()).sum());

        DroolsEvaluator loaded = new DroolsEvaluator(precompiled, StandardsConfig.defaults());
        DroolsEvaluator compiled = new DroolsEvaluator(RuleBaseCompiler.compile(sources), StandardsConfig.defaults());
        Instant start = Instant.parse("2026-03-02T00:00:00Z");
        Dataset history = new HistoryGenerator(SEED, start, Duration.ofDays(8), 6).dataset(40);
        for (int days : new int[] {3, 6, 12}) {
            Instant asOf = start.plus(Duration.ofDays(days));
            Evaluation a = loaded.evaluate(history, asOf);
            Evaluation b = compiled.evaluate(history, asOf);
            assertThat(a.findings()).as("seed %d, as of %s", SEED, asOf).isNotEmpty().isEqualTo(b.findings());
        }
    }

    @Test
    void otherSources_areNotServedTheDefaultRuleBase() {
        List<DrlSource> changed = new ArrayList<>(RuleIndex.of(RuleSet.defaults()).sources());
        DrlSource first = changed.get(0);
        changed.set(0, new DrlSource(first.path(), first.text() + "\n// changed\n"));

        assertThat(PrecompiledRules.load(changed)).isNull();
        assertThat(PrecompiledRules.load(changed.subList(1, changed.size()))).isNull();
        assertThat(PrecompiledRules.fingerprint(changed))
                .isNotEqualTo(PrecompiledRules.fingerprint(RuleIndex.of(RuleSet.defaults()).sources()));
    }

    @Test
    void whatIsWritten_readsBack() throws Exception {
        List<DrlSource> sources = List.of(RuleIndex.of(RuleSet.defaults()).sources().get(0));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrecompiledRules.write(sources, out);
        assertThat(out.size()).isGreaterThan(1000);
    }
}
