package org.servicestandards.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetTest {

    @ParameterizedTest(name = "parse(\"{0}\") = {1} {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "1 business day          | BUSINESS_DAYS | PT0S    | 1",
        "2 business days         | BUSINESS_DAYS | PT0S    | 2",
        "0 business days         | BUSINESS_DAYS | PT0S    | 0",
        "1 business hour         | BUSINESS_TIME | PT1H    | 0",
        "4 business hours        | BUSINESS_TIME | PT4H    | 0",
        "30 business minutes     | BUSINESS_TIME | PT30M   | 0",
        "45 business seconds     | BUSINESS_TIME | PT45S   | 0",
        "1 hour                  | CALENDAR_TIME | PT1H    | 0",
        "2 minutes               | CALENDAR_TIME | PT2M    | 0",
        "45 seconds              | CALENDAR_TIME | PT45S   | 0",
        "90 days                 | CALENDAR_TIME | PT2160H | 0",
        "7 calendar days         | CALENDAR_TIME | PT168H  | 0",
        "2 calendar hours        | CALENDAR_TIME | PT2H    | 0",
        "0 hours                 | CALENDAR_TIME | PT0S    | 0",
        "PT1H                    | CALENDAR_TIME | PT1H    | 0",
        "P2D                     | CALENDAR_TIME | PT48H   | 0",
        "PT1H calendar           | CALENDAR_TIME | PT1H    | 0",
        "PT4H business           | BUSINESS_TIME | PT4H    | 0",
        "PT0.5S business         | BUSINESS_TIME | PT0.5S  | 0",
        // case, white space, singular/plural are lenient
        "pt30m BUSINESS          | BUSINESS_TIME | PT30M   | 0",
        "'  1   Business   Day  '| BUSINESS_DAYS | PT0S    | 1",
        "1 BUSINESS DAYS         | BUSINESS_DAYS | PT0S    | 1",
        "1 hours                 | CALENDAR_TIME | PT1H    | 0",
        "007 minutes             | CALENDAR_TIME | PT7M    | 0",
    })
    void parse_acceptsEveryForm(String text, TargetKind kind, Duration duration, int days) {
        assertThat(Target.parse(text)).isEqualTo(new Target(kind, duration, days));
    }

    @ParameterizedTest(name = "parse(\"{0}\") is rejected: {1}")
    @CsvSource(delimiter = '|', value = {
        "''                             | cannot parse target '':",
        "1                              | cannot parse target '1':",
        "business day                   | cannot parse target 'business day':",
        "1 fortnight                    | cannot parse target '1 fortnight':",
        "1.5 hours                      | cannot parse target '1.5 hours':",
        "2 business weeks               | cannot parse target '2 business weeks':",
        "1 business                     | cannot parse target '1 business':",
        "1 business day please          | cannot parse target '1 business day please':",
        "PTXH                           | cannot parse target 'PTXH':",
        "PT1H business time             | cannot parse target 'PT1H business time':",
        "-1 hours                       | cannot parse target '-1 hours' (a target must not be negative):",
        "-PT1H                          | cannot parse target '-PT1H' (a target must not be negative):",
        "PT-1H business                 | cannot parse target 'PT-1H business' (a target must not be negative):",
        "99999999999999999999 hours     | cannot parse target '99999999999999999999 hours' (the number is too large):",
        "9999999999999999 hours         | cannot parse target '9999999999999999 hours' (the number is too large):",
        "3000000000 business days       | cannot parse target '3000000000 business days' (at most 2147483647 business days):",
    })
    void parse_rejectsOtherTextNamingItAndTheAcceptedForms(String text, String messageStart) {
        assertThatThrownBy(() -> Target.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(messageStart)
                .hasMessageEndingWith("expected " + Target.ACCEPTED_FORMS)
                .hasMessageContaining("'<n> business day(s)'")
                .hasMessageContaining("'PT4H business'");
    }

    @Test
    void parse_null_isRejected() {
        assertThatThrownBy(() -> Target.parse(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text must not be null");
    }

    @ParameterizedTest(name = "{0} {1} {2} -> \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "BUSINESS_DAYS | PT0S    | 1 | 1 business day",
        "BUSINESS_DAYS | PT0S    | 2 | 2 business days",
        "BUSINESS_DAYS | PT0S    | 0 | 0 business days",
        "BUSINESS_TIME | PT1H    | 0 | 1 business hour",
        "BUSINESS_TIME | PT4H    | 0 | 4 business hours",
        "BUSINESS_TIME | PT24H   | 0 | 24 business hours",
        "BUSINESS_TIME | PT30M   | 0 | 30 business minutes",
        "BUSINESS_TIME | PT90M   | 0 | 90 business minutes",
        "BUSINESS_TIME | PT45S   | 0 | 45 business seconds",
        "BUSINESS_TIME | PT0S    | 0 | 0 business hours",
        "BUSINESS_TIME | PT0.5S  | 0 | PT0.5S business",
        "CALENDAR_TIME | PT1H    | 0 | 1 hour",
        "CALENDAR_TIME | PT2H    | 0 | 2 hours",
        "CALENDAR_TIME | PT25H   | 0 | 25 hours",
        "CALENDAR_TIME | PT24H   | 0 | 1 day",
        "CALENDAR_TIME | PT2160H | 0 | 90 days",
        "CALENDAR_TIME | PT2M    | 0 | 2 minutes",
        "CALENDAR_TIME | PT1M    | 0 | 1 minute",
        "CALENDAR_TIME | PT45S   | 0 | 45 seconds",
        "CALENDAR_TIME | PT1S    | 0 | 1 second",
        "CALENDAR_TIME | PT0S    | 0 | 0 hours",
        "CALENDAR_TIME | PT1.5S  | 0 | PT1.5S",
    })
    void toString_isTheCanonicalForm_andRoundTripsThroughParse(TargetKind kind, Duration d, int days, String text) {
        Target t = new Target(kind, d, days);
        assertThat(t.toString()).isEqualTo(text);
        assertThat(Target.parse(t.toString())).isEqualTo(t);
    }

    @Test
    void factories_buildTheirKind() {
        assertThat(Target.calendar(Duration.ofHours(1))).isEqualTo(new Target(TargetKind.CALENDAR_TIME,
                Duration.ofHours(1), 0));
        assertThat(Target.businessTime(Duration.ofHours(1)).kind()).isEqualTo(TargetKind.BUSINESS_TIME);
        assertThat(Target.businessDays(3)).isEqualTo(new Target(TargetKind.BUSINESS_DAYS, Duration.ZERO, 3));
        assertThat(Target.businessDays(0).isZero()).isTrue();
        assertThat(Target.calendar(Duration.ZERO).isZero()).isTrue();
        assertThat(Target.businessTime(Duration.ofNanos(1)).isZero()).isFalse();
    }

    @ParameterizedTest(name = "new Target({0}, {1}, {2}) is rejected: {3}")
    @CsvSource(delimiter = '|', value = {
        "CALENDAR_TIME | PT-1H | 0  | duration must not be negative for a CALENDAR_TIME target, was PT-1H",
        "BUSINESS_TIME | PT-1S | 0  | duration must not be negative for a BUSINESS_TIME target, was PT-1S",
        "BUSINESS_TIME | PT1H  | 1  | days must be 0 for a BUSINESS_TIME target, was 1",
        "BUSINESS_DAYS | PT0S  | -1 | days must not be negative for a BUSINESS_DAYS target, was -1",
        "BUSINESS_DAYS | PT1H  | 1  | duration must be zero for a BUSINESS_DAYS target, was PT1H",
    })
    void constructor_rejectsInconsistentComponents(TargetKind kind, Duration d, int days, String message) {
        assertThatThrownBy(() -> new Target(kind, d, days))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void constructor_rejectsNulls() {
        assertThatThrownBy(() -> new Target(null, Duration.ZERO, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("kind must not be null");
        assertThatThrownBy(() -> new Target(TargetKind.BUSINESS_DAYS, null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("duration must not be null");
    }
}
