package org.servicestandards.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.rules.RuleCatalogue;
import org.servicestandards.rules.RuleSet;

/**
 * {@code docs/standards.md} is generated from the rules' metadata and the catalogue's defaults; it
 * must match the rules. {@code -Dstandards.regenerate=true} rewrites it.
 */
class StandardsPageTest {
    static final Path PAGE = Path.of("../docs/standards.md");

    @Test
    void docsStandardsMd_isUpToDate() throws IOException {
        String generated = RuleCatalogue.of(RuleSet.defaults(), StandardsConfig.defaults()).markdown();
        if (Boolean.getBoolean("standards.regenerate")) {
            Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
        }
        String committed = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        assertThat(committed)
                .as("docs/standards.md is out of date with the rules' metadata; regenerate it with:%n  %s%n",
                        RuleCatalogue.REGENERATE)
                .isEqualTo(generated);
    }
}
