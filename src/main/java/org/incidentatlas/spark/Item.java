package org.incidentatlas.spark;

import java.io.Serializable;

/**
 * One record between the stages of {@link ExtractJob}: a mention, incident, deployment or problem as
 * {@code io.ModelJson}, its place in {@code extract}'s order ({@code order}: article order and position in the
 * article), and for each of its evidence the sentence quoted and the article's source (joined here, on the
 * executor that has the article text, so the output can show the quote when the article is out of reach).
 */
final class Item implements Serializable {
    private static final long serialVersionUID = 1L;

    enum Kind { MENTION, INCIDENT, DEPLOYMENT, PROBLEM }

    /** Positions per article: enough for any article's mentions and events. */
    static final long PER_ARTICLE = 1_000_000L;

    final Kind kind;
    final long order;
    final String json;
    final String[] quotes;
    final String[] sources;
    /** Where each quote starts in its article's text. */
    final int[] quoteStarts;
    /** The month the output is partitioned by (YYYY-MM), or null when unknown. */
    final String month;

    Item(Kind kind, long order, String json, String[] quotes, int[] quoteStarts, String[] sources, String month) {
        this.kind = kind;
        this.order = order;
        this.json = json;
        this.quotes = quotes;
        this.sources = sources;
        this.quoteStarts = quoteStarts;
        this.month = month;
    }

    static String month(java.time.LocalDate d) {
        return d == null ? null : d.toString().substring(0, 7);
    }
}
