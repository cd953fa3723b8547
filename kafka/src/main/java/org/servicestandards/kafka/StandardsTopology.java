package org.servicestandards.kafka;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.BranchedKStream;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.StandardsEvaluator;

/**
 * The Kafka Streams topology that evaluates the standards continuously (see {@code docs/scaling.md}):
 *
 * <pre>
 *  records topic ──parse──┬─ rejected topic (messages that cannot be read)
 *                         └─ repartition by customer/agent ── owner ──┬─ findings (customer, agent level)
 *                                                                     ├─ agents topic ── global agents store
 *                                                                     ├─ repartition by case ── case ──┬─ findings
 *                                                                     │                                └─ rejected (dangling references)
 *                                                                     └─ repartition by product ── product ── findings
 * </pre>
 *
 * <p>Every bucket (case, customer, agent, product) keeps its records in a persistent key-value store
 * (JSON) with the keys of the findings already emitted for it, and a schedule of wake-ups; a
 * wall-clock punctuator evaluates the buckets that come due with the batch evaluator as of the wall
 * clock, so deadlines pass even when no event arrives.
 *
 * <pre>{@code
 * Topology topology = StandardsTopology.builder().standards(ServiceStandards.withDefaults()).build();
 * new KafkaStreams(topology, StandardsStreamsConfig.properties("service-standards", "broker:9092")).start();
 * }</pre>
 */
public final class StandardsTopology {
    static final String OWNER_STATE = "standards-owner-state";
    static final String OWNER_SCHEDULE = "standards-owner-schedule";
    static final String CASE_STATE = "standards-case-state";
    static final String CASE_SCHEDULE = "standards-case-schedule";
    static final String PRODUCT_STATE = "standards-product-state";
    static final String PRODUCT_SCHEDULE = "standards-product-schedule";
    static final String AGENTS_STORE = "standards-agents";

    /** The default topic names. */
    public static final String RECORDS_TOPIC = "standards.records";
    public static final String FINDINGS_TOPIC = "standards.findings";
    public static final String REJECTED_TOPIC = "standards.rejected";
    public static final String AGENTS_TOPIC = "standards.agents";

    private StandardsTopology() {}

    public static Builder builder() { return new Builder(); }

    /** Builds the topology; every option may be set once. Not thread-safe. */
    public static final class Builder {
        private StandardsEvaluator evaluator;
        private StandardsConfig config;
        private String recordsTopic;
        private String findingsTopic;
        private String rejectedTopic;
        private String agentsTopic;
        private Duration tick;
        private Duration maxRecheck;
        private Duration referenceGrace;
        private Scopes scopes;
        private Integer partitions;
        private Integer maxBucketsPerTick;
        private final Map<Scope, Duration> retention = new EnumMap<>(Scope.class);

        private Builder() {}

        /** The evaluator (its configuration gives the calendar and targets the wake-ups are computed with). Required. */
        public Builder standards(ServiceStandards value) {
            return evaluator(value, Objects.requireNonNull(value, "standards").config());
        }

        /** Any evaluator, with the configuration it evaluates with. */
        public Builder evaluator(StandardsEvaluator value, StandardsConfig configuration) {
            requireUnset(evaluator, "standards");
            this.evaluator = Objects.requireNonNull(value, "evaluator");
            this.config = Objects.requireNonNull(configuration, "configuration");
            return this;
        }

        /** The input topic of record events; default {@value StandardsTopology#RECORDS_TOPIC}. */
        public Builder recordsTopic(String value) {
            requireUnset(recordsTopic, "recordsTopic");
            recordsTopic = requireName(value);
            return this;
        }

        /** The output topic of findings; default {@value StandardsTopology#FINDINGS_TOPIC}. */
        public Builder findingsTopic(String value) {
            requireUnset(findingsTopic, "findingsTopic");
            findingsTopic = requireName(value);
            return this;
        }

        /** The output topic of rejected records; default {@value StandardsTopology#REJECTED_TOPIC}. */
        public Builder rejectedTopic(String value) {
            requireUnset(rejectedTopic, "rejectedTopic");
            rejectedTopic = requireName(value);
            return this;
        }

        /**
         * The topic of agent records, read into a global store by every instance (a compacted topic
         * keyed by agent id); default {@value StandardsTopology#AGENTS_TOPIC}. Agent records sent to the
         * records topic are written there.
         */
        public Builder agentsTopic(String value) {
            requireUnset(agentsTopic, "agentsTopic");
            agentsTopic = requireName(value);
            return this;
        }

        /** How often the punctuator looks for buckets due (wall clock); default 1 second. */
        public Builder tick(Duration value) {
            requireUnset(tick, "tick");
            tick = requirePositive(value, "tick");
            return this;
        }

        /**
         * The longest a bucket with open work (a warning, an overdue outcome, an open case) goes without
         * an evaluation, for changes at instants the wake-up candidates do not foresee; default 1 day.
         */
        public Builder maxRecheck(Duration value) {
            requireUnset(maxRecheck, "maxRecheck");
            maxRecheck = requirePositive(value, "maxRecheck");
            return this;
        }

        /**
         * How long a record that refers to an absent record (customer, case, interaction) waits for it
         * before it is reported on the rejected topic; default 1 hour.
         */
        public Builder referenceGrace(Duration value) {
            requireUnset(referenceGrace, "referenceGrace");
            referenceGrace = Objects.requireNonNull(value, "referenceGrace");
            return this;
        }

        /**
         * How long a bucket keeps records after their activity: a case bucket is forgotten this long
         * after its latest record instant or arrival; customer, agent and product buckets forget records
         * older than this. Defaults: case 30 days, customer 400 days, agent 30 days, product 30 days.
         */
        public Builder retention(Scope scope, Duration value) {
            requireUnset(retention.get(scope), "retention of " + scope);
            retention.put(scope, requirePositive(value, "retention"));
            return this;
        }

        /** Which standards are evaluated per customer, agent and product; default {@link Scopes#DEFAULTS}. */
        public Builder scopes(Scopes value) {
            requireUnset(scopes, "scopes");
            scopes = Objects.requireNonNull(value, "scopes");
            return this;
        }

        /** The partitions of the repartition topics; default: as many as the records topic. */
        public Builder partitions(int value) {
            requireUnset(partitions, "partitions");
            if (value < 1) {
                throw new IllegalArgumentException("partitions must be at least 1, was " + value);
            }
            partitions = value;
            return this;
        }

        /** The most buckets one punctuation evaluates (the rest wait for the next tick); default 10,000. */
        public Builder maxBucketsPerTick(int value) {
            requireUnset(maxBucketsPerTick, "maxBucketsPerTick");
            if (value < 1) {
                throw new IllegalArgumentException("maxBucketsPerTick must be at least 1, was " + value);
            }
            maxBucketsPerTick = value;
            return this;
        }

        /**
         * Builds the topology.
         *
         * @throws IllegalStateException if no evaluator was given
         */
        public Topology build() {
            if (evaluator == null) {
                throw new IllegalStateException("standards (the evaluator) must be set");
            }
            Map<Scope, Duration> keep = new HashMap<>(Map.of(Scope.CASE, Duration.ofDays(30),
                    Scope.CUSTOMER, Duration.ofDays(400), Scope.AGENT, Duration.ofDays(30),
                    Scope.PRODUCT, Duration.ofDays(30)));
            keep.putAll(retention);
            Settings settings = Settings.of(evaluator, config, scopes == null ? Scopes.DEFAULTS : scopes,
                    tick == null ? Duration.ofSeconds(1) : tick, maxRecheck == null ? Duration.ofDays(1) : maxRecheck,
                    keep, referenceGrace == null ? Duration.ofHours(1) : referenceGrace,
                    maxBucketsPerTick == null ? 10_000 : maxBucketsPerTick);
            return topology(settings, recordsTopic == null ? RECORDS_TOPIC : recordsTopic,
                    findingsTopic == null ? FINDINGS_TOPIC : findingsTopic,
                    rejectedTopic == null ? REJECTED_TOPIC : rejectedTopic,
                    agentsTopic == null ? AGENTS_TOPIC : agentsTopic);
        }

        private Topology topology(Settings settings, String records, String findings, String rejected, String agents) {
            Serde<String> text = Serdes.String();
            Serde<RecordEvent> events = eventSerde();
            StreamsBuilder b = new StreamsBuilder();
            for (String[] pair : new String[][] {{OWNER_STATE, OWNER_SCHEDULE}, {CASE_STATE, CASE_SCHEDULE},
                    {PRODUCT_STATE, PRODUCT_SCHEDULE}}) {
                b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(pair[0]), text,
                        BucketState.serde()));
                b.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(pair[1]), text, text));
            }
            b.addGlobalStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AGENTS_STORE), text, text)
                            .withLoggingDisabled(),
                    agents, Consumed.with(text, text).withName("standards-agents-source"), AgentsUpdater::new);

            KStream<String, String> input = b.stream(records, Consumed.with(text, text).withName("standards-records-source"));
            Map<String, KStream<String, Routed>> parsed = routes(
                    input.process(ParseProcessor::new, Named.as("standards-parse")), "standards-parse-");
            KStream<String, Routed> owners = repartition(parsed.get("standards-parse-owner"), events, "standards-by-owner")
                    .process(() -> new OwnerProcessor(settings), Named.as("standards-owner"), OWNER_STATE, OWNER_SCHEDULE);
            Map<String, KStream<String, Routed>> fromOwners = routes(owners, "standards-owner-");
            KStream<String, Routed> cases = repartition(fromOwners.get("standards-owner-case"), events, "standards-by-case")
                    .process(() -> new CaseProcessor(settings), Named.as("standards-case"), CASE_STATE, CASE_SCHEDULE);
            Map<String, KStream<String, Routed>> fromCases = routes(cases, "standards-case-");
            KStream<String, Routed> products = repartition(fromOwners.get("standards-owner-product"), events,
                    "standards-by-product")
                    .process(() -> new ProductProcessor(settings), Named.as("standards-product"), PRODUCT_STATE,
                            PRODUCT_SCHEDULE);
            Map<String, KStream<String, Routed>> fromProducts = routes(products, "standards-product-");

            fromOwners.get("standards-owner-agents").mapValues((Routed v) -> v.json(), Named.as("standards-agents-json"))
                    .to(agents, Produced.with(text, text).withName("standards-agents-sink"));
            fromOwners.get("standards-owner-finding")
                    .merge(fromCases.get("standards-case-finding"), Named.as("standards-findings-merge-cases"))
                    .merge(fromProducts.get("standards-product-finding"), Named.as("standards-findings-merge-products"))
                    .mapValues((Routed v) -> v.json(), Named.as("standards-findings-json"))
                    .to(findings, Produced.with(text, text).withName("standards-findings-sink"));
            parsed.get("standards-parse-rejected")
                    .merge(fromCases.get("standards-case-rejected"), Named.as("standards-rejected-merge"))
                    .mapValues((Routed v) -> v.json(), Named.as("standards-rejected-json"))
                    .to(rejected, Produced.with(text, text).withName("standards-rejected-sink"));
            return b.build();
        }

        private KStream<String, RecordEvent> repartition(KStream<String, Routed> stream, Serde<RecordEvent> events,
                                                         String name) {
            Repartitioned<String, RecordEvent> how = Repartitioned.with(Serdes.String(), events).withName(name);
            if (partitions != null) {
                how = how.withNumberOfPartitions(partitions);
            }
            return stream.mapValues((Routed v) -> v.event(), Named.as(name + "-event")).repartition(how);
        }

        /** One branch per route, named {@code <prefix><route in lower case>}. */
        private static Map<String, KStream<String, Routed>> routes(KStream<String, Routed> stream, String prefix) {
            BranchedKStream<String, Routed> split = stream.split(Named.as(prefix));
            for (Routed.Route route : Routed.Route.values()) {
                split = split.branch((k, v) -> v.route() == route, Branched.as(route.name().toLowerCase()));
            }
            return split.noDefaultBranch();
        }

        private static Serde<RecordEvent> eventSerde() {
            return Serdes.serdeFrom(
                    (topic, e) -> e == null ? null : EventJson.write(e).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    (topic, bytes) -> {
                        if (bytes == null) {
                            return null;
                        }
                        EventJson.Parsed p = EventJson.parse(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), topic);
                        if (p.error() != null) {
                            throw new IllegalStateException("an internal topic holds an unreadable event: " + p.error());
                        }
                        return p.event();
                    });
        }

        private static void requireUnset(Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set to " + current);
            }
        }

        private static String requireName(String topic) {
            if (topic == null || topic.isBlank()) {
                throw new IllegalArgumentException("a topic name must not be blank");
            }
            return topic;
        }

        private static Duration requirePositive(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive, was " + d);
            }
            return d;
        }
    }
}
