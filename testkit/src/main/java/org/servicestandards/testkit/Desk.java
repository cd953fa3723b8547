package org.servicestandards.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.StandardsEvaluator;
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
import org.servicestandards.model.Renegotiation;
import org.servicestandards.model.Severity;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/**
 * A small builder language for the records of a test, so that it reads like the sentence it proves:
 *
 * <pre>{@code
 * Week week = Week.week(2026, 3, 2);
 * Desk desk = Desk.on(StandardsConfig.DEFAULT_CALENDAR);
 * var complaint = desk.complaint(BILLING_MISTAKE).from("ALICE").by(Channel.EMAIL).at(week.friday().at("16:55"));
 * desk.replyTo(complaint).at(week.next().monday().at("09:50"));
 * assertThat(desk.evaluateAt(week.next().monday().at("10:00")))
 *         .hasMet("complaint.acknowledge").forSubject(complaint.id());
 * }</pre>
 *
 * <p>Each method that starts a record ({@link #email()}, {@link #complaint()}, {@link #order()}, ...)
 * registers a draft at once and returns it; its setters may be called in any order until the desk
 * is evaluated, when every draft becomes a record of the model (whose validation then applies). Ids
 * are given in order per type ({@code I-1}, {@code K-1}, {@code CP-1}, {@code O-1}, {@code CM-1})
 * unless set with {@code id(...)}. A customer named by a draft is registered if it is not yet.
 *
 * <p>The evaluator is the default rule base with a configuration; {@link #on(BusinessCalendar)} and
 * {@link #on(StandardsConfig)} share one compiled evaluator per calendar or configuration instance
 * for the whole JVM, so keep calendars and configurations in constants. Not thread-safe.
 */
public final class Desk {
    private static final Map<Object, ServiceStandards> EVALUATORS = new ConcurrentHashMap<>();

    private final StandardsEvaluator evaluator;
    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final Map<String, Agent> agents = new LinkedHashMap<>();
    private final List<Object> drafts = new ArrayList<>();
    private final List<Object> extra = new ArrayList<>();
    private final Map<String, Integer> counters = new ConcurrentHashMap<>();

    private Desk(StandardsEvaluator evaluator) {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
    }

    /** A desk evaluated with the catalogue's defaults and {@link StandardsConfig#DEFAULT_CALENDAR} (Mon-Fri 09-17 UTC). */
    public static Desk withDefaults() { return on(StandardsConfig.defaults()); }

    /** A desk evaluated with the catalogue's default targets on this calendar. */
    public static Desk on(BusinessCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        if (calendar == StandardsConfig.defaults().calendar()) {
            return withDefaults();
        }
        return new Desk(EVALUATORS.computeIfAbsent(calendar, c -> ServiceStandards.builder()
                .config(StandardsConfig.builder().calendar(calendar).build()).build()));
    }

    /** A desk evaluated with the default rule base under this configuration. */
    public static Desk on(StandardsConfig config) {
        Objects.requireNonNull(config, "config");
        return new Desk(EVALUATORS.computeIfAbsent(config, c -> ServiceStandards.builder().config(config).build()));
    }

    /** A desk evaluated by this evaluator (your own {@link ServiceStandards}, rule set and configuration). */
    public static Desk using(StandardsEvaluator evaluator) { return new Desk(evaluator); }

    // ---------------------------------------------------------------------------------------------
    // people

    /** Registers a standard-tier customer with this id (if not yet registered) and returns the id. */
    public String customer(String id) {
        customers.computeIfAbsent(id, Customer::of);
        return id;
    }

    /** Registers this customer (replacing one with the same id) and returns its id. */
    public String customer(Customer customer) {
        customers.put(customer.id(), customer);
        return customer.id();
    }

    /** Registers an agent at level {@code agent} (if not yet registered) and returns the id. */
    public String agent(String id) {
        agents.computeIfAbsent(id, a -> new Agent(a, null, null, null));
        return id;
    }

    // ---------------------------------------------------------------------------------------------
    // contacts

    public ContactDraft email() { return contact(Channel.EMAIL); }

    public ContactDraft phone() { return contact(Channel.PHONE); }

    public ContactDraft voicemail() { return contact(Channel.VOICEMAIL); }

    public ContactDraft web() { return contact(Channel.WEB); }

    public ContactDraft chat() { return contact(Channel.CHAT); }

    public ContactDraft social() { return contact(Channel.SOCIAL); }

    public ContactDraft letter() { return contact(Channel.LETTER); }

    public ContactDraft visit() { return contact(Channel.IN_PERSON); }

    /** A contact on any channel; say {@code from(customer)} (inbound) or {@code to(customer)} (outbound). */
    public ContactDraft contact(Channel channel) {
        ContactDraft d = new ContactDraft(next("I"), Objects.requireNonNull(channel, "channel"));
        drafts.add(d);
        return d;
    }

    /**
     * An outbound reply to a message: to its customer, on its channel and case, {@code inReplyTo} it;
     * set its instant with {@code at(...)}.
     */
    public ContactDraft replyTo(ContactDraft message) {
        ContactDraft d = contact(message.channel).to(message.requireCustomer()).inReplyTo(message);
        d.caseRef = message.caseRef;
        return d;
    }

    /**
     * An outbound reply to a complaint, on its case and about it, on the channel it was lodged in
     * (email when it was not lodged in a contact).
     */
    public ContactDraft replyTo(ComplaintDraft complaint) {
        ContactDraft d = contact(complaint.lodgedIn == null ? Channel.EMAIL : complaint.lodgedIn.channel)
                .to(complaint.requireCustomer()).inCase(complaint).about(complaint.id);
        if (complaint.lodgedIn != null) {
            d.inReplyTo(complaint.lodgedIn);
        }
        return d;
    }

    // ---------------------------------------------------------------------------------------------
    // cases, complaints, orders, commitments

    /** A case of this customer; opened at its earliest contact, complaint or order unless {@code openedAt} is set. */
    public CaseDraft caseFor(String customerId) {
        CaseDraft d = new CaseDraft(next("K"), customer(customerId));
        drafts.add(d);
        return d;
    }

    /** A complaint of category {@code OTHER}; see {@link ComplaintDraft}. */
    public ComplaintDraft complaint() { return complaint(ComplaintCategory.OTHER); }

    /** A complaint; it gets a case of its own unless put {@code inCase(...)}. */
    public ComplaintDraft complaint(ComplaintCategory category) {
        ComplaintDraft d = new ComplaintDraft(next("CP"), Objects.requireNonNull(category, "category"));
        drafts.add(d);
        return d;
    }

    /** An order; {@code from(customer).at(received)}. */
    public OrderDraft order() {
        OrderDraft d = new OrderDraft(next("O"));
        drafts.add(d);
        return d;
    }

    /** A commitment an agent made; {@code to(customer).by(agent).at(made).due(due)}. */
    public CommitmentDraft commitment() {
        CommitmentDraft d = new CommitmentDraft(next("CM"));
        drafts.add(d);
        return d;
    }

    /** Adds a record of the model as it is (an escape hatch for what the drafts do not cover). */
    public Desk add(Object record) {
        Dataset.builder().addRecord(record);
        extra.add(record);
        return this;
    }

    // ---------------------------------------------------------------------------------------------
    // results

    /**
     * The records: customers, agents, then every draft built, then the records added as they are.
     *
     * @throws IllegalStateException when a draft lacks what it needs (naming the draft and the setter)
     * @throws org.servicestandards.model.InvalidRecordException when the model refuses a record
     */
    public Dataset records() {
        Map<String, SupportCase> cases = new LinkedHashMap<>();
        List<Interaction> interactions = new ArrayList<>();
        List<Complaint> complaints = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        List<Commitment> commitments = new ArrayList<>();
        for (Object d : List.copyOf(drafts)) {
            if (d instanceof ComplaintDraft c) {
                c.prepare();
            }
        }
        for (Object d : List.copyOf(drafts)) {
            if (d instanceof ContactDraft c) {
                interactions.add(c.build());
            } else if (d instanceof ComplaintDraft c) {
                complaints.add(c.build());
            } else if (d instanceof OrderDraft o) {
                orders.add(o.build());
            } else if (d instanceof CommitmentDraft c) {
                commitments.add(c.build());
            }
        }
        for (Object d : drafts) {
            if (d instanceof CaseDraft c && c.isUsed()) {
                cases.put(c.id, c.build());
            }
        }
        Dataset.Builder b = Dataset.builder().customers(customers.values()).agents(agents.values())
                .cases(cases.values()).interactions(interactions).complaints(complaints).orders(orders)
                .commitments(commitments);
        extra.forEach(b::addRecord);
        return b.build();
    }

    /** Evaluates the records as of {@code asOf}. */
    public Evaluation evaluateAt(Instant asOf) {
        return evaluator.evaluate(records(), Objects.requireNonNull(asOf, "asOf"));
    }

    /** The evaluator this desk uses. */
    public StandardsEvaluator evaluator() { return evaluator; }

    // ---------------------------------------------------------------------------------------------

    private String next(String prefix) {
        return prefix + "-" + counters.merge(prefix, 1, Integer::sum);
    }

    private static void require(Object value, String draft, String setter) {
        if (value == null) {
            throw new IllegalStateException(draft + " needs " + setter);
        }
    }

    /** A case: its id is known at once; it becomes a record when anything is put in it or it is given a history. */
    public final class CaseDraft {
        private String id;
        private final String customerId;
        private Instant openedAt;
        private String assignee;
        private String product;
        private final List<StatusChange> history = new ArrayList<>();
        private final List<Instant> uses = new ArrayList<>();
        private boolean explicit;

        private CaseDraft(String id, String customerId) {
            this.id = id;
            this.customerId = customerId;
        }

        /** Sets the id (before anything refers to the case). */
        public CaseDraft id(String value) { this.id = Objects.requireNonNull(value, "id"); return this; }

        public String id() { return id; }

        public String customerId() { return customerId; }

        public CaseDraft openedAt(Instant at) { this.openedAt = at; this.explicit = true; return this; }

        public CaseDraft assignee(String agentId) { this.assignee = agent(agentId); return this; }

        public CaseDraft product(String value) { this.product = value; return this; }

        /** The case waits on the customer from {@code at}: response and resolution clocks pause. */
        public CaseDraft waitingOnCustomerFrom(Instant at) { return status(at, CaseStatus.WAITING_ON_CUSTOMER); }

        /** The case is open again (after a pause or a resolution) from {@code at}. */
        public CaseDraft openAgainAt(Instant at) { return status(at, CaseStatus.OPEN); }

        public CaseDraft resolvedAt(Instant at) { return status(at, CaseStatus.RESOLVED); }

        public CaseDraft closedAt(Instant at) { return status(at, CaseStatus.CLOSED); }

        private CaseDraft status(Instant at, CaseStatus status) {
            history.add(StatusChange.of(Objects.requireNonNull(at, "at"), status));
            explicit = true;
            return this;
        }

        private boolean isUsed() { return explicit || !uses.isEmpty(); }

        private void use(Instant at) {
            if (at != null) {
                uses.add(at);
            }
        }

        private SupportCase build() {
            Instant opened = openedAt;
            if (opened == null) {
                opened = uses.stream().min(Instant::compareTo).orElse(null);
                for (StatusChange s : history) {
                    opened = opened == null || s.at().isBefore(opened) ? s.at() : opened;
                }
            }
            if (opened == null) {
                throw new IllegalStateException("case " + id + " needs openedAt(...): nothing in it says when it opened");
            }
            return new SupportCase(id, customerId, opened, null, product, assignee, history);
        }
    }

    /** An interaction being drafted: {@code desk.email().from("ALICE").at(t)}. */
    public final class ContactDraft {
        private String id;
        private final Channel channel;
        private String customerId;
        private Direction direction;
        private Instant at;
        private String agentId;
        private Object caseRef;
        private Integer rings;
        private Integer secondsToAnswer;
        private boolean abandoned;
        private boolean missed;
        private final Set<Flag> flags = EnumSet.noneOf(Flag.class);
        private String text;
        private Object inReplyTo;
        private Demeanour demeanour;
        private final List<String> about = new ArrayList<>();

        private ContactDraft(String id, Channel channel) {
            this.id = id;
            this.channel = channel;
        }

        public ContactDraft id(String value) { this.id = Objects.requireNonNull(value, "id"); return this; }

        public String id() { return id; }

        public Channel channel() { return channel; }

        /** Inbound, from this customer (registered if need be). */
        public ContactDraft from(String customerId) {
            this.customerId = customer(customerId);
            this.direction = Direction.INBOUND;
            return this;
        }

        /** Outbound, to this customer (registered if need be). */
        public ContactDraft to(String customerId) {
            this.customerId = customer(customerId);
            this.direction = Direction.OUTBOUND;
            return this;
        }

        /** When it happened (for a call: when it started ringing). */
        public ContactDraft at(Instant instant) { this.at = Objects.requireNonNull(instant, "at"); return this; }

        /** The agent who handled or wrote it (registered if need be). */
        public ContactDraft by(String agent) { this.agentId = agent(agent); return this; }

        public ContactDraft inCase(CaseDraft c) { this.caseRef = c; return this; }

        /** In the case that carries this complaint. */
        public ContactDraft inCase(ComplaintDraft c) { this.caseRef = c; return this; }

        /** In a case by id (one added with {@link #add(Object)} or known otherwise). */
        public ContactDraft inCase(String caseId) { this.caseRef = caseId; return this; }

        /** An inbound call answered after this many rings. */
        public ContactDraft rings(int value) { this.rings = value; return this; }

        /** An inbound call answered after this long. */
        public ContactDraft answeredAfter(Duration wait) {
            this.secondsToAnswer = Math.toIntExact(wait.toSeconds());
            return this;
        }

        /** An inbound call that rang out unanswered. */
        public ContactDraft missed() { this.missed = true; return this; }

        /** An inbound call the caller hung up on before anyone answered. */
        public ContactDraft abandoned() { this.abandoned = true; return this; }

        public ContactDraft flagged(Flag... values) { flags.addAll(List.of(values)); return this; }

        /** Sent by a machine (an auto-reply): not a response (decision 9). */
        public ContactDraft automated() { return flagged(Flag.AUTOMATED); }

        public ContactDraft text(String value) { this.text = value; return this; }

        public ContactDraft demeanour(Demeanour value) { this.demeanour = value; return this; }

        public ContactDraft inReplyTo(ContactDraft message) { this.inReplyTo = message; return this; }

        public ContactDraft inReplyTo(String interactionId) { this.inReplyTo = interactionId; return this; }

        /** About these orders, complaints, commitments or anomalies (ids). */
        public ContactDraft about(String... ids) { about.addAll(List.of(ids)); return this; }

        private String requireCustomer() {
            require(customerId, "contact " + id, "from(customer) or to(customer) first");
            return customerId;
        }

        private Interaction build() {
            String what = channel.label() + " " + id;
            require(direction, what, "from(customer) (inbound) or to(customer) (outbound)");
            require(at, what, "at(instant)");
            String caseId = resolveCase(caseRef, at);
            String replyTo = inReplyTo instanceof ContactDraft c ? c.id : (String) inReplyTo;
            return new Interaction(id, customerId, caseId, channel, direction, at, agentId, rings, secondsToAnswer,
                    abandoned, missed, flags, text, replyTo, demeanour, about);
        }
    }

    /** A complaint being drafted: {@code desk.complaint(BILLING_MISTAKE).from("ALICE").by(EMAIL).at(t)}. */
    public final class ComplaintDraft {
        private String id;
        private final ComplaintCategory category;
        private String customerId;
        private Instant receivedAt;
        private Severity severity;
        private Demeanour demeanour;
        private String product;
        private ContactDraft lodgedIn;
        private Channel lodgedBy;
        private Instant resolvedAt;
        private CaseDraft ownCase;
        private Object caseRef;

        private ComplaintDraft(String id, ComplaintCategory category) {
            this.id = id;
            this.category = category;
        }

        public ComplaintDraft id(String value) { this.id = Objects.requireNonNull(value, "id"); return this; }

        public String id() { return id; }

        /** The id of the case that carries it (its own case unless put in another). */
        public String caseId() {
            if (caseRef instanceof CaseDraft c) {
                return c.id;
            }
            if (caseRef instanceof String s) {
                return s;
            }
            return ownCase().id;
        }

        public ComplaintDraft from(String customerId) {
            this.customerId = customer(customerId);
            return this;
        }

        /** When it was received. */
        public ComplaintDraft at(Instant instant) { this.receivedAt = Objects.requireNonNull(instant, "at"); return this; }

        /**
         * Lodged in an inbound contact on this channel at the instant of the complaint (created here),
         * so that it is the complaint's {@code lodgedIn}.
         */
        public ComplaintDraft by(Channel channel) {
            Objects.requireNonNull(channel, "channel");
            if (lodgedBy != null) {
                drafts.remove(lodgedIn);
            }
            lodgedBy = channel;
            lodgedIn = contact(channel);
            lodgedIn.caseRef = this;
            return this;
        }

        /** Lodged in this contact (which is put in the complaint's case if it has none). */
        public ComplaintDraft lodgedIn(ContactDraft contact) {
            if (lodgedIn != null && lodgedBy != null) {
                drafts.remove(lodgedIn);
            }
            this.lodgedIn = contact;
            this.lodgedBy = null;
            if (contact.caseRef == null) {
                contact.caseRef = this;
            }
            return this;
        }

        /** The contact it was lodged in, or {@code null}. */
        public ContactDraft lodgedIn() { return lodgedIn; }

        public ComplaintDraft severity(Severity value) { this.severity = value; return this; }

        /** The customer's demeanour when lodging it (also recorded on the lodging contact). */
        public ComplaintDraft demeanour(Demeanour value) { this.demeanour = value; return this; }

        public ComplaintDraft product(String value) { this.product = value; return this; }

        public ComplaintDraft resolvedAt(Instant instant) { this.resolvedAt = instant; return this; }

        /** Carried by this case rather than one of its own. */
        public ComplaintDraft inCase(CaseDraft c) { this.caseRef = c; return this; }

        private CaseDraft ownCase() {
            if (ownCase == null) {
                ownCase = caseFor(requireCustomer());
            }
            return ownCase;
        }

        private String requireCustomer() {
            require(customerId, "complaint " + id, "from(customer) first");
            return customerId;
        }

        /** Completes the contact it was lodged in from the complaint: customer, instant, demeanour. */
        private void prepare() {
            requireCustomer();
            require(receivedAt, "complaint " + id, "at(instant)");
            if (lodgedIn == null) {
                return;
            }
            if (lodgedIn.at == null) {
                lodgedIn.at = receivedAt;
            }
            if (lodgedIn.direction == null) {
                lodgedIn.from(customerId);
            }
            if (lodgedIn.demeanour == null && demeanour != null) {
                lodgedIn.demeanour = demeanour;
            }
        }

        private Complaint build() {
            String caseId = resolveCase(caseRef == null ? ownCase() : caseRef, receivedAt);
            return new Complaint(id, customerId, caseId, receivedAt, category, severity, demeanour, product,
                    lodgedIn == null ? null : lodgedIn.id, resolvedAt, null);
        }
    }

    /** An order being drafted: {@code desk.order().from("ALICE").at(received).filledAt(t)}. */
    public final class OrderDraft {
        private String id;
        private String customerId;
        private Instant receivedAt;
        private Instant promisedAt;
        private Instant expectedAt;
        private Instant filledAt;
        private Instant deliveredAt;
        private final List<OrderLine> lines = new ArrayList<>();
        private Boolean matchesOrder;
        private Boolean invoiceCorrect;
        private BigDecimal amount;
        private Object caseRef;

        private OrderDraft(String id) { this.id = id; }

        public OrderDraft id(String value) { this.id = Objects.requireNonNull(value, "id"); return this; }

        public String id() { return id; }

        public OrderDraft from(String customerId) { this.customerId = customer(customerId); return this; }

        /** When it was received. */
        public OrderDraft at(Instant instant) { this.receivedAt = Objects.requireNonNull(instant, "at"); return this; }

        public OrderDraft promisedFor(Instant instant) { this.promisedAt = instant; return this; }

        /** The host's current expectation when it differs from the promise (a known delay). */
        public OrderDraft expectedAt(Instant instant) { this.expectedAt = instant; return this; }

        public OrderDraft filledAt(Instant instant) { this.filledAt = instant; return this; }

        public OrderDraft deliveredAt(Instant instant) { this.deliveredAt = instant; return this; }

        public OrderDraft line(String sku, int quantity) { lines.add(OrderLine.of(sku, quantity)); return this; }

        /** A line whose item is back-ordered, with the alternatives the host can offer. */
        public OrderDraft backOrderedLine(String sku, int quantity, String... alternatives) {
            lines.add(new OrderLine(sku, quantity, true, List.of(alternatives)));
            return this;
        }

        /** Whether what shipped matched what was ordered, and whether the invoice was right. */
        public OrderDraft accurate(boolean matches, boolean invoice) {
            this.matchesOrder = matches;
            this.invoiceCorrect = invoice;
            return this;
        }

        public OrderDraft amount(BigDecimal value) { this.amount = value; return this; }

        public OrderDraft inCase(CaseDraft c) { this.caseRef = c; return this; }

        private Order build() {
            require(customerId, "order " + id, "from(customer)");
            require(receivedAt, "order " + id, "at(instant)");
            return new Order(id, customerId, resolveCase(caseRef, receivedAt), receivedAt, promisedAt, expectedAt, filledAt,
                    deliveredAt, lines, matchesOrder, invoiceCorrect, amount);
        }
    }

    /** A commitment being drafted: {@code desk.commitment().to("ALICE").by("A-1").at(made).due(due)}. */
    public final class CommitmentDraft {
        private String id;
        private String customerId;
        private String ownerId;
        private Instant madeAt;
        private Instant dueAt;
        private String promise;
        private Channel channel;
        private ContactDraft madeIn;
        private ContactDraft keptBy;
        private final List<Renegotiation> renegotiations = new ArrayList<>();
        private Object caseRef;

        private CommitmentDraft(String id) { this.id = id; }

        public CommitmentDraft id(String value) { this.id = Objects.requireNonNull(value, "id"); return this; }

        public String id() { return id; }

        /** Made to this customer. */
        public CommitmentDraft to(String customerId) { this.customerId = customer(customerId); return this; }

        /** Made by (and owned by) this agent. */
        public CommitmentDraft by(String agent) { this.ownerId = agent(agent); return this; }

        /** When it was made. */
        public CommitmentDraft at(Instant instant) { this.madeAt = Objects.requireNonNull(instant, "at"); return this; }

        /** When it falls due. */
        public CommitmentDraft due(Instant instant) { this.dueAt = Objects.requireNonNull(instant, "due"); return this; }

        /** What was promised, in words ("call you back with the refund amount"). */
        public CommitmentDraft promise(String value) { this.promise = value; return this; }

        /** How it is to be kept (e.g. a phone call for a call-back). */
        public CommitmentDraft on(Channel value) { this.channel = value; return this; }

        /** Made in this contact (whose case it shares unless put in another). */
        public CommitmentDraft madeIn(ContactDraft contact) { this.madeIn = contact; return this; }

        /** Kept by this contact. */
        public CommitmentDraft keptBy(ContactDraft contact) { this.keptBy = contact; return this; }

        /** Re-negotiated with the customer at {@code at} to a new due instant. */
        public CommitmentDraft renegotiated(Instant at, Instant newDue) {
            renegotiations.add(new Renegotiation(at, newDue, null));
            return this;
        }

        public CommitmentDraft inCase(CaseDraft c) { this.caseRef = c; return this; }

        private Commitment build() {
            require(customerId, "commitment " + id, "to(customer)");
            require(ownerId, "commitment " + id, "by(agent)");
            require(madeAt, "commitment " + id, "at(instant)");
            require(dueAt, "commitment " + id, "due(instant)");
            Object ref = caseRef != null ? caseRef : madeIn == null ? null : madeIn.caseRef;
            return new Commitment(id, customerId, resolveCase(ref, madeAt), ownerId, madeAt, dueAt, promise, channel,
                    madeIn == null ? null : madeIn.id, renegotiations, keptBy == null ? null : keptBy.id);
        }
    }

    /** The case id a reference stands for, noting that the case is used at {@code at}. */
    private static String resolveCase(Object ref, Instant at) {
        if (ref == null) {
            return null;
        }
        if (ref instanceof String s) {
            return s;
        }
        if (ref instanceof CaseDraft c) {
            c.use(at);
            return c.id;
        }
        if (ref instanceof ComplaintDraft c) {
            return resolveCase(c.caseRef == null ? c.ownCase() : c.caseRef, at);
        }
        throw new IllegalArgumentException("not a case: " + ref);
    }
}
