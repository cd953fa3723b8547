package org.servicestandards.evaluation;

/** What a finding says about a standard (see the catalogue's vocabulary). */
public enum FindingKind {
    /** A measured standard was met. */
    MET,
    /** A standard was not met; {@link Finding#lateBy()} says by how much where it applies. */
    BREACH,
    /** A deadline is close (its at-risk share of the window is used) and not yet met. */
    AT_RISK,
    /** Something must now be done by {@link Finding#dueAt()}. */
    OBLIGATION,
    /** Hand the case to a higher level; {@link Finding#attributes()} names the level and trigger. */
    ESCALATION,
    /** Tell a customer something before they ask; attributes name the suggested channel. */
    ALERT
}
