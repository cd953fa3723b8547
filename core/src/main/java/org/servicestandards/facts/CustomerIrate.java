package org.servicestandards.facts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.servicestandards.evaluation.RecordRef;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.Demeanour;

/**
 * Derived: a moment at which the customer of a complaint showed one of the demeanours configured
 * for {@code complaint.escalate.demeanour} (irate, abusive, threatening): when lodging it, or in a
 * later contact from them about it. Demeanour can change within a case; each such moment is one
 * fact, and the escalation takes the first. Immutable.
 *
 * @param complaint the complaint
 * @param at        when
 * @param demeanour the demeanour recorded
 * @param contact   the inbound contact that recorded it, or {@code null} for the complaint itself
 */
public record CustomerIrate(Complaint complaint, Instant at, Demeanour demeanour, ComplaintContact contact) {
    public CustomerIrate {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(demeanour, "demeanour");
    }

    /** The customer's demeanour recorded on the complaint, at its receipt. */
    public static CustomerIrate onLodging(Complaint c) {
        return new CustomerIrate(c, c.receivedAt(), c.demeanour(), null);
    }

    /** The customer's demeanour recorded on an inbound contact about the complaint. */
    public static CustomerIrate inContact(ComplaintContact k) {
        return new CustomerIrate(k.complaint(), k.at(), k.interaction().demeanour(), k);
    }

    public String complaintId() { return complaint.id(); }

    public String customerId() { return complaint.customerId(); }

    public String caseId() { return complaint.caseId(); }

    /** Whether this moment comes before {@code other}: earlier; at the same instant the complaint's own first, then by id. */
    public boolean precedes(CustomerIrate other) {
        int c = at.compareTo(other.at);
        if (c != 0) {
            return c < 0;
        }
        if (contact == null || other.contact == null) {
            return contact == null && other.contact != null;
        }
        return contact.id().compareTo(other.contact.id()) < 0;
    }

    /** The records that show it: the complaint, and the contact (or the interaction it was lodged in). */
    public List<RecordRef> evidence() {
        List<RecordRef> refs = new ArrayList<>();
        refs.add(new RecordRef("complaint", complaint.id()));
        if (contact != null) {
            refs.add(RecordRef.interaction(contact.id()));
        } else if (complaint.lodgedIn() != null) {
            refs.add(RecordRef.interaction(complaint.lodgedIn()));
        }
        return refs;
    }

    /** In words: {@code irate in phone call I-3} or {@code abusive when lodging it}. */
    public String describe() {
        String how = demeanour.name().toLowerCase(Locale.ROOT);
        return contact == null ? how + " when lodging it" : how + " in " + contact.label();
    }
}
