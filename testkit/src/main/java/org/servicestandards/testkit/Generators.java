package org.servicestandards.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.model.Agent;
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
 * Seeded generators of realistic customers, cases and interaction streams, for property tests of
 * your own: {@code Generators.seed(42).calendar(myCalendar).dataset(from, to, 20)}. The same seed
 * and the same calls give the same records.
 *
 * <p>What a generated stream looks like, on the calendar it is given:
 * <ul>
 *   <li>Customers: mostly standard tier, some regular and VIP, lifetime values spread widely (a few
 *       above the high-value threshold), a preferred channel, one or two products.</li>
 *   <li>Conversations (cases): opened by an inbound contact, 85% in working time; email most often,
 *       then phone, web, chat, social, voicemail, letters and visits. Phone calls are answered after
 *       a few seconds (sometimes after more than three rings), or missed or abandoned and then
 *       called back.</li>
 *   <li>Replies: always after the message they answer ({@code inReplyTo}); email, web, letters,
 *       voicemail and call-backs in business time (a few business hours, about one in twelve more
 *       than a business day), so they land in working hours; chat within a minute or two and social
 *       within the hour, in calendar time. Later cycles follow the customer's answers; a third of
 *       the time the case waits on the customer meanwhile (a pause); most cases are resolved.</li>
 *   <li>Complaints (about one conversation in eight): category, severity, the customer's demeanour
 *       (a few irate or abusive), acknowledged in the lodging call or soon after, a remedy plan in
 *       writing, resolved with the case.</li>
 *   <li>Call-back promises (commitments) in some calls; orders received mostly in working time,
 *       filled within hours (sometimes days), delivered days later, a few with back-ordered lines or
 *       shipping errors.</li>
 * </ul>
 * Every generated dataset passes {@link org.servicestandards.model.DatasetValidator}. Not
 * thread-safe: one instance per test (or per try of a property).
 */
public final class Generators {
    private static final List<String> AGENTS = List.of("A-1", "A-2", "A-3", "A-4", "A-5");
    private static final List<String> PRODUCTS = List.of("router-x", "plan-fibre", "mesh-kit", "tv-box", "phone-s");
    private static final List<String> FIRST = List.of("Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Frances",
            "Ken", "Margaret", "Niklaus", "Radia", "Tim");
    private static final List<String> LAST = List.of("Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov", "Knuth",
            "Allen", "Thompson", "Hamilton", "Wirth", "Perlman", "Berners-Lee");
    private static final Channel[] INBOUND = {Channel.EMAIL, Channel.PHONE, Channel.WEB, Channel.CHAT, Channel.SOCIAL,
            Channel.VOICEMAIL, Channel.LETTER, Channel.IN_PERSON};
    private static final int[] INBOUND_WEIGHTS = {38, 24, 12, 10, 6, 6, 2, 2};

    private final long seed;
    private final Random random;
    private BusinessCalendar calendar = StandardsConfig.DEFAULT_CALENDAR;
    private int customers;
    private int cases;
    private int interactions;
    private int complaints;
    private int orders;
    private int commitments;

    private Generators(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** Generators drawing from {@code new Random(seed)}, on {@link StandardsConfig#DEFAULT_CALENDAR}. */
    public static Generators seed(long seed) { return new Generators(seed); }

    /** The seed these generators started from. */
    public long seed() { return seed; }

    /** Sets the calendar whose working hours the streams follow; returns this. */
    public Generators calendar(BusinessCalendar value) {
        this.calendar = Objects.requireNonNull(value, "calendar");
        return this;
    }

    public BusinessCalendar calendar() { return calendar; }

    /** The random source, for draws of your own that must follow the same seed. */
    public Random random() { return random; }

    // ---------------------------------------------------------------------------------------------
    // small draws

    /** A uniformly drawn instant in {@code [from, to)}, to the second. */
    public Instant instant(Instant from, Instant to) {
        long span = Duration.between(from, to).toSeconds();
        if (span <= 0) {
            throw new IllegalArgumentException("the interval [" + from + ", " + to + ") is empty");
        }
        return from.plusSeconds(nextLong(span));
    }

    /**
     * An instant in working time in {@code [from, to)}, uniform over the working time of the
     * interval; any instant of it when it holds no working time.
     */
    public Instant workingInstant(Instant from, Instant to) {
        long working = calendar.businessTimeBetween(from, to).toSeconds();
        if (working <= 0) {
            return instant(from, to);
        }
        Instant t = calendar.addBusinessTime(from, Duration.ofSeconds(nextLong(working)));
        return calendar.nextOpening(t);
    }

    /** The channel of an inbound contact: email most often, then phone, web, chat, social, voicemail, letter, visit. */
    public Channel inboundChannel() { return INBOUND[weighted(INBOUND_WEIGHTS)]; }

    /**
     * How long a reply on this channel takes: business time for email, web, letters, voicemail and
     * phone call-backs (median about two and a half business hours, about one in twelve over a
     * business day); calendar time for chat (about a minute) and social media (about 25 minutes).
     */
    public Duration replyDelay(Channel channel) {
        return switch (channel) {
            case CHAT -> logNormal(60, 0.8, 5, 3600);
            case SOCIAL -> logNormal(25 * 60, 0.9, 60, 12 * 3600);
            default -> random.nextInt(12) == 0 ? Duration.ofSeconds(8 * 3600 + nextLong(12 * 3600))
                    : logNormal(150 * 60, 0.9, 120, 7 * 3600);
        };
    }

    /** Whether replies on this channel are paced in business time (not chat and social media). */
    static boolean inBusinessTime(Channel channel) {
        return channel != Channel.CHAT && channel != Channel.SOCIAL;
    }

    // ---------------------------------------------------------------------------------------------
    // customers

    /** A customer with the next id ({@code C-0001}, ...). */
    public Customer customer() {
        String id = String.format("C-%04d", ++customers);
        String name = pick(FIRST) + " " + pick(LAST);
        Tier tier = Tier.values()[weighted(70, 22, 8)];
        double median = tier == Tier.VIP ? 9000 : tier == Tier.REGULAR ? 3000 : 800;
        BigDecimal value = BigDecimal.valueOf(median * Math.exp(random.nextGaussian() * 0.9)).setScale(2, RoundingMode.HALF_UP);
        Channel preferred = new Channel[] {Channel.EMAIL, Channel.PHONE, Channel.SOCIAL, null}[weighted(50, 30, 10, 10)];
        Set<String> products = new TreeSet<>();
        products.add(pick(PRODUCTS));
        if (random.nextInt(3) == 0) {
            products.add(pick(PRODUCTS));
        }
        Instant since = Instant.parse("2020-01-01T00:00:00Z").plusSeconds(nextLong(5L * 365 * 86_400));
        return new Customer(id, name, since, tier, value, preferred, random.nextInt(30) == 0, products);
    }

    /** {@code n} customers. */
    public List<Customer> customers(int n) {
        List<Customer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(customer());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // streams

    /**
     * A dataset of {@code customerCount} new customers and their conversations, complaints,
     * promises and orders between {@code from} and {@code to}, as known at {@code to} (nothing later).
     */
    public Dataset dataset(Instant from, Instant to, int customerCount) {
        return dataset(from, to, customers(customerCount));
    }

    /**
     * A dataset of these customers and their conversations, complaints, promises and orders between
     * {@code from} and {@code to}, as known at {@code to} (nothing later).
     */
    public Dataset dataset(Instant from, Instant to, List<Customer> people) {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from " + from + " must be before to " + to);
        }
        Dataset.Builder b = Dataset.builder();
        AGENTS.forEach(a -> b.add(new Agent(a, null, "support", null)));
        for (Customer c : people) {
            b.add(c);
            int conversations = 1 + weighted(35, 30, 20, 10, 5);
            for (int i = 0; i < conversations; i++) {
                conversation(c, from, to, b);
            }
            int orderCount = weighted(55, 25, 12, 8);
            for (int i = 0; i < orderCount; i++) {
                b.add(order(c, from, to));
            }
        }
        return b.build().asOf(to);
    }

    /** One conversation: a case with its contacts, maybe a complaint or a promise. */
    private void conversation(Customer customer, Instant from, Instant to, Dataset.Builder b) {
        Channel channel = inboundChannel();
        Instant start = random.nextInt(100) < 85 ? workingInstant(from, to) : instant(from, to);
        String caseId = "K-" + ++cases;
        String agent = pick(AGENTS);
        List<StatusChange> history = new ArrayList<>();
        List<Interaction> contacts = new ArrayList<>();
        boolean isComplaint = random.nextInt(8) == 0;
        Demeanour demeanour = isComplaint
                ? Demeanour.values()[weighted(55, 30, 10, 4, 1)]
                : random.nextInt(20) == 0 ? Demeanour.UPSET : null;

        Interaction first = Interaction.of(nextInteraction(), customer.id(), caseId, channel, Direction.INBOUND, start)
                .withDemeanour(demeanour);
        boolean live = channel == Channel.IN_PERSON;
        boolean unanswered = false;
        if (channel == Channel.PHONE) {
            int outcome = weighted(75, 12, 13);
            if (outcome == 0) {
                first = first.withSecondsToAnswer((int) logNormal(9, 0.7, 1, 90).toSeconds()).withAgent(agent);
                live = true;
            } else {
                first = outcome == 1 ? first.withMissed(true) : first.withAbandoned(true);
                unanswered = true;
            }
        } else if (live) {
            first = first.withAgent(agent);
        }
        boolean acknowledgedLive = isComplaint && live && random.nextInt(4) != 0;
        if (acknowledgedLive) {
            first = first.withFlags(Flag.COMPLAINT_ACKNOWLEDGED);
        }
        boolean callbackRequested = live && !isComplaint && random.nextInt(10) == 0;
        if (callbackRequested) {
            first = first.withFlags(Flag.CALLBACK_REQUESTED);
        }
        contacts.add(first);
        Instant last = start;

        Commitment promise = null;
        if (live && !isComplaint && random.nextInt(8) == 0) {
            Instant due = calendar.addBusinessTime(start, Duration.ofHours(2 + random.nextInt(5)));
            promise = new Commitment("CM-" + ++commitments, customer.id(), caseId, agent, start, due,
                    "call you back with an answer", Channel.PHONE, first.id(), List.of(), null);
            Duration delay = random.nextInt(5) == 0 ? Duration.ofHours(3 + random.nextInt(8))
                    : Duration.ofMinutes(20 + random.nextInt(100));
            Instant kept = calendar.addBusinessTime(start, delay);
            contacts.add(outbound(customer, caseId, Channel.PHONE, kept, agent, null).withAbout(promise.id()));
            last = kept;
        }

        if (unanswered || callbackRequested || channel == Channel.VOICEMAIL) {
            Instant back = calendar.addBusinessTime(start, replyDelay(Channel.PHONE));
            contacts.add(outbound(customer, caseId, Channel.PHONE, back, agent, first.id())
                    .withFlags(Flag.PROCESS_TIME_STATED));
            last = later(last, back);
        } else if (!live) {
            last = cycles(customer, caseId, channel, agent, first, isComplaint, contacts, history);
        } else if (isComplaint && !acknowledgedLive) {
            Instant ack = calendar.addBusinessTime(start, logNormal(25 * 60, 0.7, 60, 4 * 3600));
            contacts.add(outbound(customer, caseId, Channel.EMAIL, ack, agent, first.id())
                    .withFlags(Flag.COMPLAINT_ACKNOWLEDGED, Flag.PROCESS_TIME_STATED));
            last = later(last, ack);
        }
        if (isComplaint && contacts.stream().noneMatch(i -> i.hasFlag(Flag.REMEDY_PLAN))) {
            Instant plan = calendar.addBusinessTime(last, logNormal(4 * 3600, 0.6, 600, 12 * 3600));
            contacts.add(outbound(customer, caseId, Channel.EMAIL, plan, agent, null).withFlags(Flag.REMEDY_PLAN));
            last = plan;
        }
        Instant resolved = null;
        if (random.nextInt(100) < 75) {
            resolved = calendar.addBusinessTime(last, Duration.ofMinutes(5 + random.nextInt(120)));
            history.add(StatusChange.of(resolved, CaseStatus.RESOLVED));
        }
        b.add(new SupportCase(caseId, customer.id(), start, null, pick(List.copyOf(customer.products())), agent, history));
        contacts.forEach(b::add);
        if (promise != null) {
            b.add(promise);
        }
        if (isComplaint) {
            ComplaintCategory category = ComplaintCategory.values()[random.nextInt(ComplaintCategory.values().length)];
            Severity severity = Severity.values()[weighted(30, 45, 20, 5)];
            b.add(new Complaint("CP-" + ++complaints, customer.id(), caseId, start, category, severity,
                    demeanour == null ? Demeanour.CALM : demeanour, pick(List.copyOf(customer.products())), first.id(),
                    resolved, null));
        }
    }

    /**
     * Reply cycles on a written or messaging channel: the customer writes (sometimes twice), an agent
     * replies, the customer answers after a while (the case waiting on them a third of the time).
     *
     * @return the instant of the last contact
     */
    private Instant cycles(Customer customer, String caseId, Channel channel, String agent, Interaction first,
                           boolean isComplaint, List<Interaction> contacts, List<StatusChange> history) {
        int count = 1 + weighted(50, 30, 15, 5);
        Interaction opening = first;
        Instant last = first.at();
        Channel replyChannel = channel == Channel.LETTER && random.nextBoolean() ? Channel.EMAIL : channel;
        for (int cycle = 0; cycle < count; cycle++) {
            Duration delay = isComplaint && cycle == 0 ? logNormal(30 * 60, 0.7, 60, 5 * 3600) : replyDelay(channel);
            Instant replyAt = inBusinessTime(channel) ? calendar.addBusinessTime(opening.at(), delay)
                    : opening.at().plus(delay);
            Interaction answered = opening;
            long gap = Duration.between(opening.at(), replyAt).toSeconds();
            if (gap > 2 && random.nextInt(5) == 0) {
                Instant again = opening.at().plusSeconds(1 + nextLong(gap - 1));
                answered = Interaction.of(nextInteraction(), customer.id(), caseId, channel, Direction.INBOUND, again);
                contacts.add(answered);
            }
            Interaction reply = outbound(customer, caseId, replyChannel, replyAt, agent, answered.id());
            if (cycle == 0) {
                reply = random.nextInt(100) < 80 ? reply.withFlags(Flag.PROCESS_TIME_STATED) : reply;
                if (isComplaint) {
                    reply = reply.withFlags(Flag.COMPLAINT_ACKNOWLEDGED, Flag.PROCESS_TIME_STATED);
                }
            } else if (cycle == 1 && isComplaint && inBusinessTime(replyChannel)) {
                reply = reply.withFlags(Flag.REMEDY_PLAN);
            }
            contacts.add(reply);
            last = replyAt;
            if (cycle + 1 < count) {
                boolean waits = random.nextInt(3) == 0;
                if (waits) {
                    history.add(StatusChange.of(replyAt, CaseStatus.WAITING_ON_CUSTOMER));
                }
                Instant next = replyAt.plus(logNormal(5 * 3600, 1.0, 120, 5 * 86_400));
                if (random.nextInt(10) < 7) {
                    next = calendar.nextOpening(next);
                }
                if (waits) {
                    history.add(StatusChange.of(next, CaseStatus.OPEN));
                }
                opening = Interaction.of(nextInteraction(), customer.id(), caseId, channel, Direction.INBOUND, next);
                contacts.add(opening);
                last = next;
            }
        }
        return last;
    }

    /** An order of this customer in {@code [from, to)}. */
    private Order order(Customer customer, Instant from, Instant to) {
        Instant received = random.nextInt(100) < 80 ? workingInstant(from, to) : instant(from, to);
        Duration fillDelay = random.nextInt(10) == 0 ? Duration.ofHours(8 + random.nextInt(16))
                : logNormal(3 * 3600, 0.8, 300, 7 * 3600);
        Instant filled = calendar.addBusinessTime(received, fillDelay);
        Instant promised = calendar.addBusinessDays(received, 3);
        Instant delivered = filled.plus(Duration.ofHours(20 + random.nextInt(60)));
        List<OrderLine> lines = new ArrayList<>();
        int lineCount = 1 + random.nextInt(3);
        boolean backOrdered = random.nextInt(20) == 0;
        for (int i = 0; i < lineCount; i++) {
            String sku = "SKU-" + (100 + random.nextInt(60));
            lines.add(backOrdered && i == 0 ? new OrderLine(sku, 1 + random.nextInt(3), true, List.of("SKU-" + (200 + random.nextInt(20))))
                    : OrderLine.of(sku, 1 + random.nextInt(3)));
        }
        Instant expected = backOrdered ? promised.plus(Duration.ofDays(2 + random.nextInt(5))) : null;
        if (backOrdered) {
            filled = later(filled, expected.minus(Duration.ofDays(1)));
            delivered = expected;
        }
        BigDecimal amount = BigDecimal.valueOf(20 + random.nextInt(480)).add(BigDecimal.valueOf(random.nextInt(100), 2));
        return new Order("O-" + ++orders, customer.id(), null, received, promised, expected, filled, delivered, lines,
                random.nextInt(100) < 97, random.nextInt(100) < 98, amount);
    }

    private Interaction outbound(Customer customer, String caseId, Channel channel, Instant at, String agent,
                                 String inReplyTo) {
        return Interaction.of(nextInteraction(), customer.id(), caseId, channel, Direction.OUTBOUND, at)
                .withAgent(agent).withInReplyTo(inReplyTo);
    }

    private String nextInteraction() { return "I-" + ++interactions; }

    // ---------------------------------------------------------------------------------------------

    /**
     * A log-normal duration with this median (seconds) and shape, within [min, max] seconds: drawn
     * again when outside (so that the bounds do not pile up draws), clipped after a few tries.
     */
    private Duration logNormal(double medianSeconds, double sigma, long min, long max) {
        long s = 0;
        for (int i = 0; i < 8; i++) {
            s = Math.round(medianSeconds * Math.exp(random.nextGaussian() * sigma));
            if (s >= min && s <= max) {
                break;
            }
        }
        return Duration.ofSeconds(Math.max(min, Math.min(max, s)));
    }

    /** An index drawn with these weights. */
    private int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private <T> T pick(List<T> values) { return values.get(random.nextInt(values.size())); }

    private long nextLong(long bound) {
        return (long) Math.floor(random.nextDouble() * bound);
    }

    private static Instant later(Instant a, Instant b) { return a.isAfter(b) ? a : b; }
}
