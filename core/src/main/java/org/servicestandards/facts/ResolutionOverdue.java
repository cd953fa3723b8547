package org.servicestandards.facts;

import java.util.Objects;
import org.servicestandards.model.Complaint;

/**
 * Derived: a complaint was still unresolved when its {@code complaint.resolve} deadline passed (it
 * may have been resolved late since). The overdue escalation ladder starts from it. Immutable.
 *
 * @param deadline  the resolution deadline, already passed at the evaluation instant
 * @param complaint the complaint
 */
public record ResolutionOverdue(Deadline deadline, Complaint complaint) {
    public ResolutionOverdue {
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(complaint, "complaint");
    }

    public String complaintId() { return complaint.id(); }
}
