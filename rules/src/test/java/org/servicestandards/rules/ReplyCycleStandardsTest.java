package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.rules.Fixtures.*;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;

/**
 * The reply-cycle standards (response.email, .web, .voicemail, .social, .chat, .callback) with the
 * default targets and calendar (Mon-Fri 09:00-17:00 UTC): a message received Monday 10:00.
 */
class ReplyCycleStandardsTest {

    /** standard, inbound channel, reply channel, due instant, at-risk instant. */
    static Stream<Arguments> standards() {
        return Stream.of(
                Arguments.of("response.email", Channel.EMAIL, Channel.EMAIL, TUE_1000, at(2, 16, 0)),
                Arguments.of("response.web", Channel.WEB, Channel.EMAIL, TUE_1000, at(2, 16, 0)),
                Arguments.of("response.voicemail", Channel.VOICEMAIL, Channel.PHONE, TUE_1000, at(2, 16, 0)),
                Arguments.of("response.social", Channel.SOCIAL, Channel.SOCIAL, at(2, 11, 0), at(2, 10, 45)),
                Arguments.of("response.chat", Channel.CHAT, Channel.CHAT, at(2, 10, 2),
                        at(2, 10, 1).plusSeconds(30)),
                Arguments.of("response.callback", Channel.PHONE, Channel.PHONE, TUE_1000, at(2, 16, 0)));
    }

    private static Interaction message(String id, Channel channel, String caseId, Instant at) {
        Interaction in = inbound(id, channel, caseId, at);
        return channel == Channel.PHONE ? in.withMissed(true) : in;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void replyExactlyAtTheDeadline_isMet(String standard, Channel in, Channel out, Instant due, Instant atRisk) {
        Evaluation e = evaluate(due.plusSeconds(3600), openCase("K-1", MON_1000),
                message("I-1", in, "K-1", MON_1000), outbound("I-2", out, "K-1", due));

        assertThat(of(e, standard)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.MET);
            assertThat(f.subjectId()).isEqualTo("I-1");
            assertThat(f.dueAt()).isEqualTo(due);
            assertThat(f.at()).isEqualTo(due);
            assertThat(f.evidence()).extracting(Object::toString).containsExactly("interaction I-1", "interaction I-2");
            assertThat(f.reason()).contains("I-1", "I-2", "within its target");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void replyOneSecondPastTheDeadline_isBreachLateByOneSecond(String standard, Channel in, Channel out, Instant due,
                                                               Instant atRisk) {
        Evaluation e = evaluate(due.plusSeconds(3600), openCase("K-1", MON_1000),
                message("I-1", in, "K-1", MON_1000), outbound("I-2", out, "K-1", due.plusSeconds(1)));

        assertThat(of(e, standard)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.BREACH);
            assertThat(f.lateBy()).isEqualTo(Duration.ofSeconds(1));
            assertThat(f.agentId()).isEqualTo("A-1");
            assertThat(f.reason()).contains("1 s after its");
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void noReplyAtTheAtRiskThreshold_isAtRisk_andOneSecondBefore_isNothing(String standard, Channel in, Channel out,
                                                                            Instant due, Instant atRisk) {
        Object[] records = {openCase("K-1", MON_1000), message("I-1", in, "K-1", MON_1000)};

        assertThat(kinds(evaluate(atRisk, records), standard)).containsExactly(FindingKind.AT_RISK);
        assertThat(kinds(evaluate(atRisk.minusSeconds(1), records), standard)).isEmpty();
        assertThat(kinds(evaluate(due, records), standard)).containsExactly(FindingKind.AT_RISK);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void noReplyOneSecondPastTheDeadline_isBreachStillOpen(String standard, Channel in, Channel out, Instant due,
                                                           Instant atRisk) {
        Evaluation e = evaluate(due.plusSeconds(1), openCase("K-1", MON_1000), message("I-1", in, "K-1", MON_1000));

        Finding f = of(e, standard).get(0);
        assertThat(of(e, standard)).hasSize(1);
        assertThat(f.kind()).isEqualTo(FindingKind.BREACH);
        assertThat(f.lateBy()).isEqualTo(Duration.ofSeconds(1));
        assertThat(f.reason()).contains("has not been answered");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void aReplyOnAnotherCase_doesNotCount(String standard, Channel in, Channel out, Instant due, Instant atRisk) {
        Evaluation e = evaluate(due.plusSeconds(1), openCase("K-1", MON_1000), openCase("K-2", MON_1000),
                message("I-1", in, "K-1", MON_1000), outbound("I-2", out, "K-2", MON_1000.plusSeconds(10)));

        assertThat(kinds(e, standard)).containsExactly(FindingKind.BREACH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void laterMessagesOfTheSameCycle_areCoveredByOneMeasurement(String standard, Channel in, Channel out,
                                                                Instant due, Instant atRisk) {
        Evaluation e = evaluate(due.plusSeconds(3600), openCase("K-1", MON_1000),
                message("I-1", in, "K-1", MON_1000), message("I-2", in, "K-1", MON_1000.plusSeconds(30)),
                outbound("I-3", out, "K-1", MON_1000.plusSeconds(60)),
                message("I-4", in, "K-1", MON_1000.plusSeconds(90)));

        assertThat(of(e, standard)).extracting(Finding::subjectId, Finding::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("I-1", FindingKind.MET),
                        org.assertj.core.groups.Tuple.tuple("I-4", FindingKind.BREACH));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void anAutomatedAcknowledgement_isNotAResponse(String standard, Channel in, Channel out, Instant due,
                                                   Instant atRisk) {
        Evaluation e = evaluate(due.plusSeconds(1), openCase("K-1", MON_1000), message("I-1", in, "K-1", MON_1000),
                outbound("I-2", out, "K-1", MON_1000.plusSeconds(1)).withFlags(Flag.AUTOMATED));

        assertThat(kinds(e, standard)).containsExactly(FindingKind.BREACH);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void aPausedCase_doesNotAccrueResponseTime(String standard, Channel in, Channel out, Instant due,
                                               Instant atRisk) {
        // waiting on the customer for the first 10 minutes: the deadline moves by the paused time
        // measured in the target's own time (decision 5)
        Instant resume = MON_1000.plusSeconds(600);
        Evaluation e = evaluate(due.plusSeconds(3600),
                openCase("K-1", MON_1000, status(MON_1000, CaseStatus.WAITING_ON_CUSTOMER), status(resume, CaseStatus.OPEN)),
                message("I-1", in, "K-1", MON_1000), outbound("I-2", out, "K-1", due.plusSeconds(600)));

        assertThat(of(e, standard)).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.MET);
            assertThat(f.dueAt()).isEqualTo(due.plusSeconds(600));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("standards")
    void withoutACase_aReplyInTheSameChannelFamilyCounts(String standard, Channel in, Channel out, Instant due,
                                                         Instant atRisk) {
        Evaluation e = evaluate(due.plusSeconds(3600), message("I-1", in, null, MON_1000),
                outbound("I-2", out, null, due));

        assertThat(kinds(e, standard)).containsExactly(FindingKind.MET);
    }
}
