package org.incidentatlas.gazetteer;

import java.util.List;
import java.util.Optional;
import org.incidentatlas.model.Place;

/** Read-only place-name index. Names are looked up by their {@link org.incidentatlas.text.NameFolding} key. */
public interface Gazetteer {
    /** Places with a name or alias whose folded form equals {@code folded}; empty if none. */
    List<Place> find(String folded);

    /** True if some folded name starts with {@code foldedPrefix} followed by a space (for longest match). */
    boolean hasLongerName(String foldedPrefix);

    Optional<Place> byId(String id);

    /** The country entry for an ISO 3166-1 alpha-2 code. */
    Optional<Place> country(String iso2);

    /** The country code a demonym or adjective refers to ("iraqi" → "IQ"). */
    Optional<String> countryOfDemonym(String folded);

    int size();
}
