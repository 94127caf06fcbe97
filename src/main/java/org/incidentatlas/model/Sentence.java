package org.incidentatlas.model;

/**
 * A sentence of an article: its index in the article, its span in the decoded text, and whether it is
 * boilerplate (donor notices, comment forms, navigation, repeated captions) that must yield no facts.
 */
public record Sentence(int index, TextSpan span, boolean boilerplate) {
    public Sentence {
        if (index < 0) {
            throw new IllegalArgumentException("negative sentence index");
        }
        java.util.Objects.requireNonNull(span, "span");
    }

    public String of(String text) {
        return span.of(text);
    }
}
