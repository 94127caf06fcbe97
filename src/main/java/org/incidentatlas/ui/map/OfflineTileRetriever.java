package org.incidentatlas.ui.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * The Gluon Maps tile service (registered in {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever}):
 * renders basemap tiles offline, on a small bounded pool off the FX thread, and keeps recent ones in memory.
 * Registering it also keeps Gluon's own OpenStreetMap retriever, which goes online, from ever being loaded.
 * <p>
 * Gluon shows every tile in 256 logical pixels; we hand it 512 px images (or 1024 px while a 4x snapshot is
 * composed) so that HiDPI screens and scaled snapshots stay sharp.
 */
public final class OfflineTileRetriever implements TileRetriever {
    private static final int CACHE_TILES = 96;
    private static volatile TileRenderer renderer;
    private static volatile int tilePixels = 512;
    private static final Map<String, Image> CACHE = new LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> e) {
            return size() > CACHE_TILES;
        }
    };
    private static final Map<String, CompletableFuture<Image>> IN_FLIGHT = new ConcurrentHashMap<>();
    private static final ExecutorService POOL = boundedPool();
    private static volatile Map<String, Image> pinned = Map.of();
    private static volatile OsmTileReader online;
    private static final ExecutorService ONLINE_POOL = java.util.concurrent.Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "osm-tiles");
        t.setDaemon(true);
        return t;
    });

    private static final CompletableFuture<Void> FIRST_TILE = new CompletableFuture<>();

    /** Completes when the first tile has been rendered (for the launch-time measurement). */
    public static CompletableFuture<Void> firstTile() {
        return FIRST_TILE;
    }

    /** Public no-argument constructor for {@link java.util.ServiceLoader}; all instances share one cache. */
    public OfflineTileRetriever() {
    }

    private static ExecutorService boundedPool() {
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors() - 1));
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "basemap-tiles-" + n.incrementAndGet());
                    t.setDaemon(true);
                    t.setPriority(Thread.NORM_PRIORITY - 1);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    static TileRenderer renderer() {
        TileRenderer r = renderer;
        if (r == null) {
            synchronized (OfflineTileRetriever.class) {
                if (renderer == null) {
                    renderer = new TileRenderer(BasemapReader.loadDefault());
                }
                r = renderer;
            }
        }
        return r;
    }

    /** Replaces the basemap (tests, benchmarks) and forgets cached tiles. */
    public static synchronized void useBasemap(Basemap basemap) {
        renderer = new TileRenderer(basemap);
        synchronized (CACHE) {
            CACHE.clear();
        }
    }

    /** Pixel size of tiles requested from now on (512 normally; 1024 while composing a 4x snapshot). */
    public static void setTilePixels(int pixels) {
        tilePixels = pixels;
    }

    public static int tilePixels() {
        return tilePixels;
    }

    /** Switches OpenStreetMap tiles on (a reader) or off (null, the default: nothing goes online). */
    public static void useOnline(OsmTileReader reader) {
        online = reader;
    }

    public static boolean isOnline() {
        return online != null;
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        OsmTileReader osm = online;
        if (osm != null) {
            String key = "osm/" + zoom + "/" + i + "/" + j;
            synchronized (CACHE) {
                Image cached = CACHE.get(key);
                if (cached != null) {
                    return CompletableFuture.completedFuture(cached);
                }
            }
            return CompletableFuture.supplyAsync(() -> {
                try {
                    Image img = osm.image(zoom, i, j);
                    synchronized (CACHE) {
                        CACHE.put(key, img);
                    }
                    return img;
                } catch (java.io.IOException e) {
                    // Offline or refused: draw our own tile rather than a hole.
                    System.getLogger(OfflineTileRetriever.class.getName()).log(System.Logger.Level.WARNING,
                            "OSM tile unavailable, drawing the offline tile: " + e.getMessage());
                    return renderNow(zoom, i, j, tilePixels);
                }
            }, ONLINE_POOL);
        }
        int size = tilePixels;
        String key = key(zoom, i, j, size);
        Image cached = pinned.get(key);
        if (cached == null) {
            synchronized (CACHE) {
                cached = CACHE.get(key);
            }
        }
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        return IN_FLIGHT.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> {
            try {
                return renderNow(zoom, i, j, size);
            } finally {
                IN_FLIGHT.remove(k);
            }
        }, POOL));
    }

    /** Renders a tile on the calling thread (or returns it from the cache) and caches it. */
    public static Image renderNow(int zoom, long i, long j, int size) {
        String key = key(zoom, i, j, size);
        synchronized (CACHE) {
            Image cached = CACHE.get(key);
            if (cached != null) {
                return cached;
            }
        }
        int[] argb = renderer().render(zoom, i, j, size);
        WritableImage img = new WritableImage(size, size);
        img.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbPreInstance(), argb, 0, size);
        synchronized (CACHE) {
            CACHE.put(key, img);
        }
        FIRST_TILE.complete(null);
        return img;
    }

    /**
     * Renders the tiles a snapshot needs on the calling thread and keeps them out of the LRU until
     * {@link #unpin()}, so that the map built for the snapshot finds every tile at once.
     */
    public static void pin(int zoom, long i0, long j0, long i1, long j1, int size) {
        Map<String, Image> m = new java.util.HashMap<>(pinned);
        long max = 1L << zoom;
        for (long i = Math.max(0, i0); i <= Math.min(max - 1, i1); i++) {
            for (long j = Math.max(0, j0); j <= Math.min(max - 1, j1); j++) {
                m.put(key(zoom, i, j, size), renderNow(zoom, i, j, size));
            }
        }
        pinned = Map.copyOf(m);
    }

    public static void unpin() {
        pinned = Map.of();
    }

    private static String key(int zoom, long i, long j, int size) {
        return zoom + "/" + i + "/" + j + "@" + size;
    }
}
