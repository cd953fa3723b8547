package org.servicestandards.model;

import java.util.Locale;

/** The medium of an interaction, grouped into the three channel families of decision 8. */
public enum Channel {
    PHONE(ChannelFamily.VOICE),
    VOICEMAIL(ChannelFamily.VOICE),
    IN_PERSON(ChannelFamily.VOICE),
    EMAIL(ChannelFamily.WRITTEN),
    WEB(ChannelFamily.WRITTEN),
    LETTER(ChannelFamily.WRITTEN),
    SOCIAL(ChannelFamily.MESSAGING),
    CHAT(ChannelFamily.MESSAGING);

    private final ChannelFamily family;

    Channel(ChannelFamily family) { this.family = family; }

    /** The family a reply without a case must share with the message it answers. */
    public ChannelFamily family() { return family; }

    /** True for channels where the customer and the agent talk live (phone, in person). */
    public boolean isLive() { return this == PHONE || this == IN_PERSON; }

    /**
     * Parses a channel name case-insensitively, accepting {@code -} or space for {@code _}.
     *
     * @throws IllegalArgumentException naming the text and the accepted values
     */
    public static Channel parse(String text) {
        return Enums.parse(Channel.class, text, "channel");
    }

    public String label() { return name().toLowerCase(Locale.ROOT).replace('_', ' '); }
}
