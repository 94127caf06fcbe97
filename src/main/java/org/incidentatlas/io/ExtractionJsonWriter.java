package org.incidentatlas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;

/**
 * Writes an {@link Extraction} as the JSON documented in {@code docs/extraction-format.md}. Streaming, so a large
 * corpus never needs a second in-memory copy. Sentences are quoted from the article so the file stands alone.
 */
public final class ExtractionJsonWriter {
    public static final String FORMAT = "incident-atlas/extraction";
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    public void write(Extraction extraction, OutputStream out) throws IOException {
        ArticleIndex x = new ArticleIndex(extraction);
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeArrayFieldStart("articles");
            for (Article a : extraction.articles()) {
                writeArticle(g, a);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("mentions");
            for (PlaceMention m : extraction.mentions()) {
                writeMention(g, x, m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("events");
            for (Incident i : extraction.incidents()) {
                writeIncident(g, x, i);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("deployments");
            for (Deployment d : extraction.deployments()) {
                writeDeployment(g, x, d);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (LoadProblem p : extraction.problems()) {
                g.writeStartObject();
                g.writeStringField("file", p.file());
                g.writeStringField("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void writeArticle(JsonGenerator g, Article a) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", a.id());
        g.writeStringField("source", a.source());
        g.writeStringField("title", a.title());
        g.writeStringField("publisher", a.publisher());
        g.writeStringField("author", a.author());
        g.writeStringField("url", a.url());
        g.writeStringField("published", a.published() == null ? null : a.published().toString());
        g.writeStringField("published_approx", a.publishedApprox());
        g.writeNumberField("chars", a.text().length());
        g.writeNumberField("sentences", a.sentences().size());
        g.writeNumberField("boilerplate_sentences", a.sentences().stream().filter(Sentence::boilerplate).count());
        g.writeStringField("language", a.language());
        if (a.pageStarts() != null) {
            g.writeNumberField("pages", a.pageStarts().length);
        }
        g.writeArrayFieldStart("warnings");
        for (String w : a.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeMention(JsonGenerator g, ArticleIndex x, PlaceMention m) throws IOException {
        g.writeStartObject();
        g.writeStringField("article", m.articleId());
        g.writeStringField("surface", m.surface());
        g.writeNumberField("start", m.span().start());
        g.writeNumberField("end", m.span().end());
        g.writeNumberField("sentence_index", m.evidence().sentence());
        g.writeStringField("sentence", sentenceText(x, m.evidence()));
        g.writeStringField("role", lower(m.role()));
        g.writeStringField("status", lower(m.status()));
        g.writeStringField("reason", m.rule());
        g.writeFieldName("place");
        writePlace(g, m.place());
        g.writeNumberField("confidence", round(m.confidence(), 3));
        g.writeArrayFieldStart("candidates");
        for (Candidate c : m.candidates()) {
            g.writeStartObject();
            g.writeStringField("id", c.place().id());
            g.writeStringField("name", c.place().name());
            g.writeStringField("country", c.place().country());
            g.writeNumberField("lat", c.place().lat());
            g.writeNumberField("lon", c.place().lon());
            g.writeNumberField("score", round(c.score(), 4));
            g.writeStringField("note", c.note());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeIncident(JsonGenerator g, ArticleIndex x, Incident i) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("type", i.type().label());
        g.writeStringField("event_type", i.type().type());
        g.writeStringField("sub_event_type", i.type().subType());
        writeDate(g, i.date());
        g.writeFieldName("place");
        writePlace(g, i.place());
        g.writeFieldName("area");
        writePlace(g, i.area());
        if (i.place() == null) {
            g.writeNullField("geo_precision");
        } else {
            g.writeNumberField("geo_precision", i.geoPrecision());
        }
        writeActors(g, i.actors());
        if (i.fatalities() == null) {
            g.writeNullField("fatalities");
        } else {
            g.writeNumberField("fatalities", i.fatalities());
        }
        g.writeStringField("status", lower(i.status()));
        writeEvidence(g, x, i.evidence());
        g.writeArrayFieldStart("sources");
        for (String s : i.sources()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeStringField("merge_note", i.mergeNote());
        g.writeEndObject();
    }

    private static void writeDeployment(JsonGenerator g, ArticleIndex x, Deployment d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        writeActors(g, List.of(d.actor()));
        g.writeFieldName("place");
        writePlace(g, d.place());
        g.writeFieldName("area");
        writePlace(g, d.area());
        g.writeNumberField("geo_precision", d.geoPrecision());
        writeDate(g, d.since());
        writeEvidence(g, x, d.evidence());
        g.writeEndObject();
    }

    private static void writeDate(JsonGenerator g, EventDate d) throws IOException {
        g.writeStringField("date", d.start() == null ? null : d.start().toString());
        g.writeStringField("date_end", d.end() == null ? null : d.end().toString());
        g.writeStringField("date_precision", lower(d.precision()));
        g.writeStringField("date_text", d.text());
        g.writeBooleanField("date_open_end", d.openEnd());
    }

    private static void writeActors(JsonGenerator g, List<Actor> actors) throws IOException {
        g.writeArrayFieldStart("actors");
        for (Actor a : actors) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("name", a.name());
            g.writeStringField("type", lower(a.type()));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeEvidence(JsonGenerator g, ArticleIndex x, List<Evidence> evidence) throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            g.writeStartObject();
            g.writeStringField("article", e.articleId());
            g.writeNumberField("start", e.span().start());
            g.writeNumberField("end", e.span().end());
            g.writeNumberField("sentence_index", e.sentence());
            g.writeStringField("sentence", sentenceText(x, e));
            Article a = x.get(e.articleId());
            if (a != null && a.pageStarts() != null) {
                g.writeNumberField("page", a.pageAt(e.span().start()));
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static void writePlace(JsonGenerator g, Place p) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("id", p.id());
        g.writeStringField("name", p.name());
        g.writeStringField("kind", lower(p.kind()));
        g.writeStringField("feature_code", p.featureCode());
        g.writeStringField("country", p.country());
        g.writeStringField("admin1", p.admin1());
        g.writeNumberField("lat", p.lat());
        g.writeNumberField("lon", p.lon());
        g.writeNumberField("radius_km", p.radiusKm());
        g.writeEndObject();
    }

    static String sentenceText(ArticleIndex x, Evidence e) {
        return x.sentence(e);
    }

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
