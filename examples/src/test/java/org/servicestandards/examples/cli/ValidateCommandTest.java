package org.servicestandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.examples.cli.TestFiles.HEADER;
import static org.servicestandards.examples.cli.TestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate <dir>}: every problem as file:line: message, exit status 1 on errors. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    @Test
    void errorsAndWarnings_areListedAsFileLineMessage_andErrorsExitWithOne() {
        write(dir, "Bad.drl", HEADER + String.join("\n",
                "rule \"acme.x: broken\" @derivation(\"X\")",   // 6
                "when",                                         // 7
                "    Interaction( channel == )",                // 8
                "then",
                "end", ""));
        write(dir, "more/Warn.drl", HEADER + String.join("\n",
                "rule \"no metadata\"",                         // 6
                "when",
                "    Interaction( )",
                "then",
                "end", ""));

        Cli r = Cli.run(new ValidateCommand(), "--no-default-rules", dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith(dir.resolve("Bad.drl") + ":8: "));
        assertThat(r.lines()).contains(dir.resolve("more/Warn.drl") + ":6: warning: rule has no @standard, @derivation"
                + " or @judgement metadata: say which standard it belongs to (@standard(\"id\") @finding(\"KIND ...\")),"
                + " or which fact it derives (@derivation(\"Fact\")) (in rule \"no metadata\")");
        assertThat(r.lines().get(r.lines().size() - 1)).isEqualTo("1 error, 1 warning in 2 files: the rules do not compile");
    }

    @Test
    void warningsAlone_exitWithZero_unlessStrict() {
        write(dir, "Warn.drl", HEADER + "rule \"no metadata\" when Interaction( ) then end\n");

        assertThat(Cli.run(new ValidateCommand(), "--no-default-rules", dir.toString()).exit()).isZero();
        assertThat(Cli.run(new ValidateCommand(), "--no-default-rules", "--strict", dir.toString()).exit()).isEqualTo(1);
    }

    @Test
    void aNewStandardBesideTheDefaultRules_compiles() {
        write(dir, "Letters.drl", TestFiles.LETTERS);

        Cli r = Cli.run(new ValidateCommand(), dir.toString());

        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(r.out()).isEqualTo("0 errors, 0 warnings in 1 file: the rules compile\n");
    }

    @Test
    void aDirectoryThatIsMissingOrHoldsNoDrl_exitsWithTwo() {
        Cli missing = Cli.run(new ValidateCommand(), dir.resolve("nope").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("is not a directory");

        Cli empty = Cli.run(new ValidateCommand(), dir.toString());
        assertThat(empty.exit()).isEqualTo(2);
        assertThat(empty.err()).contains("no .drl files under");
    }
}
