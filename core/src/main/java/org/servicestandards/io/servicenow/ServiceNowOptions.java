package org.servicestandards.io.servicenow;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Severity;

/**
 * How a ServiceNow incident event log is read: the time zone of its timestamps, their pattern, and
 * the mappings of states, contact types and priorities onto the model, plus the memory bounds of
 * the streaming reader. Immutable and thread-safe; {@link #defaults()} is documented in
 * {@code docs/servicenow.md}.
 *
 * <p>Labels (states, contact types, priorities) are matched ignoring case and surrounding blanks.
 */
public final class ServiceNowOptions {
    /** The two forms found in the wild: the sample's {@code 29-02-2016 01:16} and UCI's {@code 29/2/2016 1:16}. */
    static final List<String> DEFAULT_PATTERNS = List.of("d-M-uuuu H:mm[:ss]", "d/M/uuuu H:mm[:ss]");

    private static final ServiceNowOptions DEFAULTS = builder().build();

    private final ZoneId zone;
    private final String timestampPattern;
    private final List<DateTimeFormatter> formatters;
    private final Map<String, CaseStatus> states;
    private final Map<String, Channel> channels;
    private final Map<String, Severity> priorities;
    private final int window;
    private final int batchSize;

    private ServiceNowOptions(Builder b) {
        this.zone = b.zone;
        this.timestampPattern = b.timestampPattern;
        this.formatters = (b.timestampPattern == null ? DEFAULT_PATTERNS : List.of(b.timestampPattern)).stream()
                .map(ServiceNowOptions::formatter).toList();
        this.states = Map.copyOf(b.states);
        this.channels = Map.copyOf(b.channels);
        this.priorities = Map.copyOf(b.priorities);
        this.window = b.window;
        this.batchSize = b.batchSize;
    }

    /** UTC, both timestamp forms, and the default mappings. */
    public static ServiceNowOptions defaults() { return DEFAULTS; }

    /** A builder with the defaults. */
    public static Builder builder() { return new Builder(); }

    /** The zone the log's local timestamps are in (default UTC). */
    public ZoneId zone() { return zone; }

    /** The user-given timestamp pattern, or {@code null} when both default forms are accepted. */
    public String timestampPattern() { return timestampPattern; }

    /** The accepted timestamp forms, in words, for error messages. */
    String timestampForms() {
        return timestampPattern != null ? "'" + timestampPattern + "'"
                : "'DD-MM-YYYY HH:MM' or 'D/M/YYYY H:MM' (seconds optional)";
    }

    List<DateTimeFormatter> formatters() { return formatters; }

    /** The status a state label maps to, or {@code null} for an unknown state. */
    public CaseStatus status(String state) { return states.get(key(state)); }

    /** The channel a contact type maps to, or {@code null} for an unknown one. */
    public Channel channel(String contactType) { return channels.get(key(contactType)); }

    /** The severity a priority label maps to, or {@code null} for an unknown one. */
    public Severity severity(String priority) { return priorities.get(key(priority)); }

    /** The known state labels (lower case). */
    public java.util.Set<String> states() { return states.keySet(); }

    /** The known contact types (lower case). */
    public java.util.Set<String> contactTypes() { return channels.keySet(); }

    /** The known priority labels (lower case). */
    public java.util.Set<String> priorities() { return priorities.keySet(); }

    /** How many incidents the streaming reader holds open at most (the interleaving window). */
    public int window() { return window; }

    /** How many incidents a batch holds at most. */
    public int batchSize() { return batchSize; }

    static String key(String label) { return label == null ? "" : label.strip().toLowerCase(Locale.ROOT); }

    private static DateTimeFormatter formatter(String pattern) {
        // STRICT rejects 31-02; a default era lets patterns written with 'y' resolve strictly too.
        return new DateTimeFormatterBuilder().appendPattern(pattern).parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** Builds options. Zone, pattern, window and batch size may each be set once; mappings any number of times. */
    public static final class Builder {
        private ZoneId zone = ZoneOffset.UTC;
        private boolean zoneSet;
        private String timestampPattern;
        private final Map<String, CaseStatus> states = new LinkedHashMap<>();
        private final Map<String, Channel> channels = new LinkedHashMap<>();
        private final Map<String, Severity> priorities = new LinkedHashMap<>();
        private Integer windowSet;
        private int window = 1_000;
        private Integer batchSet;
        private int batchSize = 500;

        private Builder() {
            // Customer-facing waits pause the clock; internal waits (a problem record, a vendor) do not.
            state("New", CaseStatus.OPEN);
            state("Active", CaseStatus.OPEN);
            state("Awaiting User Info", CaseStatus.WAITING_ON_CUSTOMER);
            state("Awaiting Evidence", CaseStatus.WAITING_ON_CUSTOMER);
            state("Awaiting Problem", CaseStatus.OPEN);
            state("Awaiting Vendor", CaseStatus.OPEN);
            state("Resolved", CaseStatus.RESOLVED);
            state("Closed", CaseStatus.CLOSED);
            channel("Phone", Channel.PHONE);
            channel("IVR", Channel.PHONE);
            channel("Email", Channel.EMAIL);
            channel("Self service", Channel.WEB);
            channel("Direct opening", Channel.IN_PERSON);
            channel("Walk-in", Channel.IN_PERSON);
            channel("Chat", Channel.CHAT);
            priority("1 - Critical", Severity.CRITICAL);
            priority("2 - High", Severity.HIGH);
            priority("3 - Moderate", Severity.MEDIUM);
            priority("4 - Low", Severity.LOW);
            priority("5 - Planning", Severity.LOW);
        }

        /** The zone of the log's local timestamps; default UTC. */
        public Builder zone(ZoneId value) {
            if (zoneSet) {
                throw new IllegalStateException("zone was already set to " + zone + "; cannot set it to " + value);
            }
            this.zone = Objects.requireNonNull(value, "zone");
            this.zoneSet = true;
            return this;
        }

        /**
         * A {@link DateTimeFormatter} pattern for the timestamps, e.g. {@code yyyy-MM-dd HH:mm:ss}; by
         * default both {@code DD-MM-YYYY HH:MM} and {@code D/M/YYYY H:MM} are accepted.
         *
         * @throws IllegalArgumentException if the pattern is not a valid pattern
         */
        public Builder timestampPattern(String pattern) {
            if (timestampPattern != null) {
                throw new IllegalStateException("timestampPattern was already set to '" + timestampPattern
                        + "'; cannot set it to '" + pattern + "'");
            }
            Objects.requireNonNull(pattern, "pattern");
            try {
                formatter(pattern);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("timestamp pattern '" + pattern + "' is not a valid pattern: "
                        + e.getMessage(), e);
            }
            this.timestampPattern = pattern;
            return this;
        }

        /** Maps an {@code incident_state} label onto a case status (adds or replaces). */
        public Builder state(String label, CaseStatus status) {
            states.put(requireLabel(label), Objects.requireNonNull(status, "status"));
            return this;
        }

        /** Maps a {@code contact_type} onto a channel (adds or replaces). */
        public Builder channel(String contactType, Channel channel) {
            channels.put(requireLabel(contactType), Objects.requireNonNull(channel, "channel"));
            return this;
        }

        /** Maps a {@code priority} label onto a case severity (adds or replaces). */
        public Builder priority(String label, Severity severity) {
            priorities.put(requireLabel(label), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * How many incidents the streaming reader keeps open at most (default 1,000): rows of one
         * incident must come within this many other incidents of each other.
         */
        public Builder window(int incidents) {
            if (windowSet != null) {
                throw new IllegalStateException("window was already set to " + window + "; cannot set it to " + incidents);
            }
            if (incidents < 1) {
                throw new IllegalArgumentException("window must be >= 1, was " + incidents);
            }
            this.window = incidents;
            this.windowSet = incidents;
            return this;
        }

        /** How many incidents a batch holds at most (default 500). */
        public Builder batchSize(int incidents) {
            if (batchSet != null) {
                throw new IllegalStateException("batchSize was already set to " + batchSize + "; cannot set it to "
                        + incidents);
            }
            if (incidents < 1) {
                throw new IllegalArgumentException("batchSize must be >= 1, was " + incidents);
            }
            this.batchSize = incidents;
            this.batchSet = incidents;
            return this;
        }

        public ServiceNowOptions build() { return new ServiceNowOptions(this); }

        private static String requireLabel(String label) {
            Objects.requireNonNull(label, "label");
            if (label.isBlank()) {
                throw new IllegalArgumentException("a label must not be blank");
            }
            return key(label);
        }
    }
}
