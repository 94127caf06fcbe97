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

    /** The position in {@code sorted} (sentences ordered by start, not overlapping) of the one containing {@code offset}, or -1. */
    public static int indexAt(java.util.List<Sentence> sorted, int offset) {
        int lo = 0;
        int hi = sorted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            TextSpan s = sorted.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
