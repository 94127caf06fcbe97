package org.incidentatlas.ui.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.pipeline.SyntheticIncidents;
import org.incidentatlas.ui.AtlasViewModel;
import org.incidentatlas.ui.AtlasWindow;
import org.incidentatlas.ui.LinkedViews;
import org.incidentatlas.ui.export.FxSnapshotRenderer;

/**
 * Benchmark (not a test): with N synthetic incidents in the real window, how long a filter change or a brush takes
 * on the FX thread until map, timeline, table, article list and facet counts are updated and laid out. Run headless:
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp ... LinkedViewsBenchmark [N]}.
 */
public final class LinkedViewsBenchmark {
    private LinkedViewsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        System.out.printf("%d processors, load average %.1f, %s %s%n", Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
        Extraction x = SyntheticIncidents.generate(n, 1);
        FxSnapshotRenderer.startToolkit();
        CompletableFuture<Object[]> ready = new CompletableFuture<>();
        Platform.runLater(() -> {
            AtlasViewModel model = new AtlasViewModel((p, pr) -> x, Runnable::run);
            AtlasWindow window = new AtlasWindow(model);
            LinkedViews linked = LinkedViews.mount(window);
            Stage stage = new Stage();
            stage.setScene(new Scene(window, 1200, 780));
            stage.show();
            long t0 = System.nanoTime();
            model.setExtraction(x);
            linked.filter().indexProperty().addListener((o, a, f) -> {
                if (f != null) {
                    System.out.printf("%d incidents: index built in the background, FX thread free, %.0f ms%n", n,
                            (System.nanoTime() - t0) / 1e6);
                    ready.complete(new Object[] {window, linked});
                }
            });
        });
        Object[] wl = ready.get(120, TimeUnit.SECONDS);
        AtlasWindow window = (AtlasWindow) wl[0];
        LinkedViews linked = (LinkedViews) wl[1];
        Map<String, FilterState> cases = new LinkedHashMap<>();
        cases.put("brush 1 year", FilterState.NONE.withWindow(
                new TimeWindow(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))));
        cases.put("brush 1 month", FilterState.NONE.withWindow(
                new TimeWindow(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31))));
        cases.put("facet: 2 types", FilterState.NONE.withEventTypes(Set.of("Battles", "Explosions/Remote violence")));
        cases.put("type+actor+status", FilterState.NONE.withEventTypes(Set.of("Battles", "Explosions/Remote violence"))
                .withActors(Set.of("Kataib Hezbollah")).withStatuses(Set.of(EventStatus.REPORTED, EventStatus.CLAIMED)));
        cases.put("search \"Ayn al-Asad\"", FilterState.NONE.withText("Ayn al-Asad"));
        cases.put("reset (all shown)", FilterState.NONE);
        // the table sorted by date (descending) first: a filter change must not sort 100k rows again
        cases.put("sorted table: brush 1 year", cases.get("brush 1 year"));
        cases.put("sorted table: reset", FilterState.NONE);
        for (Map.Entry<String, FilterState> c : cases.entrySet()) {
            boolean sorted = c.getKey().startsWith("sorted");
            CompletableFuture<Void> sortSet = new CompletableFuture<>();
            Platform.runLater(() -> {
                var table = linked.table().table();
                var date = table.getColumns().get(0);
                date.setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING);
                if (sorted && table.getSortOrder().isEmpty()) {
                    long t0 = System.nanoTime();
                    table.getSortOrder().setAll(List.of(date));
                    System.out.printf("sorting the table by date (once), FX thread wall: %.1f ms%n",
                            (System.nanoTime() - t0) / 1e6);
                }
                sortSet.complete(null);
            });
            sortSet.get(60, TimeUnit.SECONDS);
            List<Double> total = new ArrayList<>();
            List<Double> filterPart = new ArrayList<>();
            List<Double> cpuAll = new ArrayList<>();
            List<Double> mapPart = new ArrayList<>();
            int[] shown = new int[1];
            for (int k = 0; k < 25; k++) {
                CompletableFuture<double[]> r = new CompletableFuture<>();
                FilterState other = k % 2 == 0 ? c.getValue() : FilterState.NONE.withWindow(
                        new TimeWindow(LocalDate.of(2017, 6, 1), LocalDate.of(2017, 6, 30)));
                Platform.runLater(() -> {
                    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                    long ca = mx.getCurrentThreadCpuTime();
                    long a = System.nanoTime();
                    linked.filter().stateProperty().set(other);
                    window.getScene().getRoot().applyCss();
                    window.getScene().getRoot().layout();
                    long t = System.nanoTime() - a;
                    long cpu = mx.getCurrentThreadCpuTime() - ca;
                    shown[0] = linked.filter().shown().size();
                    r.complete(new double[] {t / 1e6, cpu / 1e6, linked.filter().lastEvaluationNanos() / 1e6,
                        (linked.lastMapUpdateNanos() + window.map().symbolLayer().lastLayoutNanos()) / 1e6});
                });
                double[] m = r.get(30, TimeUnit.SECONDS);
                if (k % 2 == 0 && k >= 5) {
                    total.add(m[0]);
                    cpuAll.add(m[1]);
                    filterPart.add(m[2]);
                    mapPart.add(m[3]);
                }
                Thread.sleep(30);
            }
            System.out.printf("%-26s shown %6d | all views updated + laid out, FX thread wall: %s, CPU: %s | of which filter and listeners: %s | map features+layer: %s%n",
                    c.getKey(), shown[0], stats(total), stats(cpuAll), stats(filterPart), stats(mapPart));
        }
        System.out.printf("load average at the end %.1f%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Platform.exit();
    }

    static String stats(List<Double> ms) {
        double[] a = ms.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return String.format("median %5.1f ms, max %5.1f ms", a[a.length / 2], a[a.length - 1]);
    }
}
