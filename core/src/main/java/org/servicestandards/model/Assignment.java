package org.servicestandards.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a case's assignment history: from {@code at} on, the case is with {@code team}
 * and/or {@code agentId}. Every entry after a case's first is a reassignment ("passed on"), the
 * evidence of the runaround. Immutable and thread-safe.
 *
 * @param at      when the case was (re)assigned, required
 * @param team    the team (assignment group) it went to, optional (unknown)
 * @param agentId the agent it went to, optional (unknown)
 */
public record Assignment(Instant at, String team, String agentId) {
    public Assignment {
        Objects.requireNonNull(at, "at");
        team = Check.optionalText("assignment", null, "team", team);
        agentId = Check.optionalText("assignment", null, "agentId", agentId);
    }

    /** The team, else the agent, else {@code ?}: who had the case, in words. */
    public String label() {
        return team != null ? team : agentId != null ? agentId : "?";
    }
}
