package org.servicestandards.rules;

import static org.servicestandards.rules.Fixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.*;

class FollowUpScratchTest {
    @Test
    void print() {
        var k = openCase("K-1", MON_0900, status(MON_1200, CaseStatus.RESOLVED), status(MON_1500, CaseStatus.OPEN),
                status(TUE_1000, CaseStatus.RESOLVED));
        var p = new Complaint("P-1", ALICE, "K-1", MON_1000, ComplaintCategory.BILLING_MISTAKE, Severity.HIGH, Demeanour.IRATE, null, null, TUE_1000, null);
        var o = Order.received("O-1", ALICE, MON_0900).withFilledAt(MON_1000).withDeliveredAt(TUE_1000);
        var m = new Commitment("M-1", ALICE, "K-1", "A-2", MON_1000, MON_1500, "call back", Channel.PHONE, null,
                List.of(new Renegotiation(MON_1200, TUE_1000, "customer away")), null);
        for (var t : List.of(at(3, 12, 0), FRI_0900)) {
            var e = evaluate(t, k, p, o, m, outbound("I-9", Channel.PHONE, "K-1", at(3, 16, 0)).withFlags(Flag.APOLOGY));
            System.out.println("== " + t);
            e.findings().stream().filter(f -> f.family().equals("followup"))
                    .forEach(f -> System.out.println(f.kind() + " " + f.standardId() + " " + f.subjectType() + " " + f.subjectId() + " | " + f.reason() + " " + f.attributes()));
        }
    }
}
