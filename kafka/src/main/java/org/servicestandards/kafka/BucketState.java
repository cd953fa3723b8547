package org.servicestandards.kafka;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.servicestandards.io.RecordJson;
import org.servicestandards.model.Dataset;

/**
 * What the topology keeps for one bucket (a case, a customer, an agent or a product): its records,
 * the keys of the findings already emitted for it, and its bookkeeping. Stored as JSON in a
 * persistent key-value store whose changelog makes it survive restarts and move between instances.
 * Mutable; owned by one stream task at a time.
 */
final class BucketState {
    /** A record and when (wall clock, epoch ms) it arrived. */
    record Stored(String type, Record record, long arrivedAt) {}

    /** Records by {@code "type id"}, in arrival order. */
    final Map<String, Stored> records = new LinkedHashMap<>();
    /** Keys of the findings emitted (see {@link FindingKeys}) and of the reference errors reported. */
    final Set<String> emitted = new TreeSet<>();
    /**
     * Case buckets: the customer's outbound contacts without a case (a survey, a letter, a call not
     * logged on the case), by {@code "type id"}. They are not the bucket's records: they can discharge
     * its follow-ups, but nothing is reported about them here and they do not keep the bucket alive.
     */
    final Map<String, Stored> foreign = new LinkedHashMap<>();
    /** Owner buckets: the case buckets of the customer, with when each was last sent a record (epoch ms). */
    final Map<String, Long> cases = new TreeMap<>();
    /** Owner buckets: the products the customer record was sent to. */
    final Set<String> products = new TreeSet<>();
    /** Owner buckets: the product of each complaint sent to a product bucket. */
    final Map<String, String> complaintProducts = new TreeMap<>();
    /** When the bucket is next due for an evaluation (epoch ms), or -1. */
    long wakeAt = -1;
    /** When a record last arrived or was retracted (wall clock, epoch ms). */
    long lastChange;

    boolean isEmpty() { return records.isEmpty() && foreign.isEmpty() && cases.isEmpty() && products.isEmpty(); }

    /**
     * Applies an event: puts the record (replacing one with the same type and id) or removes it.
     *
     * @return whether the records changed (re-sending an identical record changes nothing)
     */
    boolean apply(RecordEvent event, long now) {
        String ref = event.ref();
        if (event.isRetraction()) {
            if (records.remove(ref) == null) {
                return false;
            }
        } else {
            Stored old = records.get(ref);
            if (old != null && old.record().equals(event.record())) {
                return false;
            }
            records.put(ref, new Stored(event.type(), event.record(), now));
        }
        lastChange = Math.max(lastChange, now);
        return true;
    }

    /**
     * Applies an event to the {@link #foreign} contacts.
     *
     * @return whether they changed
     */
    boolean applyForeign(RecordEvent event, long now) {
        if (event.isRetraction()) {
            return foreign.remove(event.ref()) != null;
        }
        Stored old = foreign.get(event.ref());
        if (old != null && old.record().equals(event.record())) {
            return false;
        }
        foreign.put(event.ref(), new Stored(event.type(), event.record(), now));
        return true;
    }

    Record record(String type, String id) {
        Stored s = records.get(type + " " + id);
        return s == null ? null : s.record();
    }

    /** The records as a dataset (without the {@link #foreign} contacts). */
    Dataset dataset() {
        Dataset.Builder b = Dataset.builder();
        records.values().forEach(s -> b.addRecord(s.record()));
        return b.build();
    }

    /** The records and the {@link #foreign} contacts, as a case bucket evaluates them. */
    Dataset datasetWithForeign() {
        Dataset.Builder b = Dataset.builder();
        records.values().forEach(s -> b.addRecord(s.record()));
        foreign.values().forEach(s -> b.addRecord(s.record()));
        return b.build();
    }

    // ---------------------------------------------------------------------------------------------
    // JSON

    byte[] toJson() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + records.size() * 256);
        try (JsonGenerator g = EventJson.mapper().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("records");
            for (Stored s : records.values()) {
                g.writeStartObject();
                g.writeStringField("type", s.type());
                g.writeNumberField("arrivedAt", s.arrivedAt());
                g.writeFieldName("record");
                RecordJson.write(g, s.record());
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!foreign.isEmpty()) {
                g.writeArrayFieldStart("foreign");
                for (Stored s : foreign.values()) {
                    g.writeStartObject();
                    g.writeStringField("type", s.type());
                    g.writeNumberField("arrivedAt", s.arrivedAt());
                    g.writeFieldName("record");
                    RecordJson.write(g, s.record());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("emitted");
            for (String k : emitted) {
                g.writeString(k);
            }
            g.writeEndArray();
            if (!cases.isEmpty()) {
                g.writeObjectFieldStart("cases");
                for (Map.Entry<String, Long> e : cases.entrySet()) {
                    g.writeNumberField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            if (!products.isEmpty()) {
                g.writeArrayFieldStart("products");
                for (String p : products) {
                    g.writeString(p);
                }
                g.writeEndArray();
            }
            if (!complaintProducts.isEmpty()) {
                g.writeObjectFieldStart("complaintProducts");
                for (Map.Entry<String, String> e : complaintProducts.entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
            }
            g.writeNumberField("wakeAt", wakeAt);
            g.writeNumberField("lastChange", lastChange);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BucketState fromJson(byte[] json) {
        JsonNode root;
        try {
            root = EventJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a stored bucket is not valid JSON", e);
        }
        BucketState s = new BucketState();
        readStored(root.path("records"), s.records);
        readStored(root.path("foreign"), s.foreign);
        root.path("emitted").forEach(k -> s.emitted.add(k.textValue()));
        for (Map.Entry<String, JsonNode> e : root.path("cases").properties()) {
            s.cases.put(e.getKey(), e.getValue().longValue());
        }
        root.path("products").forEach(p -> s.products.add(p.textValue()));
        for (Map.Entry<String, JsonNode> e : root.path("complaintProducts").properties()) {
            s.complaintProducts.put(e.getKey(), e.getValue().textValue());
        }
        s.wakeAt = root.path("wakeAt").asLong(-1);
        s.lastChange = root.path("lastChange").asLong(0);
        return s;
    }

    private static void readStored(JsonNode array, Map<String, Stored> into) {
        for (JsonNode r : array) {
            String type = r.get("type").textValue();
            RecordJson.Result read = RecordJson.read(type, r.get("record"), null);
            if (read.error() != null) {
                throw new IllegalStateException("a stored record no longer reads: " + read.error());
            }
            into.put(type + " " + id(read.record()), new Stored(type, read.record(), r.get("arrivedAt").longValue()));
        }
    }

    private static String id(Record r) {
        return RecordEvent.of(r).id();
    }

    /** The serde of the bucket stores: JSON, UTF-8. */
    static Serde<BucketState> serde() {
        Serializer<BucketState> ser = (topic, state) -> state == null ? null : state.toJson();
        Deserializer<BucketState> de = (topic, bytes) -> bytes == null ? null : fromJson(bytes);
        return Serdes.serdeFrom(ser, de);
    }
}
