package org.servicestandards.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.io.Document;
import org.servicestandards.io.DocumentFormatException;
import org.servicestandards.io.DocumentReader;
import org.servicestandards.io.EvaluationJson;
import org.servicestandards.io.servicenow.ServiceNowImport;
import org.servicestandards.io.servicenow.ServiceNowImporter;
import org.servicestandards.io.servicenow.ServiceNowOptions;
import org.servicestandards.model.Dataset;
import org.servicestandards.report.HtmlReport;
import org.servicestandards.report.ReportOptions;
import org.servicestandards.rules.RuleCompilationException;
import org.servicestandards.rules.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code service-standards evaluate [FILE]}: reads a document, evaluates it, prints the report. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluates the records of a document (JSON or YAML) and prints the compliance report.",
                "Without FILE, evaluates the bundled month of a small support desk (April 2026)."},
        exitCodeOnInvalidInput = Main.USAGE, exitCodeOnExecutionException = Main.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:usage error (unknown option, bad --as-of, no evaluation instant)",
                "2:the input cannot be read (malformed, wrongly configured or missing); nothing was evaluated"})
final class EvaluateCommand implements Callable<Integer> {
    /** Where the bundled data set is on the class path. */
    static final String BUNDLED = "/org/servicestandards/examples/data/support-desk-2026-04.json";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The document to evaluate (.json, .yaml or .yml). Default: the bundled data set.")
    Path file;

    @Option(names = "--as-of", paramLabel = "<instant>",
            description = {"The evaluation instant: 2026-04-30T16:00:00Z, 2026-04-30T17:00+01:00, or a local "
                    + "date-time (2026-04-15T12:00) in the calendar's zone.",
                    "Default: the document's asOf."})
    String asOf;

    @Option(names = "--config", paramLabel = "<yaml|json>",
            description = "A configuration file (calendar, settings, targets) applied over the document's.")
    Path config;

    @Option(names = "--format", paramLabel = "<document|servicenow>", defaultValue = "document",
            description = {"The input format: a service-standards document (JSON or YAML), or a ServiceNow incident "
                    + "event log (CSV, see docs/servicenow.md). Default: ${DEFAULT-VALUE}."})
    Format format;

    @Option(names = "--zone", paramLabel = "<zone>",
            description = "ServiceNow logs: the zone of the log's timestamps (default UTC).")
    ZoneId zone;

    @Option(names = "--timestamp-pattern", paramLabel = "<pattern>",
            description = "ServiceNow logs: a DateTimeFormatter pattern for the timestamps "
                    + "(default: both dd-MM-yyyy HH:mm and d/M/yyyy H:mm).")
    String timestampPattern;

    @Option(names = "--rules", paramLabel = "<dir>",
            description = "A directory of DRL files added to the default rules (repeatable); see docs/writing-rules.md.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--json", description = "Print the evaluation as JSON instead of the report.")
    boolean json;

    @Option(names = "--html", paramLabel = "<file>",
            description = "Also write the report as one self-contained HTML page with charts.")
    Path html;

    /** Input formats. */
    enum Format { DOCUMENT, SERVICENOW }

    /** What was read: the records, the configuration, the instant, and how to add the read errors. */
    private record Loaded(Dataset records, StandardsConfig config, Instant asOf,
                          UnaryOperator<Evaluation> withReadErrors, String attribution) {}

    @Option(names = "--breaches", paramLabel = "<n|all>", defaultValue = "20",
            description = "How many breaches the report lists (default: ${DEFAULT-VALUE}); 'all' for every one.")
    String breaches;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int limit = breachLimit();
        DocumentReader reader = DocumentReader.create();
        RuleSet ruleSet;
        try {
            RuleSet.Builder builder = RuleSet.builder();
            rules.forEach(builder::directory);
            ruleSet = builder.build();
        } catch (RuntimeException e) {
            err.println("service-standards: cannot read the rules: " + e.getMessage());
            err.flush();
            return Main.BAD_INPUT;
        }
        Loaded loaded;
        StandardsConfig standards;
        String source = file != null ? file.toString() : BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1);
        try {
            loaded = format == Format.SERVICENOW ? serviceNow() : document(reader);
            StandardsConfig base = ruleSet.applyDeclarations(loaded.config());
            standards = config == null ? base : reader.readConfig(config, base);
        } catch (DocumentFormatException e) {
            err.println("service-standards: " + located(e));
            err.flush();
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("service-standards: cannot read " + CliInputs.unreadable(e));
            err.flush();
            return Main.BAD_INPUT;
        }
        ZoneId calendarZone = standards.calendar().zone();
        Instant at = asOf != null ? CliInputs.instant(spec.commandLine(), asOf, calendarZone) : loaded.asOf();
        if (at == null) {
            throw new ParameterException(spec.commandLine(), source + " has no 'asOf': give the evaluation instant "
                    + "with --as-of <instant>, e.g. --as-of 2026-04-30T17:00:00Z");
        }
        ServiceStandards evaluator;
        try {
            evaluator = ServiceStandards.builder().config(standards).ruleSet(ruleSet).build();
        } catch (RuleCompilationException e) {
            err.println("service-standards: the rules do not compile:");
            e.problems().forEach(p -> err.println("  " + p));
            err.flush();
            return Main.BAD_INPUT;
        }
        Evaluation evaluation = loaded.withReadErrors().apply(evaluator.evaluate(loaded.records(), at));
        if (json) {
            EvaluationJson.write(evaluation, out);
        } else {
            new TextReport(calendarZone, source, loaded.records(), limit).render(evaluation, out);
            if (loaded.attribution() != null) {
                out.println();
                out.println("Data: " + loaded.attribution());
            }
        }
        if (html != null) {
            HtmlReport.write(evaluation, ReportOptions.builder().title("Service standards report")
                    .source(source).attribution(loaded.attribution()).zone(calendarZone).build(), html);
            if (!json) {
                out.println();
                out.println("HTML report written to " + html);
            }
        }
        out.flush();
        return Main.OK;
    }

    private Loaded document(DocumentReader reader) throws IOException {
        Document document;
        if (file != null) {
            document = reader.read(file);
        } else {
            try (Reader in = bundled()) {
                document = reader.read(in, BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1));
            }
        }
        return new Loaded(document.records(), document.config(), document.asOf(), document::withReadErrors, null);
    }

    private Loaded serviceNow() throws IOException {
        if (file == null) {
            throw new ParameterException(spec.commandLine(), "--format servicenow needs the log's FILE, e.g. "
                    + "examples/data/servicenow/servicenow-incident-log-sample.csv");
        }
        ServiceNowOptions.Builder options = ServiceNowOptions.builder();
        if (zone != null) {
            options.zone(zone);
        }
        if (timestampPattern != null) {
            options.timestampPattern(timestampPattern);
        }
        ServiceNowImport log = ServiceNowImporter.create(options.build()).read(file);
        return new Loaded(log.records(), ServiceNowImport.configure(StandardsConfig.defaults()),
                log.summary().lastEvent(), log::withReadErrors, log.summary().attribution());
    }

    private int breachLimit() {
        String text = breaches.strip().toLowerCase(Locale.ROOT);
        if (text.equals("all")) {
            return TextReport.ALL;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(spec.commandLine(), "--breaches must be a whole number >= 0 or 'all', was '"
                + breaches + "'");
    }

    /** The bundled data set, read from the class path (the build's classes or the jar). */
    static Reader bundled() throws IOException {
        InputStream in = EvaluateCommand.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new NoSuchFileException(BUNDLED, null, "the bundled data set is not on the class path");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }



    /** {@code file:line:column: problem}, as the exception says it. */
    private static String located(DocumentFormatException e) { return e.getMessage(); }

}
