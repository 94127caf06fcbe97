package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsExportReaderTest {
    @TempDir
    Path dir;

    @Test
    void eachJsonLinesRowIsAnArticleWithItsOwnProvenance() throws Exception {
        Files.writeString(dir.resolve("feed.jsonl"), """
                {"headline": "Blast in Basra", "link": "https://example.org/1", "published_at": "2024-03-01T10:00:00Z", "body": "A bomb exploded in Basra on Friday."}
                not json
                {"headline": "Empty", "body": ""}
                {"headline": "Talks in Amman", "date": "March 4, 2024", "body": "Officials met in Amman on Monday."}
                """);
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.articles()).extracting(Article::id).containsExactly("feed.jsonl#1", "feed.jsonl#4");
        Article first = c.articles().get(0);
        assertThat(first.title()).isEqualTo("Blast in Basra");
        assertThat(first.url()).isEqualTo("https://example.org/1");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(first.source()).endsWith("feed.jsonl#1");
        assertThat(c.articles().get(1).published()).isEqualTo(LocalDate.of(2024, 3, 4));
        assertThat(c.problems()).extracting(p -> p.message())
                .anyMatch(m -> m.startsWith("line 2: not a JSON object"))
                .anyMatch(m -> m.startsWith("line 3: no text"));
    }

    @Test
    void csvColumnsNamedInTheManifestAreUsed() throws Exception {
        Files.writeString(dir.resolve("export.csv"), """
                story_title,story,when
                "Clash near Hit","Gunmen clashed with police near Hit, killing two.",2024-05-06
                """);
        Files.writeString(dir.resolve("manifest.json"), """
                {"documents": [{"file": "export.csv", "publisher": "Feed tool",
                  "columns": {"title": "story_title", "text": "story", "published": "when"}}]}""");
        Corpus c = new CorpusReader().read(List.of(dir));
        Article a = c.articles().get(0);
        assertThat(a.id()).isEqualTo("export.csv#2");
        assertThat(a.title()).isEqualTo("Clash near Hit");
        assertThat(a.text()).isEqualTo("Gunmen clashed with police near Hit, killing two.");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(a.publisher()).isEqualTo("Feed tool");
    }

    @Test
    void aCsvWithoutATextColumnIsNotANewsExport() throws Exception {
        Files.writeString(dir.resolve("numbers.csv"), "a,b\n1,2\n");
        Corpus c = new CorpusReader().read(List.of(dir));
        assertThat(c.articles()).isEmpty();
        assertThat(c.hasErrors()).isFalse();
        assertThat(c.problems().get(0).message()).startsWith("not read as a news export: no text column");
    }
}
