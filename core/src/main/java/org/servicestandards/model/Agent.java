package org.servicestandards.model;

/**
 * A member of staff. Immutable and thread-safe.
 *
 * @param id    unique agent id, required
 * @param name  display name, optional
 * @param team  team name for reports, optional
 * @param level escalation level the agent works at ("agent", "supervisor", "manager"), defaults to "agent"
 */
public record Agent(String id, String name, String team, String level) {
    static final String TYPE = "agent";

    public Agent {
        Check.id(TYPE, id);
        name = Check.optionalText(TYPE, id, "name", name);
        team = Check.optionalText(TYPE, id, "team", team);
        level = level == null ? "agent" : Check.optionalText(TYPE, id, "level", level);
    }

    public static Agent of(String id, String team) { return new Agent(id, null, team, null); }
}
