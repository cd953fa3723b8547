package org.servicestandards.facts;

import java.time.Instant;
import java.util.Objects;

/**
 * The evaluation instant, inserted once into every session: rules compare deadlines with it instead
 * of reading a clock.
 *
 * @param instant the instant the evaluation is as of
 */
public record AsOf(Instant instant) {
    public AsOf {
        Objects.requireNonNull(instant, "instant");
    }
}
