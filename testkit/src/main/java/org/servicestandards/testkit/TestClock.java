package org.servicestandards.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock that tests set and advance, for hosts whose code stamps records with an injected
 * {@link Clock}: {@code clock.set(FRI_1655); crm.logComplaint(...); clock.set(MON_0950); crm.acknowledge(...)}.
 * Thread-safe (the instant is volatile); {@link #withZone} shares the instant.
 */
public final class TestClock extends Clock {
    private final Holder now;
    private final ZoneId zone;

    private TestClock(Holder now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at {@code instant}, in UTC. */
    public static TestClock at(Instant instant) {
        Holder h = new Holder();
        h.instant = Objects.requireNonNull(instant, "instant");
        return new TestClock(h, ZoneOffset.UTC);
    }

    /** Moves the clock to {@code instant} (backwards too). */
    public TestClock set(Instant instant) {
        now.instant = Objects.requireNonNull(instant, "instant");
        return this;
    }

    /** Moves the clock forward (or back, when negative) by {@code amount}. */
    public TestClock advance(Duration amount) {
        Objects.requireNonNull(amount, "amount");
        synchronized (now) {
            now.instant = now.instant.plus(amount);
        }
        return this;
    }

    @Override
    public Instant instant() { return now.instant; }

    @Override
    public ZoneId getZone() { return zone; }

    @Override
    public Clock withZone(ZoneId newZone) { return new TestClock(now, Objects.requireNonNull(newZone, "zone")); }

    @Override
    public String toString() { return "TestClock[" + now.instant + ", " + zone + "]"; }

    private static final class Holder {
        volatile Instant instant;
    }
}
