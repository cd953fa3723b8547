package org.servicestandards.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.servicestandards.rules.RuleProblem;
import org.servicestandards.rules.RuleSet;
import org.servicestandards.rules.RuleValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate <dir>}: compiles a rule author's DRL files with the default rule base, without
 * loading them anywhere, and lists every problem as {@code file:line: message}. Exit status 0 when
 * there is no error (warnings allowed, unless {@code --strict}), 1 when there are errors, 2 when the
 * directory cannot be used.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Compile the .drl files under <dir> (with the default rules) and list every problem as",
                "file:line: message. Warnings: a rule without @standard/@derivation/@judgement metadata, a",
                "standard id declared nowhere, a target written as a literal. Exit status 1 on errors."})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "<dir>", description = "directory of .drl files (sub-directories included)")
    Path dir;

    @Option(names = "--no-default-rules", description = "validate the files on their own, without the default rule base")
    boolean noDefaultRules;

    @Option(names = "--strict", description = "exit with status 1 on warnings too")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(dir)) {
            err.println("validate: " + dir + " is not a directory");
            return 2;
        }
        RuleSet rules;
        try {
            RuleSet.Builder b = RuleSet.builder().directory(dir);
            if (noDefaultRules) {
                b.withoutDefaults();
            }
            rules = b.build();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            err.println("validate: " + e.getMessage());
            return 2;
        }
        if (rules.authorFiles().isEmpty()) {
            err.println("validate: no .drl files under " + dir);
            return 2;
        }
        List<RuleProblem> problems = RuleValidator.validate(rules);
        problems.forEach(out::println);
        long errors = count(problems, RuleProblem.Severity.ERROR);
        long warnings = count(problems, RuleProblem.Severity.WARNING);
        out.println(plural(errors, "error") + ", " + plural(warnings, "warning") + " in "
                + plural(rules.authorFiles().size(), "file") + (errors == 0 ? ": the rules compile" : ": the rules do not compile"));
        out.flush();
        return errors > 0 || strict && warnings > 0 ? 1 : 0;
    }

    private static long count(List<RuleProblem> problems, RuleProblem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
