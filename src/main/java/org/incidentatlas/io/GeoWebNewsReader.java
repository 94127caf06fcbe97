package org.incidentatlas.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.TextSpan;
import org.w3c.dom.Element;

/**
 * Reads GeoWebNews ({@code GWN.xml}, Gritta et al. 2020). Every annotated span is kept with its pragmatic type;
 * {@link ToponymGold#toponym()} is true for the types the authors count as toponyms for geotagging (2,720 spans):
 * all but {@code Literal_Expression}, {@code Non_Lit_Expression} and {@code Non_Toponym}. Coordinates come from
 * the span's latitude/longitude (2,601 toponyms; demonyms, homonyms and languages carry none).
 */
public final class GeoWebNewsReader {
    /** Types that are annotated but are not toponyms. */
    public static final Set<String> NON_TOPONYM_TYPES = Set.of("Literal_Expression", "Non_Lit_Expression", "Non_Toponym");
    /** How far a span may have drifted from its words and still be put back on them. */
    static final int MAX_SHIFT = 5;

    public GoldCorpus read(Path file) throws GoldFormatException {
        return BenchmarkXml.readArticles(file, "GeoWebNews", "file", "gwn-", GeoWebNewsReader::toponym);
    }

    private static Optional<ToponymGold> toponym(String id, String text, Element t, List<LoadProblem> problems, Path file) {
        String surface = BenchmarkXml.childText(t, "extractedName");
        String type = BenchmarkXml.trimmed(BenchmarkXml.childText(t, "type"));
        int start = Integer.parseInt(BenchmarkXml.trimmed(BenchmarkXml.childText(t, "start")));
        if (surface == null || type == null) {
            throw new IllegalArgumentException("missing extractedName or type at " + start);
        }
        Optional<TextSpan> span = SpanAligner.align(text, surface, start, MAX_SHIFT);
        if (span.isEmpty()) {
            problems.add(new LoadProblem(file.toString(), LoadProblem.Severity.WARNING,
                    id + ": '" + surface + "' (" + type + ") not found near offset " + start + ", skipped"));
            return Optional.empty();
        }
        Double lat = BenchmarkXml.number(BenchmarkXml.childText(t, "latitude"));
        Double lon = BenchmarkXml.number(BenchmarkXml.childText(t, "longitude"));
        return Optional.of(new ToponymGold(span.get(), surface, type, !NON_TOPONYM_TYPES.contains(type),
                lat, lon, BenchmarkXml.trimmed(BenchmarkXml.childText(t, "geonamesID"))));
    }
}
