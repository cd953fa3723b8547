package org.servicestandards.examples.crm;

import java.time.Duration;
import java.time.Instant;
import org.servicestandards.calendar.BusinessCalendar;
import org.servicestandards.config.StandardsConfig;
import org.servicestandards.model.Dataset;
import org.servicestandards.model.Tier;
import org.servicestandards.testkit.TestClock;
import org.servicestandards.testkit.Week;

/**
 * A small dataset for what-if runs: ten emails over the week of Monday 2 March 2026, each answered
 * after a known amount of business time (default calendar) and resolved half a business hour later. Under the default target of one business
 * day nine are met (the nine-hour reply is late); under four business hours six are met.
 */
public final class AWeekOfEmail {
    public static final Week WEEK = Week.week(2026, 3, 2);
    /** When the records are evaluated. */
    public static final Instant END = WEEK.next().monday().at("12:00");
    /** Business hours taken by each reply, in order (the 4-hour one is met exactly at a 4-hour due instant). */
    static final double[] REPLY_HOURS = {1, 2, 3, 5, 6, 7, 0.5, 4, 9, 2};

    private AWeekOfEmail() {}

    /** The CRM's export after the week. */
    public static Dataset records() {
        BusinessCalendar calendar = StandardsConfig.DEFAULT_CALENDAR;
        TestClock clock = TestClock.at(WEEK.monday().at("08:00"));
        InMemoryCrm crm = new InMemoryCrm(clock);
        crm.addCustomer("C-1", "Carol", Tier.STANDARD);
        crm.addCustomer("C-2", "Dan", Tier.REGULAR);
        for (int i = 0; i < REPLY_HOURS.length; i++) {
            Instant received = WEEK.day(java.time.DayOfWeek.of(1 + i / 2)).at(i % 2 == 0 ? "09:30" : "13:15");
            clock.set(received);
            String ticket = crm.logEmail(i % 2 == 0 ? "C-1" : "C-2", "Question " + (i + 1));
            clock.set(calendar.addBusinessTime(received, Duration.ofMinutes(Math.round(REPLY_HOURS[i] * 60))));
            crm.reply(ticket, "A-" + (1 + i % 3), "Answer " + (i + 1));
            clock.set(calendar.addBusinessTime(clock.instant(), Duration.ofMinutes(30)));
            crm.resolve(ticket, "A-" + (1 + i % 3));
        }
        return crm.export();
    }
}
