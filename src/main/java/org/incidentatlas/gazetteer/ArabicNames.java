package org.incidentatlas.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.text.NameFolding;

/**
 * Adds Arabic-script names to the name index, keyed to places already loaded: {@code arabic-names.tsv.gz}
 * (GeoNames alternate names and country names, built by {@code geodata/build/build-arabic-names.mjs}) and the
 * hand-kept {@code arabic-supplement.tsv} (the supplement's bases, fields, crossings, governorates and towns that
 * GeoNames gives no Arabic name, each row with its source). Both are {@code id <TAB> names|...}; the keys are
 * {@link NameFolding#fold}, which hands Arabic script to {@code ArabicNormalizer}, so Arabic and English names of
 * a place share its row. A row naming an unknown id is reported, not fatal.
 */
final class ArabicNames {
    static final String GENERATED = "arabic-names.tsv.gz";
    static final String SUPPLEMENT = "arabic-supplement.tsv";

    private ArabicNames() {
    }

    static void addFromClasspath(InMemoryGazetteer g, String dir) throws IOException {
        try (InputStream in = ArabicNames.class.getResourceAsStream(dir + GENERATED)) {
            if (in != null) {
                add(g, gunzip(in), "classpath:" + dir + GENERATED);
            }
        }
        try (InputStream in = ArabicNames.class.getResourceAsStream(dir + SUPPLEMENT)) {
            if (in != null) {
                add(g, new String(in.readAllBytes(), StandardCharsets.UTF_8), "classpath:" + dir + SUPPLEMENT);
            }
        }
    }

    static void addFromFolder(InMemoryGazetteer g, Path dir) throws IOException {
        Path gen = dir.resolve(GENERATED);
        if (Files.exists(gen)) {
            try (InputStream in = Files.newInputStream(gen)) {
                add(g, gunzip(in), gen.toString());
            }
        }
        Path sup = dir.resolve(SUPPLEMENT);
        if (Files.exists(sup)) {
            add(g, Files.readString(sup, StandardCharsets.UTF_8), sup.toString());
        }
    }

    private static String gunzip(InputStream in) throws IOException {
        try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
            return new String(gz.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Adds every row's names to the place of its id; returns the number of names added. */
    static int add(InMemoryGazetteer g, String tsv, String file) {
        int added = 0;
        int unknown = 0;
        String firstUnknown = null;
        int lineNo = 0;
        for (String line : tsv.split("\n")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("id\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 2) {
                g.addProblem(new LoadProblem(file, LoadProblem.Severity.WARNING, "line " + lineNo + ": no names column"));
                continue;
            }
            String id = f[0].strip();
            boolean any = false;
            for (String name : f[1].split("\\|")) {
                String key = NameFolding.fold(name.strip());
                if (!key.isEmpty() && g.addAlias(id, key)) {
                    added++;
                    any = true;
                }
            }
            if (!any) {
                unknown++;
                if (firstUnknown == null) {
                    firstUnknown = id + " (line " + lineNo + ")";
                }
            }
        }
        if (unknown > 0) {
            g.addProblem(new LoadProblem(file, LoadProblem.Severity.WARNING,
                    unknown + " rows name no loaded place, first " + firstUnknown));
        }
        return added;
    }
}
