package org.servicestandards.facts;

import java.time.Instant;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Interaction;

/**
 * Derived: an outbound interaction that counts as a response (not automated, unless configured).
 * Immutable.
 *
 * @param interaction the outbound interaction
 */
public record Reply(Interaction interaction) {
    public String id() { return interaction.id(); }

    public Instant at() { return interaction.at(); }

    public String threadKey() { return interaction.threadKey(); }

    public String caseId() { return interaction.caseId(); }

    public String customerId() { return interaction.customerId(); }

    public Channel channel() { return interaction.channel(); }

    /** A call: a phone call or a visit, which is how a call is returned. */
    public boolean isCall() { return interaction.channel() == Channel.PHONE || interaction.channel() == Channel.IN_PERSON; }

    /** Whether this reply comes before {@code other}: earlier, or at the same instant with a smaller id. */
    public boolean precedes(Reply other) {
        int c = at().compareTo(other.at());
        return c < 0 || (c == 0 && id().compareTo(other.id()) < 0);
    }
}
