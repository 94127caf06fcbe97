package org.incidentatlas.bench.clavin;

import com.novetta.clavin.GeoParser;
import com.novetta.clavin.GeoParserFactory;
import com.novetta.clavin.resolver.ResolvedLocation;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The CLAVIN side of the same-run comparison (run.sh). Two commands:
 * <ul>
 *   <li>{@code rows PLACES_TSV_GZ OUT}: writes the project gazetteer's countries and admin-1 divisions as GeoNames
 *   rows (19 tab-separated columns, feature class A), so that CLAVIN's index, built from GeoNames cities500 (populated
 *   places only), also holds the countries and provinces that allCountries would give it;</li>
 *   <li>{@code parse INDEX_DIR FOLDER}: runs CLAVIN's default {@link GeoParser} (OpenNLP location finder, Lucene
 *   gazetteer, no fuzzy matching) over every {@code .txt} file of FOLDER, one after the other on one thread, and
 *   prints files, MB, resolved locations and this thread's CPU time.</li>
 * </ul>
 */
public final class ClavinBench {

    /** Synthetic GeoNames ids for the generated rows: far above any real GeoNames id (about 13 million). */
    private static final int FIRST_ID = 900_000_000;

    /** {@code -Dclavin.show}: also print every resolved location (file, text, GeoNames name, feature, country). */
    private static final boolean SHOW = Boolean.getBoolean("clavin.show");

    private ClavinBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("rows")) {
            rows(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length == 3 && args[0].equals("parse")) {
            parse(args[1], Path.of(args[2]));
        } else {
            System.err.println("usage: ClavinBench rows PLACES_TSV_GZ OUT | parse INDEX_DIR FOLDER");
            System.exit(2);
        }
    }

    private static void rows(Path places, Path out) throws IOException {
        int written = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(places)), StandardCharsets.UTF_8));
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.startsWith("id\tname\tkind\tfeatureCode\tcountry\tadmin1\tlat\tlon\tpopulation")) {
                throw new IOException(places + ": not a places.tsv.gz (header " + header + ")");
            }
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (f.length < 11 || !(f[2].equals("COUNTRY") || f[2].equals("ADMIN1"))) {
                    continue;
                }
                String alternates = String.join(",", f[10].isEmpty() ? new String[0] : f[10].split("\\|"));
                String[] row = {
                    Integer.toString(FIRST_ID + written), f[1], f[1], alternates, f[6], f[7], "A", f[3], f[4], "",
                    f[5], "", "", "", f[8].isEmpty() ? "0" : f[8], "", "0", "", "2026-01-01"};
                w.write(String.join("\t", row));
                w.write('\n');
                written++;
            }
        }
        System.err.println("rows: " + written + " countries and admin-1 divisions written to " + out);
    }

    private static void parse(String indexDir, Path folder) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            s.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
        }
        if (files.isEmpty()) {
            throw new IOException(folder + ": no .txt files");
        }
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        GeoParser parser = GeoParserFactory.getDefault(indexDir);
        long cpu1 = threads.getCurrentThreadCpuTime();
        long bytes = 0;
        long locations = 0;
        int failed = 0;
        for (Path file : files) {
            byte[] raw = Files.readAllBytes(file);
            bytes += raw.length;
            try {
                List<ResolvedLocation> found = parser.parse(new String(raw, StandardCharsets.UTF_8));
                locations += found.size();
                if (SHOW) {
                    for (ResolvedLocation r : found) {
                        System.out.println(file.getFileName() + "\t" + r.getMatchedName() + "\t" + r.getGeoname().getName()
                                + "\t" + r.getGeoname().getFeatureCode() + "\t" + r.getGeoname().getPrimaryCountryCode());
                    }
                }
            } catch (Exception e) {
                failed++;
                System.err.println(file + ": CLAVIN failed: " + e);
            }
        }
        long cpu2 = threads.getCurrentThreadCpuTime();
        System.out.printf("clavin: %d files, %.3f MB, %d resolved locations, %d failed; main thread CPU: set-up %.2f s,"
                + " parsing %.2f s (%.3f MB per CPU-s)%n", files.size(), bytes / 1e6, locations, failed,
                (cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9, bytes / 1e6 / ((cpu2 - cpu1) / 1e9));
    }
}
