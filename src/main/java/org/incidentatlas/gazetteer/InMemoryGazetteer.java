package org.incidentatlas.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.NameFolding;

/** A gazetteer held in hash maps; built by a loader or by tests. */
public final class InMemoryGazetteer implements Gazetteer {
    private final Map<String, List<Place>> byName = new HashMap<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Map<String, Place> byId = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();

    /** Adds a place under its own name and every alias. */
    public InMemoryGazetteer add(Place place, Collection<String> aliases) {
        byId.put(place.id(), place);
        if (place.kind() == PlaceKind.COUNTRY && place.country() != null) {
            countries.put(place.country(), place);
        }
        Set<String> keys = new HashSet<>();
        keys.add(NameFolding.fold(place.name()));
        for (String a : aliases) {
            keys.add(NameFolding.fold(a));
        }
        for (String k : keys) {
            if (k.isEmpty()) {
                continue;
            }
            byName.computeIfAbsent(k, x -> new ArrayList<>(1)).add(place);
            int sp = k.indexOf(' ');
            while (sp > 0) {
                prefixes.add(k.substring(0, sp));
                sp = k.indexOf(' ', sp + 1);
            }
        }
        return this;
    }

    public InMemoryGazetteer addDemonym(String demonym, String iso2) {
        demonyms.put(NameFolding.fold(demonym), iso2);
        return this;
    }

    @Override
    public List<Place> find(String folded) {
        return byName.getOrDefault(folded, List.of());
    }

    @Override
    public boolean hasLongerName(String foldedPrefix) {
        return prefixes.contains(foldedPrefix);
    }

    @Override
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Place> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    @Override
    public Optional<String> countryOfDemonym(String folded) {
        return Optional.ofNullable(demonyms.get(folded));
    }

    @Override
    public int size() {
        return byId.size();
    }
}
