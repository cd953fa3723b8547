package org.servicestandards.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.servicestandards.model.AccountAnomaly;
import org.servicestandards.model.Agent;
import org.servicestandards.model.AgentAbsence;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Order;
import org.servicestandards.model.OrderLine;
import org.servicestandards.model.Renegotiation;
import org.servicestandards.model.Severity;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;
import org.servicestandards.model.Tier;

/** Records with every field set, in the week of Monday 2 March 2026 (UTC). */
final class Samples {
    static final Instant MON_0900 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant MON_0915 = Instant.parse("2026-03-02T09:15:00Z");
    static final Instant MON_1040 = Instant.parse("2026-03-02T10:40:00Z");
    static final Instant MON_1100 = Instant.parse("2026-03-02T11:00:00Z");
    static final Instant TUE_1000 = Instant.parse("2026-03-03T10:00:00Z");
    static final Instant TUE_1400 = Instant.parse("2026-03-03T14:00:00Z");
    static final Instant WED_1200 = Instant.parse("2026-03-04T12:00:00Z");
    static final Instant THU_1500 = Instant.parse("2026-03-05T15:00:00.123456789Z");

    static final Customer CUSTOMER = new Customer("C-1", "Ada Lovelace", Instant.parse("2019-05-01T00:00:00Z"),
            Tier.VIP, new BigDecimal("12500.50"), Channel.EMAIL, true, Set.of("router-x", "plan-fibre"));
    static final Agent AGENT = new Agent("A-1", "Grace Hopper", "billing", "supervisor");
    static final SupportCase CASE = new SupportCase("CASE-1", "C-1", MON_0915, "Double charge", "plan-fibre", "A-1",
            List.of(new StatusChange(MON_1100, CaseStatus.WAITING_ON_CUSTOMER, "A-1"),
                    new StatusChange(TUE_1000, CaseStatus.OPEN, null),
                    new StatusChange(THU_1500, CaseStatus.RESOLVED, "A-1")));
    static final Interaction EMAIL_IN = new Interaction("I-1", "C-1", "CASE-1", Channel.EMAIL, Direction.INBOUND,
            MON_0915, null, null, null, false, false, Set.of(), "You charged me twice.", null, Demeanour.UPSET,
            List.of());
    static final Interaction EMAIL_OUT = new Interaction("I-2", "C-1", "CASE-1", Channel.EMAIL, Direction.OUTBOUND,
            MON_1040, "A-1", null, null, false, false,
            EnumSet.of(Flag.COMPLAINT_ACKNOWLEDGED, Flag.PROCESS_TIME_STATED), "Sorry \"about\" that.\nRefund soon.",
            "I-1", null, List.of("K-1", "O-1"));
    static final Interaction CALL = new Interaction("I-3", "C-1", null, Channel.PHONE, Direction.INBOUND, TUE_1400,
            "A-1", 2, 11, false, false, EnumSet.of(Flag.GREETING_IDENTIFIED), null, null, Demeanour.CALM, List.of());
    static final Interaction ABANDONED = new Interaction("I-4", "C-1", null, Channel.PHONE, Direction.INBOUND,
            TUE_1400.plusSeconds(600), null, null, null, true, false, Set.of(), null, null, null, List.of());
    static final Complaint COMPLAINT = new Complaint("K-1", "C-1", "CASE-1", MON_0915, ComplaintCategory.BILLING_MISTAKE,
            Severity.HIGH, Demeanour.IRATE, "plan-fibre", "I-1", THU_1500, "Charged twice in March");
    static final Order ORDER = new Order("O-1", "C-1", "CASE-1", MON_0900, WED_1200, THU_1500, TUE_1000, THU_1500,
            List.of(OrderLine.of("router-x", 1), new OrderLine("cable-5m", 2, true, List.of("cable-3m", "cable-10m"))),
            true, false, new BigDecimal("149.90"));
    static final Commitment COMMITMENT = new Commitment("P-1", "C-1", "CASE-1", "A-1", MON_1040, TUE_1400,
            "call back with the refund reference", Channel.PHONE, "I-2",
            List.of(new Renegotiation(TUE_1000, WED_1200, "bank delay")), "I-3");
    static final AgentAbsence ABSENCE = new AgentAbsence("AB-1", "A-1", Instant.parse("2026-03-09T09:00:00Z"),
            Instant.parse("2026-03-11T17:00:00Z"), true, false);
    static final AccountAnomaly ANOMALY = new AccountAnomaly("AN-1", "C-1", WED_1200, "suspicious-activity",
            "Login from a new country");

    /** One record of every type, every field set, plus a few minimal records. */
    static Dataset full() {
        return Dataset.builder()
                .add(CUSTOMER).add(Customer.of("C-2"))
                .add(AGENT).add(Agent.of("A-2", null))
                .add(CASE).add(SupportCase.open("CASE-2", "C-2", MON_0900))
                .add(EMAIL_IN).add(EMAIL_OUT).add(CALL).add(ABANDONED)
                .add(COMPLAINT)
                .add(ORDER).add(Order.received("O-2", "C-2", MON_0900))
                .add(COMMITMENT)
                .add(ABSENCE).add(new AgentAbsence("AB-2", "A-2", MON_0900, TUE_1000, null, null))
                .add(ANOMALY)
                .build();
    }

    private Samples() {}
}
