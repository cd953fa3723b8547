package org.servicestandards.io.servicenow;

import java.time.Instant;

/**
 * What a read of an incident log saw. Immutable.
 *
 * @param source          the source name
 * @param rows            data rows read (the header not counted)
 * @param rowsRejected    rows rejected with an input error
 * @param incidents       incidents built
 * @param batches         batches delivered
 * @param firstOpened     the earliest {@code opened_at} of the incidents built, or {@code null}
 * @param lastEvent       the latest {@code sys_updated_at} accepted, or {@code null}: the log is
 *                        complete up to this instant, a natural evaluation instant
 * @param uciEventLog     whether the log has the 36 columns of the UCI "Incident management process
 *                        enriched event log" (dataset 498) and its anonymised callers
 *                        ({@code Caller <n>}): results from it must carry its attribution
 */
public record ServiceNowSummary(String source, int rows, int rowsRejected, int incidents, int batches,
                                Instant firstOpened, Instant lastEvent, boolean uciEventLog) {

    /** The attribution the UCI dataset requires (CC BY 4.0), for reports over it. */
    public static final String UCI_ATTRIBUTION = "Data: \"Incident management process enriched event log\","
            + " C. Amaral, M. Fantinato and S. Peres (University of Sao Paulo), UCI Machine Learning Repository,"
            + " dataset 498, 2018, https://doi.org/10.24432/C57S4H, licensed CC BY 4.0"
            + " (https://creativecommons.org/licenses/by/4.0/).";

    /** {@link #UCI_ATTRIBUTION} when the log looks like the UCI dataset, else {@code null}. */
    public String attribution() { return uciEventLog ? UCI_ATTRIBUTION : null; }
}
