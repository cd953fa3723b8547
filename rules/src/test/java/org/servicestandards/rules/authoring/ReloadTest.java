package org.servicestandards.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.authoring.Drl.HEADER;
import static org.servicestandards.rules.authoring.Drl.lines;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicestandards.ServiceStandards;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.rules.ReloadResult;
import org.servicestandards.rules.ReloadableStandards;
import org.servicestandards.rules.RuleDirectoryWatch;
import org.servicestandards.rules.RuleProblem;
import org.servicestandards.rules.RuleSet;

/** Swapping rule sets under load: atomic, in-flight evaluations unaffected, a failed set never serves. */
class ReloadTest {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final int CUSTOMERS = 6;
    static final Dataset DESK = desk();

    static Dataset desk() {
        Dataset.Builder b = Dataset.builder();
        for (int i = 0; i < CUSTOMERS; i++) {
            b.add(Customer.of("C-" + i));
        }
        return b.build();
    }

    /** A rule set (no default rules: fast to compile) that tags an alert for every customer with {@code tag}. */
    static String taggingDrl(String tag) {
        return HEADER + lines(
                "rule \"test.tag: every customer\"",
                "    @standard(\"test.tag\") @title(\"tag every customer\") @finding(\"ALERT\")",
                "when",
                "    AsOf( $now : instant )",
                "    $c : Customer( )",
                "then",
                "    insertLogical( Finding.builder(FindingKind.ALERT, \"test.tag\", \"customer\", $c.id()).customer($c.id())",
                "        .at($now).attribute(\"set\", \"" + tag + "\").reason(\"tagged " + tag + "\").build() );",
                "end");
    }

    static RuleSet tagging(String tag) {
        return RuleSet.builder().withoutDefaults().drl("tag/Tag.drl", taggingDrl(tag)).build();
    }

    static Set<String> tags(Evaluation e) {
        return e.findings().stream().map(f -> f.attribute("set")).collect(Collectors.toSet());
    }

    @Test
    void manyThreadsEvaluateWhileRuleSetsSwap_everyResultComesFromExactlyOneRuleSet() throws Exception {
        ReloadableStandards live = ReloadableStandards.of(ServiceStandards.builder().ruleSet(tagging("A")).build());
        RuleSet a = tagging("A");
        RuleSet b = tagging("B");
        AtomicBoolean swapping = new AtomicBoolean(true);
        List<String> problems = new CopyOnWriteArrayList<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger evaluations = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> evaluators = new java.util.ArrayList<>();
            for (int t = 0; t < 3; t++) {
                evaluators.add(pool.submit(() -> {
                    while (swapping.get()) {
                        try {
                            Evaluation e = live.evaluate(DESK, NOW);
                            Set<String> tags = tags(e);
                            if (tags.size() != 1 || e.findings().size() != CUSTOMERS) {
                                problems.add("mixed or incomplete result: " + e.findings().stream()
                                        .map(f -> f.subjectId() + "=" + f.attribute("set")).toList());
                            }
                            seen.addAll(tags);
                            evaluations.incrementAndGet();
                        } catch (RuntimeException ex) {
                            problems.add("evaluation failed: " + ex);
                        }
                    }
                }));
            }
            for (int i = 0; i < 6; i++) {
                ReloadResult r = live.reload(i % 2 == 0 ? b : a);
                assertThat(r.succeeded()).as("reload %d: %s", i, r).isTrue();
                Thread.sleep(20);
            }
            swapping.set(false);
            for (Future<?> f : evaluators) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            swapping.set(false);
            pool.shutdownNow();
        }

        assertThat(problems).isEmpty();
        assertThat(evaluations.get()).isGreaterThan(6);
        assertThat(seen).containsExactlyInAnyOrder("A", "B");
        assertThat(tags(live.evaluate(DESK, NOW))).containsExactly("A");
    }

    @Test
    void aReloadThatDoesNotCompile_leavesThePreviousRulesServing_andReportsItsErrors() {
        ReloadableStandards live = ReloadableStandards.of(ServiceStandards.builder().ruleSet(tagging("A")).build());
        List<ReloadResult> heard = new CopyOnWriteArrayList<>();
        live.addListener(heard::add);
        live.addListener(r -> {
            throw new IllegalStateException("a failing listener does not stop the others");
        });
        ServiceStandards before = live.current();
        RuleSet broken = RuleSet.builder().withoutDefaults()
                .drl("tag/Tag.drl", taggingDrl("B").replace("$c : Customer( )", "$c : Customer( id == )")).build();

        ReloadResult r = live.reload(broken);

        assertThat(r.succeeded()).isFalse();
        assertThat(r.errors()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("tag/Tag.drl"));
        assertThat(r.errors().get(0).line()).isEqualTo(10);
        assertThat(r.toString()).startsWith("reload failed, previous rules still serving");
        assertThat(live.current()).isSameAs(before);
        assertThat(tags(live.evaluate(DESK, NOW))).containsExactly("A");
        assertThat(heard).containsExactly(r);

        ReloadResult ok = live.reload(tagging("B"));
        assertThat(ok.succeeded()).isTrue();
        assertThat(heard).containsExactly(r, ok);
        assertThat(tags(live.evaluate(DESK, NOW))).containsExactly("B");
    }

    @Test
    void aWatchedDirectory_isReloadedAfterEdits_andABrokenEditIsReportedNotLoaded(@TempDir Path dir) throws Exception {
        Drl.write(dir, "Tag.drl", taggingDrl("A"));
        ReloadableStandards live = ReloadableStandards.of(ServiceStandards.builder().withoutDefaultRules().rules(dir).build());
        BlockingQueue<ReloadResult> heard = new LinkedBlockingQueue<>();
        live.addListener(heard::add);

        RuleDirectoryWatch watch = live.watch(Duration.ofMillis(150));
        try {
            Drl.write(dir, "Tag.drl", taggingDrl("B"));
            ReloadResult first = heard.poll(30, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.succeeded()).as("%s", first).isTrue();
            assertThat(tags(live.evaluate(DESK, NOW))).containsExactly("B");

            Drl.write(dir, "sub/Broken.drl", HEADER + "rule \"x\" when Customer( id == ) then end\n");
            ReloadResult second = heard.poll(30, TimeUnit.SECONDS);
            assertThat(second).isNotNull();
            assertThat(second.succeeded()).isFalse();
            assertThat(second.errors()).extracting(RuleProblem::file).contains(dir.resolve("sub/Broken.drl").toString());
            assertThat(tags(live.evaluate(DESK, NOW))).containsExactly("B");
        } finally {
            watch.close();
        }
        assertThat(watch.isClosed()).isTrue();
        Drl.write(dir, "Tag.drl", taggingDrl("C"));
        assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).as("no reload after close").isNull();
    }

    @Test
    void watching_needsARuleSetReadFromADirectory() {
        ReloadableStandards live = ReloadableStandards.of(ServiceStandards.builder().ruleSet(tagging("A")).build());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> live.watch(Duration.ofMillis(100)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no directory to watch");
    }

}
