package org.incidentatlas.ui;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The milestones of one app launch (main entered, toolkit up, window shown, gazetteer loaded, extraction done, corpus
 * drawn …), each the first time it is reached, as wall-clock milliseconds after the JVM started; logged in one line
 * with the process's CPU time once the corpus is drawn, so a launch can be read as a timeline
 * ({@code docs/benchmarks.md}, "App launch"). No JavaFX class: {@code Main} marks before the toolkit exists.
 */
public final class LaunchTimeline {
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private LaunchTimeline() {
    }

    /** Records {@code milestone} now, unless it was reached before. */
    public static void mark(String milestone) {
        long now = System.currentTimeMillis();
        synchronized (MARKS) {
            MARKS.putIfAbsent(milestone, now);
        }
    }

    /** "main 95, toolkit up 610, …" in milliseconds after {@code jvmStart}, in the order the milestones were reached. */
    static String describe(long jvmStart) {
        List<Map.Entry<String, Long>> marks;
        synchronized (MARKS) {
            marks = new ArrayList<>(MARKS.entrySet());
        }
        marks.sort(Map.Entry.comparingByValue());
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, Long> m : marks) {
            b.append(b.length() == 0 ? "" : ", ").append(m.getKey()).append(' ').append(m.getValue() - jvmStart);
        }
        return b.toString();
    }

    /**
     * The JVM's start, in epoch milliseconds; under the jar's launcher ({@code org.incidentatlas.Launcher}) the start of
     * the launcher's JVM, where the user's wait began.
     */
    static long jvmStart() {
        long launcher = Long.getLong("incidentatlas.launch.start", -1);
        return launcher > 0 ? launcher : ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** CPU time of the whole process so far in milliseconds, or -1 where the JVM does not say. */
    static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            // plus what the launcher's JVM had spent when it started this one
            return ns < 0 ? -1 : ns / 1_000_000 + Math.max(0, Long.getLong("incidentatlas.launch.cpu", 0));
        }
        return -1;
    }

    /** The timeline line the app logs once its first corpus is drawn. */
    static String summary() {
        long start = jvmStart();
        return "launch timeline (ms after JVM start): " + describe(start) + "; process CPU "
                + processCpuMillis() + " ms";
    }
}
