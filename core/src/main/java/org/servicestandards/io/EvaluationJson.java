package org.servicestandards.io;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.servicestandards.evaluation.ComplianceReport;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.evaluation.FindingKind;

/**
 * Writes an {@link Evaluation} as JSON, the {@code --json} output of the command line. Layout (see
 * {@code docs/input-format.md}): {@code asOf}, {@code recordsEvaluated}, {@code recordsRejected},
 * {@code counts} (findings per kind, every kind present), {@code report} ({@code byStandard},
 * {@code byChannel}, {@code byAgent} rows), {@code findings} (every field of
 * {@link org.servicestandards.evaluation.Finding}, in its component order, {@code null} when absent)
 * and {@code inputErrors} (every field of {@link org.servicestandards.model.InputError}, with its
 * location). Instants are ISO-8601 UTC, durations ISO-8601 ({@code PT1H30M}), enum values their
 * Java constant names ({@code BREACH}, {@code EMAIL}), evidence objects {@code {"type", "id"}}, and
 * attributes an object with sorted keys. Stateless and thread-safe.
 */
public final class EvaluationJson {
    private EvaluationJson() {}

    /**
     * Writes the evaluation.
     *
     * @param evaluation the evaluation; not null
     * @param out        where to write; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void write(Evaluation evaluation, Writer out) throws IOException {
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(out, "out");
        try (JsonGenerator g = Json.prettyGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("asOf", evaluation.asOf().toString());
            g.writeNumberField("recordsEvaluated", evaluation.recordsEvaluated());
            g.writeNumberField("recordsRejected", evaluation.recordsRejected());
            g.writeObjectFieldStart("counts");
            for (Map.Entry<FindingKind, Long> e : evaluation.countsByKind().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            ComplianceReport report = evaluation.report();
            g.writeObjectFieldStart("report");
            rows(g, "byStandard", report.byStandard());
            rows(g, "byChannel", report.byChannel());
            rows(g, "byAgent", report.byAgent());
            g.writeEndObject();
            g.writeFieldName("findings");
            value(g, evaluation.findings());
            g.writeFieldName("inputErrors");
            value(g, evaluation.inputErrors());
            g.writeEndObject();
            g.writeRaw('\n');
        }
        out.flush();
    }

    private static void rows(JsonGenerator g, String name, List<ComplianceReport.Row> rows) throws IOException {
        g.writeFieldName(name);
        value(g, rows);
    }

    /** Any value of the evaluation API: records with every component (nulls included). */
    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Instant || v instanceof Duration || v instanceof LocalDate) {
            g.writeString(v.toString());
        } else if (v instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (v instanceof Integer i) {
            g.writeNumber(i);
        } else if (v instanceof Long l) {
            g.writeNumber(l);
        } else if (v instanceof Double d) {
            g.writeNumber(d);
        } else if (v instanceof BigDecimal d) {
            g.writeNumber(d);
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : new TreeMap<>(m).entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof Collection<?> c) {
            g.writeStartArray();
            for (Object item : c) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Record r) {
            g.writeStartObject();
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                g.writeFieldName(c.getName());
                try {
                    value(g, c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
                }
            }
            g.writeEndObject();
        } else {
            g.writeString(v.toString());
        }
    }
}
