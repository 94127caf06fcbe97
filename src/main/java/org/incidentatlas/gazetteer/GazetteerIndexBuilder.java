package org.incidentatlas.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Builds {@value GazetteerIndex#FILE} during the Maven build ({@code process-classes}, see the pom): loads the
 * gazetteer from the TSV files copied to {@code target/classes/geodata/gazetteer} (on the class path) with the
 * classes just compiled,
 * and writes the index beside them, so that it goes into the jar. Does nothing when the index there was built from
 * the same files by the same classes.
 */
public final class GazetteerIndexBuilder {
    private static final String[] CODE_PACKAGES = {"model", "text", "gazetteer"};

    private GazetteerIndexBuilder() {
    }

    /** Usage: {@code GazetteerIndexBuilder CLASSES_DIR} (e.g. {@code target/classes}). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: GazetteerIndexBuilder CLASSES_DIR");
        }
        Path classes = Path.of(args[0]);
        Path dir = classes.resolve("geodata").resolve("gazetteer");
        if (!Files.exists(dir.resolve(GazetteerLoader.PLACES))) {
            System.out.println("gazetteer index: no " + dir.resolve(GazetteerLoader.PLACES) + ", nothing to build");
            return;
        }
        Path index = dir.resolve(GazetteerIndex.FILE);
        GazetteerIndex.Header want = new GazetteerIndex.Header(GazetteerIndex.shape(), sources(dir),
                code(classes));
        if (want.equals(GazetteerIndex.header(index))) {
            System.out.println("gazetteer index: " + index + " is up to date");
            return;
        }
        long t0 = System.nanoTime();
        try {
            // Loaded exactly as the app loads it without an index: from the class path, which holds CLASSES_DIR.
            InMemoryGazetteer g = GazetteerLoader.loadClassPathTsv();
            if (g == null || !Files.isSameFile(dir.resolve(GazetteerLoader.PLACES), Path.of(
                    GazetteerLoader.class.getResource(GazetteerLoader.RESOURCE_DIR + GazetteerLoader.PLACES).toURI()))) {
                throw new IOException("the class path does not hold " + dir);
            }
            // The Arabic names too (folding them took a tenth of a start), on top as the TSV load adds them.
            ArabicNames.addFromClasspath(g, GazetteerLoader.RESOURCE_DIR);
            GazetteerIndex.write(g, want, index);
            System.out.printf("gazetteer index: %d places, %d names written to %s (%d KB) in %.1f s%n", g.size(),
                    g.nameCount(), index, Files.size(index) / 1024, (System.nanoTime() - t0) / 1e9);
        } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
            // The app still starts, from the TSV files (slower); GazetteerIndexTest fails on a missing index.
            Files.deleteIfExists(index);
            System.out.println("[WARNING] gazetteer index not built: " + e);
        }
    }

    /** Size and CRC-32 of every file in the gazetteer directory but the index. */
    static String sources(Path dir) throws IOException {
        Map<String, long[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (!name.startsWith(GazetteerIndex.FILE)) {
                    files.put(name, GazetteerIndex.sizeAndCrc(Files.readAllBytes(f)));
                }
            }
        }
        return GazetteerIndex.fingerprint(files);
    }

    /** CRC-32 over the class files of the packages that decide what is loaded (folding, loader, model). */
    private static String code(Path classes) throws IOException {
        CRC32 crc = new CRC32();
        for (String pkg : CODE_PACKAGES) {
            Path dir = classes.resolve("org").resolve("incidentatlas").resolve(pkg);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> list = Files.walk(dir)) {
                files = list.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            for (Path f : files) {
                crc.update(classes.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    crc.update(in.readAllBytes());
                }
            }
        }
        return Long.toHexString(crc.getValue());
    }
}
