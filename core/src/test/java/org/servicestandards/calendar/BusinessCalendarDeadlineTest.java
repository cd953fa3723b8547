package org.servicestandards.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicestandards.calendar.CalendarFixtures.UTC_9_TO_5;
import static org.servicestandards.calendar.CalendarFixtures.at;
import static org.servicestandards.calendar.CalendarFixtures.calendar;
import static org.servicestandards.calendar.CalendarFixtures.pauses;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.threeten.extra.Interval;

/**
 * Deadlines of targets, with pauses (catalogue decision 5), elapsed time and at-risk instants
 * (decision 3). Pauses are "start/end" pairs separated by ';', "open" for an unbounded end.
 */
class BusinessCalendarDeadlineTest {

    @ParameterizedTest(name = "{0}: {1} + {2} with pauses [{3}] = {4}")
    @CsvSource(delimiter = '|', value = {
        // no pauses: each kind
        "utc9to5 | 2026-03-02T10:00 | 1 business day   | -  | 2026-03-03T10:00",
        "utc9to5 | 2026-03-02T10:00 | 4 business hours | -  | 2026-03-02T14:00",
        "utc9to5 | 2026-03-06T16:00 | 1 business hour  | -  | 2026-03-06T17:00",
        "utc9to5 | 2026-03-02T10:00 | 2 hours          | -  | 2026-03-02T12:00",
        "utc9to5 | 2026-03-07T10:00 | 1 hour           | -  | 2026-03-07T11:00",
        "utc9to5 | 2026-03-07T10:00 | 90 days          | -  | 2026-06-05T10:00",
        // calendar days are 24 h of elapsed time, also across the spring switch
        "berlin9to5 | 2026-03-28T10:00 | 7 days       | -  | 2026-04-04T11:00",
        // zero targets
        "utc9to5 | 2026-03-07T10:00 | 0 hours          | -  | 2026-03-07T10:00",
        "utc9to5 | 2026-03-07T10:00 | 0 business hours | -  | 2026-03-09T09:00",
        "utc9to5 | 2026-03-07T10:00 | 0 business days  | -  | 2026-03-09T09:00",
        "utc9to5 | 2026-03-02T10:00 | 0 business days  | -  | 2026-03-02T10:00",
        // a pause inside the window shifts by its business time
        "utc9to5 | 2026-03-02T10:00 | 4 business hours | 2026-03-02T11:00/2026-03-02T12:00 | 2026-03-02T15:00",
        // only pause time after the start counts
        "utc9to5 | 2026-03-02T10:00 | 4 business hours | 2026-03-02T08:00/2026-03-02T11:00 | 2026-03-02T15:00",
        // a pause starting after, or exactly at, the due instant does not count
        "utc9to5 | 2026-03-02T10:00 | 4 business hours | 2026-03-02T15:00/2026-03-02T16:00 | 2026-03-02T14:00",
        "utc9to5 | 2026-03-02T10:00 | 4 business hours | 2026-03-02T14:00/2026-03-02T15:00 | 2026-03-02T14:00",
        "utc9to5 | 2026-03-06T16:00 | 1 business hour  | 2026-03-09T10:00/2026-03-09T11:00 | 2026-03-06T17:00",
        "utc9to5 | 2026-03-06T16:00 | 1 business hour  | 2026-03-06T17:00/2026-03-09T11:00 | 2026-03-06T17:00",
        // overlapping pauses count the overlap once; touching ones join
        "utc9to5 | 2026-03-02T10:00 | 4 business hours | 2026-03-02T11:00/2026-03-02T12:00;2026-03-02T11:30/2026-03-02T12:30 | 2026-03-02T15:30",
        "utc9to5 | 2026-03-02T10:00 | 4 business hours | 2026-03-02T11:00/2026-03-02T12:00;2026-03-02T12:00/2026-03-02T13:00 | 2026-03-02T16:00",
        "utc9to5 | 2026-03-06T10:00 | 4 business hours | 2026-03-06T13:00/2026-03-06T14:00;2026-03-06T11:00/2026-03-06T12:00 | 2026-03-06T16:00",
        // spanning a weekend: Fri 13-17 and Mon 09-10 paused
        "utc9to5 | 2026-03-06T10:00 | 4 business hours | 2026-03-06T13:00/2026-03-09T10:00 | 2026-03-09T11:00",
        // a weekend-only pause holds no business time
        "utc9to5 | 2026-03-06T15:00 | 4 business hours | 2026-03-07T10:00/2026-03-08T10:00 | 2026-03-09T11:00",
        // open-ended pauses: reached -> unbounded; starting after the due -> no effect
        "utc9to5 | 2026-03-02T10:00 | 4 business hours | 2026-03-02T11:00/open | MAX",
        "utc9to5 | 2026-03-02T10:00 | 4 business hours | 2026-03-02T13:59/open | MAX",
        "utc9to5 | 2026-03-02T10:00 | 4 business hours | 2026-03-02T15:00/open | 2026-03-02T14:00",
        "utc9to5 | 2026-03-02T10:00 | 1 business day   | 2026-03-02T15:00/open | MAX",
        "utc9to5 | 2026-03-07T10:00 | 2 hours          | 2026-03-07T11:00/open | MAX",
        // business days: shifted by the business time paused
        "utc9to5 | 2026-03-02T10:00 | 1 business day   | 2026-03-02T15:00/2026-03-02T16:00 | 2026-03-03T11:00",
        "utc9to5 | 2026-03-02T10:00 | 1 business day   | 2026-03-03T09:30/2026-03-03T12:00 | 2026-03-03T12:30",
        "utc9to5 | 2026-03-02T10:00 | 1 business day   | 2026-03-03T10:00/2026-03-03T12:00 | 2026-03-03T10:00",
        "utc9to5 | 2026-03-06T12:00 | 1 business day   | 2026-03-06T16:00/2026-03-09T10:00 | 2026-03-09T14:00",
        // calendar targets: shifted by the calendar time paused, weekend or not
        "utc9to5 | 2026-03-07T10:00 | 2 hours          | 2026-03-07T11:00/2026-03-07T11:30 | 2026-03-07T12:30",
        "utc9to5 | 2026-03-02T10:00 | 2 hours          | 2026-03-02T09:00/2026-03-02T10:30 | 2026-03-02T12:30",
        // zero targets with pauses: the first (working) instant not strictly inside a pause
        "utc9to5 | 2026-03-07T10:00 | 0 business days  | 2026-03-07T00:00/2026-03-09T10:00 | 2026-03-09T10:00",
        "utc9to5 | 2026-03-07T10:00 | 0 business hours | 2026-03-07T00:00/2026-03-09T09:00 | 2026-03-09T09:00",
        "utc9to5 | 2026-03-02T10:00 | 0 hours          | 2026-03-02T10:00/2026-03-02T11:00 | 2026-03-02T10:00",
        "utc9to5 | 2026-03-02T10:00 | 0 hours          | 2026-03-02T09:00/2026-03-02T11:00 | 2026-03-02T11:00",
        "utc9to5 | 2026-03-02T10:00 | 0 hours          | 2026-03-02T09:00/open             | MAX",
        // lunch break inside a pause
        "lunch   | 2026-03-02T11:00 | 2 business hours | 2026-03-02T11:30/2026-03-02T13:30 | 2026-03-02T15:00",
        // DST: a pause across the spring switch on a 24 h calendar holds 23 h of business time
        "berlin24h | 2026-03-28T23:00 | 2 hours          | 2026-03-29T00:00/2026-03-30T00:00 | 2026-03-30T01:00",
        "berlin24h | 2026-03-28T23:00 | 2 business hours | 2026-03-29T00:00/2026-03-30T00:00 | 2026-03-30T01:00",
    })
    void deadline_shiftedByPauses(String name, String start, String target, String pauses, String expected) {
        BusinessCalendar c = calendar(name);
        assertThat(c.deadline(at(c.zone(), start), Target.parse(target), pauses(c.zone(), pauses)))
                .isEqualTo(at(c.zone(), expected));
    }

    @Test
    void deadline_businessTimeWithPauses_equalsAddBusinessTimeSkippingPauses() {
        Instant start = Instant.parse("2026-03-06T10:00:00Z");
        List<Interval> p = pauses(UTC_9_TO_5.zone(), "2026-03-06T13:00/2026-03-09T10:00");
        assertThat(UTC_9_TO_5.addBusinessTime(start, Duration.ofHours(4), p))
                .isEqualTo(UTC_9_TO_5.deadline(start, Target.businessTime(Duration.ofHours(4)), p))
                .isEqualTo(Instant.parse("2026-03-09T11:00:00Z"));
    }

    @Test
    void deadline_withoutPauses_isTheUnpausedDeadline() {
        Instant start = Instant.parse("2026-03-02T10:00:00Z");
        assertThat(UTC_9_TO_5.deadline(start, Target.businessDays(1)))
                .isEqualTo(UTC_9_TO_5.deadline(start, Target.businessDays(1), List.of()))
                .isEqualTo(UTC_9_TO_5.addBusinessDays(start, 1));
    }

    @Test
    void deadline_doesNotChangeTheCallersPauses() {
        List<Interval> p = new ArrayList<>(pauses(UTC_9_TO_5.zone(),
                "2026-03-02T13:00/2026-03-02T14:00;2026-03-02T11:00/2026-03-02T12:00"));
        List<Interval> copy = List.copyOf(p);
        UTC_9_TO_5.deadline(Instant.parse("2026-03-02T10:00:00Z"), Target.businessDays(1), p);
        assertThat(p).isEqualTo(copy);
    }

    @Test
    void pauses_withANullElement_areRejectedNamingTheIndex() {
        List<Interval> p = new ArrayList<>();
        p.add(Interval.of(Instant.parse("2026-03-02T11:00:00Z"), Instant.parse("2026-03-02T12:00:00Z")));
        p.add(null);
        assertThatThrownBy(() -> UTC_9_TO_5.deadline(Instant.parse("2026-03-02T10:00:00Z"), Target.businessDays(1), p))
                .isInstanceOf(NullPointerException.class).hasMessage("pauses[1] must not be null");
    }

    @ParameterizedTest(name = "{0}: {3} elapsed in [{1}, {2}) without [{4}] = {5}")
    @CsvSource(delimiter = '|', value = {
        "utc9to5 | 2026-03-02T10:00 | 2026-03-02T14:00 | CALENDAR_TIME | 2026-03-02T11:00/2026-03-02T12:00 | PT3H",
        "utc9to5 | 2026-03-06T16:00 | 2026-03-09T10:00 | BUSINESS_TIME | -                                 | PT2H",
        "utc9to5 | 2026-03-06T16:00 | 2026-03-09T10:00 | BUSINESS_DAYS | -                                 | PT2H",
        "utc9to5 | 2026-03-06T16:00 | 2026-03-09T10:00 | CALENDAR_TIME | -                                 | PT66H",
        "utc9to5 | 2026-03-06T16:00 | 2026-03-09T10:00 | BUSINESS_DAYS | 2026-03-06T16:30/2026-03-09T09:30 | PT1H",
        "utc9to5 | 2026-03-06T16:00 | 2026-03-09T10:00 | CALENDAR_TIME | 2026-03-06T16:30/2026-03-09T09:30 | PT1H",
        "utc9to5 | 2026-03-02T10:00 | 2026-03-02T14:00 | BUSINESS_TIME | 2026-03-02T08:00/open             | PT0S",
        "utc9to5 | 2026-03-02T10:00 | 2026-03-02T14:00 | BUSINESS_TIME | 2026-03-02T11:00/2026-03-02T12:00;2026-03-02T11:30/2026-03-02T12:30 | PT2H30M",
        "utc9to5 | 2026-03-02T10:00 | 2026-03-02T10:00 | BUSINESS_TIME | -                                 | PT0S",
        "berlinAlways | 2026-03-29T00:00 | 2026-03-30T00:00 | CALENDAR_TIME | -                       | PT23H",
        "berlin24h    | 2026-10-25T00:00 | 2026-10-26T00:00 | BUSINESS_TIME | 2026-10-25T12:00/2026-10-25T13:00 | PT24H",
    })
    void elapsed_isMeasuredInTheTargetsOwnTimeMinusPauses(String name, String start, String end, TargetKind kind,
            String pauses, Duration expected) {
        BusinessCalendar c = calendar(name);
        assertThat(c.elapsed(at(c.zone(), start), at(c.zone(), end), kind, pauses(c.zone(), pauses)))
                .isEqualTo(expected);
    }

    @Test
    void elapsed_endBeforeStart_isRejectedNamingBoth() {
        assertThatThrownBy(() -> UTC_9_TO_5.elapsed(Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-02T09:00:00Z"), TargetKind.BUSINESS_TIME, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("end 2026-03-02T09:00:00Z must not be before start 2026-03-02T10:00:00Z");
    }

    @ParameterizedTest(name = "{0}: {4} of [{1}, {2}) in {3} time without [{5}] is used at {6}")
    @CsvSource(delimiter = '|', value = {
        // 1 business day from Monday 10:00: an 8 h business window
        "utc9to5 | 2026-03-02T10:00 | 2026-03-03T10:00 | BUSINESS_DAYS | 0.75  | -  | 2026-03-02T16:00",
        "utc9to5 | 2026-03-02T10:00 | 2026-03-03T10:00 | BUSINESS_DAYS | 0.5   | -  | 2026-03-02T14:00",
        "utc9to5 | 2026-03-02T10:00 | 2026-03-03T10:00 | BUSINESS_DAYS | 0.875 | -  | 2026-03-02T17:00",
        "utc9to5 | 2026-03-02T10:00 | 2026-03-03T10:00 | BUSINESS_DAYS | 1     | -  | 2026-03-03T10:00",
        "utc9to5 | 2026-03-02T10:00 | 2026-03-03T10:00 | BUSINESS_DAYS | 0     | -  | 2026-03-02T10:00",
        // from Saturday: share 0 is the rolled start
        "utc9to5 | 2026-03-07T10:00 | 2026-03-10T09:00 | BUSINESS_DAYS | 0.75  | -  | 2026-03-09T15:00",
        "utc9to5 | 2026-03-07T10:00 | 2026-03-10T09:00 | BUSINESS_DAYS | 0     | -  | 2026-03-09T09:00",
        // calendar time: weekends count
        "utc9to5 | 2026-03-02T10:00 | 2026-03-02T11:00 | CALENDAR_TIME | 0.75  | -  | 2026-03-02T10:45",
        "utc9to5 | 2026-03-07T10:00 | 2026-03-07T11:00 | CALENDAR_TIME | 0.75  | -  | 2026-03-07T10:45",
        "utc9to5 | 2026-03-07T10:00 | 2026-03-07T11:00 | CALENDAR_TIME | 0     | -  | 2026-03-07T10:00",
        "berlin9to5 | 2026-03-27T16:00 | 2026-03-30T10:00 | CALENDAR_TIME | 0.5 | - | 2026-03-28T23:30:00Z",
        // business time: the earliest instant, which may be a closing instant
        "utc9to5 | 2026-03-06T16:00 | 2026-03-09T10:00 | BUSINESS_TIME | 0.5   | -  | 2026-03-06T17:00",
        // pauses excluded: 8 h window outside the 15-16 pause
        "utc9to5 | 2026-03-02T10:00 | 2026-03-03T11:00 | BUSINESS_DAYS | 0.75  | 2026-03-02T15:00/2026-03-02T16:00 | 2026-03-02T17:00",
        "utc9to5 | 2026-03-02T10:00 | 2026-03-03T11:00 | BUSINESS_DAYS | 0.7   | 2026-03-02T15:00/2026-03-02T16:00 | 2026-03-02T16:36",
        // an unbounded deadline
        "utc9to5 | 2026-03-02T10:00 | MAX              | BUSINESS_DAYS | 0.5   | 2026-03-02T11:00/open | MAX",
        "utc9to5 | 2026-03-02T10:00 | MAX              | BUSINESS_DAYS | 0     | 2026-03-02T11:00/open | 2026-03-02T10:00",
        // a due instant before the rolled start: never after due
        "utc9to5 | 2026-03-07T10:00 | 2026-03-07T11:00 | BUSINESS_TIME | 0     | -  | 2026-03-07T11:00",
    })
    void atRiskInstant_isWhereTheShareOfTheWindowIsUsed(String name, String start, String due, TargetKind kind,
            double share, String pauses, String expected) {
        BusinessCalendar c = calendar(name);
        assertThat(c.atRiskInstant(at(c.zone(), start), at(c.zone(), due), kind, share, pauses(c.zone(), pauses)))
                .isEqualTo(at(c.zone(), expected));
    }

    @Test
    void ceilShare_readsTheShareAsItsDecimal_andRoundsUpToTheNanosecond() {
        assertThat(BusinessCalendar.ceilShare(Duration.ofHours(10), 0.8)).isEqualTo(Duration.ofHours(8));
        assertThat(BusinessCalendar.ceilShare(Duration.ofHours(8), 0.75)).isEqualTo(Duration.ofHours(6));
        assertThat(BusinessCalendar.ceilShare(Duration.ofNanos(3), 0.5)).isEqualTo(Duration.ofNanos(2));
        assertThat(BusinessCalendar.ceilShare(Duration.ofSeconds(1, 1), 0.1)).isEqualTo(Duration.ofMillis(100).plusNanos(1));
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 2000; i++) {
            Duration total = Duration.ofSeconds(r.nextInt(400 * 86_400), r.nextInt(1_000_000_000));
            double share = i % 2 == 0 ? r.nextInt(1001) / 1000.0 : r.nextDouble();
            java.math.BigDecimal exact = java.math.BigDecimal.valueOf(total.toNanos())
                    .multiply(java.math.BigDecimal.valueOf(share)).setScale(0, java.math.RoundingMode.CEILING);
            assertThat(BusinessCalendar.ceilShare(total, share)).as("%s x %s", total, share)
                    .isEqualTo(Duration.ofNanos(exact.longValueExact()));
        }
    }

    @ParameterizedTest(name = "share {0} is rejected")
    @CsvSource({"-0.1", "1.1", "NaN", "Infinity"})
    void atRiskInstant_shareOutsideZeroToOne_isRejected(double share) {
        Instant start = Instant.parse("2026-03-02T10:00:00Z");
        assertThatThrownBy(() -> UTC_9_TO_5.atRiskInstant(start, start.plusSeconds(3600), TargetKind.BUSINESS_TIME,
                share, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("share must be within [0, 1], was " + share);
    }

    @Test
    void atRiskInstant_dueBeforeStart_isRejectedNamingBoth() {
        Instant start = Instant.parse("2026-03-02T10:00:00Z");
        assertThatThrownBy(() -> UTC_9_TO_5.atRiskInstant(start, start.minusSeconds(1), TargetKind.BUSINESS_TIME,
                0.75, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("due 2026-03-02T09:59:59Z must not be before start 2026-03-02T10:00:00Z");
    }
}
