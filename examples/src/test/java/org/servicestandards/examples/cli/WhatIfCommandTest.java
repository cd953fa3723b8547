package org.servicestandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicestandards.examples.crm.AWeekOfEmail;
import org.servicestandards.io.DocumentWriter;
import picocli.CommandLine;

/** {@code what-if}, run in-process over a week of a CRM's email written as a document. */
class WhatIfCommandTest {
    @TempDir
    static Path dir;
    static Path document;
    static Path stricter;

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    static void files() throws IOException {
        document = dir.resolve("week.json");
        try (Writer w = Files.newBufferedWriter(document)) {
            DocumentWriter.write(AWeekOfEmail.records(), null, AWeekOfEmail.END, w);
        }
        stricter = dir.resolve("stricter.yaml");
        Files.writeString(stricter, "targets:\n  response.email: 4 business hours\n");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new WhatIfCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void comparesTheDocumentUnderItsOwnConfigurationAndConfigB() {
        Run r = run("--config-b", stricter.toString(), document.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith(document + ": ")
                .contains("What-if as of Mon 9 Mar 2026 12:00 (UTC)\n  A: the configuration of " + document + "\n  B: "
                        + stricter + " over the configuration of " + document + "\n")
                .containsPattern("response\\.email +90\\.0% +60\\.0% +-30\\.0 pt +9->6 +1->4")
                .containsPattern("1 of \\d+ standards change; 3 findings appear, 3 disappear under B\\.")
                .contains("  + BREACH response.email interaction M-11: Email M-11 from customer C-2");
    }

    @Test
    void configA_isAppliedToSideA_findingsCanBeLimited_andAsOfIsALocalTimeInTheCalendarZone() throws IOException {
        Path lenient = dir.resolve("lenient.yaml");
        Files.writeString(lenient, "targets:\n  response.email: 2 business days\n");
        Run r = run("--config-a", lenient.toString(), "--config-b", stricter.toString(), "--findings", "1",
                "--as-of", "2026-03-09T12:00", "--changed-only", document.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("What-if as of Mon 9 Mar 2026 12:00 (UTC)").doesNotContain("update.periodic")
                .containsPattern("response\\.email +100\\.0% +60\\.0% +-40\\.0 pt +10->6 +0->4")
                .contains("Findings that appear under B (4, first 1 shown):")
                .contains("Findings that disappear under B (4, first 1 shown):");
    }

    @Test
    void withoutConfigB_isAUsageError() {
        Run r = run(document.toString());
        assertThat(r.exitCode()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("Missing required option: '--config-b=<yaml|json>'");
    }

    @Test
    void badFindingsOrAsOf_areUsageErrors() {
        assertThat(run("--config-b", stricter.toString(), "--findings", "many", document.toString()).err())
                .contains("--findings must be a whole number >= 0 or 'all', was 'many'");
        Run r = run("--config-b", stricter.toString(), "--as-of", "yesterday", document.toString());
        assertThat(r.exitCode()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--as-of 'yesterday' is not an instant");
    }

    @Test
    void aWrongConfiguration_stopsTheRun_namingTheFileAndPath() throws IOException {
        Path typo = dir.resolve("typo.yaml");
        Files.writeString(typo, "targets:\n  response.emial: 4 business hours\n");
        Run r = run("--config-b", typo.toString(), document.toString());
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("service-standards: " + typo).contains("targets.response.emial")
                .contains("did you mean 'response.email'?");
    }

    @Test
    void aMissingFile_isBadInput() {
        Run r = run("--config-b", stricter.toString(), dir.resolve("nowhere.json").toString());
        assertThat(r.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).isEqualTo("service-standards: cannot read " + dir.resolve("nowhere.json")
                + ": no such file" + System.lineSeparator());
    }
}
