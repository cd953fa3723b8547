package org.servicestandards.rules;

import static org.servicestandards.rules.Fixtures.ALICE;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.Finding;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Severity;

/** Complaint builders and finding filters for the complaint rule tests. */
final class ComplaintFixtures {
    static final String CASE = "K-1";
    static final String COMPLAINT = "CP-1";

    private ComplaintFixtures() {}

    static Complaint complaint(Instant receivedAt) {
        return Complaint.of(COMPLAINT, ALICE, CASE, receivedAt, ComplaintCategory.OTHER);
    }

    static Complaint complaint(Instant receivedAt, ComplaintCategory category, Severity severity, Demeanour demeanour,
                               String lodgedIn, Instant resolvedAt) {
        return new Complaint(COMPLAINT, ALICE, CASE, receivedAt, category, severity, demeanour, null, lodgedIn,
                resolvedAt, null);
    }

    static Complaint resolved(Complaint c, Instant at) {
        return new Complaint(c.id(), c.customerId(), c.caseId(), c.receivedAt(), c.category(), c.severity(),
                c.demeanour(), c.product(), c.lodgedIn(), at, c.description());
    }

    static Complaint lodgedIn(Complaint c, String interactionId) {
        return new Complaint(c.id(), c.customerId(), c.caseId(), c.receivedAt(), c.category(), c.severity(),
                c.demeanour(), c.product(), interactionId, c.resolvedAt(), c.description());
    }

    static Complaint withDemeanour(Complaint c, Demeanour d) {
        return new Complaint(c.id(), c.customerId(), c.caseId(), c.receivedAt(), c.category(), c.severity(), d,
                c.product(), c.lodgedIn(), c.resolvedAt(), c.description());
    }

    static Complaint withCategory(Complaint c, ComplaintCategory category) {
        return new Complaint(c.id(), c.customerId(), c.caseId(), c.receivedAt(), category, c.severity(),
                c.demeanour(), c.product(), c.lodgedIn(), c.resolvedAt(), c.description());
    }

    static Complaint withSeverity(Complaint c, Severity severity) {
        return new Complaint(c.id(), c.customerId(), c.caseId(), c.receivedAt(), c.category(), severity,
                c.demeanour(), c.product(), c.lodgedIn(), c.resolvedAt(), c.description());
    }

    /** The escalations of the evaluation. */
    static List<Finding> escalations(Evaluation e) {
        return e.findings(FindingKind.ESCALATION);
    }

    /** The escalations as {@code trigger:level@instant}, sorted. */
    static List<String> ladder(Evaluation e) {
        return escalations(e).stream().map(f -> f.attribute("trigger") + ":" + f.attribute("level") + "@" + f.at())
                .sorted().collect(Collectors.toList());
    }

    /** Every finding in one line each, for failure messages. */
    static String dump(Evaluation e) {
        return e.findings().stream().map(f -> f.kind() + " " + f.standardId() + " " + f.subjectId() + " " + f.attributes()
                + " " + f.reason()).collect(Collectors.joining("\n")) + "\nerrors: " + e.inputErrors();
    }
}
