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
     * The families whose scenario files ship. A family's scenarios come with its rules: add it here
     * when they do (follow-up, proactive and conduct scenarios are still to come).
     */
    static final List<String> FAMILIES = List.of("response", "fulfilment", "update", "complaint");

    @TestFactory
    Stream<DynamicTest> defaultRuleBase() {
        return ScenarioTests.from(SCENARIOS);
    }

    @Test
    void everyStandardWithDefaultRules_ofTheCoveredFamilies_isExpectedInSomeScenario() throws IOException {
        Set<String> withRules = new TreeSet<>();
        for (RuleInfo r : ServiceStandards.withDefaults().rules()) {
            if (r.standardId() != null && FAMILIES.contains(r.family())) {
                withRules.add(r.standardId());
            }
        }
        Set<String> expected = new TreeSet<>();
        for (Path file : ScenarioRunner.scenarioFiles(SCENARIOS)) {
            for (Scenario s : ScenarioReader.read(file, StandardsConfig.defaults())) {
                s.expected().stream().map(ExpectedFinding::standardId).forEach(expected::add);
            }
        }

        assertThat(withRules).hasSizeGreaterThan(15);
        assertThat(expected).as("standards no scenario file expects a finding of").containsAll(withRules);
    }
}
