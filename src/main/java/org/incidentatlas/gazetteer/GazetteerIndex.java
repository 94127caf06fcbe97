package org.incidentatlas.gazetteer;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URL;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * The loaded gazetteer as one binary file ({@value #FILE}, built into the jar by {@link GazetteerIndexBuilder}
 * during the Maven build), so that a start reads arrays in one pass instead of parsing and hashing half a million
 * names from the TSV files.
 *
 * <p>The file is a dump of an {@link InMemoryGazetteer} loaded from the TSV files, Arabic names included (the TSV
 * files stay the reference and the fallback): its places column by column (every {@link Place} record component, found by reflection, so a component
 * added to {@code Place} flows through; strings in one shared pool), the name table's arrays as they are, the id
 * tables, countries, demonyms and load problems. Its header names the {@code Place} components and the size and
 * CRC-32 of every source file it was built from; the loader uses it only when both still match, else it reads the
 * TSV files and says why ({@link InMemoryGazetteer#problems()}).
 */
public final class GazetteerIndex {
    /** The index's file name, beside the TSV files it was built from. */
    public static final String FILE = "gazetteer.idx";
    private static final byte[] MAGIC = "IAGAZIDX".getBytes(StandardCharsets.US_ASCII);
    /** 3: the Arabic names are in the index. */
    private static final int VERSION = 3;

    private static final byte STRING = 1;
    private static final byte ENUM = 2;
    private static final byte DOUBLE = 3;
    private static final byte LONG = 4;
    private static final byte INT = 5;
    private static final byte FLOAT = 6;
    private static final byte BOOLEAN = 7;

    /** Everything an {@link InMemoryGazetteer} holds ({@link InMemoryGazetteer#parts()}). */
    record Parts(Place[] places, NameTable.Parts names, int[] gnKeys, int[] gnRows, int gnCount,
                 Map<String, Integer> otherIds, Map<String, Place> countries, Map<String, String> demonyms,
                 List<LoadProblem> problems) {
    }

    /** What an index was built from: {@code Place}'s shape, the source files, the code that loaded them. */
    record Header(String shape, String sources, String code) {
    }

    private GazetteerIndex() {
    }

    /** {@code Place}'s record components, "name:Type" joined by commas; an index of another shape is not read. */
    static String shape() {
        StringBuilder b = new StringBuilder();
        for (RecordComponent c : Place.class.getRecordComponents()) {
            b.append(b.length() == 0 ? "" : ",").append(c.getName()).append(':').append(c.getType().getName());
        }
        return b.toString();
    }

    /** "name size crc" per source file, sorted by name, joined by ';'. */
    static String fingerprint(Map<String, long[]> sizeAndCrc) {
        StringBuilder b = new StringBuilder();
        sizeAndCrc.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.append(b.length() == 0
                ? "" : ";").append(e.getKey()).append(' ').append(e.getValue()[0]).append(' ').append(e.getValue()[1]));
        return b.toString();
    }

    static long[] sizeAndCrc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return new long[] {bytes.length, crc.getValue()};
    }

    // ---------------------------------------------------------------- reading

    /** A gazetteer read from the index, or null with why not ({@code problem} null when there is no index). */
    record Loaded(InMemoryGazetteer gazetteer, String problem) {
    }

    /**
     * The index on the class path beside the TSV files, if it is there and was built from the files on the class
     * path with today's {@code Place}.
     */
    static Loaded fromClassPath(String resourceDir) {
        URL url = GazetteerIndex.class.getResource(resourceDir + FILE);
        if (url == null) {
            return new Loaded(null, null);
        }
        try {
            byte[] bytes;
            try (InputStream in = GazetteerIndex.class.getResourceAsStream(resourceDir + FILE)) {
                bytes = in.readAllBytes();
            }
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            Header h = readHeader(buf, url.toString());
            if (!h.shape().equals(shape())) {
                return new Loaded(null, "built for another Place record (" + h.shape() + ")");
            }
            String stale = staleSource(resourceDir, h.sources());
            if (stale != null) {
                return new Loaded(null, stale + " changed since the index was built");
            }
            return new Loaded(readBody(buf, url.toString()), null);
        } catch (IOException | RuntimeException e) {
            return new Loaded(null, "unreadable (" + e.getMessage() + ")");
        }
    }

    /** The first source file in {@code sources} whose size or CRC differs on the class path, or null. */
    private static String staleSource(String resourceDir, String sources) throws IOException {
        if (sources.isEmpty()) {
            return "the source list";
        }
        for (String entry : sources.split(";")) {
            String[] f = entry.split(" ");
            URL url = GazetteerIndex.class.getResource(resourceDir + f[0]);
            if (url == null) {
                return f[0];
            }
            long[] now = resourceSizeAndCrc(url, resourceDir + f[0]);
            if (now[0] != Long.parseLong(f[1]) || now[1] != Long.parseLong(f[2])) {
                return f[0];
            }
        }
        return null;
    }

    /** From the jar's directory where the file is in a jar (no read), else by reading it. */
    private static long[] resourceSizeAndCrc(URL url, String resource) throws IOException {
        String u = url.toString();
        int bang = u.indexOf("!/");
        if (u.startsWith("jar:file:") && bang > 0 && u.indexOf("!/", bang + 2) < 0) {
            try (JarFile jar = new JarFile(Path.of(URI.create(u.substring(4, bang))).toFile())) {
                ZipEntry e = jar.getEntry(u.substring(bang + 2));
                if (e != null && e.getCrc() >= 0 && e.getSize() >= 0) {
                    return new long[] {e.getSize(), e.getCrc()};
                }
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // Not a plain file path: read the resource below.
            }
        }
        try (InputStream in = GazetteerIndex.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " not found");
            }
            return sizeAndCrc(in.readAllBytes());
        }
    }

    /** Reads only the header of an index file (for the builder's up-to-date check); null if it is not one. */
    static Header header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readHeader(ByteBuffer.wrap(in.readNBytes(1 << 16)), file.toString());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static Header readHeader(ByteBuffer buf, String name) throws IOException {
        byte[] magic = new byte[MAGIC.length];
        buf.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException(name + ": not a gazetteer index");
        }
        int version = buf.getInt();
        if (version != VERSION) {
            throw new IOException(name + ": index version " + version + ", expected " + VERSION);
        }
        return new Header(utf(buf), utf(buf), utf(buf));
    }

    /** Reads an index: header, then body. */
    static InMemoryGazetteer read(byte[] bytes, String name) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        Header h = readHeader(buf, name);
        if (!h.shape().equals(shape())) {
            throw new IOException(name + ": built for another Place record");
        }
        return readBody(buf, name);
    }

    private static InMemoryGazetteer readBody(ByteBuffer buf, String name) throws IOException {
        try {
            String[] strings = strings(buf);
            Place[] places = places(buf, strings);
            int pools = buf.getInt();
            byte[][] pool = new byte[pools][];
            for (int i = 0; i < pools; i++) {
                pool[i] = bytes(buf);
            }
            long[] occupied = longs(buf);
            int capacity = buf.getInt();
            long[] refs = spread(occupied, longs(buf), capacity);
            int[] values = spread(occupied, ints(buf), capacity);
            long[] prefixBits = longs(buf);
            int used = buf.getInt();
            int names = buf.getInt();
            int[] listLengths = ints(buf);
            int[] listRows = ints(buf);
            int[][] lists = new int[listLengths.length][];
            for (int i = 0, at = 0; i < lists.length; at += listLengths[i], i++) {
                lists[i] = Arrays.copyOfRange(listRows, at, at + listLengths[i]);
            }
            NameTable.Parts table = new NameTable.Parts(pool, refs, values, prefixBits, used, names, lists);
            long[] gnOccupied = longs(buf);
            int gnCapacity = buf.getInt();
            int[] gnKeys = spread(gnOccupied, ints(buf), gnCapacity);
            int[] gnRows = spread(gnOccupied, ints(buf), gnCapacity);
            int gnCount = buf.getInt();
            int n = buf.getInt();
            Map<String, Integer> otherIds = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                otherIds.put(strings[buf.getInt()], buf.getInt());
            }
            n = buf.getInt();
            Map<String, Place> countries = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                countries.put(strings[buf.getInt()], places[buf.getInt()]);
            }
            n = buf.getInt();
            Map<String, String> demonyms = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                demonyms.put(strings[buf.getInt()], strings[buf.getInt()]);
            }
            n = buf.getInt();
            List<LoadProblem> problems = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                problems.add(new LoadProblem(strings[buf.getInt()], LoadProblem.Severity.valueOf(strings[buf.getInt()]),
                        strings[buf.getInt()]));
            }
            if (buf.hasRemaining()) {
                throw new IOException(name + ": " + buf.remaining() + " bytes after the end of the index");
            }
            return InMemoryGazetteer.of(new Parts(places, table, gnKeys, gnRows, gnCount, otherIds, countries,
                    demonyms, problems));
        } catch (BufferUnderflowException | IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new IOException(name + ": truncated or damaged index", e);
        }
    }

    private static String[] strings(ByteBuffer buf) {
        int[] offsets = ints(buf);
        byte[] bytes = bytes(buf);
        String[] out = new String[offsets.length - 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = new String(bytes, offsets[i], offsets[i + 1] - offsets[i], StandardCharsets.UTF_8);
        }
        return out;
    }

    private static Place[] places(ByteBuffer buf, String[] strings) throws IOException {
        int count = buf.getInt();
        RecordComponent[] components = Place.class.getRecordComponents();
        Object[] columns = new Object[components.length];
        for (int c = 0; c < components.length; c++) {
            byte type = buf.get();
            columns[c] = switch (type) {
                case STRING, ENUM, INT -> ints(buf);
                case DOUBLE -> doubles(buf);
                case LONG -> longs(buf);
                case FLOAT -> floats(buf);
                case BOOLEAN -> bytes(buf);
                default -> throw new IOException("unknown column type " + type);
            };
            if (type != typeOf(components[c].getType())) {
                throw new IOException("column " + components[c].getName() + " has type " + type);
            }
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[][] enumValues = new Object[components.length][];
        for (int c = 0; c < components.length; c++) {
            if (types[c].isEnum()) {
                Object[] constants = types[c].getEnumConstants();
                Map<String, Object> byName = new HashMap<>();
                for (Object k : constants) {
                    byName.put(((Enum<?>) k).name(), k);
                }
                // Enum constants by string-pool index, resolved once per distinct name.
                Object[] byIndex = new Object[strings.length];
                for (int i = 0; i < strings.length; i++) {
                    byIndex[i] = byName.get(strings[i]);
                }
                enumValues[c] = byIndex;
            }
        }
        Constructor<Place> ctor;
        try {
            ctor = Place.class.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IOException("Place has no canonical constructor", e);
        }
        Place[] places = new Place[count];
        if (shape().equals(KNOWN_SHAPE)) {
            // Today's Place, without reflection: the same values as the general loop below.
            int[] id = (int[]) columns[0];
            int[] name = (int[]) columns[1];
            int[] kind = (int[]) columns[2];
            int[] featureCode = (int[]) columns[3];
            int[] country = (int[]) columns[4];
            int[] admin1 = (int[]) columns[5];
            double[] lat = (double[]) columns[6];
            double[] lon = (double[]) columns[7];
            long[] population = (long[]) columns[8];
            double[] radius = (double[]) columns[9];
            Object[] kinds = enumValues[2];
            for (int row = 0; row < count; row++) {
                places[row] = new Place(str(strings, id[row]), str(strings, name[row]),
                        kind[row] < 0 ? null : (PlaceKind) kinds[kind[row]], str(strings, featureCode[row]),
                        str(strings, country[row]), str(strings, admin1[row]), lat[row], lon[row], population[row],
                        radius[row]);
            }
            return places;
        }
        Object[] args = new Object[components.length];
        for (int row = 0; row < count; row++) {
            for (int c = 0; c < columns.length; c++) {
                Object col = columns[c];
                args[c] = switch (typeOf(types[c])) {
                    case STRING -> {
                        int s = ((int[]) col)[row];
                        yield s < 0 ? null : strings[s];
                    }
                    case ENUM -> {
                        int s = ((int[]) col)[row];
                        yield s < 0 ? null : enumValues[c][s];
                    }
                    case INT -> ((int[]) col)[row];
                    case DOUBLE -> ((double[]) col)[row];
                    case LONG -> ((long[]) col)[row];
                    case FLOAT -> ((float[]) col)[row];
                    default -> ((byte[]) col)[row] != 0;
                };
            }
            try {
                places[row] = ctor.newInstance(args);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IOException("place " + row + " could not be made: " + e, e);
            }
        }
        return places;
    }

    private static final String KNOWN_SHAPE = "id:java.lang.String,name:java.lang.String,"
            + "kind:org.incidentatlas.model.PlaceKind,featureCode:java.lang.String,country:java.lang.String,"
            + "admin1:java.lang.String,lat:double,lon:double,population:long,radiusKm:double";

    private static String str(String[] strings, int i) {
        return i < 0 ? null : strings[i];
    }

    private static byte typeOf(Class<?> type) {
        if (type == String.class) {
            return STRING;
        } else if (type.isEnum()) {
            return ENUM;
        } else if (type == double.class) {
            return DOUBLE;
        } else if (type == long.class) {
            return LONG;
        } else if (type == int.class) {
            return INT;
        } else if (type == float.class) {
            return FLOAT;
        } else if (type == boolean.class) {
            return BOOLEAN;
        }
        throw new IllegalStateException("Place component of type " + type.getName()
                + " cannot be stored in the gazetteer index: add it to GazetteerIndex");
    }

    /** An array of {@code length} with {@code packed}'s values at the set bits of {@code occupied}, else 0. */
    private static long[] spread(long[] occupied, long[] packed, int length) {
        long[] out = new long[length];
        int k = 0;
        for (int w = 0; w < occupied.length; w++) {
            for (long bits = occupied[w]; bits != 0; bits &= bits - 1) {
                out[(w << 6) + Long.numberOfTrailingZeros(bits)] = packed[k++];
            }
        }
        return out;
    }

    private static int[] spread(long[] occupied, int[] packed, int length) {
        int[] out = new int[length];
        int k = 0;
        for (int w = 0; w < occupied.length; w++) {
            for (long bits = occupied[w]; bits != 0; bits &= bits - 1) {
                out[(w << 6) + Long.numberOfTrailingZeros(bits)] = packed[k++];
            }
        }
        return out;
    }

    private static long[] occupied(int length, java.util.function.IntPredicate used) {
        long[] bits = new long[(length + 63) >>> 6];
        for (int i = 0; i < length; i++) {
            if (used.test(i)) {
                bits[i >>> 6] |= 1L << i;
            }
        }
        return bits;
    }

    private static long[] packLongs(long[] occupied, long[] a) {
        return java.util.stream.IntStream.range(0, a.length).filter(i -> (occupied[i >>> 6] & (1L << i)) != 0)
                .mapToLong(i -> a[i]).toArray();
    }

    private static int[] packInts(long[] occupied, int[] a) {
        return java.util.stream.IntStream.range(0, a.length).filter(i -> (occupied[i >>> 6] & (1L << i)) != 0)
                .map(i -> a[i]).toArray();
    }

    private static String utf(ByteBuffer buf) {
        return new String(bytes(buf), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer buf) {
        byte[] b = new byte[buf.getInt()];
        buf.get(b);
        return b;
    }

    private static int[] ints(ByteBuffer buf) {
        int[] a = new int[buf.getInt()];
        buf.asIntBuffer().get(a);
        buf.position(buf.position() + a.length * 4);
        return a;
    }

    private static long[] longs(ByteBuffer buf) {
        long[] a = new long[buf.getInt()];
        buf.asLongBuffer().get(a);
        buf.position(buf.position() + a.length * 8);
        return a;
    }

    private static double[] doubles(ByteBuffer buf) {
        double[] a = new double[buf.getInt()];
        buf.asDoubleBuffer().get(a);
        buf.position(buf.position() + a.length * 8);
        return a;
    }

    private static float[] floats(ByteBuffer buf) {
        float[] a = new float[buf.getInt()];
        buf.asFloatBuffer().get(a);
        buf.position(buf.position() + a.length * 4);
        return a;
    }

    // ---------------------------------------------------------------- writing

    /** Writes the index of {@code g} to {@code file} (temp file + rename). */
    static void write(InMemoryGazetteer g, Header header, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(toBytes(g, header));
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static byte[] toBytes(InMemoryGazetteer g, Header header) throws IOException {
        Parts p = g.parts();
        Map<String, Integer> pool = new LinkedHashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream(1 << 24);
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(body, 1 << 16));
        writePlaces(out, p.places(), pool);
        NameTable.Parts t = p.names();
        out.writeInt(t.pools().length);
        for (byte[] b : t.pools()) {
            writeBytes(out, b);
        }
        // Hash tables are stored without their empty slots: which slots are used, then the used slots' values.
        long[] occupied = occupied(t.refs().length, i -> t.refs()[i] != 0);
        writeLongs(out, occupied);
        out.writeInt(t.refs().length);
        writeLongs(out, packLongs(occupied, t.refs()));
        writeInts(out, packInts(occupied, t.values()));
        writeLongs(out, t.prefixBits());
        out.writeInt(t.used());
        out.writeInt(t.names());
        int[] lengths = new int[t.lists().length];
        int total = 0;
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = t.lists()[i].length;
            total += lengths[i];
        }
        int[] rows = new int[total];
        for (int i = 0, at = 0; i < lengths.length; at += lengths[i], i++) {
            System.arraycopy(t.lists()[i], 0, rows, at, lengths[i]);
        }
        writeInts(out, lengths);
        writeInts(out, rows);
        long[] gnOccupied = occupied(p.gnKeys().length, i -> p.gnKeys()[i] != 0);
        writeLongs(out, gnOccupied);
        out.writeInt(p.gnKeys().length);
        writeInts(out, packInts(gnOccupied, p.gnKeys()));
        writeInts(out, packInts(gnOccupied, p.gnRows()));
        out.writeInt(p.gnCount());
        out.writeInt(p.otherIds().size());
        for (Map.Entry<String, Integer> e : p.otherIds().entrySet()) {
            out.writeInt(index(pool, e.getKey()));
            out.writeInt(e.getValue());
        }
        Map<Place, Integer> rowOf = new IdentityHashMap<>();
        for (int i = 0; i < p.places().length; i++) {
            rowOf.put(p.places()[i], i);
        }
        out.writeInt(p.countries().size());
        for (Map.Entry<String, Place> e : p.countries().entrySet()) {
            Integer row = rowOf.get(e.getValue());
            if (row == null) {
                throw new IllegalStateException("country " + e.getKey() + " is not a place of the gazetteer");
            }
            out.writeInt(index(pool, e.getKey()));
            out.writeInt(row);
        }
        out.writeInt(p.demonyms().size());
        for (Map.Entry<String, String> e : p.demonyms().entrySet()) {
            out.writeInt(index(pool, e.getKey()));
            out.writeInt(index(pool, e.getValue()));
        }
        out.writeInt(p.problems().size());
        for (LoadProblem lp : p.problems()) {
            out.writeInt(index(pool, lp.file()));
            out.writeInt(index(pool, lp.severity().name()));
            out.writeInt(index(pool, lp.message()));
        }
        out.flush();

        ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + (1 << 23));
        DataOutputStream head = new DataOutputStream(all);
        head.write(MAGIC);
        head.writeInt(VERSION);
        writeBytes(head, header.shape().getBytes(StandardCharsets.UTF_8));
        writeBytes(head, header.sources().getBytes(StandardCharsets.UTF_8));
        writeBytes(head, header.code().getBytes(StandardCharsets.UTF_8));
        // The string pool goes first in the file, though it is filled while writing the rest.
        ByteArrayOutputStream text = new ByteArrayOutputStream(1 << 22);
        int[] offsets = new int[pool.size() + 1];
        int i = 0;
        for (String s : pool.keySet()) {
            text.write(s.getBytes(StandardCharsets.UTF_8));
            offsets[++i] = text.size();
        }
        writeInts(head, offsets);
        writeBytes(head, text.toByteArray());
        body.writeTo(head);
        head.flush();
        return all.toByteArray();
    }

    private static void writePlaces(DataOutputStream out, Place[] places, Map<String, Integer> pool)
            throws IOException {
        out.writeInt(places.length);
        for (RecordComponent c : Place.class.getRecordComponents()) {
            byte type = typeOf(c.getType());
            out.writeByte(type);
            out.writeInt(places.length);
            for (Place p : places) {
                Object v;
                try {
                    v = c.getAccessor().invoke(p);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IOException("cannot read " + c.getName() + " of " + p.id(), e);
                }
                switch (type) {
                    case STRING -> out.writeInt(v == null ? -1 : index(pool, (String) v));
                    case ENUM -> out.writeInt(v == null ? -1 : index(pool, ((Enum<?>) v).name()));
                    case INT -> out.writeInt((Integer) v);
                    case DOUBLE -> out.writeDouble((Double) v);
                    case LONG -> out.writeLong((Long) v);
                    case FLOAT -> out.writeFloat((Float) v);
                    default -> out.writeByte((Boolean) v ? 1 : 0);
                }
            }
        }
    }

    private static int index(Map<String, Integer> pool, String s) {
        Integer i = pool.get(s);
        if (i == null) {
            i = pool.size();
            pool.put(s, i);
        }
        return i;
    }

    private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * 4);
        b.asIntBuffer().put(a);
        out.write(b.array());
    }

    private static void writeLongs(DataOutputStream out, long[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * 8);
        b.asLongBuffer().put(a);
        out.write(b.array());
    }
}
