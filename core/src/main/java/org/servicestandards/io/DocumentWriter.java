package org.servicestandards.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.servicestandards.model.Dataset;

/**
 * Writes documents that {@link DocumentReader} reads back to equal records: indented JSON, fields in
 * a stable order (sections as in {@code docs/input-format.md}, record fields in the model's component
 * order), nulls, empty lists and {@code false} flags left out, enum values in lower case, instants in
 * ISO-8601 UTC ({@code 2026-03-02T09:00:00Z}). Stateless and thread-safe.
 */
public final class DocumentWriter {
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private DocumentWriter() {}

    /**
     * Writes a document.
     *
     * @param records  the records; not null
     * @param calendar the calendar, or null to leave it out
     * @param asOf     the evaluation instant, or null to leave it out
     * @param out      where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(Dataset records, CalendarSpec calendar, Instant asOf, Writer out) throws IOException {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = Json.prettyGenerator(out)) {
            g.writeStartObject();
            if (asOf != null) {
                g.writeStringField("asOf", asOf.toString());
            }
            if (calendar != null) {
                g.writeFieldName("calendar");
                writeCalendar(g, calendar);
            }
            for (Section s : Section.values()) {
                List<? extends Record> list = s.records(records);
                if (list.isEmpty()) {
                    continue;
                }
                g.writeArrayFieldStart(s.key);
                for (Record r : list) {
                    RecordMapper.write(g, r);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void writeCalendar(JsonGenerator g, CalendarSpec c) throws IOException {
        g.writeStartObject();
        if (c.zone() != null) {
            g.writeStringField("zone", c.zone());
        }
        Map<DayOfWeek, List<String>> hours = c.hours();
        List<String> monday = hours.get(DayOfWeek.MONDAY);
        boolean weekdays = monday != null && hours.size() == 5 && hours.entrySet().stream()
                .allMatch(e -> e.getKey().getValue() <= 5 && e.getValue().equals(monday));
        if (weekdays) {
            g.writeFieldName("weekdays");
            writeIntervals(g, monday);
        } else if (!hours.isEmpty()) {
            g.writeObjectFieldStart("hours");
            for (Map.Entry<DayOfWeek, List<String>> e : hours.entrySet()) {
                g.writeFieldName(e.getKey().name().toLowerCase(Locale.ROOT));
                writeIntervals(g, e.getValue());
            }
            g.writeEndObject();
        }
        if (!c.holidays().isEmpty()) {
            g.writeArrayFieldStart("holidays");
            for (LocalDate d : c.holidays()) {
                g.writeString(d.toString());
            }
            g.writeEndArray();
        }
        if (!c.annualHolidays().isEmpty()) {
            g.writeArrayFieldStart("annualHolidays");
            for (MonthDay d : c.annualHolidays()) {
                g.writeString(MONTH_DAY.format(d));
            }
            g.writeEndArray();
        }
        if (c.publicHolidaysCountry() != null) {
            g.writeObjectFieldStart("publicHolidays");
            g.writeStringField("country", c.publicHolidaysCountry());
            if (!c.publicHolidaysSubdivisions().isEmpty()) {
                g.writeArrayFieldStart("subdivisions");
                for (String s : c.publicHolidaysSubdivisions()) {
                    g.writeString(s);
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** One interval as a string; several (or one with a comma, which would read back split) as an array. */
    private static void writeIntervals(JsonGenerator g, List<String> intervals) throws IOException {
        if (intervals.size() == 1 && !intervals.get(0).contains(",")) {
            g.writeString(intervals.get(0));
            return;
        }
        g.writeStartArray();
        for (String s : intervals) {
            g.writeString(s);
        }
        g.writeEndArray();
    }
}
