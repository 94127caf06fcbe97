package org.incidentatlas.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.incidentatlas.io.AtomicFiles;
import org.incidentatlas.io.ModelJson;
import org.incidentatlas.model.Extraction;

/**
 * The last extraction of each of the few corpora opened most recently, kept in the settings folder
 * ({@code extraction-cache/}), so that reopening a folder (the sample corpus at every launch) shows its results at once
 * instead of after the gazetteer load and the extraction. What is kept is the pipeline's own output; the analyst's
 * corrections stay in the investigation and apply on top as after any load.
 *
 * <p>Never stale: an entry is used only when its key is equal, and the key holds everything the output depends on —
 * the engine (the jar's path, size and modification time, which also stamps the shipped gazetteer and lexicons), the
 * pipeline's options (every {@code incidentatlas.*} system property, and for those naming a file its size and
 * modification time), every lexicon file of the settings folder ({@code *.tsv}, {@code *.jsonl}, {@code *.txt}:
 * user places, actors…; not the app's own graphics note, {@code prism-*.txt}), and each input file (path, size, modification time). Written to a temporary file and
 * renamed; at most {@value #KEEP} entries; corpora above {@value #MAX_INPUT_MB} MB of files are not kept; an entry that
 * cannot be read is deleted with a log line and the corpus is extracted again. {@code -Dincidentatlas.extractionCache=false}
 * turns it off.
 */
public final class ExtractionCache {
    public static final String PROPERTY = "incidentatlas.extractionCache";
    static final String FOLDER = "extraction-cache";
    static final String HEADER = "incident-atlas extraction cache 1 ";
    static final int KEEP = 4;
    /** The kept JSON is about ten times its corpus (every mention with its candidates): 4 MB of files, ~40 MB. */
    static final long MAX_INPUT_MB = 4;
    private static final List<String> LEXICON_ENDINGS = List.of(".tsv", ".jsonl", ".txt");
    private static final System.Logger LOG = System.getLogger(ExtractionCache.class.getName());

    private final Path folder;
    private final Path settings;
    private final String engine;

    /** A cache in {@code settings}/extraction-cache for output of the engine stamped {@code engine}. */
    ExtractionCache(Path settings, String engine) {
        this.settings = settings;
        this.folder = settings.resolve(FOLDER);
        this.engine = engine;
    }

    /** The app's cache (in the settings folder, stamped with this jar), or empty when turned off. */
    public static Optional<ExtractionCache> standard() {
        if ("false".equalsIgnoreCase(System.getProperty(PROPERTY, "").trim())) {
            return Optional.empty();
        }
        String engine = engineStamp();
        return engine == null ? Optional.empty() : Optional.of(new ExtractionCache(SettingsFolder.path(), engine));
    }

    /**
     * The jar this class came from (path, size, modification time); in a build's classes folder, the folder and the
     * modification times of the pipeline's entry class and of the gazetteer index (a rebuild changes them); null if
     * unknown.
     */
    static String engineStamp() {
        try {
            var source = ExtractionCache.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(where)) {
                return "jar " + stamp(where);
            }
            return "classes " + where + " " + stamp(where.resolve("org/incidentatlas/pipeline/Pipeline.class")) + " "
                    + stamp(where.resolve("geodata/gazetteer/gazetteer.idx"));
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The kept extraction of exactly these inputs, when nothing it depends on changed since. */
    public Optional<Extraction> find(List<Path> inputs) {
        Path entry = entry(inputs);
        if (entry == null || !Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            String key = key(inputs);
            if (key == null) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(entry);
            int newline = 0;
            while (newline < bytes.length && bytes[newline] != '\n') {
                newline++;
            }
            String header = new String(bytes, 0, newline, StandardCharsets.UTF_8);
            if (!header.startsWith(HEADER) || newline == bytes.length) {
                throw new IOException("not an extraction cache entry");
            }
            if (!header.substring(HEADER.length()).equals(sha256(key))) {
                return Optional.empty(); // something changed: extracted again, and this entry replaced
            }
            Extraction x = ModelJson.read(new String(bytes, newline + 1, bytes.length - newline - 1,
                    StandardCharsets.UTF_8), Extraction.class);
            if (x == null) {
                throw new IOException("empty entry");
            }
            return Optional.of(x);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "extraction cache entry " + entry + " is damaged (" + e.getMessage()
                    + "); ignored, the corpus is extracted again");
            deleteQuietly(entry);
            return Optional.empty();
        }
    }

    /**
     * Keeps {@code x} as the extraction of {@code inputs} (a corpus with load errors or above the size limit is not
     * kept); never throws: the cache is only a shortcut. The JVM's exit waits up to {@value #EXIT_WAIT_MS} ms for a
     * write in progress (a shutdown hook).
     */
    public void keep(List<Path> inputs, Extraction x) {
        begin();
        try {
            write(inputs, x);
        } finally {
            end();
        }
    }

    /**
     * How long the JVM's exit waits for a write in progress: a launch closed (or stopped) right after its first frame
     * would otherwise lose the entry, written after that frame, and the next launch would extract again.
     */
    static final long EXIT_WAIT_MS = 3000;
    private static final Object WRITES = new Object();
    private static int writing;
    private static boolean hooked;

    /** A write starts; the first one adds the shutdown hook that lets writes in progress finish. */
    static void begin() {
        synchronized (WRITES) {
            writing++;
            if (!hooked) {
                hooked = true;
                try {
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> awaitWrites(EXIT_WAIT_MS),
                            "extraction-cache-flush"));
                } catch (IllegalStateException e) {
                    // already shutting down: nothing to wait for beyond this write
                }
            }
        }
    }

    static void end() {
        synchronized (WRITES) {
            writing--;
            WRITES.notifyAll();
        }
    }

    /** Waits until no write is in progress, at most {@code millis}; true when none is. */
    static boolean awaitWrites(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        synchronized (WRITES) {
            while (writing > 0) {
                long left = (until - System.nanoTime()) / 1_000_000;
                if (left <= 0) {
                    return false;
                }
                try {
                    WRITES.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    private void write(List<Path> inputs, Extraction x) {
        Path entry = entry(inputs);
        if (entry == null || x == null || x.hasErrors()) {
            return;
        }
        try {
            String key = key(inputs);
            if (key == null) {
                return;
            }
            Files.createDirectories(folder);
            String json = ModelJson.write(x);
            AtomicFiles.write(entry, out -> {
                out.write((HEADER + sha256(key) + "\n").getBytes(StandardCharsets.UTF_8));
                out.write(json.getBytes(StandardCharsets.UTF_8));
            });
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not keep the extraction of " + inputs + " in " + folder + ": "
                    + e.getMessage());
        }
    }

    /** The entry's file for these inputs (named by a hash of their absolute paths), or null when unnamable. */
    Path entry(List<Path> inputs) {
        if (inputs.isEmpty()) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (Path p : inputs) {
            b.append(p.toAbsolutePath().normalize()).append('\n');
        }
        return folder.resolve(sha256(b.toString()).substring(0, 32) + ".json");
    }

    /**
     * Everything the extraction of {@code inputs} depends on, as text; null when the inputs are too large to keep or
     * cannot be listed.
     */
    String key(List<Path> inputs) throws IOException {
        StringBuilder b = new StringBuilder("engine ").append(engine).append('\n');
        Properties props = System.getProperties();
        TreeMap<String, String> options = new TreeMap<>();
        for (String name : props.stringPropertyNames()) {
            // the launch's own marks change every run and say nothing about the output
            if (name.startsWith("incidentatlas.") && !name.startsWith("incidentatlas.launch.")
                    && !name.startsWith("incidentatlas.relaunch") && !name.equals(PROPERTY)) {
                options.put(name, props.getProperty(name));
            }
        }
        for (var o : options.entrySet()) {
            b.append("option ").append(o.getKey()).append('=').append(o.getValue());
            try {
                Path named = Path.of(o.getValue());
                if (Files.isRegularFile(named)) {
                    b.append(' ').append(stamp(named));
                }
            } catch (RuntimeException e) {
                // not a path
            }
            b.append('\n');
        }
        if (Files.isDirectory(settings)) {
            try (Stream<Path> files = Files.list(settings)) {
                for (Path f : files.filter(ExtractionCache::isLexicon).sorted().toList()) {
                    b.append("lexicon ").append(stamp(f)).append('\n');
                }
            }
        }
        long bytes = 0;
        for (Path input : inputs) {
            b.append("input ").append(input.toAbsolutePath().normalize()).append('\n');
            if (!Files.exists(input)) {
                b.append("missing\n");
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                bytes += Files.size(f);
                if (bytes > MAX_INPUT_MB << 20) {
                    return null;
                }
                b.append("file ").append(stamp(f)).append('\n');
            }
        }
        return b.toString();
    }

    private static boolean isLexicon(Path f) {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        // the app's own note of its graphics pipeline (PrismChoice) is a .txt beside the lexicons but changes no
        // output: counted, its rewrite (first launch on a display, then weekly) threw the kept extraction away
        return Files.isRegularFile(f) && LEXICON_ENDINGS.stream().anyMatch(name::endsWith)
                && !PrismChoice.isNote(f.getFileName().toString());
    }

    /** "path size mtime" of a file ("path absent" when it is not there). */
    static String stamp(Path f) {
        try {
            return f + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return f + " absent";
        }
    }

    /** Deletes all but the {@value #KEEP} newest entries ({@code AtomicFiles} removes a killed writer's temporary files). */
    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json")).forEach(entries::add);
        }
        entries.sort(Comparator.comparingLong(ExtractionCache::modified).reversed());
        entries.stream().skip(KEEP).forEach(ExtractionCache::deleteQuietly);
    }

    private static long modified(Path f) {
        try {
            return Files.getLastModifiedTime(f).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            // left for the next prune
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
