package org.servicestandards.kafka;

import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Reads each message of the input topic: a record event goes on keyed by its owner (customer or
 * agent), whatever key the producer gave it; a message that cannot be read goes to the rejected
 * topic with its error, and the stream goes on.
 */
final class ParseProcessor extends ContextualProcessor<String, String, String, Routed> {

    @Override
    public void process(Record<String, String> r) {
        String location = context().recordMetadata().map(ParseProcessor::location).orElse(null);
        EventJson.Parsed parsed = EventJson.parse(r.value(), location);
        if (parsed.error() != null) {
            context().forward(r.withValue(Routed.rejected(FindingJson.rejected(parsed.error(), "read", r.value()))));
        } else {
            context().forward(r.withKey(parsed.event().ownerKey()).withValue(Routed.event(Routed.Route.OWNER, parsed.event())));
        }
    }

    private static String location(RecordMetadata m) { return m.topic() + "-" + m.partition() + "@" + m.offset(); }
}
