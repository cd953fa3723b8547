package org.servicestandards.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Direction;
import org.servicestandards.model.Interaction;

class DocumentWriterTest {
    private static final Instant AS_OF = Instant.parse("2026-03-06T17:00:00Z");

    static String write(Dataset records, CalendarSpec calendar, Instant asOf) throws IOException {
        StringWriter out = new StringWriter();
        DocumentWriter.write(records, calendar, asOf, out);
        return out.toString();
    }

    static Document read(String json) throws IOException {
        return DocumentReader.create().read(new StringReader(json), "input.json");
    }

    @Test
    void writtenDocument_readsBackToEqualRecordsCalendarAndAsOf() throws IOException {
        CalendarSpec calendar = CalendarSpec.weekdays("Europe/London", "09:00-12:30, 13:30-17:30")
                .withHolidays(List.of(LocalDate.parse("2026-03-04")))
                .withAnnualHolidays(List.of(MonthDay.of(12, 25)))
                .withPublicHolidays("GB", "eng");

        Document doc = read(write(Samples.full(), calendar, AS_OF));

        assertThat(doc.errors()).isEmpty();
        assertThat(doc.records()).isEqualTo(Samples.full());
        assertThat(doc.calendar()).isEqualTo(calendar);
        assertThat(doc.asOf()).isEqualTo(AS_OF);
    }

    @Test
    void calendarWithPerDayHours_roundTrips() throws IOException {
        CalendarSpec calendar = new CalendarSpec("UTC", Map.of(DayOfWeek.MONDAY, List.of("08:00-12:00"),
                DayOfWeek.SATURDAY, List.of("10:00-13:00", "14:00-24:00")), List.of(), List.of(), null, List.of());

        String json = write(Dataset.empty(), calendar, null);

        assertThat(json).contains("\"hours\"").doesNotContain("\"weekdays\"");
        assertThat(read(json).calendar()).isEqualTo(calendar);
    }

    @Test
    void emptyDataset_writesAnEmptyObjectThatReadsBack() throws IOException {
        String json = write(Dataset.empty(), null, null);

        assertThat(json).isEqualTo("{}\n");
        Document doc = read(json);
        assertThat(doc.records()).isEqualTo(Dataset.empty());
        assertThat(doc.calendar()).isNull();
        assertThat(doc.asOf()).isNull();
    }

    @Test
    void nullsEmptyListsAndFalseFlags_areLeftOut_enumsAreLowerCase() throws IOException {
        Interaction minimal = Interaction.of("I-1", "C-1", null, Channel.IN_PERSON, Direction.INBOUND,
                Instant.parse("2026-03-02T09:00:00Z"));
        String json = write(Dataset.builder().add(Customer.of("C-1")).add(minimal).build(), null, null);

        JsonNode i = new ObjectMapper().readTree(json).get("interactions").get(0);
        List<String> names = new ArrayList<>();
        i.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "customerId", "channel", "direction", "at");
        assertThat(i.get("channel").asText()).isEqualTo("in_person");
        assertThat(i.get("direction").asText()).isEqualTo("inbound");
    }

    @Test
    void output_isIndentedWithStableFieldOrder() throws IOException {
        String json = write(Samples.full(), CalendarSpec.weekdays("UTC", "09:00-17:00"), AS_OF);

        assertThat(json).startsWith("{\n  \"asOf\": \"2026-03-06T17:00:00Z\",\n  \"calendar\": {\n    \"zone\": \"UTC\",");
        assertThat(json.indexOf("\"customers\"")).isLessThan(json.indexOf("\"agents\""));
        assertThat(json.indexOf("\"agents\"")).isLessThan(json.indexOf("\"cases\""));
        assertThat(json.indexOf("\"commitments\"")).isLessThan(json.indexOf("\"absences\""));
        assertThat(json.indexOf("\"absences\"")).isLessThan(json.indexOf("\"anomalies\""));
        assertThat(json).contains("\"products\": [\n        \"plan-fibre\",\n        \"router-x\"\n      ]");
        assertThat(json).contains("\"amount\": 149.90").contains("\"lifetimeValue\": 12500.50");
        assertThat(write(Samples.full(), CalendarSpec.weekdays("UTC", "09:00-17:00"), AS_OF)).isEqualTo(json);
    }

    @Test
    void generatedDatasets_roundTrip() throws IOException {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int n = 0; n < 50; n++) {
            Dataset.Builder b = Dataset.builder();
            int customers = 1 + random.nextInt(3);
            for (int c = 0; c < customers; c++) {
                b.add(Customer.of("C-" + c).withTier(org.servicestandards.model.Tier.values()[random.nextInt(3)]));
            }
            int interactions = random.nextInt(6);
            for (int k = 0; k < interactions; k++) {
                Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
                Direction direction = random.nextBoolean() ? Direction.INBOUND : Direction.OUTBOUND;
                Interaction i = Interaction.of("I-" + k, "C-" + random.nextInt(customers), null, channel, direction,
                        Instant.ofEpochSecond(1_772_000_000L + random.nextInt(1_000_000), random.nextInt(1_000_000_000)));
                if (channel == Channel.PHONE && direction == Direction.INBOUND && random.nextBoolean()) {
                    i = i.withRings(random.nextInt(9));
                }
                if (random.nextBoolean()) {
                    i = i.withText("text " + random.nextInt() + " \u00e9\u4e2d\"\\");
                }
                b.add(i);
            }
            Dataset data = b.build();
            Document doc = read(write(data, null, null));
            assertThat(doc.records()).as("seed %d, dataset %d", seed, n).isEqualTo(data);
            assertThat(doc.errors()).as("seed %d, dataset %d", seed, n).isEmpty();
        }
    }
}
