package org.servicestandards.kafka;

/**
 * What a processor sends on, and where: an event for the next partitioning, or a finished JSON
 * message for an output topic. Within a sub-topology only; repartition topics carry the event.
 */
record Routed(Route route, RecordEvent event, String json) {
    enum Route { OWNER, CASE, PRODUCT, AGENTS, FINDING, REJECTED }

    static Routed event(Route route, RecordEvent event) { return new Routed(route, event, null); }

    static Routed finding(String json) { return new Routed(Route.FINDING, null, json); }

    static Routed rejected(String json) { return new Routed(Route.REJECTED, null, json); }

    static Routed agents(String json) { return new Routed(Route.AGENTS, null, json); }
}
