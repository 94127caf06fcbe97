package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.incidentatlas.model.Extraction;

/**
 * The data export formats, one switch shared by the CLI and the UI's export dialog. Each writes atomically and
 * puts {@code scope} ("everything" or "what is shown: ...") into the file's metadata (see docs/exports.md).
 */
public enum ExportFormat {
    GEOJSON("geojson", "GeoJSON"),
    KML("kml", "KML (Google Earth)"),
    CSV("csv", "CSV, ACLED-like columns"),
    GEOPACKAGE("gpkg", "GeoPackage (QGIS)");

    private final String extension;
    private final String label;

    ExportFormat(String extension, String label) {
        this.extension = extension;
        this.label = label;
    }

    public String extension() {
        return extension;
    }

    public String label() {
        return label;
    }

    /** The format a file name asks for by its extension; GeoJSON when it says nothing we know. */
    public static ExportFormat forFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (n.endsWith("." + f.extension)) {
                return f;
            }
        }
        return GEOJSON;
    }

    /**
     * The format a file name's extension names, or empty when it has an extension no format uses (".shp"):
     * then the caller must ask, not guess. A name without extension, or ending in ".json", means GeoJSON.
     */
    public static java.util.Optional<ExportFormat> byExtension(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (n.endsWith("." + f.extension)) {
                return java.util.Optional.of(f);
            }
        }
        int dot = n.lastIndexOf('.');
        return dot <= 0 || n.endsWith(".json") ? java.util.Optional.of(GEOJSON) : java.util.Optional.empty();
    }

    /** "geojson (GeoJSON), kml (KML (Google Earth)), ..." for messages. */
    public static String supported() {
        StringBuilder s = new StringBuilder();
        for (ExportFormat f : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(f.extension).append(" (").append(f.label).append(')');
        }
        return s.toString();
    }

    /** Writes {@code x} to {@code file}; CSV also writes {@code file.meta.json}. */
    public void write(Extraction x, String scope, Path file) throws IOException {
        switch (this) {
            case KML -> AtomicFiles.write(file, out -> new KmlWriter().write(x, scope, out));
            case CSV -> new CsvWriter().export(x, scope, file);
            case GEOPACKAGE -> new GeoPackageWriter().write(x, scope, file);
            default -> AtomicFiles.write(file, out -> new GeoJsonWriter().write(x, scope, out));
        }
    }
}
