package org.incidentatlas.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.incidentatlas.model.Geography;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.DataLines;
import org.incidentatlas.text.NameFolding;

/**
 * Places an analyst adds of their own: a village the gazetteer lacks, a base, a checkpoint, a neighbourhood. One
 * {@value #FILE_NAME} in the user's settings folder (as for the user actor lexicon: {@code -Dincidentatlas.settings},
 * else {@code INCIDENT_ATLAS_SETTINGS}, else {@code ~/.incident-atlas}) and one beside the investigation (named by
 * {@value #FILE_PROPERTY}; the app sets it to the {@value #FILE_NAME} next to the investigation it opens), read in
 * that order; a later row of the same name and country replaces an earlier one.
 *
 * <p>Columns (tab-separated; {@code #} starts a comment): name, aliases ({@code |}-separated, may be empty),
 * latitude, longitude, type ({@code village}, {@code town}, {@code city}, {@code neighbourhood}, {@code base},
 * {@code airport}, {@code checkpoint}, {@code camp}, … or a {@link PlaceKind} name), country (ISO 3166-1 alpha-2,
 * may be empty), and an optional note. A bad row is reported with its file and line and skipped; the rest loads.
 *
 * <p>The places count as hand-checked, like the supplement's rows (ids {@value #ID_PREFIX}…): the analyst vouches
 * for them. They are added to the shipped gazetteer, never replace its places: context still decides between an
 * analyst's village and a namesake elsewhere.
 */
public final class UserPlaces {
    public static final String FILE_NAME = "places.tsv";
    /** System property naming the places file beside the investigation (or any other file of the same format). */
    public static final String FILE_PROPERTY = "incidentatlas.places";
    public static final String SETTINGS_DIR_PROPERTY = DataLines.SETTINGS_DIR_PROPERTY;
    public static final String SETTINGS_DIR_ENVIRONMENT = DataLines.SETTINGS_DIR_ENVIRONMENT;
    public static final String ID_PREFIX = InMemoryGazetteer.SUPPLEMENT_PREFIX + "user:";

    private final List<Place> places;
    private final List<String[]> keys;
    private final List<String> problems;

    private UserPlaces(List<Place> places, List<String[]> keys, List<String> problems) {
        this.places = List.copyOf(places);
        this.keys = List.copyOf(keys);
        this.problems = List.copyOf(problems);
    }

    /** The places read, in file order. */
    public List<Place> places() {
        return places;
    }

    /** What could not be used, each naming the file and line ("FILE:12: latitude is not a number: 'x'"). */
    public List<String> problems() {
        return problems;
    }

    /** The files looked for, in the order they are read (they need not exist). */
    public static List<Path> files() {
        return DataLines.userFiles(FILE_NAME, FILE_PROPERTY);
    }

    /** Reads the files that exist; a missing file is no problem, an unreadable one or a bad row is. */
    public static UserPlaces read(List<Path> files) {
        Map<String, Place> byId = new LinkedHashMap<>();
        Map<String, String[]> keysById = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                continue;
            }
            List<DataLines.Row> rows;
            try {
                rows = DataLines.read(f);
            } catch (IOException e) {
                problems.add(f + ": cannot be read: " + e.getMessage());
                continue;
            }
            for (DataLines.Row row : rows) {
                try {
                    String[] c = row.text().split("\t", -1);
                    if (c.length < 6) {
                        throw new IllegalArgumentException("expected name, aliases, latitude, longitude, type, country "
                                + "separated by tabs; found " + c.length + " column" + (c.length == 1 ? "" : "s"));
                    }
                    Place p = place(c);
                    byId.remove(p.id()); // a later file's row replaces the earlier one, in the later one's place
                    byId.put(p.id(), p);
                    keysById.put(p.id(), GazetteerLoader.foldedKeys(p.name(), c[1].strip()));
                } catch (IllegalArgumentException e) {
                    problems.add(f + ":" + row.line() + ": " + e.getMessage() + " (row skipped)");
                }
            }
        }
        List<String[]> keys = new ArrayList<>();
        for (String id : byId.keySet()) {
            keys.add(keysById.get(id));
        }
        return new UserPlaces(new ArrayList<>(byId.values()), keys, problems);
    }

    private static Place place(String[] c) {
        String name = c[0].strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("the name is empty");
        }
        double lat = number(c[2], "latitude");
        double lon = number(c[3], "longitude");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + ", " + lon);
        }
        PlaceKind kind = kind(c[4]);
        String country = c[5].strip().toUpperCase(Locale.ROOT);
        if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("country must be a two-letter ISO code (IQ, SY, NG …): '" + c[5].strip() + "'");
        }
        String slug = NameFolding.fold(name).replace(' ', '-');
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("the name has no letters: '" + name + "'");
        }
        String id = ID_PREFIX + slug + (country.isEmpty() ? "" : "-" + country.toLowerCase(Locale.ROOT));
        return new Place(id, name, kind, SupplementRow.featureCodeOf(kind), country.isEmpty() ? null : country, null,
                lat, lon, 0, radiusOf(kind));
    }

    private static double number(String s, String column) {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " is not a number: '" + s.strip() + "'");
        }
    }

    /** The analyst's word for the type, or a {@link PlaceKind} name. */
    static PlaceKind kind(String type) {
        String t = type.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        return switch (t) {
            case "village", "hamlet" -> PlaceKind.VILLAGE;
            case "town" -> PlaceKind.TOWN;
            case "city" -> PlaceKind.CITY;
            case "neighbourhood", "neighborhood", "quarter", "district", "street", "suburb" -> PlaceKind.DISTRICT;
            case "base", "air base", "airbase", "military base" -> PlaceKind.BASE;
            case "airport", "airfield" -> PlaceKind.AIRPORT;
            case "embassy", "consulate" -> PlaceKind.EMBASSY;
            case "oil field", "gas field", "field" -> PlaceKind.OIL_FIELD;
            case "crossing", "border crossing", "checkpoint" -> PlaceKind.CROSSING;
            case "camp" -> PlaceKind.CAMP;
            case "landmark", "building", "bridge", "hospital", "prison", "facility" -> PlaceKind.LANDMARK;
            case "province", "state", "governorate", "admin1" -> PlaceKind.ADMIN1;
            case "county", "admin2" -> PlaceKind.ADMIN2;
            case "region", "area" -> PlaceKind.REGION;
            default -> {
                try {
                    yield PlaceKind.valueOf(t.replace(' ', '_').toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown type '" + type.strip() + "' (village, town, city, "
                            + "neighbourhood, base, airport, embassy, oil field, checkpoint, camp, landmark, province, "
                            + "county, region)");
                }
            }
        };
    }

    /** How far a place of this kind reaches when the analyst gives only a point, in km. */
    private static double radiusOf(PlaceKind kind) {
        return switch (kind) {
            case CITY -> 10;
            case TOWN -> 4;
            case VILLAGE, DISTRICT, CAMP, OTHER -> 2;
            case BASE, AIRPORT, EMBASSY, OIL_FIELD, CROSSING, LANDMARK -> 1;
            case ADMIN2 -> 30;
            case ADMIN1, REGION -> 100;
            case COUNTRY, CONTINENT, SEA, STRAIT, RIVER -> 50;
        };
    }

    /** {@code base} with these places added ({@code base} itself when there are none). */
    public Gazetteer over(Gazetteer base) {
        return places.isEmpty() ? base : new Overlay(base, places, keys);
    }

    // ------------------------------------------------------------------ the files as they are now

    private static final Object LOCK = new Object();
    private static String currentStamp;
    private static Gazetteer currentBase;
    private static Gazetteer currentGazetteer;

    /**
     * {@code base} with the user places of the files as they are now: read again only when a file appeared,
     * changed or went away (size and modification time), so an analyst's edit applies on the next run without a
     * restart. Problems of a read are printed once, naming file and line, like the user actor lexicon's.
     */
    public static Gazetteer current(Gazetteer base) {
        List<Path> files = currentFiles();
        String stamp = stamp(files);
        synchronized (LOCK) {
            if (currentGazetteer == null || currentBase != base || !stamp.equals(currentStamp)) {
                UserPlaces user = read(files);
                user.problems().forEach(p -> System.err.println("warning: user place not used: " + p));
                currentGazetteer = user.over(base);
                currentBase = base;
                currentStamp = stamp;
            }
            return currentGazetteer;
        }
    }

    /** The last {@link #files} and the settings they came from (one pair, replaced together). */
    private record Located(String settings, String own, String home, List<Path> files) {
    }

    private static volatile Located located;

    /** {@link #files}, made again only when the properties that name them change (not per article). */
    private static List<Path> currentFiles() {
        String settings = System.getProperty(SETTINGS_DIR_PROPERTY);
        String own = System.getProperty(FILE_PROPERTY);
        String home = System.getProperty("user.home");
        Located l = located;
        if (l != null && java.util.Objects.equals(l.settings, settings) && java.util.Objects.equals(l.own, own)
                && java.util.Objects.equals(l.home, home)) {
            return l.files;
        }
        List<Path> files = List.copyOf(files());
        located = new Located(settings, own, home, files);
        return files;
    }

    /**
     * {@link DataLines#stamp} asked through {@link java.io.File}: this runs once per article, and on Java 17 the
     * {@code Files} calls throw (and catch) an exception for a file that is absent, which the settings file
     * mostly is. Same answer: path, size and modification time of each file that exists.
     */
    static String stamp(List<Path> files) {
        StringBuilder b = new StringBuilder();
        for (Path f : files) {
            java.io.File file;
            try {
                file = f.toFile();
            } catch (UnsupportedOperationException e) {
                return DataLines.stamp(files); // not the default file system
            }
            b.append(f).append('|');
            if (file.isFile()) {
                b.append(file.length()).append('|').append(file.lastModified());
            }
            b.append(';');
        }
        return b.toString();
    }

    /** The shipped gazetteer with the analyst's places in front: their names find them first. */
    private static final class Overlay implements Gazetteer {
        private final Gazetteer base;
        private final List<Place> places;
        private final Map<String, List<Place>> byKey = new HashMap<>();
        private final Map<String, Place> byId = new HashMap<>();
        /** Every word prefix of a key that has more words after it, for {@link #hasLongerName}. */
        private final Set<String> prefixes = new HashSet<>();

        Overlay(Gazetteer base, List<Place> places, List<String[]> keys) {
            this.base = base;
            this.places = places;
            for (int i = 0; i < places.size(); i++) {
                Place p = places.get(i);
                byId.put(p.id(), p);
                for (String k : keys.get(i)) {
                    byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
                    for (int sp = k.indexOf(' '); sp > 0; sp = k.indexOf(' ', sp + 1)) {
                        prefixes.add(k.substring(0, sp));
                    }
                }
            }
        }

        @Override
        public List<Place> find(String folded) {
            List<Place> mine = byKey.get(folded);
            if (mine == null) {
                return base.find(folded);
            }
            List<Place> out = new ArrayList<>(mine);
            for (Place p : base.find(folded)) {
                if (!byId.containsKey(p.id())) {
                    out.add(p);
                }
            }
            return out;
        }

        @Override
        public boolean hasLongerName(String foldedPrefix) {
            return prefixes.contains(foldedPrefix) || base.hasLongerName(foldedPrefix);
        }

        @Override
        public Optional<Place> byId(String id) {
            Place p = byId.get(id);
            return p != null ? Optional.of(p) : base.byId(id);
        }

        @Override
        public Optional<Place> country(String iso2) {
            return base.country(iso2);
        }

        @Override
        public Optional<String> countryOfDemonym(String folded) {
            return base.countryOfDemonym(folded);
        }

        @Override
        public boolean mayStartDemonym(String foldedWord) {
            return base.mayStartDemonym(foldedWord);
        }

        @Override
        public int size() {
            return base.size() + places.size();
        }

        @Override
        public Stream<Place> places() {
            return Stream.concat(places.stream(), base.places());
        }

        @Override
        public List<Place> facilitiesNear(double lat, double lon, double km) {
            List<Place> out = new ArrayList<>(base.facilitiesNear(lat, lon, km));
            boolean added = false;
            for (Place p : places) {
                if (p.kind().isFacility() && Geography.km(lat, lon, p.lat(), p.lon()) <= km) {
                    out.add(p);
                    added = true;
                }
            }
            if (added) {
                out.sort(java.util.Comparator.comparingDouble(p -> Geography.km(lat, lon, p.lat(), p.lon())));
            }
            return out;
        }
    }
}
