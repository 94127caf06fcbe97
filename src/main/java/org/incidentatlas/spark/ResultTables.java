package org.incidentatlas.spark;

import java.io.IOException;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.incidentatlas.io.ModelJson;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;

/**
 * The columns of {@code incidents/}, {@code deployments/} and {@code mentions/} (docs/scale.md lists them): flat
 * columns any GeoParquet reader can filter on, the evidence with its quote, {@code extract_order} (the position in
 * {@code extract}'s lists) and {@code model_json}, the exact record, so that the app reads back what
 * {@code extract} makes.
 */
final class ResultTables {
    private static final String EVIDENCE = "optional group evidence (LIST) { repeated group list { required group element {"
            + " required binary article_id (STRING); required int32 sentence; required int32 start; required int32 end;"
            + " optional binary quote (STRING); optional int32 quote_start; optional binary source (STRING); } } }";
    private static final String PLACE = "optional binary place_id (STRING); optional binary place_name (STRING);"
            + " optional binary country (STRING); optional double lon; optional double lat;";
    private static final String AREA = "optional binary area_id (STRING); optional binary area_name (STRING);";
    private static final String TAIL = "required int64 extract_order; required binary model_json (STRING); optional binary geometry;";

    static final MessageType INCIDENTS = MessageTypeParser.parseMessageType("message incident {"
            + " required binary id (STRING); required binary event_type (STRING); required binary sub_event_type (STRING);"
            + " optional int32 date_start (DATE); optional int32 date_end (DATE); required binary date_precision (STRING);"
            + " optional binary date_text (STRING); " + PLACE + AREA + " required int32 geo_precision;"
            + " optional int32 fatalities; required binary status (STRING);"
            + " optional group actors (LIST) { repeated group list { required binary element (STRING); } }"
            + " optional group sources (LIST) { repeated group list { required binary element (STRING); } }"
            + " optional binary merge_note (STRING); " + EVIDENCE + TAIL + " }");

    static final MessageType DEPLOYMENTS = MessageTypeParser.parseMessageType("message deployment {"
            + " required binary id (STRING); required binary actor (STRING); optional binary actor_id (STRING);"
            + " required binary actor_type (STRING); " + PLACE + AREA + " required int32 geo_precision;"
            + " optional int32 since_start (DATE); optional int32 since_end (DATE); required binary since_precision (STRING);"
            + " optional binary since_text (STRING); " + EVIDENCE + TAIL + " }");

    static final MessageType MENTIONS = MessageTypeParser.parseMessageType("message mention {"
            + " required binary article_id (STRING); required int32 sentence; required int32 start; required int32 end;"
            + " required binary surface (STRING); required binary role (STRING); required binary rule (STRING);"
            + " optional binary place_kind (STRING); " + PLACE + " required double confidence;"
            + " optional binary quote (STRING); optional int32 quote_start; optional binary source (STRING); " + TAIL + " }");

    private ResultTables() {
    }

    static void writeIncident(GeoParquetSink sink, Item it) throws IOException {
        Incident i = ModelJson.read(it.json, Incident.class);
        Group g = sink.newRow();
        g.append("id", i.id()).append("event_type", i.type().type()).append("sub_event_type", i.type().subType());
        if (i.date().isResolved()) {
            g.append("date_start", (int) i.date().start().toEpochDay()).append("date_end", (int) i.date().end().toEpochDay());
        }
        g.append("date_precision", i.date().precision().name());
        opt(g, "date_text", i.date().text());
        place(g, i.place());
        if (i.area() != null) {
            g.append("area_id", i.area().id()).append("area_name", i.area().name());
        }
        g.append("geo_precision", i.geoPrecision());
        if (i.fatalities() != null) {
            g.append("fatalities", i.fatalities().intValue());
        }
        g.append("status", i.status().name());
        list(g, "actors", i.actors().stream().map(a -> a.name()).toList());
        list(g, "sources", i.sources());
        opt(g, "merge_note", i.mergeNote());
        evidence(g, i.evidence(), it);
        tail(g, it);
        sink.write(it.month, g, i.place() == null ? Double.NaN : i.place().lon(), i.place() == null ? Double.NaN : i.place().lat());
    }

    static void writeDeployment(GeoParquetSink sink, Item it) throws IOException {
        Deployment d = ModelJson.read(it.json, Deployment.class);
        Group g = sink.newRow();
        g.append("id", d.id()).append("actor", d.actor().name());
        opt(g, "actor_id", d.actor().id());
        g.append("actor_type", d.actor().type().name());
        place(g, d.place());
        if (d.area() != null) {
            g.append("area_id", d.area().id()).append("area_name", d.area().name());
        }
        g.append("geo_precision", d.geoPrecision());
        if (d.since().isResolved()) {
            g.append("since_start", (int) d.since().start().toEpochDay()).append("since_end", (int) d.since().end().toEpochDay());
        }
        g.append("since_precision", d.since().precision().name());
        opt(g, "since_text", d.since().text());
        evidence(g, d.evidence(), it);
        tail(g, it);
        sink.write(it.month, g, d.place() == null ? Double.NaN : d.place().lon(), d.place() == null ? Double.NaN : d.place().lat());
    }

    static void writeMention(GeoParquetSink sink, Item it) throws IOException {
        PlaceMention m = ModelJson.read(it.json, PlaceMention.class);
        Group g = sink.newRow();
        g.append("article_id", m.articleId()).append("sentence", m.evidence().sentence())
                .append("start", m.span().start()).append("end", m.span().end())
                .append("surface", m.surface()).append("role", m.role().name()).append("rule", m.rule());
        if (m.place() != null) {
            g.append("place_kind", m.place().kind().name());
        }
        place(g, m.place());
        g.append("confidence", m.confidence());
        opt(g, "quote", it.quotes.length > 0 ? it.quotes[0] : null);
        if (it.quoteStarts.length > 0) {
            g.append("quote_start", it.quoteStarts[0]);
        }
        opt(g, "source", it.sources.length > 0 ? it.sources[0] : null);
        tail(g, it);
        sink.write(it.month, g, m.place() == null ? Double.NaN : m.place().lon(), m.place() == null ? Double.NaN : m.place().lat());
    }

    private static void place(Group g, Place p) {
        if (p == null) {
            return;
        }
        g.append("place_id", p.id()).append("place_name", p.name());
        opt(g, "country", p.country());
        g.append("lon", p.lon()).append("lat", p.lat());
    }

    private static void evidence(Group g, List<Evidence> evidence, Item it) {
        Group list = g.addGroup("evidence");
        for (int k = 0; k < evidence.size(); k++) {
            Evidence e = evidence.get(k);
            Group el = list.addGroup("list").addGroup("element");
            el.append("article_id", e.articleId()).append("sentence", e.sentence())
                    .append("start", e.span().start()).append("end", e.span().end());
            opt(el, "quote", k < it.quotes.length ? it.quotes[k] : null);
            if (k < it.quoteStarts.length) {
                el.append("quote_start", it.quoteStarts[k]);
            }
            opt(el, "source", k < it.sources.length ? it.sources[k] : null);
        }
    }

    private static void list(Group g, String field, List<String> values) {
        Group list = g.addGroup(field);
        for (String v : values) {
            list.addGroup("list").append("element", v);
        }
    }

    private static void tail(Group g, Item it) {
        g.append("extract_order", it.order).append("model_json", it.json);
    }

    private static void opt(Group g, String field, String value) {
        if (value != null) {
            g.append(field, value);
        }
    }
}
