package org.incidentatlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One decoded article with what is known of it. {@code id} is the file name (unique within a corpus);
 * {@code source} the path it was read from. {@code published} is null when unknown; {@code publishedApprox}
 * is an analyst's estimate ("2017", "2022-12") that is shown but never used to anchor relative dates.
 * {@code sourceOffsets}, when not null, maps each decoded-text offset to an offset in the source file (HTML).
 */
public record Article(
        String id,
        String source,
        String title,
        String publisher,
        String author,
        String url,
        LocalDate published,
        String publishedApprox,
        String text,
        List<Sentence> sentences,
        List<String> warnings,
        int[] sourceOffsets) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
    }

    /** The sentence containing {@code offset}, or -1. Sentences are sorted by start. */
    public int sentenceAt(int offset) {
        return Sentence.indexAt(sentences, offset);
    }

    public boolean isBoilerplate(int offset) {
        int i = sentenceAt(offset);
        return i >= 0 && sentences.get(i).boilerplate();
    }

    /** Title for display: the manifest's, else the id. */
    public String displayTitle() {
        return title != null && !title.isBlank() ? title : id;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article a && a.id.equals(id) && a.source.equals(source) && a.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, source, text.length());
    }

    @Override
    public String toString() {
        return "Article[" + id + ", " + text.length() + " chars, " + sentences.size() + " sentences]";
    }
}
