package org.servicestandards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.rules.RuleCatalogue;
import org.servicestandards.rules.RuleSet;

/** {@code rules list}: every rule with its standard id, family, finding kinds, source and file:line. */
class RulesCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsEveryDefaultRule_withItsMetadata() {
        int rules = RuleCatalogue.of(RuleSet.defaults(), StandardsConfig.defaults()).rules().size();

        Cli r = Cli.run(new RulesCommand(), "list");

        assertThat(r.exit()).isZero();
        assertThat(r.lines().get(0)).matches("STANDARD +FAMILY +FINDINGS +SOURCE +RULE +FILE");
        assertThat(r.lines()).hasSize(rules + 2);
        assertThat(r.lines().get(rules + 1)).isEqualTo(rules + " rules");
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).matches(
                "response\\.email +response +MET BREACH AT_RISK +000, 002 +response\\.email: an email waits for a response"
                        + " +org/servicestandards/rules/ResponseTime\\.drl:\\d+"));
        assertThat(r.lines()).anySatisfy(l -> assertThat(l).startsWith("(derives Reply)"));
    }

    @Test
    void listsTheRulesOfADirectory_andFiltersByStandardOrFamily() {
        Path letters = TestFiles.write(dir, "Letters.drl", TestFiles.LETTERS);

        Cli r = Cli.run(new RulesCommand(), "list", "--rules", dir.toString(), "--standard", "acme.*");

        assertThat(r.exit()).isZero();
        assertThat(r.lines()).hasSize(4);
        assertThat(r.lines().get(1)).matches("acme\\.letter +acme +MET BREACH AT_RISK +acme handbook"
                + " +acme\\.letter: a letter waits for an answer +" + java.util.regex.Pattern.quote(letters + ":8"));
        assertThat(r.lines().get(3)).isEqualTo("2 rules");
    }

    @Test
    void markdown_isTheGeneratedStandardsPage() throws IOException {
        Cli r = Cli.run(new RulesCommand(), "list", "--markdown");

        assertThat(r.out()).isEqualTo(java.nio.file.Files.readString(Path.of("../docs/standards.md"), StandardCharsets.UTF_8));
    }

    @Test
    void withoutASubcommand_printsTheUsage() {
        Cli r = Cli.run(new RulesCommand());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("list");
    }
}
