package org.servicestandards.model;

/** A case's status. {@code WAITING_ON_CUSTOMER} pauses response and resolution clocks. */
public enum CaseStatus {
    OPEN, WAITING_ON_CUSTOMER, RESOLVED, CLOSED;

    /** Resolved or closed. */
    public boolean isFinished() { return this == RESOLVED || this == CLOSED; }
}
