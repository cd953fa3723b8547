package org.servicestandards.rules.scenario;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AssertionFailureBuilder;
import org.junit.jupiter.api.DynamicTest;
import org.servicestandards.ServiceStandards;
import org.servicestandards.io.DocumentFormatException;

/**
 * Scenario files as JUnit 5 dynamic tests, one per scenario, for a host's own build:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> scenarios() {
 *     return ScenarioTests.from(Path.of("src/test/resources/scenarios"));
 * }
 * }</pre>
 *
 * A failing test shows the expected findings against the actual ones (as JUnit's expected/actual,
 * so IDEs can show a diff). A file that is not a valid scenario file is one failing test naming
 * its {@code file:line:column}. The tests carry no source URI on purpose: Maven Surefire drops dynamic
 * tests with a file source when it runs with {@code -Dtest=...}. Needs {@code org.junit.jupiter:junit-jupiter-api} on the class path
 * (an optional dependency of this library).
 */
public final class ScenarioTests {
    private ScenarioTests() {}

    /** The scenarios under {@code dir}, run with the default rule base. */
    public static Stream<DynamicTest> from(Path dir) {
        return from(dir, ServiceStandards.withDefaults());
    }

    /** The scenarios under {@code dir} (or the one file {@code dir}), run with these rules and configuration. */
    public static Stream<DynamicTest> from(Path dir, ServiceStandards standards) {
        Objects.requireNonNull(dir, "dir");
        ScenarioRunner runner = new ScenarioRunner(Objects.requireNonNull(standards, "standards"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : ScenarioRunner.scenarioFiles(dir)) {
            String relative = relative(dir, file);
            List<Scenario> scenarios;
            try {
                scenarios = runner.read(file);
            } catch (DocumentFormatException e) {
                tests.add(DynamicTest.dynamicTest(relative, () -> {
                    throw AssertionFailureBuilder.assertionFailure().message("not a valid scenario file: " + e.getMessage())
                            .build();
                }));
                continue;
            } catch (IOException e) {
                tests.add(DynamicTest.dynamicTest(relative, () -> {
                    throw AssertionFailureBuilder.assertionFailure().message("cannot read " + file + ": " + e.getMessage())
                            .cause(e).build();
                }));
                continue;
            }
            for (Scenario s : scenarios) {
                tests.add(DynamicTest.dynamicTest(displayName(relative, s.name(), file), () -> check(runner, s)));
            }
        }
        return tests.stream();
    }

    private static void check(ScenarioRunner runner, Scenario s) {
        ScenarioResult r = runner.run(s);
        if (r.passed()) {
            return;
        }
        String expected = s.expected().stream().map(ExpectedFinding::describe).collect(Collectors.joining("\n"));
        String actual = r.relevant().stream().map(ExpectedFinding::describe).collect(Collectors.joining("\n"));
        throw AssertionFailureBuilder.assertionFailure()
                .message("scenario " + s.name() + " (" + s.location() + ") as of " + s.when() + " failed:\n" + r.failure())
                .expected(expected).actual(actual).build();
    }

    /** {@code relative/path.yaml: name}, or the path alone when the name is just the file name. */
    static String displayName(String relative, String name, Path file) {
        String fileName = file.getFileName().toString();
        if (name.equals(fileName)) {
            return relative;
        }
        if (name.startsWith(fileName + " / ")) {
            return relative + ": " + name.substring(fileName.length() + 3);
        }
        return relative + ": " + name;
    }

    static String relative(Path root, Path file) {
        if (root.equals(file)) {
            return file.getFileName().toString();
        }
        return root.relativize(file).toString().replace('\\', '/');
    }
}
