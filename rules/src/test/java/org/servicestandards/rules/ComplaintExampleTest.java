package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.ComplaintFixtures.*;
import static org.servicestandards.rules.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.model.Channel;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Severity;

/** One complaint's findings, as the README shows them. */
class ComplaintExampleTest {
    @Test
    void oneComplaintsFindings() {
        Evaluation e = evaluate(at(4, 12, 0), openCase(CASE, MON_0900),
                complaint(MON_0900, ComplaintCategory.BILLING_MISTAKE, Severity.HIGH, Demeanour.UPSET, "I-1", null),
                inbound("I-1", Channel.PHONE, CASE, MON_0900).withAgent("A-1").withFlags(Flag.COMPLAINT_ACKNOWLEDGED),
                outbound("I-2", Channel.EMAIL, CASE, MON_1500).withFlags(Flag.REMEDY_PLAN),
                inbound("I-3", Channel.PHONE, CASE, TUE_1000).withDemeanour(Demeanour.IRATE));
        List<Finding> complaintFindings = e.findings().stream().filter(f -> f.family().equals("complaint")).toList();
        complaintFindings.forEach(f -> System.out.println(f.kind() + " " + f.standardId() + ": " + f.reason()));
        assertThat(complaintFindings).extracting(Finding::reason).containsExactly(
                "Complaint CP-1 (billing mistake) of customer C-ALICE, started Mon 2 Mar 2026 09:00, was acknowledged"
                        + " in phone call I-1 (agent A-1) at Mon 2 Mar 2026 09:00, within its target of 1 business hour"
                        + " (due Mon 2 Mar 2026 10:00).",
                "Complaint CP-1 (billing mistake) of customer C-ALICE, received Mon 2 Mar 2026 09:00: the customer was"
                        + " irate in phone call I-3 (Tue 3 Mar 2026 10:00); escalate to a supervisor (billing queue).",
                "Complaint CP-1 (billing mistake) of customer C-ALICE, received Mon 2 Mar 2026 09:00: it was not"
                        + " resolved by its 2 business days resolution deadline (Wed 4 Mar 2026 09:00); escalate to a"
                        + " supervisor (billing queue).",
                "Complaint CP-1 (billing mistake) of customer C-ALICE, started Mon 2 Mar 2026 09:00, was given a written"
                        + " remedy plan by email I-2 (agent A-1) at Mon 2 Mar 2026 15:00, within its target of 1 business"
                        + " day (due Tue 3 Mar 2026 09:00).",
                "Complaint CP-1 (billing mistake) of customer C-ALICE, started Mon 2 Mar 2026 09:00, has not been"
                        + " resolved as of Wed 4 Mar 2026 12:00, 3 h after its 2 business days deadline"
                        + " (Wed 4 Mar 2026 09:00).");
    }
}
