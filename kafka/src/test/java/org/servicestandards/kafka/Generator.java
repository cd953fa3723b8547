package org.servicestandards.kafka;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
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
import org.servicestandards.model.Severity;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;
import org.servicestandards.model.Tier;

/**
 * Seeded, realistic records for the week of Monday 2 March 2026: customers with products and tiers,
 * agents of three levels, cases with pauses, resolutions and reopenings, inbound contacts on every
 * channel with replies (some late, some never), calls answered, abandoned and missed, complaints
 * (three about one product within a day: an issue cluster), orders (delayed, back-ordered, wrong),
 * commitments kept and broken, satisfaction surveys sent without a case, an account anomaly, an
 * absence, and a customer whose last order was long ago. Every record refers only to records of its own case, or of its customer when it has no
 * case (the topology's partitioning; see {@code docs/scaling.md}).
 */
final class Generator {
    static final String[] PRODUCTS = {"router-x", "plan-fibre", "phone-z"};
    static final Channel[] INBOUND = {Channel.EMAIL, Channel.WEB, Channel.PHONE, Channel.VOICEMAIL, Channel.CHAT,
            Channel.SOCIAL, Channel.LETTER};

    private final Random random;
    private final Dataset.Builder out = Dataset.builder();
    private int next = 1;

    private Generator(long seed) { this.random = new Random(seed); }

    /** Records for {@code customers} customers (at least 6), all before {@link #end()}. */
    static Dataset week(long seed, int customers) {
        return new Generator(seed).build(customers);
    }

    /** After every record: Monday 9 March 2026 12:00 UTC. */
    static Instant end() { return Harness.at(9, 12, 0); }

    private String id(String prefix) { return prefix + "-" + next++; }

    private Dataset build(int customers) {
        String[] agents = {"A-1", "A-2", "S-1", "M-1"};
        out.add(new Agent("A-1", "Ann", "care", "agent"));
        out.add(new Agent("A-2", "Bo", "care", "agent"));
        out.add(new Agent("S-1", "Sue", "care", "supervisor"));
        out.add(new Agent("M-1", "Max", "care", "manager"));
        out.add(new AgentAbsence(id("AB"), "A-2", Harness.at(3, 9, 0), Harness.at(4, 17, 0), false, null));
        for (int c = 1; c <= customers; c++) {
            String customer = "C-" + c;
            Set<String> products = new LinkedHashSet<>();
            for (String p : PRODUCTS) {
                if (random.nextInt(3) > 0 || c <= 4 && p.equals("router-x")) {
                    products.add(p);
                }
            }
            Tier tier = Tier.values()[random.nextInt(Tier.values().length)];
            BigDecimal value = random.nextInt(5) == 0 ? new BigDecimal("15000") : new BigDecimal(random.nextInt(5000));
            Channel preferred = random.nextBoolean() ? null : INBOUND[random.nextInt(3)];
            out.add(new Customer(customer, "Customer " + c, Harness.at(2, 0, 0).minus(Duration.ofDays(400)), tier, value,
                    preferred, c == customers, products));
            if (c == 5) {
                caseless(customer);
                continue;
            }
            if (c == 6) {
                // a lapsed customer: one order, long ago
                out.add(new Order(id("O"), customer, null, Harness.at(2, 10, 0).minus(Duration.ofDays(100)), null, null,
                        Harness.at(2, 10, 0).minus(Duration.ofDays(99)), Harness.at(2, 10, 0).minus(Duration.ofDays(97)),
                        List.of(new OrderLine("router-x", 1, false, List.of())), true, true, new BigDecimal("99")));
                out.add(new AccountAnomaly(id("AN"), customer, Harness.at(4, 7, 30), "suspicious-login", "new country"));
                continue;
            }
            int cases = 1 + random.nextInt(2);
            for (int k = 0; k < cases; k++) {
                supportCase(customer, agents, products, c <= 3 && k == 0);
            }
        }
        return out.build();
    }

    /** A customer who writes without a case: an email answered, a web form answered late. */
    private void caseless(String customer) {
        Instant t = Harness.at(2, 11, 0);
        Interaction email = in(customer, null, Channel.EMAIL, t);
        out.add(email);
        out.add(reply(email, t.plus(Duration.ofHours(3)), "A-1"));
        Interaction web = in(customer, null, Channel.WEB, Harness.at(3, 15, 0));
        out.add(web);
        out.add(reply(web, Harness.at(5, 16, 0), "A-2"));
    }

    private void supportCase(String customer, String[] agents, Set<String> products, boolean clusterComplaint) {
        String caseId = id("CASE");
        int day = clusterComplaint ? 2 : 2 + random.nextInt(5);
        Instant opened = Harness.at(day, 8 + random.nextInt(9), random.nextInt(60));
        String agent = agents[random.nextInt(2)];
        Channel channel = INBOUND[random.nextInt(INBOUND.length)];
        Interaction first = in(customer, caseId, channel, opened);
        if (channel == Channel.PHONE) {
            int kind = random.nextInt(4);
            first = kind == 0 ? first.withAbandoned(true) : kind == 1 ? first.withMissed(true)
                    : kind == 2 ? first.withRings(1 + random.nextInt(5)).withAgent(agent).withFlags(Flag.GREETING_IDENTIFIED)
                    : first.withSecondsToAnswer(5 + random.nextInt(30)).withAgent(agent);
        }
        if (random.nextInt(5) == 0) {
            first = first.withDemeanour(Demeanour.values()[random.nextInt(Demeanour.values().length)]);
        }
        out.add(first);

        List<StatusChange> history = new ArrayList<>();
        Instant t = opened;
        Interaction last = first;
        List<Interaction> outbound = new ArrayList<>();
        int rounds = 1 + random.nextInt(3);
        for (int r = 0; r < rounds; r++) {
            Duration delay = Duration.ofMinutes(1 + random.nextInt(random.nextBoolean() ? 120 : 3000));
            Instant replyAt = t.plus(delay);
            if (replyAt.isAfter(end()) || random.nextInt(6) == 0) {
                break;
            }
            Interaction reply = reply(last, replyAt, random.nextInt(8) == 0 ? "S-1" : agent);
            EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
            if (random.nextBoolean()) {
                flags.add(Flag.PROCESS_TIME_STATED);
            }
            if (random.nextInt(3) == 0) {
                flags.add(Flag.COMPLAINT_ACKNOWLEDGED);
            }
            if (random.nextInt(4) == 0) {
                flags.add(Flag.REMEDY_PLAN);
            }
            if (!flags.isEmpty()) {
                reply = reply.withFlags(flags.toArray(Flag[]::new));
            }
            if (random.nextInt(4) == 0) {
                reply = reply.withText(random.nextBoolean() ? "I don't know, you should have called earlier."
                        : "I'll find out and call you back.");
            }
            out.add(reply);
            outbound.add(reply);
            t = replyAt;
            if (random.nextInt(3) == 0 && t.isBefore(end().minus(Duration.ofDays(1)))) {
                history.add(StatusChange.of(t.plus(Duration.ofMinutes(5)), CaseStatus.WAITING_ON_CUSTOMER));
                Instant back = t.plus(Duration.ofHours(2 + random.nextInt(30)));
                Interaction again = in(customer, caseId, channel == Channel.PHONE ? Channel.EMAIL : channel, back);
                out.add(again);
                history.add(StatusChange.of(back, CaseStatus.OPEN));
                last = again;
                t = back;
            } else {
                last = reply;
            }
        }
        if (random.nextInt(2) == 0 && t.plus(Duration.ofHours(1)).isBefore(end())) {
            Instant resolved = t.plus(Duration.ofMinutes(30 + random.nextInt(600)));
            if (resolved.isBefore(end())) {
                history.add(new StatusChange(resolved, CaseStatus.RESOLVED, agent));
                if (random.nextInt(3) == 0) {
                    // the survey tool's email, logged on no case: it discharges the case's survey follow-up
                    out.add(Interaction.of(id("I"), customer, null, Channel.EMAIL, Direction.OUTBOUND,
                            resolved.plus(Duration.ofMinutes(1 + random.nextInt(2000)))).withFlags(Flag.SURVEY, Flag.AUTOMATED));
                }
                if (random.nextInt(5) == 0 && resolved.plus(Duration.ofDays(1)).isBefore(end())) {
                    history.add(StatusChange.of(resolved.plus(Duration.ofDays(1)), CaseStatus.OPEN));
                }
            }
        }
        String product = products.isEmpty() ? null : products.iterator().next();
        out.add(new SupportCase(caseId, customer, opened, "Case " + caseId, product, agent, history));

        if (clusterComplaint || random.nextInt(4) == 0) {
            ComplaintCategory category = clusterComplaint ? ComplaintCategory.BAD_QUALITY
                    : ComplaintCategory.values()[random.nextInt(ComplaintCategory.values().length)];
            Instant received = clusterComplaint ? Harness.at(3, 9 + random.nextInt(6), 0) : opened;
            if (received.isBefore(opened)) {
                received = opened;
            }
            Instant resolvedAt = random.nextBoolean() ? received.plus(Duration.ofHours(5 + random.nextInt(60))) : null;
            if (resolvedAt != null && resolvedAt.isAfter(end())) {
                resolvedAt = null;
            }
            out.add(new Complaint(id("K"), customer, caseId, received, category,
                    Severity.values()[random.nextInt(Severity.values().length)],
                    Demeanour.values()[random.nextInt(Demeanour.values().length)],
                    clusterComplaint ? "router-x" : product, received.equals(opened) ? first.id() : null, resolvedAt,
                    "complaint about " + category));
        }
        if (random.nextInt(3) == 0) {
            Instant received = opened.plus(Duration.ofMinutes(10));
            Instant promised = received.plus(Duration.ofDays(2));
            boolean delayed = random.nextBoolean();
            Instant filled = random.nextInt(3) == 0 ? null : received.plus(Duration.ofHours(2 + random.nextInt(40)));
            Instant delivered = filled != null && random.nextBoolean() ? filled.plus(Duration.ofDays(1)) : null;
            if (delivered != null && delivered.isAfter(end())) {
                delivered = null;
            }
            if (filled != null && filled.isAfter(end())) {
                filled = null;
                delivered = null;
            }
            boolean backOrdered = random.nextInt(4) == 0;
            out.add(new Order(id("O"), customer, random.nextBoolean() ? caseId : null, received, promised,
                    delayed ? promised.plus(Duration.ofDays(2)) : null, filled, delivered,
                    List.of(new OrderLine(product == null ? "cable" : product, 1, backOrdered,
                            backOrdered ? List.of("cable-3m") : List.of())),
                    random.nextInt(5) > 0, random.nextInt(5) > 0, new BigDecimal("49.90")));
        }
        if (!outbound.isEmpty() && random.nextInt(3) == 0) {
            Interaction madeIn = outbound.get(0);
            Instant due = madeIn.at().plus(Duration.ofHours(4 + random.nextInt(30)));
            String keptBy = outbound.size() > 1 && random.nextBoolean() ? outbound.get(1).id() : null;
            out.add(new Commitment(id("P"), customer, caseId, madeIn.agentId(), madeIn.at(), due, "call back",
                    Channel.PHONE, madeIn.id(), List.of(), keptBy));
        }
        if (clusterComplaint && customer.equals("C-1")) {
            // a notice to one customer of the product about the issue
            Interaction notice = Interaction.of(id("I"), customer, caseId, Channel.EMAIL, Direction.OUTBOUND,
                    Harness.at(5, 10, 0)).withAgent("A-1").withFlags(Flag.PROACTIVE_NOTICE);
            out.add(notice.withAbout("router-x"));
        }
    }

    private Interaction in(String customer, String caseId, Channel channel, Instant at) {
        return Interaction.of(id("I"), customer, caseId, channel, Direction.INBOUND, at);
    }

    private Interaction reply(Interaction to, Instant at, String agent) {
        Channel channel = switch (to.channel().family()) {
            case VOICE -> Channel.PHONE;
            case WRITTEN -> to.channel() == Channel.LETTER ? Channel.EMAIL : to.channel();
            case MESSAGING -> to.channel();
        };
        return Interaction.of(id("I"), to.customerId(), to.caseId(), channel, Direction.OUTBOUND, at)
                .withAgent(agent).withInReplyTo(to.id());
    }
}
