package org.servicestandards.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.io.Document;
import org.servicestandards.io.DocumentFormatException;
import org.servicestandards.io.DocumentReader;
import org.servicestandards.whatif.WhatIf;
import org.servicestandards.whatif.WhatIfReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code service-standards what-if --config-b <file> [--config-a <file>] [FILE]}: evaluates the same
 * records under two configurations and prints, per standard, compliance before and after, the counts,
 * and the findings that appear or disappear.
 */
@Command(name = "what-if", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluates the same records under two configurations (A and B) and prints, per standard, "
                + "compliance under A and B, the counts, and the findings that appear or disappear under B.",
                "A is the document's own configuration, with --config-a applied over it when given; B is the "
                        + "document's configuration with --config-b applied over it.",
                "Without FILE, compares over the bundled month of a small support desk (April 2026)."},
        exitCodeOnInvalidInput = Main.USAGE, exitCodeOnExecutionException = Main.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:usage error (no --config-b, unknown option, bad --as-of or --findings)",
                "2:the input or a configuration cannot be read; nothing was evaluated"})
final class WhatIfCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The document whose records are compared (.json, .yaml or .yml). Default: the bundled data set.")
    Path file;

    @Option(names = "--config-b", required = true, paramLabel = "<yaml|json>",
            description = "The configuration to try (calendar, settings, targets), applied over the document's.")
    Path configB;

    @Option(names = "--config-a", paramLabel = "<yaml|json>",
            description = "A configuration applied over the document's for side A. Default: the document's as it is.")
    Path configA;

    @Option(names = "--as-of", paramLabel = "<instant>",
            description = {"The evaluation instant: 2026-04-30T16:00:00Z, 2026-04-30T17:00+01:00, or a local "
                    + "date-time (2026-04-15T12:00) in the zone of A's calendar.", "Default: the document's asOf."})
    String asOf;

    @Option(names = "--findings", paramLabel = "<n|all>", defaultValue = "20",
            description = "How many appearing and disappearing findings to list (default: ${DEFAULT-VALUE}); 'all' for every one.")
    String findings;

    @Option(names = "--changed-only", description = "List only the standards whose findings change.")
    boolean changedOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int limit = limit();
        DocumentReader reader = DocumentReader.create();
        String bundled = EvaluateCommand.BUNDLED;
        String source = file != null ? file.toString() : bundled.substring(bundled.lastIndexOf('/') + 1);
        Document document;
        StandardsConfig a;
        StandardsConfig b;
        try {
            if (file != null) {
                document = reader.read(file);
            } else {
                try (Reader in = EvaluateCommand.bundled()) {
                    document = reader.read(in, source);
                }
            }
            a = configA == null ? document.config() : reader.readConfig(configA, document.config());
            b = reader.readConfig(configB, document.config());
        } catch (DocumentFormatException e) {
            err.println("service-standards: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("service-standards: cannot read " + CliInputs.unreadable(e));
            err.flush();
            return Main.BAD_INPUT;
        }
        ZoneId zone = a.calendar().zone();
        Instant at = asOf != null ? CliInputs.instant(spec.commandLine(), asOf, zone) : document.asOf();
        if (at == null) {
            throw new ParameterException(spec.commandLine(), source + " has no 'asOf': give the evaluation instant "
                    + "with --as-of <instant>, e.g. --as-of 2026-04-30T17:00:00Z");
        }
        WhatIfReport report = WhatIf.compare(ServiceStandards.builder().config(a).build(),
                        ServiceStandards.builder().config(b).build(), document.records(), at)
                .withLabels(configA == null ? "the configuration of " + source : configA + " over the configuration of "
                        + source, configB + " over the configuration of " + source);
        int rejected = document.errors().size() + report.a().inputErrors().size();
        out.println(source + ": " + document.records().size() + " records"
                + (rejected == 0 ? "" : ", " + rejected + " rejected (run 'evaluate' to see why)"));
        out.println();
        out.print(report.toTable(zone, limit, changedOnly));
        out.flush();
        return Main.OK;
    }

    private int limit() {
        String text = findings.strip().toLowerCase(Locale.ROOT);
        if (text.equals("all")) {
            return WhatIfReport.ALL;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--findings must be a whole number >= 0 or 'all', was '"
                + findings + "'");
    }


}
