package org.servicestandards.whatif;

import java.util.List;
import org.servicestandards.evaluation.Finding;

/**
 * How many findings of each kind one standard has in one evaluation, and its compliance.
 * Immutable and thread-safe.
 *
 * @param measured    met + breached
 * @param met         {@code MET} findings
 * @param breached    {@code BREACH} findings
 * @param atRisk      {@code AT_RISK} findings
 * @param obligations {@code OBLIGATION} findings
 * @param escalations {@code ESCALATION} findings
 * @param alerts      {@code ALERT} findings
 */
public record Tally(int measured, int met, int breached, int atRisk, int obligations, int escalations, int alerts) {

    /** No findings at all. */
    public static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0);

    /** Counts the findings given (normally those of one standard). */
    public static Tally of(List<Finding> findings) {
        int met = 0;
        int breached = 0;
        int atRisk = 0;
        int obligations = 0;
        int escalations = 0;
        int alerts = 0;
        for (Finding f : findings) {
            switch (f.kind()) {
                case MET -> met++;
                case BREACH -> breached++;
                case AT_RISK -> atRisk++;
                case OBLIGATION -> obligations++;
                case ESCALATION -> escalations++;
                case ALERT -> alerts++;
            }
        }
        return new Tally(met + breached, met, breached, atRisk, obligations, escalations, alerts);
    }

    /** {@code met / measured}, or {@code null} when nothing was measured. */
    public Double compliance() { return measured == 0 ? null : (double) met / measured; }

    /** Every finding counted. */
    public int total() { return met + breached + atRisk + obligations + escalations + alerts; }
}
