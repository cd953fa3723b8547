package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.evaluation.FindingKind.AT_RISK;
import static org.servicestandards.evaluation.FindingKind.BREACH;
import static org.servicestandards.evaluation.FindingKind.MET;
import static org.servicestandards.evaluation.FindingKind.OBLIGATION;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Severity;

/**
 * followup.complaint: a complaint resolved: within 2 business days an apology (call or letter, or
 * email) and word of what was done so it does not recur: flags APOLOGY and PERMANENT_FIX.
 */
class FollowUpComplaintTest {
    static final String STD = "followup.complaint";
    /** Resolved Mon 12:00: due Wed 12:00; at risk after 12 of 16 business hours: Tue 16:00. */
    static final Instant DUE = at(4, 12, 0);
    static final Instant AT_RISK_AT = at(3, 16, 0);

    static Complaint resolved(Severity severity) {
        return new Complaint("P-1", ALICE, "K-1", MON_0900, ComplaintCategory.DELIVERY_DELAY, severity, Demeanour.UPSET,
                null, null, MON_1200, null);
    }

    static Object[] with(Object... more) {
        Object[] base = {openCase("K-1", MON_0900), resolved(Severity.MEDIUM)};
        Object[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    static Interaction apologyAndFix(String id, Channel channel, Instant at) {
        return outbound(id, channel, "K-1", at).withFlags(Flag.APOLOGY, Flag.PERMANENT_FIX);
    }

    @Test
    void resolvedComplaint_owesApologyAndPermanentFix_subjectTheComplaint() {
        Evaluation e = evaluate(MON_1500, with());
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        Finding f = of(e, STD).get(0);
        assertThat(f.subjectType()).isEqualTo("complaint");
        assertThat(f.subjectId()).isEqualTo("P-1");
        assertThat(f.caseId()).isEqualTo("K-1");
        assertThat(f.dueAt()).isEqualTo(DUE);
        assertThat(f.evidence()).contains(new RecordRef("complaint", "P-1"));
        assertThat(f.attribute("flags")).isEqualTo("apology, permanent fix");
        assertThat(f.reason()).contains("apology and permanent fix", "delivery delay");
    }

    @Test
    void unresolvedComplaint_noObligation() {
        Complaint open = Complaint.of("P-1", ALICE, "K-1", MON_0900, ComplaintCategory.DELIVERY_DELAY);
        assertThat(of(evaluate(MON_1500, openCase("K-1", MON_0900), open), STD)).isEmpty();
    }

    @Test
    void phoneLetterOrEmail_withBothFlags_discharges() {
        for (Channel c : new Channel[] {Channel.PHONE, Channel.LETTER, Channel.EMAIL}) {
            assertThat(kinds(evaluate(FRI_0900, with(apologyAndFix("I-9", c, DUE))), STD)).as(c.name())
                    .containsExactly(MET);
        }
        // a chat message is not one of the channels: still undischarged when it falls due
        assertThat(kinds(evaluate(FRI_0900, with(apologyAndFix("I-9", Channel.CHAT, MON_1500))), STD))
                .containsExactlyInAnyOrder(OBLIGATION, BREACH);
    }

    @Test
    void apologyAndFixInTwoContacts_dischargedByTheSecond() {
        Evaluation e = evaluate(FRI_0900, with(
                outbound("I-8", Channel.PHONE, "K-1", MON_1500).withFlags(Flag.APOLOGY),
                outbound("I-9", Channel.LETTER, "K-1", TUE_1000).withFlags(Flag.PERMANENT_FIX)));
        assertThat(kinds(e, STD)).containsExactly(MET);
        Finding f = of(e, STD).get(0);
        assertThat(f.at()).isEqualTo(TUE_1000);
        assertThat(f.reason()).contains("phone I-8", "letter I-9");
    }

    @Test
    void anApologyAlone_doesNotDischargeIt() {
        Evaluation e = evaluate(MON_1700, with(outbound("I-8", Channel.PHONE, "K-1", MON_1500).withFlags(Flag.APOLOGY)));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
    }

    @Test
    void requiredFlagsComeFromConfiguration() {
        var anyCall = org.servicestandards.ServiceStandards.builder()
                .config(StandardsConfig.builder().parameter(STD, "flags", "none").build()).build();
        assertThat(anyCall.evaluate(records(with(outbound("I-8", Channel.PHONE, "K-1", MON_1500))), FRI_0900)
                .findings(STD)).extracting(Finding::kind).containsExactly(MET);
    }

    @Test
    void notDischargedByInboundBeforeResolutionOrAnotherCustomer() {
        Evaluation e = evaluate(MON_1700, with(
                inbound("I-2", Channel.EMAIL, "K-1", MON_1500).withFlags(Flag.APOLOGY, Flag.PERMANENT_FIX),
                apologyAndFix("I-3", Channel.PHONE, MON_1000),
                Interaction.of("I-4", BOB, null, Channel.PHONE, Direction.OUTBOUND, MON_1500)
                        .withFlags(Flag.APOLOGY, Flag.PERMANENT_FIX)));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
    }

    @Test
    void atRiskAtTheThreshold_breachOneSecondPastDue() {
        assertThat(kinds(evaluate(AT_RISK_AT.minusSeconds(1), with()), STD)).containsExactly(OBLIGATION);
        assertThat(kinds(evaluate(AT_RISK_AT, with()), STD)).containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
        Evaluation late = evaluate(DUE.plusSeconds(1), with());
        assertThat(kinds(late, STD)).containsExactlyInAnyOrder(OBLIGATION, BREACH);
        assertThat(the(late, STD, BREACH).lateBy()).isEqualTo(Duration.ofSeconds(1));
        assertThat(kinds(evaluate(FRI_0900, with(apologyAndFix("I-9", Channel.PHONE, DUE.plusSeconds(1)))), STD))
                .containsExactly(BREACH);
    }

    @Test
    void targetPerSeverity_fromConfiguration() {
        var fastForHigh = org.servicestandards.ServiceStandards.builder().config(StandardsConfig.builder()
                .target(STD, "severity:HIGH", Target.parse("1 business day")).build()).build();
        Evaluation e = fastForHigh.evaluate(records(openCase("K-1", MON_0900), resolved(Severity.HIGH)), MON_1500);
        assertThat(e.findings(STD).get(0).dueAt()).isEqualTo(at(3, 12, 0));
    }
}
