package org.servicestandards.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.servicestandards.model.Agent;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.SupportCase;

/**
 * Open work for the monitor benchmarks: customer {@code i} has one open case {@code K-i}, opened in
 * the last three days: the customer's email, the agent's reply stating the process time, and the
 * customer's follow-up still awaiting its reply. So each case has two running clocks (the follow-up's
 * reply, the next progress update) and its findings.
 */
final class OpenCases {
    /** The monitor's instant: Thursday 5 March 2026, 11:00 UTC. */
    static final Instant NOW = Instant.parse("2026-03-05T11:00:00Z");
    static final int AGENTS = 50;

    private OpenCases() {}

    static List<Object> agents() {
        List<Object> out = new ArrayList<>();
        for (int a = 0; a < AGENTS; a++) {
            out.add(new Agent("A-" + a, null, "team-" + (a % 3), a % 10 == 0 ? "supervisor" : "agent"));
        }
        return out;
    }

    /** The records of customers {@code from .. to-1}. */
    static List<Object> customers(int from, int to) {
        List<Object> out = new ArrayList<>((to - from) * 5);
        for (int i = from; i < to; i++) {
            SplittableRandom r = new SplittableRandom(i);
            String c = "C-" + i;
            String agent = "A-" + (i % AGENTS);
            Instant opened = NOW.minusSeconds(3_600L + r.nextLong(3 * 86_400L));
            out.add(Customer.of(c));
            out.add(SupportCase.open("K-" + i, c, opened).withAssignee(agent));
            out.add(Interaction.of("I-" + i + "-0", c, "K-" + i, Channel.EMAIL, Direction.INBOUND, opened));
            Instant replied = opened.plusSeconds(600 + r.nextInt(1_800));
            out.add(Interaction.of("I-" + i + "-1", c, "K-" + i, Channel.EMAIL, Direction.OUTBOUND, replied)
                    .withAgent(agent).withFlags(Flag.PROCESS_TIME_STATED));
            Instant followUp = replied.plusSeconds(60 + r.nextInt(1_800));
            out.add(Interaction.of("I-" + i + "-2", c, "K-" + i, Channel.EMAIL, Direction.INBOUND,
                    followUp.isAfter(NOW) ? NOW : followUp));
        }
        return out;
    }
}
