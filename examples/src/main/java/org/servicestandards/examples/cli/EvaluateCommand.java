package org.servicestandards.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.io.Document;
import org.servicestandards.io.DocumentFormatException;
import org.servicestandards.io.DocumentReader;
import org.servicestandards.io.EvaluationJson;
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

    @Option(names = "--json", description = "Print the evaluation as JSON instead of the report.")
    boolean json;

    @Option(names = "--breaches", paramLabel = "<n|all>", defaultValue = "20",
            description = "How many breaches the report lists (default: ${DEFAULT-VALUE}); 'all' for every one.")
    String breaches;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int limit = breachLimit();
        DocumentReader reader = DocumentReader.create();
        Document document;
        StandardsConfig standards;
        String source;
        try {
            if (file != null) {
                source = file.toString();
                document = reader.read(file);
            } else {
                source = BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1);
                try (Reader in = bundled()) {
                    document = reader.read(in, source);
                }
            }
            standards = config == null ? document.config() : reader.readConfig(config, document.config());
        } catch (DocumentFormatException e) {
            err.println("service-standards: " + located(e));
            err.flush();
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println("service-standards: cannot read " + unreadable(e));
            err.flush();
            return Main.BAD_INPUT;
        }
        ZoneId zone = standards.calendar().zone();
        Instant at = asOf != null ? instant(asOf, zone) : document.asOf();
        if (at == null) {
            throw new ParameterException(spec.commandLine(), source + " has no 'asOf': give the evaluation instant "
                    + "with --as-of <instant>, e.g. --as-of 2026-04-30T17:00:00Z");
        }
        Evaluation evaluation = ServiceStandards.builder().config(standards).build().evaluate(document.records(), at);
        evaluation = document.withReadErrors(evaluation);
        if (json) {
            EvaluationJson.write(evaluation, out);
        } else {
            new TextReport(zone, source, document.records(), limit).render(evaluation, out);
        }
        out.flush();
        return Main.OK;
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

    private ParameterException badInstant(String text) {
        return new ParameterException(spec.commandLine(), "--as-of '" + text + "' is not an instant; give e.g. "
                + "2026-04-30T16:00:00Z, 2026-04-30T17:00+01:00 or a local date-time such as 2026-04-30T17:00");
    }

    /** An instant, an offset or zoned date-time, or a local date-time in {@code zone}. */
    private Instant instant(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(t).toInstant();
        } catch (DateTimeException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw badInstant(text);
        }
    }

    /** {@code file:line:column: problem}, as the exception says it. */
    private static String located(DocumentFormatException e) { return e.getMessage(); }

    private static String unreadable(IOException e) {
        if (e instanceof NoSuchFileException n) {
            return n.getFile() + ": no such file";
        }
        if (e instanceof AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
