package org.servicestandards.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A promise an agent made ("I will call you back by 3 pm"). Immutable and thread-safe.
 *
 * @param id             unique commitment id, required
 * @param customerId     the customer it was made to, required
 * @param caseId         the case, optional
 * @param ownerId        the agent who owns the promise, required
 * @param madeAt         when it was made, required
 * @param dueAt          when it falls due as first agreed, required, not before {@code madeAt}
 * @param promise        what was promised, optional
 * @param channel        how it is to be kept (e.g. phone for a call back), optional: any channel
 * @param madeIn         the interaction in which it was made, optional
 * @param renegotiations later agreements with the customer on a new due instant
 * @param keptBy         the interaction that kept it, when the host knows, optional
 */
public record Commitment(String id, String customerId, String caseId, String ownerId, Instant madeAt, Instant dueAt,
                         String promise, Channel channel, String madeIn, List<Renegotiation> renegotiations,
                         String keptBy) {
    static final String TYPE = "commitment";

    public Commitment {
        Check.id(TYPE, id);
        Check.required(TYPE, id, "customerId", customerId);
        caseId = Check.optionalText(TYPE, id, "caseId", caseId);
        Check.required(TYPE, id, "ownerId", ownerId);
        Check.required(TYPE, id, "madeAt", madeAt);
        Check.required(TYPE, id, "dueAt", dueAt);
        Check.notBefore(TYPE, id, "dueAt", dueAt, "madeAt", madeAt);
        List<Renegotiation> sorted = new ArrayList<>(Check.list(renegotiations));
        sorted.sort(Comparator.comparing(Renegotiation::at));
        for (Renegotiation r : sorted) {
            Check.notBefore(TYPE, id, "renegotiations", r.at(), "madeAt", madeAt);
            Check.notBefore(TYPE, id, "renegotiations", r.newDueAt(), "its own 'at'", r.at());
        }
        renegotiations = List.copyOf(sorted);
        keptBy = Check.optionalText(TYPE, id, "keptBy", keptBy);
    }

    public static Commitment of(String id, String customerId, String ownerId, Instant madeAt, Instant dueAt) {
        return new Commitment(id, customerId, null, ownerId, madeAt, dueAt, null, null, null, List.of(), null);
    }

    /**
     * The due instant in force: the last re-negotiation agreed before the then-current due instant
     * replaces it; one agreed after the promise had already fallen due does not excuse the breach.
     */
    public Instant currentDueAt() {
        Instant due = dueAt;
        for (Renegotiation r : renegotiations) {
            if (!r.at().isAfter(due)) {
                due = r.newDueAt();
            }
        }
        return due;
    }

    /** A copy kept by another interaction, or not known to be kept ({@code null}). */
    public Commitment withKeptBy(String interactionId) {
        return new Commitment(id, customerId, caseId, ownerId, madeAt, dueAt, promise, channel, madeIn, renegotiations,
                interactionId);
    }

    /** The commitment as known at {@code asOf}: later re-negotiations are not yet known. */
    public Commitment asOf(Instant asOf) {
        if (renegotiations.stream().noneMatch(r -> r.at().isAfter(asOf))) {
            return this;
        }
        return new Commitment(id, customerId, caseId, ownerId, madeAt, dueAt, promise, channel, madeIn,
                renegotiations.stream().filter(r -> !r.at().isAfter(asOf)).toList(), keptBy);
    }
}
