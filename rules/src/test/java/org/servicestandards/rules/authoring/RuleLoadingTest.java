package org.servicestandards.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.servicestandards.rules.authoring.Drl.DEFAULT_PACKAGE_HEADER;
import static org.servicestandards.rules.authoring.Drl.HEADER;
import static org.servicestandards.rules.authoring.Drl.lines;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.ComplianceReport;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.io.DocumentReader;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Direction;
import org.servicestandards.rules.DrlFile;
import org.servicestandards.rules.RuleCatalogue;
import org.servicestandards.rules.RuleCompilationException;
import org.servicestandards.rules.RuleInfo;
import org.servicestandards.rules.RuleSet;

/**
 * Loading a rule author's DRL beside the default rules: a new standard declared in metadata, a
 * replaced default rule, a disabled standard; directories and classpath locations.
 */
class RuleLoadingTest {
    static final Instant MON_1000 = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant WED_1000 = Instant.parse("2026-03-04T10:00:00Z");

    /** Replaces the default "an email waits for a response": only emails on a case wait. */
    static final String REPLACEMENT = DEFAULT_PACKAGE_HEADER + lines(
            "rule \"response.email: an email waits for a response\"",
            "    @standard(\"response.email\") @finding(\"MET BREACH AT_RISK\") @source(\"000, 002\")",
            "when",
            "    $in : Interaction( channel == Channel.EMAIL, inbound, caseId != null )",
            "then",
            "    insertLogical( new Awaiting(\"response.email\", $in, false) );",
            "end");

    /** A new standard with its own id, declared in metadata, measured by the generic judgement rules. */
    static final String LETTERS = HEADER + lines(
            "global Clocks clocks",
            "",
            "rule \"acme.letter: a letter waits for an answer\"",
            "    @standard(\"acme.letter\") @title(\"answer every letter within 2 business days\")",
            "    @target(\"2 business days\") @overrides(\"tier:VIP=1 business day\")",
            "    @finding(\"MET BREACH AT_RISK\") @source(\"acme handbook\")",
            "when",
            "    $in : Interaction( channel == Channel.LETTER, inbound )",
            "then",
            "    insertLogical( clocks.forInteraction(\"acme.letter\", $in) );",
            "end",
            "",
            "rule \"acme.letter: the first reply answers it\"",
            "    @standard(\"acme.letter\") @finding(\"MET BREACH\") @source(\"acme handbook\")",
            "when",
            "    $d : Deadline( standardId == \"acme.letter\" )",
            "    $r : Reply( threadKey == $d.threadKey, at >= $d.start )",
            "    not Reply( threadKey == $d.threadKey, at >= $d.start, precedes($r) )",
            "then",
            "    insertLogical( clocks.complete($d, $r.interaction()) );",
            "end");

    @TempDir
    static Path dir;
    static ServiceStandards standards;

    @BeforeAll
    static void compileOnce() {
        Drl.write(dir, "Replacement.drl", REPLACEMENT);
        Drl.write(dir, "acme/Letters.drl", LETTERS);
        Drl.write(dir, "notes.txt", "not DRL");
        standards = ServiceStandards.builder().rules(dir).build();
    }

    static Interaction in(String id, String customer, String caseId, Channel channel, Instant at) {
        return Interaction.of(id, customer, caseId, channel, Direction.INBOUND, at);
    }

    static Interaction out(String id, String customer, String caseId, Channel channel, Instant at) {
        return Interaction.of(id, customer, caseId, channel, Direction.OUTBOUND, at).withAgent("A-1");
    }

    static Dataset records(Object... records) {
        Dataset.Builder b = Dataset.builder().add(Customer.of("C-1")).add(Customer.of("C-2"));
        for (Object r : records) {
            b.addRecord(r);
        }
        return b.build();
    }

    @Test
    void theDirectorysDrlFiles_loadAfterTheDefaults_inPathOrder() {
        assertThat(standards.ruleSet().authorFiles()).extracting(DrlFile::path)
                .containsExactly(dir.resolve("Replacement.drl").toString(), dir.resolve("acme/Letters.drl").toString());
        assertThat(standards.ruleSet().files()).hasSize(RuleSet.defaults().files().size() + 2);
    }

    @Test
    void aNewStandard_declaredInMetadata_isConfigured_measured_andReportedLikeABuiltInOne() {
        assertThat(standards.config().standard("acme.letter").target()).isEqualTo(Target.parse("2 business days"));
        assertThat(standards.config().target("acme.letter", "tier:VIP")).isEqualTo(Target.parse("1 business day"));
        assertThat(standards.config().standard("acme.letter").kinds())
                .containsExactlyInAnyOrder(FindingKind.MET, FindingKind.BREACH, FindingKind.AT_RISK);

        Evaluation e = standards.evaluate(records(
                in("L-1", "C-1", null, Channel.LETTER, MON_1000),
                out("R-1", "C-1", null, Channel.EMAIL, WED_1000),
                in("L-2", "C-2", null, Channel.LETTER, MON_1000)), WED_1000.plusSeconds(1));

        assertThat(e.findings("acme.letter")).extracting(f -> f.kind() + " " + f.subjectId())
                .containsExactly("MET L-1", "BREACH L-2");
        ComplianceReport.Row row = e.report().standard("acme.letter");
        assertThat(row.measured()).isEqualTo(2);
        assertThat(row.met()).isEqualTo(1);
        assertThat(row.target()).isEqualTo("2 business days");

        RuleCatalogue catalogue = RuleCatalogue.of(standards);
        assertThat(catalogue.rulesOf("acme.letter")).hasSize(2);
        assertThat(catalogue.table()).contains("acme.letter", "acme handbook");
        assertThat(catalogue.markdown()).contains("## acme", "| `acme.letter` | answer every letter within 2 business days |");
    }

    @Test
    void aNewStandardsTarget_isConfiguration_inJavaOrInAConfigurationFile() throws IOException {
        ServiceStandards oneDay = standards.withConfig(standards.config().toBuilder()
                .target("acme.letter", Target.parse("1 business day")).build());
        Dataset letter = records(in("L-1", "C-1", null, Channel.LETTER, MON_1000),
                out("R-1", "C-1", null, Channel.EMAIL, WED_1000));

        assertThat(oneDay.evaluate(letter, WED_1000).findings("acme.letter"))
                .extracting(f -> f.kind() + " " + f.lateBy()).containsExactly("BREACH PT24H");

        // a configuration file may name the new id once the rule set's declarations are applied
        StandardsConfig base = standards.ruleSet().applyDeclarations(StandardsConfig.defaults());
        StandardsConfig fromFile = DocumentReader.create().readConfig(
                new StringReader("targets:\n  acme.letter: 4 business hours\n"), "targets.yaml", base);
        assertThat(fromFile.standard("acme.letter").target()).isEqualTo(Target.parse("4 business hours"));
    }

    @Test
    void aReplacedDefaultRule_takesThePlaceOfTheDefaultOne() {
        Dataset emails = records(SupportCase.open("K-1", "C-1", MON_1000),
                in("E-1", "C-1", null, Channel.EMAIL, MON_1000),
                in("E-2", "C-1", "K-1", Channel.EMAIL, MON_1000));

        assertThat(ServiceStandards.withDefaults().evaluate(emails, WED_1000).findings("response.email"))
                .extracting(f -> f.subjectId()).containsExactly("E-1", "E-2");
        assertThat(standards.evaluate(emails, WED_1000).findings("response.email"))
                .extracting(f -> f.subjectId()).containsExactly("E-2");

        List<RuleInfo> named = standards.rules().stream()
                .filter(r -> r.name().equals("response.email: an email waits for a response")).toList();
        assertThat(named).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(dir.resolve("Replacement.drl").toString());
            assertThat(r.replaces()).startsWith("org/servicestandards/rules/ResponseTime.drl:");
        });
        assertThat(standards.notes()).singleElement().satisfies(n -> assertThat(n.toString())
                .contains("Replacement.drl:6: note: replaces the default rule \"response.email: an email waits for a response\""));
    }

    @Test
    void aDisabledStandard_givesNoFinding_whileTheOthersStillDo() {
        ServiceStandards withoutEmail = standards.withConfig(StandardsConfig.builder().disable("response.email").build());
        Dataset records = records(SupportCase.open("K-1", "C-1", MON_1000),
                in("E-2", "C-1", "K-1", Channel.EMAIL, MON_1000),
                in("W-1", "C-2", null, Channel.WEB, MON_1000),
                in("L-1", "C-2", null, Channel.LETTER, MON_1000));

        Evaluation e = withoutEmail.evaluate(records, WED_1000);

        assertThat(e.findings("response.email")).isEmpty();
        assertThat(e.findings("response.web")).hasSize(1);
        assertThat(e.findings("acme.letter")).hasSize(1); // the declared standard survives a new configuration
        assertThat(withoutEmail.config().isEnabled("response.email")).isFalse();
    }

    @Test
    void theSameRuleNameTwiceAmongTheAuthorsFiles_isACompileError() {
        String rule = lines("rule \"acme.dup: x\" @derivation(\"X\")", "when", "    Customer( )", "then", "end");
        RuleCompilationException e = catchThrowableOfType(RuleCompilationException.class, () -> ServiceStandards.builder()
                .withoutDefaultRules().drl("a/One.drl", HEADER + rule).drl("a/Two.drl", HEADER + rule).build());

        assertThat(e).isNotNull();
        assertThat(e.problems()).anySatisfy(p -> assertThat(p.toString()).contains("a/Two.drl:6:", "Duplicate rule name"));
    }

    @Test
    void theBuilder_refusesConflictingRuleOptions() {
        assertThatThrownBy(() -> ServiceStandards.builder().ruleSet(RuleSet.defaults()).drl("x.drl", ""))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ServiceStandards.builder().drl("x.drl", "").ruleSet(RuleSet.defaults()))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ServiceStandards.builder().rules(dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void aClasspathFolder_inADirectory_orInAJar() throws IOException {
        RuleSet fromDirectory = RuleSet.builder().withoutDefaults().classpath("org/acme/cprules").build();
        assertThat(fromDirectory.authorFiles()).extracting(DrlFile::path)
                .containsExactly("org/acme/cprules/Extra.drl", "org/acme/cprules/sub/More.drl");

        Path jar = dir.resolve("rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            // with directory entries, as Maven and Gradle write them
            for (String name : List.of("com/", "com/acme/", "com/acme/jarrules/", "com/acme/jarrules/A.drl",
                    "com/acme/jarrules/deep/", "com/acme/jarrules/deep/B.drl", "com/acme/jarrules/x.txt")) {
                out.putNextEntry(new JarEntry(name));
                if (!name.endsWith("/")) {
                    out.write(("// " + name + "\n").getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            RuleSet fromJar = RuleSet.builder().withoutDefaults().classpath(loader, "com/acme/jarrules/").build();
            assertThat(fromJar.authorFiles()).extracting(DrlFile::path)
                    .containsExactly("com/acme/jarrules/A.drl", "com/acme/jarrules/deep/B.drl");
            assertThat(fromJar.authorFiles().get(1).text()).isEqualTo("// com/acme/jarrules/deep/B.drl\n");
            RuleSet oneFile = RuleSet.builder().withoutDefaults().classpath(loader, "com/acme/jarrules/A.drl").build();
            assertThat(oneFile.authorFiles()).extracting(DrlFile::path).containsExactly("com/acme/jarrules/A.drl");
        }
        assertThatThrownBy(() -> RuleSet.builder().classpath("org/acme/nothing-here")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reread_readsTheDirectoryAgain() throws IOException {
        Path own = Files.createDirectories(dir.resolve("reread"));
        Drl.write(own, "A.drl", "// one\n");
        RuleSet first = RuleSet.builder().withoutDefaults().directory(own).drl("inline.drl", "// inline\n").build();
        Drl.write(own, "A.drl", "// two\n");
        Drl.write(own, "B.drl", "// new\n");

        RuleSet again = first.reread();

        assertThat(first.authorFiles()).extracting(DrlFile::text).containsExactly("// one\n", "// inline\n");
        assertThat(again.authorFiles()).extracting(DrlFile::text).containsExactly("// two\n", "// new\n", "// inline\n");
        assertThat(again.includesDefaults()).isFalse();
        assertThat(again.directories()).containsExactly(own);
    }
}
