package org.servicestandards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PropertyTest {

    @Test
    void aPassingProperty_runsEveryTry_withDistinctReproducibleSeeds() {
        List<Long> seeds = new ArrayList<>();
        Property.check("collects seeds", 5, 42L, gen -> seeds.add(gen.seed()));
        List<Long> again = new ArrayList<>();
        Property.check("collects seeds", 5, 42L, gen -> again.add(gen.seed()));
        assertThat(seeds).hasSize(5).doesNotHaveDuplicates().isEqualTo(again);
    }

    @Test
    void aFailure_namesTheTryAndTheSeed_andKeepsTheCause() {
        List<Long> seeds = new ArrayList<>();
        assertThatThrownBy(() -> Property.check("third try fails", 5, 42L, gen -> {
            seeds.add(gen.seed());
            assertThat(seeds).hasSizeLessThan(3);
        })).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("property 'third try fails' failed on try 3 of 5 with seed " + seeds.get(2)
                        + "L (reproduce this try with Generators.seed(" + seeds.get(2) + "L); every try with "
                        + "-Dservicestandards.seed=42): java.lang.AssertionError")
                .hasCauseInstanceOf(AssertionError.class);
        assertThat(seeds).hasSize(3);
    }

    @Test
    void theSeedReproducesTheGeneratedInput() {
        List<Object> failing = new ArrayList<>();
        try {
            Property.check("fails on a VIP", 50, 7L, gen -> {
                var c = gen.customer();
                failing.add(c);
                assertThat(c.tier().name()).isNotEqualTo("VIP");
            });
        } catch (AssertionError e) {
            String seed = e.getMessage().replaceAll("(?s).*with seed (-?\\d+)L.*", "$1");
            assertThat(Generators.seed(Long.parseLong(seed)).customer()).isEqualTo(failing.get(failing.size() - 1));
            return;
        }
        throw new AssertionError("expected one of 50 customers to be a VIP");
    }

    @Test
    void exceptionsFail_asAssertionErrors() {
        assertThatThrownBy(() -> Property.check("throws", 1, 1L, gen -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(AssertionError.class).hasMessageEndingWith("java.lang.IllegalStateException: boom");
        assertThatThrownBy(() -> Property.check("none", 0, g -> { })).isInstanceOf(IllegalArgumentException.class);
    }
}
