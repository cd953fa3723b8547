package org.servicestandards.rules;

import static org.servicestandards.rules.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.Channel;

class SmokeTest {
    @Test
    void prints() {
        Evaluation e = evaluate(WED_0900, openCase("K-1", MON_0900), inbound("I-1", Channel.EMAIL, "K-1", MON_0900),
                outbound("I-2", Channel.EMAIL, "K-1", TUE_1000));
        e.findings().forEach(f -> System.out.println(f.kind() + " " + f.standardId() + " " + f.subjectId() + " " + f.reason()));
        e.inputErrors().forEach(System.out::println);
    }
}
