package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.LoadProblem.Severity;
import org.incidentatlas.model.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusReaderTest {
    private static final Path SAMPLE = Path.of("geodata/corpus");
    private static final String ARTICLE = "Rockets hit Baghdad\n\nSeveral rockets fell near the embassy in Baghdad "
            + "on Sunday, officials said.\n";

    @TempDir
    Path dir;

    @Test
    void sampleCorpusLoadsFiveArticlesWithManifestMetadata() {
        Corpus c = new CorpusReader().read(List.of(SAMPLE));
        assertThat(c.problems()).isEmpty();
        assertThat(c.articles()).extracting(Article::id).containsExactly("000_43d7526d24401e3b.txt",
                "001_6b5f1f2b74979c68.txt", "002_c447996b011e4996.txt", "003_3d193e7e678370b4.txt",
                "004_fd42aa78df15322b.txt");
        Article a001 = c.articles().get(1);
        assertThat(a001.title()).isEqualTo("Harakat al-Nujaba leader's Russia visit raises concerns in Iraq");
        assertThat(a001.author()).isEqualTo("Faris al-Omran");
        assertThat(a001.publisher()).isEqualTo("Al-Mashareq");
        assertThat(a001.published()).isNull();
        assertThat(a001.publishedApprox()).isEqualTo("2022-12");
        assertThat(c.articles().get(3).published()).isEqualTo(LocalDate.of(2018, 2, 23));
        assertThat(c.articles().get(4).published()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(c.articles().get(0).title()).isNull();
        assertThat(c.articles()).allSatisfy(a -> assertThat(a.warnings()).isEmpty());
    }

    @Test
    void sampleBoilerplateIsMarkedAndReportingIsNot() {
        List<Article> a = new CorpusReader().read(List.of(SAMPLE)).articles();
        assertThat(flag(a.get(0), "For a listing of MEI donors")).isTrue();
        assertThat(flag(a.get(0), "The Middle East Institute (MEI) is an independent")).isTrue();
        assertThat(flag(a.get(0), "Iran’s Fars News Agency reports")).isFalse();
        assertThat(flag(a.get(0), "He has recently declared that his forces will leave Iraq")).isFalse();
        assertThat(flag(a.get(1), "Iraq News")).isTrue();
        assertThat(flag(a.get(1), "Security")).isTrue();
        assertThat(flag(a.get(1), "Do you like this article?")).isTrue();
        assertThat(flag(a.get(1), "Comment Policy")).isTrue();
        assertThat(flag(a.get(1), "[Al-Nujaba Lebanon/Twitter]")).isTrue();
        assertThat(flag(a.get(1), "Al-Kaabi led the militia in the Syrian war")).isFalse();
        assertThat(flag(a.get(1), "Harakat al-Nujaba leader's Russia visit raises concerns in Iraq")).isFalse();
        assertThat(a.get(2).sentences()).noneMatch(Sentence::boilerplate);
        assertThat(flag(a.get(3), "By Ahmad Majidyar")).isTrue();
        assertThat(flag(a.get(3), "In an interview with the Lebanese al-Mayadeen TV")).isFalse();
        assertThat(flag(a.get(3), "Harakat al-Nujaba – also known as")).isFalse();
        assertThat(flag(a.get(4), "Please login or register")).isTrue();
        assertThat(flag(a.get(4), "The following report is now a complimentary offering")).isTrue();
        assertThat(flag(a.get(4), "The Cyber & Jihad Lab monitors")).isTrue();
        assertThat(flag(a.get(4), "Read More")).isTrue();
        assertThat(flag(a.get(4), "On February 9, 2024, the London-based Saudi daily")).isFalse();
        assertThat(flag(a.get(4), "Since mid-October 2023, the Islamic Resistance in Iraq")).isFalse();
    }

    @Test
    void captionsRepeatOnlyOnceAsReporting() {
        Article a001 = new CorpusReader().read(List.of(SAMPLE)).articles().get(1);
        List<Sentence> captions = a001.sentences().stream()
                .filter(s -> s.of(a001.text()).startsWith("Harakat al-Nujaba elements are seen here")).toList();
        assertThat(captions).extracting(Sentence::boilerplate).containsExactly(false, true);
    }

    @Test
    void eachBadFileIsOneErrorNamingItAndTheRestLoad() throws Exception {
        Files.writeString(dir.resolve("good.txt"), ARTICLE);
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("blank.md"), "  \n\n\t\n");
        Files.write(dir.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 20, 0, 8, 0});
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.articles()).extracting(Article::id).containsExactly("good.txt");
        assertThat(c.problems()).hasSize(3).allMatch(p -> p.severity() == Severity.ERROR);
        assertThat(problemFor(c, "empty.txt").message()).isEqualTo("empty file");
        assertThat(problemFor(c, "blank.md").message()).isEqualTo("empty file (whitespace only)");
        assertThat(problemFor(c, "binary.txt").message()).startsWith("binary file");
        assertThat(c.hasErrors()).isTrue();
    }

    @Test
    void windows1252FileLoadsWithAWarningNamingIt() throws Exception {
        byte[] bytes = "Rockets hit Baghdad\n\nThe caf\u00e9 near the embassy was hit, officials said.\n"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        Files.write(dir.resolve("legacy.txt"), bytes);
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.articles()).hasSize(1);
        assertThat(c.articles().get(0).text()).contains("café");
        assertThat(c.articles().get(0).warnings()).anyMatch(w -> w.contains("Windows-1252"));
        LoadProblem p = problemFor(c, "legacy.txt");
        assertThat(p.severity()).isEqualTo(Severity.WARNING);
        assertThat(p.toString()).contains("legacy.txt").contains("Windows-1252");
        assertThat(c.hasErrors()).isFalse();
    }

    @Test
    void bomFileLoadsWithoutTheBomAndWithUnixLineEndings() throws Exception {
        byte[] body = "Rockets hit Baghdad\r\n\r\nSeveral rockets fell, officials said.\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(dir.resolve("bom.txt"), bytes);
        Article a = new CorpusReader().read(List.of(dir)).articles().get(0);
        assertThat(a.text()).startsWith("Rockets hit Baghdad\n\nSeveral").doesNotContain("\r").doesNotContain("\uFEFF");
        assertThat(a.title()).isEqualTo("Rockets hit Baghdad");
    }

    @Test
    void hugeFileIsRefusedUnread() throws Exception {
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(CorpusReader.MAX_BYTES + 1024 * 1024); // sparse: no disk blocks written
        }
        Files.writeString(dir.resolve("small.txt"), ARTICLE);
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.articles()).extracting(Article::id).containsExactly("small.txt");
        assertThat(problemFor(c, "huge.txt").message()).isEqualTo("too large (51 MB > 50 MB)");
    }

    @Test
    void malformedManifestIsAnErrorNamingItAndArticlesStillLoad() throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Files.writeString(dir.resolve("manifest.json"), "{\"documents\": [ {\"file\": \"a.txt\", }");
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.articles()).extracting(Article::id).containsExactly("a.txt");
        LoadProblem p = problemFor(c, "manifest.json");
        assertThat(p.severity()).isEqualTo(Severity.ERROR);
        assertThat(p.message()).contains("malformed JSON").contains("line 1");
        assertThat(c.articles().get(0).title()).isEqualTo("Rockets hit Baghdad");
    }

    @Test
    void withoutManifestTitleAndDateComeFromTheHeader() throws Exception {
        Files.writeString(dir.resolve("x.txt"), "Iraq News\nSecurity\n\nStrike on a depot near Kirkuk\n\n"
                + "By Jane Doe | Correspondent | Feb 23, 2018\n\nOn February 9, 2018, a drone hit a depot near "
                + "Kirkuk, officials said on Thursday.\n");
        Article a = new CorpusReader().read(List.of(dir.resolve("x.txt"))).articles().get(0);
        assertThat(a.title()).isEqualTo("Strike on a depot near Kirkuk");
        assertThat(a.published()).isEqualTo(LocalDate.of(2018, 2, 23));
        assertThat(a.warnings()).anyMatch(w -> w.contains("header line 6"));
        assertThat(a.id()).isEqualTo("x.txt");
    }

    @Test
    void manifestWithNullDateStillUsesTheHeaderDate() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Headline of the story here\n\nFebruary 14, 2024\n\nBody text of the "
                + "article, which is long enough to be body prose for the header rules.\n");
        Files.writeString(dir.resolve("manifest.json"), "{\"documents\": [{\"file\": \"a.txt\", \"title\": \"T\","
                + " \"published\": null, \"published_approx\": \"2024\"}]}");
        Article a = new CorpusReader().read(List.of(dir)).articles().get(0);
        assertThat(a.title()).isEqualTo("T");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 2, 14));
        assertThat(a.publishedApprox()).isEqualTo("2024");
    }

    @Test
    void htmlArticleKeepsOffsetsIntoTheSource() throws Exception {
        String html = "<html><head><title>Strike | Site</title><meta property=\"article:published_time\" "
                + "content=\"2020-02-16\"></head><body><nav>Home</nav><h1>Strike near the airport</h1>"
                + "<p>Rockets fell near <i>Baghdad</i> airport &amp; the embassy.</p></body></html>";
        Files.writeString(dir.resolve("page.html"), html);
        Article a = new CorpusReader().read(List.of(dir)).articles().get(0);
        assertThat(a.title()).isEqualTo("Strike near the airport");
        assertThat(a.published()).isEqualTo(LocalDate.of(2020, 2, 16));
        int at = a.text().indexOf("Baghdad");
        assertThat(html.substring(a.sourceOffsets()[at])).startsWith("Baghdad</i>");
        assertThat(a.isBoilerplate(a.text().indexOf("Home"))).isTrue();
        assertThat(a.isBoilerplate(at)).isFalse();
    }

    @Test
    void missingInputIsAnErrorAndOtherInputsLoad() throws Exception {
        Files.writeString(dir.resolve("a.txt"), ARTICLE);
        Corpus c = new CorpusReader().read(List.of(dir.resolve("nope"), dir.resolve("a.txt")));
        assertThat(c.articles()).hasSize(1);
        assertThat(problemFor(c, "nope").message()).isEqualTo("no such file or folder");
    }

    @Test
    void foldersAreReadRecursivelyInPathOrderSkippingOtherFilesAndDuplicateNamesGetTheirPath() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve("z.txt"), ARTICLE);
        Files.writeString(dir.resolve("a.md"), ARTICLE);
        Files.writeString(dir.resolve("b/z.txt"), ARTICLE);
        Files.writeString(dir.resolve("notes.csv"), "a,b");
        Files.writeString(dir.resolve(".hidden/h.txt"), ARTICLE);
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.articles()).extracting(Article::id)
                .containsExactly("a.md", "z.txt", dir.resolve("z.txt").toString());
        assertThat(c.articles().get(2).warnings()).anyMatch(w -> w.contains("also named z.txt"));
    }

    private static boolean flag(Article a, String prefix) {
        return a.sentences().stream().filter(s -> s.of(a.text()).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starting \"" + prefix + "\" in " + a.id()))
                .boilerplate();
    }

    private static LoadProblem problemFor(Corpus c, String fileName) {
        return c.problems().stream().filter(p -> p.file().endsWith(fileName)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + fileName + " in " + c.problems()));
    }
}
