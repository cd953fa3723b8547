package org.servicestandards.examples.crm;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
 * A deliberately small CRM, as a host application might have one: tickets with their messages and
 * calls, complaints, orders and call-back promises, every event stamped by an injected
 * {@link Clock}. It has its own workflows, which its test suite proves compliant:
 * <ul>
 *   <li>the first reply on a ticket (a message, or the script of a call) states the normal process
 *       time;</li>
 *   <li>a complaint received in writing gets an automatic receipt at once (which the standards do
 *       not count as an acknowledgement: an agent must still acknowledge it);</li>
 *   <li>resolving a complaint's ticket resolves the complaint.</li>
 * </ul>
 * {@link #export()} maps its state to the library's records: the one piece of code a host writes to
 * evaluate its service standards. Not thread-safe.
 */
public final class InMemoryCrm {
    /** The sentence the first-reply template adds. */
    static final String PROCESS_TIME = "We normally resolve requests like yours within two business days.";

    private final Clock clock;
    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final Set<String> agents = new LinkedHashSet<>();
    private final Map<String, Ticket> tickets = new LinkedHashMap<>();
    private final List<Message> messages = new ArrayList<>();
    private final Map<String, ComplaintFile> complaints = new LinkedHashMap<>();
    private final Map<String, Order> orders = new LinkedHashMap<>();
    private final List<Commitment> promises = new ArrayList<>();
    private int nextId;

    public InMemoryCrm(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------------------------------------
    // customers

    public void addCustomer(String id, String name, Tier tier) {
        customers.put(id, new Customer(id, name, now(), tier, null, null, false, Set.of()));
    }

    // ---------------------------------------------------------------------------------------------
    // tickets

    /** An email from a customer opens a ticket. @return the ticket id */
    public String logEmail(String customerId, String text) {
        return open(customerId, Channel.EMAIL, text);
    }

    /** A question sent through the website's form opens a ticket. @return the ticket id */
    public String logWebForm(String customerId, String text) {
        return open(customerId, Channel.WEB, text);
    }

    /** The customer writes again on a ticket; if the ticket waited on them, it is open again. */
    public void customerWrites(String ticketId, String text) {
        Ticket t = ticket(ticketId);
        if (t.status == CaseStatus.WAITING_ON_CUSTOMER) {
            t.changeTo(CaseStatus.OPEN, now());
        }
        messages.add(Message.inbound(id("M"), t, t.channel, now(), text));
    }

    /** An agent replies on the ticket's channel. */
    public void reply(String ticketId, String agentId, String text) {
        Ticket t = ticket(ticketId);
        send(t, t.channel, agentId, text, lastInbound(ticketId));
    }

    /** The ticket waits on the customer: its clocks stop until they write again. */
    public void waitForCustomer(String ticketId) {
        ticket(ticketId).changeTo(CaseStatus.WAITING_ON_CUSTOMER, now());
    }

    /** Resolves the ticket, and its complaint if it carries one. */
    public void resolve(String ticketId, String agentId) {
        Ticket t = ticket(ticketId);
        t.changeTo(CaseStatus.RESOLVED, now());
        agent(agentId);
        complaints.values().stream().filter(c -> c.ticketId.equals(ticketId) && c.resolvedAt == null)
                .forEach(c -> c.resolvedAt = now());
    }

    // ---------------------------------------------------------------------------------------------
    // calls

    /** An answered call opens a ticket. @return the ticket id */
    public String logCall(String customerId, String agentId, int secondsToAnswer) {
        String ticketId = open(customerId, Channel.PHONE, null);
        Message call = lastMessage();
        call.agentId = agent(agentId);
        call.secondsToAnswer = secondsToAnswer;
        return ticketId;
    }

    /** A call nobody answered (the voice system logs it) opens a ticket. @return the ticket id */
    public String logMissedCall(String customerId) {
        String ticketId = open(customerId, Channel.PHONE, null);
        lastMessage().missed = true;
        return ticketId;
    }

    /** An agent calls the customer back about the ticket. */
    public void callBack(String ticketId, String agentId) {
        send(ticket(ticketId), Channel.PHONE, agentId, "", lastInbound(ticketId));
    }

    /** The agent promises to call back by {@code due}. @return the promise id */
    public String promiseCallback(String ticketId, String agentId, Instant due) {
        Ticket t = ticket(ticketId);
        String id = id("P");
        promises.add(new Commitment(id, t.customerId, ticketId, agent(agentId), now(), due, "call you back",
                Channel.PHONE, lastInbound(ticketId), List.of(), null));
        return id;
    }

    // ---------------------------------------------------------------------------------------------
    // complaints

    /**
     * Logs a complaint received on a channel: a ticket, the customer's message, and for written
     * complaints an automatic receipt. @return the complaint id
     */
    public String logComplaint(String customerId, ComplaintCategory category, Channel channel, String text) {
        return logComplaint(customerId, category, channel, text, Demeanour.CALM);
    }

    /** As {@link #logComplaint(String, ComplaintCategory, Channel, String)}, noting the customer's demeanour. */
    public String logComplaint(String customerId, ComplaintCategory category, Channel channel, String text,
                               Demeanour demeanour) {
        String ticketId = open(customerId, channel, text);
        Message lodged = lastMessage();
        lodged.demeanour = demeanour;
        String id = id("CP");
        complaints.put(id, new ComplaintFile(id, ticketId, customerId, now(), category, demeanour, lodged.id));
        if (channel.family() == org.servicestandards.model.ChannelFamily.WRITTEN) {
            Message receipt = Message.outbound(id("M"), ticket(ticketId), Channel.EMAIL, now(), null,
                    "We have received your message and will be in touch.");
            receipt.automated = true;
            messages.add(receipt);
        }
        return id;
    }

    /** An agent acknowledges the complaint by email. */
    public void acknowledge(String complaintId, String agentId) {
        ComplaintFile c = complaint(complaintId);
        send(ticket(c.ticketId), Channel.EMAIL, agentId,
                "Thank you for telling us. I am sorry for the trouble and I am looking into it now.", c.lodgedIn)
                .flags.add(Flag.COMPLAINT_ACKNOWLEDGED);
    }

    /** An agent explains in writing what will be done, and when. */
    public void sendRemedyPlan(String complaintId, String agentId, String plan) {
        ComplaintFile c = complaint(complaintId);
        send(ticket(c.ticketId), Channel.EMAIL, agentId, plan, null).flags.add(Flag.REMEDY_PLAN);
    }

    /** The ticket that carries a complaint. */
    public String ticketOf(String complaintId) { return complaint(complaintId).ticketId; }

    // ---------------------------------------------------------------------------------------------
    // orders

    /** @return the order id */
    public String placeOrder(String customerId, String sku, int quantity, BigDecimal amount) {
        customer(customerId);
        String id = id("O");
        orders.put(id, new Order(id, customerId, null, now(), null, null, null, null, List.of(OrderLine.of(sku, quantity)),
                null, null, amount));
        return id;
    }

    /** The warehouse ships the order (as ordered, invoiced right). */
    public void ship(String orderId) {
        Order o = order(orderId);
        orders.put(orderId, o.withFilledAt(now()).withAccuracy(true, true));
    }

    // ---------------------------------------------------------------------------------------------
    // the export the standards evaluate

    /** Everything the CRM knows, as the library's records. */
    public Dataset export() {
        Dataset.Builder b = Dataset.builder().customers(customers.values());
        agents.forEach(a -> b.add(Agent.of(a, "support")));
        tickets.values().forEach(t -> b.add(new SupportCase(t.id, t.customerId, t.openedAt, t.subject, null, t.assignee,
                t.history)));
        for (Message m : messages) {
            Set<Flag> flags = EnumSet.noneOf(Flag.class);
            flags.addAll(m.flags);
            if (m.automated) {
                flags.add(Flag.AUTOMATED);
            }
            b.add(new Interaction(m.id, m.customerId, m.ticketId, m.channel,
                    m.inbound ? Direction.INBOUND : Direction.OUTBOUND, m.at, m.agentId,
                    null, m.secondsToAnswer, false, m.missed, flags, m.text, m.inReplyTo, m.demeanour, List.of()));
        }
        complaints.values().forEach(c -> b.add(new Complaint(c.id, c.customerId, c.ticketId, c.receivedAt, c.category,
                Severity.MEDIUM, c.demeanour, null, c.lodgedIn, c.resolvedAt, null)));
        orders.values().forEach(b::add);
        promises.forEach(b::add);
        return b.build();
    }

    // ---------------------------------------------------------------------------------------------

    private String open(String customerId, Channel channel, String text) {
        customer(customerId);
        Ticket t = new Ticket(id("T"), customerId, channel, now(), text == null ? null : abbreviate(text));
        tickets.put(t.id, t);
        messages.add(Message.inbound(id("M"), t, channel, now(), text));
        return t.id;
    }

    /**
     * Sends a message (or makes a call) to the customer of a ticket. The first one on a ticket follows
     * the template: it tells the customer the normal process time.
     */
    private Message send(Ticket t, Channel channel, String agentId, String text, String inReplyTo) {
        boolean first = messages.stream().noneMatch(m -> m.ticketId.equals(t.id) && !m.inbound && !m.automated);
        Message m = Message.outbound(id("M"), t, channel, now(), agent(agentId),
                first ? (text + " " + PROCESS_TIME).strip() : text);
        m.inReplyTo = inReplyTo;
        if (first) {
            m.flags.add(Flag.PROCESS_TIME_STATED);
        }
        messages.add(m);
        if (t.assignee == null) {
            t.assignee = agentId;
        }
        return m;
    }

    private Instant now() { return clock.instant(); }

    private String id(String prefix) { return prefix + "-" + ++nextId; }

    private String agent(String agentId) {
        agents.add(Objects.requireNonNull(agentId, "agentId"));
        return agentId;
    }

    private Message lastMessage() { return messages.get(messages.size() - 1); }

    private String lastInbound(String ticketId) {
        String last = null;
        for (Message m : messages) {
            if (m.ticketId.equals(ticketId) && m.inbound) {
                last = m.id;
            }
        }
        return last;
    }

    private Customer customer(String id) {
        Customer c = customers.get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown customer " + id);
        }
        return c;
    }

    private Ticket ticket(String id) {
        Ticket t = tickets.get(id);
        if (t == null) {
            throw new IllegalArgumentException("unknown ticket " + id);
        }
        return t;
    }

    private ComplaintFile complaint(String id) {
        ComplaintFile c = complaints.get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown complaint " + id);
        }
        return c;
    }

    private Order order(String id) {
        Order o = orders.get(id);
        if (o == null) {
            throw new IllegalArgumentException("unknown order " + id);
        }
        return o;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** A ticket: one request or problem of a customer. */
    private static final class Ticket {
        final String id;
        final String customerId;
        final Channel channel;
        final Instant openedAt;
        final String subject;
        final List<StatusChange> history = new ArrayList<>();
        CaseStatus status = CaseStatus.OPEN;
        String assignee;

        Ticket(String id, String customerId, Channel channel, Instant openedAt, String subject) {
            this.id = id;
            this.customerId = customerId;
            this.channel = channel;
            this.openedAt = openedAt;
            this.subject = subject;
        }

        void changeTo(CaseStatus next, Instant at) {
            status = next;
            history.add(StatusChange.of(at, next));
        }
    }

    /** A message or call on a ticket. */
    private static final class Message {
        final String id;
        final String ticketId;
        final String customerId;
        final Channel channel;
        final boolean inbound;
        final Instant at;
        final String text;
        final Set<Flag> flags = EnumSet.noneOf(Flag.class);
        String agentId;
        String inReplyTo;
        Integer secondsToAnswer;
        boolean missed;
        boolean automated;
        Demeanour demeanour;

        private Message(String id, Ticket t, Channel channel, boolean inbound, Instant at, String agentId, String text) {
            this.id = id;
            this.ticketId = t.id;
            this.customerId = t.customerId;
            this.channel = channel;
            this.inbound = inbound;
            this.at = at;
            this.agentId = agentId;
            this.text = text;
        }

        static Message inbound(String id, Ticket t, Channel channel, Instant at, String text) {
            return new Message(id, t, channel, true, at, null, text);
        }

        static Message outbound(String id, Ticket t, Channel channel, Instant at, String agentId, String text) {
            return new Message(id, t, channel, false, at, agentId, text);
        }
    }

    /** A complaint as the CRM files it. */
    private static final class ComplaintFile {
        final String id;
        final String ticketId;
        final String customerId;
        final Instant receivedAt;
        final ComplaintCategory category;
        final Demeanour demeanour;
        final String lodgedIn;
        Instant resolvedAt;

        ComplaintFile(String id, String ticketId, String customerId, Instant receivedAt, ComplaintCategory category,
                      Demeanour demeanour, String lodgedIn) {
            this.id = id;
            this.ticketId = ticketId;
            this.customerId = customerId;
            this.receivedAt = receivedAt;
            this.category = category;
            this.demeanour = demeanour;
            this.lodgedIn = lodgedIn;
        }
    }
}
