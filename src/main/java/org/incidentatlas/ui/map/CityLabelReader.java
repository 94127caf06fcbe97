package org.incidentatlas.ui.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Basemap labels from the gazetteer's place table ({@code geodata/gazetteer/places.tsv.gz}): capitals (feature
 * code PPLC) and cities of at least {@link #MIN_POPULATION}. Reads the table by its header names, because the
 * {@code Gazetteer} interface looks names up but does not list its places.
 */
public final class CityLabelReader {
    public static final long MIN_POPULATION = 20_000;
    private static final String RESOURCE = "/geodata/gazetteer/places.tsv.gz";

    private CityLabelReader() {
    }

    /** Labels from the shipped gazetteer (working directory or a parent, else the class path); empty if absent. */
    public static List<CityLabel> loadDefault() {
        try {
            for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
                Path f = p.resolve("geodata").resolve("gazetteer").resolve("places.tsv.gz");
                if (Files.isRegularFile(f)) {
                    try (InputStream in = Files.newInputStream(f)) {
                        return read(in);
                    }
                }
            }
            try (InputStream in = CityLabelReader.class.getResourceAsStream(RESOURCE)) {
                return in == null ? List.of() : read(in);
            }
        } catch (IOException | RuntimeException e) {
            System.getLogger(CityLabelReader.class.getName()).log(System.Logger.Level.WARNING,
                    "city labels unavailable: " + e.getMessage());
            return List.of();
        }
    }

    public static List<CityLabel> read(InputStream gz) throws IOException {
        List<CityLabel> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16)) {
            String header = r.readLine();
            if (header == null) {
                return out;
            }
            List<String> cols = Arrays.asList(header.split("\t"));
            int name = cols.indexOf("name");
            int kind = cols.indexOf("kind");
            int code = cols.indexOf("featureCode");
            int lat = cols.indexOf("lat");
            int lon = cols.indexOf("lon");
            int pop = cols.indexOf("population");
            if (name < 0 || kind < 0 || code < 0 || lat < 0 || lon < 0 || pop < 0) {
                throw new IOException("places table lacks name/kind/featureCode/lat/lon/population columns");
            }
            int need = Math.max(name, Math.max(kind, Math.max(code, Math.max(lat, Math.max(lon, pop))))) + 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                if (f.length < need || !"CITY".equals(f[kind])) {
                    continue;
                }
                boolean capital = "PPLC".equals(f[code]);
                long population;
                try {
                    population = f[pop].isEmpty() ? 0 : Long.parseLong(f[pop]);
                    if (!capital && population < MIN_POPULATION) {
                        continue;
                    }
                    out.add(new CityLabel(f[name], Double.parseDouble(f[lat]), Double.parseDouble(f[lon]), population,
                            capital));
                } catch (NumberFormatException e) {
                    // A malformed row is the gazetteer loader's to report; a label can simply be left out.
                }
            }
        }
        return out;
    }
}
