package org.incidentatlas.ui.map;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the basemap files written by {@code geodata/build/build-basemap.mjs}: gzipped varint deltas of
 * coordinates in 1e-4 degrees (see the script for the layout), projected to Web Mercator unit coordinates here.
 */
public final class BasemapReader {
    private static final double Q = 1e4;
    private static final System.Logger LOG = System.getLogger(BasemapReader.class.getName());

    /**
     * The shipped basemap: from {@code -Dincidentatlas.geodata=DIR}, else {@code geodata/basemap} in the working
     * directory or one of its parents, else the class path; an empty basemap (water only) if none is found.
     */
    public static Basemap loadDefault() {
        Path dir = locate();
        if (dir != null) {
            return Basemap.lazy(() -> orEmpty("110m", () -> readFile(dir, "110m")),
                    () -> orEmpty("50m", () -> readFile(dir, "50m")), () -> orEmpty("10m", () -> readFile(dir, "10m")));
        }
        if (BasemapReader.class.getResource("/geodata/basemap/basemap-110m.bin.gz") != null) {
            return Basemap.lazy(() -> orEmpty("110m", () -> readScale("110m", resource("110m"))),
                    () -> orEmpty("50m", () -> readScale("50m", resource("50m"))),
                    () -> orEmpty("10m", () -> readScale("10m", resource("10m"))));
        }
        LOG.log(System.Logger.Level.WARNING, "no geodata/basemap found, drawing water only");
        return Basemap.empty();
    }

    private interface ScaleSource {
        Basemap.Scale read() throws IOException;
    }

    private static Basemap.Scale orEmpty(String name, ScaleSource source) {
        try {
            return source.read();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "basemap " + name + " unreadable, drawing water there: "
                    + e.getMessage());
            return Basemap.Scale.empty(name);
        }
    }

    private static InputStream resource(String scale) {
        return BasemapReader.class.getResourceAsStream("/geodata/basemap/basemap-" + scale + ".bin.gz");
    }

    private static Path locate() {
        String prop = System.getProperty("incidentatlas.geodata");
        if (prop != null && Files.isDirectory(Path.of(prop, "basemap"))) {
            return Path.of(prop, "basemap");
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("geodata").resolve("basemap");
            if (Files.isRegularFile(candidate.resolve("basemap-110m.bin.gz"))) {
                return candidate;
            }
        }
        return null;
    }

    public static Basemap read(Path dir) throws IOException {
        return new Basemap(readFile(dir, "110m"), readFile(dir, "50m"), readFile(dir, "10m"));
    }

    private static Basemap.Scale readFile(Path dir, String scale) throws IOException {
        Path f = dir.resolve("basemap-" + scale + ".bin.gz");
        if (!Files.isRegularFile(f)) {
            return Basemap.Scale.empty(scale);
        }
        try {
            return readScale(scale, Files.newInputStream(f));
        } catch (IOException e) {
            throw new IOException(f + ": " + e.getMessage(), e);
        }
    }

    public static Basemap.Scale readScale(String name, InputStream raw) throws IOException {
        try (VarintInput in = new VarintInput(new GZIPInputStream(raw, 1 << 16))) {
            byte[] magic = new byte[4];
            in.readFully(magic);
            if (!"IABM".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
                throw new IOException("not a basemap file (bad magic)");
            }
            int version = varint(in);
            if (version != 1 && version != 2) {
                throw new IOException("unsupported basemap version " + version);
            }
            long[] last = new long[2];
            int polygons = varint(in);
            List<List<Basemap.Shape>> land = polygons(in, last, polygons);
            List<Basemap.Shape> borders = lines(in, last, varint(in));
            if (version == 1) {
                return new Basemap.Scale(name, land, borders);
            }
            java.util.Map<String, List<List<Basemap.Shape>>> areas = new java.util.HashMap<>();
            java.util.Map<String, List<Basemap.Shape>> lines = new java.util.HashMap<>();
            int layers = varint(in);
            for (int k = 0; k < layers; k++) {
                String layer = string(in);
                int kind = varint(in);
                if (kind == 1) {
                    areas.put(layer, polygons(in, last, varint(in)));
                } else if (kind == 0) {
                    lines.put(layer, lines(in, last, varint(in)));
                } else {
                    throw new IOException("layer " + layer + " has unknown kind " + kind);
                }
            }
            // Layers this version does not draw (roads, say, from a newer build) are read and left aside.
            return new Basemap.Scale(name, land, borders, areas.getOrDefault("lakes", List.of()),
                    lines.getOrDefault("rivers", List.of()), lines.getOrDefault("admin1", List.of()),
                    lines.getOrDefault("riverBanks", List.of()));
        } catch (EOFException e) {
            throw new IOException("basemap file truncated", e);
        }
    }

    static List<List<Basemap.Shape>> polygons(VarintInput in, long[] last, int count) throws IOException {
        List<List<Basemap.Shape>> out = new ArrayList<>(count);
        for (int p = 0; p < count; p++) {
            int rings = varint(in);
            List<Basemap.Shape> poly = new ArrayList<>(rings);
            for (int r = 0; r < rings; r++) {
                poly.add(line(in, last));
            }
            out.add(List.copyOf(poly));
        }
        return out;
    }

    static List<Basemap.Shape> lines(VarintInput in, long[] last, int count) throws IOException {
        List<Basemap.Shape> out = new ArrayList<>(count);
        for (int l = 0; l < count; l++) {
            out.add(line(in, last));
        }
        return out;
    }

    static String string(VarintInput in) throws IOException {
        int n = varint(in);
        if (n > 4096) {
            throw new IOException("name too long: " + n + " bytes");
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Basemap.Shape line(VarintInput in, long[] last) throws IOException {
        int n = varint(in);
        double[] xy = new double[2 * n];
        for (int i = 0; i < n; i++) {
            last[0] += zigzag(in);
            last[1] += zigzag(in);
            xy[2 * i] = WebMercator.unitX(last[0] / Q);
            xy[2 * i + 1] = WebMercator.unitY(last[1] / Q);
        }
        return Basemap.Shape.of(xy);
    }

    private static long zigzag(VarintInput in) throws IOException {
        long v = in.varlong();
        return (v >>> 1) ^ -(v & 1);
    }

    static int varint(VarintInput in) throws IOException {
        return Math.toIntExact(in.varlong());
    }

    private BasemapReader() {
    }
}
