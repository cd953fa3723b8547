package org.servicestandards.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code service-standards} command line: {@code evaluate [FILE]} prints the compliance report
 * of a document (by default the bundled month of a small support desk) or of a ServiceNow incident
 * log; {@code validate <dir>} checks DRL files; {@code test <dir>} runs scenario files;
 * {@code rules list} prints every rule with its standard; {@code what-if} compares two
 * configurations over the same records.
 *
 * <p>Exit codes: {@code 0} done; {@code 2} the input cannot be read (malformed JSON or YAML, a wrong
 * configuration, a missing file: the message on standard error names {@code file:line:column});
 * {@code 1} any other usage error (an unknown option, a bad {@code --as-of}).
 */
@Command(name = "service-standards", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Evaluates customer-service records against the service standards.",
        subcommands = {EvaluateCommand.class, WhatIfCommand.class, ValidateCommand.class, TestCommand.class, RulesCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeOnInvalidInput = Main.USAGE, exitCodeOnExecutionException = Main.USAGE)
public final class Main implements Runnable {
    /** Everything went well. */
    public static final int OK = 0;
    /** A usage error (picocli's usual code for bad arguments is 2; here 2 means unreadable input). */
    public static final int USAGE = 1;
    /** The input could not be read: malformed, wrongly configured, or missing. Nothing was evaluated. */
    public static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command, e.g. 'evaluate'");
    }

    /** A fresh command line (tests set its out and err writers and call {@code execute}). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The version from the jar's manifest, when there is one. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"service-standards " + (v == null ? "(development build)" : v)};
        }
    }
}
