package org.servicestandards.facts;

import java.time.Instant;

/**
 * Derived: a case was resolved (or closed) at an instant; a reopened case has several. Immutable.
 *
 * @param caseId the case
 * @param at     when it was resolved
 * @param last   whether this is the final resolution as of the evaluation (no later reopening)
 */
public record Resolution(String caseId, Instant at, boolean last) {}
