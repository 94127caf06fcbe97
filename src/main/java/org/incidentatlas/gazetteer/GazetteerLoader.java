package org.incidentatlas.gazetteer;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.NameFolding;

/**
 * Loads the gazetteer from {@code geodata/gazetteer}: {@code places.tsv.gz} (built by {@code geodata/build/build.sh})
 * and the hand-checked {@code supplement.tsv}.
 *
 * <p>A start must stay well under two seconds on one core, so the places file is parsed as UTF-8 bytes in
 * line-aligned slices (in parallel where there are cores; merged in file order, so the result is the same on any
 * machine), the alias column is not decoded at all, and the folded keys are taken from the {@code keys} column that
 * {@link FoldedKeysWriter} stored. Every {@value #KEY_CHECK_STRIDE}th row is folded again to check those keys; if
 * {@link NameFolding} has changed since the build, all names are folded at load time and a warning says so.
 *
 * <p>A bad row becomes a {@link LoadProblem} naming the file and line ({@link InMemoryGazetteer#problems()}); the
 * rest still loads.
 */
public final class GazetteerLoader {
    static final String PLACES = "places.tsv.gz";
    static final String SUPPLEMENT = "supplement.tsv";
    /** Airports and military airfields (built from OurAirports by {@code geodata/build/build-facilities.mjs}). */
    static final String FACILITIES = "facilities.tsv.gz";
    /** Folded keys written by {@link FoldedKeysWriter} at build time. */
    static final String KEYS_COLUMN = "keys";
    static final int KEY_CHECK_STRIDE = 499;
    static final String RESOURCE_DIR = "/geodata/gazetteer/";

    private static final String[] PLACE_COLUMNS = {"id", "name", "kind", "featureCode", "country", "admin1", "lat",
        "lon", "population", "radius_km", "names", "demonyms", KEYS_COLUMN};
    private static final int NAMES = 10;
    private static final int KEYS = 12;
    private static final String[] SUPPLEMENT_COLUMNS = {"id", "name", "kind", "country", "admin1", "lat", "lon",
        "radius_km", "names", "source", "replaces"};
    /** {@code keys} in places and {@code replaces} in the supplement may be absent. */
    private static final int PLACES_REQUIRED = 12;
    private static final int SUPPLEMENT_REQUIRED = 10;

    private GazetteerLoader() {
    }

    /** The gazetteer shipped with the app (from the class path, or {@code geodata/} beside the working directory). */
    public static Gazetteer loadDefault() throws IOException {
        // The binary index built from these files at build time reads in a fraction of the time; else the TSVs.
        GazetteerIndex.Loaded indexed = GazetteerIndex.fromClassPath(RESOURCE_DIR);
        if (indexed.gazetteer() != null) {
            return indexed.gazetteer(); // the Arabic names are in it (GazetteerIndexBuilder)
        }
        InMemoryGazetteer g = loadClassPathTsv();
        if (g == null) {
            return load(Path.of("geodata"));
        }
        ArabicNames.addFromClasspath(g, RESOURCE_DIR);
        if (indexed.problem() != null) {
            g.addProblem(new LoadProblem("classpath:" + RESOURCE_DIR + GazetteerIndex.FILE,
                    LoadProblem.Severity.WARNING, "binary index not used, " + indexed.problem()
                            + "; loaded from the TSV files (rebuild with mvn package)"));
        }
        return g;
    }

    /** The gazetteer from the TSV files on the class path (the binary index's source), or null if absent. */
    static InMemoryGazetteer loadClassPathTsv() throws IOException {
        try (InputStream places = GazetteerLoader.class.getResourceAsStream(RESOURCE_DIR + PLACES)) {
            if (places == null) {
                return null;
            }
            String supplement;
            try (InputStream sup = GazetteerLoader.class.getResourceAsStream(RESOURCE_DIR + SUPPLEMENT)) {
                supplement = sup == null ? null : new String(sup.readAllBytes(), StandardCharsets.UTF_8);
            }
            String name = "classpath:" + RESOURCE_DIR + PLACES;
            byte[] rows = gunzip(places, name);
            try (InputStream fac = GazetteerLoader.class.getResourceAsStream(RESOURCE_DIR + FACILITIES)) {
                if (fac != null) {
                    rows = withFacilities(rows, gunzip(fac, "classpath:" + RESOURCE_DIR + FACILITIES),
                            "classpath:" + RESOURCE_DIR + FACILITIES);
                }
            }
            return build(rows, name, supplement, "classpath:" + RESOURCE_DIR + SUPPLEMENT);
        }
    }

    /** Reads {@code geodataDir/gazetteer/} (or {@code geodataDir} itself if the files lie directly in it). */
    public static Gazetteer load(Path geodataDir) throws IOException {
        Path dir = Files.exists(geodataDir.resolve(PLACES)) ? geodataDir : geodataDir.resolve("gazetteer");
        Path places = dir.resolve(PLACES);
        if (!Files.exists(places)) {
            throw new FileNotFoundException(places + ": gazetteer file missing (run geodata/build/build.sh)");
        }
        byte[] placesBytes;
        try (InputStream in = Files.newInputStream(places)) {
            placesBytes = gunzip(in, places.toString());
        }
        Path facilities = dir.resolve(FACILITIES);
        if (Files.exists(facilities)) {
            try (InputStream in = Files.newInputStream(facilities)) {
                placesBytes = withFacilities(placesBytes, gunzip(in, facilities.toString()), facilities.toString());
            }
        }
        Path supplement = dir.resolve(SUPPLEMENT);
        String supplementText = Files.exists(supplement) ? Files.readString(supplement, StandardCharsets.UTF_8) : null;
        InMemoryGazetteer g = build(placesBytes, places.toString(), supplementText, supplement.toString());
        ArabicNames.addFromFolder(g, dir);
        return g;
    }

    /**
     * The places rows followed by the facilities rows: both files have the same columns, so the facilities are
     * read as more places. A facilities file with other columns is refused by name.
     */
    static byte[] withFacilities(byte[] places, byte[] facilities, String name) throws IOException {
        int ph = indexOf(places, (byte) '\n', 0, places.length);
        int fh = indexOf(facilities, (byte) '\n', 0, facilities.length);
        if (fh < 0 || fh + 1 >= facilities.length) {
            return places;
        }
        String placesHeader = new String(places, 0, Math.max(0, ph), StandardCharsets.UTF_8).strip();
        String facilitiesHeader = new String(facilities, 0, fh, StandardCharsets.UTF_8).strip();
        if (!placesHeader.equals(facilitiesHeader)) {
            throw new IOException(name + ": columns differ from the places file (" + facilitiesHeader + ")");
        }
        boolean newline = places.length > 0 && places[places.length - 1] == '\n';
        byte[] out = new byte[places.length + (newline ? 0 : 1) + facilities.length - fh - 1];
        System.arraycopy(places, 0, out, 0, places.length);
        int at = places.length;
        if (!newline) {
            out[at++] = '\n';
        }
        System.arraycopy(facilities, fh + 1, out, at, facilities.length - fh - 1);
        return out;
    }

    private static byte[] gunzip(InputStream in, String name) throws IOException {
        try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
            return gz.readAllBytes();
        } catch (ZipException e) {
            throw new IOException(name + ": not a gzip file (" + e.getMessage() + ")", e);
        }
    }

    static InMemoryGazetteer build(String places, String placesName, String supplement, String supplementName)
            throws IOException {
        return build(places.getBytes(StandardCharsets.UTF_8), placesName, supplement, supplementName);
    }

    static InMemoryGazetteer build(byte[] places, String placesName, String supplement, String supplementName)
            throws IOException {
        Canon canon = new Canon();
        // The supplement is read first so that the world rows it replaces can be folded into it while merging.
        Supplement sup = parseSupplement(supplement == null ? "" : supplement, supplementName, canon);
        List<Slice> slices = slices(places, placesName);
        slices.parallelStream().forEach(s -> s.parse(canon, true));
        List<LoadProblem> notes = new ArrayList<>();
        if (slices.stream().anyMatch(s -> s.staleKeys)) {
            // NameFolding changed since the file was built: correct but slower, and said so.
            slices.parallelStream().forEach(s -> s.parse(canon, false));
            notes.add(new LoadProblem(placesName, LoadProblem.Severity.WARNING,
                    "stored folded keys differ from NameFolding; names were folded at load time"
                            + " (run geodata/build/build.sh to store them again)"));
        }
        int rows = slices.stream().mapToInt(s -> s.places.size()).sum();
        if (rows == 0) {
            throw new IOException(placesName + ": no places could be read");
        }
        InMemoryGazetteer g = new InMemoryGazetteer(rows + sup.places.size());
        notes.forEach(g::addProblem);
        sup.problems.forEach(g::addProblem);
        if (supplement == null) {
            g.addProblem(new LoadProblem(supplementName, LoadProblem.Severity.WARNING, "supplement missing"));
        }
        Map<String, Integer> supRowOfReplaced = new HashMap<>();
        for (int i = 0; i < sup.places.size(); i++) {
            int row = g.addPlace(sup.places.get(i));
            for (String k : sup.keys.get(i)) {
                g.addKey(k, row);
            }
            if (sup.replaces.get(i) != null) {
                supRowOfReplaced.put(sup.replaces.get(i), i);
            }
        }
        for (Slice s : slices) {
            s.mergeInto(g, g.addPool(s.pool), supRowOfReplaced, sup);
        }
        g.sortCandidates();
        return g;
    }

    private static List<Slice> slices(byte[] data, String file) throws IOException {
        int headerEnd = indexOf(data, (byte) '\n', 0, data.length);
        if (headerEnd < 0) {
            throw new IOException(file + ": empty or without a header line");
        }
        String header = new String(data, 0, headerEnd, StandardCharsets.UTF_8);
        int[] columns = columnIndex(header, PLACE_COLUMNS, PLACES_REQUIRED, file);
        int parts = Math.max(1, Math.min(64, Runtime.getRuntime().availableProcessors() * 4));
        int size = Math.max(1 << 16, (data.length - headerEnd) / parts + 1);
        List<Slice> out = new ArrayList<>();
        int start = headerEnd + 1;
        int line = 2;
        while (start < data.length) {
            int nl = indexOf(data, (byte) '\n', Math.min(data.length, start + size) - 1, data.length);
            int end = nl < 0 ? data.length : nl + 1;
            out.add(new Slice(file, data, start, end, line, columns));
            for (int i = start; i < end; i++) {
                if (data[i] == '\n') {
                    line++;
                }
            }
            start = end;
        }
        return out;
    }

    private static int indexOf(byte[] data, byte b, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Positions of the columns in a header; the first {@code required} must be there, the rest may be absent. */
    private static int[] columnIndex(String header, String[] columns, int required, String file) throws IOException {
        List<String> names = List.of(header.strip().split("\t", -1));
        int[] idx = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            idx[i] = names.indexOf(columns[i]);
            if (idx[i] < 0 && i < required) {
                throw new IOException(file + ": header lacks column '" + columns[i] + "' (has " + names + ")");
            }
        }
        return idx;
    }

    /** Shares the few distinct codes (countries, admin-1, feature codes) between all places. */
    private static final class Canon {
        private final Map<String, String> strings = new ConcurrentHashMap<>();

        String of(String s) {
            if (s == null || s.isEmpty()) {
                return null;
            }
            String had = strings.putIfAbsent(s, s);
            return had == null ? s : had;
        }
    }

    /** Parsed supplement rows with their folded keys and the world-data id each replaces (or null). */
    private static final class Supplement {
        final List<Place> places = new ArrayList<>();
        final List<String[]> keys = new ArrayList<>();
        final List<String> replaces = new ArrayList<>();
        final List<LoadProblem> problems = new ArrayList<>();
    }

    /** One line-aligned slice of the places file, parsed on its own thread. */
    private static final class Slice {
        private final String file;
        private final byte[] data;
        private final int start;
        private final int end;
        private final int firstLine;
        private final int[] columns;
        private final List<Place> places = new ArrayList<>();
        /** Key byte ranges as (offset, length) pairs in {@link #pool}. */
        private int[] keyRanges = new int[1024];
        private int keyRangeCount;
        /** Per place: the end of its pairs in {@link #keyRanges}. */
        private int[] keyEnds = new int[256];
        private final Map<Integer, String[]> demonyms = new HashMap<>();
        private final List<LoadProblem> problems = new ArrayList<>();
        private final CodeCache codes = new CodeCache();
        /**
         * The folded keys of this slice, UTF-8, back to back: copied from the keys column, or folded anew when
         * the stored ones are stale. The gazetteer keeps this, not the whole file, which is three times larger.
         */
        private byte[] pool;
        private int poolLength;
        private volatile boolean staleKeys;

        Slice(String file, byte[] data, int start, int end, int firstLine, int[] columns) {
            this.file = file;
            this.data = data;
            this.start = start;
            this.end = end;
            this.firstLine = firstLine;
            this.columns = columns;
        }

        /** With {@code useStoredKeys}, takes the keys column where there is one and spot-checks it. */
        void parse(Canon canon, boolean useStoredKeys) {
            places.clear();
            demonyms.clear();
            problems.clear();
            keyRangeCount = 0;
            boolean stored = useStoredKeys && columns[KEYS] >= 0;
            pool = new byte[Math.max(1024, (end - start) / 4)];
            poolLength = 0;
            int width = 0;
            for (int c : columns) {
                width = Math.max(width, c + 1);
            }
            int[] from = new int[width];
            int[] to = new int[width];
            int line = firstLine;
            int pos = start;
            while (pos < end) {
                int lineEnd = fields(pos, from, to);
                if (lineEnd > pos) {
                    int rangesBefore = keyRangeCount;
                    try {
                        parseRow(canon, stored, line, from, to);
                    } catch (RuntimeException e) {
                        keyRangeCount = rangesBefore;
                        problems.add(new LoadProblem(file, LoadProblem.Severity.WARNING,
                                "line " + line + " skipped: " + describe(e)));
                    }
                }
                line++;
                pos = lineEnd + 1;
            }
        }

        private void parseRow(Canon canon, boolean stored, int line, int[] from, int[] to) {
            Place p = new Place(text(0, from, to), text(1, from, to), PlaceKind.valueOf(code(canon, 2, from, to)),
                    code(canon, 3, from, to), code(canon, 4, from, to), code(canon, 5, from, to),
                    decimal(6, from, to), decimal(7, from, to), (long) decimal(8, from, to), decimal(9, from, to));
            if (stored) {
                int c = columns[KEYS];
                if (from[c] < 0) {
                    throw new ArrayIndexOutOfBoundsException("column keys");
                }
                int s = from[c];
                for (int i = from[c]; i <= to[c]; i++) {
                    if (i == to[c] || data[i] == '|') {
                        addKey(data, s, i - s);
                        s = i + 1;
                    }
                }
                if (line % KEY_CHECK_STRIDE == 0) {
                    String[] now = foldedKeys(p.name(), text(NAMES, from, to));
                    String[] had = text(KEYS, from, to).isEmpty() ? new String[0] : splitBar(text(KEYS, from, to));
                    if (!Arrays.equals(now, had)) {
                        staleKeys = true;
                    }
                }
            } else {
                for (String k : foldedKeys(p.name(), text(NAMES, from, to))) {
                    byte[] b = k.getBytes(StandardCharsets.UTF_8);
                    addKey(b, 0, b.length);
                }
            }
            String d = text(11, from, to);
            if (!d.isEmpty()) {
                demonyms.put(places.size(), splitBar(d));
            }
            if (places.size() == keyEnds.length) {
                keyEnds = Arrays.copyOf(keyEnds, keyEnds.length * 2);
            }
            keyEnds[places.size()] = keyRangeCount;
            places.add(p);
        }

        private void addKey(byte[] src, int off, int len) {
            if (len == 0) {
                return;
            }
            if (poolLength + len > pool.length) {
                pool = Arrays.copyOf(pool, pool.length * 2 + len);
            }
            System.arraycopy(src, off, pool, poolLength, len);
            if (keyRangeCount + 2 > keyRanges.length) {
                keyRanges = Arrays.copyOf(keyRanges, keyRanges.length * 2);
            }
            keyRanges[keyRangeCount++] = poolLength;
            keyRanges[keyRangeCount++] = len;
            poolLength += len;
        }

        /** Adds the parsed places; a row the supplement replaces gives its names and population to that row. */
        void mergeInto(InMemoryGazetteer g, int pool, Map<String, Integer> replaced, Supplement sup) {
            int r = 0;
            for (int i = 0; i < places.size(); i++) {
                Place p = places.get(i);
                Integer supIndex = replaced.get(p.id());
                int row;
                if (supIndex != null) {
                    Place s = sup.places.get(supIndex);
                    row = g.addPlace(p.population() > s.population() ? new Place(s.id(), s.name(), s.kind(),
                            s.featureCode(), s.country(), s.admin1(), s.lat(), s.lon(), p.population(),
                            s.radiusKm()) : s);
                    g.alias(p.id(), row);
                } else {
                    row = g.addPlace(p);
                }
                for (; r < keyEnds[i]; r += 2) {
                    g.addKey(pool, keyRanges[r], keyRanges[r + 1], row);
                }
                String[] d = demonyms.get(i);
                if (d != null && p.country() != null) {
                    for (String dem : d) {
                        g.addDemonym(dem, p.country());
                    }
                }
            }
            problems.forEach(g::addProblem);
        }

        /**
         * Field boundaries of the line starting at {@code lineStart}, in one pass; returns where the line ends (its
         * newline, or the slice end). A column that is missing reads as out of range; a trailing CR is dropped.
         */
        private int fields(int lineStart, int[] from, int[] to) {
            Arrays.fill(from, -1);
            int col = 0;
            int s = lineStart;
            int i = lineStart;
            for (; i < end; i++) {
                byte b = data[i];
                if (b == '\n') {
                    break;
                }
                if (b == '\t' && col < from.length) {
                    from[col] = s;
                    to[col] = i;
                    col++;
                    s = i + 1;
                }
            }
            if (col < from.length) {
                from[col] = s;
                to[col] = i > s && data[i - 1] == '\r' ? i - 1 : i;
            }
            return i;
        }

        private String text(int column, int[] from, int[] to) {
            int c = columns[column];
            if (from[c] < 0) {
                throw new ArrayIndexOutOfBoundsException("column " + PLACE_COLUMNS[column]);
            }
            return new String(data, from[c], to[c] - from[c], StandardCharsets.UTF_8);
        }

        /** A short repeated code (kind, feature code, country, admin-1) without a new string per row. */
        private String code(Canon canon, int column, int[] from, int[] to) {
            int c = columns[column];
            if (from[c] < 0) {
                throw new ArrayIndexOutOfBoundsException("column " + PLACE_COLUMNS[column]);
            }
            int len = to[c] - from[c];
            if (len == 0) {
                return null;
            }
            if (len > 8) {
                return canon.of(text(column, from, to));
            }
            long packed = len;
            for (int i = from[c]; i < to[c]; i++) {
                if (data[i] < 0) {
                    return canon.of(text(column, from, to));
                }
                packed = packed << 7 | data[i];
            }
            packed = packed << 3 | column;
            String known = codes.get(packed);
            if (known == null) {
                known = canon.of(text(column, from, to));
                codes.put(packed, known);
            }
            return known;
        }

        /** Plain decimals ("-33.34058") without making a string; anything else goes to Double.parseDouble. */
        private double decimal(int column, int[] from, int[] to) {
            int c = columns[column];
            if (from[c] < 0) {
                throw new ArrayIndexOutOfBoundsException("column " + PLACE_COLUMNS[column]);
            }
            int i = from[c];
            int e = to[c];
            boolean negative = i < e && data[i] == '-';
            if (negative) {
                i++;
            }
            long mantissa = 0;
            int scale = -1;
            int digits = 0;
            for (; i < e; i++) {
                byte b = data[i];
                if (b >= '0' && b <= '9') {
                    mantissa = mantissa * 10 + (b - '0');
                    digits++;
                    if (scale >= 0) {
                        scale++;
                    }
                } else if (b == '.' && scale < 0) {
                    scale = 0;
                } else {
                    digits = 99;
                    break;
                }
            }
            if (digits == 0 || digits > 15 || scale > 15) {
                return Double.parseDouble(text(column, from, to));
            }
            // Both operands are exact doubles, so the quotient is the correctly rounded value of the decimal.
            double v = scale <= 0 ? mantissa : mantissa / POW10[scale];
            return negative ? -v : v;
        }
    }

    /**
     * Codes of up to 8 ASCII bytes, packed exactly with their length and column into a long → the shared string;
     * one per slice, so no locking. Longer or non-ASCII codes bypass it.
     */
    private static final class CodeCache {
        private long[] keys = new long[512];
        private String[] values = new String[512];
        private int count;

        String get(long key) {
            int mask = keys.length - 1;
            for (int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask; values[slot] != null;
                    slot = (slot + 1) & mask) {
                if (keys[slot] == key) {
                    return values[slot];
                }
            }
            return null;
        }

        void put(long key, String value) {
            if ((count + 1) * 2 > keys.length) {
                long[] oldKeys = keys;
                String[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new String[oldKeys.length * 2];
                count = 0;
                for (int i = 0; i < oldKeys.length; i++) {
                    if (oldValues[i] != null) {
                        put(oldKeys[i], oldValues[i]);
                    }
                }
            }
            int mask = keys.length - 1;
            int slot = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
            while (values[slot] != null && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (values[slot] == null) {
                count++;
            }
            keys[slot] = key;
            values[slot] = value;
        }
    }

    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15};

    private static Supplement parseSupplement(String text, String file, Canon canon) {
        Supplement rows = new Supplement();
        int[] cols = null;
        Set<String> ids = new HashSet<>();
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String row = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            if (cols == null) {
                try {
                    cols = columnIndex(row.startsWith("\uFEFF") ? row.substring(1) : row, SUPPLEMENT_COLUMNS,
                            SUPPLEMENT_REQUIRED, file);
                } catch (IOException e) {
                    rows.problems.add(new LoadProblem(file, LoadProblem.Severity.ERROR, e.getMessage()));
                    return rows;
                }
                continue;
            }
            try {
                SupplementRow r = SupplementRow.parse(row.split("\t", -1), cols);
                if (!ids.add(r.id())) {
                    throw new IllegalArgumentException("duplicate id " + r.id());
                }
                Place p = new Place(r.id(), r.name(), r.kind(), canon.of(SupplementRow.featureCodeOf(r.kind())),
                        canon.of(r.country()), canon.of(r.admin1()), r.lat(), r.lon(), 0, r.radiusKm());
                rows.places.add(p);
                rows.keys.add(foldedKeys(p.name(), String.join("|", r.aliases())));
                rows.replaces.add(r.replaces());
            } catch (RuntimeException e) {
                rows.problems.add(new LoadProblem(file, LoadProblem.Severity.WARNING,
                        "line " + (n + 1) + " skipped: " + describe(e)));
            }
        }
        return rows;
    }

    /** The distinct folded keys of a place: its name first, then each '|'-separated alias, empties dropped. */
    static String[] foldedKeys(String name, String names) {
        List<String> folded = new ArrayList<>(4);
        addKey(folded, NameFolding.fold(name));
        for (String n : splitBar(names)) {
            addKey(folded, NameFolding.fold(n));
        }
        return folded.toArray(String[]::new);
    }

    private static void addKey(List<String> keys, String k) {
        if (!k.isEmpty() && !keys.contains(k)) {
            keys.add(k);
        }
    }

    static String[] splitBar(String s) {
        if (s.isEmpty()) {
            return new String[0];
        }
        int n = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|') {
                n++;
            }
        }
        String[] out = new String[n];
        int k = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '|') {
                out[k++] = s.substring(from, i);
                from = i + 1;
            }
        }
        out[k] = s.substring(from);
        return out;
    }

    static String describe(RuntimeException e) {
        if (e instanceof ArrayIndexOutOfBoundsException) {
            return "too few columns";
        }
        if (e instanceof NumberFormatException) {
            return "bad number (" + e.getMessage() + ")";
        }
        String m = e.getMessage();
        if (m == null) {
            return e.getClass().getSimpleName();
        }
        return m.toLowerCase(Locale.ROOT).startsWith("no enum") ? "unknown kind (" + m.substring(m.lastIndexOf('.') + 1)
                + ")" : m;
    }
}
