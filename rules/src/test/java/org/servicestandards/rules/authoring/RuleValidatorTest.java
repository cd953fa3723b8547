package org.servicestandards.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.authoring.Drl.HEADER;
import static org.servicestandards.rules.authoring.Drl.lines;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.rules.RuleProblem;
import org.servicestandards.rules.RuleProblem.Severity;
import org.servicestandards.rules.RuleSet;
import org.servicestandards.rules.RuleValidator;
import org.servicestandards.rules.internal.RuleChecks;
import org.servicestandards.rules.internal.RuleIndex;

/** Validation: Drools' errors as file:line, and the warnings of the conventions. */
class RuleValidatorTest {
    private static final String FILE = "acme/Rules.drl";

    /** Validates one author file on its own (no default rules: fast, and nothing else to blame). */
    private static List<RuleProblem> validate(String body) {
        return RuleValidator.validate(RuleSet.builder().withoutDefaults().drl(FILE, HEADER + body).build());
    }

    private static List<RuleProblem> of(List<RuleProblem> problems, Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }

    @Test
    void theDefaultRuleBase_hasNoProblemAtAll() {
        assertThat(RuleValidator.validate(RuleSet.defaults())).isEmpty();
    }

    @Test
    void aSyntaxError_isAnErrorAtItsLine() {
        List<RuleProblem> problems = validate(lines(
                "rule \"acme.x: broken\" @standard(\"acme.x\")",    // 6
                "when",                                              // 7
                "    Interaction( channel == )",                     // 8
                "then",
                "end"));

        assertThat(RuleValidator.hasErrors(problems)).isTrue();
        RuleProblem first = of(problems, Severity.ERROR).get(0);
        assertThat(first.file()).isEqualTo(FILE);
        assertThat(first.line()).isEqualTo(8);
        assertThat(first.toString()).startsWith("acme/Rules.drl:8: ");
        assertThat(problems).noneSatisfy(p -> assertThat(p.message()).contains("Parser returned a null Package"));
    }

    @Test
    void anUnknownType_isAnErrorAtItsLine_namingTheType() {
        List<RuleProblem> problems = validate(lines(
                "rule \"acme.x: unknown type\" @derivation(\"X\")",  // 6
                "when",                                              // 7
                "    Inter4ction( )",                                // 8
                "then",
                "end"));

        RuleProblem e = of(problems, Severity.ERROR).get(0);
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.message()).contains("Inter4ction");
    }

    @Test
    void anUnknownField_isAnErrorAtItsLine() {
        List<RuleProblem> problems = validate(lines(
                "rule \"acme.x: unknown field\" @derivation(\"X\")", // 6
                "when",                                              // 7
                "    Interaction( chanel == Channel.EMAIL )",        // 8
                "then",
                "end"));

        assertThat(of(problems, Severity.ERROR)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.toString()).startsWith("acme/Rules.drl:8: ").contains("chanel");
        });
    }

    @Test
    void anUnknownFieldOfABoundFact_whereDroolsGivesLineMinusOne_isPutAtTheRule_andNamesIt() {
        List<RuleProblem> problems = validate(lines(
                "rule \"acme.x: unknown field\" @derivation(\"X\")", // 6
                "when",                                              // 7
                "    $c : Customer( )",                              // 8
                "    Interaction( customerId == $c.idd )",           // 9
                "then",
                "end"));

        assertThat(of(problems, Severity.ERROR)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.rule()).isEqualTo("acme.x: unknown field");
            assertThat(p.toString()).startsWith("acme/Rules.drl:6: ").contains("idd", "(in rule \"acme.x: unknown field\")");
        });
    }

    @Test
    void aBadConsequence_isAnErrorWithinTheRule() {
        List<RuleProblem> problems = validate(lines(
                "rule \"acme.x: bad consequence\" @derivation(\"X\")", // 6
                "when",                                                // 7
                "    $i : Interaction( )",                             // 8
                "then",                                                // 9
                "    insert( $i.noSuchMethod() );",                    // 10
                "end"));

        assertThat(of(problems, Severity.ERROR)).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isBetween(6, 10);
            assertThat(p.toString()).contains("noSuchMethod");
        });
    }

    @Test
    void aRuleWithoutRoleMetadata_isAWarning() {
        List<RuleProblem> problems = validate(lines(
                "rule \"something\"",                                // 6
                "when",
                "    Interaction( )",
                "then",
                "end"));

        assertThat(RuleValidator.hasErrors(problems)).isFalse();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.toString()).startsWith("acme/Rules.drl:6: warning: rule has no @standard, @derivation or @judgement");
        });
    }

    @Test
    void aStandardIdDeclaredNowhere_isAWarning_withTheClosestKnownId() {
        List<RuleProblem> problems = validate(lines(
                "rule \"respons.email: typo\" @standard(\"respons.email\") @finding(\"BREACH\")",
                "when",
                "    Interaction( )",
                "then",
                "end"));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message())
                .contains("standard 'respons.email' is not declared", "did you mean 'response.email'?"));
    }

    @Test
    void aStandardDeclaredWithTitle_orInTheConfiguration_isKnown() {
        String declared = lines(
                "rule \"acme.refund: a refund request\" @standard(\"acme.refund\") @title(\"refund within 2 business days\")",
                "    @target(\"2 business days\") @finding(\"MET BREACH AT_RISK\") @source(\"acme handbook\")",
                "when",
                "    Interaction( )",
                "then",
                "end",
                "rule \"acme.refund: a second rule of it\" @standard(\"acme.refund\") @finding(\"MET\")",
                "when",
                "    Interaction( )",
                "then",
                "end");
        assertThat(validate(declared)).isEmpty();

        String undeclared = lines(
                "rule \"acme.other: x\" @standard(\"acme.other\") @finding(\"MET\")",
                "when",
                "    Interaction( )",
                "then",
                "end");
        StandardsConfig config = StandardsConfig.builder().define(new org.servicestandards.config.StandardDefinition(
                "acme.other", "other", null, null, null, null, null)).build();
        assertThat(RuleValidator.validate(RuleSet.builder().withoutDefaults().drl(FILE, HEADER + undeclared).build(), config))
                .isEmpty();
    }

    @Test
    void malformedOrConflictingDeclarations_areErrors() {
        List<RuleProblem> problems = validate(lines(
                "rule \"acme.a: x\" @standard(\"acme.a\") @title(\"a\") @target(\"two days\") @finding(\"MET\")", // 6
                "when Interaction( ) then end",
                "rule \"acme.b: x\" @standard(\"acme.b\") @title(\"b\") @target(\"1 business day\") @finding(\"MET\")", // 8
                "when Interaction( ) then end",
                "rule \"acme.b: y\" @standard(\"acme.b\") @title(\"b\") @target(\"2 business days\") @finding(\"MET\")", // 10
                "when Interaction( ) then end",
                "rule \"acme.c: x\" @standard(\"acme.c\") @title(\"c\") @parameters(\"just words\") @finding(\"MET\")", // 12
                "when Interaction( ) then end"));

        assertThat(of(problems, Severity.ERROR)).extracting(RuleProblem::line).containsExactly(6, 10, 12);
        assertThat(of(problems, Severity.ERROR).get(0).message()).contains("@target of standard 'acme.a'", "two days");
        assertThat(of(problems, Severity.ERROR).get(1).message()).contains("declared again", "acme/Rules.drl:8");
        assertThat(of(problems, Severity.ERROR).get(2).message()).contains("not name=value");
    }

    @Test
    void targetsWrittenAsLiterals_areWarnings_atTheirLines() {
        List<RuleProblem> problems = validate(lines(
                "rule \"response.phone.answer: literal rings\" @standard(\"response.phone.answer\") @finding(\"BREACH\")", // 6
                "when",                                                                          // 7
                "    $i : Interaction( rings > 3 )",                                              // 8
                "then",                                                                          // 9
                "    insertLogical( findings.about(FindingKind.BREACH, \"response.phone.answer\", $i)", // 10
                "        .dueAt($i.at().plusSeconds(18))",                                       // 11
                "        .target(\"3 rings\").reason(\"late\").build() );",                       // 12
                "end",
                "rule \"response.email: literal duration\" @standard(\"response.email\") @finding(\"BREACH\")", // 14
                "when",
                "    $i : Interaction( 86400 < secondsToAnswer )",                                // 16
                "then",
                "    insertLogical( findings.about(FindingKind.BREACH, \"response.email\", $i)",
                "        .dueAt($i.at().plus(java.time.Duration.ofHours(8))).reason(\"late\").build() );", // 19
                "end"));

        List<RuleProblem> warnings = of(problems, Severity.WARNING);
        assertThat(warnings).extracting(RuleProblem::line).containsExactly(8, 11, 12, 16, 19);
        assertThat(warnings.get(0).message()).contains("comparison with the literal 3", "Setting(");
        assertThat(warnings.get(1).message()).contains("time arithmetic in DRL (plusSeconds)");
        assertThat(warnings.get(2).message()).contains("\"3 rings\"");
        assertThat(warnings.get(3).message()).contains("literal 86400");
        assertThat(warnings.get(4).message()).contains("Duration.ofHours");
    }

    @Test
    void structuralNumbers_commentsMetadataAndSentences_areNotLiteralTargets() {
        List<RuleProblem> problems = validate(lines(
                "// a comment may say plusDays(1) or \"2 business days\" or rings > 3",
                "rule \"acme.n: fine\" @standard(\"acme.n\") @title(\"within 2 business days\")",
                "    @target(\"2 business days\") @parameters(\"limit=3\") @finding(\"BREACH\")",
                "when",
                "    $i : Interaction( rings >= 1, secondsToAnswer != 0 ) // and here: > 18",
                "    Setting( standardId == \"acme.n\", name == \"limit\", $n : number, $n > 0 )",
                "then",
                "    /* plusHours(2) */",
                "    insertLogical( findings.about(FindingKind.BREACH, \"acme.n\", $i)",
                "        .reason(\"answered after more than 3 rings, within 2 business days\").build() );",
                "end"));

        assertThat(problems).isEmpty();
    }

    @Test
    void aRuleNamedLikeADefaultRule_inAnotherPackage_isAWarning() {
        RuleSet rules = RuleSet.builder().drl(FILE, HEADER + lines(
                "rule \"response.email: an email waits for a response\" @standard(\"response.email\") @finding(\"MET\")",
                "when",
                "    Interaction( )",
                "then",
                "end")).build();

        List<RuleProblem> warnings = RuleChecks.warnings(RuleIndex.of(rules), StandardsConfig.defaults());

        assertThat(warnings).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.message()).contains("replaces nothing", "package org.servicestandards.rules");
        });
    }

    @Test
    void otherConventions_missingFinding_unknownKind_nameWithoutTheId() {
        List<RuleProblem> problems = validate(lines(
                "rule \"acme.k: no finding\" @standard(\"acme.k\") @title(\"k\")",     // 6
                "when Interaction( ) then end",
                "rule \"acme.k: bad kind\" @standard(\"acme.k\") @finding(\"MET LATE\")", // 8
                "when Interaction( ) then end",
                "rule \"k without its id\" @standard(\"acme.k\") @finding(\"MET\")",      // 10
                "when Interaction( ) then end"));

        assertThat(problems).extracting(RuleProblem::line).containsExactly(6, 8, 10);
        assertThat(problems.get(0).message()).startsWith("standard rule without @finding");
        assertThat(problems.get(1).message()).startsWith("@finding names LATE, not a finding kind");
        assertThat(problems.get(2).message()).startsWith("the rule name should start with its standard id");
    }
}
