package org.servicestandards.rules;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.StandardsEvaluator;
import org.servicestandards.model.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An evaluator whose rules can be swapped while it serves. A reload compiles the new rule set aside
 * and, only if it compiles, swaps it in atomically; an evaluation in flight finishes on the rule
 * base it started with (each evaluation reads the current {@link ServiceStandards} once). A rule set
 * that does not compile leaves the previous one serving and is reported, with its errors, to the
 * caller and to every {@link ReloadListener}. Thread-safe: evaluations never wait for a reload;
 * reloads are serialised (the last one to finish wins).
 *
 * <pre>{@code
 * ReloadableStandards live = ReloadableStandards.of(ServiceStandards.builder().rules(dir).build());
 * live.addListener(r -> log.info("{}", r));
 * try (RuleDirectoryWatch watch = live.watch(Duration.ofMillis(500))) {
 *     ... live.evaluate(records, asOf) ...   // edits under dir are picked up
 * }
 * }</pre>
 */
public final class ReloadableStandards implements StandardsEvaluator {
    private static final Logger LOG = LoggerFactory.getLogger(ReloadableStandards.class);

    private final AtomicReference<ServiceStandards> current;
    private final ReentrantLock reloading = new ReentrantLock();
    private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();

    private ReloadableStandards(ServiceStandards initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** Serves {@code initial} until the first successful reload. */
    public static ReloadableStandards of(ServiceStandards initial) { return new ReloadableStandards(initial); }

    /** The evaluator serving now: a snapshot, unaffected by later reloads. */
    public ServiceStandards current() { return current.get(); }

    /** Evaluates with the rules serving when the call starts. */
    @Override
    public Evaluation evaluate(Dataset records, Instant asOf) {
        return current.get().evaluate(records, asOf);
    }

    /** Compiles {@code rules} with the current configuration and swaps them in if they compile. */
    public ReloadResult reload(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        return swap(rules, () -> current.get().withRules(rules));
    }

    /** Compiles {@code rules} with a new configuration and swaps both in if they compile. */
    public ReloadResult reload(RuleSet rules, StandardsConfig config) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(config, "config");
        return swap(rules, () -> ServiceStandards.builder().config(config).ruleSet(rules).build());
    }

    /** Reads the current rule set's directories and classpath locations again and reloads them. */
    public ReloadResult reread() {
        RuleSet before = current.get().ruleSet();
        RuleSet again;
        try {
            again = before.reread();
        } catch (RuntimeException e) {
            ReloadResult failed = new ReloadResult(false, before, List.of(RuleProblem.error(null, 0, null,
                    "cannot read the rule files again: " + e.getMessage())));
            notifyListeners(failed);
            return failed;
        }
        return reload(again);
    }

    private ReloadResult swap(RuleSet rules, java.util.function.Supplier<ServiceStandards> compile) {
        ReloadResult result;
        reloading.lock();
        try {
            try {
                ServiceStandards next = compile.get();
                current.set(next);
                result = new ReloadResult(true, rules, next.notes());
            } catch (RuleCompilationException e) {
                result = new ReloadResult(false, rules, e.problems());
            } catch (RuntimeException e) {
                result = new ReloadResult(false, rules, List.of(RuleProblem.error(null, 0, null, String.valueOf(e.getMessage()))));
            }
        } finally {
            reloading.unlock();
        }
        notifyListeners(result);
        return result;
    }

    private void notifyListeners(ReloadResult result) {
        for (ReloadListener l : listeners) {
            try {
                l.reloaded(result);
            } catch (RuntimeException e) {
                LOG.warn("reload listener {} failed", l, e);
            }
        }
    }

    public void addListener(ReloadListener listener) { listeners.add(Objects.requireNonNull(listener, "listener")); }

    public void removeListener(ReloadListener listener) { listeners.remove(listener); }

    /**
     * Watches the directories of the current rule set ({@link RuleSet#directories()}, sub-directories
     * included) and reloads ({@link #reread()}) once files have stopped changing for {@code quietPeriod}.
     * Close the watch to stop it.
     *
     * @throws IllegalStateException if the current rule set was not read from a directory
     */
    public RuleDirectoryWatch watch(Duration quietPeriod) {
        List<Path> dirs = new ArrayList<>(current.get().ruleSet().directories());
        if (dirs.isEmpty()) {
            throw new IllegalStateException("the rule set " + current.get().ruleSet() + " has no directory to watch");
        }
        return RuleDirectoryWatch.start(dirs, quietPeriod, this::reread);
    }

    @Override
    public String toString() { return "ReloadableStandards[" + current.get() + "]"; }
}
