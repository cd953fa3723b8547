package org.servicestandards.rules.authoring;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.servicestandards.rules.scenario.ScenarioTests;

/** The scenario files shipped with the default rule base, one dynamic test per scenario. */
class DefaultScenariosTest {
    static final Path SCENARIOS = Path.of("src/test/resources/scenarios");

    @TestFactory
    Stream<DynamicTest> defaultRuleBase() {
        return ScenarioTests.from(SCENARIOS);
    }
}
