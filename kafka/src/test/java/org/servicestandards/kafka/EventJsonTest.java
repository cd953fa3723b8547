package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicestandards.kafka.Harness.at;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;

/** The event JSON, the configuration factory and the application's options. */
class EventJsonTest {

    @Test
    void anEvent_isTheDocumentFormatsRecordWithItsType_andReadsBackEqual() {
        Interaction i = Interaction.of("I-1", "C-1", "CASE-1", Channel.EMAIL, Direction.OUTBOUND, at(2, 9, 0))
                .withAgent("A-1").withFlags(Flag.PROCESS_TIME_STATED);
        String json = EventJson.write(i);
        assertThat(json).isEqualTo("{\"type\":\"interaction\",\"record\":{\"id\":\"I-1\",\"customerId\":\"C-1\","
                + "\"caseId\":\"CASE-1\",\"channel\":\"email\",\"direction\":\"outbound\",\"at\":\"2026-03-02T09:00:00Z\","
                + "\"agentId\":\"A-1\",\"flags\":[\"process_time_stated\"]}}");
        RecordEvent e = EventJson.parse(json, null).event();
        assertThat(e.record()).isEqualTo(i);
        assertThat(e.ownerKey()).isEqualTo("customer:C-1");
        assertThat(e.caseKey()).isEqualTo("case:CASE-1");
    }

    @Test
    void aRetraction_namesTheRecordAndWhereItLived() {
        String json = "{\"type\":\"interaction\",\"retract\":{\"id\":\"I-7\",\"customerId\":\"C-1\"}}";
        RecordEvent e = EventJson.parse(json, null).event();
        assertThat(e.isRetraction()).isTrue();
        assertThat(e.caseKey()).isEqualTo("caseless:C-1");
        assertThat(EventJson.write(e)).isEqualTo(json);
        assertThat(EventJson.parse("{\"type\":\"customer\",\"retract\":{\"id\":\"C-1\"}}", null).event().ownerKey())
                .isEqualTo("customer:C-1");
        assertThat(EventJson.parse("{\"type\":\"absence\",\"retract\":{\"id\":\"AB-1\",\"agentId\":\"A-1\"}}", null)
                .event().ownerKey()).isEqualTo("agent:A-1");
    }

    @Test
    void duplicateFieldsAndExtraFields_areRejected() {
        assertThat(EventJson.parse("{\"type\":\"customer\",\"type\":\"agent\",\"record\":{\"id\":\"C-1\"}}", "t-0@1")
                .error().message()).startsWith("event event: field 'json' is not valid JSON: Duplicate field 'type'");
        assertThat(EventJson.parse("{\"type\":\"customer\",\"record\":{\"id\":\"C-1\"},\"at\":1}", "t-0@1").error()
                .message()).isEqualTo("customer event: field 'at' is not a field of an event (type, record, retract)");
        assertThat(EventJson.parse("{\"type\":\"customer\"}", null).error().message())
                .isEqualTo("customer event: field 'record' an event carries either a 'record' or a 'retract', and has neither");
    }

    @Test
    void theConfiguration_isExactlyOnce() {
        Properties p = StandardsStreamsConfig.properties("app", "broker:9092");
        assertThat(p.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(p.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("app");
        assertThat(new StreamsConfig(p).getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
    }

    @Test
    void theApplication_takesItsOptionsFromArgumentsOverTheEnvironment() {
        Map<String, String> o = StandardsStreamsApp.options(new String[] {"--records", "in", "--findings=out"},
                Map.of("STANDARDS_BOOTSTRAP_SERVERS", "b:9092", "STANDARDS_RECORDS_TOPIC", "env-in"));
        assertThat(o).containsEntry("--bootstrap-servers", "b:9092").containsEntry("--records", "in")
                .containsEntry("--findings", "out");
        assertThatThrownBy(() -> StandardsStreamsApp.options(new String[0], Map.of()))
                .hasMessageContaining("--bootstrap-servers");
        assertThatThrownBy(() -> StandardsStreamsApp.options(new String[] {"--topic", "x"}, Map.of("STANDARDS_BOOTSTRAP_SERVERS", "b")))
                .hasMessage("unknown option --topic");
    }

    @Test
    void theTopologyBuilder_rejectsAnOptionSetTwice() {
        assertThatThrownBy(() -> StandardsTopology.builder().tick(java.time.Duration.ofSeconds(1))
                .tick(java.time.Duration.ofSeconds(2))).hasMessage("tick was already set to PT1S");
        assertThatThrownBy(() -> StandardsTopology.builder().build()).hasMessageContaining("must be set");
    }
}
