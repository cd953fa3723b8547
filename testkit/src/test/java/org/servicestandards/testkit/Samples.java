package org.servicestandards.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.InputError;

/** Hand-made findings and evaluations, so the assertions are tested apart from the rule base. */
final class Samples {
    static final Week WEEK = Week.week(2026, 3, 2);
    static final Instant FRI_1655 = WEEK.friday().at("16:55");
    static final Instant MON_0900 = WEEK.next().monday().at("09:00");
    static final Instant MON_0950 = WEEK.next().monday().at("09:50");
    static final Instant MON_0955 = WEEK.next().monday().at("09:55");
    static final Instant MON_1000 = WEEK.next().monday().at("10:00");
    static final Instant MON_1200 = WEEK.next().monday().at("12:00");
    static final Instant TUE_0900 = WEEK.next().tuesday().at("09:00");

    /** complaint.acknowledge met at Monday 09:50, due 09:55. */
    static final Finding ACK_MET = Finding.builder(FindingKind.MET, "complaint.acknowledge", "complaint", "CP-1")
            .customer("ALICE").caseId("K-1").agent("A-7").channel(Channel.EMAIL).startedAt(FRI_1655).dueAt(MON_0955)
            .at(MON_0950).elapsed(Duration.ofMinutes(55)).target("1 business hour")
            .evidence(List.of(new RecordRef("complaint", "CP-1"), RecordRef.interaction("I-2")))
            .reason("Complaint CP-1 was acknowledged by email I-2 at Mon 9 Mar 2026 09:50, within 1 business hour.")
            .build();

    /** response.email breached: I-17 answered two hours late. */
    static final Finding EMAIL_BREACH = Finding.builder(FindingKind.BREACH, "response.email", "interaction", "I-17")
            .customer("BOB").caseId("K-2").agent("A-1").channel(Channel.EMAIL).startedAt(FRI_1655).dueAt(MON_1000)
            .at(MON_1200).lateBy(Duration.ofHours(2)).target("1 business day")
            .evidence(List.of(RecordRef.interaction("I-17"), RecordRef.interaction("I-18")))
            .reason("Email I-17 was answered by email I-18 at Mon 9 Mar 2026 12:00, 2 h late.")
            .build();

    /** response.email met: I-20 answered in time. */
    static final Finding EMAIL_MET = Finding.builder(FindingKind.MET, "response.email", "interaction", "I-20")
            .customer("ALICE").startedAt(MON_0900).dueAt(TUE_0900).at(MON_1000)
            .evidence(List.of(RecordRef.interaction("I-20"), RecordRef.interaction("I-21")))
            .reason("Email I-20 was answered by email I-21 at Mon 9 Mar 2026 10:00, within 1 business day.")
            .build();

    static final Finding ESCALATION = Finding.builder(FindingKind.ESCALATION, "complaint.escalate.overdue", "complaint",
                    "CP-1").customer("ALICE").caseId("K-1").dueAt(MON_0900).at(MON_0900)
            .attribute("level", "supervisor").attribute("trigger", "overdue")
            .evidence(List.of(new RecordRef("complaint", "CP-1")))
            .reason("Complaint CP-1 was not resolved by its deadline; escalate to a supervisor.")
            .build();

    static final Finding OBLIGATION = Finding.builder(FindingKind.OBLIGATION, "followup.irate", "case", "K-1")
            .customer("ALICE").caseId("K-1").startedAt(MON_0900).dueAt(TUE_0900).at(MON_1200)
            .reason("Case K-1 of an irate customer was resolved; a follow-up call is due by Tue 10 Mar 2026 09:00.")
            .build();

    static final Finding ALERT = Finding.builder(FindingKind.ALERT, "proactive.order.delay", "order", "O-1")
            .customer("ALICE").at(MON_1200).attribute("channel", "email")
            .reason("Order O-1 will miss its promised date; tell the customer.")
            .build();

    static final Finding AT_RISK = Finding.builder(FindingKind.AT_RISK, "response.web", "interaction", "I-30")
            .customer("ALICE").startedAt(MON_0900).dueAt(TUE_0900).at(MON_1200)
            .reason("Web message I-30 has not been answered; due Tue 10 Mar 2026 09:00.")
            .build();

    static final Evaluation ALL = evaluation(ACK_MET, EMAIL_BREACH, EMAIL_MET, ESCALATION, OBLIGATION, ALERT, AT_RISK);

    static final Evaluation CLEAN = evaluation(ACK_MET, EMAIL_MET);

    private Samples() {}

    static Evaluation evaluation(Finding... findings) {
        return new Evaluation(MON_1200, List.of(findings), List.of(), 10, 0);
    }

    static Evaluation withErrors(InputError... errors) {
        return new Evaluation(MON_1200, List.of(ACK_MET), List.of(errors), 10, errors.length);
    }
}
