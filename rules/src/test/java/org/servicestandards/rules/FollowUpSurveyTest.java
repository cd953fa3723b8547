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
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;

/** followup.survey: a case resolved: a satisfaction survey (any channel, flagged SURVEY) within 1 business day. */
class FollowUpSurveyTest {
    static final String STD = "followup.survey";
    /** Resolved Mon 12:00: due Tue 12:00; at risk after 6 of 8 business hours: Tue 10:00. */
    static final Instant DUE = at(3, 12, 0);
    static final Instant AT_RISK_AT = TUE_1000;

    static SupportCase resolved() { return openCase("K-1", MON_0900, status(MON_1200, CaseStatus.RESOLVED)); }

    static Interaction survey(String id, Channel channel, Instant at) {
        return outbound(id, channel, "K-1", at).withFlags(Flag.SURVEY);
    }

    @Test
    void resolvedCase_owesASurvey() {
        Evaluation e = evaluate(MON_1500, resolved());
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        assertThat(of(e, STD).get(0).subjectId()).isEqualTo("K-1");
        assertThat(of(e, STD).get(0).dueAt()).isEqualTo(DUE);
        assertThat(of(e, STD).get(0).attribute("flags")).isEqualTo("survey");
        assertThat(of(evaluate(MON_1500, openCase("K-1", MON_0900)), STD)).isEmpty();
    }

    @Test
    void anyChannelFlaggedSurvey_discharges_evenAutomated() {
        assertThat(kinds(evaluate(FRI_0900, resolved(), survey("I-9", Channel.WEB, DUE)), STD)).containsExactly(MET);
        Interaction automatedSurvey = outbound("I-9", Channel.EMAIL, "K-1", MON_1200).withFlags(Flag.SURVEY, Flag.AUTOMATED);
        assertThat(kinds(evaluate(FRI_0900, resolved(), automatedSurvey), STD)).containsExactly(MET);
    }

    @Test
    void automatedSurveysCanBeExcludedByConfiguration() {
        var strict = org.servicestandards.ServiceStandards.builder().config(org.servicestandards.config.StandardsConfig
                .builder().parameter(STD, "automatedCounts", false).build()).build();
        Interaction automatedSurvey = outbound("I-9", Channel.EMAIL, "K-1", MON_1200).withFlags(Flag.SURVEY, Flag.AUTOMATED);
        assertThat(strict.evaluate(records(resolved(), automatedSurvey), MON_1500).findings(STD))
                .extracting(f -> f.kind()).containsExactly(OBLIGATION);
    }

    @Test
    void notDischargedWithoutTheFlag_inbound_orToAnotherCustomer() {
        Evaluation e = evaluate(MON_1500, resolved(), outbound("I-2", Channel.EMAIL, "K-1", MON_1200),
                inbound("I-3", Channel.WEB, "K-1", MON_1200).withFlags(Flag.SURVEY),
                Interaction.of("I-4", BOB, null, Channel.EMAIL, Direction.OUTBOUND, MON_1200).withFlags(Flag.SURVEY));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
    }

    @Test
    void atRiskAtTheThreshold_breachOneSecondPastDue_lateSurveyIsBreach() {
        assertThat(kinds(evaluate(AT_RISK_AT.minusSeconds(1), resolved()), STD)).containsExactly(OBLIGATION);
        assertThat(kinds(evaluate(AT_RISK_AT, resolved()), STD)).containsExactlyInAnyOrder(OBLIGATION, AT_RISK);
        assertThat(kinds(evaluate(DUE.plusSeconds(1), resolved()), STD)).containsExactlyInAnyOrder(OBLIGATION, BREACH);
        Evaluation late = evaluate(FRI_0900, resolved(), survey("I-9", Channel.EMAIL, DUE.plusSeconds(1)));
        assertThat(kinds(late, STD)).containsExactly(BREACH);
        assertThat(of(late, STD).get(0).lateBy()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aReopenedCase_owesItsSurveyAfterTheFinalResolution() {
        SupportCase reopened = resolved().with(status(MON_1500, CaseStatus.OPEN));
        assertThat(of(evaluate(MON_1700, reopened, survey("I-9", Channel.EMAIL, MON_1200.plusSeconds(60))), STD)).isEmpty();
        SupportCase again = reopened.with(status(TUE_1000, CaseStatus.RESOLVED));
        // the survey sent after the first resolution does not discharge the one owed after the final one
        Evaluation e = evaluate(TUE_1000.plusSeconds(60), again, survey("I-9", Channel.EMAIL, MON_1200.plusSeconds(60)));
        assertThat(kinds(e, STD)).containsExactly(OBLIGATION);
        assertThat(of(e, STD).get(0).startedAt()).isEqualTo(TUE_1000);
    }
}
