package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.LoadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Links in exports, write errors in plain words, folder walks that do not leave the folder. */
class SafeOutputsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", textBlock = """
            https://example.org/a?b=1,  https://example.org/a?b=1
            HTTP://EXAMPLE.ORG/,        HTTP://EXAMPLE.ORG/
            javascript:alert(1),        NULL
            file:///etc/passwd,         NULL
            'data:text/html;base64,AAAA', NULL
            //example.org/x,            NULL
            not a url,                  NULL
            """)
    void onlyAbsoluteWebUrlsBecomeLinks(String url, String expected) {
        assertThat(Links.webOnly(url)).isEqualTo(expected);
    }

    @Test
    void writeErrorsNameTheTargetAndSayWhatHappened() {
        Path target = Path.of("/data/out.json");
        assertThat(WriteFailures.describe(target, new AccessDeniedException("/data/.out.json.1f.tmp")))
                .isEqualTo("cannot write /data/out.json: permission denied");
        assertThat(WriteFailures.describe(target, new FileSystemException("/data/.out.json.1f.tmp", null,
                "No space left on device"))).isEqualTo("cannot write /data/out.json: disk full");
        assertThat(WriteFailures.describe(target, new FileSystemException("/data/.out.json.1f.tmp", null,
                "Read-only file system"))).isEqualTo("cannot write /data/out.json: read-only file system");
        IOException sql = new IOException("Failed to execute SQL: INSERT INTO incidents ...",
                new java.sql.SQLException("[SQLITE_FULL] Insertion failed because database is full"));
        assertThat(WriteFailures.describe(Path.of("x.gpkg"), sql)).isEqualTo("cannot write x.gpkg: disk full");
        assertThat(WriteFailures.describe(Path.of("x.gpkg"), new IOException("SQL error\nSELECT 1")))
                .doesNotContain("SELECT");
    }

    @Test
    void aLinkLeavingTheFolderIsReportedNotRead() throws Exception {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "A secret that is not an article.\n");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Rockets hit Baghdad on Monday.\n");
        Files.createSymbolicLink(in.resolve("link.txt"), outside);
        Files.createSymbolicLink(in.resolve("inside.txt"), in.resolve("good.txt"));
        Files.createSymbolicLink(in.resolve("etc"), dir);

        Corpus c = new CorpusReader().read(List.of(in));

        assertThat(c.articles()).extracting(a -> a.id()).containsExactlyInAnyOrder("good.txt", "inside.txt");
        assertThat(c.problems()).extracting(LoadProblem::toString).anySatisfy(s -> assertThat(s)
                .contains("link.txt").contains("outside the input folder").contains("not followed"));
        assertThat(c.problems()).extracting(LoadProblem::toString).anySatisfy(s -> assertThat(s)
                .contains("etc").contains("a folder outside the input folder"));
        assertThat(c.articles()).noneSatisfy(a -> assertThat(a.text()).contains("secret"));
    }
}
