package org.servicestandards.kafka;

import org.apache.kafka.streams.processor.api.ContextualProcessor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the global agents store: the agents topic's messages as they are (key: agent id, value: the
 * agent's record event), so a restore that copies the topic into the store gives the same content.
 */
final class AgentsUpdater extends ContextualProcessor<String, String, Void, Void> {
    private KeyValueStore<String, String> store;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        super.init(context);
        store = context.getStateStore(StandardsTopology.AGENTS_STORE);
    }

    @Override
    public void process(Record<String, String> r) {
        if (r.key() == null) {
            return;
        }
        if (r.value() == null) {
            store.delete(r.key());
        } else {
            store.put(r.key(), r.value());
        }
    }
}
