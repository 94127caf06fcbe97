package org.incidentatlas.io;

import java.util.List;
import java.util.Objects;
import org.incidentatlas.model.LoadProblem;

/**
 * A geoparsing benchmark as read: its name ("GeoWebNews", "TR-News"), documents, and the problems met while
 * reading (bad offsets that could not be aligned, malformed entries skipped).
 */
public record GoldCorpus(String name, String source, List<GoldDocument> documents, List<LoadProblem> problems) {
    public GoldCorpus {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    /** The first {@code n} documents (all if {@code n} is not positive or exceeds the count). */
    public GoldCorpus limit(int n) {
        return n <= 0 || n >= documents.size() ? this : new GoldCorpus(name, source, documents.subList(0, n), problems);
    }

    public long toponymCount() {
        return documents.stream().flatMap(d -> d.toponyms().stream()).filter(ToponymGold::toponym).count();
    }
}
