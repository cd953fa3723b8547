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

/** Every complaint.* standard has rules with metadata; every complaint rule is classified. */
class ComplaintCatalogueTest {
    private static final KieBase BASE = RuleBaseCompiler.compile(RuleBaseCompiler.defaultSources());

    private static List<Rule> complaintRules() {
        return BASE.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .filter(r -> r.getName().startsWith("complaint")).toList();
    }

    @Test
    void everyComplaintStandardHasARuleWithStandardFindingAndSource() {
        List<StandardDefinition> standards = Catalogue.family("complaint");
        assertThat(standards).extracting(StandardDefinition::id).containsExactly("complaint.acknowledge",
                "complaint.remedy-plan", "complaint.resolve", "complaint.escalate.overdue",
                "complaint.escalate.demeanour", "complaint.escalate.repeat-contact", "complaint.escalate.guarantee",
                "complaint.escalate.high-value");
        for (StandardDefinition d : standards) {
            List<Rule> rules = complaintRules().stream()
                    .filter(r -> d.id().equals(String.valueOf(r.getMetaData().get("standard")))).toList();
            assertThat(rules).as("rules of " + d.id()).isNotEmpty();
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
    void everyComplaintRuleIsAnOutcomeADerivationOrAJudgement() {
        assertThat(complaintRules()).isNotEmpty().allSatisfy(r -> assertThat(r.getMetaData().keySet())
                .as(r.getName()).containsAnyOf("standard", "derivation", "judgement"));
        assertThat(complaintRules()).filteredOn(r -> r.getMetaData().containsKey("standard"))
                .allSatisfy(r -> assertThat(r.getMetaData()).containsKeys("finding", "source"));
    }
}
