package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.rules.internal.DrlSource;
import org.servicestandards.rules.internal.RuleBaseCompiler;

/** Bad DRL fails with file:line problems, never with a half-built rule base. */
class RuleCompilationTest {
    private static final String HEADER = String.join("\n",
            "package org.servicestandards.rules.custom",        // 1
            "import org.servicestandards.model.*",               // 2
            "import org.servicestandards.facts.*",               // 3
            "global Findings findings",                          // 4
            "");                                                 // the body starts on line 5

    private static RuleCompilationException compile(String body) {
        List<DrlSource> sources = new ArrayList<>(RuleBaseCompiler.defaultSources());
        sources.add(new DrlSource("custom/Bad.drl", HEADER + body));
        return catchThrowableOfType(RuleCompilationException.class, () -> RuleBaseCompiler.compile(sources));
    }

    @Test
    void aSyntaxError_isReportedWithItsFileAndLine() {
        RuleCompilationException e = compile(String.join("\n",
                "rule \"x: broken\"",                            // 5
                "when",                                          // 6
                "    Interaction( channel == )",                 // 7
                "then",
                "end"));

        assertThat(e).isNotNull();
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo("custom/Bad.drl"));
        assertThat(e.problems().get(0).line()).isEqualTo(7);
        assertThat(e.problems()).noneSatisfy(p -> assertThat(p.message()).contains("Parser returned a null Package"));
        assertThat(e.getMessage()).contains("custom/Bad.drl:7:");
    }

    @Test
    void anUnknownType_isReportedWithItsLine() {
        RuleCompilationException e = compile(String.join("\n",
                "rule \"x: unknown type\"",                      // 5
                "when",                                          // 6
                "    Inter4ction( )",                            // 7
                "then",
                "end"));

        assertThat(e).isNotNull();
        assertThat(e.problems().get(0).line()).isEqualTo(7);
        assertThat(e.problems().get(0).message()).contains("Inter4ction");
    }

    @Test
    void anUnknownField_withoutALineFromDrools_namesTheRuleAndItsLine() {
        RuleCompilationException e = compile(String.join("\n",
                "rule \"x: unknown field\"",                     // 5
                "when",                                          // 6
                "    Interaction( chanel == Channel.EMAIL )",    // 7
                "then",
                "end"));

        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.line()).isGreaterThan(0);
            assertThat(p.line()).isBetween(5, 7);
            assertThat(p.toString()).contains("custom/Bad.drl:", "chanel");
        });
    }

    @Test
    void aBadConsequence_pointsAtTheRule() {
        RuleCompilationException e = compile(String.join("\n",
                "rule \"x: bad consequence\"",                   // 5
                "when",                                          // 6
                "    $i : Interaction( )",                       // 7
                "then",                                          // 8
                "    insert( $i.noSuchMethod() );",              // 9
                "end"));

        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("custom/Bad.drl");
            assertThat(p.line()).isBetween(5, 9);
            assertThat(p.toString()).contains("noSuchMethod");
        });
    }

    @Test
    void theDefaultRules_compile() {
        assertThat(RuleBaseCompiler.compile(RuleBaseCompiler.defaultSources()).getKiePackages()).isNotEmpty();
    }
}
