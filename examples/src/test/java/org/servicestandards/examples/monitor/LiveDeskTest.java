package org.servicestandards.examples.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Flag;

/** The live desk of the example: the feed as things arise, the boards as time passes. */
class LiveDeskTest {
    static final Instant MON_0900 = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant MON_1000 = Instant.parse("2026-03-02T10:00:00Z");
    static final Instant MON_1600 = Instant.parse("2026-03-02T16:00:00Z");
    static final Instant MON_1630 = Instant.parse("2026-03-02T16:30:00Z");
    static final Instant FRI_1630 = Instant.parse("2026-03-06T16:30:00Z");
    static final Instant MON2_0900 = Instant.parse("2026-03-09T09:00:00Z");
    static ServiceStandards standards;

    @BeforeAll
    static void compile() {
        standards = ServiceStandards.withDefaults();
    }

    @Test
    void theFeedGetsTheAtRiskEmailAsItArises_andTheBoardFollowsTheReply() {
        LiveDesk desk = new LiveDesk(standards, MON_0900);
        desk.newCustomer("ada");
        desk.openCase("K-1", "ada", "grace", MON_1000);
        desk.clockAt(MON_1000);
        desk.customerWrites("I-1", "ada", "K-1", Channel.EMAIL, MON_1000);

        assertThat(desk.board("grace")).containsExactly(
                "response.email email I-1 from customer ada: answered due in 1 day");

        desk.clockAt(MON_1600.minusSeconds(1));
        assertThat(desk.feed()).isEmpty();
        desk.clockAt(MON_1600);
        assertThat(desk.feed()).containsExactly("Mon 2 Mar 2026 16:00  AT_RISK response.email interaction I-1 (agent grace)");
        assertThat(desk.board("grace")).singleElement().asString().endsWith("due in 18 h (at risk)");

        desk.clockAt(MON_1630);
        desk.agentReplies("I-2", "ada", "K-1", Channel.EMAIL, "grace", MON_1630, Flag.PROCESS_TIME_STATED);
        assertThat(desk.feed()).last().asString().contains("no longer at risk: response.email I-1");
        assertThat(desk.board("grace")).singleElement().asString().startsWith("update.periodic case K-1")
                .contains("updated due in");
    }

    @Test
    void theWeekendMakesNothingLate() {
        LiveDesk desk = new LiveDesk(standards, FRI_1630);
        desk.newCustomer("ada");
        desk.openCase("K-1", "ada", "grace", FRI_1630);
        desk.customerWrites("I-1", "ada", "K-1", Channel.EMAIL, FRI_1630);

        desk.clockAt(MON2_0900);

        assertThat(desk.feed()).isEmpty();
        assertThat(desk.board("grace")).containsExactly(
                "response.email email I-1 from customer ada: answered due in 7 h 30 min");
    }

    @Test
    void mainReplaysTheWeek_andPrintsTheFeed() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream was = System.out;
        System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            LiveDesk.main(new String[0]);
        } finally {
            System.setOut(was);
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Mon 2 Mar 2026 16:00  AT_RISK response.email interaction I-1 (agent grace)")
                .contains("Wed 4 Mar 2026 16:30  BREACH update.periodic case K-1 (agent grace)")
                .contains("response.email email I-3 from customer ada: answered due in 7 h 30 min");
    }
}
