package org.incidentatlas.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;

/**
 * The places an analyst can choose from for an incident: every candidate the geoparser considered for the place
 * mentions in the incident's sentences, best first per mention, the one in force marked. Rejected mentions (an
 * outlet, a person) are offered too when they had candidates: the analyst may know better.
 */
public final class PlaceChoices {
    /** One choice: a candidate of a mention; {@code current} when it is the mention's place now. */
    public record Option(PlaceMention mention, Candidate candidate, boolean current) {
    }

    private PlaceChoices() {
    }

    public static List<Option> forIncident(Extraction x, Incident i) {
        List<Option> out = new ArrayList<>();
        for (PlaceMention m : x.mentions()) {
            if (inSentenceOf(m.evidence(), i)) {
                out.addAll(forMention(m));
            }
        }
        return out;
    }

    public static List<Option> forMention(PlaceMention m) {
        List<Option> out = new ArrayList<>();
        m.candidates().stream().sorted(Comparator.comparingDouble(Candidate::score).reversed()).forEach(c ->
                out.add(new Option(m, c, m.place() != null && m.place().id().equals(c.place().id()))));
        return out;
    }

    /** The mention at the same span of the same article in another extraction (the machine's), if any. */
    public static PlaceMention find(Extraction x, Evidence at) {
        for (PlaceMention m : x.mentions()) {
            if (m.articleId().equals(at.articleId()) && m.span().equals(at.span())) {
                return m;
            }
        }
        return null;
    }

    private static boolean inSentenceOf(Evidence e, Incident i) {
        for (Evidence ev : i.evidence()) {
            if (ev.articleId().equals(e.articleId()) && ev.sentence() == e.sentence()) {
                return true;
            }
        }
        return false;
    }
}
