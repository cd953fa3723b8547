package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.kafka.Harness.*;

import org.junit.jupiter.api.Test;
import org.servicestandards.model.*;

class SmokeTest {
    @Test
    void anUnansweredEmailBreaches() {
        try (Harness h = new Harness(MON_0800)) {
            h.send(Customer.of("C-1"), SupportCase.open("CASE-1", "C-1", MON_0900),
                    Interaction.of("I-1", "C-1", "CASE-1", Channel.EMAIL, Direction.INBOUND, MON_0900));
            System.out.println(h.findings());
            h.advanceTo(MON_1000);
            System.out.println(h.findings());
            h.advanceTo(at(3, 8, 0));
            System.out.println(h.findings());
            h.advanceTo(at(3, 10, 0));
            h.findings().forEach(System.out::println);
            System.out.println(h.rejected());
        }
    }
}
