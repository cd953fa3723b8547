package org.servicestandards.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicestandards.calendar.BusinessCalendar;

class CalendarSpecTest {

    private static Instant london(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    @Test
    void weekdaysWithLunchBreak_closeOverLunch() {
        BusinessCalendar c = CalendarSpec.weekdays("Europe/London", "09:00-12:00, 13:00-17:00").toCalendar();

        assertThat(c.isWorkingTime(london("2026-03-02T11:59:59"))).isTrue();
        assertThat(c.isWorkingTime(london("2026-03-02T12:00:00"))).isFalse();
        assertThat(c.isWorkingTime(london("2026-03-02T13:00:00"))).isTrue();
        assertThat(c.isWorkingTime(london("2026-03-07T10:00:00"))).as("Saturday").isFalse();
        assertThat(c.addBusinessTime(london("2026-03-02T11:30:00"), Duration.ofHours(1)))
                .isEqualTo(london("2026-03-02T13:30:00"));
    }

    @Test
    void publicHolidaysOfEngland_closeEasterMonday() {
        BusinessCalendar c = CalendarSpec.weekdays("Europe/London", "09:00-17:00").withPublicHolidays("GB", "eng")
                .toCalendar();

        assertThat(c.isHoliday(LocalDate.parse("2026-04-03"))).as("Good Friday").isTrue();
        assertThat(c.isHoliday(LocalDate.parse("2026-04-06"))).as("Easter Monday").isTrue();
        assertThat(c.isHoliday(LocalDate.parse("2026-04-07"))).isFalse();
        assertThat(c.nextOpening(london("2026-04-02T17:00:00"))).isEqualTo(london("2026-04-07T09:00:00"));
    }

    @Test
    void holidaysAndAnnualHolidays_close() {
        BusinessCalendar c = CalendarSpec.weekdays("UTC", "09:00-17:00")
                .withHolidays(List.of(LocalDate.parse("2026-03-04")))
                .withAnnualHolidays(List.of(MonthDay.of(12, 25)))
                .toCalendar();

        assertThat(c.isHoliday(LocalDate.parse("2026-03-04"))).isTrue();
        assertThat(c.isHoliday(LocalDate.parse("2027-12-25"))).isTrue();
        assertThat(c.isHoliday(LocalDate.parse("2026-03-05"))).isFalse();
    }

    @Test
    void closeAt2400_meansTheEndOfTheDay() {
        BusinessCalendar c = new CalendarSpec("UTC", Map.of(DayOfWeek.SATURDAY, List.of("00:00-24:00")), null, null,
                null, null).toCalendar();

        assertThat(c.isWorkingTime(Instant.parse("2026-03-07T23:59:59Z"))).isTrue();
        assertThat(c.isWorkingTime(Instant.parse("2026-03-08T00:00:00Z"))).isFalse();
    }

    @Test
    void daysWithoutIntervals_areDropped_andCollectionsAreNeverNull() {
        CalendarSpec spec = new CalendarSpec("UTC", Map.of(DayOfWeek.MONDAY, List.of("09:00-17:00"),
                DayOfWeek.TUESDAY, List.of()), null, null, null, null);

        assertThat(spec.hours()).containsOnlyKeys(DayOfWeek.MONDAY);
        assertThat(spec.holidays()).isEmpty();
        assertThat(spec.annualHolidays()).isEmpty();
        assertThat(spec.publicHolidaysSubdivisions()).isEmpty();
        assertThat(spec).isEqualTo(new CalendarSpec("UTC", Map.of(DayOfWeek.MONDAY, List.of("09:00-17:00")),
                List.of(), List.of(), null, List.of()));
    }

    @Test
    void errors_nameTheField() {
        assertThatThrownBy(() -> CalendarSpec.weekdays("Mars/Olympus", "09:00-17:00").toCalendar())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("calendar.zone: unknown time zone 'Mars/Olympus'");
        assertThatThrownBy(() -> CalendarSpec.weekdays(null, "09:00-17:00").toCalendar())
                .hasMessageStartingWith("calendar.zone: is required");
        assertThatThrownBy(() -> CalendarSpec.weekdays("UTC", "09:00-12:00, 13:00-12:00").toCalendar())
                .hasMessageStartingWith("calendar.hours.monday[1]: '13:00-12:00' closes before it opens");
        assertThatThrownBy(() -> CalendarSpec.weekdays("UTC", "09:00-12:00, 11:00-13:00").toCalendar())
                .hasMessage("calendar.hours.monday[1]: '11:00-13:00' overlaps another interval of the day");
        assertThatThrownBy(() -> CalendarSpec.weekdays("UTC", "9 to 5").toCalendar())
                .hasMessage("calendar.hours.monday[0]: '9 to 5' is not an interval such as \"09:00-17:00\"");
        assertThatThrownBy(() -> CalendarSpec.weekdays("UTC", "09:00-25:00").toCalendar())
                .hasMessage("calendar.hours.monday[0]: '09:00-25:00' has a time outside 00:00-24:00");
        assertThatThrownBy(() -> new CalendarSpec("UTC", Map.of(), null, null, null, null).toCalendar())
                .hasMessageStartingWith("calendar.hours: no working hours");
        assertThatThrownBy(() -> CalendarSpec.weekdays("UTC", "09:00-17:00").withPublicHolidays("Atlantis").toCalendar())
                .hasMessageStartingWith("calendar.publicHolidays.country: countryCode 'Atlantis'");
        assertThatThrownBy(() -> CalendarSpec.weekdays("UTC", "09:00-17:00").withPublicHolidays("GB", "narnia").toCalendar())
                .hasMessageStartingWith("calendar.publicHolidays.subdivisions: subdivision 'narnia' is not known in GB");
    }

    @Test
    void documentCalendar_hoursOverrideWeekdays_andAnEmptyDayCloses() throws IOException {
        Document doc = DocumentReader.create().read(new StringReader("""
                {"calendar": {"zone": "Europe/London", "weekdays": ["09:00-12:30", "13:30-17:30"],
                              "hours": {"Friday": "09:00-16:00", "saturday": ["10:00-13:00"], "wednesday": []},
                              "holidays": ["2026-12-24"], "annualHolidays": ["12-25", "--12-26"],
                              "publicHolidays": {"country": "GB", "subdivisions": "eng"}}}
                """), "input.json");

        CalendarSpec spec = doc.calendar();
        assertThat(spec.hours()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(spec.hours().get(DayOfWeek.MONDAY)).containsExactly("09:00-12:30", "13:30-17:30");
        assertThat(spec.hours().get(DayOfWeek.FRIDAY)).containsExactly("09:00-16:00");
        assertThat(spec.annualHolidays()).containsExactly(MonthDay.of(12, 25), MonthDay.of(12, 26));
        assertThat(spec.publicHolidaysCountry()).isEqualTo("GB");
        assertThat(spec.publicHolidaysSubdivisions()).containsExactly("eng");
        BusinessCalendar c = doc.config().calendar();
        assertThat(c.isWorkingTime(london("2026-03-04T10:00:00"))).as("Wednesday closed").isFalse();
        assertThat(c.isWorkingTime(london("2026-03-06T16:30:00"))).as("Friday closes at 16:00").isFalse();
        assertThat(c.isWorkingTime(london("2026-03-07T10:00:00"))).as("Saturday morning").isTrue();
        assertThat(c.isWorkingTime(london("2026-03-02T13:00:00"))).as("lunch").isFalse();
        assertThat(c.isHoliday(LocalDate.parse("2026-04-06"))).as("Easter Monday").isTrue();
    }
}
