package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * When this process started, in epoch milliseconds: where a launch's wait begins. Why not
 * {@code ProcessHandle.current().info().startInstant()}: on Linux the JDK adds the process's start (clock ticks after
 * boot) to the boot time in <em>whole seconds</em> ({@code /proc/stat} btime), so it is early by the boot time's
 * fraction of a second (0.56 s on the test machine, every launch mark inflated by that much); the JVM's own start
 * ({@code RuntimeMXBean}) is late by the {@code java} launcher's own work. Here, on Linux: now minus the process's
 * age, both read against boot from {@code /proc} (uptime in hundredths of a second, {@code /proc/self/stat}'s
 * starttime in clock ticks, 100 a second): within about 20 ms. Elsewhere the JDK's figure, else the JVM's start.
 */
public final class ProcessStart {
    /** USER_HZ, the unit of {@code /proc/PID/stat} times: 100 on every Linux architecture Java runs on. */
    static final long TICKS_PER_SECOND = 100;
    private static volatile long cached = -1;

    private ProcessStart() {
    }

    /** This process's start (epoch ms), read once. */
    public static long epochMillis() {
        long c = cached;
        if (c < 0) {
            c = read();
            cached = c;
        }
        return c;
    }

    private static long read() {
        try {
            Path uptime = Path.of("/proc/uptime");
            Path stat = Path.of("/proc/self/stat");
            if (Files.isReadable(uptime) && Files.isReadable(stat)) {
                // read uptime last and the clock right after it: the age is then exact to the /proc resolution
                String s = Files.readString(stat, StandardCharsets.US_ASCII);
                String u = Files.readString(uptime, StandardCharsets.US_ASCII);
                OptionalLong start = fromProc(u, s, System.currentTimeMillis(), TICKS_PER_SECOND);
                if (start.isPresent()) {
                    return start.getAsLong();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or /proc hidden: the JDK's figure below
        }
        return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli)
                .orElseGet(() -> java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /**
     * The start in epoch ms from the texts of {@code /proc/uptime} (seconds since boot, first number) and
     * {@code /proc/PID/stat} (field 22: starttime, clock ticks after boot), read at {@code nowMillis}; empty when
     * either text does not parse.
     */
    static OptionalLong fromProc(String uptime, String stat, long nowMillis, long ticksPerSecond) {
        try {
            // no regular expression here: this runs in the launcher before the child starts (class loading costs)
            String[] u = fields(uptime);
            double upSeconds = Double.parseDouble(u[0]);
            // the command name (field 2) is in parentheses and may hold spaces or ')': fields 3… follow the last ')'
            int close = stat.lastIndexOf(')');
            if (close < 0 || upSeconds < 0 || ticksPerSecond <= 0) {
                return OptionalLong.empty();
            }
            String[] f = fields(stat.substring(close + 1));
            int starttime = 22 - 3;
            if (f.length <= starttime) {
                return OptionalLong.empty();
            }
            long ticks = Long.parseLong(f[starttime]);
            long ageMillis = Math.round(upSeconds * 1000) - ticks * 1000 / ticksPerSecond;
            if (ticks < 0 || ageMillis < 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(nowMillis - ageMillis);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            return OptionalLong.empty();
        }
    }

    /** The whitespace-separated fields of {@code text}; one empty field when there are none (as {@code split}). */
    private static String[] fields(String text) {
        java.util.StringTokenizer t = new java.util.StringTokenizer(text, " \t\n\r\f\u000B");
        String[] fields = new String[Math.max(1, t.countTokens())];
        fields[0] = "";
        for (int i = 0; t.hasMoreTokens(); i++) {
            fields[i] = t.nextToken();
        }
        return fields;
    }
}
