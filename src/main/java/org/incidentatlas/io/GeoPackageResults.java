package org.incidentatlas.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.PlaceMention;

/**
 * A GeoPackage opened as results, read-only through SQLite's JDBC driver (the one NGA GeoPackage brings). An export
 * of this app ({@link GeoPackageWriter}) holds the exact records in {@code atlas_records} and their quotes in
 * {@code atlas_quotes}, so it opens as the extraction it was. Any other GeoPackage with a point layer (named
 * {@code incidents}, else the first features table) opens as points: its geometry, {@code event_type} and
 * {@code time_start}/{@code time_end} (or {@code event_date}) when it has them.
 */
public final class GeoPackageResults implements Results {
    private final Connection db;
    private final Path source;
    private final String layer;
    private final String geometry;
    private final Set<String> columns;
    private final boolean records;

    private GeoPackageResults(Connection db, Path source) throws SQLException, IOException {
        this.db = db;
        this.source = source;
        String table = null;
        String geom = null;
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT table_name, column_name FROM gpkg_geometry_columns"
                        + " ORDER BY table_name <> 'incidents', table_name")) {
            if (rs.next()) {
                table = rs.getString(1);
                geom = rs.getString(2);
            }
        } catch (SQLException e) {
            throw new IOException(source + ": not a GeoPackage (no gpkg_geometry_columns table)", e);
        }
        if (table == null) {
            throw new IOException(source + ": the GeoPackage has no point layer to open");
        }
        this.layer = table;
        this.geometry = geom;
        this.columns = columns(table);
        this.records = !columns(GeoPackageWriter.RECORDS).isEmpty();
    }

    static boolean isGeoPackage(Path p) {
        return Files.isRegularFile(p) && Results.named(p, ".gpkg");
    }

    public static GeoPackageResults open(Path p) throws IOException {
        try {
            Properties props = new Properties();
            props.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY: opening never changes the analyst's file
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + p.toAbsolutePath(), props);
            try {
                return new GeoPackageResults(c, p);
            } catch (SQLException | IOException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IOException(p + ": cannot open as a GeoPackage: " + e.getMessage(), e);
        }
    }

    private Set<String> columns(String table) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + ident(table) + ")")) {
            while (rs.next()) {
                out.add(rs.getString("name"));
            }
        }
        return out;
    }

    private static String ident(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    @Override
    public Path source() {
        return source;
    }

    @Override
    public long incidentCount() throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + ident(layer))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public boolean hasRecords() {
        return records;
    }

    @Override
    public List<Incident> incidents() throws SQLException {
        return records("incident", Incident.class);
    }

    @Override
    public List<Deployment> deployments() throws SQLException {
        return records("deployment", Deployment.class);
    }

    private <T> List<T> records(String kind, Class<T> type) throws SQLException {
        List<T> out = new ArrayList<>();
        if (!records) {
            return out;
        }
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT model_json FROM "
                + GeoPackageWriter.RECORDS + " WHERE kind = '" + kind + "' ORDER BY extract_order")) {
            while (rs.next()) {
                out.add(ModelJson.read(rs.getString(1), type));
            }
        }
        return out;
    }

    @Override
    public List<PlaceMention> mentions() {
        return List.of();
    }

    @Override
    public List<LoadProblem> problems() {
        if (records) {
            return List.of();
        }
        return List.of(new LoadProblem(source.toString(), LoadProblem.Severity.WARNING, "the GeoPackage holds the points of layer "
                + layer + " but not the incidents' records (not exported by this version of Incident Atlas):"
                + " they are mapped and filtered, not listed"));
    }

    @Override
    public List<ResultsStore.Quote> allQuotes() throws SQLException {
        List<ResultsStore.Quote> out = new ArrayList<>();
        if (!records) {
            return out;
        }
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT article_id, sentence, start, \"end\","
                + " quote, quote_start, source FROM " + GeoPackageWriter.QUOTES + " ORDER BY rowid")) {
            while (rs.next()) {
                out.add(new ResultsStore.Quote(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getInt(6), rs.getString(7)));
            }
        }
        return out;
    }

    @Override
    public List<String> eventTypes() throws SQLException {
        List<String> out = new ArrayList<>();
        if (!columns.contains("event_type")) {
            return out;
        }
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT DISTINCT event_type FROM "
                + ident(layer) + " WHERE event_type IS NOT NULL ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Override
    public IncidentPoints points() throws SQLException {
        List<String> types = eventTypes();
        Map<String, Integer> codes = new HashMap<>();
        for (int t = 0; t < types.size(); t++) {
            codes.put(types.get(t), t);
        }
        String start = columns.contains("time_start") ? "time_start" : columns.contains("event_date") ? "event_date" : "NULL";
        String end = columns.contains("time_end") ? "time_end" : columns.contains("event_date") ? "event_date" : "NULL";
        boolean openEnd = columns.contains("time_end"); // a start without an end: an open "since" range
        String sql = "SELECT " + ident(geometry) + ", " + (columns.contains("event_type") ? "event_type" : "NULL") + ", "
                + start + ", " + end + " FROM " + ident(layer);
        IncidentPoints.Builder b = new IncidentPoints.Builder(types, (int) Math.min(Integer.MAX_VALUE - 8, incidentCount()));
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                double[] xy = point(rs.getBytes(1));
                String type = rs.getString(2);
                int from = day(rs.getString(3));
                int to = day(rs.getString(4));
                if (to == IncidentPoints.NO_DATE && from != IncidentPoints.NO_DATE && openEnd) {
                    to = Integer.MAX_VALUE;
                }
                b.add(xy[0], xy[1], type == null ? -1 : codes.getOrDefault(type, -1), from, to);
            }
        }
        return b.build();
    }

    /**
     * The points of the layer in the box whose type and dates match (the same rule as {@link IncidentPoints#select}),
     * with the layer's {@code quote} column (this app's exports: the sentences joined by " | ").
     */
    @Override
    public List<Hit> incidentsIn(double minLon, double minLat, double maxLon, double maxLat, ResultsStore.Filter f, int limit)
            throws SQLException {
        String id = columns.contains("incident_id") ? "incident_id" : "fid";
        String type = columns.contains("event_type") ? "event_type" : "NULL";
        String date = columns.contains("event_date") ? "event_date" : columns.contains("time_start") ? "substr(time_start, 1, 10)" : "NULL";
        String place = columns.contains("location") ? "location" : "NULL";
        String quote = columns.contains("quote") ? "quote" : "NULL";
        // the layer's R-tree (gpkg_rtree_index, as this app writes it) narrows the scan to the box
        String rtree = "rtree_" + layer + "_" + geometry;
        String where = columns(rtree).isEmpty() ? "" : String.format(java.util.Locale.ROOT,
                " WHERE rowid IN (SELECT id FROM %s WHERE maxx >= %s AND minx <= %s AND maxy >= %s AND miny <= %s)",
                ident(rtree), minLon, maxLon, minLat, maxLat);
        String sql = "SELECT " + ident(geometry) + ", " + id + ", " + type + ", " + date + ", " + place + ", " + quote + " FROM "
                + ident(layer) + where + " ORDER BY rowid";
        List<Hit> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next() && out.size() < limit) {
                double[] xy = point(rs.getBytes(1));
                if (!(xy[0] >= minLon && xy[0] <= maxLon && xy[1] >= minLat && xy[1] <= maxLat)) {
                    continue;
                }
                String t = rs.getString(3);
                if (!f.eventTypes().isEmpty() && !f.eventTypes().contains(t)) {
                    continue;
                }
                String d = rs.getString(4);
                int day = day(d);
                if (f.from() != null && (day == IncidentPoints.NO_DATE || day < f.from().toEpochDay())
                        || f.to() != null && (day == IncidentPoints.NO_DATE || day > f.to().toEpochDay())) {
                    continue;
                }
                String q = rs.getString(6);
                out.add(new Hit(rs.getString(2), t, d, rs.getString(5), q == null ? List.of() : List.of(q.split(" \\| "))));
            }
        }
        return out;
    }

    /** The day of an ISO date or date-time, or {@link IncidentPoints#NO_DATE}. */
    private static int day(String iso) {
        if (iso == null || iso.length() < 10) {
            return IncidentPoints.NO_DATE;
        }
        try {
            return (int) LocalDate.parse(iso.substring(0, 10)).toEpochDay();
        } catch (java.time.format.DateTimeParseException e) {
            return IncidentPoints.NO_DATE;
        }
    }

    private static final double[] NO_POINT = {Double.NaN, Double.NaN};

    /**
     * The (x, y) of a GeoPackage geometry blob holding a point (the "GP" header, an optional envelope, then WKB); NaN
     * for an empty or missing geometry or any other kind. A point layer of a GeoPackage is EPSG:4326 as written here;
     * another SRS is read as if it were.
     */
    static double[] point(byte[] blob) {
        if (blob == null || blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            return NO_POINT;
        }
        int flags = blob[3];
        if ((flags & 0x10) != 0) {
            return NO_POINT; // empty geometry
        }
        int envelope = switch ((flags >> 1) & 7) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> -1;
        };
        int at = 8 + envelope;
        if (envelope < 0 || blob.length < at + 21) {
            return NO_POINT;
        }
        ByteBuffer wkb = ByteBuffer.wrap(blob, at, blob.length - at);
        wkb.order(blob[at] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        wkb.get();
        int kind = wkb.getInt() % 1000; // 1, 1001 (Z), 2001 (M), 3001 (ZM): a point
        if (kind != 1) {
            return NO_POINT;
        }
        double x = wkb.getDouble();
        double y = wkb.getDouble();
        return Double.isNaN(x) || Double.isNaN(y) ? NO_POINT : new double[] {x, y};
    }

    @Override
    public void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }
}
