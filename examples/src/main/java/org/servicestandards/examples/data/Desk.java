package org.servicestandards.examples.data;

import static org.servicestandards.model.Channel.CHAT;
import static org.servicestandards.model.Channel.EMAIL;
import static org.servicestandards.model.Channel.IN_PERSON;
import static org.servicestandards.model.Channel.LETTER;
import static org.servicestandards.model.Channel.PHONE;
import static org.servicestandards.model.Channel.SOCIAL;
import static org.servicestandards.model.Channel.VOICEMAIL;
import static org.servicestandards.model.Channel.WEB;
import static org.servicestandards.model.Direction.INBOUND;
import static org.servicestandards.model.Direction.OUTBOUND;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.function.Function;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.Target;
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
import org.servicestandards.model.Renegotiation;
import org.servicestandards.model.Severity;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;
import org.servicestandards.model.Tier;

/**
 * The simulation behind {@link SupportDeskGenerator}: a small support desk through April 2026.
 * Every story (a case, an order, a complaint, a promise) is played forward in time on its own,
 * with delays drawn from one seeded {@link SplittableRandom} (SplitMix64, well mixed: draws taken
 * at a fixed stride from {@code java.util.Random}'s LCG skewed a probability drawn once per story);
 * records later than the document's as-of instant are then dropped, and ids are numbered in time
 * order. Not thread-safe; one use.
 */
final class Desk {
    private static final Target ONE_BUSINESS_DAY = Target.parse("1 business day");
    /** Temporary ids ({@code case-17}) as they may appear in texts, renamed with the records. */
    private static final java.util.regex.Pattern TEMP_ID =
            java.util.regex.Pattern.compile("\\b(?:case|int|ord|cmp|com|abs|ano)-\\d+\\b");
    private static final LocalDate FIRST = LocalDate.of(2026, 4, 1);
    private static final LocalDate LAST = LocalDate.of(2026, 4, 30);

    private static final List<String> PRODUCTS = List.of("Fibre Broadband 500", "Router X200", "Mesh Wi-Fi Kit",
            "Smart Thermostat", "Security Camera", "Cloud Backup", "Premium Support Plan");
    private static final Map<String, String> SKU = Map.of("Fibre Broadband 500", "FB-500", "Router X200", "RX-200",
            "Mesh Wi-Fi Kit", "MWK-3", "Smart Thermostat", "STH-2", "Security Camera", "SC-4K", "Cloud Backup", "CB-1TB",
            "Premium Support Plan", "PSP-12");
    private static final Map<String, Integer> PRICE = Map.of("FB-500", 45, "RX-200", 129, "MWK-3", 249, "STH-2", 179,
            "SC-4K", 149, "CB-1TB", 60, "PSP-12", 240);

    private static final List<String[]> TOPICS = List.of(
            new String[] {"Connection keeps dropping", "Fibre Broadband 500", "desk"},
            new String[] {"Router lights flashing red", "Router X200", "desk"},
            new String[] {"Mesh satellite will not pair", "Mesh Wi-Fi Kit", "desk"},
            new String[] {"Thermostat schedule resets", "Smart Thermostat", "desk"},
            new String[] {"Camera offline at night", "Security Camera", "desk"},
            new String[] {"Backup stuck at 99%", "Cloud Backup", "desk"},
            new String[] {"Password reset not arriving", "Cloud Backup", "desk"},
            new String[] {"How do I set up parental controls?", "Router X200", "desk"},
            new String[] {"Upgrade my plan", "Premium Support Plan", "orders"},
            new String[] {"Question about my invoice", "Fibre Broadband 500", "orders"},
            new String[] {"Change my delivery address", "Mesh Wi-Fi Kit", "orders"},
            new String[] {"Refund status", "Smart Thermostat", "orders"},
            new String[] {"Cancel my subscription", "Cloud Backup", "orders"},
            new String[] {"Warranty question", "Security Camera", "orders"},
            new String[] {"Move my service to a new address", "Fibre Broadband 500", "orders"});

    private static final List<String> CALM_REPLIES = List.of(
            "Thanks for getting in touch. I'll find out what is happening and come back to you.",
            "What I can do is run a line test now and book an engineer if it fails.",
            "I understand how frustrating this is. Let's do this: restart the device and I'll check the logs.",
            "Here's what we can do: I have sent a replacement and a prepaid return label.",
            "I can see why that was confusing. I have updated your account and sent the details.",
            "Let's find the right person to handle your concern; I have passed it to our billing team.",
            "I'll be with you in just a moment while I check your order.",
            "How can I help? I have your account open.");
    private static final List<String> PROCESS_TIME = List.of(
            " These requests normally take one business day.",
            " We expect to complete this within two business days.",
            " Our normal process time for this is three business days; I'll update you before then.");
    private static final List<String> DONT_PHRASES = List.of(
            "I don't know, you will have to wait.",
            "It's our policy, I'm afraid.",
            "That's not my job, you need to talk to my manager.",
            "No. We can't change that.",
            "Calm down, please.",
            "You should have read the manual.",
            "Why didn't you restart the router first?",
            "What seems to be the problem?",
            "I'm busy right now, call me back later.",
            "The only thing we can do is send you a form.");

    private static final String[] FIRST_NAMES = {"Olivia", "Noah", "Amelia", "George", "Isla", "Oliver", "Ava", "Arthur",
            "Mia", "Leo", "Ivy", "Harry", "Freya", "Oscar", "Lily", "Theo", "Florence", "Jack", "Rosie", "Alfie",
            "Sophia", "Charlie", "Grace", "Henry", "Ella", "Thomas", "Evie", "Jacob", "Poppy", "Samuel"};
    private static final String[] LAST_NAMES = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
            "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
            "Wood", "Jackson", "Clarke", "Hughes", "Edwards", "Ahmed", "Khan", "Turner", "Hill", "Moore"};
    private static final String[] COMPANIES = {"Brightwater Dental", "Camden Print Co", "Northfield Accountants",
            "Harbour Lights Cafe", "Kestrel Architects", "Maple Lane Nursery", "Riverside Physio", "Oakwood Lettings",
            "Pennine Outdoor Ltd", "Thameside Florists", "Blue Door Bakery", "Greenway Vets", "Foxglove Studio",
            "Ashby & Lowe Solicitors"};
    private static final String[] DEPARTMENTS = {"Finance department (internal)", "Warehouse team (internal)",
            "Sales team (internal)", "HR department (internal)"};

    private final SplittableRandom rnd;
    private final BusinessCalendar cal;
    private final Instant asOf;

    private final List<Customer> customers = new ArrayList<>();
    private final List<Agent> agents = new ArrayList<>();
    private final List<CaseDraft> cases = new ArrayList<>();
    private final List<Interaction> interactions = new ArrayList<>();
    private final List<Complaint> complaints = new ArrayList<>();
    private final List<Order> orders = new ArrayList<>();
    private final List<Commitment> commitments = new ArrayList<>();
    private final List<AgentAbsence> absences = new ArrayList<>();
    private final List<AccountAnomaly> anomalies = new ArrayList<>();

    private final Set<String> lapsed = new LinkedHashSet<>();
    private final Set<String> ordered = new LinkedHashSet<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, Double> dontRate = new HashMap<>();
    private final Map<String, Double> greetingMiss = new HashMap<>();
    private final Map<String, CaseDraft> caseById = new HashMap<>();
    private final Map<String, Interaction> interactionById = new HashMap<>();
    private final Map<String, Instant> firstCompletion = new HashMap<>();
    /** The day being played: customers who join later do not get in touch yet. */
    private LocalDate today = FIRST;

    /** A case while its story is played: the history grows, the record is made at the end. */
    private static final class CaseDraft {
        final String id;
        final Customer customer;
        final Instant openedAt;
        final String subject;
        final String product;
        Agent agent;
        final List<StatusChange> history = new ArrayList<>();
        /** What went wrong so far: late replies, slow or missed calls, late updates, reopenings, ... */
        int failures;
        /** Whether the customer was irate, abusive or threatening at some contact. */
        boolean irate;

        CaseDraft(String id, Customer customer, Instant openedAt, String subject, String product, Agent agent) {
            this.id = id;
            this.customer = customer;
            this.openedAt = openedAt;
            this.subject = subject;
            this.product = product;
            this.agent = agent;
        }

        void status(Instant at, CaseStatus status, String by) { history.add(new StatusChange(at, status, by)); }

        SupportCase toRecord() {
            return new SupportCase(id, customer.id(), openedAt, subject, product, agent == null ? null : agent.id(),
                    history);
        }
    }

    Desk(long seed, BusinessCalendar calendar, Instant asOf) {
        this.rnd = new SplittableRandom(seed);
        this.cal = calendar;
        this.asOf = asOf;
    }

    Dataset run() {
        staff();
        people();
        absences();
        history();
        List<ComplaintPlan> plans = complaintPlans();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            today = day;
            if (cal.isWorkingDay(day)) {
                workingDay(day);
            } else {
                quietDay(day);
            }
        }
        plans.forEach(this::complaint);
        welcomeCalls();
        issueClusterNotices();
        anomalies();
        reactivation();
        return finish();
    }

    // ---------------------------------------------------------------------------------------------
    // People

    private void staff() {
        agent("amira", "Amira Khan", "Service desk", "agent", 0.03, 0.04);
        agent("ben", "Ben Carter", "Service desk", "agent", 0.10, 0.05);
        agent("chloe", "Chloe Davies", "Service desk", "agent", 0.02, 0.03);
        agent("dev", "Dev Patel", "Service desk", "supervisor", 0.01, 0.02);
        agent("ella", "Ella Morgan", "Orders and accounts", "agent", 0.03, 0.04);
        agent("finn", "Finn O'Brien", "Orders and accounts", "agent", 0.05, 0.15);
        agent("grace", "Grace Liu", "Orders and accounts", "agent", 0.02, 0.03);
        agent("harriet", "Harriet Shaw", "Orders and accounts", "manager", 0.01, 0.02);
    }

    private void agent(String id, String name, String team, String level, double dont, double greeting) {
        agents.add(new Agent(id, name, team, level));
        dontRate.put(id, dont);
        greetingMiss.put(id, greeting);
    }

    private void people() {
        List<String> names = new ArrayList<>();
        for (String c : COMPANIES) {
            names.add(c);
        }
        Set<String> used = new LinkedHashSet<>();
        while (names.size() < 56) {
            String n = FIRST_NAMES[rnd.nextInt(FIRST_NAMES.length)] + " " + LAST_NAMES[rnd.nextInt(LAST_NAMES.length)];
            if (used.add(n)) {
                names.add(n);
            }
        }
        for (int i = names.size() - 1; i > 0; i--) { // Fisher-Yates
            Collections.swap(names, i, rnd.nextInt(i + 1));
        }
        for (String d : DEPARTMENTS) {
            names.add(d);
        }
        for (int i = 0; i < names.size(); i++) {
            String id = String.format("C-%03d", i + 1);
            boolean internal = i >= 56;
            Tier tier = internal ? Tier.STANDARD : i < 7 ? Tier.VIP : i < 24 ? Tier.REGULAR : Tier.STANDARD;
            BigDecimal value = internal ? null : BigDecimal.valueOf(switch (tier) {
                case VIP -> between(12_000, 60_000);
                case REGULAR -> i == 8 ? 10_850 : between(1_500, 9_000);
                case STANDARD -> between(40, 2_500);
            });
            Instant since;
            if (i >= 50 && i < 54) {
                since = localTime(LocalDate.of(2026, 4, 2 + (i - 50) * 4), 10, 0); // new this month
            } else {
                since = localTime(LocalDate.of(2018 + rnd.nextInt(8), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)), 9, 0);
            }
            Channel preferred = internal ? EMAIL : weighted(new Channel[] {EMAIL, PHONE, SOCIAL, null},
                    new int[] {50, 30, 10, 10});
            Set<String> products = new LinkedHashSet<>();
            int n = internal ? 1 : 1 + rnd.nextInt(3);
            while (products.size() < n) {
                products.add(pick(PRODUCTS));
            }
            customers.add(new Customer(id, names.get(i), since, tier, value, preferred, internal, products));
        }
        // Customers who stopped buying (lapsed): orders in the past only, quiet this month.
        for (int i : new int[] {30, 35, 41, 46, 48}) {
            lapsed.add(customers.get(i).id());
        }
    }

    private void absences() {
        absence("ben", localTime(d(13), 13, 0), localTime(d(13), 17, 0), true, null);
        absence("chloe", localTime(d(14), 9, 0), localTime(d(16), 9, 0), false, false);
        absence("ella", localTime(d(20), 9, 0), localTime(d(21), 9, 0), true, true);
        absence("finn", localTime(d(27), 9, 0), localTime(d(27), 13, 0), false, null);
        absence("grace", localTime(d(22), 9, 0), localTime(d(25), 9, 0), true, false);
        absence("amira", localTime(d(29), 9, 0), localTime(d(30), 9, 0), null, null);
    }

    private void absence(String agent, Instant from, Instant to, Boolean greeting, Boolean autoReply) {
        absences.add(new AgentAbsence(next("abs"), agent, from, to, greeting, autoReply));
    }

    /** Orders and contacts before April: lapsed customers' last purchases, regulars' last check-ins. */
    private void history() {
        for (String id : lapsed) {
            Customer c = customer(id);
            LocalDate day = LocalDate.of(2025, 10, 6).plusDays(rnd.nextInt(100));
            while (!cal.isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            Instant received = inHours(day);
            String product = mainProduct(c);
            Instant filled = cal.addBusinessTime(received, minutes(60, 400));
            Instant delivered = cal.addBusinessTime(filled, minutes(480, 900));
            String orderId = next("ord");
            orders.add(new Order(orderId, id, null, received, cal.addBusinessDays(received, 3), null, filled, delivered,
                    List.of(OrderLine.of(SKU.get(product), 1)), true, true, amount(SKU.get(product), 1)));
            ordered.add(id);
            Agent agent = agent("ella");
            add(outbound(c, null, PHONE, cal.addBusinessTime(delivered, minutes(60, 600)), agent)
                    .text("Just checking your " + product + " arrived safely and is working.")
                    .flags(Flag.FOLLOW_UP).about(orderId));
        }
        for (Customer c : customers) {
            if (c.isRegularTier() && !lapsed.contains(c.id())) {
                // the last friendly check-in: most recently, a few long ago (now due or overdue)
                LocalDate day = c.id().equals("C-012") || c.id().equals("C-019")
                        ? LocalDate.of(2026, 1, 20).plusDays(rnd.nextInt(8))
                        : LocalDate.of(2026, 2, 2).plusDays(rnd.nextInt(50));
                while (!cal.isWorkingDay(day)) {
                    day = day.plusDays(1);
                }
                add(outbound(c, null, PHONE, inHours(day), pick(team("Service desk")))
                        .text("A quick call to check everything is working well for you.").flags(Flag.FOLLOW_UP));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Days

    private void workingDay(LocalDate day) {
        int cases = 15 + rnd.nextInt(8);
        for (int i = 0; i < cases; i++) {
            Customer c = activeCustomer();
            Channel ch = c.internal() ? weighted(new Channel[] {EMAIL, WEB, PHONE}, new int[] {60, 25, 15})
                    : weighted(new Channel[] {PHONE, EMAIL, WEB, CHAT, SOCIAL, VOICEMAIL, IN_PERSON, LETTER},
                            new int[] {34, 24, 12, 8, 8, 6, 5, 3});
            Instant t = ch == VOICEMAIL && chance(0.5) ? offHours(day) : inHours(day);
            inquiry(c, t, ch);
        }
        int calls = 5 + rnd.nextInt(6);
        for (int i = 0; i < calls; i++) {
            quickCall(activeCustomer(), inHours(day));
        }
        int chats = 3 + rnd.nextInt(4);
        for (int i = 0; i < chats; i++) {
            chat(activeCustomer(), inHours(day));
        }
        int newOrders = 4 + rnd.nextInt(5);
        for (int i = 0; i < newOrders; i++) {
            order(buyer(), chance(0.3) ? offHours(day) : inHours(day));
        }
        if (chance(0.25)) {
            Customer c = activeCustomer();
            inquiry(c, offHours(day), weighted(new Channel[] {SOCIAL, EMAIL, WEB}, new int[] {50, 30, 20}));
        }
    }

    /** Weekends and bank holidays: a little written traffic and voicemail, answered on the next working day. */
    private void quietDay(LocalDate day) {
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            inquiry(activeCustomer(), offHours(day),
                    weighted(new Channel[] {EMAIL, WEB, SOCIAL, VOICEMAIL}, new int[] {35, 25, 20, 20}));
        }
        if (chance(0.7)) {
            order(buyer(), offHours(day));
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Stories

    /** A question or problem, from first contact to resolution, survey and sometimes a reopening. */
    private void inquiry(Customer c, Instant t0, Channel ch) {
        String[] topic = pick(TOPICS);
        String team = topic[2].equals("orders") || c.internal() ? "Orders and accounts" : "Service desk";
        CaseDraft k = openCase(c, t0, topic[0], topic[1]);
        Agent agent = present(team, cal.nextOpening(t0));
        k.agent = agent;
        Interaction first;
        Instant t;
        if (ch == PHONE && !cal.isWorkingTime(t0)) {
            ch = VOICEMAIL;
        }
        switch (ch) {
            case PHONE -> {
                Msg call = inboundCall(c, k.id, t0, agent, true).text(topic[0]);
                if (call.unanswered) {
                    first = add(call);
                    Interaction back = add(outbound(c, k.id, PHONE, callbackTime(t0), agent).inReplyTo(first)
                            .text("Returning your call about: " + topic[0] + ".").agentText(agent).processTime(0.85));
                    t = back.at();
                } else {
                    double r = rnd.nextDouble();
                    if (r < 0.45) {
                        // resolved on the call
                        first = add(call);
                        Instant end = first.at().plus(minutes(3, 15));
                        k.status(end, CaseStatus.RESOLVED, agent.id());
                        afterResolution(k, end, agent);
                        return;
                    } else if (r < 0.72) {
                        // the agent promises to come back
                        Channel keep = chance(0.6) ? PHONE : EMAIL;
                        call.flags(Flag.PROMISE);
                        first = add(call);
                        t = promise(k, first, agent, keep);
                        if (t == null) {
                            return;
                        }
                    } else {
                        // the customer asks to be called back with an answer
                        call.flags(Flag.CALLBACK_REQUESTED);
                        first = add(call);
                        Interaction back = add(outbound(c, k.id, PHONE, callbackTime(first.at()), agent)
                                .inReplyTo(first).agentText(agent).processTime(0.88));
                        t = back.at();
                    }
                }
            }
            case IN_PERSON -> {
                first = add(inbound(c, k.id, IN_PERSON, t0).agent(agent).text(topic[0]));
                if (chance(0.6)) {
                    Instant end = t0.plus(minutes(5, 25));
                    k.status(end, CaseStatus.RESOLVED, agent.id());
                    afterResolution(k, end, agent);
                    return;
                }
                Interaction reply = add(outbound(c, k.id, EMAIL, writtenReply(t0, 0.08), agent).inReplyTo(first)
                        .agentText(agent).processTime(0.88));
                t = reply.at();
            }
            default -> {
                first = add(inbound(c, k.id, ch, t0).text(topic[0]));
                if ((ch == EMAIL || ch == WEB) && chance(0.45)) {
                    add(outbound(c, k.id, EMAIL, t0.plusSeconds(between(20, 90)), null).flags(Flag.AUTOMATED)
                            .text("We have received your message (ticket " + k.id + ") and will reply soon."));
                }
                Interaction reply = add(reply(first, agent).agentText(agent).processTime(0.87));
                t = reply.at();
            }
        }
        continueCase(k, t, agent, ch == VOICEMAIL || ch == PHONE || ch == IN_PERSON || ch == CHAT ? EMAIL
                : replyChannel(ch));
    }

    /** After the first response: resolve, wait on the customer, or work on it with progress updates. */
    private void continueCase(CaseDraft k, Instant t, Agent agent, Channel channel) {
        Customer c = k.customer;
        for (int round = 0; round < 4; round++) {
            double r = rnd.nextDouble();
            if (r < 0.45 + round * 0.15) {
                Instant end = t.plus(minutes(2, 20));
                k.status(end, CaseStatus.RESOLVED, agent.id());
                afterResolution(k, end, agent);
                return;
            } else if (r < 0.75) {
                // waiting on the customer
                k.status(t.plusSeconds(30), CaseStatus.WAITING_ON_CUSTOMER, agent.id());
                if (chance(0.12)) {
                    // never came back: closed after five working days
                    Instant closed = cal.addBusinessDays(t, 5);
                    k.status(closed, CaseStatus.CLOSED, agent.id());
                    finalResolution(k, closed, agent, 0.5);
                    return;
                }
                Instant back = t.plus(minutes(40, 60 * 50));
                if (channel == SOCIAL) {
                    back = cal.addBusinessTime(t, minutes(5, 240));
                }
                Interaction in = add(inbound(c, k.id, channel, back)
                        .text("Here are the details you asked for."));
                k.status(back, CaseStatus.OPEN, null);
                Interaction reply = add(reply(in, agent).agentText(agent));
                t = reply.at();
            } else {
                // work in progress: progress updates until done
                boolean internal = c.internal();
                int updates = 1 + rnd.nextInt(3);
                for (int u = 0; u < updates; u++) {
                    boolean onTime = chance(0.88);
                    Duration gap = internal
                            ? (onTime ? minutes(120, 450) : minutes(540, 900))
                            : (onTime ? minutes(240, 930) : minutes(990, 1_900));
                    if (!onTime) {
                        k.failures++;
                    }
                    Instant at = cal.addBusinessTime(t, gap);
                    if (chance(0.15)) {
                        // the customer chases before the update
                        Instant chase = cal.addBusinessTime(t, gap.dividedBy(2));
                        Interaction in = add(inbound(c, k.id, channel, chase)
                                .text("Any news on this?").demeanour(Demeanour.UPSET));
                        Interaction reply = add(reply(in, agent).agentText(agent));
                        t = reply.at();
                        continue;
                    }
                    Interaction update = add(outbound(c, k.id, channel, at, agent)
                            .text("Progress update: our engineers are still working on it.").agentText(agent));
                    t = update.at();
                }
                Instant end = cal.addBusinessTime(t, internal ? minutes(30, 400) : minutes(60, 900));
                add(outbound(c, k.id, channel, end, agent)
                        .text("Good news: this is now fixed.").agentText(agent));
                Instant resolved = end.plus(minutes(1, 10));
                k.status(resolved, CaseStatus.RESOLVED, agent.id());
                afterResolution(k, resolved, agent);
                return;
            }
        }
        Instant end = t.plus(minutes(5, 30));
        k.status(end, CaseStatus.RESOLVED, agent.id());
        afterResolution(k, end, agent);
    }

    /** Sometimes the customer comes back and the case reopens; then the survey and follow-ups. */
    private void afterResolution(CaseDraft k, Instant resolved, Agent agent) {
        Customer c = k.customer;
        if (chance(0.06)) {
            k.failures++;
            Instant back = resolved.plus(minutes(60 * 18, 60 * 80));
            Channel ch = chance(0.6) ? EMAIL : PHONE;
            Interaction in;
            if (ch == PHONE && cal.isWorkingTime(back)) {
                in = add(inboundCall(c, k.id, back, agent, false).text("It has happened again.")
                        .flags(Flag.CALLBACK_REQUESTED).demeanour(Demeanour.UPSET));
                k.status(back, CaseStatus.OPEN, agent.id());
                Interaction reply = add(outbound(c, k.id, PHONE, callbackTime(back), agent).inReplyTo(in).agentText(agent));
                Instant end = cal.addBusinessTime(reply.at(), minutes(20, 300));
                add(outbound(c, k.id, EMAIL, end, agent).text("This is now fixed for good, sorry again.").agentText(agent));
                resolved = end.plus(minutes(1, 5));
                k.status(resolved, CaseStatus.RESOLVED, agent.id());
            } else {
                in = add(inbound(c, k.id, EMAIL, back).text("Sorry, the problem is back.").demeanour(Demeanour.UPSET));
                k.status(back, CaseStatus.OPEN, null);
                Interaction reply = add(reply(in, agent).agentText(agent));
                Instant end = cal.addBusinessTime(reply.at(), minutes(30, 500));
                add(outbound(c, k.id, EMAIL, end, agent).text("This is now fixed for good, sorry again.").agentText(agent));
                resolved = end.plus(minutes(1, 5));
                k.status(resolved, CaseStatus.RESOLVED, agent.id());
            }
        }
        finalResolution(k, resolved, agent, 0.95);
    }

    /**
     * After a case's final resolution: the automatic satisfaction survey (with probability
     * {@code surveyP}); a follow-up call when two or more things went wrong on the case (late
     * replies, slow or missed calls, late updates, a reopening, a broken promise, a complaint); and
     * the moment a new customer's first service was completed.
     */
    private void finalResolution(CaseDraft k, Instant resolved, Agent agent, double surveyP) {
        Customer c = k.customer;
        completed(c, resolved);
        if (chance(surveyP)) {
            Duration delay = chance(0.95) ? minutes(10, 420) : minutes(500, 1_300);
            add(outbound(c, k.id, EMAIL, cal.addBusinessTime(resolved, delay), null).flags(Flag.AUTOMATED, Flag.SURVEY)
                    .text("How did we do? Please rate your experience with case " + k.id + "."));
        }
        if (k.failures >= 2 && chance(0.75)) {
            Duration delay = chance(0.85) ? minutes(30, 420) : minutes(540, 1_200);
            add(outbound(c, k.id, PHONE, cal.addBusinessTime(resolved, delay), agent).flags(Flag.FOLLOW_UP)
                    .text("I'm calling to check that everything is now working as it should.").agentText(agent));
        }
    }

    /** Remembers when a customer's order was delivered or case resolved (for new customers' welcome calls). */
    private void completed(Customer c, Instant at) {
        firstCompletion.merge(c.id(), at, (a, b) -> a.isBefore(b) ? a : b);
    }

    /** A welcome call to most new customers within a week of their first completed order or case. */
    private void welcomeCalls() {
        for (Customer c : customers) {
            Instant first = firstCompletion.get(c.id());
            if (first == null || c.since().isBefore(localTime(FIRST, 0, 0)) || !chance(0.85)) {
                continue;
            }
            Duration delay = chance(0.92) ? minutes(120, 1_500) : minutes(2_800, 4_000);
            add(outbound(c, null, PHONE, cal.addBusinessTime(first, delay), pick(team("Service desk")))
                    .flags(Flag.FOLLOW_UP).text("Welcome aboard! How are you getting on with everything so far?"));
        }
    }

    /**
     * A promise made in a call: kept on time, kept late, broken, or re-negotiated. Returns the
     * instant of the interaction that followed, or {@code null} when the story ends here.
     */
    private Instant promise(CaseDraft k, Interaction call, Agent owner, Channel keep) {
        Customer c = k.customer;
        ZonedDateTime local = call.at().atZone(cal.zone());
        Instant due;
        String what;
        if (keep == PHONE) {
            LocalDate next = nextWorkingDay(local.toLocalDate());
            due = localTime(next, 15, 0);
            what = "I will call you back by 3 pm on " + next.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                    java.util.Locale.ENGLISH) + " with the answer.";
        } else if (local.getHour() < 15) {
            due = localTime(local.toLocalDate(), 17, 0);
            what = "I will email you the details by the end of today.";
        } else {
            due = localTime(nextWorkingDay(local.toLocalDate()), 12, 0);
            what = "I will email you the details by noon tomorrow.";
        }
        String id = next("com");
        double r = rnd.nextDouble();
        List<Renegotiation> renegotiations = new ArrayList<>();
        Instant keptAt;
        boolean recordKeptBy = chance(0.5);
        if (r < 0.66) {
            keptAt = businessBetween(call.at().plus(minutes(30, 60)), due);
        } else if (r < 0.78) {
            keptAt = cal.addBusinessTime(due, minutes(45, 600));
        } else if (r < 0.88) {
            // broken: nothing of the promised kind; the customer chases by email
            k.failures++;
            commitments.add(new Commitment(id, c.id(), k.id, owner.id(), call.at(), due, what, keep, call.id(),
                    List.of(), null));
            Instant chase = cal.addBusinessTime(due, minutes(60, 400));
            Interaction in = add(inbound(c, k.id, EMAIL, chase).text("You promised to get back to me and nobody did.")
                    .demeanour(Demeanour.UPSET).about(id));
            Interaction reply = add(outbound(c, k.id, EMAIL, writtenReply(chase, 0.05), owner).inReplyTo(in)
                    .text("I am sorry we did not come back to you as promised. Here is the answer.").agentText(owner));
            continueCase(k, reply.at(), owner, EMAIL);
            return null;
        } else {
            // re-negotiated before it fell due
            Instant at = businessBetween(call.at().plus(minutes(60, 90)), due.minus(Duration.ofMinutes(30)));
            Instant newDue = cal.addBusinessTime(due, minutes(240, 900));
            renegotiations.add(new Renegotiation(at, newDue, "parts not yet in stock; customer agreed a later time"));
            add(outbound(c, k.id, EMAIL, at, owner).text("I need a little longer: may I come back to you by "
                    + newDue.atZone(cal.zone()).toLocalDate() + "?").about(id));
            keptAt = chance(0.8) ? businessBetween(at.plus(minutes(60, 120)), newDue)
                    : cal.addBusinessTime(newDue, minutes(60, 300));
        }
        Msg kept = outbound(c, k.id, keep, keptAt, owner).inReplyTo(call).about(id).agentText(owner).processTime(0.85);
        Interaction keeping = add(kept);
        commitments.add(new Commitment(id, c.id(), k.id, owner.id(), call.at(), due, what, keep, call.id(),
                renegotiations, recordKeptBy ? keeping.id() : null));
        return keeping.at();
    }

    /** A call answered and dealt with on the spot, without a case; now and then abandoned and called back. */
    private void quickCall(Customer c, Instant t) {
        Agent agent = present(chance(0.6) ? "Service desk" : "Orders and accounts", t);
        Msg call = inboundCall(c, null, t, agent, true).text(pick(TOPICS)[0]);
        Interaction in = add(call);
        if (call.unanswered) {
            add(outbound(c, null, PHONE, callbackTime(t), agent).inReplyTo(in).agentText(agent));
        }
    }

    /** A live chat: two to four exchanges, each answered within seconds (mostly). */
    private void chat(Customer c, Instant t) {
        Agent agent = present("Service desk", t);
        int exchanges = 2 + rnd.nextInt(3);
        for (int i = 0; i < exchanges && cal.isWorkingTime(t); i++) {
            Interaction in = add(inbound(c, null, CHAT, t).text(i == 0 ? pick(TOPICS)[0] : "Thanks, and one more thing..."));
            Duration wait = chance(0.87) ? Duration.ofSeconds(between(8, 115)) : Duration.ofSeconds(between(125, 420));
            Interaction reply = add(outbound(c, null, CHAT, t.plus(wait), agent).inReplyTo(in).agentText(agent));
            t = reply.at().plus(Duration.ofSeconds(between(40, 400)));
        }
    }

    /** An order: confirmation, fill, delivery, accuracy, delays and back-orders, after-sale check-in. */
    private void order(Customer c, Instant received) {
        String id = next("ord");
        ordered.add(c.id());
        int n = 1 + (chance(0.3) ? 1 : 0) + (chance(0.1) ? 1 : 0);
        List<OrderLine> lines = new ArrayList<>();
        Set<String> skus = new LinkedHashSet<>();
        boolean backOrder = chance(0.06);
        while (skus.size() < n) {
            skus.add(SKU.get(chance(0.6) ? mainProduct(c) : pick(PRODUCTS)));
        }
        BigDecimal amount = BigDecimal.ZERO;
        int line = 0;
        for (String sku : skus) {
            int qty = sku.equals("PSP-12") || sku.equals("FB-500") ? 1 : 1 + (chance(0.2) ? 1 : 0);
            boolean bo = backOrder && line == 0;
            lines.add(new OrderLine(sku, qty, bo, bo ? List.of(sku.equals("MWK-3") ? "RX-200" : "MWK-3") : List.of()));
            amount = amount.add(amount(sku, qty));
            line++;
        }
        Agent agent = present("Orders and accounts", cal.nextOpening(received));
        String caseId = null;
        if (chance(0.25) && cal.isWorkingTime(received)) {
            // ordered by phone
            add(inboundCall(c, null, received, agent, false).text("I'd like to place an order.").about(id));
        }
        add(outbound(c, caseId, EMAIL, received.plusSeconds(between(5, 60)), null).flags(Flag.AUTOMATED)
                .text("Thank you for your order " + id + ".").about(id));
        Instant promised = cal.addBusinessDays(received, 3);
        Instant expected = null;
        boolean knownDelay = !backOrder && chance(0.04);
        Instant filled;
        double f = rnd.nextDouble();
        if (backOrder || knownDelay) {
            expected = cal.addBusinessDays(promised, 2 + rnd.nextInt(4));
            filled = chance(0.85) ? cal.addBusinessTime(received, minutes(9 * 60, 30 * 60)) : null;
            if (chance(0.75)) {
                Instant notice = businessBetween(received.plus(minutes(60, 120)), promised.minus(Duration.ofHours(2)));
                add(outbound(c, caseId, preferred(c), notice, agent).flags(Flag.PROACTIVE_NOTICE)
                        .text(backOrder ? "One item is back-ordered; we can ship an alternative now or wait for stock."
                                : "Your order is delayed; the new expected delivery date is "
                                        + expected.atZone(cal.zone()).toLocalDate() + ".")
                        .about(id).agentText(agent));
            }
        } else if (f < 0.92) {
            filled = cal.addBusinessTime(received, minutes(20, 440));
        } else if (f < 0.985) {
            filled = cal.addBusinessTime(cal.deadline(received, ONE_BUSINESS_DAY), minutes(30, 900));
        } else {
            filled = null;
        }
        Instant delivered = null;
        Boolean matches = null;
        Boolean invoice = null;
        if (filled != null) {
            delivered = cal.addBusinessTime(filled, minutes(300, 1_200));
            if (expected != null && delivered.isBefore(expected)) {
                delivered = cal.addBusinessTime(expected, minutes(0, 200));
            }
            completed(c, delivered);
            double a = rnd.nextDouble();
            matches = a < 0.03 ? null : a < 0.09 ? Boolean.FALSE : Boolean.TRUE;
            double b = rnd.nextDouble();
            invoice = b < 0.1 ? null : b < 0.14 ? Boolean.FALSE : Boolean.TRUE;
            // check in after delivery (after-sale), or the first-order follow-up of a new customer
            if (chance(0.8)) {
                Duration delay = chance(0.88) ? minutes(60, 1_300) : minutes(1_500, 2_400);
                Channel ch = chance(0.6) ? PHONE : EMAIL;
                add(outbound(c, caseId, ch, cal.addBusinessTime(delivered, delay), agent).flags(Flag.FOLLOW_UP)
                        .text("Checking that your order " + id + " arrived and everything is OK.").about(id)
                        .agentText(agent));
            }
            if (Boolean.FALSE.equals(matches) && chance(0.6)) {
                // the customer writes in: a case about the wrong item
                CaseDraft k = openCase(c, delivered.plus(minutes(120, 1_500)), "Wrong item in order " + id, null);
                k.agent = agent;
                Interaction in = add(inbound(c, k.id, EMAIL, k.openedAt).text("You sent me the wrong item.").about(id));
                Interaction reply = add(reply(in, agent).agentText(agent).processTime(0.9)
                        .text("Sorry about that: a replacement is on its way and we will collect the wrong item."));
                continueCase(k, reply.at(), agent, EMAIL);
            }
        }
        orders.add(new Order(id, c.id(), caseId, received, promised, expected, filled, delivered, lines, matches, invoice,
                amount));
    }

    // ---------------------------------------------------------------------------------------------
    // Complaints

    private record ComplaintPlan(LocalDate day, LocalTime time, ComplaintCategory category, Demeanour demeanour,
                                 Severity severity, boolean repeat, String customerId, String product) {}

    /** Thirty complaints: every category three times; some irate, some repeat contacts, a product cluster. */
    private List<ComplaintPlan> complaintPlans() {
        List<ComplaintPlan> plans = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = FIRST; !d.isAfter(LAST.minusDays(1)); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                days.add(d);
            }
        }
        ComplaintCategory[] categories = ComplaintCategory.values();
        for (int i = 0; i < 27; i++) {
            today = pick(days);
            ComplaintCategory cat = categories[i % categories.length];
            Demeanour dem = i % 9 == 4 ? Demeanour.IRATE : i % 13 == 6 ? Demeanour.ABUSIVE
                    : i == 22 ? Demeanour.THREATENING : i % 3 == 0 ? Demeanour.UPSET : Demeanour.CALM;
            Severity sev = weighted(Severity.values(), new int[] {20, 50, 25, 5});
            boolean repeat = i % 7 == 3;
            String customer = i % 8 == 1 ? customers.get(i % 7).id() : buyer().id(); // some VIPs
            plans.add(new ComplaintPlan(today, LocalTime.of(9 + rnd.nextInt(7), rnd.nextInt(60)), cat, dem, sev,
                    repeat, customer, null));
        }
        // three complaints about the same product within a day: an issue cluster
        List<Customer> meshOwners = customers.stream().filter(c -> c.products().contains("Mesh Wi-Fi Kit")
                && !lapsed.contains(c.id()) && !c.internal()).toList();
        plans.add(new ComplaintPlan(d(21), LocalTime.of(10, 5), ComplaintCategory.BAD_QUALITY, Demeanour.UPSET,
                Severity.HIGH, false, meshOwners.get(0).id(), "Mesh Wi-Fi Kit"));
        plans.add(new ComplaintPlan(d(21), LocalTime.of(14, 40), ComplaintCategory.BAD_QUALITY, Demeanour.CALM,
                Severity.MEDIUM, false, meshOwners.get(1).id(), "Mesh Wi-Fi Kit"));
        plans.add(new ComplaintPlan(d(22), LocalTime.of(9, 20), ComplaintCategory.BAD_QUALITY, Demeanour.IRATE,
                Severity.HIGH, false, meshOwners.get(2).id(), "Mesh Wi-Fi Kit"));
        plans.sort(Comparator.comparing(ComplaintPlan::day).thenComparing(ComplaintPlan::time));
        return plans;
    }

    private void complaint(ComplaintPlan plan) {
        Customer c = customer(plan.customerId());
        Instant t0 = localTime(plan.day(), plan.time().getHour(), plan.time().getMinute()).plusSeconds(between(0, 59));
        String product = plan.product() != null ? plan.product() : mainProduct(c);
        String id = next("cmp");
        String subject = "Complaint: " + plan.category().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        CaseDraft k = openCase(c, t0, subject, product);
        boolean billing = plan.category() == ComplaintCategory.BILLING_MISTAKE
                || plan.category() == ComplaintCategory.ORDER_INCORRECT_OR_DUPLICATE
                || plan.category() == ComplaintCategory.DELIVERY_DELAY
                || plan.category() == ComplaintCategory.BACK_ORDERED_OR_UNAVAILABLE;
        Agent agent = present(billing ? "Orders and accounts" : "Service desk", t0);
        Agent supervisor = agent(billing ? "harriet" : "dev");
        k.agent = agent;
        Channel ch = weighted(new Channel[] {PHONE, EMAIL, WEB, LETTER, IN_PERSON, SOCIAL}, new int[] {40, 25, 10, 5, 10, 10});
        if (plan.product() != null) {
            ch = PHONE;
        }
        String text = switch (plan.category()) {
            case BILLING_MISTAKE -> "I have been charged twice this month.";
            case CONFUSING_PRODUCT -> "The instructions make no sense and the app contradicts them.";
            case DELIVERY_DELAY -> "My order is a week late and nobody told me.";
            case GUARANTEE_FAILURE -> "You guaranteed next-day replacement and I am still waiting.";
            case INCOMPETENT_EMPLOYEE -> "The engineer left without fixing anything.";
            case INCORRECT_INFORMATION -> "I was told the upgrade was free; now I have a bill.";
            case ORDER_INCORRECT_OR_DUPLICATE -> "I received two of everything and was charged for both.";
            case BAD_QUALITY -> "The " + product + " keeps failing after a week.";
            case BACK_ORDERED_OR_UNAVAILABLE -> "The item I ordered is always out of stock.";
            case OTHER -> "I am not happy with how my request was handled.";
        };
        boolean live = ch == PHONE || ch == IN_PERSON;
        Msg lodge = live ? (ch == PHONE ? inboundCall(c, k.id, t0, agent, false) : inbound(c, k.id, IN_PERSON, t0).agent(agent))
                : inbound(c, k.id, ch, t0);
        lodge.text(text).demeanour(plan.demeanour()).about(id);
        boolean ackInCall = live && chance(0.8);
        if (ackInCall) {
            lodge.flags(Flag.COMPLAINT_ACKNOWLEDGED);
        }
        if (plan.demeanour().needsSupervisor() && live && chance(0.5)) {
            lodge.flags(Flag.SUPERVISOR_INVOLVED);
        }
        Interaction lodged = add(lodge);
        Instant t = t0;
        if (!ackInCall) {
            if (!live && chance(0.3)) {
                add(outbound(c, k.id, EMAIL, t0.plusSeconds(between(20, 60)), null)
                        .flags(Flag.AUTOMATED, Flag.COMPLAINT_ACKNOWLEDGED).text("We have received your complaint."));
            }
            Duration delay = chance(0.8) ? minutes(4, 55) : minutes(65, 300);
            Channel ackChannel = ch == SOCIAL ? SOCIAL : EMAIL;
            Interaction ack = add(outbound(c, k.id, ackChannel, cal.addBusinessTime(t0, delay), agent).inReplyTo(lodged)
                    .flags(Flag.COMPLAINT_ACKNOWLEDGED).text("I am sorry to hear this. I have logged your complaint "
                            + "and will come back to you with a plan.").about(id).processTime(0.8));
            t = ack.at();
        }
        if (plan.demeanour().needsSupervisor()) {
            add(outbound(c, k.id, PHONE, cal.addBusinessTime(t, minutes(15, 240)), supervisor)
                    .flags(Flag.SUPERVISOR_INVOLVED).text("I understand your frustration; I am the supervisor and I "
                            + "will make sure this is put right.").about(id));
        }
        if (plan.category() == ComplaintCategory.GUARANTEE_FAILURE && chance(0.7)) {
            add(outbound(c, k.id, PHONE, cal.addBusinessTime(t, minutes(30, 400)), agent("harriet"))
                    .flags(Flag.MANAGER_INVOLVED).text("I am the manager; we stand behind our guarantee.").about(id));
        }
        // remedy plan in writing
        Instant planned = t;
        if (chance(0.92)) {
            Duration delay = chance(0.85) ? minutes(40, 420) : minutes(500, 1_200);
            Interaction plan1 = add(outbound(c, k.id, ch == LETTER ? LETTER : EMAIL, cal.addBusinessTime(t0, delay), agent)
                    .flags(Flag.REMEDY_PLAN, Flag.PROCESS_TIME_STATED)
                    .text("Here is what we will do: refund the charge and replace the item by Friday.").about(id)
                    .agentText(agent));
            planned = plan1.at();
        }
        // repeat contacts before it is resolved: the runaround
        double r = rnd.nextDouble();
        Duration toResolve = r < 0.75 ? minutes(120, 840) : r < 0.92 ? minutes(990, 2_400) : null;
        Instant resolvedAt = toResolve == null ? null : cal.addBusinessTime(t0, toResolve);
        if (resolvedAt != null && !resolvedAt.isAfter(planned.plus(Duration.ofMinutes(30)))) {
            resolvedAt = cal.addBusinessTime(planned, minutes(30, 120));
        }
        if (plan.repeat()) {
            Instant chase = t0;
            for (int i = 0; i < 2 + rnd.nextInt(2); i++) {
                chase = cal.addBusinessTime(chase, minutes(90, 300));
                if (resolvedAt != null && !chase.isBefore(resolvedAt)) {
                    resolvedAt = cal.addBusinessTime(chase, minutes(200, 600));
                }
                Msg again = chance(0.5) && cal.isWorkingTime(chase) ? inboundCall(c, k.id, chase, agent, false)
                        : inbound(c, k.id, EMAIL, chase);
                Interaction in = add(again.text("This is the " + (i == 0 ? "second" : "third")
                        + " time I am contacting you about this!").demeanour(i == 0 ? Demeanour.UPSET : Demeanour.IRATE)
                        .about(id));
                if (in.channel() == EMAIL) {
                    add(reply(in, agent).agentText(agent).about(id));
                }
            }
        }
        if (resolvedAt != null) {
            add(outbound(c, k.id, EMAIL, resolvedAt.minus(minutes(1, 10)), agent)
                    .text("Your complaint is resolved: the refund has been made.").about(id).agentText(agent));
            k.status(resolvedAt, CaseStatus.RESOLVED, agent.id());
            completed(c, resolvedAt);
            // apology and what was done so it does not recur
            if (chance(k.irate ? 0.92 : 0.85)) {
                Duration delay = chance(0.85) ? minutes(30, 800) : minutes(1_000, 1_900);
                // an irate customer gets a call
                Channel follow = k.irate ? PHONE : weighted(new Channel[] {PHONE, EMAIL, LETTER}, new int[] {60, 30, 10});
                Msg m = outbound(c, k.id, follow, cal.addBusinessTime(resolvedAt, delay), agent)
                        .flags(Flag.APOLOGY, Flag.PERMANENT_FIX)
                        .text("We are sorry. We have changed our process so this does not happen again.").about(id);
                if (follow == PHONE) {
                    m.flags(Flag.FOLLOW_UP);
                }
                add(m);
            }
            if (chance(0.92)) {
                add(outbound(c, k.id, EMAIL, cal.addBusinessTime(resolvedAt, minutes(30, 480)), null)
                        .flags(Flag.AUTOMATED, Flag.SURVEY)
                        .text("How did we handle your complaint? Please tell us."));
            }
        } else {
            // still open: the customer is told we are working on it
            add(outbound(c, k.id, EMAIL, cal.addBusinessTime(t0, minutes(600, 900)), agent)
                    .text("We are still working on your complaint.").about(id).agentText(agent));
        }
        complaints.add(new Complaint(id, c.id(), k.id, t0, plan.category(), plan.severity(), plan.demeanour(), product,
                lodged.id(), resolvedAt, text));
    }

    /** After the Mesh Wi-Fi Kit cluster, some other owners are told before they call. */
    private void issueClusterNotices() {
        Set<String> complained = new LinkedHashSet<>();
        List<String> cluster = new ArrayList<>();
        complaints.stream().filter(c -> "Mesh Wi-Fi Kit".equals(c.product()) && c.category() == ComplaintCategory.BAD_QUALITY)
                .forEach(c -> {
                    complained.add(c.customerId());
                    cluster.add(c.id());
                });
        Instant notice = localTime(d(22), 15, 30);
        for (Customer c : customers) {
            if (c.products().contains("Mesh Wi-Fi Kit") && !complained.contains(c.id()) && !lapsed.contains(c.id())
                    && chance(0.5)) {
                add(outbound(c, null, preferred(c), notice.plusSeconds(between(0, 3_600)), agent("dev"))
                        .flags(Flag.PROACTIVE_NOTICE)
                        .text("A firmware fault affects some Mesh Wi-Fi Kits; an update is on its way tonight.")
                        .about(cluster.toArray(String[]::new)));
            }
        }
    }

    private void anomalies() {
        Customer a = customers.get(3);
        Customer b = customers.get(17);
        Customer c = customers.get(26);
        String first = anomaly(a, localTime(d(9), 11, 12), "suspicious-activity", "Three failed logins from abroad");
        add(outbound(a, null, preferred(a), localTime(d(9), 11, 40), agent("dev")).flags(Flag.PROACTIVE_NOTICE)
                .text("We noticed unusual sign-in attempts on your account and have locked it for your safety.")
                .about(first));
        String second = anomaly(b, localTime(d(16), 15, 5), "payment-failure", "Direct debit bounced twice");
        add(outbound(b, null, preferred(b), localTime(d(17), 10, 15), agent("grace")).flags(Flag.PROACTIVE_NOTICE)
                .text("Your last payment did not go through; here is how to update your card.").about(second));
        anomaly(c, localTime(d(29), 16, 20), "suspicious-activity", "Password changed from a new device");
    }

    private String anomaly(Customer c, Instant at, String kind, String description) {
        String id = next("ano");
        anomalies.add(new AccountAnomaly(id, c.id(), at, kind, description));
        return id;
    }

    /** One lapsed customer gets the lost-account survey; the others are still waiting for it. */
    private void reactivation() {
        Customer c = customer(lapsed.iterator().next());
        add(outbound(c, null, EMAIL, localTime(d(15), 11, 0), agent("ella")).flags(Flag.REACTIVATION)
                .text("We miss you: tell us how we could do better, and here is 15% off your next order."));
    }

    // ---------------------------------------------------------------------------------------------
    // Interactions

    /** A mutable interaction being written; {@link #add(Msg)} turns it into a record. */
    private final class Msg {
        final Customer customer;
        final String caseId;
        final Channel channel;
        final Direction direction;
        final Instant at;
        String agentId;
        Integer rings;
        Integer seconds;
        boolean abandoned;
        boolean missed;
        boolean unanswered;
        final Set<Flag> flags = EnumSet.noneOf(Flag.class);
        String text;
        String inReplyTo;
        Demeanour demeanour;
        final List<String> about = new ArrayList<>();

        Msg(Customer customer, String caseId, Channel channel, Direction direction, Instant at) {
            this.customer = customer;
            this.caseId = caseId;
            this.channel = channel;
            this.direction = direction;
            this.at = at;
        }

        Msg agent(Agent a) { agentId = a == null ? null : a.id(); return this; }
        Msg text(String value) { text = value; return this; }
        Msg flags(Flag... values) { flags.addAll(List.of(values)); return this; }
        Msg inReplyTo(Interaction i) { inReplyTo = i.id(); return this; }
        Msg demeanour(Demeanour d) { demeanour = d == Demeanour.CALM ? null : d; return this; }
        Msg about(String... ids) { about.addAll(List.of(ids)); return this; }

        /** The agent's own words: now and then one of the "don't" phrases. */
        Msg agentText(Agent a) {
            if (a != null && chance(dontRate.getOrDefault(a.id(), 0.03))) {
                text = pick(DONT_PHRASES) + (text == null ? "" : " " + text);
            } else if (text == null) {
                text = pick(CALM_REPLIES);
            }
            return this;
        }

        /** States the normal process time with probability {@code p}. */
        Msg processTime(double p) {
            if (chance(p)) {
                flags.add(Flag.PROCESS_TIME_STATED);
                text = (text == null ? pick(CALM_REPLIES) : text) + pick(PROCESS_TIME);
            }
            return this;
        }
    }

    private Msg inbound(Customer c, String caseId, Channel ch, Instant at) { return new Msg(c, caseId, ch, INBOUND, at); }

    private Msg outbound(Customer c, String caseId, Channel ch, Instant at, Agent agent) {
        return new Msg(c, caseId, ch, OUTBOUND, at).agent(agent);
    }

    /**
     * An inbound call: answered within a few rings or too slowly, or (when {@code mayFail}) abandoned
     * or missed; conduct flags when answered.
     */
    private Msg inboundCall(Customer c, String caseId, Instant at, Agent agent, boolean mayFail) {
        Msg m = inbound(c, caseId, PHONE, at);
        double r = mayFail ? rnd.nextDouble() : 1;
        if (r < 0.07) {
            m.abandoned = true;
            m.unanswered = true;
            return m;
        }
        if (r < 0.10) {
            m.missed = true;
            m.unanswered = true;
            return m;
        }
        m.agent(agent);
        int seconds = chance(0.88) ? between(2, 18) : between(19, 48);
        if (chance(0.3)) {
            m.rings = (seconds + 5) / 6;
        } else {
            m.seconds = seconds;
        }
        double g = rnd.nextDouble();
        double miss = greetingMiss.getOrDefault(agent.id(), 0.04);
        if (g < miss) {
            m.flags(Flag.GREETING_NOT_IDENTIFIED);
        } else if (g < 0.94) {
            m.flags(Flag.GREETING_IDENTIFIED);
        }
        if (chance(0.2)) {
            m.flags(chance(0.85) ? Flag.HOLD_WITH_PERMISSION : Flag.HOLD_WITHOUT_PERMISSION);
        }
        if (chance(0.07)) {
            m.flags(chance(0.8) ? Flag.TRANSFER_INTRODUCED : Flag.TRANSFER_NOT_INTRODUCED);
        }
        return m;
    }

    /** The response to an inbound message on its channel, with a delay typical of the channel. */
    private Msg reply(Interaction in, Agent agent) {
        Customer c = customer(in.customerId());
        Channel ch = replyChannel(in.channel());
        Instant at = switch (in.channel()) {
            case EMAIL, LETTER -> writtenReply(in.at(), 0.08);
            case WEB -> writtenReply(in.at(), 0.11);
            case VOICEMAIL -> writtenReply(in.at(), 0.13);
            case SOCIAL -> socialReply(in.at());
            case CHAT -> in.at().plusSeconds(chance(0.87) ? between(10, 115) : between(125, 400));
            case PHONE, IN_PERSON -> callbackTime(in.at());
        };
        return outbound(c, in.caseId(), ch, at, agent).inReplyTo(in);
    }

    private static Channel replyChannel(Channel in) {
        return switch (in) {
            case EMAIL, WEB -> EMAIL;
            case LETTER -> LETTER;
            case SOCIAL -> SOCIAL;
            case CHAT -> CHAT;
            case PHONE, VOICEMAIL, IN_PERSON -> PHONE;
        };
    }

    /** Within one business day with probability {@code 1 - lateP}, else after it. */
    private Instant writtenReply(Instant in, double lateP) {
        if (chance(lateP)) {
            return cal.addBusinessTime(cal.deadline(in, ONE_BUSINESS_DAY), minutes(20, 720));
        }
        return cal.addBusinessTime(in, chance(0.65) ? minutes(5, 150) : minutes(150, 440));
    }

    private Instant callbackTime(Instant in) { return writtenReply(in, 0.13); }

    /** Social media: an hour of calendar time; out of hours it waits for the morning. */
    private Instant socialReply(Instant in) {
        if (!cal.isWorkingTime(in)) {
            return cal.nextOpening(in).plus(minutes(5, 50));
        }
        return in.plus(chance(0.93) ? minutes(3, 58) : minutes(62, 200));
    }

    private Interaction add(Msg m) {
        Interaction i = new Interaction(next("int"), m.customer.id(), m.caseId, m.channel, m.direction, m.at, m.agentId,
                m.rings, m.seconds, m.abandoned, m.missed, m.flags, m.text, m.inReplyTo, m.demeanour, m.about);
        interactions.add(i);
        interactionById.put(i.id(), i);
        CaseDraft k = i.caseId() == null ? null : caseById.get(i.caseId());
        if (k != null) {
            if (i.isInbound() && i.demeanour() != null && i.demeanour().needsSupervisor()) {
                k.irate = true;
            }
            if (i.isInbound() && i.channel() == PHONE && (i.isUnansweredCall() || slow(i))) {
                k.failures++;
            }
            Interaction original = i.inReplyTo() == null ? null : interactionById.get(i.inReplyTo());
            if (i.isOutbound() && !i.isAutomated() && original != null && late(original, i.at())) {
                k.failures++;
            }
        }
        return i;
    }

    private static boolean slow(Interaction call) {
        Integer rings = call.ringsBeforeAnswer(6);
        return rings != null && rings > 3;
    }

    /** Whether a reply at {@code at} misses the response target of {@code in}'s channel (pauses aside). */
    private boolean late(Interaction in, Instant at) {
        return switch (in.channel()) {
            case SOCIAL -> at.isAfter(in.at().plus(Duration.ofHours(1)));
            case CHAT -> at.isAfter(in.at().plus(Duration.ofMinutes(2)));
            case IN_PERSON, LETTER -> false;
            case PHONE -> (in.isUnansweredCall() || in.hasFlag(Flag.CALLBACK_REQUESTED))
                    && at.isAfter(cal.deadline(in.at(), ONE_BUSINESS_DAY));
            case EMAIL, WEB, VOICEMAIL -> at.isAfter(cal.deadline(in.at(), ONE_BUSINESS_DAY));
        };
    }

    // ---------------------------------------------------------------------------------------------
    // Finishing: the view as of the document's instant, ids in time order, sorted lists

    private Dataset finish() {
        Dataset.Builder b = Dataset.builder().customers(customers).agents(agents).interactions(interactions)
                .complaints(complaints).orders(orders).commitments(commitments).absences(absences).anomalies(anomalies);
        cases.forEach(k -> b.add(k.toRecord()));
        Dataset known = b.build().asOf(asOf);
        Set<String> interactionIds = new LinkedHashSet<>();
        known.interactions().forEach(i -> interactionIds.add(i.id()));

        Map<String, String> ids = new HashMap<>();
        number(known.cases(), SupportCase::openedAt, SupportCase::id, "CASE-%04d", ids);
        number(known.interactions(), Interaction::at, Interaction::id, "I-%05d", ids);
        number(known.orders(), Order::receivedAt, Order::id, "ORD-%04d", ids);
        number(known.complaints(), Complaint::receivedAt, Complaint::id, "CMP-%03d", ids);
        number(known.commitments(), Commitment::madeAt, Commitment::id, "COM-%03d", ids);
        number(known.absences(), AgentAbsence::from, AgentAbsence::id, "ABS-%02d", ids);
        number(known.anomalies(), AccountAnomaly::detectedAt, AccountAnomaly::id, "ANO-%02d", ids);
        Function<String, String> id = s -> s == null ? null : ids.getOrDefault(s, s);
        Function<String, String> text = s -> s == null ? null
                : TEMP_ID.matcher(s).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(id.apply(m.group())));

        Dataset.Builder out = Dataset.builder().customers(known.customers()).agents(known.agents());
        known.cases().stream().map(k -> new SupportCase(id.apply(k.id()), k.customerId(), k.openedAt(), text.apply(k.subject()),
                k.product(), k.assignee(), k.history())).sorted(Comparator.comparing(SupportCase::id)).forEach(out::add);
        known.interactions().stream().map(i -> new Interaction(id.apply(i.id()), i.customerId(), id.apply(i.caseId()),
                i.channel(), i.direction(), i.at(), i.agentId(), i.rings(), i.secondsToAnswer(), i.abandoned(), i.missed(),
                i.flags(), text.apply(i.text()), id.apply(i.inReplyTo()), i.demeanour(), i.about().stream().map(id).toList()))
                .sorted(Comparator.comparing(Interaction::id)).forEach(out::add);
        known.complaints().stream().map(c -> new Complaint(id.apply(c.id()), c.customerId(), id.apply(c.caseId()),
                c.receivedAt(), c.category(), c.severity(), c.demeanour(), c.product(), id.apply(c.lodgedIn()),
                c.resolvedAt(), c.description())).sorted(Comparator.comparing(Complaint::id)).forEach(out::add);
        known.orders().stream().map(o -> new Order(id.apply(o.id()), o.customerId(), id.apply(o.caseId()), o.receivedAt(),
                o.promisedAt(), o.expectedAt(), o.filledAt(), o.deliveredAt(), o.lines(), o.matchesOrder(),
                o.invoiceCorrect(), o.amount())).sorted(Comparator.comparing(Order::id)).forEach(out::add);
        known.commitments().stream().map(c -> new Commitment(id.apply(c.id()), c.customerId(), id.apply(c.caseId()),
                c.ownerId(), c.madeAt(), c.dueAt(), c.promise(), c.channel(), id.apply(c.madeIn()), c.renegotiations(),
                c.keptBy() != null && interactionIds.contains(c.keptBy()) ? id.apply(c.keptBy()) : null))
                .sorted(Comparator.comparing(Commitment::id)).forEach(out::add);
        known.absences().stream().map(a -> new AgentAbsence(id.apply(a.id()), a.agentId(), a.from(), a.to(),
                a.greetingUpdated(), a.autoReplySet())).sorted(Comparator.comparing(AgentAbsence::id)).forEach(out::add);
        known.anomalies().stream().map(a -> new AccountAnomaly(id.apply(a.id()), a.customerId(), a.detectedAt(), a.kind(),
                a.description())).sorted(Comparator.comparing(AccountAnomaly::id)).forEach(out::add);
        return out.build();
    }

    private static <T> void number(List<T> records, Function<T, Instant> time, Function<T, String> id, String format,
                                   Map<String, String> ids) {
        List<T> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparing(time).thenComparing(r -> seq(id.apply(r))));
        for (int i = 0; i < sorted.size(); i++) {
            ids.put(id.apply(sorted.get(i)), String.format(format, i + 1));
        }
    }

    /** The creation sequence of a temporary id ({@code int-17} gives 17): ties in time keep creation order. */
    private static int seq(String tempId) { return Integer.parseInt(tempId.substring(tempId.indexOf('-') + 1)); }

    // ---------------------------------------------------------------------------------------------
    // Helpers

    private CaseDraft openCase(Customer c, Instant at, String subject, String product) {
        CaseDraft k = new CaseDraft(next("case"), c, at, subject, product, null);
        cases.add(k);
        caseById.put(k.id, k);
        return k;
    }

    private String next(String kind) {
        int n = counters.merge(kind, 1, Integer::sum);
        return kind + "-" + n;
    }

    private Customer customer(String id) {
        return customers.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no customer " + id));
    }

    private Agent agent(String id) {
        return agents.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no agent " + id));
    }

    private List<Agent> team(String team) {
        return agents.stream().filter(a -> team.equals(a.team()) && a.level().equals("agent")).toList();
    }

    /** An agent of the team who is not away at {@code t}. */
    private Agent present(String team, Instant t) {
        List<Agent> here = team(team).stream().filter(a -> absences.stream()
                .noneMatch(x -> x.agentId().equals(a.id()) && !t.isBefore(x.from()) && t.isBefore(x.to()))).toList();
        return here.isEmpty() ? pick(team(team)) : pick(here);
    }

    /** A customer who gets in touch: VIPs and regulars more often; lapsed customers not at all. */
    private Customer activeCustomer() {
        while (true) {
            Customer c = customers.get(rnd.nextInt(customers.size()));
            if (lapsed.contains(c.id()) || c.since().atZone(cal.zone()).toLocalDate().isAfter(today)) {
                continue;
            }
            int weight = switch (c.tier()) {
                case VIP -> 3;
                case REGULAR -> 2;
                case STANDARD -> 1;
            };
            if (rnd.nextInt(3) < weight) {
                return c;
            }
        }
    }

    private Customer buyer() {
        Customer c;
        do {
            c = activeCustomer();
        } while (c.internal());
        return c;
    }

    /**
     * The customer's main product: the first in name order ({@link Customer#products()} is a set
     * whose iteration order changes from one JVM run to the next).
     */
    private static String mainProduct(Customer c) { return c.products().stream().sorted().findFirst().orElseThrow(); }

    private Channel preferred(Customer c) { return c.preferredChannel() == null ? EMAIL : c.preferredChannel(); }

    private BigDecimal amount(String sku, int qty) { return BigDecimal.valueOf((long) PRICE.get(sku) * qty); }

    private LocalDate d(int dayOfApril) { return LocalDate.of(2026, 4, dayOfApril); }

    private Instant localTime(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(cal.zone()).toInstant();
    }

    private LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (!cal.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** A moment in working hours, busier in the morning. */
    private Instant inHours(LocalDate day) {
        int minute = chance(0.58) ? between(0, 209) : between(240, 474);
        return localTime(day, 9, 0).plusSeconds(minute * 60L + rnd.nextInt(60));
    }

    /** An evening, early-morning or weekend moment. */
    private Instant offHours(LocalDate day) {
        if (!cal.isWorkingDay(day)) {
            return localTime(day, 8, 0).plusSeconds(between(0, 14 * 60) * 60L + rnd.nextInt(60));
        }
        return chance(0.7) ? localTime(day, 17, 5).plusSeconds(between(0, 300) * 60L + rnd.nextInt(60))
                : localTime(day, 7, 0).plusSeconds(between(0, 115) * 60L + rnd.nextInt(60));
    }

    /** A working moment between {@code a} and {@code b} (at {@code a}'s next opening when there is none). */
    private Instant businessBetween(Instant a, Instant b) {
        if (!b.isAfter(a)) {
            return cal.nextOpening(a);
        }
        long span = cal.businessTimeBetween(a, b).getSeconds();
        return cal.addBusinessTime(a, Duration.ofSeconds((long) (rnd.nextDouble() * span)));
    }

    private Duration minutes(int from, int to) { return Duration.ofSeconds(between(from * 60, to * 60)); }

    private int between(int from, int to) { return from + rnd.nextInt(to - from + 1); }

    private boolean chance(double p) { return rnd.nextDouble() < p; }

    private <T> T pick(List<T> values) { return values.get(rnd.nextInt(values.size())); }

    private <T> T weighted(T[] values, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = rnd.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
