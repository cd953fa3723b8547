package org.servicestandards.model;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One contact between the business and a customer: a call, an email, a voicemail, a web-form
 * question, a chat or social message, a visit or a letter. Immutable and thread-safe.
 *
 * @param id              unique interaction id, required
 * @param customerId      the customer, required
 * @param caseId          the case (thread) it belongs to, optional
 * @param channel         the channel, required
 * @param direction       inbound (from the customer) or outbound (to the customer), required
 * @param at              when it happened (for calls: when the phone started ringing), required
 * @param agentId         the agent who handled or wrote it, optional
 * @param rings           inbound calls: rings before it was answered, {@code >= 0}, optional
 * @param secondsToAnswer inbound calls: seconds before it was answered, {@code >= 0}, optional
 * @param abandoned       inbound calls: the caller hung up before anyone answered
 * @param missed          inbound calls: it rang out unanswered (without the caller hanging up)
 * @param flags           what the host recorded about it, never null
 * @param text            what the agent wrote or said (outbound) or the customer's text, optional
 * @param inReplyTo       the interaction this one answers, optional; must not be later than this one
 * @param demeanour       the customer's demeanour at this contact, optional
 * @param about           ids of the orders, complaints, commitments or anomalies this contact is about
 */
public record Interaction(String id, String customerId, String caseId, Channel channel, Direction direction,
                          Instant at, String agentId, Integer rings, Integer secondsToAnswer,
                          boolean abandoned, boolean missed, Set<Flag> flags, String text, String inReplyTo,
                          Demeanour demeanour, List<String> about) {
    static final String TYPE = "interaction";

    public Interaction {
        Check.id(TYPE, id);
        Check.required(TYPE, id, "customerId", customerId);
        caseId = Check.optionalText(TYPE, id, "caseId", caseId);
        Check.required(TYPE, id, "channel", channel);
        Check.required(TYPE, id, "direction", direction);
        Check.required(TYPE, id, "at", at);
        agentId = Check.optionalText(TYPE, id, "agentId", agentId);
        Check.nonNegative(TYPE, id, "rings", rings);
        Check.nonNegative(TYPE, id, "secondsToAnswer", secondsToAnswer);
        boolean call = channel == Channel.PHONE && direction == Direction.INBOUND;
        if (!call) {
            if (rings != null) {
                throw new InvalidRecordException(TYPE, id, "rings", "applies to inbound phone calls only, not to "
                        + direction.name().toLowerCase() + " " + channel.label());
            }
            if (secondsToAnswer != null) {
                throw new InvalidRecordException(TYPE, id, "secondsToAnswer",
                        "applies to inbound phone calls only, not to " + direction.name().toLowerCase() + " " + channel.label());
            }
            if (abandoned || missed) {
                throw new InvalidRecordException(TYPE, id, abandoned ? "abandoned" : "missed",
                        "applies to inbound phone calls only, not to " + direction.name().toLowerCase() + " " + channel.label());
            }
        }
        if (abandoned && missed) {
            throw new InvalidRecordException(TYPE, id, "missed", "cannot be set together with 'abandoned'");
        }
        if ((abandoned || missed) && (rings != null || secondsToAnswer != null)) {
            throw new InvalidRecordException(TYPE, id, rings != null ? "rings" : "secondsToAnswer",
                    "describes an answer, but the call was " + (abandoned ? "abandoned" : "missed"));
        }
        flags = flags == null || flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        inReplyTo = Check.optionalText(TYPE, id, "inReplyTo", inReplyTo);
        about = Check.list(about);
    }

    /** An interaction with only the required fields; add the rest with the {@code with...} copies. */
    public static Interaction of(String id, String customerId, String caseId, Channel channel, Direction direction,
                                 Instant at) {
        return new Interaction(id, customerId, caseId, channel, direction, at, null, null, null, false, false,
                Set.of(), null, null, null, List.of());
    }

    public Interaction withAgent(String agent) {
        return new Interaction(id, customerId, caseId, channel, direction, at, agent, rings, secondsToAnswer,
                abandoned, missed, flags, text, inReplyTo, demeanour, about);
    }

    public Interaction withRings(Integer value) {
        return new Interaction(id, customerId, caseId, channel, direction, at, agentId, value, secondsToAnswer,
                abandoned, missed, flags, text, inReplyTo, demeanour, about);
    }

    public Interaction withSecondsToAnswer(Integer value) {
        return new Interaction(id, customerId, caseId, channel, direction, at, agentId, rings, value,
                abandoned, missed, flags, text, inReplyTo, demeanour, about);
    }

    public Interaction withAbandoned(boolean value) {
        return new Interaction(id, customerId, caseId, channel, direction, at, agentId, rings, secondsToAnswer,
                value, missed, flags, text, inReplyTo, demeanour, about);
    }

    public Interaction withMissed(boolean value) {
        return new Interaction(id, customerId, caseId, channel, direction, at, agentId, rings, secondsToAnswer,
                abandoned, value, flags, text, inReplyTo, demeanour, about);
    }

    public Interaction withFlags(Flag... values) {
        return new Interaction(id, customerId, caseId, channel, direction, at, agentId, rings, secondsToAnswer,
                abandoned, missed, values.length == 0 ? Set.of() : EnumSet.of(values[0], values), text, inReplyTo,
                demeanour, about);
    }

    public Interaction withText(String value) {
        return new Interaction(id, customerId, caseId, channel, direction, at, agentId, rings, secondsToAnswer,
                abandoned, missed, flags, value, inReplyTo, demeanour, about);
    }

    public Interaction withInReplyTo(String value) {
        return new Interaction(id, customerId, caseId, channel, direction, at, agentId, rings, secondsToAnswer,
                abandoned, missed, flags, text, value, demeanour, about);
    }

    public Interaction withDemeanour(Demeanour value) {
        return new Interaction(id, customerId, caseId, channel, direction, at, agentId, rings, secondsToAnswer,
                abandoned, missed, flags, text, inReplyTo, value, about);
    }

    public Interaction withAbout(String... ids) {
        return new Interaction(id, customerId, caseId, channel, direction, at, agentId, rings, secondsToAnswer,
                abandoned, missed, flags, text, inReplyTo, demeanour, List.of(ids));
    }

    public boolean isInbound() { return direction == Direction.INBOUND; }

    public boolean isOutbound() { return direction == Direction.OUTBOUND; }

    public boolean hasFlag(Flag flag) { return flags.contains(flag); }

    /** Sent by a machine: never a response unless configured (decision 9). */
    public boolean isAutomated() { return flags.contains(Flag.AUTOMATED); }

    /** An inbound phone call that nobody answered (abandoned or missed). */
    public boolean isUnansweredCall() { return abandoned || missed; }

    /**
     * The conversation thread a reply must belong to: the case when there is one, otherwise the
     * customer and the channel family (decisions 7 and 8).
     */
    public String threadKey() {
        return caseId != null ? "case:" + caseId : "customer:" + customerId + "/" + channel.family();
    }

    /**
     * Rings before the call was answered: as recorded, or {@code ceil(secondsToAnswer / ringSeconds)}
     * (decision 6); {@code null} when neither is known.
     *
     * @param ringSeconds the length of one ring in seconds, {@code > 0}
     */
    public Integer ringsBeforeAnswer(int ringSeconds) {
        if (ringSeconds <= 0) {
            throw new IllegalArgumentException("ringSeconds must be > 0, was " + ringSeconds);
        }
        if (rings != null) {
            return rings;
        }
        return secondsToAnswer == null ? null : (secondsToAnswer + ringSeconds - 1) / ringSeconds;
    }
}
