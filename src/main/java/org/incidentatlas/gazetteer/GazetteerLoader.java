package org.incidentatlas.gazetteer;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.NameFolding;

/**
 * Loads the gazetteer from {@code geodata/gazetteer}: {@code places.tsv.gz} (built by {@code geodata/build/build.sh})
 * and the hand-checked {@code supplement.tsv}.
 *
 * <p>Folding some 700,000 names dominates the load, so the text is cut into line-aligned chunks folded in
 * parallel and merged in file order, which keeps the result the same on any number of cores. A bad row becomes a
 * {@link LoadProblem} naming the file and line ({@link InMemoryGazetteer#problems()}); the rest still loads.
 */
public final class GazetteerLoader {
    static final String PLACES = "places.tsv.gz";
    static final String SUPPLEMENT = "supplement.tsv";
    private static final String RESOURCE_DIR = "/geodata/gazetteer/";

    private static final String[] PLACE_COLUMNS = {"id", "name", "kind", "featureCode", "country", "admin1", "lat",
        "lon", "population", "radius_km", "names", "demonyms"};
    private static final String[] SUPPLEMENT_COLUMNS = {"id", "name", "kind", "country", "admin1", "lat", "lon",
        "radius_km", "names", "source"};

    private GazetteerLoader() {
    }

    /** The gazetteer shipped with the app (from the class path, or {@code geodata/} beside the working directory). */
    public static Gazetteer loadDefault() throws IOException {
        try (InputStream places = GazetteerLoader.class.getResourceAsStream(RESOURCE_DIR + PLACES)) {
            if (places != null) {
                String supplement;
                try (InputStream sup = GazetteerLoader.class.getResourceAsStream(RESOURCE_DIR + SUPPLEMENT)) {
                    supplement = sup == null ? null : new String(sup.readAllBytes(), StandardCharsets.UTF_8);
                }
                return build(gunzip(places), "classpath:" + RESOURCE_DIR + PLACES,
                        supplement, "classpath:" + RESOURCE_DIR + SUPPLEMENT);
            }
        }
        return load(Path.of("geodata"));
    }

    /** Reads {@code geodataDir/gazetteer/} (or {@code geodataDir} itself if the files lie directly in it). */
    public static Gazetteer load(Path geodataDir) throws IOException {
        Path dir = Files.exists(geodataDir.resolve(PLACES)) ? geodataDir : geodataDir.resolve("gazetteer");
        Path places = dir.resolve(PLACES);
        if (!Files.exists(places)) {
            throw new FileNotFoundException(places + ": gazetteer file missing (run geodata/build/build.sh)");
        }
        String placesText;
        try (InputStream in = Files.newInputStream(places)) {
            placesText = gunzip(in);
        }
        Path supplement = dir.resolve(SUPPLEMENT);
        String supplementText = Files.exists(supplement) ? Files.readString(supplement, StandardCharsets.UTF_8) : null;
        return build(placesText, places.toString(), supplementText, supplement.toString());
    }

    private static String gunzip(InputStream in) throws IOException {
        try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
            return new String(gz.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.util.zip.ZipException e) {
            throw new IOException("not a gzip file: " + e.getMessage(), e);
        }
    }

    static InMemoryGazetteer build(String places, String placesName, String supplement, String supplementName)
            throws IOException {
        Canon canon = new Canon();
        // The supplement is read first so that the world rows it replaces can be folded into it while merging.
        Chunk sup = new Chunk(supplementName, supplement == null ? "" : supplement, 0, 0, 1, null);
        Map<String, Integer> replaced = sup.parseSupplement(canon);
        List<Chunk> chunks = chunks(places, placesName);
        chunks.parallelStream().forEach(c -> c.parsePlaces(canon));
        int rows = chunks.stream().mapToInt(c -> c.places.size()).sum();
        if (rows == 0) {
            throw new IOException(placesName + ": no places could be read");
        }
        InMemoryGazetteer g = new InMemoryGazetteer(rows);
        for (Chunk c : chunks) {
            c.mergeInto(g, replaced, sup);
        }
        if (supplement == null) {
            g.addProblem(new LoadProblem(supplementName, LoadProblem.Severity.WARNING, "supplement missing"));
        }
        sup.mergeSupplementInto(g);
        g.sortCandidates();
        return g;
    }

    private static List<Chunk> chunks(String text, String file) throws IOException {
        int headerEnd = text.indexOf('\n');
        if (headerEnd < 0) {
            throw new IOException(file + ": empty or without a header line");
        }
        int[] columns = columnIndex(text.substring(0, headerEnd), PLACE_COLUMNS, file);
        int parts = Math.max(1, Math.min(64, Runtime.getRuntime().availableProcessors() * 4));
        int size = Math.max(1 << 16, (text.length() - headerEnd) / parts + 1);
        List<Chunk> out = new ArrayList<>();
        int start = headerEnd + 1;
        int line = 2;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + size);
            int nl = text.indexOf('\n', end - 1);
            end = nl < 0 ? text.length() : nl + 1;
            Chunk c = new Chunk(file, text, start, end, line, columns);
            out.add(c);
            line += countLines(text, start, end);
            start = end;
        }
        return out;
    }

    private static int countLines(String text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Positions of the expected columns in a header; extra columns are allowed, missing ones are not. */
    private static int[] columnIndex(String header, String[] expected, String file) throws IOException {
        return columnIndex(header, expected, new String[0], file);
    }

    private static int[] columnIndex(String header, String[] expected, String[] optional, String file)
            throws IOException {
        List<String> names = List.of(header.strip().split("\t", -1));
        int[] idx = new int[expected.length + optional.length];
        for (int i = 0; i < expected.length; i++) {
            idx[i] = names.indexOf(expected[i]);
            if (idx[i] < 0) {
                throw new IOException(file + ": header lacks column '" + expected[i] + "' (has " + names + ")");
            }
        }
        for (int i = 0; i < optional.length; i++) {
            idx[expected.length + i] = names.indexOf(optional[i]);
        }
        return idx;
    }

    /** Shares the few distinct codes (countries, admin-1, feature codes) between all places. */
    private static final class Canon {
        private final Map<String, String> strings = new ConcurrentHashMap<>();

        String of(String s) {
            if (s.isEmpty()) {
                return null;
            }
            String had = strings.putIfAbsent(s, s);
            return had == null ? s : had;
        }
    }

    /** One line-aligned slice of a file, parsed on its own thread into places with their folded keys. */
    private static final class Chunk {
        private final String file;
        private final String text;
        private final int start;
        private final int end;
        private final int firstLine;
        private final int[] columns;
        private final List<Place> places = new ArrayList<>();
        private final List<String[]> keys = new ArrayList<>();
        private final List<String[]> demonyms = new ArrayList<>();
        private final List<LoadProblem> problems = new ArrayList<>();
        private final List<String> replacedIds = new ArrayList<>();

        Chunk(String file, String text, int start, int end, int firstLine, int[] columns) {
            this.file = file;
            this.text = text;
            this.start = start;
            this.end = end;
            this.firstLine = firstLine;
            this.columns = columns;
        }

        void parsePlaces(Canon canon) {
            int line = firstLine;
            int pos = start;
            String[] f = new String[0];
            while (pos < end) {
                int nl = text.indexOf('\n', pos);
                int lineEnd = nl < 0 || nl > end ? end : nl;
                if (lineEnd > pos) {
                    f = split(text, pos, lineEnd, f);
                    try {
                        Place p = new Place(f[columns[0]], f[columns[1]], PlaceKind.valueOf(f[columns[2]]),
                                canon.of(f[columns[3]]), canon.of(f[columns[4]]), canon.of(f[columns[5]]),
                                Double.parseDouble(f[columns[6]]), Double.parseDouble(f[columns[7]]),
                                f[columns[8]].isEmpty() ? 0 : Long.parseLong(f[columns[8]]),
                                Double.parseDouble(f[columns[9]]));
                        accept(p, f[columns[10]], f[columns[11]]);
                    } catch (RuntimeException e) {
                        problems.add(new LoadProblem(file, LoadProblem.Severity.WARNING,
                                "line " + line + " skipped: " + describe(e)));
                    }
                }
                line++;
                pos = lineEnd + 1;
            }
        }

        /** Parses supplement rows; returns the world-data ids they replace, each with its row's index. */
        Map<String, Integer> parseSupplement(Canon canon) {
            Map<String, Integer> replaces = new HashMap<>();
            int line = 0;
            int[] cols = null;
            Set<String> ids = new HashSet<>();
            for (String raw : text.split("\n", -1)) {
                line++;
                String row = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                if (cols == null) {
                    try {
                        cols = columnIndex(row.startsWith("\uFEFF") ? row.substring(1) : row, SUPPLEMENT_COLUMNS,
                                new String[] {"replaces"}, file);
                    } catch (IOException e) {
                        problems.add(new LoadProblem(file, LoadProblem.Severity.ERROR, e.getMessage()));
                        return replaces;
                    }
                    continue;
                }
                String[] f = row.split("\t", -1);
                try {
                    SupplementRow r = SupplementRow.parse(f, cols);
                    if (!ids.add(r.id())) {
                        throw new IllegalArgumentException("duplicate id " + r.id());
                    }
                    Place p = new Place(r.id(), r.name(), r.kind(), canon.of(SupplementRow.featureCodeOf(r.kind())),
                            canon.of(r.country() == null ? "" : r.country()),
                            canon.of(r.admin1() == null ? "" : r.admin1()), r.lat(), r.lon(), 0, r.radiusKm());
                    if (r.replaces() != null) {
                        replaces.put(r.replaces(), places.size());
                    }
                    accept(p, String.join("|", r.aliases()), "");
                    replacedIds.add(r.replaces());
                } catch (RuntimeException e) {
                    problems.add(new LoadProblem(file, LoadProblem.Severity.WARNING,
                            "line " + line + " skipped: " + describe(e)));
                }
            }
            return replaces;
        }

        /** Takes over a replaced world row: its names join the supplement row, and its population if larger. */
        void absorb(int index, Place replaced, String[] replacedKeys) {
            Place p = places.get(index);
            if (replaced.population() > p.population()) {
                places.set(index, new Place(p.id(), p.name(), p.kind(), p.featureCode(), p.country(), p.admin1(),
                        p.lat(), p.lon(), replaced.population(), p.radiusKm()));
            }
            List<String> merged = new ArrayList<>(List.of(keys.get(index)));
            for (String k : replacedKeys) {
                addKey(merged, k);
            }
            keys.set(index, merged.toArray(String[]::new));
        }

        void mergeSupplementInto(InMemoryGazetteer g) {
            mergeInto(g, Map.of(), null);
            for (int i = 0; i < places.size(); i++) {
                String old = replacedIds.get(i);
                if (old != null) {
                    g.alias(old, places.get(i));
                }
            }
        }

        private void accept(Place p, String names, String demonymList) {
            List<String> folded = new ArrayList<>(4);
            addKey(folded, NameFolding.fold(p.name()));
            if (!names.isEmpty()) {
                for (String n : names.split("\\|")) {
                    addKey(folded, NameFolding.fold(n));
                }
            }
            places.add(p);
            keys.add(folded.toArray(String[]::new));
            demonyms.add(demonymList.isEmpty() ? null : demonymList.split("\\|"));
        }

        private static void addKey(List<String> keys, String k) {
            if (!k.isEmpty() && !keys.contains(k)) {
                keys.add(k);
            }
        }

        void mergeInto(InMemoryGazetteer g, Map<String, Integer> replaced, Chunk supplement) {
            for (int i = 0; i < places.size(); i++) {
                Place p = places.get(i);
                Integer by = replaced.get(p.id());
                if (by != null) {
                    supplement.absorb(by, p, keys.get(i));
                    continue;
                }
                g.addFolded(p, keys.get(i));
                String[] d = demonyms.get(i);
                if (d != null && p.country() != null) {
                    for (String dem : d) {
                        g.addDemonym(dem, p.country());
                    }
                }
            }
            problems.forEach(g::addProblem);
        }

        private static String[] split(String text, int from, int to, String[] reuse) {
            int n = 1;
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '\t') {
                    n++;
                }
            }
            String[] f = reuse.length == n ? reuse : new String[n];
            int k = 0;
            int s = from;
            for (int i = from; i < to; i++) {
                if (text.charAt(i) == '\t') {
                    f[k++] = text.substring(s, i);
                    s = i + 1;
                }
            }
            int last = to > from && text.charAt(to - 1) == '\r' ? to - 1 : to;
            f[k] = text.substring(s, Math.max(s, last));
            return f;
        }
    }

    static String describe(RuntimeException e) {
        if (e instanceof ArrayIndexOutOfBoundsException) {
            return "too few columns";
        }
        if (e instanceof NumberFormatException) {
            return "bad number (" + e.getMessage() + ")";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.toLowerCase(Locale.ROOT).startsWith("no enum")
                ? "unknown kind (" + m.substring(m.lastIndexOf('.') + 1) + ")" : m;
    }
}
