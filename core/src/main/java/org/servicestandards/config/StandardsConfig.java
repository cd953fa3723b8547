package org.servicestandards.config;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.calendar.Target;

/**
 * Everything an operator can tune without touching DRL: the business calendar, the at-risk share,
 * and for every standard its target, per-qualifier target overrides, parameters and whether it is
 * enabled. Immutable and thread-safe.
 *
 * <p>Qualifiers select an override: {@code channel:EMAIL}, {@code tier:VIP}, {@code internal},
 * {@code severity:HIGH}, {@code category:BILLING_MISTAKE}. A rule asks for a target with the
 * qualifiers of its subject, most specific first; the first qualifier that has an override wins,
 * otherwise the standard's target applies.
 */
public final class StandardsConfig {
    /** Monday to Friday, 09:00 to 17:00 UTC: the calendar used when none is configured. */
    public static final BusinessCalendar DEFAULT_CALENDAR = BusinessCalendar.builder(ZoneOffset.UTC)
            .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0)).build();

    private static final StandardsConfig DEFAULTS = builder().build();

    private final BusinessCalendar calendar;
    private final double atRiskShare;
    private final boolean automatedRepliesCount;
    private final Map<String, StandardDefinition> standards;
    private final Set<String> disabled;

    private StandardsConfig(Builder b) {
        this.calendar = b.calendar == null ? DEFAULT_CALENDAR : b.calendar;
        this.atRiskShare = b.atRiskShare == null ? 0.75 : b.atRiskShare;
        this.automatedRepliesCount = b.automatedRepliesCount != null && b.automatedRepliesCount;
        this.standards = Map.copyOf(b.standards);
        this.disabled = Set.copyOf(b.disabled);
    }

    /** The catalogue's defaults with the default calendar. */
    public static StandardsConfig defaults() { return DEFAULTS; }

    /** A builder starting from the catalogue's defaults. */
    public static Builder builder() { return new Builder(); }

    /** A builder starting from this configuration; calendar and at-risk share may be set again. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.standards.clear();
        b.standards.putAll(standards);
        b.disabled.addAll(disabled);
        b.base = this;
        return b;
    }

    public BusinessCalendar calendar() { return calendar; }

    /** The share of a window after which an unmet deadline is {@code AT_RISK}, in (0, 1]. */
    public double atRiskShare() { return atRiskShare; }

    /** Whether automated acknowledgements count as responses (default false, decision 9). */
    public boolean automatedRepliesCount() { return automatedRepliesCount; }

    /** Whether the standard is known and enabled. */
    public boolean isEnabled(String standardId) {
        return standards.containsKey(standardId) && !disabled.contains(standardId);
    }

    /** The ids of disabled standards. */
    public Set<String> disabledStandards() { return disabled; }

    /** Every known standard: the catalogue's and those defined by rule authors. */
    public Collection<StandardDefinition> standards() { return standards.values(); }

    /** The definition with its configured settings. @throws IllegalArgumentException for an unknown id */
    public StandardDefinition standard(String standardId) {
        StandardDefinition d = standards.get(standardId);
        if (d == null) {
            throw new IllegalArgumentException("unknown standard '" + standardId
                    + "': define it in the configuration (StandardsConfig.Builder.define) before using it");
        }
        return d;
    }

    /**
     * The target for a subject with these qualifiers, most specific first.
     *
     * @return the first matching override, else the standard's target, else {@code null} when the
     *         standard has no time target
     * @throws IllegalArgumentException for an unknown standard id
     */
    public Target target(String standardId, String... qualifiers) {
        StandardDefinition d = standard(standardId);
        for (String q : qualifiers) {
            if (q != null) {
                Target t = d.overrides().get(q);
                if (t != null) {
                    return t;
                }
            }
        }
        return d.target();
    }

    /** A parameter as text. @throws IllegalArgumentException when the standard has no such parameter */
    public String parameter(String standardId, String name) {
        String value = standard(standardId).parameters().get(name);
        if (value == null) {
            throw new IllegalArgumentException("standard '" + standardId + "' has no parameter '" + name + "'");
        }
        return value;
    }

    public int intParameter(String standardId, String name) {
        String value = parameter(standardId, name);
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' of standard '" + standardId
                    + "' must be a whole number, was '" + value + "'", e);
        }
    }

    public BigDecimal decimalParameter(String standardId, String name) {
        String value = parameter(standardId, name);
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' of standard '" + standardId
                    + "' must be a number, was '" + value + "'", e);
        }
    }

    public Target targetParameter(String standardId, String name) {
        return Target.parse(parameter(standardId, name));
    }

    /** A comma-separated parameter as a list of trimmed, non-empty items. */
    public List<String> listParameter(String standardId, String name) {
        return Arrays.stream(parameter(standardId, name).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "StandardsConfig[calendar=" + calendar + ", atRiskShare=" + atRiskShare + ", standards="
                + standards.size() + ", disabled=" + disabled + "]";
    }

    /**
     * Builds a configuration. Calendar, at-risk share and the automated-replies switch may each be
     * set once; targets and parameters may be set many times, the last one winning. Not thread-safe.
     */
    public static final class Builder {
        private BusinessCalendar calendar;
        private Double atRiskShare;
        private Boolean automatedRepliesCount;
        private final Map<String, StandardDefinition> standards = new LinkedHashMap<>();
        private final Set<String> disabled = new HashSet<>();
        private StandardsConfig base;

        private Builder() {
            for (StandardDefinition d : Catalogue.all()) {
                standards.put(d.id(), d);
            }
        }

        public Builder calendar(BusinessCalendar value) {
            requireUnset("calendar", calendar, value);
            this.calendar = value;
            return this;
        }

        public Builder atRiskShare(double share) {
            requireUnset("atRiskShare", atRiskShare, share);
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("atRiskShare must be in (0, 1], was " + share);
            }
            this.atRiskShare = share;
            return this;
        }

        public Builder automatedRepliesCount(boolean value) {
            requireUnset("automatedRepliesCount", automatedRepliesCount, value);
            this.automatedRepliesCount = value;
            return this;
        }

        /** Defines a new standard (a rule author's), or replaces a definition. */
        public Builder define(StandardDefinition definition) {
            standards.put(definition.id(), definition);
            return this;
        }

        /** Sets the target of a standard. */
        public Builder target(String standardId, Target target) {
            StandardDefinition d = known(standardId);
            standards.put(standardId, new StandardDefinition(d.id(), d.title(), target, d.overrides(), d.parameters(),
                    d.kinds(), d.sources()));
            return this;
        }

        /** Sets the target of a standard for subjects with a qualifier ({@code tier:VIP}, {@code channel:EMAIL}, ...). */
        public Builder target(String standardId, String qualifier, Target target) {
            StandardDefinition d = known(standardId);
            Map<String, Target> overrides = new HashMap<>(d.overrides());
            overrides.put(qualifier, target);
            standards.put(standardId, new StandardDefinition(d.id(), d.title(), d.target(), overrides, d.parameters(),
                    d.kinds(), d.sources()));
            return this;
        }

        /** Sets a parameter of a standard ({@code rings}, {@code threshold}, ...). */
        public Builder parameter(String standardId, String name, Object value) {
            StandardDefinition d = known(standardId);
            Map<String, String> parameters = new HashMap<>(d.parameters());
            parameters.put(name, String.valueOf(value));
            standards.put(standardId, new StandardDefinition(d.id(), d.title(), d.target(), d.overrides(), parameters,
                    d.kinds(), d.sources()));
            return this;
        }

        public Builder disable(String standardId) {
            known(standardId);
            disabled.add(standardId);
            return this;
        }

        public Builder enable(String standardId) {
            known(standardId);
            disabled.remove(standardId);
            return this;
        }

        public StandardsConfig build() {
            if (base != null) {
                if (calendar == null) {
                    calendar = base.calendar;
                }
                if (atRiskShare == null) {
                    atRiskShare = base.atRiskShare;
                }
                if (automatedRepliesCount == null) {
                    automatedRepliesCount = base.automatedRepliesCount;
                }
            }
            return new StandardsConfig(this);
        }

        private StandardDefinition known(String standardId) {
            StandardDefinition d = standards.get(standardId);
            if (d == null) {
                throw new IllegalArgumentException("unknown standard '" + standardId + "'; known: "
                        + String.join(", ", standards.keySet()));
            }
            return d;
        }

        private static void requireUnset(String what, Object current, Object value) {
            if (current != null) {
                throw new IllegalStateException(what + " was already set to " + current + "; cannot set it to " + value);
            }
        }
    }

}
