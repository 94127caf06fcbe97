package org.incidentatlas.pipeline;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.TimeWindow;

/**
 * Benchmark (not a test): filter + facet counts over N synthetic incidents, median and worst of 30 runs after
 * warm-up. Run: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.incidentatlas.pipeline.IncidentFilterBench [N]} (see docs/exports.md).
 */
public final class IncidentFilterBench {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private IncidentFilterBench() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Extraction x = SyntheticIncidents.generate(n, 1);
        long t0 = System.nanoTime();
        IncidentFilter index = new IncidentFilter(x);
        long build = System.nanoTime() - t0;
        System.out.printf("%d incidents, index built in %.0f ms (cold JVM)%n", n, build / 1e6);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int k = 0; k < 3; k++) {
            long a = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            index = new IncidentFilter(x);
            System.out.printf("  rebuilt in %.0f ms wall, %.0f ms CPU (all threads, incl. GC)%n",
                    (System.nanoTime() - a) / 1e6, (os.getProcessCpuTime() - cpu) / 1e6);
        }
        Map<String, FilterState> cases = new LinkedHashMap<>();
        cases.put("no filter", FilterState.NONE);
        cases.put("time window (brush 1 year)", FilterState.NONE.withWindow(
                new TimeWindow(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))));
        cases.put("type + actor + status", FilterState.NONE.withEventTypes(Set.of("Battles", "Explosions/Remote violence"))
                .withActors(Set.of("Kataib Hezbollah")).withStatuses(Set.of(EventStatus.REPORTED, EventStatus.CLAIMED)));
        cases.put("text \"Ayn al-Asad\"", FilterState.NONE.withText("Ayn al-Asad"));
        cases.put("text \"Nujaba\" + window", FilterState.NONE.withText("Nujaba").withWindow(
                new TimeWindow(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31))));
        for (Map.Entry<String, FilterState> c : cases.entrySet()) {
            for (int w = 0; w < 10; w++) {
                index.count(c.getValue());
                index.select(c.getValue());
            }
            long[] wall = new long[30];
            long[] cpu = new long[30];
            long[] fresh = new long[30];
            int shown = 0;
            for (int k = 0; k < 30; k++) {
                // a new text each run defeats the last-query cache: the worst case, typing in the search box
                FilterState typed = c.getValue().text().isEmpty() ? c.getValue() : c.getValue().withText(c.getValue().text() + " " + "xyz".substring(0, k % 2));
                long a = System.nanoTime();
                long ca = THREADS.getCurrentThreadCpuTime();
                shown = index.evaluate(c.getValue()).shown().cardinality();
                wall[k] = System.nanoTime() - a;
                cpu[k] = THREADS.getCurrentThreadCpuTime() - ca;
                long b = THREADS.getCurrentThreadCpuTime();
                index.evaluate(typed);
                fresh[k] = THREADS.getCurrentThreadCpuTime() - b;
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            Arrays.sort(fresh);
            System.out.printf("%-28s shown %6d | filter+facets+timeline: cpu median %5.1f ms, max %5.1f | wall median %5.1f, max %5.1f | new text: cpu median %5.1f, max %5.1f ms%n",
                    c.getKey(), shown, cpu[15] / 1e6, cpu[29] / 1e6, wall[15] / 1e6, wall[29] / 1e6, fresh[15] / 1e6, fresh[29] / 1e6);
        }
    }
}
