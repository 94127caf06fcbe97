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
    void binsCountPinnedIncidentsPerScreenCellOfTheView() throws Exception {
        try (ResultsStore store = ResultsStore.open(results())) {
            double world = 256 * Math.pow(2, 2);
            ResultsStore.Bins all = store.bins(ResultsStore.Filter.ALL, 0, 0, world, 1024, 1024, 8);
            assertThat(all.total()).isEqualTo(3);
            assertThat(java.util.Arrays.stream(all.counts()).filter(n -> n > 0).boxed()).containsExactlyInAnyOrder(2, 1);
            ResultsStore.Bins protests = store.bins(new ResultsStore.Filter(Set.of("Protests"), null, null), 0, 0, world, 1024, 1024, 8);
            assertThat(protests.total()).isEqualTo(1);
            // a view east of everything shows nothing
            assertThat(store.bins(ResultsStore.Filter.ALL, 900, 0, world, 100, 100, 8).total()).isZero();
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
