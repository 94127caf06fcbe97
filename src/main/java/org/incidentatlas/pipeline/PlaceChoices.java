package org.incidentatlas.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.text.NameFolding;

/**
 * The places an analyst can choose from for an incident: every candidate the geoparser considered for the place
 * names in the incident's sentences, best first per name, the one in force marked. A name said several times in
 * those sentences is one choice for all its mentions. A rejected mention (an outlet, a person) is offered when a
 * candidate is named exactly as written: "al-Mayadeen" the channel may be the town, but "Minister" is not Minster.
 */
public final class PlaceChoices {
    /**
     * One choice: a candidate of the mentions of one name; {@code current} when it is their place now.
     * {@code mention} is the first of {@code mentions}.
     */
    public record Option(PlaceMention mention, List<PlaceMention> mentions, Candidate candidate, boolean current) {
        public Option {
            mentions = List.copyOf(mentions);
        }

        public Option(PlaceMention mention, Candidate candidate, boolean current) {
            this(mention, List.of(mention), candidate, current);
        }
    }

    private PlaceChoices() {
    }

    public static List<Option> forIncident(Extraction x, Incident i) {
        // one group per name and machine place, in text order
        java.util.Map<String, List<PlaceMention>> groups = new java.util.LinkedHashMap<>();
        for (PlaceMention m : x.mentions()) {
            if (inSentenceOf(m.evidence(), i)) {
                String key = NameFolding.fold(m.surface()) + "\u0000" + (m.place() == null ? "" : m.place().id());
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            }
        }
        // the name the incident is placed by first
        List<List<PlaceMention>> ordered = new ArrayList<>(groups.values());
        String placed = i.place() == null ? null : i.place().id();
        ordered.sort(Comparator.comparing(g -> g.get(0).place() == null || !g.get(0).place().id().equals(placed)));
        List<Option> out = new ArrayList<>();
        for (List<PlaceMention> g : ordered) {
            for (Option o : forMention(g.get(0))) {
                out.add(new Option(o.mention(), g, o.candidate(), o.current()));
            }
        }
        return out;
    }

    public static List<Option> forMention(PlaceMention m) {
        List<Option> out = new ArrayList<>();
        String surface = NameFolding.fold(m.surface());
        m.candidates().stream().sorted(Comparator.comparingDouble(Candidate::score).reversed())
                .filter(c -> m.isResolved() || surface.length() >= 3 && surface.equals(NameFolding.fold(c.place().name())))
                .forEach(c -> out.add(new Option(m, c, m.place() != null && m.place().id().equals(c.place().id()))));
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
