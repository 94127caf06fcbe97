package org.incidentatlas.geoparse.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/** Measurement-only reader of a places.tsv.gz (+ supplement.tsv) into an InMemoryGazetteer. */
final class TsvGazetteer {
    private TsvGazetteer() {
    }

    static InMemoryGazetteer load(Path dir) throws IOException {
        InMemoryGazetteer g = new InMemoryGazetteer();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(dir.resolve("places.tsv.gz"))), StandardCharsets.UTF_8))) {
            String line = r.readLine();
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                Place p = new Place(f[0], f[1], PlaceKind.valueOf(f[2]), f[3], emptyNull(f[4]), emptyNull(f[5]),
                        Double.parseDouble(f[6]), Double.parseDouble(f[7]), Long.parseLong(f[8]),
                        Double.parseDouble(f[9]));
                g.add(p, f[10].isEmpty() ? List.of() : Arrays.asList(f[10].split("\\|")));
                if (f.length > 11 && !f[11].isEmpty() && p.country() != null) {
                    for (String d : f[11].split("\\|")) {
                        g.addDemonym(d, p.country());
                    }
                }
            }
        }
        Path sup = dir.resolve("supplement.tsv");
        if (Files.exists(sup)) {
            for (String line : Files.readAllLines(sup)) {
                if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                try {
                    Place p = new Place(f[0], f[1], PlaceKind.valueOf(f[2]), null, emptyNull(f[3]), emptyNull(f[4]),
                            Double.parseDouble(f[5]), Double.parseDouble(f[6]), 0, Double.parseDouble(f[7]));
                    g.add(p, f[8].isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(f[8].split("\\|"))));
                } catch (RuntimeException e) {
                    System.err.println("supplement row skipped: " + line + " (" + e + ")");
                }
            }
        }
        return g;
    }

    private static String emptyNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
