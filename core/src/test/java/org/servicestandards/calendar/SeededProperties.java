package org.servicestandards.calendar;

import java.util.Random;

/**
 * Runs a property over N random cases drawn from a seed, on plain JUnit.
 *
 * <p>The seed is {@code -Dproperty.seed=<long>} when given (e.g.
 * {@code mvn -pl core test -Dtest=BusinessCalendarPropertiesTest -Dproperty.seed=42}), otherwise
 * {@link #DEFAULT_SEED}, so runs are reproducible; {@code -Dproperty.cases=<n>} overrides the number
 * of cases. A failing case reports the property, the case number and the seed to rerun it with.
 */
final class SeededProperties {

    static final long DEFAULT_SEED = 20260302L;

    /** One case of a property, given its own random source. */
    @FunctionalInterface
    interface Case {
        void check(Random random) throws Exception;
    }

    private SeededProperties() {
    }

    static long seed() {
        String s = System.getProperty("property.seed");
        return s == null || s.isBlank() ? DEFAULT_SEED : Long.parseLong(s.strip());
    }

    static int cases(int defaultCases) {
        String s = System.getProperty("property.cases");
        return s == null || s.isBlank() ? defaultCases : Integer.parseInt(s.strip());
    }

    /**
     * Checks {@code property} on {@code defaultCases} random cases (or {@code -Dproperty.cases}).
     *
     * @throws AssertionError naming the property, the failing case and the seed that reproduces it
     */
    static void forAll(String property, int defaultCases, Case body) {
        long seed = seed();
        int n = cases(defaultCases);
        Random master = new Random(seed ^ property.hashCode());
        for (int i = 0; i < n; i++) {
            Random random = new Random(master.nextLong());
            try {
                body.check(random);
            } catch (AssertionError | Exception e) {
                throw new AssertionError(property + ": case " + i + " of " + n
                        + " failed; reproduce with -Dproperty.seed=" + seed + "\n" + e.getMessage(), e);
            }
        }
    }
}
