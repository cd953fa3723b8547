package org.servicestandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.examples.cli.TestFiles.HEADER;
import static org.servicestandards.examples.cli.TestFiles.write;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test <dir>}: each scenario, then exactly "N passed, M failed". */
class TestCommandTest {
    static final String GIVEN = String.join("\n",
            "given:",
            "  customers: [ { id: C-1 } ]",
            "  interactions:",
            "    - { id: I-1, customerId: C-1, channel: email, direction: inbound, at: 2026-03-02T10:00:00Z }",
            "");

    @TempDir
    Path dir;

    @Test
    void printsEachScenario_theFailures_andTheClosingLine() {
        write(dir, "email/at-risk.yaml", "name: email at risk\n" + GIVEN + String.join("\n",
                "when: 2026-03-02T16:00:00Z",
                "then: [ { kind: AT_RISK, standard: response.email, subject: interaction I-1 } ]", ""));
        write(dir, "email/wrong.yaml", GIVEN + String.join("\n",
                "scenarios:",
                "  - name: overdue",
                "    when: 2026-03-03T10:00:01Z",
                "    then: [ { kind: BREACH, standard: response.email, lateBy: PT1S } ]",
                "  - name: met, wrongly",
                "    when: 2026-03-03T10:00:01Z",
                "    then: [ { kind: MET, standard: response.email } ]", ""));

        Cli r = Cli.run(new TestCommand(), dir.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.lines()).startsWith(
                "PASS  email/at-risk.yaml: email at risk",
                "PASS  email/wrong.yaml: overdue",
                "FAIL  email/wrong.yaml: met, wrongly",
                "      expected, not found:");
        assertThat(r.out()).contains("        MET response.email   (" + dir.resolve("email/wrong.yaml") + ":11:");
        assertThat(r.lines().get(r.lines().size() - 1)).isEqualTo("2 passed, 1 failed");
    }

    @Test
    void aNewStandardsScenarios_runAgainstTheRulesDirectory() {
        Path rules = write(dir, "rules/Letters.drl", TestFiles.LETTERS).getParent();
        write(dir, "scenarios/letters.yaml", String.join("\n",
                "given:",
                "  customers: [ { id: C-1 } ]",
                "  interactions:",
                "    - { id: L-1, customerId: C-1, channel: letter, direction: inbound, at: 2026-03-02T10:00:00Z }",
                "when: 2026-03-04T10:00:01Z",
                "then: [ { kind: BREACH, standard: acme.letter, subject: interaction L-1, lateBy: PT1S } ]",
                "nothingElseOf: [acme.letter]", ""));

        Cli r = Cli.run(new TestCommand(), "--rules", rules.toString(), dir.resolve("scenarios").toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.lines()).containsExactly("PASS  letters.yaml", "1 passed, 0 failed");
    }

    @Test
    void rulesThatDoNotCompile_areReportedWithTheirLines_andExitWithTwo() {
        Path rules = write(dir, "rules/Bad.drl", HEADER + "rule \"x\" @derivation(\"X\")\nwhen\n    Customer( id == )\nthen\nend\n")
                .getParent();
        write(dir, "scenarios/s.yaml", GIVEN + "when: 2026-03-02T11:00:00Z\n");

        Cli r = Cli.run(new TestCommand(), "--no-default-rules", "--rules", rules.toString(), dir.resolve("scenarios").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("the rules do not compile", rules.resolve("Bad.drl") + ":8:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingDirectory_exitsWithTwo_andAnEmptyOneFails() {
        assertThat(Cli.run(new TestCommand(), dir.resolve("nope").toString()).exit()).isEqualTo(2);
        Cli empty = Cli.run(new TestCommand(), "--no-default-rules", dir.toString());
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.out()).isEqualTo("0 passed, 0 failed\n");
        assertThat(empty.err()).contains("no scenario files");
    }
}
