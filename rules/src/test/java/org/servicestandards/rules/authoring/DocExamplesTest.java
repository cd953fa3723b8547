package org.servicestandards.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicestandards.ServiceStandards;
import org.servicestandards.rules.RuleProblem;
import org.servicestandards.rules.RuleSet;
import org.servicestandards.rules.RuleValidator;
import org.servicestandards.rules.scenario.ScenarioResult;
import org.servicestandards.rules.scenario.ScenarioRunner;

/** The rule author's guide, the scenario format page and docs/examples stay correct. */
class DocExamplesTest {
    static final Path DOCS = Path.of("../docs");

    @TempDir
    Path tmp;

    static List<String> blocks(String page, String language) throws IOException {
        String text = Files.readString(DOCS.resolve(page), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static void assertAllPass(List<ScenarioResult> results) {
        assertThat(results).isNotEmpty().allSatisfy(r -> assertThat(r.passed()).as("%s%n%s", r.name(), r.failure()).isTrue());
    }

    @Test
    void theGuidesDrl_compilesWithTheDefaultRules_withoutWarnings() throws IOException {
        List<String> drl = blocks("writing-rules.md", "drl");
        RuleSet.Builder b = RuleSet.builder();
        for (int i = 0; i < drl.size(); i++) {
            b.drl("writing-rules.md#" + (i + 1), drl.get(i));
        }

        List<RuleProblem> problems = RuleValidator.validate(b.build());

        assertThat(drl).hasSize(3);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(RuleProblem.Severity.NOTE);
            assertThat(p.message()).contains("replaces the default rule \"response.email: an email waits for a response\"");
        });
    }

    @Test
    void theGuideShowsTheExampleRuleFileAsItIs() throws IOException {
        String letters = Files.readString(DOCS.resolve("examples/rules/Letters.drl"), StandardCharsets.UTF_8);

        assertThat(blocks("writing-rules.md", "drl")).contains(letters);
    }

    @Test
    void theExampleScenarios_passWithTheExampleRules() throws IOException {
        ScenarioRunner runner = new ScenarioRunner(ServiceStandards.builder().rules(DOCS.resolve("examples/rules")).build());

        assertAllPass(runner.runDirectory(DOCS.resolve("examples/scenarios")));
        List<String> guide = blocks("writing-rules.md", "yaml");
        Path scenario = Drl.write(tmp, "guide.yaml", guide.stream().filter(y -> y.contains("acme.letter")
                && y.contains("when:")).findFirst().orElseThrow());
        assertAllPass(runner.runFile(scenario));
    }

    @Test
    void theScenarioFormatPagesExamples_pass() throws IOException {
        List<String> yaml = blocks("scenarios.md", "yaml");
        List<String> json = blocks("scenarios.md", "json");
        assertThat(yaml).hasSize(1);
        assertThat(json).hasSize(1);

        assertAllPass(ScenarioRunner.withDefaults().runFile(Drl.write(tmp, "example.yaml", yaml.get(0))));
        assertAllPass(ScenarioRunner.withDefaults().runFile(Drl.write(tmp, "example.json", json.get(0))));
    }
}
