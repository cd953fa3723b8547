package org.servicestandards.baseline;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;
import org.servicestandards.model.AccountAnomaly;
import org.servicestandards.model.Agent;
import org.servicestandards.model.AgentAbsence;
import org.servicestandards.model.Assignment;
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

/**
 * Generates customer-service histories, customer by customer, for benchmarks and property tests:
 * cases with reply threads on every channel, pauses, resolutions and reopenings; calls answered,
 * missed and abandoned; orders with promises, delays, back-orders, fills and deliveries; complaints
 * with demeanours and products; commitments with re-negotiations; account anomalies; and agents with
 * absences. Each customer is generated from the seed and its index alone, so any customer can be
 * generated again, in any order, on any thread, and a history of a million interactions need never
 * be held at once. Valid by construction (no input errors). Immutable and thread-safe.
 *
 * <p>About 11 interactions and 15 records per customer on average.
 */
public final class HistoryGenerator {
    private static final Channel[] INBOUND = {Channel.EMAIL, Channel.EMAIL, Channel.EMAIL, Channel.PHONE, Channel.PHONE,
            Channel.WEB, Channel.CHAT, Channel.SOCIAL, Channel.VOICEMAIL};
    private static final String[] LEVELS = {"agent", "agent", "agent", "agent", "supervisor", "manager"};
    private static final String[] TEXTS = {"Thanks for waiting, here is what we will do.", "I don't know.",
            "Please calm down, we are on it.", "No. It's our policy.", "I'll find out and call you back.",
            "What I can do is send a replacement today."};
    /** Two hundred products: complaints about one product cluster now and then (proactive.issue-cluster), not daily. */
    private static final String[] PRODUCTS = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "P-" + i)
            .toArray(String[]::new);

    private final long seed;
    private final Instant start;
    private final long spanSeconds;
    private final int agents;

    /**
     * @param seed   the seed; the same seed gives the same history
     * @param start  the first instant of the history
     * @param span   how long the history runs (cases open within it; their threads may run beyond)
     * @param agents how many agents (ids {@code A-0} ...), {@code >= 1}
     */
    public HistoryGenerator(long seed, Instant start, Duration span, int agents) {
        if (agents < 1) {
            throw new IllegalArgumentException("agents must be >= 1, was " + agents);
        }
        this.seed = seed;
        this.start = start;
        this.spanSeconds = Math.max(1, span.toSeconds());
        this.agents = agents;
    }

    public Instant start() { return start; }

    /** The last instant at which a case opens. */
    public Instant end() { return start.plusSeconds(spanSeconds); }

    /** Agents (a sixth of them supervisors or managers) and a few absences. */
    public Dataset directory() {
        SplittableRandom r = new SplittableRandom(seed * 31 + 7);
        Dataset.Builder b = Dataset.builder();
        for (int a = 0; a < agents; a++) {
            b.add(new Agent("A-" + a, null, "team-" + (a % 3), LEVELS[r.nextInt(LEVELS.length)]));
        }
        for (int k = 0; k < Math.max(1, agents / 5); k++) {
            Instant from = start.plusSeconds(r.nextLong(spanSeconds));
            Instant to = from.plusSeconds(3600L * (2 + r.nextInt(40)));
            b.add(new AgentAbsence("AB-" + k, "A-" + r.nextInt(agents), from, to,
                    r.nextInt(3) == 0 ? null : r.nextBoolean(), r.nextInt(3) == 0 ? null : r.nextBoolean()));
        }
        return b.build();
    }

    /** Customers {@code 0 .. count-1}, one dataset each, generated as they are read. */
    public Iterator<Dataset> customers(int count) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() { return next < count; }

            @Override
            public Dataset next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return customer(next++);
            }
        };
    }

    /** The whole history of {@code count} customers and the directory, in one dataset (for small counts). */
    public Dataset dataset(int count) {
        Dataset.Builder b = directory().toBuilder();
        customers(count).forEachRemaining(d -> d.records().forEach(b::addRecord));
        return b.build();
    }

    /** Every record of customer {@code index}. */
    public Dataset customer(int index) {
        SplittableRandom r = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1)));
        String c = "C-" + index;
        Dataset.Builder b = Dataset.builder();
        Tier tier = pick(r, 10) < 7 ? Tier.STANDARD : pick(r, 3) < 2 ? Tier.REGULAR : Tier.VIP;
        Set<String> products = new java.util.TreeSet<>();
        for (int p = 0, n = r.nextInt(3); p < n; p++) {
            products.add(PRODUCTS[r.nextInt(PRODUCTS.length)]);
        }
        Customer customer = new Customer(c, null, start.minus(Duration.ofDays(r.nextInt(900))), tier,
                r.nextInt(3) == 0 ? null : BigDecimal.valueOf(r.nextInt(20_000)),
                r.nextInt(3) == 0 ? Channel.values()[r.nextInt(Channel.values().length)] : null,
                r.nextInt(20) == 0, products);
        b.add(customer);
        Counter ids = new Counter(c);

        int cases = 1 + r.nextInt(3);
        for (int k = 0; k < cases; k++) {
            supportCase(r, b, c, ids, products);
        }
        for (int i = 0, n = r.nextInt(3); i < n; i++) { // contacts on no case
            Instant at = start.plusSeconds(r.nextLong(spanSeconds));
            Channel ch = INBOUND[r.nextInt(INBOUND.length)];
            b.add(call(r, Interaction.of(ids.next("I"), c, null, ch, Direction.INBOUND, at)));
            if (r.nextInt(4) != 0) {
                b.add(Interaction.of(ids.next("I"), c, null, reply(r, ch), Direction.OUTBOUND,
                        at.plusSeconds(gap(r))).withAgent(agent(r)));
            }
        }
        for (int o = 0, n = r.nextInt(3); o < n; o++) {
            b.add(order(r, c, ids));
        }
        if (r.nextInt(50) == 0) {
            b.add(new AccountAnomaly(ids.next("AN"), c, start.plusSeconds(r.nextLong(spanSeconds)), "login",
                    "unusual sign-in"));
        }
        return b.build();
    }

    private void supportCase(SplittableRandom r, Dataset.Builder b, String c, Counter ids, Set<String> products) {
        String caseId = ids.next("K");
        Instant opened = start.plusSeconds(r.nextLong(spanSeconds));
        String owner = r.nextInt(5) == 0 ? null : agent(r);
        Channel channel = INBOUND[r.nextInt(INBOUND.length)];
        List<StatusChange> history = new ArrayList<>();
        List<Interaction> thread = new ArrayList<>();
        Instant t = opened;
        int messages = 1 + r.nextInt(8);
        boolean paused = false;
        boolean resolved = false;
        for (int m = 0; m < messages; m++) {
            boolean inbound = m == 0 || r.nextInt(5) < 2;
            if (inbound) {
                Interaction in = Interaction.of(ids.next("I"), c, caseId, channel, Direction.INBOUND, t);
                in = call(r, in);
                if (r.nextInt(12) == 0) {
                    in = in.withDemeanour(r.nextBoolean() ? Demeanour.IRATE : Demeanour.UPSET);
                }
                thread.add(in);
                if (paused) {
                    history.add(StatusChange.of(t, CaseStatus.OPEN));
                    paused = false;
                }
                if (resolved && r.nextInt(3) == 0) { // the customer comes back: reopened
                    history.add(StatusChange.of(t, CaseStatus.OPEN));
                    resolved = false;
                }
            } else {
                Channel out = r.nextInt(4) == 0 ? Channel.PHONE : reply(r, channel);
                Interaction o = Interaction.of(ids.next("I"), c, caseId, out, Direction.OUTBOUND, t)
                        .withAgent(owner != null && r.nextInt(4) != 0 ? owner : agent(r));
                o = o.withFlags(outboundFlags(r, thread.stream().noneMatch(Interaction::isOutbound)));
                if (r.nextInt(6) == 0) {
                    o = o.withText(TEXTS[r.nextInt(TEXTS.length)]);
                }
                thread.add(o);
                if (!resolved && !paused && r.nextInt(6) == 0) {
                    history.add(StatusChange.of(t.plusSeconds(60), CaseStatus.WAITING_ON_CUSTOMER));
                    paused = true;
                }
            }
            t = t.plusSeconds(gap(r));
            if (!resolved && m >= 1 && r.nextInt(4) == 0) {
                history.add(StatusChange.of(t, r.nextInt(5) == 0 ? CaseStatus.CLOSED : CaseStatus.RESOLVED));
                resolved = true;
                paused = false;
                t = t.plusSeconds(gap(r));
            }
        }
        if (!resolved && r.nextInt(3) != 0) {
            history.add(StatusChange.of(t, CaseStatus.RESOLVED));
        }
        SupportCase sc = new SupportCase(caseId, c, opened, "case " + caseId,
                products.isEmpty() ? null : products.iterator().next(), owner, history);
        if (r.nextInt(5) < 2) { // a helpdesk priority, and the teams it was passed between
            sc = sc.withSeverity(Severity.values()[r.nextInt(Severity.values().length)]);
            Instant at = opened;
            for (int a = 0, n = r.nextInt(5); a < n; a++) {
                sc = sc.with(new Assignment(at, "team-" + r.nextInt(4), r.nextBoolean() ? agent(r) : null));
                at = at.plusSeconds(gap(r));
            }
        }
        b.add(sc);
        thread.forEach(b::add);

        if (r.nextInt(12) == 0) { // a complaint on the case, about a product the customer holds if any
            Interaction first = thread.get(0);
            String product = products.isEmpty() ? null : products.iterator().next();
            Instant resolvedAt = r.nextInt(3) == 0 ? null : opened.plusSeconds(gap(r) + gap(r));
            b.add(new Complaint(ids.next("CP"), c, caseId, opened,
                    ComplaintCategory.values()[r.nextInt(ComplaintCategory.values().length)],
                    Severity.values()[r.nextInt(Severity.values().length)],
                    r.nextInt(6) == 0 ? Demeanour.values()[r.nextInt(Demeanour.values().length)] : Demeanour.CALM,
                    product, r.nextBoolean() ? first.id() : null, resolvedAt, null));
        }
        List<Interaction> outbound = thread.stream().filter(Interaction::isOutbound).toList();
        if (!outbound.isEmpty() && r.nextInt(6) == 0) { // a promise made in a reply
            Interaction made = outbound.get(r.nextInt(outbound.size()));
            Instant due = made.at().plusSeconds(3600L * (1 + r.nextInt(60)));
            List<Renegotiation> renegotiations = r.nextInt(8) == 0
                    ? List.of(new Renegotiation(made.at().plusSeconds(1800), due.plusSeconds(86_400), "customer asked"))
                    : List.of();
            String keptBy = null;
            for (Interaction i : outbound) {
                if (i.at().isAfter(made.at()) && r.nextInt(3) == 0) {
                    keptBy = i.id();
                    break;
                }
            }
            b.add(new Commitment(ids.next("CM"), c, caseId, made.agentId() == null ? agent(r) : made.agentId(),
                    made.at(), due, "call back", r.nextBoolean() ? Channel.PHONE : null, made.id(), renegotiations,
                    keptBy));
        }
    }

    private Order order(SplittableRandom r, String c, Counter ids) {
        Instant received = start.plusSeconds(r.nextLong(spanSeconds));
        Order o = Order.received(ids.next("O"), c, received);
        if (r.nextInt(5) < 3) {
            Instant promised = received.plusSeconds(86_400L * (1 + r.nextInt(5)));
            o = o.withPromisedAt(promised);
            if (r.nextInt(5) == 0) {
                o = o.withExpectedAt(promised.plusSeconds(86_400L * (1 + r.nextInt(4))));
            }
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int l = 0, n = 1 + r.nextInt(3); l < n; l++) {
            boolean back = r.nextInt(12) == 0;
            lines.add(new OrderLine("SKU-" + r.nextInt(50), 1 + r.nextInt(3), back,
                    back && r.nextBoolean() ? List.of("SKU-" + r.nextInt(50)) : List.of()));
        }
        o = o.withLines(lines);
        if (r.nextInt(5) < 4) {
            Instant filled = received.plusSeconds(r.nextLong(3 * 86_400L));
            o = o.withFilledAt(filled).withAccuracy(r.nextInt(4) == 0 ? null : r.nextInt(10) != 0,
                    r.nextInt(3) == 0 ? null : r.nextInt(10) != 0);
            if (r.nextInt(5) < 3) {
                o = o.withDeliveredAt(filled.plusSeconds(r.nextLong(4 * 86_400L)));
            }
        }
        return o;
    }

    /** Inbound phone calls get an answer time, or are missed or abandoned; some ask for a call back. */
    private static Interaction call(SplittableRandom r, Interaction in) {
        if (in.channel() == Channel.PHONE && in.isInbound()) {
            int k = r.nextInt(10);
            in = k == 0 ? in.withAbandoned(true) : k == 1 ? in.withMissed(true)
                    : k < 5 ? in.withRings(r.nextInt(6)) : in.withSecondsToAnswer(r.nextInt(40));
        }
        if (r.nextInt(15) == 0) {
            in = in.withFlags(Flag.CALLBACK_REQUESTED);
        }
        return in;
    }

    private static Flag[] outboundFlags(SplittableRandom r, boolean firstReply) {
        EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
        if (firstReply && r.nextBoolean()) {
            flags.add(Flag.PROCESS_TIME_STATED);
        }
        if (r.nextInt(12) == 0) {
            flags.add(Flag.AUTOMATED);
        }
        Flag[] occasional = {Flag.SURVEY, Flag.FOLLOW_UP, Flag.APOLOGY, Flag.PERMANENT_FIX, Flag.REMEDY_PLAN,
                Flag.COMPLAINT_ACKNOWLEDGED, Flag.PROACTIVE_NOTICE, Flag.SUPERVISOR_INVOLVED,
                Flag.HOLD_WITH_PERMISSION, Flag.GREETING_IDENTIFIED, Flag.GREETING_NOT_IDENTIFIED};
        if (r.nextInt(4) == 0) {
            flags.add(occasional[r.nextInt(occasional.length)]);
        }
        return flags.toArray(Flag[]::new);
    }

    private static Channel reply(SplittableRandom r, Channel inbound) {
        return switch (inbound) {
            case VOICEMAIL, PHONE -> Channel.PHONE;
            case CHAT, SOCIAL -> r.nextInt(5) == 0 ? Channel.EMAIL : inbound;
            default -> inbound;
        };
    }

    /** Minutes to days: most replies come within a working day, some much later. */
    private static long gap(SplittableRandom r) {
        int k = r.nextInt(10);
        if (k < 3) {
            return 60 + r.nextInt(3600);
        }
        if (k < 7) {
            return 3600 + r.nextInt(8 * 3600);
        }
        return 8 * 3600 + r.nextInt(4 * 86_400);
    }

    private String agent(SplittableRandom r) { return "A-" + r.nextInt(agents); }

    private static int pick(SplittableRandom r, int n) { return r.nextInt(n); }

    /** Ids unique within a customer (prefixed by the customer id, so unique overall). */
    private static final class Counter {
        private final String customer;
        private int n;

        Counter(String customer) { this.customer = customer; }

        String next(String prefix) { return prefix + "-" + customer.substring(2) + "-" + n++; }
    }
}
