package org.incidentatlas.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the sample corpus is: {@code geodata/corpus} under the working directory when run from the repository,
 * otherwise the copy inside the jar, unpacked once to a temporary folder (the jar cannot be listed, so the
 * manifest's file names say what to unpack).
 */
public final class DefaultCorpus {
    private static final String RESOURCE = "/geodata/corpus/";
    private static Path unpacked;

    private DefaultCorpus() {
    }

    public static synchronized Path locate() {
        Path local = Path.of("geodata", "corpus");
        if (Files.isDirectory(local)) {
            return local;
        }
        if (unpacked == null) {
            unpacked = unpack();
        }
        return unpacked;
    }

    private static Path unpack() {
        try (InputStream manifest = DefaultCorpus.class.getResourceAsStream(RESOURCE + "manifest.json")) {
            if (manifest == null) {
                throw new IOException("the sample corpus is neither in ./geodata/corpus nor inside the jar");
            }
            byte[] bytes = manifest.readAllBytes();
            Path dir = Files.createTempDirectory("incident-atlas-corpus");
            Files.write(dir.resolve("manifest.json"), bytes);
            JsonNode docs = new ObjectMapper().readTree(bytes).path("documents");
            for (JsonNode d : docs) {
                String file = d.path("file").asText();
                try (InputStream in = DefaultCorpus.class.getResourceAsStream(RESOURCE + file)) {
                    if (in != null && !file.contains("/") && !file.contains("..")) {
                        Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
