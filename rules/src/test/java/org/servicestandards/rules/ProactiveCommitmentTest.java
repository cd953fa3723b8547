package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Renegotiation;

/** proactive.commitment.at-risk (decision 23): alert the owner from the at-risk share until the due instant. */
class ProactiveCommitmentTest {
    static final String AT_RISK = "proactive.commitment.at-risk";

    /** Made Monday 09:00, due Tuesday 09:00 by phone: at risk from 75% of 24 h, Tuesday 03:00. */
    static final Commitment CALL_BACK = new Commitment("CM-1", ALICE, null, "A-7", MON_0900, TUE_0900,
            "I will call you back tomorrow morning", Channel.PHONE, "I-0", List.of(), null);
    static final Instant AT_RISK_AT = at(3, 3, 0);
    /** The call in which the promise was made. */
    static final Interaction MADE_IN = Interaction.of("I-0", ALICE, null, Channel.PHONE, Direction.OUTBOUND, MON_0900)
            .withAgent("A-7").withFlags(Flag.PROMISE);

    static Evaluation evaluate(Instant asOf, Object... records) {
        Object[] all = new Object[records.length + 2];
        all[0] = MADE_IN;
        all[1] = CALL_BACK;
        System.arraycopy(records, 0, all, 2, records.length);
        return Fixtures.evaluate(asOf, all);
    }

    @Test
    void justBeforeTheAtRiskShare_nothing() {
        assertThat(of(evaluate(AT_RISK_AT.minusSeconds(1)), AT_RISK)).isEmpty();
    }

    @Test
    void atTheAtRiskShare_anAlertToTheOwningAgent() {
        Evaluation e = evaluate(AT_RISK_AT);

        assertThat(kinds(e, AT_RISK)).containsExactly(FindingKind.ALERT);
        Finding alert = of(e, AT_RISK).get(0);
        assertThat(alert.subjectType()).isEqualTo("commitment");
        assertThat(alert.subjectId()).isEqualTo("CM-1");
        assertThat(alert.attribute("alertTo")).isEqualTo("agent");
        assertThat(alert.agentId()).isEqualTo("A-7");
        assertThat(alert.customerId()).isEqualTo(ALICE);
        assertThat(alert.attribute("suggestedChannel")).isEqualTo("PHONE");
        assertThat(alert.dueAt()).isEqualTo(TUE_0900);
        assertThat(alert.startedAt()).isEqualTo(MON_0900);
        assertThat(alert.evidence()).containsExactly(new RecordRef("commitment", "CM-1"), RecordRef.interaction("I-0"));
        assertThat(alert.reason()).contains("A-7", "I will call you back tomorrow morning", "6 h");
    }

    @Test
    void atTheDueInstant_stillAnAlert_oneSecondLater_none() {
        assertThat(kinds(evaluate(TUE_0900), AT_RISK)).containsExactly(FindingKind.ALERT);
        assertThat(of(evaluate(TUE_0900.plusSeconds(1)), AT_RISK)).isEmpty();
    }

    @Test
    void keptByACallBack_nothing() {
        Interaction callBack = Interaction.of("I-1", ALICE, null, Channel.PHONE, Direction.OUTBOUND, MON_1500).withAgent("A-7");

        assertThat(of(evaluate(AT_RISK_AT, callBack), AT_RISK)).isEmpty();
    }

    @Test
    void keptAsTheHostRecorded_nothing() {
        Interaction visit = Interaction.of("I-1", ALICE, null, Channel.IN_PERSON, Direction.INBOUND, MON_1500);
        Commitment kept = new Commitment("CM-1", ALICE, null, "A-7", MON_0900, TUE_0900, null, Channel.PHONE, "I-0",
                List.of(), "I-1");
        Dataset d = records(MADE_IN, kept, visit);

        assertThat(DEFAULTS.evaluate(d, AT_RISK_AT).findings(AT_RISK)).isEmpty();
    }

    @Test
    void aReplyOnAnotherChannel_theCallItWasMadeIn_orAnAutomatedMessage_doNotKeepIt() {
        Interaction email = Interaction.of("I-1", ALICE, null, Channel.EMAIL, Direction.OUTBOUND, MON_1500).withAgent("A-7");
        Interaction robot = Interaction.of("I-2", ALICE, null, Channel.PHONE, Direction.OUTBOUND, MON_1500)
                .withFlags(Flag.AUTOMATED);
        Interaction bob = Interaction.of("I-3", BOB, null, Channel.PHONE, Direction.OUTBOUND, MON_1500).withAgent("A-7");

        assertThat(kinds(evaluate(AT_RISK_AT, email, robot, bob), AT_RISK)).containsExactly(FindingKind.ALERT);
    }

    @Test
    void renegotiatedBeforeItFellDue_theNewDueInstantFramesTheRisk() {
        Commitment moved = new Commitment("CM-1", ALICE, null, "A-7", MON_0900, TUE_0900, null, Channel.PHONE, "I-0",
                List.of(new Renegotiation(MON_1500, WED_0900, "customer away")), null);
        Dataset d = records(MADE_IN, moved);

        // 75% of Monday 09:00 .. Wednesday 09:00 is Tuesday 21:00
        assertThat(DEFAULTS.evaluate(d, TUE_0900).findings(AT_RISK)).isEmpty();
        assertThat(DEFAULTS.evaluate(d, at(3, 21, 0)).findings(AT_RISK)).extracting(Finding::dueAt)
                .containsExactly(WED_0900);
    }

    @Test
    void withoutAPromisedChannel_theCustomersPreferredOne_elseThePhone() {
        Commitment any = Commitment.of("CM-2", ALICE, "A-7", MON_0900, TUE_0900);
        Dataset prefers = Dataset.builder().add(Customer.of(ALICE).withPreferredChannel(Channel.EMAIL)).add(any).build();

        assertThat(DEFAULTS.evaluate(prefers, AT_RISK_AT).findings(AT_RISK)).extracting(f -> f.attribute("suggestedChannel"))
                .containsExactly("EMAIL");
        assertThat(DEFAULTS.evaluate(records(any), AT_RISK_AT).findings(AT_RISK)).extracting(f -> f.attribute("suggestedChannel"))
                .containsExactly("PHONE");
    }

    @Test
    void withoutAPromisedChannel_anyReplyKeepsIt() {
        Commitment any = Commitment.of("CM-2", ALICE, "A-7", MON_0900, TUE_0900);
        Interaction email = Interaction.of("I-1", ALICE, null, Channel.EMAIL, Direction.OUTBOUND, MON_1500).withAgent("A-7");

        assertThat(DEFAULTS.evaluate(records(any, email), AT_RISK_AT).findings(AT_RISK)).isEmpty();
    }

    @Test
    void theAtRiskShareIsConfigurable() {
        var half = org.servicestandards.ServiceStandards.builder()
                .config(org.servicestandards.config.StandardsConfig.builder().atRiskShare(0.5).build()).build();

        assertThat(half.evaluate(records(MADE_IN, CALL_BACK), at(2, 21, 0)).findings(AT_RISK)).hasSize(1);
        assertThat(half.evaluate(records(MADE_IN, CALL_BACK), at(2, 20, 59)).findings(AT_RISK)).isEmpty();
    }
}
