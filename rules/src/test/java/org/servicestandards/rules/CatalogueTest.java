package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.servicestandards.config.Catalogue;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.rules.internal.RuleBaseCompiler;

/** Every rule of the default rule base carries its metadata, and every standard of the catalogue has rules. */
class CatalogueTest {
    static final KieBase BASE = RuleBaseCompiler.compile(RuleBaseCompiler.defaultSources());

    static List<Rule> rules() {
        return BASE.getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList();
    }

    @Test
    void everyRuleIsAStandardRule_aDerivation_orAJudgement() {
        assertThat(rules()).isNotEmpty().allSatisfy(rule -> {
            Map<String, Object> meta = rule.getMetaData();
            long roles = meta.keySet().stream().filter(k -> Set.of("standard", "derivation", "judgement").contains(k)).count();
            assertThat(roles).as("rule \"%s\" must carry exactly one of @standard, @derivation, @judgement: %s",
                    rule.getName(), meta).isEqualTo(1);
        });
    }

    @Test
    void everyStandardRule_namesAKnownStandard_itsFindingKinds_andItsSource() {
        for (Rule rule : rules()) {
            Object standard = rule.getMetaData().get("standard");
            if (standard == null) {
                continue;
            }
            String id = standard.toString();
            assertThat(Catalogue.find(id)).as("rule \"%s\": @standard(\"%s\") is not in the catalogue", rule.getName(), id)
                    .isPresent();
            assertThat(rule.getName()).as("rule names start with the standard id").startsWith(id + ":");
            Object finding = rule.getMetaData().get("finding");
            assertThat(finding).as("rule \"%s\" needs @finding", rule.getName()).isNotNull();
            Set<FindingKind> kinds = Arrays.stream(finding.toString().split("[ ,]+")).map(FindingKind::valueOf)
                    .collect(Collectors.toSet());
            assertThat(Catalogue.find(id).orElseThrow().kinds()).as("rule \"%s\" @finding", rule.getName())
                    .containsAll(kinds);
            assertThat(rule.getMetaData().get("source")).as("rule \"%s\" needs @source", rule.getName())
                    .isEqualTo(Catalogue.find(id).orElseThrow().sources());
        }
    }

    @Test
    void everyStandardOfTheCatalogue_hasAtLeastOneRule() {
        Set<String> covered = rules().stream().map(r -> r.getMetaData().get("standard")).filter(s -> s != null)
                .map(Object::toString).collect(Collectors.toCollection(TreeSet::new));
        List<String> expected = Catalogue.all().stream().map(StandardDefinition::id).toList();

        assertThat(expected).hasSize(41);
        assertThat(covered).containsAll(expected);
    }
}
