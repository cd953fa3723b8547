package org.servicestandards.facts;

import java.time.Instant;
import java.util.Objects;
import org.servicestandards.model.Interaction;

/**
 * Derived: an inbound interaction that waits for a response under a standard. Consecutive
 * unanswered ones on the same thread form one reply cycle (decision 7). Immutable.
 *
 * @param standardId  the response standard measuring it
 * @param interaction the inbound interaction
 * @param callOnly    only a call returns it ({@code response.callback}); otherwise any reply does
 */
public record Awaiting(String standardId, Interaction interaction, boolean callOnly) {
    public Awaiting {
        Objects.requireNonNull(standardId, "standardId");
        Objects.requireNonNull(interaction, "interaction");
    }

    public String id() { return interaction.id(); }

    public Instant at() { return interaction.at(); }

    public String threadKey() { return interaction.threadKey(); }

    /** Whether {@code reply} answers this kind of wait. */
    public boolean isAnsweredBy(Reply reply) { return !callOnly || reply.isCall(); }

    /** Whether this one came before {@code other}: earlier, or at the same instant with a smaller id. */
    public boolean precedes(Awaiting other) {
        int c = at().compareTo(other.at());
        return c < 0 || (c == 0 && id().compareTo(other.id()) < 0);
    }
}
