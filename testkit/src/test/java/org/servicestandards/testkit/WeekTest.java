package org.servicestandards.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WeekTest {

    @Test
    void namedInstants_areReadInUtcByDefault() {
        Week week = Week.week(2026, 3, 2);
        assertThat(week.friday().at("16:55")).isEqualTo(Instant.parse("2026-03-06T16:55:00Z"));
        assertThat(week.next().monday().at(9, 55)).isEqualTo(Instant.parse("2026-03-09T09:55:00Z"));
        assertThat(week.sunday().at("23:59:30")).isEqualTo(Instant.parse("2026-03-08T23:59:30Z"));
        assertThat(week.tuesday().startOfDay()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
        assertThat(week.saturday().next().date()).isEqualTo(week.sunday().date());
        assertThat(week.plusWeeks(-1).monday().date()).hasToString("2026-02-23");
    }

    @Test
    void inAZone_followsItsDaylightSaving() {
        Week london = Week.week(2026, 3, 23).in(ZoneId.of("Europe/London"));
        assertThat(london.friday().at("09:00")).isEqualTo(Instant.parse("2026-03-27T09:00:00Z"));
        assertThat(london.next().monday().at("09:00")).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(Duration.between(london.saturday().startOfDay(), london.next().monday().startOfDay()))
                .isEqualTo(Duration.ofHours(47));
    }

    @Test
    void aWeekStartsOnAMonday_andTimesMustParse() {
        assertThatThrownBy(() -> Week.week(2026, 3, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-03-03 is a TUESDAY; a week starts on a Monday (the Monday of that week is 2026-03-02)");
        assertThatThrownBy(() -> Week.week(2026, 3, 2).friday().at("1655"))
                .hasMessage("'1655' is not a time of day; write it as HH:mm or HH:mm:ss, e.g. \"16:55\"");
    }
}
