package org.servicestandards.model;

import java.time.Instant;

/**
 * An agent's absence, half-open {@code [from, to)}. Immutable and thread-safe.
 *
 * @param id              unique absence id, required
 * @param agentId         the absent agent, required
 * @param from            start, required
 * @param to              end, required, after {@code from}
 * @param greetingUpdated whether the voicemail greeting was updated; {@code null} = unknown
 * @param autoReplySet    whether an email auto-reply naming the return date and a contact was set; {@code null} = unknown
 */
public record AgentAbsence(String id, String agentId, Instant from, Instant to, Boolean greetingUpdated,
                           Boolean autoReplySet) {
    static final String TYPE = "absence";

    public AgentAbsence {
        Check.id(TYPE, id);
        Check.required(TYPE, id, "agentId", agentId);
        Check.required(TYPE, id, "from", from);
        Check.required(TYPE, id, "to", to);
        if (!to.isAfter(from)) {
            throw new InvalidRecordException(TYPE, id, "to", to + " must be after 'from' " + from);
        }
    }
}
