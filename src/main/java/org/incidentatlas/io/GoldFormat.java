package org.incidentatlas.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The gold formats {@code eval} understands, recognised from the first bytes of the file. */
public enum GoldFormat {
    SEEDS_JSON, GEOWEBNEWS_XML, TR_NEWS_XML;

    private static final int SNIFF_BYTES = 8192;

    public static GoldFormat detect(Path file) throws GoldFormatException {
        String head;
        try (InputStream in = Files.newInputStream(file)) {
            head = new String(in.readNBytes(SNIFF_BYTES), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GoldFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        return detect(head).orElseThrow(() -> new GoldFormatException(file,
                "unknown gold format: expected seeds JSON, GeoWebNews XML (<article file=...>) or TR-News XML (<article docid=...>)"));
    }

    /** The format a file starting with {@code head} is in, if any. */
    public static java.util.Optional<GoldFormat> detect(String head) {
        String h = head.startsWith("\uFEFF") ? head.substring(1) : head;
        h = h.stripLeading();
        if (h.startsWith("{")) {
            return java.util.Optional.of(SEEDS_JSON);
        }
        if (h.startsWith("<")) {
            if (h.contains("<article file=")) {
                return java.util.Optional.of(GEOWEBNEWS_XML);
            }
            if (h.contains("<article docid=")) {
                return java.util.Optional.of(TR_NEWS_XML);
            }
        }
        return java.util.Optional.empty();
    }
}
