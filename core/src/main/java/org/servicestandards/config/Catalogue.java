package org.servicestandards.config;

import static org.servicestandards.evaluation.FindingKind.ALERT;
import static org.servicestandards.evaluation.FindingKind.AT_RISK;
import static org.servicestandards.evaluation.FindingKind.BREACH;
import static org.servicestandards.evaluation.FindingKind.ESCALATION;
import static org.servicestandards.evaluation.FindingKind.MET;
import static org.servicestandards.evaluation.FindingKind.OBLIGATION;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The standards of the catalogue ({@code shared/standards-catalogue.md}) with their default
 * targets and parameters. Ids are stable: reports, overrides, scenario files and tests use them.
 */
public final class Catalogue {
    private static final Map<String, StandardDefinition> STANDARDS = new LinkedHashMap<>();

    static {
        // 1. Response-time standards
        add(StandardDefinition.of("response.phone.answer", "answer inbound calls within N rings", null, "000, 002", MET, BREACH)
                .withParameter("rings", "3").withParameter("ringSeconds", "6"));
        add(StandardDefinition.of("response.callback", "return every missed or abandoned call and every call-back request",
                "1 business day", "000", MET, BREACH, AT_RISK));
        add(StandardDefinition.of("response.voicemail", "respond to voicemails", "1 business day", "002", MET, BREACH, AT_RISK));
        add(StandardDefinition.of("response.email", "respond to inbound email", "1 business day", "000, 002", MET, BREACH, AT_RISK));
        add(StandardDefinition.of("response.web", "respond to website questions, requests and feedback forms",
                "1 business day", "002, 004", MET, BREACH, AT_RISK));
        add(StandardDefinition.of("response.social", "respond to social-media messages", "1 hour", "002", MET, BREACH, AT_RISK));
        add(StandardDefinition.of("response.chat", "answer live chat", "2 minutes", "002", MET, BREACH, AT_RISK));
        add(StandardDefinition.of("fulfilment.order", "fill (ship) every order", "1 business day", "000", MET, BREACH, AT_RISK));
        add(StandardDefinition.of("fulfilment.order.accuracy", "what shipped matches the order and the invoice is correct",
                null, "004", MET, BREACH));
        add(StandardDefinition.of("update.periodic", "an open case gets an outbound progress update",
                "2 business days", "002", MET, BREACH, AT_RISK).withOverride("internal", "1 business day"));
        add(StandardDefinition.of("update.process-time", "the first response states the normal process time",
                null, "002", MET, BREACH));
        // 2. Complaint handling and escalation
        add(StandardDefinition.of("complaint.acknowledge", "acknowledge receipt of every complaint",
                "1 business hour", "004", MET, BREACH, AT_RISK));
        add(StandardDefinition.of("complaint.remedy-plan", "explain in writing how the complaint will be remedied, and when",
                "1 business day", "004", MET, BREACH, AT_RISK));
        // Routing (issue 3, item 2): every complaint finding carries the attribute `queue`, from the
        // parameter route.<CATEGORY>, else route.default. Targets per severity or category are
        // overrides with the qualifiers severity:HIGH / category:BILLING_MISTAKE (severity first).
        add(StandardDefinition.of("complaint.resolve", "resolve the complaint", "2 business days", "002", MET, BREACH, AT_RISK)
                .withParameter("route.default", "complaints")
                .withParameter("route.BILLING_MISTAKE", "billing")
                .withParameter("route.GUARANTEE_FAILURE", "quality")
                .withParameter("route.BAD_QUALITY", "quality")
                .withParameter("route.DELIVERY_DELAY", "fulfilment")
                .withParameter("route.ORDER_INCORRECT_OR_DUPLICATE", "fulfilment")
                .withParameter("route.BACK_ORDERED_OR_UNAVAILABLE", "fulfilment"));
        add(StandardDefinition.of("complaint.escalate.overdue", "escalate an unresolved complaint one level per interval",
                "1 business day", "003", ESCALATION).withParameter("levels", "supervisor, manager"));
        add(StandardDefinition.of("complaint.escalate.demeanour", "involve a supervisor for an irate or abusive customer",
                null, "003, 004", ESCALATION).withParameter("demeanours", "irate, abusive, threatening")
                .withParameter("level", "supervisor"));
        add(StandardDefinition.of("complaint.escalate.repeat-contact", "escalate when the customer gets the runaround",
                null, "004", ESCALATION).withParameter("contacts", "3").withParameter("level", "supervisor"));
        add(StandardDefinition.of("complaint.escalate.guarantee", "escalate a failed guarantee or promise to a manager",
                null, "000, 004", ESCALATION).withParameter("level", "manager"));
        add(StandardDefinition.of("complaint.escalate.high-value", "escalate complaints of high-lifetime-value customers",
                null, "001", ESCALATION).withParameter("threshold", "10000").withParameter("level", "supervisor"));
        // 3. Proactive alerts
        // defaultChannel: the channel an alert suggests when the customer has no preferred channel
        add(StandardDefinition.of("proactive.order.delay", "tell the customer about a delay before the promised date",
                null, "002, 004", ALERT, BREACH, MET).withParameter("defaultChannel", "EMAIL"));
        add(StandardDefinition.of("proactive.order.backorder", "tell the customer about a back-order, with options",
                null, "000, 004", ALERT).withParameter("defaultChannel", "EMAIL")
                .withParameter("options", "wait for the back-ordered items, have the rest shipped now,"
                        + " take an alternative, or cancel the back-ordered items"));
        add(StandardDefinition.of("proactive.commitment.at-risk", "alert the owner of a commitment close to its due instant",
                null, "002", ALERT).withParameter("defaultChannel", "PHONE"));
        add(StandardDefinition.of("proactive.issue-cluster", "alert other customers of a product with a cluster of complaints",
                null, "004", ALERT).withParameter("complaints", "3").withParameter("window", "24 hours")
                .withParameter("defaultChannel", "EMAIL"));
        add(StandardDefinition.of("proactive.account.anomaly", "alert the customer about an anomaly on their account",
                null, "002", ALERT).withParameter("defaultChannel", "PHONE"));
        add(StandardDefinition.of("proactive.lapsed-customer", "reach out to customers who stopped buying",
                "90 days", "000, 004", ALERT).withParameter("defaultChannel", "EMAIL"));
        // 4. Follow-up obligations (channels / flags: what discharges them, decision 19; "any" = any channel)
        add(StandardDefinition.of("followup.nothing-went-right", "follow-up call after a case where nothing went right",
                "1 business day", "001", OBLIGATION, MET, BREACH, AT_RISK).withParameter("failures", "2")
                .withParameter("failureStandards", "response., fulfilment., complaint., followup.commitment")
                .withParameter("channels", "phone, in person"));
        add(StandardDefinition.of("followup.irate", "follow-up call after a case with an irate customer",
                "2 business days", "001", OBLIGATION, MET, BREACH, AT_RISK)
                .withParameter("demeanours", "irate, abusive, threatening").withParameter("channels", "phone, in person"));
        add(StandardDefinition.of("followup.new-customer", "follow-up call after a new customer's first order or service",
                "7 days", "001", OBLIGATION, MET, BREACH, AT_RISK).withParameter("newWithin", "90 days")
                .withParameter("channels", "phone, in person"));
        add(StandardDefinition.of("followup.regular", "friendly check-in with regular customers",
                "90 days", "001, 004", OBLIGATION, MET, BREACH, AT_RISK).withParameter("ordersPerYear", "3")
                .withParameter("ordersWindow", "365 days").withParameter("channels", "any"));
        add(StandardDefinition.of("followup.after-sale", "check in after an order is delivered",
                "3 business days", "003", OBLIGATION, MET, BREACH, AT_RISK).withParameter("channels", "phone, email"));
        add(StandardDefinition.of("followup.complaint", "apologise and say what was done so it does not recur",
                "2 business days", "003", OBLIGATION, MET, BREACH, AT_RISK)
                .withParameter("channels", "phone, letter, email").withParameter("flags", "apology, permanent fix"));
        add(StandardDefinition.of("followup.commitment", "keep every commitment by its due instant",
                null, "000, 002, 003", OBLIGATION, MET, BREACH, AT_RISK).withParameter("promiseTarget", "1 business day"));
        add(StandardDefinition.of("followup.survey", "send a satisfaction survey when a case is resolved",
                "1 business day", "003, 000", OBLIGATION, MET, BREACH, AT_RISK).withParameter("channels", "any")
                .withParameter("flags", "survey").withParameter("automatedCounts", "true"));
        // 5. Conduct
        add(StandardDefinition.of("conduct.hold.permission", "ask permission before putting a caller on hold",
                null, "002", MET, BREACH));
        add(StandardDefinition.of("conduct.transfer.introduce", "introduce the colleague before a transfer",
                null, "002", MET, BREACH));
        add(StandardDefinition.of("conduct.greeting.identify", "identify yourself and the company when answering",
                null, "000, 002", MET, BREACH));
        // phrases: the phrase lists (PhraseBook.load: a language such as "en", "classpath:<path>" or "file:<path>")
        add(StandardDefinition.of("conduct.language", "avoid the \"don't\" phrases; use the calm alternative",
                null, "000, 004", BREACH).withParameter("phrases", "en").withParameter("maxPerText", "50"));
        add(StandardDefinition.of("conduct.out-of-office", "update the greeting and set an auto-reply when away",
                null, "002", MET, BREACH).withParameter("halfDay", "4 business hours")
                .withParameter("fullDay", "1 business day"));
        // 6. Case resolution (issue 9): a case's resolution target by its severity (ITIL-like defaults),
        // and the escalations of unresolved cases. Rules in Incidents.drl; they look at cases with a
        // severity and no complaint (complaint.* measures those).
        add(StandardDefinition.of("resolution.case", "resolve every case within the target for its severity",
                "3 business days", "002", MET, BREACH, AT_RISK)
                .withOverride("severity:CRITICAL", "4 business hours")
                .withOverride("severity:HIGH", "1 business day")
                .withOverride("severity:MEDIUM", "3 business days")
                .withOverride("severity:LOW", "5 business days"));
        add(StandardDefinition.of("resolution.escalate.overdue",
                "escalate a case unresolved past its resolution target one level per interval",
                "1 business day", "003", ESCALATION).withParameter("levels", "supervisor, manager"));
        add(StandardDefinition.of("resolution.escalate.reassigned",
                "escalate a case passed between teams too often (the runaround)", null, "004", ESCALATION)
                .withParameter("reassignments", "3").withParameter("level", "supervisor"));
    }

    private Catalogue() {}

    private static void add(StandardDefinition d) {
        if (STANDARDS.putIfAbsent(d.id(), d) != null) {
            throw new IllegalStateException("duplicate standard id " + d.id());
        }
    }

    /** Every standard of the catalogue, in catalogue order. */
    public static List<StandardDefinition> all() { return List.copyOf(STANDARDS.values()); }

    /** The standard with this id, if the catalogue has it. */
    public static Optional<StandardDefinition> find(String id) { return Optional.ofNullable(STANDARDS.get(id)); }

    /** The standards of one family ({@code response}, {@code complaint}, ...), in catalogue order. */
    public static List<StandardDefinition> family(String family) {
        return STANDARDS.values().stream().filter(d -> d.family().equals(family)).toList();
    }
}
