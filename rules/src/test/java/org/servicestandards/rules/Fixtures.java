package org.servicestandards.rules;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.servicestandards.ServiceStandards;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.StatusChange;
import org.servicestandards.model.SupportCase;

/**
 * Named instants in the week of Monday 2 March 2026 (UTC, default calendar Mon-Fri 09:00-17:00),
 * a shared evaluator and small builders, so rule tests read like the catalogue.
 */
final class Fixtures {
    static final ServiceStandards DEFAULTS = ServiceStandards.withDefaults();

    static final String ALICE = "C-ALICE";
    static final String BOB = "C-BOB";

    static final Instant MON_0900 = at(2, 9, 0);
    static final Instant MON_1000 = at(2, 10, 0);
    static final Instant MON_1200 = at(2, 12, 0);
    static final Instant MON_1500 = at(2, 15, 0);
    static final Instant MON_1700 = at(2, 17, 0);
    static final Instant TUE_0900 = at(3, 9, 0);
    static final Instant TUE_1000 = at(3, 10, 0);
    static final Instant WED_0900 = at(4, 9, 0);
    static final Instant THU_0900 = at(5, 9, 0);
    static final Instant FRI_0900 = at(6, 9, 0);
    static final Instant FRI_1630 = at(6, 16, 30);
    static final Instant MON2_0900 = at(9, 9, 0);

    private Fixtures() {}

    static Instant at(int marchDay, int hour, int minute) {
        return LocalDateTime.of(2026, 3, marchDay, hour, minute).toInstant(ZoneOffset.UTC);
    }

    static Interaction inbound(String id, Channel channel, String caseId, Instant at) {
        return Interaction.of(id, ALICE, caseId, channel, Direction.INBOUND, at);
    }

    static Interaction outbound(String id, Channel channel, String caseId, Instant at) {
        return Interaction.of(id, ALICE, caseId, channel, Direction.OUTBOUND, at).withAgent("A-1");
    }

    static SupportCase openCase(String id, Instant openedAt, StatusChange... history) {
        return new SupportCase(id, ALICE, openedAt, null, null, "A-1", List.of(history));
    }

    static StatusChange status(Instant at, CaseStatus status) { return StatusChange.of(at, status); }

    /** A dataset for Alice and Bob with these records. */
    static Dataset records(Object... records) {
        Dataset.Builder b = Dataset.builder().add(Customer.of(ALICE)).add(Customer.of(BOB));
        for (Object r : records) {
            b.addRecord(r);
        }
        return b.build();
    }

    /** A dataset with exactly these customers (e.g. a VIP Alice) and records. */
    static Dataset recordsOf(List<Customer> customers, Object... records) {
        Dataset.Builder b = Dataset.builder().customers(customers);
        for (Object r : records) {
            b.addRecord(r);
        }
        return b.build();
    }

    static Evaluation evaluate(Instant asOf, Object... records) {
        return DEFAULTS.evaluate(records(records), asOf);
    }

    static List<Finding> of(Evaluation e, String standardId) { return e.findings(standardId); }

    /** The one finding of this standard and kind. */
    static Finding the(Evaluation e, String standardId, FindingKind kind) {
        List<Finding> found = e.findings(standardId).stream().filter(f -> f.kind() == kind).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " of " + standardId + ", found " + e.findings(standardId));
        }
        return found.get(0);
    }

    static List<FindingKind> kinds(Evaluation e, String standardId) {
        List<FindingKind> kinds = new ArrayList<>();
        e.findings(standardId).forEach(f -> kinds.add(f.kind()));
        return kinds;
    }
}
