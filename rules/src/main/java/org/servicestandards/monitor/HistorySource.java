package org.servicestandards.monitor;

import java.util.Collection;

/**
 * Where the monitor gets a customer's history back when a customer who had settled (left the
 * monitor) has new records: the host's store of record. Given one, the monitor lets settled
 * customers go, so its memory follows open work, not history.
 */
@FunctionalInterface
public interface HistorySource {

    /**
     * Every record the host holds for the customer, the customer record included: cases,
     * interactions, complaints, orders, commitments, account anomalies; as they were before the
     * change the monitor is being given (the monitor applies that change itself and reports what it
     * changes). A store that already holds a new record may return it: it is still reported as new.
     * A store that already holds an updated record should return its previous version, or the
     * update's findings are taken as known. Empty for a customer the host does not know. Called on
     * the monitor's calling thread, inside the operation that needs it.
     */
    Collection<?> load(String customerId);
}
