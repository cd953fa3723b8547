package org.servicestandards.report;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * What an {@link HtmlReport} shows besides the evaluation: its title, where the data came from and
 * the attribution the data requires, the zone days are counted in, how many worst breaches to list,
 * which standards' time distributions to draw, and how long a business day is when a
 * business-days target is drawn on a time axis. Immutable and thread-safe.
 *
 * @param title          the page title, required
 * @param source         where the records came from (e.g. a file name), in words; optional
 * @param attribution    the credit the data requires (e.g. a CC BY licence's), printed in the header
 *                       and the footer; {@code http(s)} addresses become links; optional
 * @param zone           the zone days are counted and instants printed in, required
 * @param worstCases     how many breaches the worst-cases table lists, {@code >= 0}
 * @param distributions  the standards whose time to completion is drawn, in order; empty: every
 *                       standard with measured times, at most four, the most measured first
 * @param businessDay    the working time of one business day, to place a business-days target on a
 *                       business-time axis ({@code 3 business days} = 3 x this), {@code > 0}
 * @param maxDays        the most days the breaches-per-day chart shows one column per day for;
 *                       beyond it, one column per week, {@code >= 1}
 */
public record ReportOptions(String title, String source, String attribution, ZoneId zone, int worstCases,
                            List<String> distributions, Duration businessDay, int maxDays) {

    public ReportOptions {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(businessDay, "businessDay");
        distributions = distributions == null ? List.of() : List.copyOf(distributions);
        if (worstCases < 0) {
            throw new IllegalArgumentException("worstCases must be >= 0, was " + worstCases);
        }
        if (businessDay.isZero() || businessDay.isNegative()) {
            throw new IllegalArgumentException("businessDay must be > 0, was " + businessDay);
        }
        if (maxDays < 1) {
            throw new IllegalArgumentException("maxDays must be >= 1, was " + maxDays);
        }
    }

    /** "Service standards report", UTC, the 10 worst breaches, automatic distributions, 8-hour days. */
    public static ReportOptions defaults() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.title = title;
        b.source = source;
        b.attribution = attribution;
        b.zone = zone;
        b.worstCases = worstCases;
        b.distributions = distributions;
        b.businessDay = businessDay;
        b.maxDays = maxDays;
        return b;
    }

    /** Builds options; every option has a default. Not thread-safe. */
    public static final class Builder {
        private String title = "Service standards report";
        private String source;
        private String attribution;
        private ZoneId zone = ZoneOffset.UTC;
        private int worstCases = 10;
        private List<String> distributions = List.of();
        private Duration businessDay = Duration.ofHours(8);
        private int maxDays = 92;

        private Builder() {}

        public Builder title(String value) { this.title = value; return this; }

        /** Where the records came from, e.g. {@code examples/data/servicenow/servicenow-incident-log-sample.csv}. */
        public Builder source(String value) { this.source = value; return this; }

        /** The credit the data requires; printed in the header and the footer. */
        public Builder attribution(String value) { this.attribution = value; return this; }

        public Builder zone(ZoneId value) { this.zone = value; return this; }

        public Builder worstCases(int value) { this.worstCases = value; return this; }

        /** The standards whose time to completion is drawn, in this order. */
        public Builder distributions(String... standardIds) { this.distributions = List.of(standardIds); return this; }

        public Builder businessDay(Duration value) { this.businessDay = value; return this; }

        public Builder maxDays(int value) { this.maxDays = value; return this; }

        public ReportOptions build() {
            return new ReportOptions(title, source, attribution, zone, worstCases, distributions, businessDay, maxDays);
        }
    }
}
