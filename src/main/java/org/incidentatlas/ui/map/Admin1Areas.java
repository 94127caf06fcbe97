package org.incidentatlas.ui.map;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * First-level areas (governorates, provinces, states) as polygons, read from {@code geodata/basemap/admin1.bin.gz}
 * (Natural Earth admin-1, built by {@code geodata/build/build-basemap.mjs}), so that an area place is drawn as its
 * real outline and the extent of a smaller area never spills out of the first-level area it lies in.
 */
public final class Admin1Areas {
    private static final System.Logger LOG = System.getLogger(Admin1Areas.class.getName());
    private static volatile Admin1Areas shared;

    /** One area: id {@code IQ.AN}, its country code, name and polygons (unit Web Mercator, first ring outer). */
    public record Area(String id, String country, String name, List<List<Basemap.Shape>> polygons) {
        public Area {
            polygons = List.copyOf(polygons);
        }

        /** True if the unit point lies inside one of the polygons (even-odd over its rings). */
        public boolean contains(double ux, double uy) {
            for (List<Basemap.Shape> poly : polygons) {
                Basemap.Shape outer = poly.get(0);
                if (!outer.intersects(ux, uy, ux, uy)) {
                    continue;
                }
                boolean in = false;
                for (Basemap.Shape ring : poly) {
                    in ^= inside(ring.xy(), ux, uy);
                }
                if (in) {
                    return true;
                }
            }
            return false;
        }

        /** The bounding box minX, minY, maxX, maxY in unit coordinates. */
        public double[] bounds() {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (List<Basemap.Shape> poly : polygons) {
                Basemap.Shape s = poly.get(0);
                b[0] = Math.min(b[0], s.minX());
                b[1] = Math.min(b[1], s.minY());
                b[2] = Math.max(b[2], s.maxX());
                b[3] = Math.max(b[3], s.maxY());
            }
            return b;
        }

        private static boolean inside(double[] xy, double x, double y) {
            boolean in = false;
            int n = xy.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = xy[2 * i];
                double yi = xy[2 * i + 1];
                double xj = xy[2 * j];
                double yj = xy[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    in = !in;
                }
            }
            return in;
        }
    }

    private final Map<String, List<Area>> byCountry;

    public Admin1Areas(List<Area> areas) {
        Map<String, List<Area>> m = new HashMap<>();
        for (Area a : areas) {
            m.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        byCountry = Map.copyOf(m);
    }

    public static Admin1Areas empty() {
        return new Admin1Areas(List.of());
    }

    /** The shipped areas, read once on first use (empty, with a warning, if the file is missing or unreadable). */
    public static Admin1Areas shared() {
        Admin1Areas a = shared;
        if (a == null) {
            synchronized (Admin1Areas.class) {
                if (shared == null) {
                    shared = loadDefault();
                }
                a = shared;
            }
        }
        return a;
    }

    /** Replaces the shared areas (tests). */
    public static void useShared(Admin1Areas areas) {
        shared = areas;
    }

    public int size() {
        return byCountry.values().stream().mapToInt(List::size).sum();
    }

    /** The area of {@code country} (ISO alpha-2) that contains the coordinate. */
    public Optional<Area> containing(String country, double lat, double lon) {
        double ux = WebMercator.unitX(lon);
        double uy = WebMercator.unitY(lat);
        for (Area a : byCountry.getOrDefault(country == null ? "" : country.toUpperCase(java.util.Locale.ROOT),
                List.of())) {
            if (a.contains(ux, uy)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * The area that bounds a place's extent: for a first-level place its own outline (the one containing its
     * point), for any other place the first-level area around it; empty for countries and unknown places.
     */
    public Optional<Area> forPlace(Place p) {
        if (p == null || p.kind() == PlaceKind.COUNTRY || p.country() == null) {
            return Optional.empty();
        }
        return containing(p.country(), p.lat(), p.lon());
    }

    static Admin1Areas loadDefault() {
        try {
            String prop = System.getProperty("incidentatlas.geodata");
            List<Path> candidates = new ArrayList<>();
            if (prop != null) {
                candidates.add(Path.of(prop, "basemap", "admin1.bin.gz"));
            }
            for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
                candidates.add(p.resolve("geodata").resolve("basemap").resolve("admin1.bin.gz"));
            }
            for (Path f : candidates) {
                if (Files.isRegularFile(f)) {
                    try (InputStream in = Files.newInputStream(f)) {
                        return read(in);
                    } catch (IOException e) {
                        throw new IOException(f + ": " + e.getMessage(), e);
                    }
                }
            }
            InputStream res = Admin1Areas.class.getResourceAsStream("/geodata/basemap/admin1.bin.gz");
            if (res != null) {
                try (res) {
                    return read(res);
                }
            }
            LOG.log(System.Logger.Level.WARNING, "no geodata/basemap/admin1.bin.gz: areas drawn as rings");
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "first-level areas unreadable, drawn as rings: " + e.getMessage());
        }
        return empty();
    }

    /** Reads the {@code IAA1} format (see {@code build-basemap.mjs}). */
    public static Admin1Areas read(InputStream raw) throws IOException {
        try (VarintInput in = new VarintInput(new GZIPInputStream(raw, 1 << 16))) {
            byte[] magic = new byte[4];
            in.readFully(magic);
            if (!"IAA1".equals(new String(magic, java.nio.charset.StandardCharsets.US_ASCII))) {
                throw new IOException("not a first-level area file (bad magic)");
            }
            int version = BasemapReader.varint(in);
            if (version != 1) {
                throw new IOException("unsupported area file version " + version);
            }
            long[] last = new long[2];
            int n = BasemapReader.varint(in);
            List<Area> areas = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                String id = BasemapReader.string(in);
                String name = BasemapReader.string(in);
                List<List<Basemap.Shape>> polys = BasemapReader.polygons(in, last, BasemapReader.varint(in));
                int dot = id.indexOf('.');
                areas.add(new Area(id, dot > 0 ? id.substring(0, dot) : id, name, polys));
            }
            return new Admin1Areas(areas);
        } catch (EOFException e) {
            throw new IOException("first-level area file truncated", e);
        }
    }
}
