package org.servicestandards.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicestandards.calendar.CalendarFixtures.T0900;
import static org.servicestandards.calendar.CalendarFixtures.T1200;
import static org.servicestandards.calendar.CalendarFixtures.T1300;
import static org.servicestandards.calendar.CalendarFixtures.T1700;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BusinessCalendarBuilderTest {

    private static final Instant MON_1000 = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void build_withoutWorkingHours_isRejected() {
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC).holiday(LocalDate.of(2026, 1, 1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a business calendar needs working hours (adding business time would never end): "
                        + "call hours(...) or weekdays(...) before build()");
    }

    @Test
    void hours_closeNotAfterOpen_isRejectedNamingBoth() {
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, T0900, LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("close 08:00 must be after open 09:00 on MONDAY");
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC).hours(DayOfWeek.MONDAY, T0900, T0900))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("close 09:00 must be after open 09:00 on MONDAY");
    }

    @Test
    void hours_crossingMidnight_isRejectedWithAHint() {
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(2, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("split an interval that crosses midnight over two days");
    }

    @Test
    void hours_overlapping_isRejectedNamingBoth() {
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, T0900, T1200).hours(DayOfWeek.MONDAY, LocalTime.of(11, 0), T1300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours MONDAY 11:00-13:00 overlap hours 09:00-12:00 already given for MONDAY");
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC)
                .weekdays(T0900, T1700).hours(DayOfWeek.WEDNESDAY, LocalTime.of(16, 0), LocalTime.MIDNIGHT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours WEDNESDAY 16:00-24:00 overlap hours 09:00-17:00 already given for WEDNESDAY");
    }

    @Test
    void hours_touchingIntervals_joinUp() {
        BusinessCalendar c = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, T1200, T1700).hours(DayOfWeek.MONDAY, T0900, T1200).build();
        assertThat(c.isWorkingTime(Instant.parse("2026-03-02T12:00:00Z"))).isTrue();
        assertThat(c.toString()).isEqualTo("BusinessCalendar[Z, MONDAY 09:00-17:00]");
    }

    @Test
    void hours_midnightAsClose_meansEndOfDay() {
        BusinessCalendar c = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.MIDNIGHT).build();
        assertThat(c.businessTimeBetween(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z")))
                .isEqualTo(Duration.ofHours(4));
        assertThat(c.addBusinessTime(Instant.parse("2026-03-02T20:00:00Z"), Duration.ofHours(4)))
                .isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    }

    @Test
    void hours_midnightToMidnight_isTheWholeDay() {
        BusinessCalendar c = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(DayOfWeek.SATURDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build();
        assertThat(c.businessTimeBetween(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-15T00:00:00Z")))
                .isEqualTo(Duration.ofHours(48));
    }

    @Test
    void builder_nullArguments_areRejectedNamingThem() {
        assertThatThrownBy(() -> BusinessCalendar.builder(null))
                .isInstanceOf(NullPointerException.class).hasMessage("zone must not be null");
        BusinessCalendar.Builder b = BusinessCalendar.builder(ZoneOffset.UTC);
        assertThatThrownBy(() -> b.hours(null, T0900, T1700)).hasMessage("day must not be null");
        assertThatThrownBy(() -> b.hours(DayOfWeek.MONDAY, null, T1700)).hasMessage("open must not be null");
        assertThatThrownBy(() -> b.hours(DayOfWeek.MONDAY, T0900, null)).hasMessage("close must not be null");
        assertThatThrownBy(() -> b.holiday(null)).hasMessage("date must not be null");
        assertThatThrownBy(() -> b.annualHoliday(null)).hasMessage("monthDay must not be null");
        assertThatThrownBy(() -> b.publicHolidays(null)).hasMessage("countryCode must not be null");
    }

    @Test
    void publicHolidays_setTwice_isRejected() {
        BusinessCalendar.Builder b = BusinessCalendar.builder(ZoneOffset.UTC).publicHolidays("US", "ny");
        assertThatThrownBy(() -> b.publicHolidays("GB"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("publicHolidays was already set to US/ny");
    }

    @Test
    void publicHolidays_unknownCountry_isRejectedListingTheKnownCodes() {
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC).publicHolidays("XX"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("countryCode 'XX' is not a calendar Jollyday knows; expected one of [")
                .hasMessageContaining("GB").hasMessageContaining("US");
    }

    @Test
    void publicHolidays_unknownSubdivision_isRejectedListingTheKnownOnes() {
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC).publicHolidays("US", "zz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("subdivision 'zz' is not known in US; expected one of [")
                .hasMessageContaining("ny");
        assertThatThrownBy(() -> BusinessCalendar.builder(ZoneOffset.UTC).publicHolidays("DE", "by", "xx"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("subdivision 'xx' is not known in DE/by; expected one of [");
    }

    @Test
    void publicHolidays_codesAreCaseInsensitive() {
        BusinessCalendar c = BusinessCalendar.builder(ZoneOffset.UTC).weekdays(T0900, T1700)
                .publicHolidays("de", "BY").build();
        assertThat(c.isHoliday(LocalDate.of(2026, 1, 6))).as("Epiphany in Bavaria").isTrue();
        assertThat(c.toString()).endsWith("public holidays DE/by]");
    }

    @Test
    void build_isIndependentOfLaterBuilderChanges() {
        BusinessCalendar.Builder b = BusinessCalendar.builder(ZoneOffset.UTC).weekdays(T0900, T1700);
        BusinessCalendar before = b.build();
        b.holiday(LocalDate.of(2026, 3, 2)).hours(DayOfWeek.SATURDAY, T0900, T1700);
        assertThat(before.isHoliday(LocalDate.of(2026, 3, 2))).isFalse();
        assertThat(before.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(b.build().isHoliday(LocalDate.of(2026, 3, 2))).isTrue();
    }

    @Test
    void annualHoliday_february29_closesOnlyLeapYears() {
        BusinessCalendar c = BusinessCalendar.builder(ZoneOffset.UTC)
                .hours(DayOfWeek.THURSDAY, T0900, T1700).hours(DayOfWeek.SUNDAY, T0900, T1700)
                .annualHoliday(MonthDay.of(2, 29)).build();
        assertThat(c.isHoliday(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(c.isHoliday(LocalDate.of(2026, 2, 28))).isFalse();
        assertThat(c.isHoliday(LocalDate.of(2026, 3, 1))).isFalse();
    }

    @Test
    void holiday_onlyClosesItsLocalDay() {
        BusinessCalendar c = BusinessCalendar.builder(ZoneOffset.UTC).weekdays(T0900, T1700)
                .holiday(LocalDate.of(2026, 3, 2)).holiday(LocalDate.of(2026, 3, 2)).build();
        assertThat(c.addBusinessTime(MON_1000, Duration.ofHours(1))).isEqualTo(Instant.parse("2026-03-03T10:00:00Z"));
    }
}
