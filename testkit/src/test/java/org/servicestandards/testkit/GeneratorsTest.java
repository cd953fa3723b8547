package org.servicestandards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.model.CaseStatus;
import org.servicestandards.model.Channel;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.DatasetValidator;
import org.servicestandards.model.Demeanour;
import org.servicestandards.model.Interaction;
import org.servicestandards.model.Tier;

/** Generated streams are reproducible, valid, varied, and follow the calendar they are given. */
class GeneratorsTest {
    private static final Instant FROM = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-03-30T00:00:00Z");
    /** Tuesday to Saturday, 10:00-12:30 and 13:30-18:00 in Paris: unlike the default calendar in every respect. */
    private static final BusinessCalendar PARIS = parisShop();

    private static BusinessCalendar parisShop() {
        BusinessCalendar.Builder b = BusinessCalendar.builder(ZoneId.of("Europe/Paris"));
        for (DayOfWeek d : List.of(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY)) {
            b.hours(d, LocalTime.of(10, 0), LocalTime.of(12, 30)).hours(d, LocalTime.of(13, 30), LocalTime.of(18, 0));
        }
        return b.build();
    }

    @Test
    void theSameSeed_givesTheSameStream() {
        Dataset a = Generators.seed(7).dataset(FROM, TO, 12);
        Dataset b = Generators.seed(7).dataset(FROM, TO, 12);
        assertThat(a).isEqualTo(b);
        assertThat(Generators.seed(7).calendar(PARIS).dataset(FROM, TO, 12))
                .isEqualTo(Generators.seed(7).calendar(PARIS).dataset(FROM, TO, 12));
        assertThat(Generators.seed(7).customer()).isEqualTo(Generators.seed(7).customer());
    }

    @Test
    void differentSeeds_giveDifferentStreams() {
        assertThat(Generators.seed(7).dataset(FROM, TO, 12)).isNotEqualTo(Generators.seed(8).dataset(FROM, TO, 12));
    }

    @Test
    void everyGeneratedRecordIsValid_andWithinTheInterval() {
        for (long seed = 1; seed <= 20; seed++) {
            Dataset d = Generators.seed(seed).calendar(seed % 2 == 0 ? PARIS : StandardsConfig.DEFAULT_CALENDAR)
                    .dataset(FROM, TO, 8);
            assertThat(DatasetValidator.validate(d).errors()).as("seed %d", seed).isEmpty();
            assertThat(d.interactions()).as("seed %d", seed)
                    .allSatisfy(i -> assertThat(i.at()).isBetween(FROM, TO));
            assertThat(d.orders()).allSatisfy(o -> assertThat(o.receivedAt()).isBetween(FROM, TO));
        }
    }

    @Test
    void repliesComeAfterTheMessagesTheyAnswer() {
        Dataset d = Generators.seed(11).dataset(FROM, TO, 40);
        Map<String, Interaction> byId = d.interactions().stream().collect(Collectors.toMap(Interaction::id, i -> i));
        List<Interaction> replies = d.interactions().stream().filter(i -> i.inReplyTo() != null).toList();
        assertThat(replies).hasSizeGreaterThan(50);
        for (Interaction r : replies) {
            Interaction original = byId.get(r.inReplyTo());
            assertThat(r.isOutbound()).as(r.id()).isTrue();
            assertThat(original.isInbound()).as(r.id()).isTrue();
            assertThat(r.at()).as(r.id()).isAfter(original.at());
            assertThat(r.customerId()).isEqualTo(original.customerId());
            assertThat(r.caseId()).isEqualTo(original.caseId());
        }
    }

    @Test
    void streamsFollowTheCalendarTheyAreGiven() {
        for (BusinessCalendar calendar : List.of(StandardsConfig.DEFAULT_CALENDAR, PARIS)) {
            Dataset d = Generators.seed(5).calendar(calendar).dataset(FROM, TO, 60);
            List<Interaction> inbound = d.interactions().stream().filter(Interaction::isInbound).toList();
            long working = inbound.stream().filter(i -> calendar.isWorkingTime(i.at())).count();
            assertThat((double) working / inbound.size()).as("share of inbound contacts in working time")
                    .isGreaterThan(0.75).isLessThan(1.0);
            List<Interaction> businessPaced = d.interactions().stream()
                    .filter(i -> i.isOutbound() && Generators.inBusinessTime(i.channel())).toList();
            assertThat(businessPaced).hasSizeGreaterThan(40).allSatisfy(i -> assertThat(workingOrClosing(calendar, i.at()))
                    .as("%s at %s is in working time", i.id(), i.at()).isTrue());
            assertThat(d.orders()).filteredOn(o -> o.filledAt() != null && !o.hasBackOrderedLine())
                    .allSatisfy(o -> assertThat(workingOrClosing(calendar, o.filledAt())).isTrue());
        }
        long saturdaysParis = Generators.seed(5).calendar(PARIS).dataset(FROM, TO, 60).interactions().stream()
                .filter(i -> i.at().atZone(PARIS.zone()).getDayOfWeek() == DayOfWeek.SATURDAY).count();
        long saturdaysDefault = Generators.seed(5).dataset(FROM, TO, 60).interactions().stream()
                .filter(i -> i.at().atZone(PARIS.zone()).getDayOfWeek() == DayOfWeek.SATURDAY).count();
        assertThat(saturdaysParis).isGreaterThan(3 * saturdaysDefault);
    }

    @Test
    void theStreamIsVaried_likeARealDesk() {
        Dataset d = Generators.seed(3).dataset(FROM, TO, 80);
        Set<Channel> channels = d.interactions().stream().map(Interaction::channel).collect(Collectors.toSet());
        assertThat(channels).contains(Channel.EMAIL, Channel.PHONE, Channel.WEB, Channel.CHAT, Channel.SOCIAL,
                Channel.VOICEMAIL);
        assertThat(d.interactions()).anyMatch(Interaction::missed).anyMatch(Interaction::abandoned)
                .anyMatch(i -> i.secondsToAnswer() != null && i.secondsToAnswer() > 18)
                .anyMatch(i -> i.demeanour() != null && i.demeanour().needsSupervisor());
        assertThat(d.cases()).anyMatch(c -> c.history().stream().anyMatch(s -> s.status() == CaseStatus.WAITING_ON_CUSTOMER))
                .anyMatch(c -> c.resolvedAt() != null).anyMatch(c -> c.resolvedAt() == null);
        assertThat(d.complaints()).hasSizeGreaterThan(5);
        assertThat(d.complaints().stream().map(c -> c.demeanour()).collect(Collectors.toSet())).contains(Demeanour.CALM);
        assertThat(d.orders()).hasSizeGreaterThan(20).anyMatch(o -> o.hasBackOrderedLine());
        assertThat(d.commitments()).isNotEmpty();
        Map<Tier, Integer> tiers = new HashMap<>();
        d.customers().forEach(c -> tiers.merge(c.tier(), 1, Integer::sum));
        assertThat(tiers.keySet()).containsExactlyInAnyOrder(Tier.values());
    }

    @Test
    void anEmptyInterval_isRefused() {
        assertThatThrownBy(() -> Generators.seed(1).dataset(TO, FROM, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be before");
    }

    private static boolean workingOrClosing(BusinessCalendar calendar, Instant t) {
        return calendar.isWorkingTime(t) || calendar.isWorkingTime(t.minusSeconds(1));
    }
}
