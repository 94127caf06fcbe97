package org.incidentatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportCommandTest {
    @TempDir
    Path dir;

    @Test
    void exportsEverythingAsGeoJsonWithTheScopeInItsMetadata() throws Exception {
        Path out = dir.resolve("all.geojson");
        int code = AtlasCommand.commandLine().execute("export", "geodata/corpus", "--out", out.toString());
        assertThat(code).isIn(0, 3);
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertThat(root.path("metadata").path("scope").asText()).isEqualTo("everything");
    }

    @Test
    void theSampleCorpusExportsAsSchemaValidKmlThatJakReadsBack() throws Exception {
        Path out = dir.resolve("corpus.kml");
        int code = AtlasCommand.commandLine().execute("export", "geodata/corpus", "--out", out.toString());
        assertThat(code).isIn(0, 3);
        byte[] kml = Files.readAllBytes(out);
        org.incidentatlas.io.KmlSchema.validate(kml);
        de.micromata.opengis.kml.v_2_2_0.Kml parsed = de.micromata.opengis.kml.v_2_2_0.Kml.unmarshal(
                new java.io.ByteArrayInputStream(kml));
        assertThat(parsed).isNotNull();
        var doc = (de.micromata.opengis.kml.v_2_2_0.Document) parsed.getFeature();
        assertThat(doc.getFeature()).extracting(de.micromata.opengis.kml.v_2_2_0.Feature::getName)
                .containsExactly("Incidents", "Deployments", "Unpinned incidents");
    }

    @Test
    void filtersBecomeTheScopeOfACsvExport() throws Exception {
        Path out = dir.resolve("shown.csv");
        int code = AtlasCommand.commandLine().execute("export", "geodata/corpus", "--out", out.toString(),
                "--from", "2020-01-01", "--to", "2020-12-31", "--type", "Battles", "--search", "Nujaba");
        assertThat(code).isIn(0, 3);
        assertThat(Files.readString(out)).startsWith("event_date,time_precision,event_type,");
        JsonNode meta = new ObjectMapper().readTree(dir.resolve("shown.csv.meta.json").toFile());
        assertThat(meta.path("scope").asText())
                .isEqualTo("what is shown: time 2020-01-01 to 2020-12-31 (plus undated); type Battles; search \"Nujaba\"");
    }

    @Test
    void aBrokenInvestigationFileIsRefusedWithItsName() throws Exception {
        Path inv = Files.writeString(dir.resolve("case.json"), "{\"format\": \"incident-atlas/investigation\", \"version\": 9}");
        int code = AtlasCommand.commandLine().execute("export", "geodata/corpus", "--out", dir.resolve("x.kml").toString(),
                "--investigation", inv.toString());
        assertThat(code).isEqualTo(1);
        assertThat(dir.resolve("x.kml")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            out.kml,     kml
            OUT.CSV,     csv
            a.gpkg,      gpkg
            a.geojson,   geojson
            a.json,      geojson
            """)
    void formatFollowsTheExtension(String name, ExportCommand.Format expected) {
        assertThat(ExportCommand.guessFormat(Path.of(name))).isEqualTo(expected);
    }
}
