package org.servicestandards.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicestandards.calendar.CalendarFixtures.UTC_9_TO_5;
import static org.servicestandards.calendar.CalendarFixtures.at;
import static org.servicestandards.calendar.CalendarFixtures.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary tables for working time, business time and business days. Local instants are in the
 * named calendar's zone (see {@link CalendarFixtures}); the reference week is Mon 2026-03-02.
 */
class BusinessCalendarTest {

    @ParameterizedTest(name = "{0}: {1} is working time: {2}")
    @CsvSource({
        // at opening, at closing, one instant before closing / opening, weekend
        "utc9to5,           2026-03-02T09:00,                   true",
        "utc9to5,           2026-03-02T17:00,                   false",
        "utc9to5,           2026-03-02T16:59:59.999999999,      true",
        "utc9to5,           2026-03-02T08:59:59.999999999,      false",
        "utc9to5,           2026-03-07T12:00,                   false",
        // lunch break 12-13
        "lunch,             2026-03-02T11:59:59,                true",
        "lunch,             2026-03-02T12:00,                   false",
        "lunch,             2026-03-02T12:59:59,                false",
        "lunch,             2026-03-02T13:00,                   true",
        // fixed and annual holidays close the whole day
        "holidays,          2026-03-04T10:00,                   false",
        "holidays,          2026-12-25T10:00,                   false",
        "holidays,          2026-12-24T10:00,                   true",
        // public holidays via Jollyday: observed dates
        "us,                2026-07-03T10:00,                   false",
        "us,                2026-07-02T10:00,                   true",
        "gbEngland,         2026-12-28T10:00,                   false",
        // DST: 02:30 on 2026-03-29 does not exist and resolves to 03:30
        "berlinAlways,      2026-03-29T02:30,                   true",
        "berlinSundayGap,   2026-03-29T03:29,                   false",
        "berlinSundayGap,   2026-03-29T03:30,                   true",
        // 2026-10-25 02:00-03:00 happens twice; 02:30 opens in the first (earlier offset, +02:00)
        "berlinSundayGap,   2026-10-25T02:15+02:00,             false",
        "berlinSundayGap,   2026-10-25T02:45+02:00,             true",
        "berlinSundayGap,   2026-10-25T02:15+01:00,             true",
        "berlinSundayGap,   2026-10-25T03:59+01:00,             true",
        "berlinSundayGap,   2026-10-25T04:00,                   false",
        "berlinSundayGapSplit, 2026-03-29T03:10,                true",
        "berlinSundayGapSplit, 2026-03-29T03:39,                true",
        "berlinSundayGapSplit, 2026-03-29T03:40,                false",
        // half-hour offsets: Kolkata +05:30 opens 09:00 = 03:30Z; Adelaide +10:30 in March: 22:30Z the day before
        "kolkata,           2026-03-02T03:30:00Z,               true",
        "kolkata,           2026-03-02T03:29:59Z,               false",
        "kolkata,           2026-03-02T12:00:00Z,               false",
        "adelaide,          2026-03-01T22:30:00Z,               true",
        "adelaide,          2026-03-01T22:29:59Z,               false",
        // MIDNIGHT as close means 24:00
        "lateNight,         2026-03-02T23:59:59.999999999,      true",
        "lateNight,         2026-03-03T00:00,                   false",
        "overMidnight,      2026-03-03T00:00,                   true",
    })
    void isWorkingTime_followsHalfOpenIntervals(String name, String instant, boolean expected) {
        BusinessCalendar c = calendar(name);
        assertThat(c.isWorkingTime(at(c.zone(), instant))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: nextOpening({1}) = {2}")
    @CsvSource({
        "utc9to5,           2026-03-02T09:00,   2026-03-02T09:00",
        "utc9to5,           2026-03-02T12:00,   2026-03-02T12:00",
        "utc9to5,           2026-03-02T08:00,   2026-03-02T09:00",
        "utc9to5,           2026-03-02T17:00,   2026-03-03T09:00",
        "utc9to5,           2026-03-06T17:00,   2026-03-09T09:00",
        "lunch,             2026-03-02T12:00,   2026-03-02T13:00",
        "holidays,          2026-03-03T17:00,   2026-03-05T09:00",
        "holidays,          2026-12-31T17:00,   2027-01-04T09:00",
        "berlinSundayGap,   2026-03-28T12:00,   2026-03-29T01:30:00Z",
        "berlinSundayGap,   2026-10-24T12:00,   2026-10-25T02:30+02:00",
        "us,                2026-07-02T17:00,   2026-07-06T09:00",
        "adelaide,          2026-03-07T12:00,   2026-03-08T22:30:00Z",
        "berlinAlways,      2026-03-07T12:00,   2026-03-07T12:00",
    })
    void nextOpening_isTheFirstWorkingInstantAtOrAfter(String name, String t, String expected) {
        BusinessCalendar c = calendar(name);
        assertThat(c.nextOpening(at(c.zone(), t))).isEqualTo(at(c.zone(), expected));
    }

    @ParameterizedTest(name = "{0}: {1} + {2} business time = {3}")
    @CsvSource({
        // at opening, at closing, one second before closing
        "utc9to5,           2026-03-02T09:00,       PT1H,           2026-03-02T10:00",
        "utc9to5,           2026-03-02T17:00,       PT1H,           2026-03-03T10:00",
        "utc9to5,           2026-03-02T16:59:59,    PT1H,           2026-03-03T09:59:59",
        // a deadline may land exactly on a closing instant
        "utc9to5,           2026-03-06T16:00,       PT1H,           2026-03-06T17:00",
        "utc9to5,           2026-03-02T08:00,       PT8H,           2026-03-02T17:00",
        "utc9to5,           2026-03-02T09:00,       PT40H,          2026-03-06T17:00",
        // over a weekend, from a weekend
        "utc9to5,           2026-03-06T16:00,       PT2H,           2026-03-09T10:00",
        "utc9to5,           2026-03-07T10:00,       PT1H,           2026-03-09T10:00",
        "utc9to5,           2026-03-02T09:00,       PT0.000000001S, 2026-03-02T09:00:00.000000001",
        // 300 business days of 8 h, across a year end
        "utc9to5,           2026-01-05T09:00,       PT2400H,        2027-02-26T17:00",
        // zero: the next opening
        "utc9to5,           2026-03-07T10:00,       PT0S,           2026-03-09T09:00",
        "utc9to5,           2026-03-02T10:00,       PT0S,           2026-03-02T10:00",
        "utc9to5,           2026-03-02T17:00,       PT0S,           2026-03-03T09:00",
        // lunch break 12-13
        "lunch,             2026-03-02T11:30,       PT1H,           2026-03-02T13:30",
        "lunch,             2026-03-02T11:00,       PT1H,           2026-03-02T12:00",
        "lunch,             2026-03-02T12:30,       PT1H,           2026-03-02T14:00",
        "lunch,             2026-03-02T12:00,       PT0S,           2026-03-02T13:00",
        // a fixed holiday (Wed 2026-03-04), annual holidays 12-25 and 01-01
        "holidays,          2026-03-03T16:00,       PT2H,           2026-03-05T10:00",
        "holidays,          2026-12-24T16:00,       PT2H,           2026-12-28T10:00",
        "holidays,          2026-12-31T16:00,       PT2H,           2027-01-04T10:00",
        "shortFriday,       2026-03-05T16:00,       PT4H,           2026-03-06T12:00",
        // DST with 24 h working days: real elapsed time (Sunday 2026-03-29 has 23 h, 2026-10-25 has 25 h)
        "berlin24h,         2026-03-28T12:00,       PT24H,          2026-03-29T13:00",
        "berlinAlways,      2026-03-28T12:00,       PT24H,          2026-03-29T13:00",
        "berlin24h,         2026-03-29T00:00,       PT23H,          2026-03-30T00:00",
        "berlinAlways,      2026-03-29T00:00,       PT23H,          2026-03-30T00:00",
        "berlin24h,         2026-10-25T00:00,       PT25H,          2026-10-26T00:00",
        "berlinAlways,      2026-10-25T00:00,       PT25H,          2026-10-26T00:00",
        "berlin24h,         2026-10-24T12:00,       PT24H,          2026-10-25T11:00",
        "berlin24h,         2026-10-25T02:30+02:00, PT1H,           2026-10-25T02:30+01:00",
        // DST with 09-17: weekend switch, Monday 10:00 summer time
        "berlin9to5,        2026-03-27T16:00,       PT2H,           2026-03-30T10:00",
        "berlin9to5,        2026-10-23T16:00,       PT2H,           2026-10-26T10:00",
        "berlin9to5daily,   2026-03-28T16:00,       PT2H,           2026-03-29T10:00",
        // hours 01:00-05:00 across the switch: 3 h in spring, 5 h in autumn
        "berlinSundayNight, 2026-03-29T00:00,       PT3H,           2026-03-29T05:00",
        "berlinSundayNight, 2026-03-29T00:00,       PT3H1M,         2026-04-05T01:01",
        "berlinSundayNight, 2026-10-25T00:00,       PT5H,           2026-10-25T05:00",
        "berlinSundayGap,   2026-03-29T00:00,       PT30M,          2026-03-29T04:00",
        // half-hour offsets
        "kolkata,           2026-03-02T17:00,       PT1H,           2026-03-03T04:00:00Z",
        "adelaide,          2026-03-06T16:30,       PT1H,           2026-03-08T23:00:00Z",
        "adelaide,          2026-04-03T16:30,       PT1H,           2026-04-06T00:00:00Z",
        "adelaide,          2026-10-02T16:30,       PT1H,           2026-10-04T23:00:00Z",
        // MIDNIGHT close = 24:00
        "lateNight,         2026-03-02T23:00,       PT1H,           2026-03-03T00:00",
        "lateNight,         2026-03-02T23:00,       PT2H,           2026-03-09T23:00",
        "overMidnight,      2026-03-02T23:00,       PT2H,           2026-03-03T01:00",
        // public holidays (Jollyday): US Independence Day observed Fri 2026-07-03; New Year 2022 observed 2021-12-31
        "us,                2026-07-02T16:00,       PT2H,           2026-07-06T10:00",
        "us,                2026-12-31T16:00,       PT2H,           2027-01-04T10:00",
        "us,                2021-12-30T16:00,       PT2H,           2022-01-03T10:00",
        // England: Christmas Fri 2026-12-25, Boxing Day observed Mon 12-28; 2027: Mon 27 and Tue 28; Easter
        "gbEngland,         2026-12-24T16:00,       PT2H,           2026-12-29T10:00",
        "gbEngland,         2027-12-24T16:00,       PT2H,           2027-12-29T10:00",
        "gbEngland,         2026-04-02T16:00,       PT2H,           2026-04-07T10:00",
    })
    void addBusinessTime_countsOnlyWorkingTime(String name, String start, Duration d, String expected) {
        BusinessCalendar c = calendar(name);
        assertThat(c.addBusinessTime(at(c.zone(), start), d)).isEqualTo(at(c.zone(), expected));
    }

    @ParameterizedTest(name = "{0}: business time in [{1}, {2}) = {3}")
    @CsvSource({
        "utc9to5,           2026-03-02T09:00,       2026-03-02T17:00,   PT8H",
        "utc9to5,           2026-03-02T09:00,       2026-03-02T09:00,   PT0S",
        "utc9to5,           2026-03-06T16:00,       2026-03-09T10:00,   PT2H",
        "utc9to5,           2026-03-07T00:00,       2026-03-08T23:59,   PT0S",
        "utc9to5,           2026-03-02T17:00,       2026-03-03T09:00,   PT0S",
        "utc9to5,           2026-03-02T16:59:59,    2026-03-02T17:00,   PT1S",
        "utc9to5,           2026-12-31T16:00,       2027-01-04T10:00,   PT10H",
        "utc9to5,           2026-01-01T00:00,       2028-01-01T00:00,   PT4176H",
        "holidays,          2026-03-03T09:00,       2026-03-06T09:00,   PT16H",
        "holidays,          2026-12-31T16:00,       2027-01-04T10:00,   PT2H",
        "lunch,             2026-03-02T09:00,       2026-03-02T17:00,   PT7H",
        "berlin24h,         2026-03-29T00:00,       2026-03-30T00:00,   PT23H",
        "berlinAlways,      2026-03-29T00:00,       2026-03-30T00:00,   PT23H",
        "berlin24h,         2026-10-25T00:00,       2026-10-26T00:00,   PT25H",
        "berlinAlways,      2026-10-25T00:00,       2026-10-26T00:00,   PT25H",
        "berlinSundayNight, 2026-03-22T00:00,       2026-03-23T00:00,   PT4H",
        "berlinSundayNight, 2026-03-29T00:00,       2026-03-30T00:00,   PT3H",
        "berlinSundayNight, 2026-10-25T00:00,       2026-10-26T00:00,   PT5H",
        "berlinSundayGap,   2026-03-29T00:00,       2026-03-30T00:00,   PT30M",
        "berlinSundayGap,   2026-10-25T00:00,       2026-10-26T00:00,   PT2H30M",
        "berlinSundayGapSplit, 2026-03-22T00:00,    2026-03-23T00:00,   PT38M",
        "berlinSundayGapSplit, 2026-03-29T00:00,    2026-03-30T00:00,   PT38M",
        "kolkata,           2026-03-02T00:00,       2026-03-03T00:00,   PT8H30M",
        "adelaide,          2026-04-03T00:00,       2026-04-07T00:00,   PT16H",
        "us,                2026-07-01T00:00,       2026-07-08T00:00,   PT32H",
        "gbEngland,         2026-12-21T00:00,       2027-01-04T00:00,   PT56H",
        "overMidnight,      2026-03-02T00:00,       2026-03-04T00:00,   PT4H",
    })
    void businessTimeBetween_sumsWorkingTimeInTheHalfOpenRange(String name, String a, String b, Duration expected) {
        BusinessCalendar c = calendar(name);
        assertThat(c.businessTimeBetween(at(c.zone(), a), at(c.zone(), b))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1} + {2} business days = {3}")
    @CsvSource({
        // catalogue decision 4
        "utc9to5,           2026-03-07T10:00,       1,      2026-03-10T09:00",
        "utc9to5,           2026-03-02T17:00,       1,      2026-03-04T09:00",
        "utc9to5,           2026-03-02T16:59,       1,      2026-03-03T16:59",
        "utc9to5,           2026-03-06T12:00,       1,      2026-03-09T12:00",
        "utc9to5,           2026-03-02T09:00,       1,      2026-03-03T09:00",
        "utc9to5,           2026-03-02T16:59:59,    1,      2026-03-03T16:59:59",
        "utc9to5,           2026-03-02T10:00,       2,      2026-03-04T10:00",
        "utc9to5,           2026-03-02T10:00,       5,      2026-03-09T10:00",
        "utc9to5,           2026-01-05T10:00,       400,    2027-07-19T10:00",
        // zero: the next opening
        "utc9to5,           2026-03-02T09:00,       0,      2026-03-02T09:00",
        "utc9to5,           2026-03-07T10:00,       0,      2026-03-09T09:00",
        // lunch: 12:30 rolls to 13:00 first
        "lunch,             2026-03-02T12:30,       1,      2026-03-03T13:00",
        "lunch,             2026-03-02T11:30,       1,      2026-03-03T11:30",
        "holidays,          2026-03-03T10:00,       1,      2026-03-05T10:00",
        "holidays,          2026-12-24T10:00,       1,      2026-12-28T10:00",
        // same time not working on the target day: roll forward to the next opening
        "shortFriday,       2026-03-05T15:00,       1,      2026-03-09T09:00",
        "shortFriday,       2026-03-05T11:00,       1,      2026-03-06T11:00",
        "overMidnight,      2026-03-02T23:00,       1,      2026-03-09T22:00",
        // DST: same local time (71 h / 73 h of real time over the weekend)
        "berlin9to5,        2026-03-27T10:00,       1,      2026-03-30T10:00",
        "berlin9to5,        2026-10-23T10:00,       1,      2026-10-26T10:00",
        "berlinAlways,      2026-03-28T12:00,       1,      2026-03-29T12:00",
        "berlin24h,         2026-03-28T12:00,       1,      2026-03-29T12:00",
        // a local time in the gap shifts forward; in the overlap takes the earlier offset
        "berlinAlways,      2026-03-28T02:30,       1,      2026-03-29T03:30",
        "berlin24h,         2026-03-28T02:30,       1,      2026-03-29T03:30",
        "berlinAlways,      2026-10-24T02:30,       1,      2026-10-25T02:30+02:00",
        "berlin24h,         2026-10-24T02:30,       1,      2026-10-25T02:30+02:00",
        "kolkata,           2026-03-06T17:15,       1,      2026-03-09T17:15",
        "adelaide,          2026-04-03T10:00,       1,      2026-04-06T10:00",
        "us,                2026-07-02T10:00,       1,      2026-07-06T10:00",
        "gbEngland,         2026-12-24T10:00,       1,      2026-12-29T10:00",
    })
    void addBusinessDays_isTheSameLocalTimeOnTheNthWorkingDay(String name, String start, int days, String expected) {
        BusinessCalendar c = calendar(name);
        assertThat(c.addBusinessDays(at(c.zone(), start), days)).isEqualTo(at(c.zone(), expected));
    }

    @Test
    void businessDays_saturday1000_plusOne_isTuesday0900() {
        assertThat(UTC_9_TO_5.addBusinessDays(Instant.parse("2026-03-07T10:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-03-10T09:00:00Z"));
    }

    @Test
    void businessTime_friday1600_plusOneHour_isFriday1700_notMonday() {
        assertThat(UTC_9_TO_5.addBusinessTime(Instant.parse("2026-03-06T16:00:00Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-03-06T17:00:00Z"));
    }

    @ParameterizedTest(name = "{0}: {1} is a holiday: {2}, a working day: {3}")
    @CsvSource({
        "utc9to5,   2026-03-02, false, true",
        "utc9to5,   2026-03-07, false, false",
        "holidays,  2026-03-04, true,  false",
        "holidays,  2027-12-25, true,  false",
        "holidays,  2026-12-26, false, false",
        // Jollyday closes observed dates: the Saturday 2026-07-04 itself is not marked
        "us,        2026-07-03, true,  false",
        "us,        2026-07-04, false, false",
        "us,        2021-12-31, true,  false",
        // Lincoln's Birthday is only an observance (in New York), and not in the federal calendar
        "us,        2026-02-12, false, true",
        "gbEngland, 2026-12-25, true,  false",
        "gbEngland, 2026-12-26, false, false",
        "gbEngland, 2026-12-28, true,  false",
        "gbEngland, 2026-08-31, true,  false",
        "berlinAlways, 2026-03-29, false, true",
    })
    void isHoliday_andIsWorkingDay(String name, LocalDate date, boolean holiday, boolean workingDay) {
        BusinessCalendar c = calendar(name);
        assertThat(c.isHoliday(date)).as("holiday").isEqualTo(holiday);
        assertThat(c.isWorkingDay(date)).as("working day").isEqualTo(workingDay);
    }

    @Test
    void publicHolidays_observancesDoNotClose_newYorkLincolnsBirthday() {
        BusinessCalendar ny = BusinessCalendar.builder(ZoneOffset.UTC).weekdays(CalendarFixtures.T0900,
                CalendarFixtures.T1700).publicHolidays("us", "NY").build();
        assertThat(ny.isHoliday(LocalDate.of(2026, 2, 12))).isFalse();
        assertThat(ny.isHoliday(LocalDate.of(2026, 10, 12))).as("Columbus Day in NY").isTrue();
    }

    @Test
    void publicHolidays_plainGb_lacksEnglandsEasterMonday() {
        BusinessCalendar gb = BusinessCalendar.builder(ZoneOffset.UTC).weekdays(CalendarFixtures.T0900,
                CalendarFixtures.T1700).publicHolidays("GB").build();
        assertThat(gb.isHoliday(LocalDate.of(2026, 4, 6))).isFalse();
        assertThat(calendar("gbEngland").isHoliday(LocalDate.of(2026, 4, 6))).isTrue();
    }

    @Test
    void businessTimeBetween_bBeforeA_isRejectedNamingBoth() {
        assertThatThrownBy(() -> UTC_9_TO_5.businessTimeBetween(Instant.parse("2026-03-02T10:00:00Z"),
                Instant.parse("2026-03-02T09:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("b 2026-03-02T09:00:00Z must not be before a 2026-03-02T10:00:00Z");
    }

    @Test
    void addBusinessTime_negativeDuration_isRejected() {
        assertThatThrownBy(() -> UTC_9_TO_5.addBusinessTime(Instant.parse("2026-03-02T10:00:00Z"),
                Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("duration must not be negative, was PT-1H");
    }

    @Test
    void addBusinessDays_negativeDays_isRejected() {
        assertThatThrownBy(() -> UTC_9_TO_5.addBusinessDays(Instant.parse("2026-03-02T10:00:00Z"), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("days must not be negative, was -1");
    }

    @Test
    void instantsOutsideTheSupportedRange_areRejectedNamingTheArgument() {
        assertThatThrownBy(() -> UTC_9_TO_5.addBusinessTime(Instant.MAX, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("start +1000000000-12-31T23:59:59.999999999Z must be within the supported range");
        assertThatThrownBy(() -> UTC_9_TO_5.nextOpening(Instant.MIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("t ");
    }

    @Test
    void nullArguments_areRejectedNamingTheArgument() {
        Instant t = Instant.parse("2026-03-02T10:00:00Z");
        assertThatThrownBy(() -> UTC_9_TO_5.isWorkingTime(null))
                .isInstanceOf(NullPointerException.class).hasMessage("t must not be null");
        assertThatThrownBy(() -> UTC_9_TO_5.deadline(t, null, List.of()))
                .isInstanceOf(NullPointerException.class).hasMessage("target must not be null");
        assertThatThrownBy(() -> UTC_9_TO_5.deadline(t, Target.businessDays(1), null))
                .isInstanceOf(NullPointerException.class).hasMessageStartingWith("pauses must not be null");
        assertThatThrownBy(() -> UTC_9_TO_5.addBusinessTime(t, null))
                .isInstanceOf(NullPointerException.class).hasMessage("duration must not be null");
    }

    @Test
    void holidaysCoveringYears_stopTheSearchInsteadOfLoopingForever() {
        BusinessCalendar.Builder b = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(java.time.DayOfWeek.MONDAY, CalendarFixtures.T0900, CalendarFixtures.T1700);
        for (LocalDate d = LocalDate.of(2026, 3, 2); d.getYear() < 2040; d = d.plusWeeks(1)) {
            b.holiday(d);
        }
        BusinessCalendar c = b.build();
        Instant start = Instant.parse("2026-03-02T10:00:00Z");
        assertThatThrownBy(() -> c.nextOpening(start))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("no working time within 3660 days");
        assertThatThrownBy(() -> c.addBusinessDays(start, 1)).isInstanceOf(IllegalStateException.class);
        assertThat(c.businessTimeBetween(start, Instant.parse("2030-01-01T00:00:00Z"))).isZero();
    }

    @Test
    void always_everyInstantIsWorkingTime_andBusinessTimeIsElapsedTime() {
        BusinessCalendar c = BusinessCalendar.always(CalendarFixtures.BERLIN);
        Instant start = Instant.parse("2026-03-28T12:34:56.789Z");
        assertThat(c.isWorkingTime(start)).isTrue();
        assertThat(c.nextOpening(start)).isEqualTo(start);
        assertThat(c.addBusinessTime(start, Duration.ofDays(90))).isEqualTo(start.plus(Duration.ofDays(90)));
        assertThat(c.businessTimeBetween(start, start.plusSeconds(1000))).isEqualTo(Duration.ofSeconds(1000));
        assertThat(c.zone()).isEqualTo(CalendarFixtures.BERLIN);
    }

    @Test
    void concurrentUse_ofAFreshCalendar_givesTheSameResultsAsSequentialUse() throws Exception {
        java.util.function.Supplier<BusinessCalendar> fresh = () -> BusinessCalendar.builder(CalendarFixtures.BERLIN)
                .weekdays(CalendarFixtures.T0900, CalendarFixtures.T1200)
                .weekdays(CalendarFixtures.T1300, CalendarFixtures.T1700).publicHolidays("DE", "by").build();
        List<Instant> starts = new java.util.ArrayList<>();
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 4000; i++) {
            starts.add(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(r.nextInt(6 * 365 * 86_400)));
        }
        Target[] targets = {Target.businessDays(1), Target.businessTime(Duration.ofHours(20)), Target.businessDays(30)};
        BusinessCalendar sequential = fresh.get();
        List<Instant> expected = starts.stream().map(s -> sequential.deadline(s, targets[(int) (s.getEpochSecond() % 3)]))
                .toList();
        BusinessCalendar shared = fresh.get();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Instant>> futures = new java.util.ArrayList<>();
            for (Instant s : starts) {
                futures.add(pool.submit(() -> shared.deadline(s, targets[(int) (s.getEpochSecond() % 3)])));
            }
            for (int i = 0; i < starts.size(); i++) {
                assertThat(futures.get(i).get()).as("start %s", starts.get(i)).isEqualTo(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void toString_describesHoursAndHolidays() {
        assertThat(calendar("lunch").toString()).isEqualTo("BusinessCalendar[Z, MONDAY 09:00-12:00,13:00-17:00, "
                + "TUESDAY 09:00-12:00,13:00-17:00, WEDNESDAY 09:00-12:00,13:00-17:00, "
                + "THURSDAY 09:00-12:00,13:00-17:00, FRIDAY 09:00-12:00,13:00-17:00]");
        assertThat(calendar("lateNight").toString()).isEqualTo("BusinessCalendar[Z, MONDAY 22:00-24:00]");
        assertThat(calendar("us").toString()).endsWith("public holidays US]");
    }
}
