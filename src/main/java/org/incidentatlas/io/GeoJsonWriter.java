package org.incidentatlas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.stream.Collectors;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;

/**
 * Writes an extraction as a GeoJSON FeatureCollection (RFC 7946): one feature per incident, deployment and resolved
 * place mention, told apart by the {@code layer} property. Unpinned incidents have a null geometry: they are
 * listed, never put on a centroid. {@code scope} says whether this is everything or only what was shown.
 */
public final class GeoJsonWriter {
    private static final JsonFactory FACTORY = new JsonFactory();

    public void write(Extraction extraction, String scope, OutputStream out) throws IOException {
        ArticleIndex index = new ArticleIndex(extraction);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeObjectFieldStart("metadata");
            g.writeStringField("generator", "Incident Atlas");
            g.writeStringField("scope", scope);
            g.writeNumberField("articles", extraction.articles().size());
            g.writeEndObject();
            g.writeArrayFieldStart("features");
            for (Incident i : extraction.incidents()) {
                start(g, i.place());
                g.writeStringField("layer", "incident");
                g.writeStringField("id", i.id());
                g.writeStringField("event_type", i.type().type());
                g.writeStringField("sub_event_type", i.type().subType());
                date(g, i.date());
                placeProps(g, i.place());
                if (i.place() != null || i.area() != null) {
                    g.writeNumberField("geo_precision", i.geoPrecision());
                }
                area(g, i.area());
                g.writeStringField("actors", i.actors().stream().map(Actor::name).collect(Collectors.joining("; ")));
                actorList(g, i.actors());
                if (i.fatalities() != null) {
                    g.writeNumberField("fatalities", i.fatalities());
                }
                g.writeStringField("status", i.status().name().toLowerCase(java.util.Locale.ROOT));
                sources(g, index, i.evidence().get(0));
                g.writeStringField("sources", String.join("; ", i.sources()));
                g.writeStringField("merge_note", i.mergeNote());
                evidenceList(g, index, i.evidence());
                end(g);
            }
            for (Deployment d : extraction.deployments()) {
                start(g, d.place());
                g.writeStringField("layer", "deployment");
                g.writeStringField("id", d.id());
                g.writeStringField("actors", d.actor().name());
                actorList(g, java.util.List.of(d.actor()));
                date(g, d.since());
                placeProps(g, d.place());
                g.writeNumberField("geo_precision", d.geoPrecision());
                area(g, d.area());
                sources(g, index, d.evidence().get(0));
                evidenceList(g, index, d.evidence());
                end(g);
            }
            for (PlaceMention m : extraction.mentions()) {
                if (m.status() != MentionStatus.RESOLVED) {
                    continue;
                }
                start(g, m.place());
                g.writeStringField("layer", "mention");
                g.writeStringField("surface", m.surface());
                g.writeStringField("role", m.role().name().toLowerCase(java.util.Locale.ROOT));
                placeProps(g, m.place());
                g.writeNumberField("confidence", Math.round(m.confidence() * 1000) / 1000.0);
                g.writeStringField("rule", m.rule());
                sources(g, index, m.evidence());
                end(g);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void start(JsonGenerator g, Place p) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        if (p == null) {
            g.writeNullField("geometry");
        } else {
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(p.lon());
            g.writeNumber(p.lat());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeObjectFieldStart("properties");
    }

    private static void end(JsonGenerator g) throws IOException {
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void date(JsonGenerator g, EventDate d) throws IOException {
        g.writeStringField("date", d.start() == null ? null : d.start().toString());
        g.writeStringField("date_end", d.end() == null ? null : d.end().toString());
        g.writeStringField("date_precision", d.precision().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("date_text", d.text());
        g.writeBooleanField("date_open_end", d.openEnd());
    }

    /** Where an unpinned fact is known to lie (a country): a property, never a geometry. */
    private static void area(JsonGenerator g, Place a) throws IOException {
        if (a == null) {
            return;
        }
        g.writeObjectFieldStart("area");
        g.writeStringField("id", a.id());
        g.writeStringField("name", a.name());
        g.writeStringField("kind", a.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("feature_code", a.featureCode());
        g.writeStringField("country", a.country());
        g.writeStringField("admin1", a.admin1());
        g.writeNumberField("lat", a.lat());
        g.writeNumberField("lon", a.lon());
        g.writeNumberField("population", a.population());
        g.writeNumberField("radius_km", a.radiusKm());
        g.writeEndObject();
        g.writeStringField("area_name", a.name());
    }

    /** Structured actors and all evidence, so {@link GeoJsonReader} can rebuild the same records. */
    private static void actorList(JsonGenerator g, java.util.List<Actor> actors) throws IOException {
        g.writeArrayFieldStart("actor_list");
        for (Actor a : actors) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("name", a.name());
            g.writeStringField("type", a.type().name().toLowerCase(java.util.Locale.ROOT));
            if (a.evidence() != null) {
                g.writeFieldName("evidence");
                evidence(g, null, a.evidence());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void evidenceList(JsonGenerator g, ArticleIndex index, java.util.List<Evidence> evidence)
            throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            evidence(g, index, e);
        }
        g.writeEndArray();
    }

    private static void evidence(JsonGenerator g, ArticleIndex index, Evidence e) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", e.articleId());
        g.writeNumberField("sentence_index", e.sentence());
        g.writeNumberField("start", e.span().start());
        g.writeNumberField("end", e.span().end());
        if (index != null) {
            g.writeStringField("quote", index.sentence(e));
        }
        g.writeEndObject();
    }

    private static void placeProps(JsonGenerator g, Place p) throws IOException {
        if (p == null) {
            return;
        }
        g.writeStringField("place_id", p.id());
        g.writeStringField("place", p.name());
        g.writeStringField("place_kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("country", p.country());
        g.writeNumberField("radius_km", p.radiusKm());
        g.writeStringField("feature_code", p.featureCode());
        g.writeStringField("admin1", p.admin1());
        g.writeNumberField("population", p.population());
    }

    private static void sources(JsonGenerator g, ArticleIndex index, Evidence e) throws IOException {
        Article a = index.get(e.articleId());
        g.writeStringField("article", e.articleId());
        g.writeNumberField("start", e.span().start());
        g.writeNumberField("end", e.span().end());
        g.writeStringField("quote", index.sentence(e));
        if (a != null) {
            g.writeStringField("publisher", a.publisher());
            g.writeStringField("title", a.displayTitle());
            g.writeStringField("source_url", Links.webOnly(a.url()));
        }
    }
}
