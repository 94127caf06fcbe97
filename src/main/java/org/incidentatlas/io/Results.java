package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.PlaceMention;

/**
 * Results the app opens instead of articles: the output folder of the Spark job or a GeoParquet file
 * ({@link ResultsStore}, through DuckDB) or a GeoPackage export ({@link GeoPackageResults}). The records come back
 * as they were extracted, with their evidence; {@link #points} gives the map's primitive columns for a million.
 */
public interface Results extends AutoCloseable {
    /** True for what {@link #open} takes: a results folder, a {@code .parquet} or a {@code .gpkg} file. */
    static boolean isResults(Path p) {
        return ResultsStore.isResults(p) || GeoPackageResults.isGeoPackage(p);
    }

    static Results open(Path p) throws IOException {
        if (!Files.exists(p)) {
            throw new IOException(p + ": no such file or folder");
        }
        return GeoPackageResults.isGeoPackage(p) ? GeoPackageResults.open(p) : ResultsStore.open(p);
    }

    Path source();

    long incidentCount() throws SQLException;

    /**
     * False when the file holds points and columns but not the records (a GeoPackage from another tool or an older
     * export): the app then maps and filters its points without listing incidents.
     */
    boolean hasRecords() throws SQLException;

    List<Incident> incidents() throws SQLException;

    List<Deployment> deployments() throws SQLException;

    /** The resolved place mentions, as {@code extract} lists them (none in a GeoPackage). */
    List<PlaceMention> mentions() throws SQLException;

    List<LoadProblem> problems() throws SQLException;

    /** The quote of every evidence, for joining articles that cannot be reached. */
    List<ResultsStore.Quote> allQuotes() throws SQLException;

    /** The event types present, sorted, for a filter menu. */
    List<String> eventTypes() throws SQLException;

    /** The incidents as primitive columns for the map, read once. */
    IncidentPoints points() throws SQLException;

    /** An incident as the results window lists it: what, when, where, and the sentences that say so. */
    record Hit(String id, String eventType, String date, String place, List<String> quotes) {
        public Hit {
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * Up to {@code limit} incidents matching {@code f} inside a box of degrees (minLon, minLat, maxLon, maxLat), in
     * the order they were extracted, each with its quoted sentences.
     */
    List<Hit> incidentsIn(double minLon, double minLat, double maxLon, double maxLat, ResultsStore.Filter f, int limit)
            throws SQLException;

    @Override
    void close() throws IOException;

    /** The lower-case file name ends with {@code suffix}. */
    static boolean named(Path p, String suffix) {
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix);
    }
}
