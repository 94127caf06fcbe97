package org.incidentatlas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * place mention, told apart by the {@code layer} property, one feature per line. Unpinned incidents have a null
 * geometry: they are listed, never put on a centroid. {@code scope} says whether this is everything or only what
 * was shown.
 *
 * <p>{@link #open} streams: mention features go to a spill file as each article finishes, and of each article only
 * its title, publisher, link and the sentences its incidents and deployments quote are kept; incidents (merged
 * across articles) and deployments are written first at the end, then the spilled mentions are copied in. So memory
 * grows with the incidents, not with the text.
 */
public final class GeoJsonWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final SerializedString FEATURE_SEPARATOR = new SerializedString(",\n");

    /** What a feature shows of its article: the article's title, publisher and link, and the quoted sentence. */
    private interface Sources {
        Article article(String id);

        String sentence(Evidence e);
    }

    public void write(Extraction extraction, String scope, OutputStream out) throws IOException {
        ArticleIndex index = new ArticleIndex(extraction);
        Sources sources = new Sources() {
            @Override
            public Article article(String id) {
                return index.get(id);
            }

            @Override
            public String sentence(Evidence e) {
                return index.sentence(e);
            }
        };
        JsonGenerator g = generator(out);
        header(out, scope, extraction.articles().size());
        writeEvents(g, sources, extraction.incidents(), extraction.deployments());
        for (PlaceMention m : extraction.mentions()) {
            writeMention(g, sources, m);
        }
        g.flush();
        footer(out);
    }

    /** Starts a streamed collection on {@code out}; mention features are spilled to {@code spillDir} (null: temp). */
    public Stream open(OutputStream out, Path spillDir, String scope) throws IOException {
        return new Stream(out, spillDir, scope);
    }

    /** A collection being written: {@link #accept} each article in order, then {@link #finish} once. */
    public final class Stream implements AutoCloseable {
        private final OutputStream out;
        private final String scope;
        private final SpillFile spill;
        private final JsonGenerator mentions;
        private final Map<String, Article> articles = new HashMap<>();
        private final Map<String, String> quotes = new HashMap<>();
        private int count;
        private boolean finished;

        private Stream(OutputStream out, Path spillDir, String scope) throws IOException {
            this.out = out;
            this.scope = scope;
            this.spill = new SpillFile(spillDir, "incident-atlas-features");
            this.mentions = generator(spill.out());
        }

        /** One finished article: its mentions, and the incidents and deployments found in it (for their quotes). */
        public void accept(Article a, List<PlaceMention> ms, List<Incident> incidents, List<Deployment> deployments)
                throws IOException {
            count++;
            Sources own = new Sources() {
                @Override
                public Article article(String id) {
                    return a;
                }

                @Override
                public String sentence(Evidence e) {
                    return quote(a, e);
                }
            };
            for (PlaceMention m : ms) {
                writeMention(mentions, own, m);
            }
            if (incidents.isEmpty() && deployments.isEmpty()) {
                return;
            }
            articles.put(a.id(), withoutText(a));
            for (Incident i : incidents) {
                remember(a, i.evidence());
            }
            for (Deployment d : deployments) {
                remember(a, d.evidence());
            }
        }

        private void remember(Article a, List<Evidence> evidence) {
            for (Evidence e : evidence) {
                if (e.articleId().equals(a.id())) {
                    quotes.putIfAbsent(e.articleId() + '\n' + e.sentence(), quote(a, e));
                }
            }
        }

        /** Writes the incidents and deployments (merged across articles), then the mentions, and ends the document. */
        public void finish(List<Incident> incidents, List<Deployment> deployments) throws IOException {
            mentions.flush();
            Sources kept = new Sources() {
                @Override
                public Article article(String id) {
                    return articles.get(id);
                }

                @Override
                public String sentence(Evidence e) {
                    return quotes.get(e.articleId() + '\n' + e.sentence());
                }
            };
            header(out, scope, count);
            JsonGenerator g = generator(out);
            writeEvents(g, kept, incidents, deployments);
            g.flush();
            if (spill.size() > 0) {
                if (!incidents.isEmpty() || !deployments.isEmpty()) {
                    out.write(FEATURE_SEPARATOR.asUnquotedUTF8());
                }
                spill.copyTo(out);
            }
            footer(out);
            finished = true;
        }

        @Override
        public void close() throws IOException {
            spill.close();
            if (!finished) {
                out.flush();
            }
        }
    }

    /** The article's metadata without its text (what a feature shows of it), to keep memory flat. */
    private static Article withoutText(Article a) {
        return new Article(a.id(), a.source(), a.title(), a.publisher(), a.author(), a.url(), a.published(),
                a.publishedApprox(), "", List.of(), List.of(), null, a.language(), null);
    }

    private static String quote(Article a, Evidence e) {
        if (e.sentence() < 0 || e.sentence() >= a.sentences().size()) {
            return null;
        }
        return a.sentences().get(e.sentence()).of(a.text());
    }

    private static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setRootValueSeparator(FEATURE_SEPARATOR);
        return g;
    }

    private static void header(OutputStream out, String scope, int articles) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeObjectFieldStart("metadata");
        g.writeStringField("generator", "Incident Atlas");
        g.writeStringField("scope", scope);
        g.writeNumberField("articles", articles);
        g.writeEndObject();
        g.flush(); // the object stays open: the features follow as raw records
        out.write(",\"features\":[\n".getBytes(StandardCharsets.US_ASCII));
    }

    private static void footer(OutputStream out) throws IOException {
        out.write("\n]}\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void writeEvents(JsonGenerator g, Sources index, List<Incident> incidents,
            List<Deployment> deployments) throws IOException {
        for (Incident i : incidents) {
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
        for (Deployment d : deployments) {
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
    }

    private static void writeMention(JsonGenerator g, Sources index, PlaceMention m) throws IOException {
        if (m.status() != MentionStatus.RESOLVED) {
            return;
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
        if (d.approxAnchor()) {
            g.writeBooleanField("date_anchor_approximate", true);
        }
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

    private static void evidenceList(JsonGenerator g, Sources index, java.util.List<Evidence> evidence)
            throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            evidence(g, index, e);
        }
        g.writeEndArray();
    }

    private static void evidence(JsonGenerator g, Sources index, Evidence e) throws IOException {
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

    private static void sources(JsonGenerator g, Sources index, Evidence e) throws IOException {
        Article a = index.article(e.articleId());
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
