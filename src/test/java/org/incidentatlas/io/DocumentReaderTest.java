package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.LoadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {
    @TempDir
    Path dir;

    private static final List<List<String>> PAGES = List.of(
            List.of("Quarterly review of the northern front", "", "The review covers October to December."),
            List.of("On November 3, a drone struck a depot near Kirkuk.", "No one was hurt."),
            List.of("Rockets later hit the outskirts of Erbil."));

    @Test
    void pdfTextKeepsWhereEachPageStartsAndItsMetadataFillsTheArticle() throws Exception {
        DocumentFixtures.pdf(dir.resolve("review.pdf"), "Quarterly review", "Field office", 2023, 12, 30, PAGES);
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.problems()).isEmpty();
        Article a = c.articles().get(0);
        assertThat(a.title()).isEqualTo("Quarterly review");
        assertThat(a.author()).isEqualTo("Field office");
        assertThat(a.published()).isEqualTo(LocalDate.of(2023, 12, 30));
        assertThat(a.pageStarts()).hasSize(3);
        assertThat(a.pageAt(a.text().indexOf("drone struck"))).isEqualTo(2);
        assertThat(a.pageAt(a.text().indexOf("Erbil"))).isEqualTo(3);
        assertThat(a.pageAt(a.text().indexOf("review covers"))).isEqualTo(1);
        assertThat(a.text()).doesNotContain("/Type").contains("On November 3, a drone struck a depot near Kirkuk.");
        assertThat(a.language()).isEqualTo("en");
    }

    @Test
    void manifestFieldsWinOverTheDocumentsOwnMetadata() throws Exception {
        DocumentFixtures.pdf(dir.resolve("review.pdf"), "Quarterly review", "Field office", 2023, 12, 30, PAGES);
        Files.writeString(dir.resolve("manifest.json"), """
                {"documents": [{"file": "review.pdf", "title": "Northern front, Q4", "published": "2024-01-02"}]}""");
        Article a = new CorpusReader().read(List.of(dir)).articles().get(0);
        assertThat(a.title()).isEqualTo("Northern front, Q4");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(a.author()).isEqualTo("Field office");
    }

    @Test
    void docxParagraphsBecomeSentencesAndTheTitleComesFromItsProperties() throws Exception {
        DocumentFixtures.docx(dir.resolve("brief.docx"), "Brief on the border", "Desk", List.of(
                "Situation at the border", "Militants attacked a checkpoint near Rutba on Monday",
                "Officials met in Amman the next day."));
        Article a = new CorpusReader().read(List.of(dir)).articles().get(0);
        assertThat(a.title()).isEqualTo("Brief on the border");
        assertThat(a.pageStarts()).isNull();
        assertThat(a.sentences()).extracting(s -> s.of(a.text()))
                .contains("Militants attacked a checkpoint near Rutba on Monday");
        assertThat(a.paragraphAt(a.text().indexOf("Officials"))).isEqualTo(3);
    }

    @Test
    void scannedEncryptedAndCorruptDocumentsAreEachOneErrorNamingTheFile() throws Exception {
        DocumentFixtures.scannedPdf(dir.resolve("scan.pdf"));
        DocumentFixtures.encryptedPdf(dir.resolve("locked.pdf"), List.of("Secret annex about Mosul."));
        Files.write(dir.resolve("broken.docx"), "PK\u0003\u0004 not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\nendobj".getBytes(StandardCharsets.US_ASCII));
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.articles()).isEmpty();
        assertThat(c.problems()).allMatch(p -> p.severity() == LoadProblem.Severity.ERROR).hasSize(4);
        assertThat(message(c, "scan.pdf")).startsWith("scanned PDF: no text layer (2 pages");
        assertThat(message(c, "locked.pdf")).startsWith("encrypted");
        assertThat(message(c, "broken.docx")).startsWith("corrupt or unreadable document");
        assertThat(message(c, "broken.pdf")).startsWith("corrupt or unreadable document");
    }

    @Test
    void aPdfNamedDirectlyIsReadByItsContentWhateverItsName() throws Exception {
        Path f = dir.resolve("report.txt");
        DocumentFixtures.pdf(f, "Misnamed", "x", 2024, 1, 1, PAGES);
        Article a = new CorpusReader().read(List.of(f)).articles().get(0);
        assertThat(a.title()).isEqualTo("Misnamed");
        assertThat(a.text()).startsWith("Quarterly review of the northern front");
    }

    @Test
    void aDocumentOverThePageLimitKeepsItsFirstPagesWithAWarning() throws Exception {
        DocumentFixtures.pdf(dir.resolve("long.pdf"), "Long", "x", 2024, 1, 1, PAGES);
        DocumentReader.Document d = new DocumentReader(2, 60).read(dir.resolve("long.pdf"));
        assertThat(d.pageStarts()).hasSize(2);
        assertThat(d.text()).contains("Kirkuk").doesNotContain("Erbil");
        assertThat(d.warnings()).containsExactly("only the first 2 pages were read (limit per document)");
    }

    @Test
    void odtParagraphsAndMetadataAreRead() throws Exception {
        DocumentFixtures.odt(dir.resolve("brief.odt"), "Brief on the Euphrates", "Field desk", List.of(
                "Situation along the river", "Militants attacked an outpost near Hit on Monday.",
                "Officials met in Ramadi the next day."));
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.problems()).isEmpty();
        Article a = c.articles().get(0);
        assertThat(a.title()).isEqualTo("Brief on the Euphrates");
        assertThat(a.author()).isEqualTo("Field desk");
        assertThat(a.sentences()).extracting(s -> s.of(a.text()))
                .contains("Militants attacked an outpost near Hit on Monday.", "Officials met in Ramadi the next day.");
    }

    @Test
    void anArabicEpubIsReadWithItsMetadataAndRoutedAsArabic() throws Exception {
        DocumentFixtures.epub(dir.resolve("book.epub"), "تقرير الحدود", "مكتب التحليل", "ar", List.of(
                "قصفت طائرة مسيرة يوم الاثنين موقعا قرب مدينة القائم على الحدود مع سوريا.",
                "وعقد المسؤولون اجتماعا في بغداد في اليوم التالي لبحث الوضع الأمني."));
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.problems()).isEmpty();
        Article a = c.articles().get(0);
        assertThat(a.title()).isEqualTo("تقرير الحدود");
        assertThat(a.text()).contains("قصفت طائرة مسيرة يوم الاثنين").contains("وعقد المسؤولون اجتماعا في بغداد")
                .doesNotContain("<p>");
        assertThat(a.language()).isEqualTo("ar");
    }

    @Test
    void rtfMhtmlAndEmailAreReadToo() throws Exception {
        Files.writeString(dir.resolve("note.rtf"), "{\\rtf1\\ansi{\\fonttbl\\f0\\fswiss Helvetica;}\\f0\\pard "
                + "A car bomb exploded in Tikrit on Friday.\\par }");
        Files.writeString(dir.resolve("alert.eml"), """
                From: desk@example.org
                To: team@example.org
                Subject: Alert: clash near Samarra
                Date: Mon, 4 Mar 2024 09:00:00 +0000
                Content-Type: text/plain; charset=UTF-8

                Militants clashed with police near Samarra this morning.
                """);
        Files.writeString(dir.resolve("page.mhtml"), """
                From: <Saved by Blink>
                Subject: Convoy hit near Rutba
                MIME-Version: 1.0
                Content-Type: multipart/related; boundary="----B"

                ------B
                Content-Type: text/html; charset=utf-8
                Content-Location: https://example.org/convoy

                <html><body><p>A roadside bomb hit a supply convoy near Rutba on Sunday.</p></body></html>
                ------B--
                """);
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.problems()).isEmpty();
        assertThat(c.articles()).extracting(Article::id).containsExactly("alert.eml", "note.rtf", "page.mhtml");
        assertThat(c.articles().get(0).text()).contains("Militants clashed with police near Samarra this morning.");
        assertThat(c.articles().get(0).title()).isEqualTo("Alert: clash near Samarra");
        assertThat(c.articles().get(1).text()).contains("A car bomb exploded in Tikrit on Friday.");
        assertThat(c.articles().get(2).text()).contains("A roadside bomb hit a supply convoy near Rutba on Sunday.")
                .doesNotContain("<p>");
    }

    private static String message(Corpus c, String file) {
        return c.problems().stream().filter(p -> p.file().endsWith(file)).findFirst().orElseThrow().message();
    }
}
