package org.servicestandards.facts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.SupportCase;

/**
 * Starts and stops the clocks of the {@code complaint.*} standards, for rules. Every complaint clock
 * is about the complaint (decision 29), starts at its receipt, takes its target with the
 * qualifiers {@code severity:<SEVERITY>} then {@code category:<CATEGORY>} (then tier and internal,
 * added by {@link Clocks}), is shifted by the pauses of the complaint's case, and carries the
 * attributes {@code queue}, {@code category} and {@code severity} onto every finding judged from it.
 * Stateless and thread-safe.
 */
public final class ComplaintClocks {
    /** The standard whose parameters {@code route.<CATEGORY>} and {@code route.default} name the queues. */
    public static final String ROUTES = "complaint.resolve";

    private ComplaintClocks() {}

    /**
     * A clock for a complaint, from its receipt.
     *
     * @param supportCase its case (for the accountable agent, the assignee), optional
     * @param awaited     what stops it, as a participle: {@code acknowledged}, {@code resolved}
     */
    public static Deadline start(Clocks clocks, String standardId, Complaint c, SupportCase supportCase, String awaited) {
        Deadline d = clocks.start(standardId, "complaint", c.id(), c.customerId(), c.caseId(),
                supportCase == null ? null : supportCase.assignee(), null, c.receivedAt(), describe(c), awaited,
                List.of(new RecordRef("complaint", c.id())), qualifiers(c));
        return withAttributes(d, clocks.config(), c);
    }

    /** The target qualifiers of a complaint, most specific first: severity, then category. */
    public static String[] qualifiers(Complaint c) {
        return new String[] {"severity:" + c.severity(), "category:" + c.category()};
    }

    /**
     * The queue a complaint of this category is routed to: the parameter {@code route.<CATEGORY>} of
     * {@value #ROUTES} (the category's name, any case), else {@code route.default}, else {@code null}.
     */
    public static String queue(StandardsConfig config, ComplaintCategory category) {
        Map<String, String> parameters = config.standard(ROUTES).parameters();
        String fallback = null;
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            String name = p.getKey().trim();
            if (name.equalsIgnoreCase("route." + category.name())) {
                return blankToNull(p.getValue());
            }
            if (name.equalsIgnoreCase("route.default")) {
                fallback = blankToNull(p.getValue());
            }
        }
        return fallback;
    }

    /** {@code complaint CP-1 (billing mistake) of customer C-3}. */
    public static String describe(Complaint c) {
        return "complaint " + c.id() + " (" + label(c.category()) + ") of customer " + c.customerId();
    }

    /** {@code billing mistake}. */
    public static String label(ComplaintCategory category) {
        return category.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** Stops a complaint clock with a contact: {@code acknowledged by email I-2 (agent A-1)}. */
    public static Completion byContact(Clocks clocks, Deadline d, ComplaintContact k, String done) {
        String agent = k.interaction().agentId();
        String how = done + (k.isInbound() ? " in " : " by ") + k.label() + (agent == null ? "" : " (agent " + agent + ")");
        return clocks.complete(d, k.at(), RecordRef.interaction(k.id()), agent, how);
    }

    /** Stops a complaint clock with the complaint's resolution. */
    public static Completion byResolution(Clocks clocks, Deadline d, Complaint c, String how) {
        return clocks.complete(d, c.resolvedAt(), new RecordRef("complaint", c.id()), null, how);
    }

    static Deadline withAttributes(Deadline d, StandardsConfig config, Complaint c) {
        return d.withAttribute("queue", queue(config, c.category()))
                .withAttribute("category", c.category().name())
                .withAttribute("severity", c.severity().name());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
