package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import org.incidentatlas.model.Extraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GeoPackage export opens again as the extraction it was; another tool's GeoPackage opens as points. */
class GeoPackageResultsTest {
    @TempDir
    Path tmp;

    private Path export() throws IOException {
        Path file = tmp.resolve("x.gpkg");
        new GeoPackageWriter().write(ExportSamples.extraction(), "everything", file);
        return file;
    }

    @Test
    void anExportOpensWithItsRecordsEvidenceAndQuotes() throws Exception {
        Extraction x = ExportSamples.extraction();
        Path file = export();
        assertThat(Results.isResults(file)).isTrue();
        try (Results r = Results.open(file)) {
            assertThat(r).isInstanceOf(GeoPackageResults.class);
            assertThat(r.hasRecords()).isTrue();
            assertThat(r.incidentCount()).isEqualTo(3);
            assertThat(r.incidents()).containsExactlyElementsOf(x.incidents());
            assertThat(r.deployments()).containsExactlyElementsOf(x.deployments());
            assertThat(r.problems()).isEmpty();
            // the strike's second evidence: sentence 1 of a.txt, quoted whole at its offset, with the article's source
            assertThat(r.allQuotes()).contains(new ResultsStore.Quote("a.txt", 1, 58, 120,
                    ExportSamples.TEXT_A.substring(58), 58, "corpus/a.txt"));
            assertThat(r.eventTypes()).containsExactly("Explosions/Remote violence", "Strategic developments");
            IncidentPoints p = r.points();
            assertThat(p.size()).isEqualTo(3);
            assertThat(p.pinned()).isEqualTo(2);
            assertThat(p.select(new ResultsStore.Filter(Set.of("Strategic developments"), null, null))).hasSize(2);
            assertThat(p.select(new ResultsStore.Filter(Set.of(), java.time.LocalDate.of(2018, 3, 31), java.time.LocalDate.of(2018, 3, 31))))
                    .hasSize(1);
            // a click near Ain al-Asad lists the strike with its sentences; a type filter can exclude it
            org.incidentatlas.model.Place ain = ExportSamples.AIN_AL_ASAD;
            java.util.List<Results.Hit> hits = r.incidentsIn(ain.lon() - 0.01, ain.lat() - 0.01, ain.lon() + 0.01, ain.lat() + 0.01,
                    ResultsStore.Filter.ALL, 10);
            assertThat(hits).singleElement().satisfies(h -> {
                assertThat(h.id()).isEqualTo("a.txt#1");
                assertThat(h.date()).isEqualTo("2020-01-05");
                assertThat(h.quotes()).contains(ExportSamples.TEXT_A.substring(58).strip());
            });
            assertThat(r.incidentsIn(ain.lon() - 0.01, ain.lat() - 0.01, ain.lon() + 0.01, ain.lat() + 0.01,
                    new ResultsStore.Filter(Set.of("Battles"), null, null), 10)).isEmpty();
            org.incidentatlas.model.Place a = ExportSamples.AIN_AL_ASAD;
            org.incidentatlas.model.Place b = ExportSamples.ABU_KAMAL;
            assertThat(p.extent()).containsExactly(new double[] {Math.min(a.lon(), b.lon()), Math.min(a.lat(), b.lat()),
                    Math.max(a.lon(), b.lon()), Math.max(a.lat(), b.lat())}, org.assertj.core.data.Offset.offset(1e-4));
        }
    }

    @Test
    void aGeoPackageWithoutRecordsOpensAsPointsAndSaysSo() throws Exception {
        Path file = export();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TABLE " + GeoPackageWriter.RECORDS);
            st.execute("DELETE FROM gpkg_contents WHERE table_name = '" + GeoPackageWriter.RECORDS + "'");
        }
        try (Results r = Results.open(file)) {
            assertThat(r.hasRecords()).isFalse();
            assertThat(r.incidents()).isEmpty();
            assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not listed"));
            assertThat(r.points().pinned()).isEqualTo(2);
        }
    }

    @Test
    void aFileThatIsNotAGeoPackageIsRefusedByName() throws Exception {
        Path bad = Files.writeString(tmp.resolve("notes.gpkg"), "just text");
        assertThatThrownBy(() -> Results.open(bad)).isInstanceOf(IOException.class).hasMessageContaining("notes.gpkg");
        assertThat(Results.isResults(tmp.resolve("missing.gpkg"))).isFalse();
    }

    @Test
    void aPointIsReadFromTheGeoPackageBlobWithOrWithoutAnEnvelope() {
        byte[] plain = {'G', 'P', 0, 0x01, (byte) 0xE6, 0x10, 0, 0, // no envelope, little-endian header, srs 4326
                1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x46, 0x40, 0, 0, 0, 0, 0, 0, 0x40, 0x40}; // POINT (44 32)
        assertThat(GeoPackageResults.point(plain)).containsExactly(44.0, 32.0);
        byte[] empty = plain.clone();
        empty[3] = 0x11;
        assertThat(GeoPackageResults.point(empty)[0]).isNaN();
        assertThat(GeoPackageResults.point(null)[0]).isNaN();
    }
}
