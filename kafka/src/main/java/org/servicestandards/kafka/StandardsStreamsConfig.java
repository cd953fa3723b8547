package org.servicestandards.kafka;

import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams configuration the topology is meant to run with.
 *
 * <p>{@code processing.guarantee=exactly_once_v2}: each task reads its input, updates its stores'
 * changelogs, writes to the repartition and output topics and commits its input offsets in one Kafka
 * transaction. After a crash the task restarts from the last committed offsets and its stores are
 * rebuilt from the changelogs as of the same commit (local state that may hold uncommitted writes is
 * wiped and restored), so the emitted-findings set in the store always matches what was written to the
 * findings topic: a finding is emitted once even across restarts and rebalances. Consumers of the output
 * topics must read with {@code isolation.level=read_committed} to see only committed findings.
 *
 * <p>Exactly-once covers Kafka only. The wall clock is not part of it: a punctuation replayed after a
 * crash runs at a later wall-clock instant and may see a few more deadlines passed, which is what it
 * would have seen anyway, a little later.
 */
public final class StandardsStreamsConfig {
    private StandardsStreamsConfig() {}

    /**
     * The properties for an application.
     *
     * @param applicationId    the Kafka Streams application id (consumer group, prefix of internal topics)
     * @param bootstrapServers the brokers, {@code host:port,...}
     */
    public static Properties properties(String applicationId, String bootstrapServers) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(bootstrapServers, "bootstrapServers");
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        // Three copies of internal topics (changelogs, repartition topics), as a production cluster needs.
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 3);
        // A warm replica of every store on another instance: a failover then restores only the tail.
        p.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 1);
        // An evaluation takes milliseconds; a punctuation may evaluate thousands of buckets.
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG), 600_000);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), 200);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        return p;
    }
}
