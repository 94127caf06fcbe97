package org.incidentatlas.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.PlaceMention;

/**
 * Opens the output of {@code spark.ExtractJob} (a folder with {@code incidents/}, {@code deployments/},
 * {@code mentions/}, {@code problems/}) or a single GeoParquet file of incidents, in an in-process DuckDB (offline,
 * nothing leaves the machine). Records come back exactly as {@code extract} made them (from {@code model_json},
 * in {@code extract_order}); the quote and article source of each evidence are there for a reader that cannot
 * reach the article file. For a million incidents, {@link #incidentCount} and the SQL filter work
 * in the store, never on a list of records; the map reads {@link #points} once. Not thread-safe: one caller at a time.
 */
public final class ResultsStore implements Results {
    public static final List<String> TABLES = List.of("incidents", "deployments", "mentions");

    private final Connection db;
    private final Path source;

    private ResultsStore(Connection db, Path source) {
        this.db = db;
        this.source = source;
    }

    /** True for what {@link #open} takes: a results folder or a {@code .parquet} file. */
    public static boolean isResults(Path p) {
        if (Files.isDirectory(p)) {
            return Files.isDirectory(p.resolve("incidents")) || Files.isRegularFile(p.resolve("_SUCCESS"))
                    && Files.isDirectory(p.resolve("mentions"));
        }
        return p.getFileName() != null && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
    }

    public static ResultsStore open(Path p) throws IOException {
        if (!Files.exists(p)) {
            throw new IOException(p + ": no such file or folder");
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:duckdb:");
            ResultsStore s = new ResultsStore(c, p);
            s.load();
            return s;
        } catch (SQLException e) {
            throw new IOException(p + ": cannot open as results: " + e.getMessage(), e);
        }
    }

    private void load() throws SQLException, IOException {
        try (Statement st = db.createStatement()) {
            if (Files.isDirectory(source)) {
                for (String t : TABLES) {
                    Path dir = source.resolve(t);
                    if (hasParquet(dir)) {
                        st.execute("CREATE VIEW " + t + " AS SELECT * FROM read_parquet(" + quote(dir + "/**/*.parquet")
                                + ", hive_partitioning = true, union_by_name = true)");
                    } else {
                        st.execute("CREATE VIEW " + t + " AS SELECT NULL::VARCHAR AS model_json, NULL::BIGINT AS extract_order,"
                                + " NULL::DOUBLE AS lon, NULL::DOUBLE AS lat, NULL::VARCHAR AS event_type, NULL::DATE AS date_start"
                                + " WHERE false");
                    }
                }
                Path problems = source.resolve("problems");
                if (hasParquet(problems)) {
                    st.execute("CREATE VIEW problems AS SELECT * FROM read_parquet(" + quote(problems + "/*.parquet") + ")");
                } else {
                    st.execute("CREATE VIEW problems AS SELECT ''::VARCHAR AS file, ''::VARCHAR AS severity, ''::VARCHAR AS message WHERE false");
                }
            } else {
                st.execute("CREATE VIEW incidents AS SELECT * FROM read_parquet(" + quote(source.toString()) + ")");
                st.execute("CREATE VIEW deployments AS SELECT NULL::VARCHAR AS model_json, NULL::BIGINT AS extract_order WHERE false");
                st.execute("CREATE VIEW mentions AS SELECT NULL::VARCHAR AS model_json, NULL::BIGINT AS extract_order WHERE false");
                st.execute("CREATE VIEW problems AS SELECT ''::VARCHAR AS file, ''::VARCHAR AS severity, ''::VARCHAR AS message WHERE false");
            }
        }
    }

    private static boolean hasParquet(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        }
    }

    static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    @Override
    public Path source() {
        return source;
    }

    /** The JDBC connection (views {@code incidents}, {@code deployments}, {@code mentions}, {@code problems}). */
    public Connection connection() {
        return db;
    }

    /** True when the incidents carry their exact records ({@code model_json}), as the Spark job writes them. */
    @Override
    public boolean hasRecords() throws SQLException {
        return hasColumn("model_json");
    }

    @Override
    public long incidentCount() throws SQLException {
        return count("SELECT count(*) FROM incidents");
    }

    public long count(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public List<Incident> incidents() throws SQLException {
        return records("incidents", Incident.class);
    }

    @Override
    public List<Deployment> deployments() throws SQLException {
        return records("deployments", Deployment.class);
    }

    /** The resolved place mentions, as {@code extract} lists them. */
    @Override
    public List<PlaceMention> mentions() throws SQLException {
        return records("mentions", PlaceMention.class);
    }

    @Override
    public List<LoadProblem> problems() throws SQLException {
        List<LoadProblem> out = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT file, severity, message FROM problems")) {
            while (rs.next()) {
                out.add(new LoadProblem(rs.getString(1), LoadProblem.Severity.valueOf(rs.getString(2)), rs.getString(3)));
            }
        }
        return out;
    }

    private <T> List<T> records(String table, Class<T> type) throws SQLException {
        List<T> out = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT model_json FROM " + table + " ORDER BY extract_order")) {
            while (rs.next()) {
                out.add(ModelJson.read(rs.getString(1), type));
            }
        }
        return out;
    }

    /** An evidence's quote and article source, as written beside it. */
    public record Quote(String articleId, int sentence, int start, int end, String quote, int quoteStart, String source) {
    }

    /** The quote of every evidence of every table, for joining articles that cannot be reached. */
    @Override
    public List<Quote> allQuotes() throws SQLException {
        List<Quote> out = new ArrayList<>();
        String sql = "SELECT e.article_id, e.sentence, e.start, e.\"end\", e.quote, e.quote_start, e.source FROM ("
                + "SELECT unnest(evidence) AS e FROM incidents UNION ALL SELECT unnest(evidence) AS e FROM deployments)"
                + " UNION ALL SELECT article_id, sentence, start, \"end\", quote, quote_start, source FROM mentions";
        if (count("SELECT count(*) FROM mentions") == 0 && count("SELECT count(*) FROM deployments") == 0) {
            sql = "SELECT e.article_id, e.sentence, e.start, e.\"end\", e.quote, e.quote_start, e.source FROM ("
                    + "SELECT unnest(evidence) AS e FROM incidents)";
        }
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(new Quote(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getInt(6),
                        rs.getString(7)));
            }
        }
        return out;
    }

    /** The quotes of one incident's evidence, in evidence order. */
    public List<Quote> quotes(String incidentId) throws SQLException {
        List<Quote> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT e.article_id, e.sentence, e.start, e.\"end\", e.quote, e.quote_start, e.source"
                + " FROM (SELECT unnest(evidence) AS e FROM incidents WHERE id = ?)")) {
            ps.setString(1, incidentId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Quote(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getInt(6), rs.getString(7)));
                }
            }
        }
        return out;
    }

    /** What the store filters on: event types (empty: all) and a date window (either end null: open). */
    public record Filter(java.util.Set<String> eventTypes, java.time.LocalDate from, java.time.LocalDate to) {
        public static final Filter ALL = new Filter(java.util.Set.of(), null, null);

        public Filter {
            eventTypes = java.util.Set.copyOf(eventTypes);
        }

        /** The SQL condition; its parameters come from {@link #bind}. */
        String where() {
            StringBuilder w = new StringBuilder("true");
            if (!eventTypes.isEmpty()) {
                w.append(" AND event_type IN (").append(String.join(",", java.util.Collections.nCopies(eventTypes.size(), "?")))
                        .append(")");
            }
            if (from != null) {
                w.append(" AND date_end >= ?");
            }
            if (to != null) {
                w.append(" AND date_start <= ?");
            }
            return w.toString();
        }

        int bind(PreparedStatement ps, int first) throws SQLException {
            int i = first;
            for (String t : new java.util.TreeSet<>(eventTypes)) {
                ps.setString(i++, t);
            }
            if (from != null) {
                ps.setObject(i++, from);
            }
            if (to != null) {
                ps.setObject(i++, to);
            }
            return i;
        }
    }

    /**
     * The incidents as primitive columns for the map (coordinates, type, dates), read once: a pan or a filter then
     * never comes back to the store. About 18 bytes per incident; 1 s per million on a quiet core (docs/scale.md).
     */
    @Override
    public IncidentPoints points() throws SQLException {
        List<String> types = eventTypes();
        StringBuilder code = new StringBuilder("CASE event_type");
        for (int t = 0; t < types.size(); t++) {
            code.append(" WHEN ").append(quote(types.get(t))).append(" THEN ").append(t);
        }
        code.append(" ELSE -1 END");
        IncidentPoints.Builder b = new IncidentPoints.Builder(types, (int) Math.min(Integer.MAX_VALUE - 8, incidentCount()));
        String sql = "SELECT lon, lat, " + (types.isEmpty() ? "-1" : code) + ", date_start - DATE '1970-01-01',"
                + " date_end - DATE '1970-01-01' FROM incidents";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                double lon = rs.getDouble(1);
                if (rs.wasNull()) {
                    lon = Double.NaN;
                }
                double lat = rs.getDouble(2);
                if (rs.wasNull()) {
                    lat = Double.NaN;
                }
                int type = rs.getInt(3);
                int start = rs.getInt(4);
                if (rs.wasNull()) {
                    start = IncidentPoints.NO_DATE;
                }
                int end = rs.getInt(5);
                if (rs.wasNull()) {
                    end = IncidentPoints.NO_DATE;
                }
                b.add(lon, lat, type, start, end);
            }
        }
        return b.build();
    }

    @Override
    public List<Hit> incidentsIn(double minLon, double minLat, double maxLon, double maxLat, Filter f, int limit)
            throws SQLException {
        boolean evidence = hasColumn("evidence");
        String sql = "SELECT " + (hasColumn("id") ? "id" : "NULL") + ", event_type, CAST(date_start AS VARCHAR),"
                + " CAST(date_end AS VARCHAR), " + (hasColumn("place_name") ? "place_name" : "NULL") + ", "
                + (evidence ? "list_transform(evidence, e -> e.quote)" : "NULL") + " FROM incidents"
                + " WHERE lon >= ? AND lon <= ? AND lat >= ? AND lat <= ? AND " + f.where()
                + (hasColumn("extract_order") ? " ORDER BY extract_order" : "") + " LIMIT " + Math.max(0, limit);
        List<Hit> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setDouble(1, minLon);
            ps.setDouble(2, maxLon);
            ps.setDouble(3, minLat);
            ps.setDouble(4, maxLat);
            f.bind(ps, 5);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String from = rs.getString(3);
                    String to = rs.getString(4);
                    List<String> quotes = new ArrayList<>();
                    java.sql.Array a = evidence ? rs.getArray(6) : null;
                    if (a != null) {
                        for (Object q : (Object[]) a.getArray()) {
                            if (q != null && !quotes.contains(q.toString().strip())) {
                                quotes.add(q.toString().strip());
                            }
                        }
                    }
                    out.add(new Hit(rs.getString(1), rs.getString(2), from == null ? null : from.equals(to) || to == null ? from
                            : from + " – " + to, rs.getString(5), quotes));
                }
            }
        }
        return out;
    }

    private boolean hasColumn(String name) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM incidents LIMIT 0")) {
            java.sql.ResultSetMetaData md = rs.getMetaData();
            for (int c = 1; c <= md.getColumnCount(); c++) {
                if (md.getColumnName(c).equals(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Incidents matching {@code f}, pinned or not. */
    public long count(Filter f) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT count(*) FROM incidents WHERE " + f.where())) {
            f.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The box (minLon, minLat, maxLon, maxLat) of the pinned incidents, or null when there are none. */
    public double[] extent() throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT min(lon), min(lat), max(lon), max(lat) FROM incidents WHERE lon IS NOT NULL")) {
            rs.next();
            return rs.getObject(1) == null ? null : new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
        }
    }

    /** The event types present, for a filter menu. */
    @Override
    public List<String> eventTypes() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT DISTINCT event_type FROM incidents WHERE event_type IS NOT NULL ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
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
