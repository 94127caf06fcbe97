package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written file checked against the OGC GeoPackage 1.2 encoding standard (12-128r15) with plain SQL over JDBC and
 * byte parsing, not through the NGA library that wrote it: what GDAL/OGR, and so QGIS, rely on when opening it.
 * Requirement numbers are the standard's. (QGIS itself is a documented manual check: docs/exports.md.)
 */
class GeoPackageSpecTest {
    private static final String SCOPE = "what is shown: type Battles";
    private static final String DATETIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    @TempDir
    static Path dir;
    static Path file;

    @BeforeAll
    static void write() throws Exception {
        file = dir.resolve("spec.gpkg");
        new GeoPackageWriter().write(ExportSamples.extraction(), SCOPE, file);
    }

    @Test
    void headerSaysGeoPackageVersionOnePointTwo() throws Exception {
        byte[] head = Arrays.copyOf(Files.readAllBytes(file), 100);
        assertThat(new String(head, 0, 16, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3\0"); // Req 1
        assertThat(new String(head, 68, 4, StandardCharsets.US_ASCII)).isEqualTo("GPKG"); // Req 2: application_id
        assertThat(ByteBuffer.wrap(head, 60, 4).getInt()).isEqualTo(10200); // user_version: 1.2.0
        try (Connection c = open()) {
            assertThat(single(c, "PRAGMA integrity_check")).isEqualTo("ok"); // Req 6
            assertThat(rows(c, "PRAGMA foreign_key_check")).isEmpty(); // Req 7
        }
    }

    @Test
    void spatialReferenceSystemsHoldWgs84AndTheTwoUndefinedOnes() throws Exception {
        try (Connection c = open()) {
            // Req 11: the EPSG:4326 row, and -1/0 for undefined cartesian and geographic systems
            assertThat(rows(c, "SELECT srs_id, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys"
                    + " ORDER BY srs_id")).containsExactly(List.of("-1", "NONE", "-1"), List.of("0", "NONE", "0"),
                    List.of("4326", "EPSG", "4326"));
            assertThat(single(c, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 4326"))
                    .startsWith("GEOGCS[\"WGS 84\"").contains("AUTHORITY[\"EPSG\",\"4326\"]");
        }
    }

    @Test
    void contentsListBothLayersWithTheirExtentInWgs84() throws Exception {
        try (Connection c = open()) {
            assertThat(rows(c, "SELECT table_name, data_type, identifier, srs_id FROM gpkg_contents ORDER BY table_name"))
                    .containsExactly(Arrays.asList("atlas_quotes", "attributes", "atlas_quotes", null),
                            Arrays.asList("atlas_records", "attributes", "atlas_records", null),
                            List.of("deployments", "features", "deployments", "4326"),
                            List.of("incidents", "features", "incidents", "4326"));
            assertThat(single(c, "SELECT description FROM gpkg_contents WHERE table_name = 'incidents'"))
                    .endsWith("Scope: " + SCOPE);
            assertThat(single(c, "SELECT last_change FROM gpkg_contents WHERE table_name = 'incidents'"))
                    .matches(DATETIME); // Req 15
            // the extent is the bounding box of the pinned incidents (Ain al-Asad, Abu Kamal)
            List<String> box = rows(c, "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents"
                    + " WHERE table_name = 'incidents'").get(0);
            assertThat(box.stream().map(Double::parseDouble).toList()).containsExactly(
                    ExportSamples.ABU_KAMAL.lon(), ExportSamples.AIN_AL_ASAD.lat(),
                    ExportSamples.AIN_AL_ASAD.lon(), ExportSamples.ABU_KAMAL.lat());
            assertThat(rows(c, "SELECT table_name, column_name, geometry_type_name, srs_id, z, m"
                    + " FROM gpkg_geometry_columns ORDER BY table_name")).containsExactly(
                    List.of("deployments", "geom", "POINT", "4326", "0", "0"),
                    List.of("incidents", "geom", "POINT", "4326", "0", "0"));
        }
    }

    @Test
    void columnsHaveGeoPackageTypesWithDatesTypedAsDates() throws Exception {
        try (Connection c = open()) {
            Map<String, String> types = columnTypes(c, "incidents");
            assertThat(types).containsEntry("fid", "INTEGER").containsEntry("geom", "POINT")
                    .containsEntry("event_date", "DATE").containsEntry("time_start", "DATETIME")
                    .containsEntry("time_end", "DATETIME").containsEntry("latitude", "DOUBLE")
                    .containsEntry("fatalities", "INTEGER").containsEntry("quote", "TEXT");
            assertThat(types.keySet()).containsSubsequence("incident_id", "event_date", "time_precision", "notes",
                    "time_start", "time_end");
            assertThat(columnTypes(c, "deployments")).containsEntry("since", "TEXT")
                    .containsEntry("time_start", "DATETIME");
            // Req 5: only the types the standard lists (and geometry type names for geometry columns)
            for (String table : List.of("incidents", "deployments")) {
                assertThat(columnTypes(c, table).values()).allMatch(t -> t.matches(
                        "BOOLEAN|TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|FLOAT|DOUBLE|REAL|TEXT|BLOB|DATE|DATETIME|POINT"));
            }
        }
    }

    @Test
    void datesAndTimeRangesAreIsoValuesAndEmptyWhenUnknown() throws Exception {
        try (Connection c = open()) {
            assertThat(rows(c, "SELECT incident_id, event_date, time_start, time_end FROM incidents ORDER BY fid"))
                    .containsExactly(
                            Arrays.asList("a.txt#1", "2020-01-05", "2020-01-05T00:00:00.000Z", "2020-01-05T23:59:59.999Z"),
                            Arrays.asList("b.txt#1", "2018-03-16", "2018-03-01T00:00:00.000Z", "2018-03-31T23:59:59.999Z"),
                            Arrays.asList("b.txt#2", null, null, null));
            // "since 2017", open-ended: a start, no end
            assertThat(rows(c, "SELECT since, since_precision, time_start FROM deployments"))
                    .containsExactly(List.of("2017", "year", "2017-01-01T00:00:00.000Z"));
        }
    }

    @Test
    void geometriesAreStandardBlobsWithWgs84PointsAndNullForUnpinned() throws Exception {
        try (Connection c = open(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT incident_id, geom FROM incidents ORDER BY fid")) {
            Map<String, double[]> points = new LinkedHashMap<>();
            while (r.next()) {
                byte[] blob = r.getBytes(2);
                points.put(r.getString(1), blob == null ? null : pointOf(blob));
            }
            assertThat(points).containsOnlyKeys("a.txt#1", "b.txt#1", "b.txt#2");
            assertThat(points.get("a.txt#1")).containsExactly(new double[] {42.4412, 33.7856}, within(1e-12));
            assertThat(points.get("b.txt#1")).containsExactly(new double[] {40.9171, 34.4506}, within(1e-12));
            assertThat(points.get("b.txt#2")).isNull(); // unpinned: no point, never a centroid
        }
    }

    @Test
    void eachLayerHasAnRtreeIndexWithTheTriggersOfItsVersion() throws Exception {
        try (Connection c = open()) {
            assertThat(rows(c, "SELECT table_name, column_name, scope FROM gpkg_extensions"
                    + " WHERE extension_name = 'gpkg_rtree_index' ORDER BY table_name")).containsExactly(
                    List.of("deployments", "geom", "write-only"), List.of("incidents", "geom", "write-only"));
            assertThat(rows(c, "SELECT id FROM rtree_incidents_geom ORDER BY id"))
                    .isEqualTo(rows(c, "SELECT fid FROM incidents WHERE geom IS NOT NULL ORDER BY fid")).hasSize(2);
            List<String> box = rows(c, "SELECT minx, maxx, miny, maxy FROM rtree_incidents_geom r"
                    + " JOIN incidents i ON i.fid = r.id WHERE i.incident_id = 'a.txt#1'").get(0);
            // an R-tree keeps 32-bit floats, rounded outwards
            assertThat(Double.parseDouble(box.get(0))).isCloseTo(42.4412, within(1e-4));
            assertThat(Double.parseDouble(box.get(2))).isCloseTo(33.7856, within(1e-4));
            // GeoPackage 1.2's trigger set (1.4 replaced update1 and update3 by update5 to 7)
            assertThat(rows(c, "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                    + " AND tbl_name = 'incidents' ORDER BY name").stream().map(l -> l.get(0)).toList())
                    .containsExactly("rtree_incidents_geom_delete", "rtree_incidents_geom_insert",
                            "rtree_incidents_geom_update1", "rtree_incidents_geom_update2",
                            "rtree_incidents_geom_update3", "rtree_incidents_geom_update4");
        }
    }

    @Test
    void scopeIsDatasetMetadataReferencedFromBothTables() throws Exception {
        try (Connection c = open()) {
            assertThat(rows(c, "SELECT md_scope, mime_type FROM gpkg_metadata"))
                    .containsExactly(List.of("dataset", "application/json"));
            assertThat(single(c, "SELECT metadata FROM gpkg_metadata")).contains("\"scope\":\"" + SCOPE + "\"");
            assertThat(rows(c, "SELECT reference_scope, table_name FROM gpkg_metadata_reference ORDER BY table_name"))
                    .containsExactly(List.of("table", "deployments"), List.of("table", "incidents"));
        }
    }

    /**
     * The point in a GeoPackage geometry blob (standard section 2.1.3): "GP", version 0, flags (bit 0 byte order,
     * bits 1-3 envelope kind, bit 4 empty), the srs_id, the envelope, then a WKB point with its own byte order.
     */
    private static double[] pointOf(byte[] blob) {
        ByteBuffer b = ByteBuffer.wrap(blob);
        assertThat(new String(blob, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("GP");
        assertThat(blob[2]).as("version").isEqualTo((byte) 0);
        int flags = blob[3];
        assertThat(flags & 0x20).as("standard, not extended, geometry type").isZero();
        assertThat(flags & 0x10).as("empty flag").isZero();
        b.order((flags & 1) == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        assertThat(b.getInt(4)).as("srs_id").isEqualTo(4326);
        int envelope = (flags >> 1) & 7;
        int envelopeDoubles = switch (envelope) {
            case 0 -> 0;
            case 1 -> 4;
            case 2, 3 -> 6;
            case 4 -> 8;
            default -> throw new AssertionError("invalid envelope indicator " + envelope);
        };
        int wkb = 8 + 8 * envelopeDoubles;
        ByteBuffer w = ByteBuffer.wrap(blob, wkb, blob.length - wkb);
        w.order(blob[wkb] == 1 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        assertThat(w.getInt(wkb + 1)).as("WKB type Point").isEqualTo(1);
        double x = w.getDouble(wkb + 5);
        double y = w.getDouble(wkb + 13);
        if (envelopeDoubles > 0) {
            double[] env = {b.getDouble(8), b.getDouble(16), b.getDouble(24), b.getDouble(32)}; // minx maxx miny maxy
            assertThat(env).containsExactly(new double[] {x, x, y, y}, within(0.0));
        }
        return new double[] {x, y};
    }

    private static Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static String single(Connection c, String sql) throws SQLException {
        List<List<String>> rows = rows(c, sql);
        assertThat(rows).as(sql).hasSize(1);
        return rows.get(0).get(0);
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        List<List<String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(r.getString(i));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static Map<String, String> columnTypes(Connection c, String table) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        for (List<String> col : rows(c, "PRAGMA table_info(\"" + table + "\")")) {
            types.put(col.get(1), col.get(2));
        }
        return types;
    }
}
