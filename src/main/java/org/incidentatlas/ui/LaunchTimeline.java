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
    /** CPU milliseconds of the thread that marked "toolkit up" (the FX thread) at each of its own marks. */
    private static final Map<String, Long> FX_CPU = new LinkedHashMap<>();
    private static volatile Thread fxThread;
    /** CPU milliseconds of the whole process at each mark. */
    private static final Map<String, Long> PROCESS_CPU = new LinkedHashMap<>();

    private LaunchTimeline() {
    }

    /** Records {@code milestone} now, unless it was reached before. */
    public static void mark(String milestone) {
        long now = System.currentTimeMillis();
        long process = processCpuMillis();
        synchronized (MARKS) {
            MARKS.putIfAbsent(milestone, now);
            PROCESS_CPU.putIfAbsent(milestone, process);
        }
        if (Thread.currentThread() == fxThread) {
            long cpu = threadCpuMillis();
            synchronized (MARKS) {
                FX_CPU.putIfAbsent(milestone, cpu);
            }
        }
    }

    /**
     * Under the jar's launcher: marks "child process", when this process (the child JVM) started, so the timeline
     * shows what the relaunch costs before {@code main}.
     */
    public static void markChildStart() {
        if (Long.getLong("incidentatlas.launch.start", -1) > 0) {
            synchronized (MARKS) {
                MARKS.putIfAbsent("child process", ProcessStart.epochMillis());
            }
        }
    }

    /** When {@code milestone} was first marked (epoch milliseconds), or -1 if it was not. */
    static long at(String milestone) {
        synchronized (MARKS) {
            return MARKS.getOrDefault(milestone, -1L);
        }
    }

    /** Whether {@code milestone} was marked. */
    static boolean reached(String milestone) {
        synchronized (MARKS) {
            return MARKS.containsKey(milestone);
        }
    }

    /**
     * Records the toolkit's start on the FX thread (the thread calling): from then on, the marks made on that
     * thread also record its CPU time, the launch's critical path once the toolkit is up.
     */
    static void markToolkitUp() {
        fxThread = Thread.currentThread();
        mark("toolkit up");
    }

    private static long threadCpuMillis() {
        java.lang.management.ThreadMXBean t = ManagementFactory.getThreadMXBean();
        return t.isCurrentThreadCpuTimeSupported() ? t.getCurrentThreadCpuTime() / 1_000_000 : -1;
    }

    /** "toolkit up 420, window shown 1310, …": CPU milliseconds at the marks {@code cpu} holds. */
    private static String describeCpu(Map<String, Long> cpu, List<String> only) {
        StringBuilder b = new StringBuilder();
        synchronized (MARKS) {
            for (Map.Entry<String, Long> m : cpu.entrySet()) {
                if (only.isEmpty() || only.contains(m.getKey())) {
                    b.append(b.length() == 0 ? "" : ", ").append(m.getKey()).append(' ').append(m.getValue());
                }
            }
        }
        return b.toString();
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
     * The process's start, in epoch milliseconds ({@link ProcessStart}: measured, not the JVM's start, which is late
     * by the java launcher's own work); under the jar's launcher ({@code org.incidentatlas.Launcher}) the start of the
     * launcher's process, where the user's wait began.
     */
    static long jvmStart() {
        long launcher = Long.getLong("incidentatlas.launch.start", -1);
        return launcher > 0 ? launcher : ProcessStart.epochMillis();
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
        return "launch timeline (ms after process start, epoch " + start + "): " + describe(start) + "; process CPU "
                + processCpuMillis() + " ms (at " + describeCpu(PROCESS_CPU, List.of("toolkit up", "window shown",
                "corpus drawn", "corpus frame", "all panes in")) + "); FX thread CPU (ms) at "
                + describeCpu(FX_CPU, List.of());
    }
}
