package org.servicestandards.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.Catalogue;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.rules.RuleInfo;
import org.servicestandards.rules.scenario.ExpectedFinding;
import org.servicestandards.rules.scenario.Scenario;
import org.servicestandards.rules.scenario.ScenarioReader;
import org.servicestandards.rules.scenario.ScenarioRunner;
import org.servicestandards.rules.scenario.ScenarioTests;

/** The scenario files shipped with the default rule base: one dynamic test per scenario, and their coverage. */
class DefaultScenariosTest {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    /**
     * The families whose scenario files ship: every family of the catalogue (response, fulfilment,
     * update, complaint, proactive, followup, conduct, resolution), so a standard added to the
     * catalogue fails the build until a scenario expects a finding of it.
     */
    static final List<String> FAMILIES = Catalogue.all().stream().map(StandardDefinition::family).distinct().toList();

    @TestFactory
    Stream<DynamicTest> defaultRuleBase() {
        return ScenarioTests.from(SCENARIOS);
    }

    @Test
    void everyStandardOfTheCatalogue_isExpectedInSomeScenario() throws IOException {
        Set<String> catalogue = new TreeSet<>();
        Catalogue.all().forEach(d -> catalogue.add(d.id()));

        assertThat(FAMILIES).as("families of the catalogue").hasSizeGreaterThanOrEqualTo(8)
                .contains("response", "fulfilment", "update", "complaint", "proactive", "followup", "conduct",
                        "resolution");
        assertThat(expectedInScenarios()).as("standards of the catalogue no scenario file expects a finding of")
                .containsAll(catalogue);
    }

    @Test
    void everyStandardWithDefaultRules_isExpectedInSomeScenario() throws IOException {
        Set<String> withRules = new TreeSet<>();
        for (RuleInfo r : ServiceStandards.withDefaults().rules()) {
            if (r.standardId() != null && FAMILIES.contains(r.family())) {
                withRules.add(r.standardId());
            }
        }

        assertThat(withRules).hasSizeGreaterThanOrEqualTo(Catalogue.all().size());
        assertThat(expectedInScenarios()).as("standards with default rules no scenario file expects a finding of")
                .containsAll(withRules);
    }

    /** Every standard id some scenario of the shipped files expects a finding of. */
    private static Set<String> expectedInScenarios() throws IOException {
        Set<String> expected = new TreeSet<>();
        for (Path file : ScenarioRunner.scenarioFiles(SCENARIOS)) {
            for (Scenario s : ScenarioReader.read(file, StandardsConfig.defaults())) {
                s.expected().stream().map(ExpectedFinding::standardId).forEach(expected::add);
            }
        }
        return expected;
    }
}
