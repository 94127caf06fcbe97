package org.incidentatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees from extract and export: exit codes, one line per bad file, no trace, sane file modes. */
class CliOutputTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedErr;

    @BeforeEach
    void captureStderr() {
        savedErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(savedErr);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportRefusesAnUnknownExtensionListingTheFormats() {
        Path shp = dir.resolve("x.shp");
        int code = AtlasCommand.run("export", "geodata/corpus", "--out", shp.toString());
        assertThat(code).isEqualTo(2);
        assertThat(shp).doesNotExist();
        assertThat(stderr()).contains("x.shp: unknown export format").contains("geojson").contains("kml")
                .contains("csv").contains("gpkg");
    }

    @Test
    void extractListsEachBadFileOnOneLineKeepsTheGoodOneAndExitsThree() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Gunmen attacked a checkpoint in Mosul on Monday, killing two.\n");
        Files.write(in.resolve("binary.txt"), new byte[] {1, 0, 2, 0, 3});
        Files.writeString(in.resolve("evil\u001B[31m.txt"), "");
        Path out = dir.resolve("out.json");

        int code = AtlasCommand.run("extract", in.toString(), "--out", out.toString());

        assertThat(code).isEqualTo(3);
        assertThat(Files.readString(out)).contains("\"file\":\"good.txt\"").contains("Mosul");
        String[] lines = stderr().split("\n");
        assertThat(lines).filteredOn(l -> l.startsWith("error: ")).hasSize(2);
        assertThat(stderr()).contains("evil\\u001B[31m.txt").doesNotContain("\u001B").doesNotContain("\tat ");
    }

    @Test
    void extractAndExportWriteFilesWithTheSameOrdinaryPermissions() throws Exception {
        Path json = dir.resolve("x.json");
        Path geojson = dir.resolve("x.geojson");
        Path plain = Files.createFile(dir.resolve("plain"));
        assertThat(AtlasCommand.run("extract", "geodata/corpus", "--out", json.toString())).isZero();
        assertThat(AtlasCommand.run("export", "geodata/corpus", "--out", geojson.toString())).isZero();
        Set<PosixFilePermission> normal = Files.getPosixFilePermissions(plain);
        assertThat(Files.getPosixFilePermissions(json)).isEqualTo(normal);
        assertThat(Files.getPosixFilePermissions(geojson)).isEqualTo(normal);
    }

    @Test
    void extractStreamsGeoJsonAndLeavesNoSpillFileBesideIt() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Gunmen attacked a checkpoint in Mosul on Monday, killing two.\n");
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Path out = outDir.resolve("x.geojson");

        assertThat(AtlasCommand.run("extract", in.toString(), "--out", out.toString(), "--format", "geojson")).isZero();

        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        assertThat(root.path("metadata").path("articles").asInt()).isEqualTo(1);
        assertThat(root.path("features").findValuesAsText("surface")).contains("Mosul");
        try (var files = Files.list(outDir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aWriteIntoAMissingFolderSaysSoInPlainWords() {
        Path out = dir.resolve("no/such/folder/x.json");
        int code = AtlasCommand.run("extract", "geodata/corpus", "--out", out.toString());
        assertThat(code).isEqualTo(1);
        assertThat(stderr()).contains("cannot write " + out + ": the folder does not exist").doesNotContain(".tmp")
                .doesNotContain("Exception");
    }
}
