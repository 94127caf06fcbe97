package org.incidentatlas.gazetteer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.incidentatlas.model.Place;

/**
 * Read-only place-name index. Names are looked up by their {@link org.incidentatlas.text.NameFolding} key.
 *
 * <p>Supplement places (hand-checked, "well known" in the area of interest) have ids starting {@code sup:}
 * ({@link InMemoryGazetteer#isSupplement}); GeoNames places {@code gn:}, admin-1 {@code a1:CC.NN}, counties {@code a2:CC.NN.NNN}, countries
 * {@code cc:CC}. Prominence is in {@link Place#population()} and {@link Place#featureCode()} (GeoNames codes:
 * PPLC capital, PPLA/PPLA2 seats, PPLX city section; supplement rows get MILB, AIRP, OILF, PSTB, CMPRF, RGN, ...).
 */
public interface Gazetteer {
    /**
     * Places with a name or alias whose folded form equals {@code folded}; empty if none. Ordered most prominent
     * first ({@link InMemoryGazetteer#prominence}): a default for ties, not a resolution.
     */
    List<Place> find(String folded);

    /**
     * True if some folded name starts with {@code foldedPrefix} followed by a space (for longest match). Also true
     * when the prefix ends in a word that folding drops or joins once another word follows (an article, a single
     * letter: "ain al", "washington d"), because the longer span may still fold to a known name.
     */
    boolean hasLongerName(String foldedPrefix);

    Optional<Place> byId(String id);

    /** The country entry for an ISO 3166-1 alpha-2 code. */
    Optional<Place> country(String iso2);

    /** The country code a demonym or adjective refers to ("iraqi" → "IQ"). */
    Optional<String> countryOfDemonym(String folded);

    /**
     * False only if no demonym of several words ({@link #countryOfDemonym}) starts with {@code foldedWord} (the fold
     * of one word: no space) followed by a space, and the word is none that folding drops or joins once another
     * word follows (an article, "the", a single letter: {@link org.incidentatlas.text.NameFolding#endsInPendingWord}).
     * A gate before asking the demonym of a two-word name ("South Korean"): almost no pair of capitalised words is
     * one. The default always answers true (ask).
     */
    default boolean mayStartDemonym(String foldedWord) {
        return true;
    }

    int size();

    /**
     * Every place once ({@link #size()} of them), in load order: the supplement's, then the world data's. A world
     * place the supplement replaces is not listed apart: it is the supplement place (its id answers
     * {@link #byId}). For whatever needs all places rather than a name, such as the basemap's city labels.
     */
    Stream<Place> places();

    /**
     * Facilities (airports, bases, embassies, oil and gas fields, crossings, camps, landmarks) within {@code km}
     * of a point, nearest first: where "X airport" or "X base" is when the gazetteer knows the town X. The default
     * scans {@link #places()}; implementations keep an index.
     */
    default List<Place> facilitiesNear(double lat, double lon, double km) {
        return FacilityIndex.of(places()).near(lat, lon, km);
    }
}
