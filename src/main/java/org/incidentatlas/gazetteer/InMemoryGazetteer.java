package org.incidentatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.NameFolding;

/**
 * A gazetteer held in hash maps; built by {@link GazetteerLoader} or by tests.
 *
 * <p>Most names have one place, so a key maps to a bare {@link Place} and only shared names pay for an array.
 * Within a key, places are ordered by {@link #prominence}: a default for tie-breaks, not a resolution.
 */
public final class InMemoryGazetteer implements Gazetteer {
    /** Ids of rows from the hand-checked supplement start with this. */
    public static final String SUPPLEMENT_PREFIX = "sup:";

    private static final Comparator<Place> PRIORITY = Comparator.comparingDouble(InMemoryGazetteer::prominence)
            .reversed().thenComparing(Place::id);

    private final Map<String, Object> byName;
    private final Set<String> prefixes;
    private final Map<String, Place> byId;
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private int supersededIds;

    public InMemoryGazetteer() {
        this(16);
    }

    /** Sized for about {@code expectedPlaces} places, to spare rehashing while a loader fills it. */
    InMemoryGazetteer(int expectedPlaces) {
        byName = new HashMap<>(expectedPlaces * 5);
        prefixes = new HashSet<>(expectedPlaces);
        byId = new HashMap<>(expectedPlaces * 2);
    }

    /**
     * How likely a bare mention of a shared name means this place, other things equal: countries first, then
     * hand-checked supplement places (except governorates), then by population, where a capital counts tenfold and
     * an admin-1 area a quarter, because "Baghdad", "Washington" or "Erbil" in news means the city far more often
     * than the province or state of the same name.
     */
    public static double prominence(Place place) {
        if (place.kind() == PlaceKind.COUNTRY) {
            return 1e12;
        }
        if (isSupplement(place) && place.kind() != PlaceKind.ADMIN1) {
            return 1e11;
        }
        double population = place.population();
        if ("PPLC".equals(place.featureCode())) {
            return population * 10;
        }
        return place.kind() == PlaceKind.ADMIN1 ? population / 4 : population;
    }

    /** True for a place from the hand-checked supplement, which the geoparser may trust as well known. */
    public static boolean isSupplement(Place place) {
        return place.id().startsWith(SUPPLEMENT_PREFIX);
    }

    /** Adds a place under its own name and every alias. */
    public InMemoryGazetteer add(Place place, Collection<String> aliases) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameFolding.fold(place.name()));
        for (String a : aliases) {
            keys.add(NameFolding.fold(a));
        }
        return addFolded(place, keys.toArray(String[]::new));
    }

    /** Adds a place under keys already folded (distinct, as the loader computes them in parallel). */
    InMemoryGazetteer addFolded(Place place, String[] foldedKeys) {
        Place previous = byId.put(place.id(), place);
        if (previous != null) {
            removeFromNames(previous);
        }
        if (place.kind() == PlaceKind.COUNTRY && place.country() != null) {
            countries.put(place.country(), place);
        }
        for (String k : foldedKeys) {
            if (k == null || k.isEmpty()) {
                continue;
            }
            byName.merge(k, place, InMemoryGazetteer::append);
            int sp = k.indexOf(' ');
            while (sp > 0) {
                prefixes.add(k.substring(0, sp));
                sp = k.indexOf(' ', sp + 1);
            }
        }
        return this;
    }

    private static Object append(Object existing, Object added) {
        Place p = (Place) added;
        if (existing instanceof Place q) {
            return q.equals(p) ? q : new Place[] {q, p};
        }
        Place[] arr = (Place[]) existing;
        for (Place q : arr) {
            if (q.equals(p)) {
                return arr;
            }
        }
        Place[] grown = Arrays.copyOf(arr, arr.length + 1);
        grown[arr.length] = p;
        return grown;
    }

    private void removeFromNames(Place old) {
        byName.replaceAll((k, v) -> {
            if (v == old) {
                return null;
            }
            if (v instanceof Place[] arr) {
                Place[] kept = Arrays.stream(arr).filter(p -> p != old).toArray(Place[]::new);
                return kept.length == 1 ? kept[0] : kept;
            }
            return v;
        });
        byName.values().removeIf(v -> v == null);
    }

    /** Makes {@code byId(oldId)} answer with a place that superseded the row once known by that id. */
    void alias(String oldId, Place place) {
        if (byId.putIfAbsent(oldId, place) == null) {
            supersededIds++;
        }
    }

    public InMemoryGazetteer addDemonym(String demonym, String iso2) {
        String k = NameFolding.fold(demonym);
        if (!k.isEmpty()) {
            demonyms.putIfAbsent(k, iso2);
        }
        return this;
    }

    /** Puts every shared name's places in priority order; the loader calls it once when all rows are in. */
    void sortCandidates() {
        for (Object v : byName.values()) {
            if (v instanceof Place[] arr) {
                Arrays.sort(arr, PRIORITY);
            }
        }
    }

    void addProblem(LoadProblem problem) {
        problems.add(problem);
    }

    /** Rows that could not be read, each naming its file and line; the rest loaded. */
    public List<LoadProblem> problems() {
        return List.copyOf(problems);
    }

    /** Number of distinct folded names. */
    public int nameCount() {
        return byName.size();
    }

    @Override
    public List<Place> find(String folded) {
        Object v = byName.get(folded);
        if (v == null) {
            return List.of();
        }
        if (v instanceof Place p) {
            return List.of(p);
        }
        Place[] arr = (Place[]) v;
        if (arr.length > 1 && !isSorted(arr)) {
            arr = arr.clone();
            Arrays.sort(arr, PRIORITY);
        }
        return List.of(arr);
    }

    private static boolean isSorted(Place[] arr) {
        for (int i = 1; i < arr.length; i++) {
            if (PRIORITY.compare(arr[i - 1], arr[i]) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Also true when the prefix ends in a word that folding drops or joins once another word follows ("ain al",
     * "washington d"), since the longer surface may still fold to a known name.
     */
    @Override
    public boolean hasLongerName(String foldedPrefix) {
        if (prefixes.contains(foldedPrefix)) {
            return true;
        }
        if (foldedPrefix.isEmpty() || !NameFolding.endsInPendingWord(foldedPrefix)) {
            return false;
        }
        int sp = foldedPrefix.lastIndexOf(' ');
        if (sp < 0) {
            return true;
        }
        String rest = foldedPrefix.substring(0, sp);
        return prefixes.contains(rest) || hasLongerName(rest);
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
        return byId.size() - supersededIds;
    }
}
