package org.incidentatlas.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.TextSpan;
import org.w3c.dom.Element;

/**
 * Reads TR-News ({@code TR-News.xml}, Kamalloo & Rafiei 2018, LGL schema). Every span is a toponym; coordinates
 * come from its {@code <gaztag>} (absent for 44 of 1,319). About 9 % of the offsets run 1–10 characters late
 * because the text was re-cleaned after annotation; they are put back on their phrase.
 */
public final class TrNewsReader {
    static final int MAX_SHIFT = 12;

    public GoldCorpus read(Path file) throws GoldFormatException {
        return BenchmarkXml.readArticles(file, "TR-News", "docid", "trnews-", TrNewsReader::toponym);
    }

    private static Optional<ToponymGold> toponym(String id, String text, Element t, List<LoadProblem> problems, Path file) {
        String phrase = BenchmarkXml.childText(t, "phrase");
        int start = Integer.parseInt(BenchmarkXml.trimmed(BenchmarkXml.childText(t, "start")));
        if (phrase == null || phrase.isBlank()) {
            throw new IllegalArgumentException("missing phrase at " + start);
        }
        Optional<TextSpan> span = SpanAligner.align(text, phrase, start, MAX_SHIFT);
        if (span.isEmpty()) {
            problems.add(new LoadProblem(file.toString(), LoadProblem.Severity.WARNING,
                    id + ": '" + phrase + "' not found near offset " + start + ", skipped"));
            return Optional.empty();
        }
        Element gaz = BenchmarkXml.child(t, "gaztag");
        Double lat = null;
        Double lon = null;
        String geonameId = null;
        String fcode = null;
        if (gaz != null) {
            lat = BenchmarkXml.number(BenchmarkXml.childText(gaz, "lat"));
            lon = BenchmarkXml.number(BenchmarkXml.childText(gaz, "lon"));
            geonameId = BenchmarkXml.trimmed(gaz.getAttribute("geonameid"));
            fcode = BenchmarkXml.trimmed(BenchmarkXml.childText(gaz, "fcode"));
        }
        if (lat == null || lon == null) {
            lat = null;
            lon = null;
        }
        return Optional.of(new ToponymGold(span.get(), phrase, fcode == null ? "toponym" : fcode, true, lat, lon, geonameId));
    }
}
