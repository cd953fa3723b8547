package org.servicestandards.facts;

import java.time.Instant;
import java.util.Objects;
import org.servicestandards.model.ChannelFamily;
import org.servicestandards.model.Complaint;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;

/**
 * Derived: an interaction that belongs to a complaint: on the complaint's case (or listing the
 * complaint in {@code about}), at or after its receipt, or the interaction it was lodged in.
 * Acknowledgement, remedy plan, demeanour and repeat-contact rules all look at these. Immutable.
 *
 * @param complaint   the complaint
 * @param interaction the interaction
 */
public record ComplaintContact(Complaint complaint, Interaction interaction) {
    public ComplaintContact {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(interaction, "interaction");
    }

    public String complaintId() { return complaint.id(); }

    public String id() { return interaction.id(); }

    /**
     * When it counts for the complaint: the interaction's instant, but never before the receipt (a
     * lodging call may be recorded a little before the complaint's receipt instant).
     */
    public Instant at() {
        return interaction.at().isBefore(complaint.receivedAt()) ? complaint.receivedAt() : interaction.at();
    }

    public boolean isInbound() { return interaction.isInbound(); }

    /** Whether the complaint was lodged in this interaction. */
    public boolean isLodging() { return interaction.id().equals(complaint.lodgedIn()); }

    /**
     * Whether it acknowledges the complaint (decisions 9 and 13): never when automated; an outbound
     * call, visit or message by a person, in any channel; or a call or visit from the customer that
     * was answered and flagged {@link Flag#COMPLAINT_ACKNOWLEDGED} (the agent acknowledged it there).
     */
    public boolean isAcknowledgement() {
        if (interaction.isAutomated()) {
            return false;
        }
        if (interaction.isOutbound()) {
            return true;
        }
        return interaction.channel().isLive() && !interaction.isUnansweredCall()
                && interaction.hasFlag(Flag.COMPLAINT_ACKNOWLEDGED);
    }

    /**
     * Whether it is a written remedy plan: an outbound email, web message or letter, by a person,
     * flagged {@link Flag#REMEDY_PLAN} (a plan given only on the phone is not "in writing").
     */
    public boolean isRemedyPlan() {
        return interaction.isOutbound() && !interaction.isAutomated()
                && interaction.channel().family() == ChannelFamily.WRITTEN && interaction.hasFlag(Flag.REMEDY_PLAN);
    }

    /** Whether this contact comes before {@code other}: earlier, or at the same instant with a smaller id. */
    public boolean precedes(ComplaintContact other) {
        int c = at().compareTo(other.at());
        return c < 0 || (c == 0 && id().compareTo(other.id()) < 0);
    }

    /** In words: {@code phone call I-3}, {@code email I-4}. */
    public String label() {
        String kind = switch (interaction.channel()) {
            case PHONE -> "phone call";
            case IN_PERSON -> "visit";
            default -> interaction.channel().label();
        };
        return kind + " " + interaction.id();
    }
}
