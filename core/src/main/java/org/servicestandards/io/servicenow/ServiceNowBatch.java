package org.servicestandards.io.servicenow;

import java.util.List;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.InputError;

/**
 * The records of a group of complete incidents, self-contained: every customer and agent the
 * batch's cases refer to is in it (so a batch can be evaluated on its own; across batches the same
 * customer or agent appears again). Immutable.
 *
 * @param records   customers, agents, cases and interactions of the batch's incidents
 * @param errors    the rows rejected since the previous batch, in file order
 * @param incidents context per incident, in the order of {@code records().cases()}
 */
public record ServiceNowBatch(Dataset records, List<InputError> errors, List<IncidentInfo> incidents) {
    public ServiceNowBatch {
        errors = List.copyOf(errors);
        incidents = List.copyOf(incidents);
    }
}
