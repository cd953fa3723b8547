package org.servicestandards.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.servicestandards.ServiceStandards;

/**
 * A topology under {@link TopologyTestDriver} (no broker): send record events, move the wall clock,
 * read what came out. Named instants in the week of Monday 2 March 2026 (UTC, default calendar
 * Mon-Fri 09:00-17:00), as the rule tests use them.
 */
final class Harness implements AutoCloseable {
    /** Compiled once per test JVM: compiling the rule base takes seconds. */
    static final ServiceStandards STANDARDS = ServiceStandards.withDefaults();

    static final Instant MON_0800 = at(2, 8, 0);
    static final Instant MON_0900 = at(2, 9, 0);
    static final Instant MON_1000 = at(2, 10, 0);
    static final Instant TUE_0900 = at(3, 9, 0);
    static final Instant FRI_1630 = at(6, 16, 30);
    static final Instant SAT_1200 = at(7, 12, 0);

    static Instant at(int marchDay, int hour, int minute) {
        return LocalDateTime.of(2026, 3, marchDay, hour, minute).toInstant(ZoneOffset.UTC);
    }

    final TopologyTestDriver driver;
    final Path stateDir;
    private final TestInputTopic<String, String> records;
    private final TestInputTopic<String, String> agents;
    private final TestOutputTopic<String, String> findings;
    private final TestOutputTopic<String, String> rejected;
    private final boolean ownsStateDir;
    private Instant clock;

    Harness(Instant start) { this(defaultTopology(), start, null); }

    static Topology defaultTopology() {
        return StandardsTopology.builder().standards(STANDARDS).tick(Duration.ofSeconds(1)).build();
    }

    Harness(Topology topology, Instant start, Path stateDir) {
        try {
            this.ownsStateDir = stateDir == null;
            this.stateDir = stateDir == null ? Files.createTempDirectory(Files.createDirectories(Path.of("target", "state")), "standards-") : stateDir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties p = StandardsStreamsConfig.properties("standards-test", "unused:9092");
        p.put(StreamsConfig.STATE_DIR_CONFIG, this.stateDir.toString());
        this.driver = new TopologyTestDriver(topology, p, start);
        this.clock = start;
        this.records = driver.createInputTopic(StandardsTopology.RECORDS_TOPIC, new StringSerializer(), new StringSerializer());
        this.agents = driver.createInputTopic(StandardsTopology.AGENTS_TOPIC, new StringSerializer(), new StringSerializer());
        this.findings = driver.createOutputTopic(StandardsTopology.FINDINGS_TOPIC, new StringDeserializer(),
                new StringDeserializer());
        this.rejected = driver.createOutputTopic(StandardsTopology.REJECTED_TOPIC, new StringDeserializer(),
                new StringDeserializer());
    }

    Instant now() { return clock; }

    /** Sends records as events, with no key (the topology re-keys them). */
    Harness send(Record... rs) {
        for (Record r : rs) {
            records.pipeInput(null, EventJson.write(r), clock);
        }
        return this;
    }

    Harness sendRaw(String key, String value) {
        records.pipeInput(key, value, clock);
        return this;
    }

    Harness retract(RecordEvent retraction) {
        records.pipeInput(null, EventJson.write(retraction), clock);
        return this;
    }

    /** Replays messages onto the agents topic (as a restarted instance reads it into its global store). */
    void agentsTopic(List<TestRecord<String, String>> messages) {
        messages.forEach(m -> agents.pipeInput(m.key(), m.value(), clock));
    }

    /** Moves the wall clock forward to {@code t} (one punctuation at most). */
    Harness advanceTo(Instant t) {
        if (t.isAfter(clock)) {
            driver.advanceWallClockTime(Duration.between(clock, t));
            clock = t;
        }
        return this;
    }

    /** Moves the wall clock to {@code t} in steps, a punctuation after each. */
    Harness stepTo(Instant t, Duration step, Consumer<Instant> afterEach) {
        while (clock.isBefore(t)) {
            Instant next = clock.plus(step).isAfter(t) ? t : clock.plus(step);
            advanceTo(next);
            afterEach.accept(next);
        }
        return this;
    }

    /** The findings-topic messages since the last call. */
    List<FindingJson.Output> findings() {
        return findings.readValuesToList().stream().map(FindingJson::read).toList();
    }

    /** The rejected-topic messages since the last call. */
    List<JsonNode> rejected() {
        List<JsonNode> out = new ArrayList<>();
        for (String v : rejected.readValuesToList()) {
            try {
                out.add(EventJson.mapper().readTree(v));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Every message written so far to an internal topic whose name ends with {@code suffix} (e.g. a changelog). */
    List<TestRecord<String, String>> topic(String name) {
        return driver.createOutputTopic(name, new StringDeserializer(), new StringDeserializer()).readRecordsToList();
    }

    List<TestRecord<byte[], byte[]>> rawTopic(String name) {
        return driver.createOutputTopic(name, new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer()).readRecordsToList();
    }

    Map<String, ?> stores() { return driver.getAllStateStores(); }

    @Override
    public void close() {
        driver.close();
        if (ownsStateDir) {
            try (Stream<Path> walk = Files.walk(stateDir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException ignored) {
                // a temporary directory
            }
        }
    }
}
