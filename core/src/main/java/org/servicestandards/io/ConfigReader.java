package org.servicestandards.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.servicestandards.calendar.Target;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.model.Channel;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Severity;
import org.servicestandards.model.Tier;

/**
 * Reads the configuration sections of a document or configuration file ({@code calendar},
 * {@code settings}, {@code targets}) and applies them over a base configuration. Every problem is a
 * {@link DocumentFormatException} naming the path ({@code targets.response.emial: unknown standard})
 * and its location. Not thread-safe: one instance per document.
 */
final class ConfigReader {
    static final List<String> CALENDAR_FIELDS =
            List.of("zone", "weekdays", "hours", "holidays", "annualHolidays", "publicHolidays");
    static final List<String> SETTINGS = List.of("atRiskShare", "automatedRepliesCount");
    static final List<String> TARGET_FIELDS = List.of("target", "overrides", "parameters", "enabled");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** The result: the calendar as written (null when the sections have none) and the configuration. */
    record Applied(CalendarSpec calendar, StandardsConfig config) {}

    private final String source;
    private final Trees trees;

    ConfigReader(String source, Trees trees) {
        this.source = source;
        this.trees = trees;
    }

    /** Applies the sections (each may be null) over {@code base}. */
    Applied apply(StandardsConfig base, JsonNode calendar, JsonNode settings, JsonNode targets)
            throws DocumentFormatException {
        if (!trees.duplicates().isEmpty()) {
            throw error(trees.duplicates().get(0), "is given twice");
        }
        StandardsConfig.Builder b = base.toBuilder();
        CalendarSpec spec = null;
        if (calendar != null && !calendar.isNull()) {
            spec = calendar(calendar);
            try {
                b.calendar(spec.toCalendar());
            } catch (CalendarSpec.FieldException e) {
                throw error("calendar." + e.field(), e.problem());
            }
        }
        if (settings != null && !settings.isNull()) {
            settings(settings, b);
        }
        if (targets != null && !targets.isNull()) {
            targets(targets, base, b);
        }
        return new Applied(spec, b.build());
    }

    // ---------------------------------------------------------------------------------------------
    // calendar

    private CalendarSpec calendar(JsonNode node) throws DocumentFormatException {
        requireObject(node, "calendar");
        checkFields(node, "calendar", CALENDAR_FIELDS);
        String zone = node.has("zone") ? text(node.get("zone"), "calendar.zone") : null;
        Map<DayOfWeek, List<String>> hours = new EnumMap<>(DayOfWeek.class);
        if (node.has("weekdays") && !node.get("weekdays").isNull()) {
            List<String> intervals = intervals(node.get("weekdays"), "calendar.weekdays");
            for (DayOfWeek d : DayOfWeek.values()) {
                if (d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY) {
                    hours.put(d, intervals);
                }
            }
        }
        JsonNode days = node.get("hours");
        if (days != null && !days.isNull()) {
            requireObject(days, "calendar.hours");
            for (Iterator<Map.Entry<String, JsonNode>> it = days.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String path = "calendar.hours." + e.getKey();
                DayOfWeek day = Arrays.stream(DayOfWeek.values())
                        .filter(d -> d.name().equalsIgnoreCase(e.getKey().strip())).findFirst()
                        .orElseThrow(() -> error(path, "unknown day" + Names.suggestion(e.getKey(), CalendarSpec.dayNames())));
                hours.put(day, e.getValue().isNull() ? List.of() : intervals(e.getValue(), path));
            }
        }
        List<LocalDate> holidays = new ArrayList<>();
        for (JsonNode d : array(node.get("holidays"), "calendar.holidays")) {
            String path = "calendar.holidays[" + holidays.size() + "]";
            String text = text(d, path);
            try {
                holidays.add(LocalDate.parse(text.strip()));
            } catch (DateTimeException e) {
                throw error(path, "must be an ISO-8601 date such as 2026-12-25, was '" + text + "'");
            }
        }
        List<MonthDay> annual = new ArrayList<>();
        for (JsonNode d : array(node.get("annualHolidays"), "calendar.annualHolidays")) {
            String path = "calendar.annualHolidays[" + annual.size() + "]";
            String text = text(d, path).strip();
            try {
                annual.add(text.startsWith("--") ? MonthDay.parse(text) : MonthDay.parse(text, MONTH_DAY));
            } catch (DateTimeException e) {
                throw error(path, "must be a month and day such as \"12-25\", was '" + text + "'");
            }
        }
        String country = null;
        List<String> subdivisions = new ArrayList<>();
        JsonNode ph = node.get("publicHolidays");
        if (ph != null && !ph.isNull()) {
            if (ph.isTextual()) {
                country = ph.textValue();
            } else {
                requireObject(ph, "calendar.publicHolidays");
                checkFields(ph, "calendar.publicHolidays", List.of("country", "subdivisions"));
                if (!ph.hasNonNull("country")) {
                    throw error("calendar.publicHolidays", "needs a \"country\", e.g. \"GB\"");
                }
                country = text(ph.get("country"), "calendar.publicHolidays.country");
                JsonNode subs = ph.get("subdivisions");
                if (subs != null && subs.isTextual()) {
                    subdivisions.add(subs.textValue());
                } else {
                    for (JsonNode s : array(subs, "calendar.publicHolidays.subdivisions")) {
                        subdivisions.add(text(s, "calendar.publicHolidays.subdivisions[" + subdivisions.size() + "]"));
                    }
                }
            }
        }
        return new CalendarSpec(zone, hours, holidays, annual, country, subdivisions);
    }

    /** A string of comma-separated intervals, or an array of intervals (empty: closed). */
    private List<String> intervals(JsonNode node, String path) throws DocumentFormatException {
        List<String> out = new ArrayList<>();
        if (node.isTextual()) {
            Arrays.stream(node.textValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
            return out;
        }
        if (!node.isArray()) {
            throw error(path, "must be an interval such as \"09:00-17:00\" or an array of them, was "
                    + Json.describe(node));
        }
        for (int i = 0; i < node.size(); i++) {
            out.add(text(node.get(i), path + "[" + i + "]").strip());
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------------
    // settings

    private void settings(JsonNode node, StandardsConfig.Builder b) throws DocumentFormatException {
        requireObject(node, "settings");
        checkFields(node, "settings", SETTINGS);
        JsonNode share = node.get("atRiskShare");
        if (share != null && !share.isNull()) {
            if (!share.isNumber() || !(share.doubleValue() > 0 && share.doubleValue() <= 1)) {
                throw error("settings.atRiskShare", "must be a number greater than 0 and at most 1, was "
                        + Json.describe(share));
            }
            b.atRiskShare(share.doubleValue());
        }
        JsonNode automated = node.get("automatedRepliesCount");
        if (automated != null && !automated.isNull()) {
            if (!automated.isBoolean()) {
                throw error("settings.automatedRepliesCount", "must be true or false, was " + Json.describe(automated));
            }
            b.automatedRepliesCount(automated.booleanValue());
        }
    }

    // ---------------------------------------------------------------------------------------------
    // targets

    private void targets(JsonNode node, StandardsConfig base, StandardsConfig.Builder b) throws DocumentFormatException {
        requireObject(node, "targets");
        Set<String> known = new TreeSet<>();
        base.standards().forEach(d -> known.add(d.id()));
        for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String path = "targets." + id;
            if (!known.contains(id)) {
                String closest = Names.closest(id, known);
                throw error(path, "unknown standard" + (closest != null ? "; did you mean '" + closest + "'?"
                        : "; the known standards are " + String.join(", ", known)));
            }
            StandardDefinition d = base.standard(id);
            JsonNode v = e.getValue();
            if (v.isTextual()) {
                b.target(id, target(v, path, d));
                continue;
            }
            if (!v.isObject()) {
                throw error(path, "must be a target such as \"1 business day\" or an object with "
                        + String.join(", ", TARGET_FIELDS) + "; was " + Json.describe(v));
            }
            checkFields(v, path, TARGET_FIELDS);
            if (v.hasNonNull("target")) {
                b.target(id, target(v.get("target"), path + ".target", d));
            }
            JsonNode overrides = v.get("overrides");
            if (overrides != null && !overrides.isNull()) {
                requireObject(overrides, path + ".overrides");
                for (Iterator<Map.Entry<String, JsonNode>> o = overrides.properties().iterator(); o.hasNext(); ) {
                    Map.Entry<String, JsonNode> q = o.next();
                    String qpath = path + ".overrides." + q.getKey();
                    b.target(id, qualifier(q.getKey(), qpath), target(q.getValue(), qpath, d));
                }
            }
            JsonNode parameters = v.get("parameters");
            if (parameters != null && !parameters.isNull()) {
                requireObject(parameters, path + ".parameters");
                for (Iterator<Map.Entry<String, JsonNode>> p = parameters.properties().iterator(); p.hasNext(); ) {
                    Map.Entry<String, JsonNode> param = p.next();
                    String ppath = path + ".parameters." + param.getKey();
                    if (!d.parameters().containsKey(param.getKey())) {
                        throw error(ppath, d.parameters().isEmpty() ? "unknown parameter; standard '" + id
                                + "' has no parameters" : "unknown parameter"
                                + Names.suggestion(param.getKey(), new TreeSet<>(d.parameters().keySet())));
                    }
                    b.parameter(id, param.getKey(), parameter(param.getValue(), ppath, d.parameters().get(param.getKey())));
                }
            }
            JsonNode enabled = v.get("enabled");
            if (enabled != null && !enabled.isNull()) {
                if (!enabled.isBoolean()) {
                    throw error(path + ".enabled", "must be true or false, was " + Json.describe(enabled));
                }
                if (enabled.booleanValue()) {
                    b.enable(id);
                } else {
                    b.disable(id);
                }
            }
        }
    }

    private Target target(JsonNode v, String path, StandardDefinition d) throws DocumentFormatException {
        if (d.target() == null) {
            throw error(path, "standard '" + d.id() + "' has no time target"
                    + (d.parameters().isEmpty() ? "" : "; its parameters are " + String.join(", ", new TreeSet<>(d.parameters().keySet()))));
        }
        String text = text(v, path);
        try {
            return Target.parse(text);
        } catch (IllegalArgumentException e) {
            throw error(path, e.getMessage());
        }
    }

    /**
     * Normalises a qualifier: {@code internal}, or {@code channel:}, {@code tier:}, {@code severity:},
     * {@code category:} and a constant of that enum in any case ({@code tier:vip} becomes {@code tier:VIP}).
     */
    private String qualifier(String text, String path) throws DocumentFormatException {
        String q = text.strip();
        if (q.equalsIgnoreCase("internal")) {
            return "internal";
        }
        int colon = q.indexOf(':');
        Class<? extends Enum<?>> type = null;
        String prefix = colon < 0 ? "" : q.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        switch (prefix) {
            case "channel" -> type = Channel.class;
            case "tier" -> type = Tier.class;
            case "severity" -> type = Severity.class;
            case "category" -> type = ComplaintCategory.class;
            default -> {
                throw error(path, "unknown qualifier; expected internal, channel:<channel>, tier:<tier>, "
                        + "severity:<severity> or category:<category>, e.g. tier:VIP");
            }
        }
        String value = q.substring(colon + 1).strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Enum<?> c : type.getEnumConstants()) {
            if (c.name().equals(value)) {
                return prefix + ":" + c.name();
            }
        }
        throw error(path, "unknown " + prefix + " '" + q.substring(colon + 1).strip() + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /**
     * A parameter value as text, checked against the kind of its default: a number must be a number (the
     * catalogue does not say which numbers must be whole: {@code threshold} is money), a target a
     * target; anything else is text. An array is joined with {@code ", "}.
     */
    private String parameter(JsonNode v, String path, String defaultValue) throws DocumentFormatException {
        String text;
        if (v.isArray()) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                items.add(scalar(v.get(i), path + "[" + i + "]"));
            }
            text = String.join(", ", items);
        } else {
            text = scalar(v, path);
        }
        if (isDecimal(defaultValue) && !isDecimal(text)) {
            throw error(path, "must be a number like its default " + defaultValue + ", was " + Json.describe(v));
        }
        if (isTarget(defaultValue)) {
            try {
                Target.parse(text);
            } catch (IllegalArgumentException e) {
                throw error(path, e.getMessage());
            }
        }
        return text;
    }

    private String scalar(JsonNode v, String path) throws DocumentFormatException {
        if (v.isTextual()) {
            return v.textValue();
        }
        if (v.isBigDecimal() || v.isDouble() || v.isFloat()) {
            return v.decimalValue().toPlainString();
        }
        if (v.isNumber() || v.isBoolean()) {
            return v.asText();
        }
        throw error(path, "must be a string, number or true/false, was " + Json.describe(v));
    }

    private static boolean isDecimal(String s) {
        try {
            new BigDecimal(s.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isTarget(String s) {
        try {
            Target.parse(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------------------------------------
    // helpers

    private void checkFields(JsonNode node, String path, List<String> known) throws DocumentFormatException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                throw error(path + "." + name, "unknown field" + Names.suggestion(name, known));
            }
        }
    }

    private void requireObject(JsonNode node, String path) throws DocumentFormatException {
        if (!node.isObject()) {
            throw error(path, "must be an object, was " + Json.describe(node));
        }
    }

    private Iterable<JsonNode> array(JsonNode node, String path) throws DocumentFormatException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error(path, "must be an array, was " + Json.describe(node));
        }
        return node;
    }

    private String text(JsonNode node, String path) throws DocumentFormatException {
        if (!node.isTextual()) {
            throw error(path, "must be a string, was " + Json.describe(node));
        }
        return node.textValue();
    }

    /** A document format error at the location of {@code path}. */
    DocumentFormatException error(String path, String problem) {
        JsonLocation l = trees.location(path);
        return new DocumentFormatException(source, l == null ? 0 : l.getLineNr(), l == null ? 0 : l.getColumnNr(),
                path + ": " + problem);
    }
}
