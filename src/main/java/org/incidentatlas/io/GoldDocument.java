package org.incidentatlas.io;

import java.util.List;
import java.util.Objects;

/** One benchmark article: its id (unique in the benchmark), text and annotated spans in text order. */
public record GoldDocument(String id, String title, String text, List<ToponymGold> toponyms) {
    public GoldDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        toponyms = List.copyOf(toponyms);
    }
}
