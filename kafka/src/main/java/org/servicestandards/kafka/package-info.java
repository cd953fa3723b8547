/**
 * The standards inside Kafka Streams: record events in, findings out, each case's records in a
 * fault-tolerant state store, deadlines passing on the wall clock. Start with
 * {@link org.servicestandards.kafka.StandardsTopology} and
 * {@link org.servicestandards.kafka.StandardsStreamsConfig}; {@code docs/scaling.md} describes the
 * topics, the partitioning, exactly-once processing and measured figures.
 */
package org.servicestandards.kafka;
