package org.servicestandards.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.io.DocumentReader;
import org.servicestandards.rules.RuleCompilationException;
import org.servicestandards.rules.RuleSet;
import org.servicestandards.rules.scenario.ScenarioResult;
import org.servicestandards.rules.scenario.ScenarioRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code test <dir>}: runs the scenario files under a directory (see {@code docs/scenarios.md})
 * against the default rules plus any {@code --rules} directories, prints each scenario with PASS or
 * FAIL (and why), then a closing line {@code N passed, M failed}. Exit status 0 when every scenario
 * passed, 1 when one failed (or there was none), 2 when the rules do not compile or a path cannot be used.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run the scenario files (.yaml, .yml, .json) under <dir> against the rules and print",
                "each scenario, then 'N passed, M failed'. Exit status 1 if a scenario failed."})
public final class TestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<dir>", description = "directory of scenario files (sub-directories included), or one file")
    Path dir;

    @Option(names = "--rules", paramLabel = "<dir>",
            description = "a directory of .drl files loaded after the default rules (repeatable)")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--no-default-rules", description = "load only the --rules directories")
    boolean noDefaultRules;

    @Option(names = "--config", paramLabel = "<file>",
            description = "a configuration file (calendar, settings, targets) that every scenario starts from")
    Path config;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dir)) {
            err.println("test: " + dir + " does not exist");
            return 2;
        }
        ServiceStandards standards;
        try {
            RuleSet.Builder b = RuleSet.builder();
            if (noDefaultRules) {
                b.withoutDefaults();
            }
            rules.forEach(b::directory);
            RuleSet ruleSet = b.build();
            StandardsConfig base = ruleSet.applyDeclarations(StandardsConfig.defaults());
            if (config != null) {
                base = DocumentReader.create().readConfig(config, base);
            }
            standards = ServiceStandards.builder().config(base).ruleSet(ruleSet).build();
        } catch (RuleCompilationException e) {
            err.println("test: the rules do not compile:");
            e.problems().forEach(p -> err.println("  " + p));
            return 2;
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            err.println("test: " + e.getMessage());
            return 2;
        }
        ScenarioRunner runner = new ScenarioRunner(standards);
        int passed = 0;
        int failed = 0;
        List<Path> files = ScenarioRunner.scenarioFiles(dir);
        if (files.isEmpty()) {
            err.println("test: no scenario files (.yaml, .yml, .json) under " + dir);
        }
        for (Path file : files) {
            for (ScenarioResult r : runner.runFile(file)) {
                out.println((r.passed() ? "PASS  " : "FAIL  ") + name(file, r));
                if (r.passed()) {
                    passed++;
                } else {
                    failed++;
                    out.print(r.failure().indent(6));
                }
            }
        }
        out.println(passed + " passed, " + failed + " failed");
        out.flush();
        return failed == 0 && passed > 0 ? 0 : 1;
    }

    /** {@code relative/path.yaml: name}, or the path alone when the scenario has no name of its own. */
    private String name(Path file, ScenarioResult r) {
        String relative = Files.isDirectory(dir) ? dir.relativize(file).toString().replace('\\', '/')
                : file.getFileName().toString();
        String fileName = file.getFileName().toString();
        if (r.name().equals(fileName)) {
            return relative;
        }
        return relative + ": " + (r.name().startsWith(fileName + " / ") ? r.name().substring(fileName.length() + 3) : r.name());
    }
}
