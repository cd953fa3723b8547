package org.servicestandards.examples.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicestandards.examples.data.SupportDeskGenerator.AS_OF;
import static org.servicestandards.examples.data.SupportDeskGenerator.DEFAULT_SEED;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.servicestandards.ServiceStandards;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.config.Catalogue;
import org.servicestandards.config.StandardDefinition;
import org.servicestandards.evaluation.ComplianceReport;
import org.servicestandards.evaluation.Evaluation;
import org.servicestandards.io.Document;
import org.servicestandards.io.DocumentReader;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Commitment;
import org.servicestandards.model.ComplaintCategory;
import org.servicestandards.model.Customer;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Flag;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Tier;

class SupportDeskGeneratorTest {
    /** The committed file, relative to the examples module (where the tests run). */
    static final Path BUNDLED = Path.of("data", "support-desk-2026-04.json");

    private static SupportDeskGenerator.Generated month;
    private static String document;

    @BeforeAll
    static void generate() throws IOException {
        month = SupportDeskGenerator.generate(DEFAULT_SEED);
        document = SupportDeskGenerator.document(month);
    }

    @Test
    void sameSeed_givesByteIdenticalOutput_otherSeedOtherData() throws IOException {
        assertThat(SupportDeskGenerator.document(DEFAULT_SEED)).isEqualTo(document);
        assertThat(SupportDeskGenerator.document(DEFAULT_SEED + 1)).isNotEqualTo(document);
    }

    @Test
    void bundledFile_isTheGeneratorsOutputForTheDefaultSeed() throws IOException {
        String committed = Files.readString(BUNDLED, StandardCharsets.UTF_8);
        assertThat(committed.equals(document))
                .as("examples/data/support-desk-2026-04.json differs from SupportDeskGenerator's output for seed "
                        + DEFAULT_SEED + "; regenerate it from the repository root with: mvn -B -q -pl examples -am "
                        + "package -DskipTests && java -cp examples/target/service-standards.jar "
                        + "org.servicestandards.examples.data.SupportDeskGenerator")
                .isTrue();
    }

    @Test
    void calendar_isLondonOfficeHours_closedOnGoodFridayAndEasterMonday() {
        BusinessCalendar calendar = SupportDeskGenerator.calendarSpec().toCalendar();
        assertThat(calendar.zone().getId()).isEqualTo("Europe/London");
        assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 7))).isTrue();
        assertThat(calendar.isWorkingTime(Instant.parse("2026-04-07T08:00:00Z"))).isTrue(); // 09:00 BST
        assertThat(calendar.isWorkingTime(Instant.parse("2026-04-07T11:30:00Z"))).isTrue(); // no lunch break
        assertThat(calendar.isWorkingTime(Instant.parse("2026-04-07T16:00:00Z"))).isFalse(); // 17:00 BST
        assertThat(month.asOf()).isEqualTo(Instant.parse("2026-04-30T16:00:00Z")).isEqualTo(AS_OF);
    }

    @Test
    void month_isASmallSupportDesk() {
        Dataset d = month.records();
        assertThat(d.customers()).hasSizeBetween(55, 65);
        assertThat(d.customers()).anyMatch(Customer::internal)
                .anyMatch(c -> c.tier() == Tier.VIP && c.lifetimeValue().intValue() > 10_000)
                .anyMatch(c -> c.tier() == Tier.REGULAR).anyMatch(c -> c.tier() == Tier.STANDARD)
                .allMatch(c -> !c.products().isEmpty());
        assertThat(d.agents()).hasSize(8);
        assertThat(d.agents().stream().map(a -> a.team()).distinct()).hasSize(2);
        assertThat(d.interactions()).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(d.interactions()).allMatch(i -> !i.at().isAfter(AS_OF));
        Set<Channel> inbound = d.interactions().stream().filter(Interaction::isInbound).map(Interaction::channel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Channel.class)));
        assertThat(inbound).containsExactlyInAnyOrder(Channel.values());
    }

    @Test
    void weekendsAndBankHolidays_haveLittleTraffic() {
        BusinessCalendar calendar = SupportDeskGenerator.calendarSpec().toCalendar();
        List<Interaction> april = month.records().interactions().stream()
                .filter(i -> !i.at().isBefore(Instant.parse("2026-04-01T00:00:00Z"))).toList();
        long closedDays = april.stream().filter(i -> !calendar.isWorkingDay(day(i))).count();
        assertThat(closedDays).isPositive().isLessThan(april.size() / 20);
        assertThat(april.stream().filter(i -> day(i).getDayOfWeek() == DayOfWeek.SATURDAY)).isNotEmpty();
    }

    @Test
    void interactions_coverCallsAutomatedRepliesAndConduct() {
        List<Interaction> all = month.records().interactions();
        assertThat(all).anyMatch(Interaction::abandoned).anyMatch(Interaction::missed)
                .anyMatch(i -> i.rings() != null).anyMatch(i -> i.secondsToAnswer() != null)
                .anyMatch(i -> i.secondsToAnswer() != null && i.secondsToAnswer() > 18)
                .anyMatch(i -> i.hasFlag(Flag.CALLBACK_REQUESTED)).anyMatch(Interaction::isAutomated)
                .anyMatch(i -> i.hasFlag(Flag.PROCESS_TIME_STATED)).anyMatch(i -> i.hasFlag(Flag.SURVEY))
                .anyMatch(i -> i.hasFlag(Flag.PROACTIVE_NOTICE)).anyMatch(i -> i.hasFlag(Flag.REACTIVATION))
                .anyMatch(i -> i.hasFlag(Flag.HOLD_WITHOUT_PERMISSION))
                .anyMatch(i -> i.hasFlag(Flag.TRANSFER_NOT_INTRODUCED))
                .anyMatch(i -> i.hasFlag(Flag.GREETING_NOT_IDENTIFIED))
                .anyMatch(i -> i.isOutbound() && i.text() != null && i.text().contains("I don't know"))
                .anyMatch(i -> i.inReplyTo() != null);
    }

    @Test
    void cases_pauseWhileWaitingOnTheCustomer_andSomeReopen() {
        Dataset d = month.records();
        assertThat(d.cases()).hasSizeGreaterThan(300)
                .anyMatch(c -> !c.pauses().isEmpty()).anyMatch(c -> c.reopenings() > 0)
                .anyMatch(c -> c.status() == CaseStatus.CLOSED).anyMatch(c -> c.isOpenAt(AS_OF));
    }

    @Test
    void complaints_ofEveryCategory_someIrate_someRepeated() {
        Dataset d = month.records();
        assertThat(d.complaints().stream().map(c -> c.category()).distinct()).containsExactlyInAnyOrder(
                ComplaintCategory.values());
        assertThat(d.complaints()).anyMatch(c -> c.demeanour() == Demeanour.IRATE)
                .anyMatch(c -> c.demeanour() == Demeanour.ABUSIVE)
                .anyMatch(c -> c.resolvedAt() == null).anyMatch(c -> c.resolvedAt() != null);
        assertThat(d.complaints()).anyMatch(c -> d.interactions().stream()
                .filter(i -> i.isInbound() && i.about().contains(c.id())).count() >= 3);
        assertThat(d.complaints().stream().filter(c -> "Mesh Wi-Fi Kit".equals(c.product())
                && c.category() == ComplaintCategory.BAD_QUALITY)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void orders_someLateInaccurateBackOrderedOrKnownToBeDelayed() {
        Dataset d = month.records();
        assertThat(d.orders()).hasSizeGreaterThan(100)
                .anyMatch(o -> o.filledAt() == null).anyMatch(o -> Boolean.FALSE.equals(o.matchesOrder()))
                .anyMatch(o -> Boolean.FALSE.equals(o.invoiceCorrect())).anyMatch(o -> o.hasBackOrderedLine())
                .anyMatch(o -> o.expectedAt() != null && !o.hasBackOrderedLine())
                .anyMatch(o -> o.receivedAt().isBefore(Instant.parse("2026-01-01T00:00:00Z")));
    }

    @Test
    void commitments_keptLateBrokenAndRenegotiated() {
        Dataset d = month.records();
        List<Commitment> commitments = d.commitments();
        assertThat(commitments).hasSizeGreaterThan(20).anyMatch(c -> c.keptBy() != null)
                .anyMatch(c -> !c.renegotiations().isEmpty());
        assertThat(commitments).as("broken: due, and no interaction of the promised channel about it")
                .anyMatch(c -> c.currentDueAt().isBefore(AS_OF) && keeping(d, c).findAny().isEmpty());
        assertThat(commitments).as("kept late")
                .anyMatch(c -> keeping(d, c).anyMatch(i -> i.at().isAfter(c.currentDueAt())));
        assertThat(commitments).as("kept on time")
                .anyMatch(c -> keeping(d, c).anyMatch(i -> !i.at().isAfter(c.currentDueAt())));
    }

    @Test
    void absencesAndAnomalies_arePresent() {
        Dataset d = month.records();
        assertThat(d.absences()).hasSizeGreaterThanOrEqualTo(4)
                .anyMatch(a -> Boolean.FALSE.equals(a.autoReplySet())).anyMatch(a -> Boolean.TRUE.equals(a.greetingUpdated()));
        assertThat(d.anomalies()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void evaluatingTheBundledFile_measuresEveryResponseTimeStandard_withPlausibleCompliance() throws IOException {
        Document doc = DocumentReader.create().read(BUNDLED);
        Evaluation evaluation = doc.withReadErrors(ServiceStandards.builder().config(doc.config()).build()
                .evaluate(doc.records(), doc.asOf()));

        ComplianceReport report = evaluation.report();
        List<StandardDefinition> family = Stream.of("response", "fulfilment", "update")
                .flatMap(f -> Catalogue.family(f).stream()).toList();
        assertThat(family).hasSize(11);
        for (StandardDefinition s : family) {
            ComplianceReport.Row row = report.standard(s.id());
            assertThat(row).as(s.id() + " has findings").isNotNull();
            assertThat(row.measured()).as(s.id() + " measured").isGreaterThanOrEqualTo(10);
            assertThat(row.breached()).as(s.id() + " breached").isPositive();
            assertThat(row.compliance()).as(s.id() + " compliance").isBetween(0.5, 0.99);
        }
        assertThat(doc.errors()).hasSize(3);
        assertThat(evaluation.recordsRejected()).isEqualTo(7);
        assertThat(evaluation.inputErrors()).allMatch(e -> e.location() != null
                && e.location().startsWith(BUNDLED.toString() + ":"));
    }

    private static Stream<Interaction> keeping(Dataset d, Commitment c) {
        return d.interactions().stream().filter(i -> i.isOutbound() && i.channel() == c.channel()
                && i.about().contains(c.id()) && i.at().isAfter(c.madeAt()));
    }

    private static LocalDate day(Interaction i) { return i.at().atZone(SupportDeskGenerator.ZONE).toLocalDate(); }
}
