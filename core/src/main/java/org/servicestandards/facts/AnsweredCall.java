package org.servicestandards.facts;

import java.time.Duration;
import org.servicestandards.model.Interaction;

/**
 * Derived: an inbound call that was answered, with its rings (recorded, or from seconds per
 * decision 6). Immutable.
 *
 * @param interaction the call
 * @param rings       rings before it was answered
 * @param ringSeconds the configured length of a ring
 */
public record AnsweredCall(Interaction interaction, int rings, int ringSeconds) {

    public static AnsweredCall of(Interaction call, long ringSeconds) {
        return new AnsweredCall(call, call.ringsBeforeAnswer((int) ringSeconds), (int) ringSeconds);
    }

    /** Time to answer: the recorded seconds, or rings times the ring length. */
    public Duration timeToAnswer() {
        Integer seconds = interaction.secondsToAnswer();
        return Duration.ofSeconds(seconds != null ? seconds : (long) rings * ringSeconds);
    }

    /** How far past the allowed rings it was answered, in time. */
    public Duration lateBy(long maxRings) {
        return timeToAnswer().minus(Duration.ofSeconds(maxRings * ringSeconds));
    }
}
