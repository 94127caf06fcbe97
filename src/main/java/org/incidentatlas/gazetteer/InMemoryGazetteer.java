package org.incidentatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.NameFolding;

/**
 * A gazetteer held in memory; built by {@link GazetteerLoader} or by tests.
 *
 * <p>Places sit in one array and are referred to by row; names live in a {@link NameTable} (no object per name),
 * GeoNames ids in an int-keyed table. Within a name, places are ordered by {@link #prominence}: a default for
 * tie-breaks, not a resolution. Adding a place whose id is already present replaces it in its row.
 */
public final class InMemoryGazetteer implements Gazetteer {
    /** Ids of rows from the hand-checked supplement start with this. */
    public static final String SUPPLEMENT_PREFIX = "sup:";
    private static final String GEONAMES_PREFIX = "gn:";

    private static final Comparator<Place> PRIORITY = Comparator.comparingDouble(InMemoryGazetteer::prominence)
            .reversed().thenComparing(Place::id);

    private Place[] places;
    private int placeCount;
    /** Per row list of the name table, its places in priority order once a find asked (see {@link #find}). */
    private List<Place>[] listCache;
    /**
     * Per row, the one-place list {@link #find} returns for a name of that place alone, once asked: the same list
     * every time, so the geoparser's memos keyed by a candidate list's identity also hit for these names, the most
     * common kind.
     */
    private List<Place>[] singleCache;
    private final NameTable names;
    /** GeoNames ids (the number after "gn:") → row, open addressing; 0 marks an empty slot. */
    private int[] gnKeys;
    private int[] gnRows;
    private int gnCount;
    private final Map<String, Integer> otherIds = new HashMap<>();
    private final Map<String, Place> countries = new HashMap<>();
    private final Map<String, String> demonyms = new HashMap<>();
    private final List<LoadProblem> problems = new ArrayList<>();

    public InMemoryGazetteer() {
        this(16);
    }

    /** Sized for about {@code expectedPlaces} places, to spare rehashing while a loader fills it. */
    InMemoryGazetteer(int expectedPlaces) {
        places = new Place[Math.max(16, expectedPlaces + 256)];
        names = new NameTable(expectedPlaces * 3);
        int gnCapacity = Integer.highestOneBit(Math.max(16, expectedPlaces * 2) - 1) << 1;
        gnKeys = new int[gnCapacity];
        gnRows = new int[gnCapacity];
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
        int row = addPlace(place);
        for (String k : keys) {
            names.add(k, row);
        }
        changed();
        return this;
    }

    /** Puts a place in a row (its id's row if the id is known) and returns the row. */
    int addPlace(Place place) {
        int row = rowOf(place.id());
        if (row < 0) {
            row = placeCount++;
            if (row == places.length) {
                places = Arrays.copyOf(places, row * 2);
            }
            putId(place.id(), row);
        }
        places[row] = place;
        facilityIndex = null;
        changed();
        if (place.kind() == PlaceKind.COUNTRY && place.country() != null) {
            countries.put(place.country(), place);
        }
        return row;
    }

    /** Adds a folded name to the place with {@code id}; false if no such place is loaded. */
    boolean addAlias(String id, String folded) {
        int row = rowOf(id);
        if (row < 0) {
            return false;
        }
        names.add(folded, row);
        changed();
        return true;
    }

    /** Maps an already folded key to a row (for loaders that fold elsewhere). */
    void addKey(String folded, int row) {
        names.add(folded, row);
        changed();
    }

    /** Maps the folded key in {@code pool[off, off+len)} (UTF-8) to a row. */
    void addKey(int pool, int off, int len, int row) {
        names.add(pool, off, len, row);
        changed();
    }

    /** Registers a byte pool that keys given to {@link #addKey(int, int, int, int)} point into. */
    int addPool(byte[] bytes) {
        return names.addPool(bytes);
    }

    /** Makes {@code byId(oldId)} answer with the place in {@code row}, which superseded that row. */
    void alias(String oldId, int row) {
        if (rowOf(oldId) < 0) {
            putId(oldId, row);
        }
    }

    private int rowOf(String id) {
        int gn = geonameNumber(id);
        if (gn <= 0) {
            Integer r = otherIds.get(id);
            return r == null ? -1 : r;
        }
        int mask = gnKeys.length - 1;
        for (int slot = mix(gn) & mask; gnKeys[slot] != 0; slot = (slot + 1) & mask) {
            if (gnKeys[slot] == gn) {
                return gnRows[slot];
            }
        }
        return -1;
    }

    private void putId(String id, int row) {
        int gn = geonameNumber(id);
        if (gn <= 0) {
            otherIds.put(id, row);
            return;
        }
        if ((gnCount + 1) * 2 > gnKeys.length) {
            int[] oldKeys = gnKeys;
            int[] oldRows = gnRows;
            gnKeys = new int[oldKeys.length * 2];
            gnRows = new int[oldKeys.length * 2];
            gnCount = 0;
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldKeys[i] != 0) {
                    putGn(oldKeys[i], oldRows[i]);
                }
            }
        }
        putGn(gn, row);
    }

    private void putGn(int gn, int row) {
        int mask = gnKeys.length - 1;
        int slot = mix(gn) & mask;
        while (gnKeys[slot] != 0 && gnKeys[slot] != gn) {
            slot = (slot + 1) & mask;
        }
        if (gnKeys[slot] == 0) {
            gnCount++;
        }
        gnKeys[slot] = gn;
        gnRows[slot] = row;
    }

    private static int mix(int x) {
        int h = x * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** The number in "gn:12345", or -1 for any other id. */
    private static int geonameNumber(String id) {
        if (!id.startsWith(GEONAMES_PREFIX) || id.length() == GEONAMES_PREFIX.length() || id.length() > 12) {
            return -1;
        }
        long n = 0;
        for (int i = GEONAMES_PREFIX.length(); i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n > 0 && n <= Integer.MAX_VALUE && id.charAt(GEONAMES_PREFIX.length()) != '0' ? (int) n : -1;
    }

    public InMemoryGazetteer addDemonym(String demonym, String iso2) {
        String k = NameFolding.fold(demonym);
        if (!k.isEmpty()) {
            demonyms.putIfAbsent(k, iso2);
            demonymFirstWords = null;
        }
        return this;
    }

    /** Puts every shared name's places in priority order; the loader calls it once when all rows are in. */
    void sortCandidates() {
        names.sortLists(this::sortRows);
        changed();
    }

    private void sortRows(int[] rows) {
        Integer[] boxed = new Integer[rows.length];
        for (int i = 0; i < rows.length; i++) {
            boxed[i] = rows[i];
        }
        Arrays.sort(boxed, (a, b) -> PRIORITY.compare(places[a], places[b]));
        for (int i = 0; i < rows.length; i++) {
            rows[i] = boxed[i];
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
        return names.names();
    }

    @Override
    public List<Place> find(String folded) {
        int v = names.value(folded);
        if (v == -1) {
            return List.of();
        }
        if (v >= 0) {
            List<Place>[] singles = singleCache;
            if (singles == null || singles.length < placeCount) {
                singles = newListCache(placeCount);
                singleCache = singles;
            }
            List<Place> one = singles[v];
            if (one == null) {
                one = List.of(places[v]);
                singles[v] = one; // racy on purpose, like listCache
            }
            return one;
        }
        // a name of several places: its list, built and ordered once, then shared (immutable) by every find
        int i = -2 - v;
        List<Place>[] cache = listCache;
        if (cache == null || cache.length < names.listCount()) {
            cache = newListCache(names.listCount());
            listCache = cache;
        }
        List<Place> l = cache[i];
        if (l == null) {
            l = placesOf(names.list(i));
            cache[i] = l; // racy on purpose: an immutable list (final fields), built alike by any thread
        }
        return l;
    }

    @SuppressWarnings("unchecked")
    private static List<Place>[] newListCache(int n) {
        return (List<Place>[]) new List<?>[n];
    }

    /** Forgets the shared candidate lists: called by every change to the rows or the names. */
    private void changed() {
        listCache = null;
        singleCache = null;
    }

    private List<Place> placesOf(int[] rows) {
        Place[] found = new Place[rows.length];
        for (int i = 0; i < rows.length; i++) {
            found[i] = places[rows[i]];
        }
        if (!isSorted(found)) {
            Arrays.sort(found, PRIORITY);
        }
        return List.of(found);
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
        if (names.isPrefix(foldedPrefix)) {
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
        return names.isPrefix(rest) || hasLongerName(rest);
    }

    @Override
    public Optional<Place> byId(String id) {
        int row = rowOf(id);
        return row < 0 ? Optional.empty() : Optional.of(places[row]);
    }

    @Override
    public Optional<Place> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    @Override
    public Optional<String> countryOfDemonym(String folded) {
        return Optional.ofNullable(demonyms.get(folded));
    }

    /** The first words of the demonyms of several words, for {@link #mayStartDemonym}; null until asked. */
    private volatile Set<String> demonymFirstWords;

    @Override
    public boolean mayStartDemonym(String foldedWord) {
        Set<String> firsts = demonymFirstWords;
        if (firsts == null) {
            Set<String> found = new java.util.HashSet<>();
            for (String k : demonyms.keySet()) {
                int sp = k.indexOf(' ');
                if (sp > 0) {
                    found.add(k.substring(0, sp));
                }
            }
            firsts = Set.copyOf(found);
            demonymFirstWords = firsts;
        }
        // a pending word has at most three letters (a single letter, an article, "the")
        return foldedWord.length() <= 3 && (foldedWord.isEmpty() || NameFolding.endsInPendingWord(foldedWord))
                || firsts.contains(foldedWord);
    }

    @Override
    public int size() {
        return placeCount;
    }

    @Override
    public Stream<Place> places() {
        return Arrays.stream(places, 0, placeCount);
    }

    private volatile FacilityIndex facilityIndex;

    @Override
    public List<Place> facilitiesNear(double lat, double lon, double km) {
        FacilityIndex ix = facilityIndex;
        if (ix == null) {
            synchronized (this) {
                ix = facilityIndex;
                if (ix == null) {
                    ix = FacilityIndex.of(places());
                    facilityIndex = ix;
                }
            }
        }
        return ix.near(lat, lon, km);
    }

    /**
     * Everything this gazetteer holds, for {@link GazetteerIndex} (the binary index in the jar). A field added
     * here must be added to {@link GazetteerIndex.Parts} too; {@code GazetteerIndexTest} compares both loads.
     */
    GazetteerIndex.Parts parts() {
        return new GazetteerIndex.Parts(Arrays.copyOf(places, placeCount), names.parts(), gnKeys, gnRows, gnCount,
                otherIds, countries, demonyms, problems);
    }

    /** A gazetteer over the state {@link #parts()} gave (read back from the binary index). */
    static InMemoryGazetteer of(GazetteerIndex.Parts parts) {
        InMemoryGazetteer g = new InMemoryGazetteer(NameTable.of(parts.names()));
        g.places = parts.places();
        g.placeCount = parts.places().length;
        g.gnKeys = parts.gnKeys();
        g.gnRows = parts.gnRows();
        g.gnCount = parts.gnCount();
        g.otherIds.putAll(parts.otherIds());
        g.countries.putAll(parts.countries());
        g.demonyms.putAll(parts.demonyms());
        g.problems.addAll(parts.problems());
        return g;
    }

    private InMemoryGazetteer(NameTable names) {
        this.names = names;
    }
}
