package org.incidentatlas.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Extraction;

/**
 * Renders a map snapshot of an extraction to a PNG without a display. Declared here, in the core, so that the
 * CLI can ask for a snapshot without importing the UI: the UI registers its implementation in
 * {@code META-INF/services/org.incidentatlas.pipeline.SnapshotRenderer}.
 */
public interface SnapshotRenderer {
    /** What to draw. {@code bbox} is minLon,minLat,maxLon,maxLat or null to fit the incidents. */
    record Request(int width, int height, double scale, double[] bbox, String title) {
        public Request {
            if (width <= 0 || height <= 0 || !(scale > 0)) {
                throw new IllegalArgumentException("width, height and scale must be positive");
            }
            if (bbox != null && (bbox.length != 4 || bbox[0] >= bbox[2] || bbox[1] >= bbox[3])) {
                throw new IllegalArgumentException("bbox must be minLon,minLat,maxLon,maxLat with min < max");
            }
        }
    }

    /**
     * Renders with the basemap's city names chosen from {@code places}, the gazetteer the extraction was made with
     * (already loaded, so its place table is not read again); null for a map without city names.
     */
    void render(Extraction extraction, Request request, Path png, Gazetteer places) throws IOException;

    /** Renders without city names on the basemap. */
    default void render(Extraction extraction, Request request, Path png) throws IOException {
        render(extraction, request, png, null);
    }

    static java.util.Optional<SnapshotRenderer> find() {
        return ServiceLoader.load(SnapshotRenderer.class).findFirst();
    }
}
