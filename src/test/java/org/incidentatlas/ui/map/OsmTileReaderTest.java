package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a local stand-in for the tile server: identifying User-Agent, cache first, atomic cache files. */
class OsmTileReaderTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;

    @TempDir
    Path cache;

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            requests.add(ex.getRequestURI().getPath() + " UA=" + ex.getRequestHeaders().getFirst("User-Agent"));
            boolean missing = ex.getRequestURI().getPath().startsWith("/9/");
            ex.sendResponseHeaders(missing ? 404 : 200, missing ? -1 : PNG.length);
            if (!missing) {
                ex.getResponseBody().write(PNG);
            }
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private OsmTileReader reader() {
        return new OsmTileReader("http://127.0.0.1:" + server.getAddress().getPort(), cache);
    }

    @Test
    void fetchesOnceWithAnIdentifyingUserAgentThenReadsTheCache() throws IOException {
        assertThat(reader().read(6, 40, 25)).isEqualTo(PNG);
        assertThat(reader().read(6, 40, 25)).isEqualTo(PNG);
        assertThat(requests).containsExactly("/6/40/25.png UA=" + OsmTileReader.USER_AGENT);
        assertThat(cache.resolve("6/40/25.png")).hasBinaryContent(PNG);
        try (var files = Files.walk(cache)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }

    @Test
    void aRefusedTileIsAnErrorAndIsNotCached() {
        assertThatThrownBy(() -> reader().read(9, 1, 2)).isInstanceOf(IOException.class).hasMessageContaining("404");
        assertThat(cache.resolve("9/1/2.png")).doesNotExist();
    }

    @Test
    void gluonGetsOurOfflineTilesAndNeverItsOwnOnlineRetriever() {
        assertThat(com.gluonhq.maps.tile.TileRetrieverProvider.getInstance().load())
                .isInstanceOf(OfflineTileRetriever.class);
        assertThat(OfflineTileRetriever.isOnline()).isFalse();
        // Gluon's OSM retriever would set this JVM-wide on first use.
        assertThat(System.getProperty("http.agent")).isNull();
    }
}
