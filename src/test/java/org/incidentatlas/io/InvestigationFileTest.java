package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.incidentatlas.model.Investigation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvestigationFileTest {
    @TempDir
    Path dir;

    @Test
    void saveAndLoadGiveTheSameInvestigationWithEveryKindOfEdit() throws Exception {
        Path file = dir.resolve("case.atlas.json");
        Investigation inv = InvestigationSamples.full();
        new InvestigationWriter().save(inv, file);

        Investigation back = new InvestigationReader().read(file);

        assertThat(back).isEqualTo(inv);
        assertThat(back.edits()).hasSize(9);
        String json = Files.readString(file);
        assertThat(json).contains("\"format\" : \"incident-atlas/investigation\"").contains("\"version\" : 1");
        // the machine's value is kept beside the analyst's
        assertThat(json).contains("\"machine\" : {\n      \"place_id\" : \"sup:ain-al-asad\"");
    }

    @Test
    void savingKeepsTheFilesPermissions() throws Exception {
        Path file = dir.resolve("private.json");
        new InvestigationWriter().save(InvestigationSamples.full(), file);
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString(
                "rw-------"));
        new InvestigationWriter().save(InvestigationSamples.full().withEdits(List.of()), file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(new InvestigationReader().read(file).edits()).isEmpty();
    }

    @Test
    void savingThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("cases")).resolve("real.json");
        new InvestigationWriter().save(InvestigationSamples.full(), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("cases", "real.json"));
        new InvestigationWriter().save(InvestigationSamples.full().withEdits(List.of()), link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(new InvestigationReader().read(real).edits()).isEmpty();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("cases",
                    "link.json");
        }
    }

    @Test
    void aNewFileTakesThePermissionsOfTheFileItRecovers() throws Exception {
        Path file = dir.resolve("case.json");
        new InvestigationWriter().save(InvestigationSamples.full(), file);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        Path recovery = dir.resolve("case.json.recovery");
        new InvestigationWriter().save(InvestigationSamples.full(), recovery, file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(recovery)))
                .isEqualTo("rw-------");
    }

    @Test
    void savingTheSameStateTwiceGivesTheSameBytes() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        new InvestigationWriter().save(InvestigationSamples.full(), a);
        new InvestigationWriter().save(InvestigationSamples.full(), b);
        assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '"version" : 1'               | '"version" : 2'                   | written by a newer Incident Atlas (investigation format version 2; this version reads up to 1)
            '"version" : 1'               | '"version" : "one"'               | version missing or not a whole number
            'incident-atlas/investigation'| 'incident-atlas/extraction'       | not an investigation file (format is 'incident-atlas/extraction'
            '"kind" : "merge"'            | '"kind" : "teleport"'             | edit 7 (teleport): unknown kind of edit 'teleport'
            '"zoom" : 7.5'                | '"zoom" : 99'                     | view: zoom out of range: 99.0
            '"from" : "2018-01-01"'       | '"from" : "2018-13-01"'           | time_window: 'from' is not a date (YYYY-MM-DD): 2018-13-01
            '"lat" : 33.8,'               | '"lat" : "north",'                | edit 1 (move_pin) analyst: 'lat' missing or not a number
            '"statuses" : [ "claimed"'    | '"statuses" : [ "rumoured"'       | 'statuses': unknown value 'rumoured'
            """)
    void aNewerOrBrokenFileIsRefusedWithAMessageNamingFileAndProblem(String find, String replace, String message)
            throws Exception {
        Path file = dir.resolve("case.atlas.json");
        new InvestigationWriter().save(InvestigationSamples.full(), file);
        String json = Files.readString(file);
        assertThat(json).contains(find);
        Files.writeString(file, json.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace)));

        assertThatThrownBy(() -> new InvestigationReader().read(file))
                .isInstanceOf(InvestigationFormatException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void aTruncatedFileIsRefusedAsBrokenJsonWithItsPosition() throws Exception {
        Path file = dir.resolve("cut.json");
        new InvestigationWriter().save(InvestigationSamples.full(), file);
        byte[] all = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(all, all.length / 2));

        assertThatThrownBy(() -> new InvestigationReader().read(file))
                .isInstanceOf(InvestigationFormatException.class)
                .hasMessageStartingWith(file + ": broken JSON at line ");
    }

    @Test
    void anEmptyOrMissingFileIsRefused() throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new InvestigationReader().read(empty)).hasMessage(empty + ": the file is empty (not an investigation file)");
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> new InvestigationReader().read(missing)).hasMessage(missing + ": no such file");
    }

    /**
     * Kills a JVM that saves big investigations in a loop at random moments, several times: whatever is on disk
     * must always parse and equal one complete state, never a mix or a torn file.
     */
    @Test
    void killingTheWriterMidSaveNeverLeavesATornFile() throws Exception {
        Path file = dir.resolve("killed.atlas.json");
        int edits = 20_000;
        Random random = new Random(42);
        int midSave = 0;
        List<Integer> statesSeen = new ArrayList<>();
        // at least six kills, and more (up to 20) until one lands mid-save: on a loaded machine the timing drifts
        for (int round = 0; round < 20 && (round < 6 || midSave == 0); round++) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Xmx256m",
                    InvestigationSaveLoop.class.getName(), file.toString(), String.valueOf(edits))
                    .redirectErrorStream(true).start();
            try {
                String first = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                assertThat(first).as("the save loop's first line").startsWith("saved ");
                Thread.sleep(50 + random.nextInt(600));
            } finally {
                p.destroyForcibly();
                p.waitFor();
            }
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> temps = s.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList();
                if (!temps.isEmpty()) {
                    midSave++; // killed while a temporary file was being written
                }
                for (Path t : temps) {
                    Files.delete(t); // so the next round counts only its own
                }
            }
            Investigation onDisk = new InvestigationReader().read(file);
            int k = Integer.parseInt(onDisk.selection().get(0).substring("state-".length()));
            assertThat(onDisk).as("file after kill %d holds complete state %d", round, k)
                    .isEqualTo(InvestigationSamples.big(k, edits));
            statesSeen.add(k);
        }
        assertThat(statesSeen).allMatch(k -> k >= 1);
        // the test only proves something if some kills hit a save in progress (a temporary file was left)
        assertThat(midSave).as("kills that hit a save in progress").isPositive();
    }
}
