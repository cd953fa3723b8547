package org.servicestandards.model;

/**
 * Facts about an interaction that the host records. Conduct flags come in pairs (asked / not
 * asked): a missing flag means unknown, never compliant (decision 26).
 */
public enum Flag {
    /** Sent by a machine (auto-reply, ticket receipt): not a response (decision 9). */
    AUTOMATED,
    /** The customer asked to be called back (creates {@code response.callback}). */
    CALLBACK_REQUESTED,
    /** The message told the customer the normal process time or expected completion. */
    PROCESS_TIME_STATED,
    /** The message acknowledges receipt of a complaint. */
    COMPLAINT_ACKNOWLEDGED,
    /** A written message that says what will be done to remedy a complaint, and when. */
    REMEDY_PLAN,
    /** An apology for a complaint. */
    APOLOGY,
    /** Tells the customer what was done so that the problem does not recur. */
    PERMANENT_FIX,
    /** A satisfaction survey. */
    SURVEY,
    /** A follow-up / check-in call or message. */
    FOLLOW_UP,
    /** Tells the customer about a delay, back-order or problem before they ask. */
    PROACTIVE_NOTICE,
    /** A lost-account / reactivation message. */
    REACTIVATION,
    /** The agent made a promise in this interaction (see {@link Commitment}). */
    PROMISE,
    /** A supervisor took part. */
    SUPERVISOR_INVOLVED,
    /** A manager took part. */
    MANAGER_INVOLVED,
    /** The caller was put on hold after being asked and agreeing. */
    HOLD_WITH_PERMISSION,
    /** The caller was put on hold without being asked. */
    HOLD_WITHOUT_PERMISSION,
    /** Before a transfer the agent got permission and named who will help and their extension. */
    TRANSFER_INTRODUCED,
    /** A transfer without permission or introduction. */
    TRANSFER_NOT_INTRODUCED,
    /** The agent identified themselves and the company when answering. */
    GREETING_IDENTIFIED,
    /** The agent answered without identifying themselves or the company. */
    GREETING_NOT_IDENTIFIED
}
