package org.incidentatlas.ui.map;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import javafx.scene.image.Image;

/**
 * OpenStreetMap raster tiles, only ever used when the analyst switches online tiles on (tile requests reveal the
 * area of interest). Follows the OSM tile usage policy: an identifying User-Agent, at most two connections (the
 * caller's pool), and a disk cache that is read first and kept for a week. Cache files are written to a
 * temporary name and moved into place, so a crash never leaves a truncated tile.
 */
public final class OsmTileReader {
    public static final String ATTRIBUTION = "© OpenStreetMap contributors";
    public static final String USER_AGENT = "IncidentAtlas/0.1.0 (desktop incident map; offline by default)";
    private static final Duration MAX_AGE = Duration.ofDays(7);

    private final String baseUrl;
    private final Path cacheDir;
    private final HttpClient http;

    public OsmTileReader(String baseUrl, Path cacheDir) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        this.cacheDir = cacheDir;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** The public OSM tile server, cached under {@code ~/.cache/incident-atlas/osm}. */
    public static OsmTileReader standard() {
        return new OsmTileReader("https://tile.openstreetmap.org/",
                Path.of(System.getProperty("user.home"), ".cache", "incident-atlas", "osm"));
    }

    /** The PNG bytes of a tile: from the disk cache when fresh, else from the server (then cached). */
    public byte[] read(int zoom, long x, long y) throws IOException {
        Path file = cacheDir.resolve(zoom + "/" + x + "/" + y + ".png");
        if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant()
                .isAfter(Instant.now().minus(MAX_AGE))) {
            return Files.readAllBytes(file);
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl + zoom + "/" + x + "/" + y + ".png"))
                .header("User-Agent", USER_AGENT).timeout(Duration.ofSeconds(20)).GET().build();
        HttpResponse<byte[]> res;
        try {
            res = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching tile " + zoom + "/" + x + "/" + y, e);
        }
        if (res.statusCode() != 200) {
            throw new IOException("tile " + zoom + "/" + x + "/" + y + ": HTTP " + res.statusCode());
        }
        byte[] body = res.body();
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), ".tile", ".part");
        try {
            Files.write(tmp, body);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } finally {
            Files.deleteIfExists(tmp);
        }
        return body;
    }

    public Image image(int zoom, long x, long y) throws IOException {
        Image img = new Image(new ByteArrayInputStream(read(zoom, x, y)));
        if (img.isError()) {
            throw new IOException("tile " + zoom + "/" + x + "/" + y + " is not an image");
        }
        return img;
    }
}
