package org.servicestandards.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.io.DocumentFormatException;
import org.servicestandards.rules.RuleSet;
import org.servicestandards.rules.scenario.Scenario;
import org.servicestandards.rules.scenario.ScenarioReader;
import org.servicestandards.rules.scenario.ScenarioResult;
import org.servicestandards.rules.scenario.ScenarioRunner;
import org.servicestandards.rules.scenario.ScenarioTests;

/** Scenario files: JSON and YAML, located errors, failure messages, and rule sets of one's own. */
class ScenarioFilesTest {
    static final ScenarioRunner DEFAULTS = ScenarioRunner.withDefaults();

    static final String EMAIL_GIVEN = String.join("\n",
            "given:",                                                                                         // 1
            "  customers:",                                                                                   // 2
            "    - { id: C-1 }",                                                                              // 3
            "  interactions:",                                                                                // 4
            "    - { id: I-1, customerId: C-1, channel: email, direction: inbound, at: 2026-03-02T10:00:00Z }", // 5
            "");

    @TempDir
    Path dir;

    private Path write(String name, String text) {
        return Drl.write(dir, name, text);
    }

    private static DocumentFormatException readError(Path file) {
        return catchThrowableOfType(DocumentFormatException.class,
                () -> ScenarioReader.read(file, StandardsConfig.defaults()));
    }

    @Test
    void aJsonScenario_runsLikeAYamlOne() {
        Path file = write("email.json", String.join("\n",
                "{",
                "  \"name\": \"email overdue\",",
                "  \"given\": {",
                "    \"customers\": [ { \"id\": \"C-1\" } ],",
                "    \"interactions\": [ { \"id\": \"I-1\", \"customerId\": \"C-1\", \"channel\": \"email\",",
                "                          \"direction\": \"inbound\", \"at\": \"2026-03-02T10:00:00Z\" } ]",
                "  },",
                "  \"when\": \"2026-03-03T10:00:01Z\",",
                "  \"then\": [ { \"kind\": \"BREACH\", \"standard\": \"response.email\", \"subject\": \"interaction I-1\",",
                "              \"dueAt\": \"2026-03-03T10:00:00Z\", \"lateBy\": \"1 second\" } ],",
                "  \"nothingElseOf\": \"response.*\"",
                "}"));

        List<ScenarioResult> results = DEFAULTS.runFile(file);

        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.passed()).as(r.failure()).isTrue();
            assertThat(r.name()).isEqualTo("email overdue");
        });
    }

    @Test
    void aFailingScenario_showsTheExpectedFindingsNotFound_theUnexpectedOnes_andWhatWasFound() {
        Path file = write("wrong.yaml", EMAIL_GIVEN + String.join("\n",
                "when: 2026-03-03T10:00:01Z",                                                                 // 6
                "then:",                                                                                      // 7
                "  - { kind: MET, standard: response.email, subject: interaction I-1 }",                      // 8
                "nothingElseOf: [response.email]",
                ""));

        ScenarioResult r = DEFAULTS.runFile(file).get(0);

        assertThat(r.passed()).isFalse();
        assertThat(r.missing()).hasSize(1);
        assertThat(r.unexpected()).hasSize(1);
        assertThat(r.failure()).contains(
                "expected, not found:\n  MET response.email interaction I-1   (" + file + ":8:5)",
                "found, not expected (nothingElseOf):\n  BREACH response.email interaction I-1 dueAt=2026-03-03T10:00:00Z"
                        + " at=2026-03-03T10:00:01Z lateBy=PT1S",
                "actual findings of the standards named:");
    }

    @Test
    void asJUnitDynamicTests_aFailureCarriesExpectedAndActualFindings() throws Throwable {
        write("a/ok.yaml", EMAIL_GIVEN + "when: 2026-03-02T11:00:00Z\nthen: []\nnothingElseOf: [response.email]\n");
        write("b/wrong.yaml", EMAIL_GIVEN + "when: 2026-03-03T10:00:01Z\nthen:\n"
                + "  - { kind: MET, standard: response.email, subject: interaction I-1 }\n");
        write("c/broken.yaml", "given: [\n");

        List<DynamicTest> tests = ScenarioTests.from(dir, DEFAULTS.standards()).toList();

        assertThat(tests).extracting(DynamicTest::getDisplayName).containsExactly("a/ok.yaml", "b/wrong.yaml", "c/broken.yaml");
        tests.get(0).getExecutable().execute();
        AssertionFailedError failure = catchThrowableOfType(AssertionFailedError.class, () -> tests.get(1).getExecutable().execute());
        assertThat(failure.getExpected().getStringRepresentation()).isEqualTo("MET response.email interaction I-1");
        assertThat(failure.getActual().getStringRepresentation()).startsWith("BREACH response.email interaction I-1 dueAt=");
        assertThat(failure.getMessage()).contains("wrong.yaml", "expected, not found");
        AssertionFailedError broken = catchThrowableOfType(AssertionFailedError.class, () -> tests.get(2).getExecutable().execute());
        assertThat(broken.getMessage()).contains("not a valid scenario file", "broken.yaml:");
    }

    @Test
    void severalScenariosInAFile_shareTheGivenPart() throws Exception {
        Path file = write("matrix.yaml", "name: email\n" + EMAIL_GIVEN + String.join("\n",
                "scenarios:",
                "  - name: at risk",
                "    when: 2026-03-02T16:00:00Z",
                "    then: [ { kind: AT_RISK, standard: response.email, subject: I-1 } ]",
                "  - when: 2026-03-03T10:00:00Z",
                "    then: [ { kind: AT_RISK, standard: response.email } ]",
                "    nothingElseOf: ['*']",
                ""));

        List<Scenario> scenarios = ScenarioReader.read(file, StandardsConfig.defaults());
        assertThat(scenarios).extracting(Scenario::name).containsExactly("email / at risk", "email / #2");
        assertThat(scenarios.get(0).location()).isEqualTo(file + ":8:5");
        assertThat(DEFAULTS.runFile(file)).allSatisfy(r -> assertThat(r.passed()).as(r.failure()).isTrue());
        assertThat(ScenarioTests.from(file, DEFAULTS.standards()).map(DynamicTest::getDisplayName).toList())
                .containsExactly("matrix.yaml: email / at risk", "matrix.yaml: email / #2");
    }

    @Test
    void aRecordThatCannotBeRead_failsTheScenario_atItsLineInTheScenarioFile() {
        Path file = write("bad-record.yaml", String.join("\n",
                "given:",
                "  customers:",
                "    - { id: C-1 }",
                "  interactions:",
                "    - { id: I-1, customerId: C-1, channel: emial, direction: inbound, at: 2026-03-02T10:00:00Z }", // 5
                "    - { id: I-2, customerId: C-9, channel: email, direction: inbound, at: 2026-03-02T10:00:00Z }", // 6
                "when: 2026-03-02T11:00:00Z",
                ""));

        ScenarioResult r = DEFAULTS.runFile(file).get(0);

        assertThat(r.passed()).isFalse();
        assertThat(r.inputErrors()).extracting(e -> e.location()).containsExactly(file + ":5:7", file + ":6:7");
        assertThat(r.failure()).contains("records of 'given' were rejected", file + ":5:7: interaction I-1", "emial",
                file + ":6:7: interaction I-2");
    }

    @Test
    void aStructuralMistake_stopsTheFile_atItsLine() {
        assertThat(readError(write("s1.yaml", EMAIL_GIVEN.replace("interactions:", "interactons:") + "when: 2026-03-02T11:00:00Z\n")))
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("s1.yaml:4:", "interactons", "interactions");
                });
        assertThat(readError(write("s2.yaml", "given:\n  targets:\n    response.email: 1 business day\n"
                + "    response.emial: 2 business days\nwhen: 2026-03-02T11:00:00Z\n")))
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(4);
                    assertThat(e.getMessage()).contains("unknown standard", "response.email");
                });
        assertThat(readError(write("s3.yaml", EMAIL_GIVEN + "when: 2026-03-02T11:00:00Z\nthen:\n"
                + "  - { kind: MET, standard: response.emial }\n")))
                .satisfies(e -> {
                    assertThat(e.line()).isEqualTo(8);
                    assertThat(e.getMessage()).contains("then[0].standard", "'response.emial' is not a known standard id");
                });
        assertThat(readError(write("s4.yaml", EMAIL_GIVEN + "when: Monday\n")).getMessage())
                .contains("s4.yaml:6:", "when: must be an ISO-8601 instant");
        assertThat(readError(write("s5.yaml", EMAIL_GIVEN + "then: []\n")).getMessage()).contains("'when' is missing");
        assertThat(readError(write("s6.yaml", EMAIL_GIVEN + "when: 2026-03-02T11:00:00Z\nwhen: 2026-03-02T12:00:00Z\n"))
                .getMessage()).contains("s6.yaml:7:", "given twice");
        assertThat(readError(write("s7.yaml", EMAIL_GIVEN + "when: 2026-03-02T11:00:00Z\nthen:\n"
                + "  - { kind: LATE, standard: response.email, lateBy: soon }\n")).getMessage())
                .contains("then[0].kind", "'LATE' is not a finding kind");
        assertThat(readError(write("s8.yaml", EMAIL_GIVEN + "when: 2026-03-02T11:00:00Z\nthen:\n"
                + "  - { kind: MET, standard: response.email, lateBy: soon }\n")).getMessage())
                .contains("then[0].lateBy", "'soon' is not a duration");
        assertThat(readError(write("s9.yaml", EMAIL_GIVEN + "when: 2026-03-02T11:00:00Z\nnothingElseOf: [respons.*]\n"))
                .getMessage()).contains("'respons.*' is not a known standard id");
        assertThat(readError(write("s10.yaml", EMAIL_GIVEN + "when: 2026-03-02T11:00:00Z\nexpect: []\n")).getMessage())
                .contains("s10.yaml:7:", "expect: unknown field");
    }

    @Test
    void scenariosOfARuleSetOfOnesOwn_mayConfigureItsNewStandards() {
        ServiceStandards letters = ServiceStandards.builder().ruleSet(RuleSet.builder().withoutDefaults()
                .classpath("org/servicestandards/rules/Common.drl")
                .drl("acme/Letters.drl", RuleLoadingTest.LETTERS).build()).build();
        Path file = write("letters.yaml", String.join("\n",
                "given:",
                "  targets:",
                "    acme.letter: 1 business day",
                "  customers: [ { id: C-1 } ]",
                "  interactions:",
                "    - { id: L-1, customerId: C-1, channel: letter, direction: inbound, at: 2026-03-02T10:00:00Z }",
                "    - { id: R-1, customerId: C-1, channel: letter, direction: outbound, agentId: A-1, at: 2026-03-04T10:00:00Z }",
                "when: 2026-03-05T10:00:00Z",
                "then:",
                "  - { kind: BREACH, standard: acme.letter, subject: interaction L-1, dueAt: 2026-03-03T10:00:00Z, lateBy: 1 d }",
                "nothingElseOf: [acme.*]",
                ""));

        ScenarioResult r = new ScenarioRunner(letters).runFile(file).get(0);

        assertThat(r.passed()).as(r.failure()).isTrue();
    }
}
