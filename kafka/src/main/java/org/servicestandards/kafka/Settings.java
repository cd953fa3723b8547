package org.servicestandards.kafka;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.evaluation.StandardsEvaluator;

/** What the processors share: the evaluator and the topology's options. Immutable and thread-safe. */
record Settings(StandardsEvaluator evaluator, StandardsConfig config, Scopes scopes, Map<Scope, WakeUps> wakeUps,
                Duration tick, Duration maxRecheck, Map<Scope, Duration> retention, Duration referenceGrace,
                int maxBucketsPerTick) {

    static Settings of(StandardsEvaluator evaluator, StandardsConfig config, Scopes scopes, Duration tick,
                       Duration maxRecheck, Map<Scope, Duration> retention, Duration referenceGrace,
                       int maxBucketsPerTick) {
        Map<Scope, WakeUps> wakeUps = new EnumMap<>(Scope.class);
        for (Scope s : Scope.values()) {
            wakeUps.put(s, new WakeUps(config, id -> scopes.of(id) == s));
        }
        return new Settings(evaluator, config, scopes, Map.copyOf(wakeUps), tick, maxRecheck, Map.copyOf(retention),
                referenceGrace, maxBucketsPerTick);
    }
}
