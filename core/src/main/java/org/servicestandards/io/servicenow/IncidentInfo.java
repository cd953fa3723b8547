package org.servicestandards.io.servicenow;

import org.servicestandards.model.Severity;

/**
 * What the log says about one incident beyond the model's records: the source system's own
 * verdicts and counters, kept as context (e.g. to compare {@code made_sla} with the standards'
 * verdicts). Values are those of the incident's last accepted row. Immutable.
 *
 * @param number            the incident number (the case id)
 * @param firstRow          the row (line of the file) of its first accepted event
 * @param rows              how many of its rows were accepted
 * @param priority          the {@code priority} label, or {@code null} when missing
 * @param severity          the severity the priority maps to, or {@code null}
 * @param state             the last {@code incident_state}
 * @param madeSla           the source system's {@code made_sla}, or {@code null} when missing
 * @param reassignmentCount the last {@code reassignment_count}, or {@code null} when missing
 * @param reopenCount       the last {@code reopen_count}, or {@code null} when missing
 * @param contactType       the {@code contact_type} it was opened by, or {@code null} when missing
 */
public record IncidentInfo(String number, int firstRow, int rows, String priority, Severity severity, String state,
                           Boolean madeSla, Integer reassignmentCount, Integer reopenCount, String contactType) {}
