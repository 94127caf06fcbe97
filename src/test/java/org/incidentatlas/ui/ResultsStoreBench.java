package org.incidentatlas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.incidentatlas.io.IncidentPoints;
import org.incidentatlas.io.ResultsStore;
import org.incidentatlas.ui.map.MapViewport;

/**
 * Not a unit test: a million synthetic incidents as Parquet, opened through {@link ResultsStore}; times reading their
 * points once ({@link ResultsStore#points}), a pan frame (counting the moved view per cell and painting the counts
 * into the pixel buffer: exactly what {@link IncidentPointsLayer} does on the FX thread when the view changes) and a
 * filter round trip (selecting the rows, then the frame that shows them).
 * Run: {@code java -cp target/test-classes:target/classes:$(deps) org.incidentatlas.ui.ResultsStoreBench [N]}
 * (docs/scale.md has the results).
 */
public final class ResultsStoreBench {
    private ResultsStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("store-bench");
        Path file = Files.createDirectories(dir.resolve("incidents/month=2020-01")).resolve("part-00000.parquet");
        long t0 = System.nanoTime();
        synthesize(n, file);
        System.out.printf(Locale.ROOT, "wrote %,d synthetic incidents in %.1f s (%.1f MB)%n", n, (System.nanoTime() - t0) / 1e9,
                Files.size(file) / 1e6);
        try (ResultsStore store = ResultsStore.open(dir)) {
            lastCpu = cpu();
            t0 = System.nanoTime();
            IncidentPoints points = store.points();
            System.out.printf(Locale.ROOT, "open + read the points (%,d): %.0f ms; CPU %.0f ms%n", points.size(),
                    (System.nanoTime() - t0) / 1e6, (cpu() - lastCpu) / 1e6);
            lastCpu = cpu();
            int[] argb = new int[1600 * 1000];
            int[] counts = new int[1600 * 1000];
            for (double zoom : new double[] {3, 6, 9, 12}) {
                MapViewport start = MapViewport.centredOn(33.5, 43.5, zoom, 1600, 1000);
                double[] frames = new double[100];
                for (int warm = 0; warm < 2; warm++) {
                    for (int f = 0; f < frames.length; f++) {
                        long s = System.nanoTime();
                        IncidentPointsLayer.draw(points, null, start.panned(10 * f, 5 * f), counts, argb);
                        frames[f] = (System.nanoTime() - s) / 1e6;
                    }
                }
                report("pan frame, zoom " + (int) zoom, frames);
            }
            String[] types = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests"};
            double[] filters = new double[40];
            MapViewport v = MapViewport.centredOn(33.5, 43.5, 6, 1600, 1000);
            for (int warm = 0; warm < 2; warm++) {
                for (int f = 0; f < filters.length; f++) {
                    LocalDate from = LocalDate.of(2014, 1, 1).plusMonths(f * 3L);
                    ResultsStore.Filter filter = new ResultsStore.Filter(Set.of(types[f % types.length]), from, from.plusYears(2));
                    long s = System.nanoTime();
                    int[] rows = points.select(filter);
                    IncidentPointsLayer.draw(points, rows, v, counts, argb);
                    filters[f] = (System.nanoTime() - s) / 1e6;
                }
            }
            report("filter round trip (type + date window: select rows, count per cell, paint)", filters);
            int[] rows = points.select(new ResultsStore.Filter(Set.of(), LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31)));
            double[] frames = new double[100];
            for (int warm = 0; warm < 2; warm++) {
                for (int f = 0; f < frames.length; f++) {
                    long s = System.nanoTime();
                    IncidentPointsLayer.draw(points, rows, v.panned(10 * f, 5 * f), counts, argb);
                    frames[f] = (System.nanoTime() - s) / 1e6;
                }
            }
            report("pan frame, zoom 6, filtered (" + rows.length + " rows)", frames);
        }
    }

    private static long lastCpu = cpu();

    /** CPU time of the whole process (DuckDB's native threads included), ns. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        long now = cpu();
        double cpuPerRun = (now - lastCpu) / 1e6 / (2.0 * s.length);
        lastCpu = now;
        System.out.printf(Locale.ROOT, "%s: median %.1f ms, p95 %.1f ms, max %.1f ms (%d runs); CPU %.1f ms per run; load %.1f%n",
                what, s[s.length / 2], s[(int) (s.length * 0.95)], s[s.length - 1], s.length, cpuPerRun,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Incidents clustered around 40 towns in a 10°×9° box plus a uniform background, 10 years, 6 types. */
    static void synthesize(int n, Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("SELECT setseed(0.42)");
            st.execute("CREATE TABLE towns AS SELECT i AS t, 29 + random() * 8 AS lat, 39 + random() * 9 AS lon FROM range(40) r(i)");
            st.execute("CREATE TABLE raw AS SELECT i, random() AS u1, random() AS u2, random() AS u3, random() AS u4,"
                    + " CAST(floor(random() * 40) AS INTEGER) AS town FROM range(" + n + ") r(i)");
            String geo = "{\"version\":\"1.1.0\",\"primary_column\":\"geometry\",\"columns\":{\"geometry\":{\"encoding\":\"WKB\","
                    + "\"geometry_types\":[\"Point\"]}}}";
            st.execute("COPY (SELECT 'syn#' || i AS id,"
                    + " (['Battles','Explosions/Remote violence','Violence against civilians','Protests','Riots','Strategic developments'])"
                    + "[1 + CAST(floor(u1 * 6) AS INTEGER)] AS event_type,"
                    + " DATE '2014-01-01' + CAST(floor(u2 * 3650) AS INTEGER) AS date_start,"
                    + " DATE '2014-01-01' + CAST(floor(u2 * 3650) AS INTEGER) AS date_end,"
                    + " CASE WHEN u3 < 0.7 THEN towns.lon + (u4 - 0.5) * 0.3 ELSE 39 + u4 * 9 END AS lon,"
                    + " CASE WHEN u3 < 0.7 THEN towns.lat + (u3 / 0.7 - 0.5) * 0.3 ELSE 29 + (u3 - 0.7) / 0.3 * 8 END AS lat,"
                    + " i AS extract_order"
                    + " FROM raw JOIN towns ON raw.town = towns.t) TO '" + file + "' (FORMAT parquet, KV_METADATA {geo: '"
                    + geo + "'})");
        }
    }
}
