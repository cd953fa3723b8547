package org.servicestandards.kafka;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.servicestandards.ServiceStandards;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.io.DocumentReader;

/**
 * Runs the topology against a Kafka cluster until it is stopped (Ctrl-C, SIGTERM).
 *
 * <pre>
 * java -cp ... org.servicestandards.kafka.StandardsStreamsApp --bootstrap-servers broker:9092 \
 *      [--application-id service-standards] [--records standards.records] [--findings standards.findings] \
 *      [--rejected standards.rejected] [--agents standards.agents] [--state-dir /var/lib/standards] \
 *      [--config standards.yaml]
 * </pre>
 *
 * Each option may also come from the environment: {@code STANDARDS_BOOTSTRAP_SERVERS},
 * {@code STANDARDS_APPLICATION_ID}, {@code STANDARDS_RECORDS_TOPIC}, {@code STANDARDS_FINDINGS_TOPIC},
 * {@code STANDARDS_REJECTED_TOPIC}, {@code STANDARDS_AGENTS_TOPIC}, {@code STANDARDS_STATE_DIR},
 * {@code STANDARDS_CONFIG}; an argument wins over the environment.
 */
public final class StandardsStreamsApp {
    private static final Map<String, String> OPTIONS = Map.of(
            "--bootstrap-servers", "STANDARDS_BOOTSTRAP_SERVERS",
            "--application-id", "STANDARDS_APPLICATION_ID",
            "--records", "STANDARDS_RECORDS_TOPIC",
            "--findings", "STANDARDS_FINDINGS_TOPIC",
            "--rejected", "STANDARDS_REJECTED_TOPIC",
            "--agents", "STANDARDS_AGENTS_TOPIC",
            "--state-dir", "STANDARDS_STATE_DIR",
            "--config", "STANDARDS_CONFIG");

    private StandardsStreamsApp() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> o;
        try {
            o = options(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: StandardsStreamsApp --bootstrap-servers host:port [--application-id id] "
                    + "[--records topic] [--findings topic] [--rejected topic] [--agents topic] [--state-dir dir] "
                    + "[--config file.yaml]");
            System.exit(2);
            return;
        }
        StandardsConfig config = StandardsConfig.defaults();
        if (o.containsKey("--config")) {
            config = DocumentReader.create().readConfig(Path.of(o.get("--config")), config);
        }
        StandardsTopology.Builder topology = StandardsTopology.builder()
                .standards(ServiceStandards.builder().config(config).build());
        if (o.containsKey("--records")) {
            topology.recordsTopic(o.get("--records"));
        }
        if (o.containsKey("--findings")) {
            topology.findingsTopic(o.get("--findings"));
        }
        if (o.containsKey("--rejected")) {
            topology.rejectedTopic(o.get("--rejected"));
        }
        if (o.containsKey("--agents")) {
            topology.agentsTopic(o.get("--agents"));
        }
        Properties props = StandardsStreamsConfig.properties(
                o.getOrDefault("--application-id", "service-standards"), o.get("--bootstrap-servers"));
        if (o.containsKey("--state-dir")) {
            props.put(StreamsConfig.STATE_DIR_CONFIG, o.get("--state-dir"));
        }
        KafkaStreams streams = new KafkaStreams(topology.build(), props);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            streams.close();
            stopped.countDown();
        }, "standards-shutdown"));
        streams.start();
        stopped.await();
    }

    /** The options from {@code --name value} arguments over the environment; the bootstrap servers are required. */
    static Map<String, String> options(String[] args, Map<String, String> env) {
        Map<String, String> out = new java.util.HashMap<>();
        OPTIONS.forEach((option, variable) -> {
            String v = env.get(variable);
            if (v != null && !v.isBlank()) {
                out.put(option, v);
            }
        });
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value;
            String name;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            } else {
                name = a;
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + a + " needs a value");
                }
                value = args[++i];
            }
            if (!OPTIONS.containsKey(name)) {
                throw new IllegalArgumentException("unknown option " + name);
            }
            out.put(name, value);
        }
        if (!out.containsKey("--bootstrap-servers")) {
            throw new IllegalArgumentException("the bootstrap servers are required: --bootstrap-servers host:port "
                    + "or STANDARDS_BOOTSTRAP_SERVERS");
        }
        return out;
    }
}
