package org.servicestandards.rules;

import static org.servicestandards.rules.ComplaintFixtures.*;
import static org.servicestandards.rules.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.*;

class ComplaintSmokeTest {
    @Test
    void prints() {
        Complaint c = complaint(MON_0900, ComplaintCategory.BILLING_MISTAKE, Severity.HIGH, Demeanour.UPSET, "I-1", null);
        Evaluation e = evaluate(at(9, 12, 0), openCase(CASE, MON_0900), inbound("I-1", Channel.EMAIL, CASE, MON_0900),
                outbound("I-2", Channel.EMAIL, CASE, at(2, 9, 40)),
                inbound("I-3", Channel.PHONE, CASE, TUE_1000).withDemeanour(Demeanour.IRATE),
                inbound("I-4", Channel.PHONE, CASE, THU_0900), c);
        System.out.println(dump(e));
    }
}
