package org.servicestandards.testkit;

import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Runs a property (an invariant over generated inputs) a number of times, each try with
 * {@link Generators} of its own seed, and on the first failure throws an {@link AssertionError} that
 * names the try and its seed (also printed to standard error), so the failure can be reproduced
 * with {@code Generators.seed(<seed>)}:
 *
 * <pre>{@code
 * Property.check("evaluation does not depend on input order", 20, gen -> {
 *     Dataset records = gen.dataset(from, to, 5);
 *     assertThat(evaluate(shuffled(records, gen.random()))).isEqualTo(evaluate(records));
 * });
 * }</pre>
 *
 * <p>The seeds of the tries derive from a base seed: the system property {@value #SEED_PROPERTY}
 * when it is set (to run every try of a failed run again), else a fresh random one, printed with
 * the failure. No test framework is needed. Stateless and thread-safe.
 */
public final class Property {
    /** The system property that fixes the base seed of every check: {@code -Dservicestandards.seed=...}. */
    public static final String SEED_PROPERTY = "servicestandards.seed";

    private Property() {}

    /**
     * Checks the property {@code tries} times; the base seed comes from {@value #SEED_PROPERTY} or
     * is drawn at random.
     *
     * @throws AssertionError naming the property, the try and its seed, with the failure as its cause
     */
    public static void check(String name, int tries, Consumer<Generators> property) {
        Long fixed = Long.getLong(SEED_PROPERTY);
        check(name, tries, fixed != null ? fixed : new SplittableRandom().nextLong(), property);
    }

    /**
     * Checks the property {@code tries} times with seeds derived from {@code baseSeed}.
     *
     * @throws AssertionError naming the property, the try and its seed, with the failure as its cause
     */
    public static void check(String name, int tries, long baseSeed, Consumer<Generators> property) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(property, "property");
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be >= 1, was " + tries);
        }
        SplittableRandom seeds = new SplittableRandom(baseSeed);
        for (int i = 1; i <= tries; i++) {
            long seed = seeds.nextLong();
            try {
                property.accept(Generators.seed(seed));
            } catch (AssertionError | RuntimeException e) {
                String message = "property '" + name + "' failed on try " + i + " of " + tries + " with seed " + seed
                        + "L (reproduce this try with Generators.seed(" + seed + "L); every try with -D"
                        + SEED_PROPERTY + "=" + baseSeed + "): " + e;
                System.err.println(message);
                throw new AssertionError(message, e);
            }
        }
    }
}
