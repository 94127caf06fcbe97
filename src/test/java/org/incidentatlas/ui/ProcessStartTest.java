package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessStartTest {
    /** A made-up stat line: pid 4242, a command name with a space and a parenthesis, starttime 123456 ticks. */
    private static final String STAT = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 30 0 123456"
            + " 9000000 2000 18446744073709551615 1 1 0 0 0 0 0 4096 17920 0 0 0 17 1 0 0 0 0 0";

    @Test
    void startIsNowMinusTheAgeAgainstBoot() {
        // up 1300.25 s, started 1234.56 s after boot: 65.69 s old
        OptionalLong start = ProcessStart.fromProc("1300.25 2500.10\n", STAT, 1_000_000_000L, 100);
        assertEquals(OptionalLong.of(1_000_000_000L - 65_690), start);
    }

    @Test
    void otherTickRatesAreHonoured() {
        assertEquals(OptionalLong.of(10_000L - (1300_250 - 123_456)),
                ProcessStart.fromProc("1300.25 1.0", STAT, 10_000L, 1000));
    }

    @Test
    void textsThatDoNotParseGiveNothing() {
        assertEquals(OptionalLong.empty(), ProcessStart.fromProc("", STAT, 1000, 100));
        assertEquals(OptionalLong.empty(), ProcessStart.fromProc("12.5 3", "4242 (java) S 1 2 3", 1000, 100));
        assertEquals(OptionalLong.empty(), ProcessStart.fromProc("12.5 3", "no parenthesis at all", 1000, 100));
        // started after "now" by the clocks given: a nonsense age, not a start in the future
        assertEquals(OptionalLong.empty(), ProcessStart.fromProc("10.00 3", STAT, 1000, 100));
    }

    @Test
    void thisProcessStartedBeforeNowAndNotLongBeforeTheJvm() {
        long start = ProcessStart.epochMillis();
        long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        assertTrue(start <= System.currentTimeMillis());
        // the process exists a little before the JVM reports its own start (the java launcher's work), not minutes
        assertTrue(Math.abs(jvm - start) < 60_000, () -> "process " + start + ", JVM " + jvm);
    }
}
