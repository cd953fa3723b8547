package org.servicestandards.rules.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.servicestandards.ServiceStandards;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.io.DocumentFormatException;
import org.servicestandards.model.InputError;

/**
 * Runs scenarios against an evaluator: evaluates each scenario's records as of its instant with
 * the evaluator's rules and the scenario's configuration, and compares the findings with the
 * expected ones. The rules are compiled once (by the evaluator); each scenario only evaluates.
 * Thread-safe.
 */
public final class ScenarioRunner {
    private final ServiceStandards standards;

    /** Runs scenarios with these rules; their configuration is the base of every scenario's. */
    public ScenarioRunner(ServiceStandards standards) {
        this.standards = Objects.requireNonNull(standards, "standards");
    }

    /** A runner over the default rule base. */
    public static ScenarioRunner withDefaults() { return new ScenarioRunner(ServiceStandards.withDefaults()); }

    /** The evaluator scenarios run with. */
    public ServiceStandards standards() { return standards; }

    /** Every scenario file under {@code dir} ({@code *.yaml}, {@code *.yml}, {@code *.json}), sorted by relative path. */
    public static List<Path> scenarioFiles(Path dir) {
        if (Files.isRegularFile(dir)) {
            return List.of(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("scenario directory " + dir + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(ScenarioReader::isScenarioFile)
                    .sorted(Comparator.comparing(p -> dir.relativize(p).toString().replace('\\', '/'))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read directory " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Reads a file's scenarios; a file that cannot be read gives one failed result saying why, at its line. */
    public List<ScenarioResult> runFile(Path file) {
        List<Scenario> scenarios;
        try {
            scenarios = read(file);
        } catch (DocumentFormatException e) {
            return List.of(ScenarioResult.error(file.getFileName().toString(), file.toString(),
                    e.line() > 0 ? e.source() + ":" + e.line() + ":" + Math.max(1, e.column()) : e.source(), e.getMessage()));
        } catch (IOException | RuntimeException e) {
            return List.of(ScenarioResult.error(file.getFileName().toString(), file.toString(), file.toString(),
                    file + ": cannot read: " + e.getMessage()));
        }
        return scenarios.stream().map(this::run).toList();
    }

    /** Every scenario of every file under {@code dir}, in file order. */
    public List<ScenarioResult> runDirectory(Path dir) {
        List<ScenarioResult> results = new ArrayList<>();
        for (Path file : scenarioFiles(dir)) {
            results.addAll(runFile(file));
        }
        return results;
    }

    /** The scenarios of one file, with this runner's configuration as their base. */
    public List<Scenario> read(Path file) throws IOException {
        return ScenarioReader.read(file, standards.config());
    }

    /**
     * A maximum matching of expectations to distinct actual findings (augmenting paths), so that a
     * loose expectation never takes the finding a stricter one needs.
     *
     * @return for each expectation the index of its finding, or -1
     */
    static int[] match(List<ExpectedFinding> expected, List<Finding> actual) {
        int[] matchOf = new int[expected.size()];
        int[] owner = new int[actual.size()];
        java.util.Arrays.fill(matchOf, -1);
        java.util.Arrays.fill(owner, -1);
        for (int e = 0; e < expected.size(); e++) {
            augment(e, expected, actual, matchOf, owner, new boolean[actual.size()]);
        }
        return matchOf;
    }

    private static boolean augment(int e, List<ExpectedFinding> expected, List<Finding> actual, int[] matchOf,
                                   int[] owner, boolean[] seen) {
        for (int f = 0; f < actual.size(); f++) {
            if (!seen[f] && expected.get(e).matches(actual.get(f))) {
                seen[f] = true;
                if (owner[f] < 0 || augment(owner[f], expected, actual, matchOf, owner, seen)) {
                    owner[f] = e;
                    matchOf[e] = f;
                    return true;
                }
            }
        }
        return false;
    }

    /** Runs one scenario. Never throws: an exception from the rules is a failed result. */
    public ScenarioResult run(Scenario s) {
        Evaluation evaluation;
        try {
            ServiceStandards evaluator = s.hasOwnConfig() ? standards.withConfig(s.config()) : standards;
            evaluation = evaluator.evaluate(s.records(), s.when());
        } catch (RuntimeException e) {
            return ScenarioResult.error(s.name(), s.file(), s.location(), "evaluation failed: " + e);
        }
        // read errors and the evaluation's own (cross-record) errors, located in the scenario file
        List<InputError> all = s.given().relocate(s.given().document().withReadErrors(evaluation).inputErrors());

        List<Finding> actual = evaluation.findings();
        List<ExpectedFinding> expected = s.expected();
        int[] matchOf = match(expected, actual);
        Set<Integer> used = new HashSet<>();
        List<ExpectedFinding> missing = new ArrayList<>();
        for (int e = 0; e < expected.size(); e++) {
            if (matchOf[e] < 0) {
                missing.add(expected.get(e));
            } else {
                used.add(matchOf[e]);
            }
        }
        List<Finding> unexpected = new ArrayList<>();
        Set<String> named = new HashSet<>();
        s.expected().forEach(e -> named.add(e.standardId()));
        List<Finding> relevant = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            Finding f = actual.get(i);
            boolean exhaustive = s.isExhaustiveFor(f.standardId());
            if (exhaustive && !used.contains(i)) {
                unexpected.add(f);
            }
            if (exhaustive || named.contains(f.standardId())) {
                relevant.add(f);
            }
        }
        boolean passed = missing.isEmpty() && unexpected.isEmpty() && all.isEmpty();
        return new ScenarioResult(s.name(), s.file(), s.location(), passed, missing, unexpected, relevant, all, null);
    }
}
