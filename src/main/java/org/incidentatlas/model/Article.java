package org.incidentatlas.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One decoded article with what is known of it. {@code id} is the file name (unique within a corpus);
 * {@code source} the path it was read from. {@code published} is null when unknown; {@code publishedApprox}
 * is an analyst's estimate ("2017", "2022-12") that is shown but never used to anchor relative dates.
 * {@code sourceOffsets}, when not null, maps each decoded-text offset to an offset in the source file (HTML).
 * {@code language} is the ISO 639-1 code detected from the text ("en", "ar"), or null when not detected;
 * {@code pageStarts}, when not null, holds the text offset where each page of a paginated document (PDF) begins,
 * so that a sentence can be cited as "page 3".
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
        int[] sourceOffsets,
        String language,
        int[] pageStarts) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        sentences = List.copyOf(sentences);
        warnings = List.copyOf(warnings);
    }

    /** An article of unknown language and without pages (plain text, HTML). */
    public Article(String id, String source, String title, String publisher, String author, String url,
            LocalDate published, String publishedApprox, String text, List<Sentence> sentences, List<String> warnings,
            int[] sourceOffsets) {
        this(id, source, title, publisher, author, url, published, publishedApprox, text, sentences, warnings,
                sourceOffsets, null, null);
    }

    /** This article with {@code language} set. */
    public Article withLanguage(String lang) {
        return new Article(id, source, title, publisher, author, url, published, publishedApprox, text, sentences,
                warnings, sourceOffsets, lang, pageStarts);
    }

    /** True unless a language other than English was detected (unknown counts as English, as before detection). */
    public boolean isEnglish() {
        return language == null || language.equals("en");
    }

    /** The 1-based page holding {@code offset}, or -1 for a text without pages. */
    public int pageAt(int offset) {
        if (pageStarts == null || pageStarts.length == 0) {
            return -1;
        }
        int i = java.util.Arrays.binarySearch(pageStarts, offset);
        return i >= 0 ? lastPageStartingAt(i) + 1 : Math.max(1, -i - 1);
    }

    private int lastPageStartingAt(int i) {
        // Empty pages share their start with the next page; the text at that offset is on the last of them.
        while (i + 1 < pageStarts.length && pageStarts[i + 1] == pageStarts[i]) {
            i++;
        }
        return i;
    }

    /** The 1-based paragraph (block of text between blank lines) holding {@code offset}. */
    public int paragraphAt(int offset) {
        int p = 1;
        int end = Math.min(offset, text.length());
        for (int i = 0; i + 1 < end; i++) {
            if (text.charAt(i) == '\n' && text.charAt(i + 1) == '\n') {
                p++;
                while (i + 1 < end && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
        }
        return p;
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
