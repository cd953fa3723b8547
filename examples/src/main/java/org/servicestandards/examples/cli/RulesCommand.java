package org.servicestandards.examples.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.rules.RuleCatalogue;
import org.servicestandards.rules.RuleInfo;
import org.servicestandards.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rules list}: every rule of the rule base (the default rules plus any {@code --rules}
 * directories) with its standard id, family, finding kinds, source and {@code file:line}, read from
 * the rules' metadata; {@code --markdown} prints the page {@code docs/standards.md} is generated as.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "Inspect the rule base.")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Without a sub-command: the usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Print every rule with its standard id, family, finding kinds, source and file:line."})
    int list(@Option(names = "--rules", paramLabel = "<dir>",
                     description = "a directory of .drl files loaded after the default rules (repeatable)")
             List<Path> rules,
             @Option(names = "--no-default-rules", description = "list only the --rules directories") boolean noDefaultRules,
             @Option(names = "--standard", paramLabel = "<id>",
                     description = "only the rules of this standard, or of a family: response.*") String standard,
             @Option(names = "--markdown", description = "print the standards page (docs/standards.md) instead") boolean markdown) {
        PrintWriter out = spec.commandLine().getOut();
        RuleSet ruleSet;
        try {
            RuleSet.Builder b = RuleSet.builder();
            if (noDefaultRules) {
                b.withoutDefaults();
            }
            (rules == null ? new ArrayList<Path>() : rules).forEach(b::directory);
            ruleSet = b.build();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("rules list: " + e.getMessage());
            return 2;
        }
        RuleCatalogue catalogue = RuleCatalogue.of(ruleSet, StandardsConfig.defaults());
        if (markdown) {
            out.print(catalogue.markdown());
        } else {
            List<RuleInfo> selected = catalogue.rules().stream().filter(r -> matches(r, standard)).toList();
            out.print(RuleCatalogue.table(selected));
            out.println(selected.size() + " rule" + (selected.size() == 1 ? "" : "s"));
        }
        out.flush();
        return 0;
    }

    private static boolean matches(RuleInfo r, String standard) {
        if (standard == null) {
            return true;
        }
        if (standard.endsWith(".*")) {
            return r.family().equals(standard.substring(0, standard.length() - 2));
        }
        return standard.equals(r.standardId());
    }
}
