package org.incidentatlas.spark;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.example.GroupWriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;

/**
 * One task's GeoParquet files of one table, one file per month: {@code DIR/month=YYYY-MM/part-NNNNN.parquet}
 * (Hive-style, so DuckDB and Spark read the month as a column; {@code month=unknown} for undated rows). Each file
 * carries the GeoParquet 1.1 {@code geo} metadata: the {@code geometry} column as WKB points in OGC:CRS84
 * (longitude, latitude), with the file's bounding box. A rerun of the task overwrites its own files.
 */
final class GeoParquetSink implements Closeable {
    static final String GEO_VERSION = "1.1.0";

    private final Configuration conf;
    private final String dir;
    private final String part;
    private final MessageType schema;
    private final SimpleGroupFactory groups;
    private final Map<String, ParquetWriter<Group>> writers = new LinkedHashMap<>();
    private final Map<String, GeoWriteSupport> supports = new LinkedHashMap<>();
    private long rows;

    GeoParquetSink(Configuration conf, String dir, int partition, MessageType schema) {
        this.conf = conf;
        this.dir = dir;
        this.part = String.format(Locale.ROOT, "part-%05d.parquet", partition);
        this.schema = schema;
        this.groups = new SimpleGroupFactory(schema);
    }

    Group newRow() {
        return groups.newGroup();
    }

    /** Writes a row; {@code lon}/{@code lat} NaN for a row without a point (its geometry stays null). */
    void write(String month, Group row, double lon, double lat) throws IOException {
        String m = month == null ? "unknown" : month;
        ParquetWriter<Group> w = writers.get(m);
        if (w == null) {
            Configuration c = new Configuration(conf);
            GroupWriteSupport.setSchema(schema, c);
            GeoWriteSupport support = new GeoWriteSupport();
            w = new Builder(new Path(new Path(dir, "month=" + m), part), support).withConf(c)
                    .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                    .withCompressionCodec(CompressionCodecName.SNAPPY)
                    .withRowGroupSize(8L * 1024 * 1024)
                    .build();
            writers.put(m, w);
            supports.put(m, support);
        }
        if (!Double.isNaN(lon)) {
            row.append("geometry", Binary.fromConstantByteArray(wkbPoint(lon, lat)));
            supports.get(m).extend(lon, lat);
        }
        w.write(row);
        rows++;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ParquetWriter<Group> w : writers.values()) {
            try {
                w.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** ISO WKB of a 2D point, little-endian: byte order, type 1, x (longitude), y (latitude). */
    static byte[] wkbPoint(double lon, double lat) {
        return ByteBuffer.allocate(21).order(ByteOrder.LITTLE_ENDIAN).put((byte) 1).putInt(1).putDouble(lon)
                .putDouble(lat).array();
    }

    /** The {@code geo} file metadata of GeoParquet 1.1 for one point column with its bounding box. */
    static String geoMetadata(double minLon, double minLat, double maxLon, double maxLat) {
        String bbox = Double.isInfinite(minLon) ? ""
                : String.format(Locale.ROOT, ",\"bbox\":[%s,%s,%s,%s]", minLon, minLat, maxLon, maxLat);
        return "{\"version\":\"" + GEO_VERSION + "\",\"primary_column\":\"geometry\",\"columns\":{\"geometry\":"
                + "{\"encoding\":\"WKB\",\"geometry_types\":[\"Point\"],\"crs\":" + CRS84 + ",\"edges\":\"planar\""
                + bbox + "}}}";
    }

    /** OGC:CRS84 as PROJJSON (longitude, latitude on WGS 84), as the GeoParquet specification gives it. */
    static final String CRS84 = "{\"$schema\":\"https://proj.org/schemas/v0.7/projjson.schema.json\","
            + "\"type\":\"GeographicCRS\",\"name\":\"WGS 84 (CRS84)\",\"datum_ensemble\":{\"name\":\"World Geodetic System 1984 ensemble\","
            + "\"members\":[{\"name\":\"World Geodetic System 1984 (Transit)\"},{\"name\":\"World Geodetic System 1984 (G730)\"},"
            + "{\"name\":\"World Geodetic System 1984 (G873)\"},{\"name\":\"World Geodetic System 1984 (G1150)\"},"
            + "{\"name\":\"World Geodetic System 1984 (G1674)\"},{\"name\":\"World Geodetic System 1984 (G1762)\"},"
            + "{\"name\":\"World Geodetic System 1984 (G2139)\"}],\"ellipsoid\":{\"name\":\"WGS 84\",\"semi_major_axis\":6378137,"
            + "\"inverse_flattening\":298.257223563},\"accuracy\":\"2.0\",\"id\":{\"authority\":\"EPSG\",\"code\":6326}},"
            + "\"coordinate_system\":{\"subtype\":\"ellipsoidal\",\"axis\":[{\"name\":\"Geodetic longitude\",\"abbreviation\":\"Lon\","
            + "\"direction\":\"east\",\"unit\":\"degree\"},{\"name\":\"Geodetic latitude\",\"abbreviation\":\"Lat\",\"direction\":\"north\","
            + "\"unit\":\"degree\"}]},\"scope\":\"Not known.\",\"area\":\"World.\",\"bbox\":{\"south_latitude\":-90,"
            + "\"west_longitude\":-180,\"north_latitude\":90,\"east_longitude\":180},\"id\":{\"authority\":\"OGC\",\"code\":\"CRS84\"}}";

    /** Group rows, plus the {@code geo} metadata written when the file is closed (the bbox is known only then). */
    private static final class GeoWriteSupport extends GroupWriteSupport {
        private double minLon = Double.POSITIVE_INFINITY;
        private double minLat = Double.POSITIVE_INFINITY;
        private double maxLon = Double.NEGATIVE_INFINITY;
        private double maxLat = Double.NEGATIVE_INFINITY;

        void extend(double lon, double lat) {
            minLon = Math.min(minLon, lon);
            minLat = Math.min(minLat, lat);
            maxLon = Math.max(maxLon, lon);
            maxLat = Math.max(maxLat, lat);
        }

        @Override
        public FinalizedWriteContext finalizeWrite() {
            return new FinalizedWriteContext(Map.of("geo", geoMetadata(minLon, minLat, maxLon, maxLat)));
        }
    }

    private static final class Builder extends ParquetWriter.Builder<Group, Builder> {
        private final GeoWriteSupport support;

        Builder(Path file, GeoWriteSupport support) {
            super(file);
            this.support = support;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Group> getWriteSupport(Configuration conf) {
            return support;
        }
    }
}
