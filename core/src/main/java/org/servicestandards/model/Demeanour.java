package org.servicestandards.model;

/** A customer's demeanour as the agent recorded it. */
public enum Demeanour {
    CALM, UPSET, IRATE, ABUSIVE, THREATENING;

    /** Irate, abusive or threatening: the demeanours that call for a supervisor. */
    public boolean needsSupervisor() { return this == IRATE || this == ABUSIVE || this == THREATENING; }
}
