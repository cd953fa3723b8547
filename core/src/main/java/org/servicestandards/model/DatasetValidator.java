package org.servicestandards.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the records of a dataset against each other: unique ids per record type, references to
 * customers, cases and interactions that exist, a case and its records belonging to the same
 * customer, and a reply not earlier than the message it answers. A record that fails is rejected
 * with an {@link InputError} naming it and the field; records that refer to a rejected record are
 * rejected in turn; everything else is kept. Stateless and thread-safe.
 */
public final class DatasetValidator {

    /** The records that passed and the errors of those that did not, in input order. */
    public record Result(Dataset accepted, List<InputError> errors) {
        public Result {
            errors = List.copyOf(errors);
        }
    }

    private DatasetValidator() {}

    public static Result validate(Dataset input) {
        List<InputError> errors = new ArrayList<>();
        List<Customer> customers = unique(input.customers(), Customer.TYPE, Customer::id, errors);
        Set<String> customerIds = ids(customers, Customer::id);
        List<Agent> agents = unique(input.agents(), Agent.TYPE, Agent::id, errors);

        List<SupportCase> cases = new ArrayList<>();
        for (SupportCase c : unique(input.cases(), SupportCase.TYPE, SupportCase::id, errors)) {
            if (knownCustomer(SupportCase.TYPE, c.id(), c.customerId(), customerIds, errors)) {
                cases.add(c);
            }
        }
        Map<String, SupportCase> caseById = new HashMap<>();
        cases.forEach(c -> caseById.put(c.id(), c));

        List<Interaction> candidates = new ArrayList<>();
        for (Interaction i : unique(input.interactions(), Interaction.TYPE, Interaction::id, errors)) {
            if (knownCustomer(Interaction.TYPE, i.id(), i.customerId(), customerIds, errors)
                    && knownCase(Interaction.TYPE, i.id(), i.caseId(), i.customerId(), caseById, errors)) {
                candidates.add(i);
            }
        }
        Map<String, Interaction> interactionById = new HashMap<>();
        candidates.forEach(i -> interactionById.put(i.id(), i));
        List<Interaction> interactions = new ArrayList<>();
        for (Interaction i : candidates) {
            if (i.inReplyTo() != null) {
                Interaction original = interactionById.get(i.inReplyTo());
                if (original == null) {
                    errors.add(InputError.of(Interaction.TYPE, i.id(), "inReplyTo",
                            "refers to interaction " + i.inReplyTo() + ", which does not exist or was rejected"));
                    continue;
                }
                if (i.at().isBefore(original.at())) {
                    errors.add(InputError.of(Interaction.TYPE, i.id(), "at", i.at()
                            + " is before " + original.at() + ", when the interaction it answers (" + original.id()
                            + ") happened"));
                    continue;
                }
            }
            interactions.add(i);
        }
        Set<String> interactionIds = ids(interactions, Interaction::id);

        List<Complaint> complaints = new ArrayList<>();
        for (Complaint c : unique(input.complaints(), Complaint.TYPE, Complaint::id, errors)) {
            if (knownCustomer(Complaint.TYPE, c.id(), c.customerId(), customerIds, errors)
                    && knownCase(Complaint.TYPE, c.id(), c.caseId(), c.customerId(), caseById, errors)
                    && knownInteraction(Complaint.TYPE, c.id(), "lodgedIn", c.lodgedIn(), interactionIds, errors)) {
                complaints.add(c);
            }
        }
        List<Order> orders = new ArrayList<>();
        for (Order o : unique(input.orders(), Order.TYPE, Order::id, errors)) {
            if (knownCustomer(Order.TYPE, o.id(), o.customerId(), customerIds, errors)
                    && knownCase(Order.TYPE, o.id(), o.caseId(), o.customerId(), caseById, errors)) {
                orders.add(o);
            }
        }
        List<Commitment> commitments = new ArrayList<>();
        for (Commitment c : unique(input.commitments(), Commitment.TYPE, Commitment::id, errors)) {
            if (knownCustomer(Commitment.TYPE, c.id(), c.customerId(), customerIds, errors)
                    && knownCase(Commitment.TYPE, c.id(), c.caseId(), c.customerId(), caseById, errors)
                    && knownInteraction(Commitment.TYPE, c.id(), "madeIn", c.madeIn(), interactionIds, errors)
                    && knownInteraction(Commitment.TYPE, c.id(), "keptBy", c.keptBy(), interactionIds, errors)
                    && keptAfterMade(c, interactionById, errors)) {
                commitments.add(c);
            }
        }
        List<AgentAbsence> absences = unique(input.absences(), AgentAbsence.TYPE, AgentAbsence::id, errors);
        List<AccountAnomaly> anomalies = new ArrayList<>();
        for (AccountAnomaly a : unique(input.anomalies(), AccountAnomaly.TYPE, AccountAnomaly::id, errors)) {
            if (knownCustomer(AccountAnomaly.TYPE, a.id(), a.customerId(), customerIds, errors)) {
                anomalies.add(a);
            }
        }
        Dataset accepted = new Dataset(customers, agents, cases, interactions, complaints, orders, commitments,
                absences, anomalies);
        return new Result(accepted, errors);
    }

    private static <T> List<T> unique(List<T> records, String type, Function<T, String> id, List<InputError> errors) {
        Set<String> seen = new HashSet<>();
        List<T> out = new ArrayList<>(records.size());
        for (T r : records) {
            if (seen.add(id.apply(r))) {
                out.add(r);
            } else {
                errors.add(InputError.of(type, id.apply(r), "id", "is a duplicate: another " + type
                        + " has the same id; the first one is kept"));
            }
        }
        return out;
    }

    private static <T> Set<String> ids(List<T> records, Function<T, String> id) {
        Set<String> out = new HashSet<>(records.size() * 2);
        records.forEach(r -> out.add(id.apply(r)));
        return out;
    }

    private static boolean knownCustomer(String type, String id, String customerId, Set<String> customers,
                                         List<InputError> errors) {
        if (customers.contains(customerId)) {
            return true;
        }
        errors.add(InputError.of(type, id, "customerId",
                "refers to customer " + customerId + ", which does not exist or was rejected"));
        return false;
    }

    private static boolean knownCase(String type, String id, String caseId, String customerId,
                                     Map<String, SupportCase> cases, List<InputError> errors) {
        if (caseId == null) {
            return true;
        }
        SupportCase c = cases.get(caseId);
        if (c == null) {
            errors.add(InputError.of(type, id, "caseId", "refers to case " + caseId
                    + ", which does not exist or was rejected"));
            return false;
        }
        if (!c.customerId().equals(customerId)) {
            errors.add(InputError.of(type, id, "caseId", "refers to case " + caseId + " of customer "
                    + c.customerId() + ", but the record is for customer " + customerId));
            return false;
        }
        return true;
    }

    /** A commitment cannot be kept by an interaction that happened before it was made. */
    private static boolean keptAfterMade(Commitment c, Map<String, Interaction> interactions, List<InputError> errors) {
        Interaction kept = c.keptBy() == null ? null : interactions.get(c.keptBy());
        if (kept == null || !kept.at().isBefore(c.madeAt())) {
            return true;
        }
        errors.add(InputError.of(Commitment.TYPE, c.id(), "keptBy", "names interaction " + kept.id() + " at "
                + kept.at() + ", before the commitment was made (" + c.madeAt() + ")"));
        return false;
    }

    private static boolean knownInteraction(String type, String id, String field, String interactionId,
                                            Set<String> interactions, List<InputError> errors) {
        if (interactionId == null || interactions.contains(interactionId)) {
            return true;
        }
        errors.add(InputError.of(type, id, field, "refers to interaction " + interactionId
                + ", which does not exist or was rejected"));
        return false;
    }
}
