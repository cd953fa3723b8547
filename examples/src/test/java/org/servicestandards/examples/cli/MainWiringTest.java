package org.servicestandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.examples.cli.MainTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands and options that tie the library's features into the command line. */
class MainWiringTest {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path SAMPLE = ROOT.resolve("examples/data/servicenow/servicenow-incident-log-sample.csv");

    @Test
    void evaluate_aServiceNowLog_printsTheResolutionStandard_andTheAttribution(@TempDir Path dir) throws IOException {
        Path html = dir.resolve("report.html");

        MainTest.Run r = run("evaluate", "--format", "servicenow", SAMPLE.toString(), "--html", html.toString(),
                "--breaches", "1");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("resolution.case", "890", "69.4%", "10.24432/C57S4H",
                "HTML report written to " + html);
        assertThat(Files.readString(html)).contains("<svg", "resolution.case", "10.24432/C57S4H");
    }

    @Test
    void evaluate_aServiceNowLogWithoutAFile_isAUsageError() {
        MainTest.Run r = run("evaluate", "--format", "servicenow");

        assertThat(r.exit()).isEqualTo(Main.USAGE);
        assertThat(r.err()).contains("--format servicenow needs the log's FILE");
    }

    @Test
    void evaluate_withAuthorRules_addsTheirStandard(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("Vip.drl"), """
                package org.acme.rules
                import org.servicestandards.model.*
                import org.servicestandards.facts.*
                import org.servicestandards.evaluation.*
                global Findings findings

                rule "acme.vip.greeting: every VIP call is greeted by name"
                    @standard("acme.vip.greeting") @finding("BREACH") @source("acme")
                    @title("greet VIP callers by name")
                when
                    $i : Interaction( channel == Channel.PHONE, inbound, hasFlag(Flag.GREETING_NOT_IDENTIFIED) )
                then
                    insertLogical( findings.about(FindingKind.BREACH, "acme.vip.greeting", $i)
                        .reason("Call " + $i.id() + " was not greeted by name.").build() );
                end
                """);

        MainTest.Run r = run("evaluate", "--rules", rules.toString(), "--breaches", "0");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("acme.vip.greeting");
    }

    @Test
    void evaluate_withBrokenRules_reportsFileAndLine_andEvaluatesNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Broken.drl"), "package org.acme.rules\nrule \"x\"\nwhen\n  Interaction( channel == )\nthen\nend\n");

        MainTest.Run r = run("evaluate", "--rules", dir.toString());

        assertThat(r.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("Broken.drl:4");
        assertThat(r.out()).doesNotContain("Compliance per standard");
    }

    @Test
    void theRuleAuthoringCommands_areRegistered() {
        MainTest.Run list = run("rules", "list", "--standard", "response.email");
        MainTest.Run validate = run("validate", ROOT.resolve("docs/examples/rules").toString());
        MainTest.Run test = run("test", ROOT.resolve("rules/src/test/resources/scenarios/response").toString());

        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("response.email");
        assertThat(validate.exit()).as(validate.out() + validate.err()).isZero();
        assertThat(test.exit()).as(test.out() + test.err()).isZero();
        assertThat(test.out()).containsPattern("(?m)^\\d+ passed, 0 failed$");
    }
}
