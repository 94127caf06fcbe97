package org.incidentatlas.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the app finds the sample corpus, the same from any working folder: {@code -Dincidentatlas.geodata=DIR}
 * if set; else the copy on the class path, first (inside the jar it is unpacked once into the settings folder, a
 * stable path an investigation can name; in a build it is {@code target/classes/geodata/corpus}); else
 * {@code geodata/corpus} in the working folder or a parent.
 */
public final class SampleCorpus {
    static final String RESOURCE = "/geodata/corpus/";

    private SampleCorpus() {
    }

    /** The sample corpus folder, or none (then the app says "No articles loaded"). */
    public static List<Path> locate(Path settingsFolder) {
        String prop = System.getProperty("incidentatlas.geodata");
        if (prop != null && Files.isDirectory(Path.of(prop, "corpus"))) {
            return List.of(Path.of(prop, "corpus"));
        }
        URL manifest = SampleCorpus.class.getResource(RESOURCE + "manifest.json");
        if (manifest != null) {
            try {
                if ("file".equals(manifest.getProtocol())) {
                    return List.of(Path.of(manifest.toURI()).getParent());
                }
                return List.of(unpack(settingsFolder.resolve("sample-corpus")));
            } catch (IOException | URISyntaxException | RuntimeException e) {
                System.getLogger(SampleCorpus.class.getName()).log(System.Logger.Level.WARNING,
                        "could not unpack the sample corpus: " + e.getMessage());
            }
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolve("geodata").resolve("corpus");
            if (Files.isDirectory(c)) {
                return List.of(c);
            }
        }
        return List.of();
    }

    /** Copies the jar's corpus (the files its manifest names) into {@code dir}, replacing what was there. */
    static Path unpack(Path dir) throws IOException {
        byte[] bytes;
        try (InputStream in = SampleCorpus.class.getResourceAsStream(RESOURCE + "manifest.json")) {
            bytes = in.readAllBytes();
        }
        Files.createDirectories(dir);
        for (JsonNode d : new ObjectMapper().readTree(bytes).path("documents")) {
            String file = d.path("file").asText();
            if (file.isEmpty() || file.contains("/") || file.contains("\\") || file.contains("..")) {
                continue;
            }
            try (InputStream in = SampleCorpus.class.getResourceAsStream(RESOURCE + file)) {
                if (in != null) {
                    writeIfChanged(dir.resolve(file), in.readAllBytes());
                }
            }
        }
        writeIfChanged(dir.resolve("manifest.json"), bytes);
        return dir;
    }

    /**
     * Writes {@code bytes} unless the file holds them already: an unchanged file keeps its modification time, so the
     * {@link ExtractionCache} knows the sample corpus at the next launch.
     */
    private static void writeIfChanged(Path file, byte[] bytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == bytes.length
                && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return;
        }
        Files.write(file, bytes);
    }
}
