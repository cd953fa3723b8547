package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.servicestandards.config.Catalogue;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.rules.internal.RuleBaseCompiler;

/** Every followup.* standard has rules with metadata; every follow-up rule has exactly one role. */
class FollowUpCatalogueTest {
    private static final KieBase BASE = RuleBaseCompiler.compile(RuleBaseCompiler.defaultSources());

    private static List<Rule> followUpRules() {
        return BASE.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> r.getName().startsWith("followup")).toList();
    }

    @Test
    void everyFollowUpStandardHasARuleWithStandardFindingAndSource() {
        List<StandardDefinition> standards = Catalogue.family("followup");
        assertThat(standards).extracting(StandardDefinition::id).containsExactly("followup.nothing-went-right",
                "followup.irate", "followup.new-customer", "followup.regular", "followup.after-sale",
                "followup.complaint", "followup.commitment", "followup.survey");
        for (StandardDefinition d : standards) {
            List<Rule> rules = followUpRules().stream()
                    .filter(r -> d.id().equals(String.valueOf(r.getMetaData().get("standard")))).toList();
            assertThat(rules).as("rules of " + d.id()).isNotEmpty();
            assertThat(rules).as("rules of " + d.id() + " that create its obligation")
                    .anyMatch(r -> String.valueOf(r.getMetaData().get("finding")).contains("OBLIGATION"));
            for (Rule r : rules) {
                Map<String, Object> meta = r.getMetaData();
                assertThat(r.getName()).startsWith(d.id() + ":");
                assertThat(String.valueOf(meta.get("source"))).as(r.getName()).isEqualTo(d.sources());
                Set<FindingKind> kinds = Arrays.stream(String.valueOf(meta.get("finding")).split(" "))
                        .map(FindingKind::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingKind.class)));
                assertThat(d.kinds()).as(r.getName()).containsAll(kinds);
            }
        }
    }

    @Test
    void everyFollowUpRuleIsExactlyOneOfOutcomeDerivationOrJudgement() {
        assertThat(followUpRules()).hasSizeGreaterThanOrEqualTo(17).allSatisfy(r -> assertThat(r.getMetaData().keySet()
                .stream().filter(k -> Set.of("standard", "derivation", "judgement").contains(k)).count())
                .as(r.getName()).isEqualTo(1));
    }

    @Test
    void everyFollowUpStandardHasItsDischargeParameters() {
        for (StandardDefinition d : Catalogue.family("followup")) {
            if (!d.id().equals("followup.commitment")) { // the commitment's own channel discharges it
                assertThat(d.parameters()).as(d.id()).containsKey("channels");
                assertThat(d.target()).as(d.id()).isNotNull();
            }
        }
    }
}
