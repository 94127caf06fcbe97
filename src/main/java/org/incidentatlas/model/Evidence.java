package org.incidentatlas.model;

import java.util.Objects;

/**
 * Where a fact comes from: the article, the sentence index, and the character span of the words that
 * state it (offsets in the article's decoded text). The UI joins it to the text only to show it.
 */
public record Evidence(String articleId, int sentence, TextSpan span) {
    public Evidence {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(span, "span");
    }

    public static Evidence of(String articleId, int sentence, int start, int end) {
        return new Evidence(articleId, sentence, new TextSpan(start, end));
    }
}
