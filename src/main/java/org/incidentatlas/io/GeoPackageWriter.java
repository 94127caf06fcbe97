package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mil.nga.geopackage.BoundingBox;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.contents.ContentsDao;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.geopackage.extension.metadata.Metadata;
import mil.nga.geopackage.extension.metadata.MetadataDao;
import mil.nga.geopackage.extension.metadata.MetadataExtension;
import mil.nga.geopackage.extension.metadata.MetadataScopeType;
import mil.nga.geopackage.extension.metadata.reference.MetadataReference;
import mil.nga.geopackage.extension.metadata.reference.MetadataReferenceDao;
import mil.nga.geopackage.extension.metadata.reference.ReferenceScopeType;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.sf.GeometryType;
import mil.nga.sf.Point;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;

/**
 * Writes an OGC GeoPackage (via the NGA library) that QGIS opens as two point layers in WGS 84 (EPSG:4326):
 * {@code incidents}, with the ACLED-like CSV columns plus {@code incident_id} and the date range as time_start and
 * time_end, and {@code deployments}; and two attribute tables with the exact records and their quotes, so the app
 * opens the file again as the extraction it was ({@link GeoPackageResults}). Unpinned incidents are rows with an empty geometry. Each layer has an R-tree spatial
 * index. The scope is written three ways so every tool finds it: in each layer's {@code gpkg_contents.description},
 * as dataset metadata in {@code gpkg_metadata} (the GeoPackage metadata extension, JSON), and referenced from both
 * tables in {@code gpkg_metadata_reference}.
 */
public final class GeoPackageWriter {
    public static final String INCIDENTS = "incidents";
    public static final String DEPLOYMENTS = "deployments";
    /** The exact records (attribute table), read back by {@link GeoPackageResults}. */
    public static final String RECORDS = "atlas_records";
    /** Each evidence's quoted sentence and article source (attribute table). */
    public static final String QUOTES = "atlas_quotes";
    /**
     * The GeoPackage version the file declares (PRAGMA user_version): 1.2, as GDAL writes by default. Nothing here
     * needs a later one, and GDAL before 3.7 (so QGIS 3.22 and 3.28 on current Debian and Ubuntu) warns that a 1.4
     * file, NGA's default, "may only be partially supported".
     */
    static final int USER_VERSION = 10200;
    /**
     * The range a date may lie in, as instants for time sliders (QGIS's temporal controller: "separate fields for
     * start and end", ArcGIS's time slider): the first day from 00:00 UTC to the last day at 23:59:59.999 UTC.
     * Instants, not dates, because QGIS 3.22 compares a DATE field with the slider's date-times as text, which
     * drops an event on the first day of the window. Empty for an undated incident, so it is always shown; no end
     * for an open "since ..." range or a deployment.
     */
    static final String TIME_START = "time_start";
    static final String TIME_END = "time_end";
    private static final String GEOMETRY = "geom";
    private static final String FID = "fid";
    private static final long WGS84 = 4326;

    /** Creates the file atomically (replacing an existing one only once the new one is complete). */
    public void write(Extraction x, String scope, Path file) throws IOException {
        AtomicFiles.replace(file, ".gpkg", tmp -> create(x, scope, tmp));
    }

    private void create(Extraction x, String scope, Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            GeoPackageManager.create(file.toFile());
        } catch (RuntimeException e) {
            throw new IOException("cannot create GeoPackage: " + e.getMessage(), e);
        }
        try (GeoPackage gp = GeoPackageManager.open(file.toFile())) {
            gp.createGeometryColumnsTable();
            writeIncidents(gp, x, scope);
            writeDeployments(gp, x, scope);
            writeRecords(gp, x);
            writeMetadata(gp, x, scope);
            spatialIndex(gp, INCIDENTS);
            spatialIndex(gp, DEPLOYMENTS);
            gp.execSQL("PRAGMA user_version = " + USER_VERSION);
        } catch (SQLException | RuntimeException e) {
            throw new IOException("cannot write GeoPackage " + file + ": " + e.getMessage(), e);
        }
    }

    private static void writeIncidents(GeoPackage gp, Extraction x, String scope) throws SQLException {
        List<FeatureColumn> cols = new ArrayList<>();
        cols.add(FeatureColumn.createColumn("incident_id", GeoPackageDataType.TEXT));
        for (String c : AcledRow.COLUMNS) {
            cols.add(FeatureColumn.createColumn(c, dataType(c)));
        }
        cols.add(FeatureColumn.createColumn(TIME_START, GeoPackageDataType.DATETIME));
        cols.add(FeatureColumn.createColumn(TIME_END, GeoPackageDataType.DATETIME));
        FeatureDao dao = table(gp, INCIDENTS, cols, bounds(x.incidents().stream().filter(Incident::isPinned)
                .map(i -> new double[]{i.place().lon(), i.place().lat()}).toList()));
        setDescription(gp, INCIDENTS, "Incidents (ACLED-like columns). Scope: " + scope);
        ArticleIndex articles = new ArticleIndex(x);
        // one transaction for the rows: a commit per row would sync the disk 100k times
        gp.beginTransaction();
        for (Incident i : x.incidents()) {
            AcledRow r = AcledRow.of(i, articles);
            FeatureRow row = dao.newRow();
            row.setValue("incident_id", i.id());
            List<Object> values = r.values();
            for (int k = 0; k < AcledRow.COLUMNS.size(); k++) {
                Object v = values.get(k);
                row.setValue(AcledRow.COLUMNS.get(k), v instanceof Integer n ? Long.valueOf(n) : v);
            }
            EventDate d = i.date();
            if (d.isResolved()) {
                row.setValue(TIME_START, startOf(d.start()));
                row.setValue(TIME_END, d.openEnd() ? null : endOf(d.end()));
            }
            if (i.place() != null) {
                row.setGeometry(point(i.place().lon(), i.place().lat()));
            }
            dao.create(row);
        }
        gp.endTransaction();
    }

    private static void writeDeployments(GeoPackage gp, Extraction x, String scope) throws SQLException {
        List<FeatureColumn> cols = List.of(
                FeatureColumn.createColumn("deployment_id", GeoPackageDataType.TEXT),
                FeatureColumn.createColumn("actor", GeoPackageDataType.TEXT),
                FeatureColumn.createColumn("actor_type", GeoPackageDataType.TEXT),
                FeatureColumn.createColumn("location", GeoPackageDataType.TEXT),
                FeatureColumn.createColumn("geo_precision", GeoPackageDataType.INTEGER),
                FeatureColumn.createColumn("since", GeoPackageDataType.TEXT),
                FeatureColumn.createColumn("since_precision", GeoPackageDataType.TEXT),
                FeatureColumn.createColumn(TIME_START, GeoPackageDataType.DATETIME),
                FeatureColumn.createColumn("source", GeoPackageDataType.TEXT),
                FeatureColumn.createColumn("quote", GeoPackageDataType.TEXT));
        FeatureDao dao = table(gp, DEPLOYMENTS, cols, bounds(x.deployments().stream().filter(d -> d.place() != null)
                .map(d -> new double[]{d.place().lon(), d.place().lat()}).toList()));
        setDescription(gp, DEPLOYMENTS, "Deployments (actor present at a place since a date). Scope: " + scope);
        ArticleIndex articles = new ArticleIndex(x);
        gp.beginTransaction();
        for (Deployment d : x.deployments()) {
            FeatureRow row = dao.newRow();
            row.setValue("deployment_id", d.id());
            Actor a = d.actor();
            row.setValue("actor", a.name());
            row.setValue("actor_type", a.type().name().toLowerCase(Locale.ROOT));
            if (d.place() == null && d.area() != null) {
                row.setValue("location", d.area().name()); // a country: no point, never its centroid
            }
            if (d.place() != null) {
                row.setValue("location", d.place().name());
                row.setValue("geo_precision", (long) d.geoPrecision());
                row.setGeometry(point(d.place().lon(), d.place().lat()));
            }
            row.setValue("since", d.since().iso());
            row.setValue("since_precision", d.since().precision().name().toLowerCase(Locale.ROOT));
            if (d.since().isResolved()) {
                row.setValue(TIME_START, startOf(d.since().start()));
            }
            row.setValue("source", String.join("; ", d.evidence().stream().map(e -> e.articleId()).distinct().toList()));
            String q = articles.sentence(d.evidence().get(0));
            row.setValue("quote", q == null ? null : q.strip());
            dao.create(row);
        }
        gp.endTransaction();
    }

    /**
     * The records themselves, for the app to open the file again exactly as the extraction was (with every
     * evidence's article, sentence and span): {@code atlas_records} (kind, record_id, extract_order, model_json as
     * {@link ModelJson} writes it) and {@code atlas_quotes} (each evidence's sentence at its offset and the article's
     * source, for a reader that cannot reach the article). Attribute tables (no geometry), so GIS tools list them
     * apart from the two layers.
     */
    private static void writeRecords(GeoPackage gp, Extraction x) throws SQLException {
        gp.createAttributesTable(AttributesTableMetadata.create(RECORDS, List.of(
                AttributesColumn.createColumn("kind", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("record_id", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("extract_order", GeoPackageDataType.INTEGER),
                AttributesColumn.createColumn("model_json", GeoPackageDataType.TEXT))));
        gp.createAttributesTable(AttributesTableMetadata.create(QUOTES, List.of(
                AttributesColumn.createColumn("article_id", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("sentence", GeoPackageDataType.INTEGER),
                AttributesColumn.createColumn("start", GeoPackageDataType.INTEGER),
                AttributesColumn.createColumn("end", GeoPackageDataType.INTEGER),
                AttributesColumn.createColumn("quote", GeoPackageDataType.TEXT),
                AttributesColumn.createColumn("quote_start", GeoPackageDataType.INTEGER),
                AttributesColumn.createColumn("source", GeoPackageDataType.TEXT))));
        AttributesDao records = gp.getAttributesDao(RECORDS);
        AttributesDao quotes = gp.getAttributesDao(QUOTES);
        java.util.Map<String, org.incidentatlas.model.Article> byId = new java.util.HashMap<>();
        for (org.incidentatlas.model.Article a : x.articles()) {
            byId.putIfAbsent(a.id(), a);
        }
        java.util.Set<List<Object>> quoted = new java.util.HashSet<>();
        gp.beginTransaction();
        long order = 0;
        for (Object r : concat(x.incidents(), x.deployments())) {
            AttributesRow row = records.newRow();
            boolean incident = r instanceof Incident;
            row.setValue("kind", incident ? "incident" : "deployment");
            row.setValue("record_id", incident ? ((Incident) r).id() : ((Deployment) r).id());
            row.setValue("extract_order", order++);
            row.setValue("model_json", ModelJson.write(r));
            records.create(row);
            for (org.incidentatlas.model.Evidence e : incident ? ((Incident) r).evidence() : ((Deployment) r).evidence()) {
                org.incidentatlas.model.Article a = byId.get(e.articleId());
                if (a == null || !quoted.add(List.of(e.articleId(), e.sentence(), e.span().start(), e.span().end()))) {
                    continue;
                }
                boolean whole = e.sentence() >= 0 && e.sentence() < a.sentences().size();
                AttributesRow q = quotes.newRow();
                q.setValue("article_id", e.articleId());
                q.setValue("sentence", (long) e.sentence());
                q.setValue("start", (long) e.span().start());
                q.setValue("end", (long) e.span().end());
                q.setValue("quote", whole ? a.sentences().get(e.sentence()).of(a.text()) : null);
                q.setValue("quote_start", whole ? (long) a.sentences().get(e.sentence()).span().start() : (long) e.span().start());
                q.setValue("source", a.source());
                quotes.create(q);
            }
        }
        gp.endTransaction();
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        List<Object> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * An R-tree index (the gpkg_rtree_index extension), built after the rows are in: one bulk load, not a trigger
     * call per row. NGA writes the update triggers of GeoPackage 1.4 (update2, 4, 5, 6, 7); a 1.2 file has those of
     * 1.2 (update1 to 4), which GDAL's validator checks for, so the library's 1.2 triggers replace them.
     */
    private static void spatialIndex(GeoPackage gp, String table) {
        RTreeIndexExtension rtree = new RTreeIndexExtension(gp);
        rtree.create(gp.getFeatureDao(table).getTable());
        rtree.dropUpdate5Trigger(table, GEOMETRY);
        rtree.dropUpdate6Trigger(table, GEOMETRY);
        rtree.dropUpdate7Trigger(table, GEOMETRY);
        rtree.createUpdate1Trigger(table, GEOMETRY, FID);
        rtree.createUpdate3Trigger(table, GEOMETRY, FID);
    }

    private static FeatureDao table(GeoPackage gp, String name, List<FeatureColumn> cols, BoundingBox box) {
        GeometryColumns gc = new GeometryColumns();
        gc.setTableName(name);
        gc.setColumnName(GEOMETRY);
        gc.setGeometryType(GeometryType.POINT);
        gc.setZ((byte) 0);
        gc.setM((byte) 0);
        gc.setSrsId(WGS84);
        gp.createFeatureTable(FeatureTableMetadata.create(gc, FID, cols, box));
        return gp.getFeatureDao(name);
    }

    private static void setDescription(GeoPackage gp, String table, String description) throws SQLException {
        ContentsDao contents = gp.getContentsDao();
        Contents c = contents.queryForId(table);
        c.setIdentifier(table);
        c.setDescription(description);
        contents.update(c);
    }

    private static void writeMetadata(GeoPackage gp, Extraction x, String scope) throws SQLException {
        MetadataExtension ext = new MetadataExtension(gp);
        ext.getOrCreate();
        ext.createMetadataTable();
        ext.createMetadataReferenceTable();
        MetadataDao metadata = ext.getMetadataDao();
        Metadata m = new Metadata();
        m.setMetadataScope(MetadataScopeType.DATASET);
        m.setStandardUri("https://incidentatlas.org/export-metadata");
        m.setMimeType("application/json");
        m.setMetadata("{\"generator\":\"Incident Atlas\",\"scope\":" + jsonString(scope)
                + ",\"incidents\":" + x.incidents().size() + ",\"deployments\":" + x.deployments().size()
                + ",\"articles\":" + x.articles().size() + "}");
        metadata.create(m);
        MetadataReferenceDao refs = MetadataExtension.getMetadataReferenceDao(gp);
        for (String table : List.of(INCIDENTS, DEPLOYMENTS)) {
            MetadataReference ref = new MetadataReference();
            ref.setReferenceScope(ReferenceScopeType.TABLE);
            ref.setTableName(table);
            ref.setMetadata(m);
            refs.create(ref);
        }
    }

    private static GeoPackageGeometryData point(double lon, double lat) {
        GeoPackageGeometryData g = GeoPackageGeometryData.create(WGS84);
        g.setGeometry(new Point(lon, lat));
        return g;
    }

    /** A GeoPackage DATETIME: ISO 8601 in UTC with milliseconds and "Z" (the form the standard prescribes). */
    static String startOf(LocalDate day) {
        return day + "T00:00:00.000Z";
    }

    static String endOf(LocalDate day) {
        return day + "T23:59:59.999Z";
    }

    private static BoundingBox bounds(List<double[]> points) {
        if (points.isEmpty()) {
            return new BoundingBox(-180, -90, 180, 90);
        }
        double minX = 180;
        double minY = 90;
        double maxX = -180;
        double maxY = -90;
        for (double[] p : points) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        return new BoundingBox(minX, minY, maxX, maxY);
    }

    private static GeoPackageDataType dataType(String column) {
        return switch (column) {
            case "event_date" -> GeoPackageDataType.DATE; // ISO text as the CSV, typed so QGIS reads a date
            case "time_precision", "geo_precision", "fatalities" -> GeoPackageDataType.INTEGER;
            case "latitude", "longitude" -> GeoPackageDataType.DOUBLE;
            default -> GeoPackageDataType.TEXT;
        };
    }

    private static String jsonString(String s) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
