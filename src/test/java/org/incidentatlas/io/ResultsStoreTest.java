package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Counting and filtering in the store, on a made-up incidents table of four rows. */
class ResultsStoreTest {
    @TempDir
    Path tmp;

    private Path results() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out/incidents/month=2020-01"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (SELECT * FROM (VALUES"
                    + " ('a', 'Battles', DATE '2020-01-05', DATE '2020-01-05', 44.0, 33.0, 1),"
                    + " ('b', 'Battles', DATE '2020-01-06', DATE '2020-01-06', 44.0001, 33.0001, 2),"
                    + " ('c', 'Protests', DATE '2021-03-01', DATE '2021-03-01', 10.0, 50.0, 3),"
                    + " ('d', 'Protests', NULL, NULL, NULL, NULL, 4))"
                    + " t(id, event_type, date_start, date_end, lon, lat, extract_order)) TO '" + dir.resolve("part-00000.parquet")
                    + "' (FORMAT parquet)");
        }
        return tmp.resolve("out");
    }

    @Test
    void countsAndFiltersInTheStore() throws Exception {
        try (ResultsStore store = ResultsStore.open(results())) {
            assertThat(store.incidentCount()).isEqualTo(4);
            assertThat(store.count(ResultsStore.Filter.ALL)).isEqualTo(4);
            assertThat(store.count(new ResultsStore.Filter(Set.of("Protests"), null, null))).isEqualTo(2);
            assertThat(store.count(new ResultsStore.Filter(Set.of(), LocalDate.of(2020, 1, 6), LocalDate.of(2020, 12, 31)))).isEqualTo(1);
            assertThat(store.eventTypes()).containsExactly("Battles", "Protests");
            assertThat(store.extent()).containsExactly(10.0, 33.0, 44.0001, 50.0);
        }
    }

    @Test
    void pointsCountPinnedIncidentsPerScreenCellOfTheView() throws Exception {
        try (ResultsStore store = ResultsStore.open(results())) {
            IncidentPoints points = store.points();
            assertThat(points.size()).isEqualTo(4);
            assertThat(points.pinned()).isEqualTo(3);
            double world = 256 * Math.pow(2, 2);
            int[] counts = new int[128 * 128];
            IncidentPoints.Counts all = points.count(null, 0, 0, world, 1024, 1024, 8, counts);
            assertThat(all.total()).isEqualTo(3);
            assertThat(java.util.Arrays.stream(counts).filter(n -> n > 0).boxed()).containsExactlyInAnyOrder(2, 1);
            // the two Battles near 44°E 33°N share a cell: the one at column (44 + 180) / 360 × 1024 / 8
            int col = (int) ((44 + 180) / 360.0 * world) / 8;
            int row = (int) (IncidentPoints.unitY(33) * world) / 8;
            assertThat(counts[row * all.cols() + col]).isEqualTo(2);
            int[] protests = points.select(new ResultsStore.Filter(Set.of("Protests"), null, null));
            assertThat(protests).hasSize(2);
            assertThat(points.count(protests, 0, 0, world, 1024, 1024, 8, counts).total()).isEqualTo(1);
            // a view east of everything shows nothing
            assertThat(points.count(null, 900, 0, world, 100, 100, 8, counts).total()).isZero();
            assertThat(points.extent()).containsExactly(new double[] {10.0, 33.0, 44.0001, 50.0},
                    org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void aBoxListsItsIncidentsInExtractOrder() throws Exception {
        try (ResultsStore store = ResultsStore.open(results())) {
            assertThat(store.incidentsIn(43.9, 32.9, 44.1, 33.1, ResultsStore.Filter.ALL, 10))
                    .extracting(Results.Hit::id).containsExactly("a", "b");
            assertThat(store.incidentsIn(43.9, 32.9, 44.1, 33.1, ResultsStore.Filter.ALL, 1)).hasSize(1);
            assertThat(store.incidentsIn(43.9, 32.9, 44.1, 33.1, new ResultsStore.Filter(Set.of("Protests"), null, null), 10))
                    .isEmpty();
            assertThat(store.incidentsIn(43.9, 32.9, 44.1, 33.1, ResultsStore.Filter.ALL, 10).get(0).date()).isEqualTo("2020-01-05");
        }
    }

    @Test
    void pointsFilterByTheSameRuleAsTheStore() throws Exception {
        try (ResultsStore store = ResultsStore.open(results())) {
            IncidentPoints points = store.points();
            for (ResultsStore.Filter f : java.util.List.of(ResultsStore.Filter.ALL,
                    new ResultsStore.Filter(Set.of("Battles"), null, null),
                    new ResultsStore.Filter(Set.of(), LocalDate.of(2020, 1, 6), null),
                    new ResultsStore.Filter(Set.of(), null, LocalDate.of(2020, 1, 5)),
                    new ResultsStore.Filter(Set.of("Protests", "Battles"), LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)),
                    new ResultsStore.Filter(Set.of("Riots"), null, null))) {
                assertThat(points.select(f).length).as(f.toString()).isEqualTo(store.count(f));
            }
        }
    }

    @Test
    void recognisesResultsAndRefusesWhatIsMissing() throws Exception {
        Path out = results();
        assertThat(ResultsStore.isResults(out)).isTrue();
        assertThat(ResultsStore.isResults(tmp)).isFalse();
        assertThatThrownBy(() -> ResultsStore.open(tmp.resolve("nothing"))).isInstanceOf(IOException.class)
                .hasMessageContaining("nothing");
    }
}
