package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.Fixtures.*;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;

/**
 * conduct.hold.permission, conduct.transfer.introduce, conduct.greeting.identify: judged from the flags
 * the host records on a call; a missing flag is unknown and gives no finding either way (decision 26).
 */
class ConductCallFlagsTest {
    static Stream<Arguments> standards() {
        return Stream.of(
                Arguments.of("conduct.hold.permission", Flag.HOLD_WITH_PERMISSION, Flag.HOLD_WITHOUT_PERMISSION),
                Arguments.of("conduct.transfer.introduce", Flag.TRANSFER_INTRODUCED, Flag.TRANSFER_NOT_INTRODUCED),
                Arguments.of("conduct.greeting.identify", Flag.GREETING_IDENTIFIED, Flag.GREETING_NOT_IDENTIFIED));
    }

    static Interaction call(Flag... flags) {
        return inbound("I-1", Channel.PHONE, null, MON_1000).withSecondsToAnswer(5).withAgent("A-3").withFlags(flags);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void theGoodFlag_isMet(String standard, Flag good, Flag bad) {
        Evaluation e = evaluate(MON_1200, call(good));

        assertThat(kinds(e, standard)).containsExactly(FindingKind.MET);
        Finding f = of(e, standard).get(0);
        assertThat(f.subjectType()).isEqualTo("interaction");
        assertThat(f.subjectId()).isEqualTo("I-1");
        assertThat(f.agentId()).isEqualTo("A-3");
        assertThat(f.at()).isEqualTo(MON_1000);
        assertThat(f.evidence()).containsExactly(RecordRef.interaction("I-1"));
        assertThat(f.reason()).contains("I-1", "A-3");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void theBadFlag_isABreach(String standard, Flag good, Flag bad) {
        Evaluation e = evaluate(MON_1200, call(bad));

        assertThat(kinds(e, standard)).containsExactly(FindingKind.BREACH);
        assertThat(of(e, standard).get(0).reason()).contains("I-1", "A-3", "without");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void bothFlags_theBreachWins(String standard, Flag good, Flag bad) {
        assertThat(kinds(evaluate(MON_1200, call(good, bad)), standard)).containsExactly(FindingKind.BREACH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void noFlag_isUnknown_noFindingEitherWay(String standard, Flag good, Flag bad) {
        assertThat(of(evaluate(MON_1200, call(), call(Flag.PROMISE).withAbout("x")), standard)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void anyChannelOrDirection_theFlagDecides(String standard, Flag good, Flag bad) {
        Interaction visit = outbound("I-2", Channel.IN_PERSON, null, MON_1000).withFlags(bad);

        assertThat(kinds(evaluate(MON_1200, visit), standard)).containsExactly(FindingKind.BREACH);
    }
}
