package org.servicestandards.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.servicestandards.calendar.Target;

class StandardsConfigTest {

    @Test
    void defaults_comeFromTheCatalogue() {
        StandardsConfig c = StandardsConfig.defaults();
        assertThat(c.target("response.email")).isEqualTo(Target.businessDays(1));
        assertThat(c.target("response.social")).isEqualTo(Target.parse("1 hour"));
        assertThat(c.target("update.periodic", "internal")).isEqualTo(Target.businessDays(1));
        assertThat(c.intParameter("response.phone.answer", "rings")).isEqualTo(3);
        assertThat(c.atRiskShare()).isEqualTo(0.75);
        assertThat(c.automatedRepliesCount()).isFalse();
    }

    @Test
    void theFirstMatchingQualifierWins() {
        StandardsConfig c = StandardsConfig.builder()
                .target("response.email", "tier:VIP", Target.parse("2 business hours"))
                .target("response.email", "channel:EMAIL", Target.parse("4 business hours")).build();
        assertThat(c.target("response.email", "channel:EMAIL", "tier:VIP")).isEqualTo(Target.parse("4 business hours"));
        assertThat(c.target("response.email", "tier:VIP")).isEqualTo(Target.parse("2 business hours"));
        assertThat(c.target("response.email", "tier:STANDARD")).isEqualTo(Target.businessDays(1));
    }

    @Test
    void theBuilderRejectsSettingTheAtRiskShareTwice() {
        assertThatThrownBy(() -> StandardsConfig.builder().atRiskShare(0.5).atRiskShare(0.8))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("atRiskShare was already set to 0.5; cannot set it to 0.8");
        assertThatThrownBy(() -> StandardsConfig.builder().atRiskShare(1.5))
                .hasMessage("atRiskShare must be in (0, 1], was 1.5");
    }

    @Test
    void unknownStandards_areNamed() {
        assertThatThrownBy(() -> StandardsConfig.builder().target("response.emial", Target.businessDays(1)))
                .hasMessageStartingWith("unknown standard 'response.emial'; known: response.phone.answer, ");
        assertThatThrownBy(() -> StandardsConfig.defaults().parameter("response.email", "rings"))
                .hasMessage("standard 'response.email' has no parameter 'rings'");
    }

    @Test
    void disabledStandards() {
        StandardsConfig c = StandardsConfig.builder().disable("response.chat").build();
        assertThat(c.isEnabled("response.chat")).isFalse();
        assertThat(c.isEnabled("response.email")).isTrue();
        assertThat(c.toBuilder().enable("response.chat").build().isEnabled("response.chat")).isTrue();
    }

    @Test
    void everyCatalogueIdIsUnique_andBelongsToAFamily() {
        assertThat(Catalogue.all()).extracting(StandardDefinition::family).containsOnly(
                "response", "fulfilment", "update", "complaint", "proactive", "followup", "conduct", "resolution");
        assertThat(Catalogue.all()).hasSize(41);
    }
}
