package org.incidentatlas.pipeline;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;

/**
 * How the articles of an extraction wrote each place and actor: the surfaces of the mentions resolved to a place
 * ("قاعدة عين الأسد", "Ain al-Asad base") and the words an actor was found by ("حركة النجباء"). Search indexes them
 * beside the gazetteer's and the lexicon's English names, so a query in either script finds the place or actor
 * named in the other ("عين الأسد" finds Ayn al-Asad, "Nujaba" finds the incidents of an article that wrote
 * النجباء). Only names that differ from the canonical one after folding are kept, at most {@value #MAX_NAMES} each.
 */
public final class WrittenNames {
    static final int MAX_NAMES = 8;

    private final Map<String, Set<String>> byPlace = new HashMap<>();
    private final Map<String, Set<String>> byActor = new HashMap<>();

    private WrittenNames() {
    }

    public static WrittenNames of(Extraction x) {
        WrittenNames w = new WrittenNames();
        for (PlaceMention m : x.mentions()) {
            if (m.isResolved()) {
                w.add(w.byPlace, m.place().id(), m.place().name(), m.surface());
            }
        }
        Map<String, Article> articles = new HashMap<>();
        for (Article a : x.articles()) {
            articles.put(a.id(), a);
        }
        for (Incident i : x.incidents()) {
            for (Actor a : i.actors()) {
                w.addActor(a, articles);
            }
        }
        x.deployments().forEach(d -> w.addActor(d.actor(), articles));
        return w;
    }

    private void addActor(Actor a, Map<String, Article> articles) {
        if (a.id() == null || a.evidence() == null) {
            return;
        }
        Article art = articles.get(a.evidence().articleId());
        int start = a.evidence().span().start();
        int end = a.evidence().span().end();
        if (art != null && end <= art.text().length()) {
            add(byActor, a.id(), a.name(), art.text().substring(start, end));
        }
    }

    private void add(Map<String, Set<String>> map, String id, String canonical, String written) {
        if (written == null || written.isBlank()) {
            return;
        }
        Set<String> names = map.computeIfAbsent(id, k -> new LinkedHashSet<>());
        if (names.size() < MAX_NAMES && !SearchKey.tokens(written).equals(SearchKey.tokens(canonical))) {
            names.add(written.strip());
        }
    }

    /** The other ways the articles wrote this place, space-separated ("" when none). */
    public String place(String placeId) {
        return String.join(" ", byPlace.getOrDefault(placeId, Set.of()));
    }

    /** The other ways the articles wrote this actor, space-separated ("" when none). */
    public String actor(String actorId) {
        return actorId == null ? "" : String.join(" ", byActor.getOrDefault(actorId, Set.of()));
    }
}
