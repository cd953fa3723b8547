package org.servicestandards.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicestandards.rules.ComplaintFixtures.*;
import static org.servicestandards.rules.Fixtures.*;

import org.junit.jupiter.api.Test;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.FindingKind;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.DatasetValidator;
import org.servicestandards.model.Enums;
import org.servicestandards.model.InputError;
import org.servicestandards.model.InvalidRecordException;
import org.servicestandards.model.Severity;

/** Bad complaint input: an error naming the record and the field; the rest is still evaluated. */
class ComplaintBadInputTest {

    @Test
    void complaintWithoutCase_isRejectedNamingRecordAndField() {
        assertThatThrownBy(() -> Complaint.of("CP-9", ALICE, null, MON_0900, ComplaintCategory.OTHER))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.recordType()).isEqualTo("complaint");
                    assertThat(e.recordId()).isEqualTo("CP-9");
                    assertThat(e.field()).isEqualTo("caseId");
                    assertThat(InputError.of(e).message()).isEqualTo("complaint CP-9: field 'caseId' is required");
                });
    }

    @Test
    void complaintWithoutCustomer_isRejectedNamingRecordAndField() {
        assertThatThrownBy(() -> Complaint.of("CP-9", " ", CASE, MON_0900, ComplaintCategory.OTHER))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("complaint CP-9: field 'customerId' must not be blank");
    }

    @Test
    void complaintWithoutCategory_isRejectedNamingRecordAndField() {
        assertThatThrownBy(() -> Complaint.of("CP-9", ALICE, CASE, MON_0900, null))
                .isInstanceOf(InvalidRecordException.class)
                .hasMessage("complaint CP-9: field 'category' is required");
    }

    @Test
    void unknownCategory_messageNamesTheTextAndTheAcceptedValues() {
        assertThatThrownBy(() -> Enums.parse(ComplaintCategory.class, "lost parcel", "complaint category"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown complaint category 'lost parcel'; expected one of billing_mistake,"
                        + " confusing_product, delivery_delay, guarantee_failure, incompetent_employee,"
                        + " incorrect_information, order_incorrect_or_duplicate, bad_quality,"
                        + " back_ordered_or_unavailable, other");
        assertThat(Enums.parse(ComplaintCategory.class, "billing-mistake", "complaint category"))
                .isEqualTo(ComplaintCategory.BILLING_MISTAKE);
    }

    @Test
    void resolutionBeforeReceipt_isRejectedNamingRecordAndField() {
        assertThatThrownBy(() -> new Complaint("CP-9", ALICE, CASE, MON_0900, ComplaintCategory.OTHER, Severity.HIGH,
                null, null, null, at(2, 8, 59), null))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> {
                    assertThat(e.field()).isEqualTo("resolvedAt");
                    assertThat(e.getMessage()).isEqualTo("complaint CP-9: field 'resolvedAt' 2026-03-02T08:59:00Z"
                            + " is before receivedAt 2026-03-02T09:00:00Z");
                });
    }

    @Test
    void complaintsWithUnknownCaseCustomerOrLodgingInteraction_areInputErrors_andTheRestEvaluates() {
        Complaint good = complaint(MON_0900);
        Complaint unknownCase = Complaint.of("CP-2", ALICE, "K-404", MON_0900, ComplaintCategory.BILLING_MISTAKE);
        Complaint unknownCustomer = Complaint.of("CP-3", "C-NOBODY", CASE, MON_0900, ComplaintCategory.OTHER);
        Complaint othersCase = Complaint.of("CP-4", ALICE, "K-BOB", MON_0900, ComplaintCategory.OTHER);
        Complaint unknownLodging = new Complaint("CP-5", ALICE, CASE, MON_0900, ComplaintCategory.OTHER, null, null,
                null, "I-404", null, null);
        Object[] records = {openCase(CASE, MON_0900),
                new org.servicestandards.model.SupportCase("K-BOB", BOB, MON_0900, null, null, null, java.util.List.of()),
                good, unknownCase, unknownCustomer, othersCase, unknownLodging};

        DatasetValidator.Result validated = DatasetValidator.validate(records(records));
        assertThat(validated.errors()).extracting(InputError::recordType, InputError::recordId, InputError::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("complaint", "CP-2", "caseId"),
                        org.assertj.core.groups.Tuple.tuple("complaint", "CP-3", "customerId"),
                        org.assertj.core.groups.Tuple.tuple("complaint", "CP-4", "caseId"),
                        org.assertj.core.groups.Tuple.tuple("complaint", "CP-5", "lodgedIn"));
        assertThat(validated.errors().get(0).message())
                .isEqualTo("complaint CP-2: field 'caseId' refers to case K-404, which does not exist or was rejected");

        Evaluation e = evaluate(WED_0900.plusSeconds(1), records);
        assertThat(e.inputErrors()).hasSize(4);
        assertThat(e.recordsRejected()).isEqualTo(4);
        assertThat(e.findings()).filteredOn(f -> f.family().equals("complaint"))
                .allMatch(f -> f.subjectId().equals(COMPLAINT))
                .extracting(f -> f.standardId() + " " + f.kind())
                .contains("complaint.resolve " + FindingKind.BREACH, "complaint.escalate.overdue " + FindingKind.ESCALATION);
    }
}
