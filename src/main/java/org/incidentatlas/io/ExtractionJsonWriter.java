package org.incidentatlas.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
 * Writes an {@link Extraction} as the JSON documented in {@code docs/extraction-format.md} (version 3): articles
 * with their sentences as spans; mentions reference an article, a sentence index and a span; each place once in
 * {@code places}. By default (sized for its reader, about 1 MB of JSON per MB of text) only resolved mentions are
 * written, as the compact record (chosen place, role, reason, confidence), each article counts its rejected
 * mentions by reason, and the article texts are left out; {@code text} adds each article's text once;
 * {@code explain} adds the texts, the rejected mentions with their reasons and every mention's candidates.
 *
 * <p>{@link #open} streams: mentions go to the output as each article finishes, articles to a spill file that is
 * copied in at the end, so the writer holds one article at a time plus the place table.
 */
public final class ExtractionJsonWriter {
    public static final String FORMAT = "incident-atlas/extraction";
    public static final int VERSION = 3;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private static final SerializedString RECORD_SEPARATOR = new SerializedString(",\n");

    private final boolean explain;
    private final boolean text;

    /** The compact record: resolved mentions, no article texts. */
    public ExtractionJsonWriter() {
        this(false, false);
    }

    /** {@code explain}: also write the texts, the rejected mentions and each mention's candidates with scores. */
    public ExtractionJsonWriter(boolean explain) {
        this(explain, explain);
    }

    /** {@code text}: write each article's text (implied by {@code explain}). */
    public ExtractionJsonWriter(boolean explain, boolean text) {
        this.explain = explain;
        this.text = text || explain;
    }

    /** Writes a whole extraction held in memory. */
    public void write(Extraction extraction, OutputStream out) throws IOException {
        Map<String, List<PlaceMention>> byArticle = new LinkedHashMap<>();
        for (PlaceMention m : extraction.mentions()) {
            byArticle.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
        }
        try (Stream s = new Stream(out, null)) {
            for (Article a : extraction.articles()) {
                s.accept(a, byArticle.getOrDefault(a.id(), List.of()));
            }
            s.finish(extraction.incidents(), extraction.deployments(), extraction.problems());
        }
    }

    /**
     * Starts a streamed document on {@code out}; articles are spilled to a temporary file in {@code spillDir}
     * (the system's temporary folder when null) until {@link Stream#finish}.
     */
    public Stream open(OutputStream out, Path spillDir) throws IOException {
        return new Stream(out, spillDir);
    }

    /** A document being written: {@link #accept} each article in order, then {@link #finish} once. */
    public final class Stream implements AutoCloseable {
        private final OutputStream out;
        private final SpillFile spill;
        private final JsonGenerator mentions;
        private final JsonGenerator articles;
        private final Map<String, Place> places = new LinkedHashMap<>();
        private boolean finished;

        private Stream(OutputStream out, Path spillDir) throws IOException {
            this.out = out;
            this.spill = new SpillFile(spillDir, "incident-atlas-articles");
            this.articles = generator(spill.out());
            ascii("{\"format\":\"" + FORMAT + "\",\"version\":" + VERSION + ",\"explain\":" + explain
                    + ",\"text\":" + text + ",\n\"mentions\":[\n");
            this.mentions = generator(out);
        }

        private JsonGenerator generator(OutputStream o) throws IOException {
            JsonGenerator g = FACTORY.createGenerator(o, JsonEncoding.UTF8);
            g.setRootValueSeparator(RECORD_SEPARATOR);
            return g;
        }

        private void ascii(String s) throws IOException {
            out.write(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        /** One finished article and its mentions. */
        public void accept(Article a, List<PlaceMention> ms) throws IOException {
            Map<String, Integer> rejected = new TreeMap<>();
            for (PlaceMention m : ms) {
                if (!explain && !m.isResolved()) {
                    rejected.merge(String.valueOf(m.rule()), 1, Integer::sum);
                    continue;
                }
                writeMention(mentions, m);
                if (m.place() != null) {
                    places.putIfAbsent(m.place().id(), m.place());
                }
                if (explain) {
                    for (Candidate c : m.candidates()) {
                        places.putIfAbsent(c.place().id(), c.place());
                    }
                }
            }
            writeArticle(articles, a, text, explain ? null : rejected);
        }

        /** Writes what needs every article (merged incidents, deployments, problems) and closes the document. */
        public void finish(List<Incident> incidents, List<Deployment> deployments, List<LoadProblem> problems)
                throws IOException {
            mentions.flush();
            articles.flush();
            ascii("\n],\n\"articles\":[\n");
            spill.copyTo(out);
            ascii("\n],\n\"events\":[\n");
            JsonGenerator g = generator(out);
            for (Incident i : incidents) {
                writeIncident(g, i);
            }
            g.flush();
            ascii("\n],\n\"deployments\":[\n");
            g = generator(out);
            for (Deployment d : deployments) {
                writeDeployment(g, d);
            }
            g.flush();
            ascii("\n],\n\"places\":[\n");
            g = generator(out);
            for (Place p : places.values()) {
                writePlace(g, p);
            }
            g.flush();
            ascii("\n],\n\"problems\":[\n");
            g = generator(out);
            for (LoadProblem p : problems) {
                if (!p.isNote()) {
                    writeProblem(g, p);
                }
            }
            g.flush();
            ascii("\n],\n\"notes\":[\n");
            g = generator(out);
            for (LoadProblem p : problems) {
                if (p.isNote()) {
                    writeProblem(g, p);
                }
            }
            g.flush();
            ascii("\n]}\n");
            out.flush();
            finished = true;
        }

        /**
         * Number texts already made, as {@link JsonGenerator#writeNumber(double)} writes them ({@link Double#toString}
         * of a finite value): a place's latitude and longitude by place id, and confidences by thousandths. Mentions
         * repeat places and confidences, and under the extract child's C1 JIT each {@code Double.toString} is dear.
         */
        private final Map<String, Coordinates> coordinates = new java.util.HashMap<>();
        private final String[] confidences = new String[1001];
        /** The article id of the last mention, encoded. */
        private SerializedString article = new SerializedString("");

        private void writeMention(JsonGenerator g, PlaceMention m) throws IOException {
            g.writeStartObject();
            if (!article.getValue().equals(m.articleId())) {
                article = new SerializedString(m.articleId());
            }
            g.writeFieldName(ARTICLE);
            g.writeString(article);
            g.writeFieldName(SURFACE);
            g.writeString(m.surface());
            g.writeFieldName(START);
            g.writeNumber(m.span().start());
            g.writeFieldName(END);
            g.writeNumber(m.span().end());
            g.writeFieldName(SENTENCE_INDEX);
            g.writeNumber(m.evidence().sentence());
            g.writeFieldName(ROLE);
            if (m.role() == null) {
                g.writeNull();
            } else {
                g.writeString(ROLES[m.role().ordinal()]);
            }
            g.writeFieldName(STATUS);
            if (m.status() == null) {
                g.writeNull();
            } else {
                g.writeString(STATUSES[m.status().ordinal()]);
            }
            g.writeFieldName(REASON);
            g.writeString(m.rule());
            g.writeFieldName(PLACE);
            if (m.place() == null) {
                g.writeNull();
            } else {
                g.writeString(m.place().id());
                Place p = m.place();
                Coordinates c = coordinates.get(p.id());
                if (c == null || !c.of(p)) {
                    c = new Coordinates(p);
                    coordinates.put(p.id(), c);
                }
                g.writeFieldName(LAT);
                g.writeNumber(c.latText);
                g.writeFieldName(LON);
                g.writeNumber(c.lonText);
            }
            g.writeFieldName(CONFIDENCE);
            String confidence = confidence(m.confidence());
            if (confidence == null) {
                g.writeNumber(round(m.confidence(), 3));
            } else {
                g.writeNumber(confidence);
            }
            if (m.head() != null) {
                g.writeStringField("head", m.head());
            }
            if (m.review() != null) {
                g.writeStringField("review", m.review());
            }
            if (explain) {
                g.writeArrayFieldStart("candidates");
                for (Candidate c : m.candidates()) {
                    g.writeStartObject();
                    g.writeStringField("place", c.place().id());
                    g.writeNumberField("score", round(c.score(), 4));
                    g.writeStringField("note", c.note());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }

        /**
         * {@code round(v, 3)} as {@link JsonGenerator#writeNumber(double)} writes it, made once per thousandth from 0 to
         * 1; null for what is not one of those (negative zero, NaN, others), which the caller writes as a double.
         */
        private String confidence(double v) {
            double r = round(v, 3);
            long thousandths = Math.round(r * 1000);
            if (thousandths < 0 || thousandths >= confidences.length
                    || Double.doubleToRawLongBits(thousandths / 1000.0) != Double.doubleToRawLongBits(r)) {
                return null;
            }
            String t = confidences[(int) thousandths];
            if (t == null) {
                t = confidences[(int) thousandths] = Double.toString(r);
            }
            return t;
        }

        @Override
        public void close() throws IOException {
            spill.close();
            if (!finished) {
                out.flush();
            }
        }
    }

    private static void writeProblem(JsonGenerator g, LoadProblem p) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", p.file());
        g.writeStringField("severity", p.severity().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("message", p.message());
        g.writeEndObject();
    }

    /** {@code rejected}: the article's rejected mentions counted by reason, or null when they are written out. */
    private static void writeArticle(JsonGenerator g, Article a, boolean withText, Map<String, Integer> rejected)
            throws IOException {
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
        g.writeStringField("language", a.language());
        if (a.pageStarts() != null) {
            g.writeNumberField("pages", a.pageStarts().length);
            g.writeArrayFieldStart("page_starts");
            for (int p : a.pageStarts()) {
                g.writeNumber(p);
            }
            g.writeEndArray();
        }
        g.writeArrayFieldStart("warnings");
        for (String w : a.warnings()) {
            g.writeString(w);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sentences");
        for (Sentence s : a.sentences()) {
            g.writeStartArray();
            g.writeNumber(s.span().start());
            g.writeNumber(s.span().end());
            g.writeEndArray();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("boilerplate_sentences");
        for (int i = 0; i < a.sentences().size(); i++) {
            if (a.sentences().get(i).boilerplate()) {
                g.writeNumber(i);
            }
        }
        g.writeEndArray();
        if (rejected != null) {
            g.writeObjectFieldStart("rejected");
            for (Map.Entry<String, Integer> r : rejected.entrySet()) {
                g.writeNumberField(r.getKey(), r.getValue());
            }
            g.writeEndObject();
        }
        if (withText) {
            g.writeStringField("text", a.text());
        }
        g.writeEndObject();
    }

    // A mention's field names and enum values, encoded once (the JSON is what writeStringField and writeNumberField
    // write; about three of every four output bytes are mentions).
    private static final SerializedString ARTICLE = new SerializedString("article");
    private static final SerializedString SURFACE = new SerializedString("surface");
    private static final SerializedString START = new SerializedString("start");
    private static final SerializedString END = new SerializedString("end");
    private static final SerializedString SENTENCE_INDEX = new SerializedString("sentence_index");
    private static final SerializedString ROLE = new SerializedString("role");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString PLACE = new SerializedString("place");
    private static final SerializedString LAT = new SerializedString("lat");
    private static final SerializedString LON = new SerializedString("lon");
    private static final SerializedString CONFIDENCE = new SerializedString("confidence");
    private static final SerializedString[] ROLES = lowerNames(org.incidentatlas.model.MentionRole.values());
    private static final SerializedString[] STATUSES = lowerNames(org.incidentatlas.model.MentionStatus.values());

    private static SerializedString[] lowerNames(Enum<?>[] values) {
        SerializedString[] out = new SerializedString[values.length];
        for (Enum<?> e : values) {
            out[e.ordinal()] = new SerializedString(lower(e));
        }
        return out;
    }

    /**
     * A place's coordinates as {@link JsonGenerator#writeNumber(double)} writes them (they are finite), and the
     * values they were made from: a place of the same id with other coordinates gets its own.
     */
    private static final class Coordinates {
        final double lat;
        final double lon;
        final String latText;
        final String lonText;

        Coordinates(Place p) {
            lat = p.lat();
            lon = p.lon();
            latText = Double.toString(lat);
            lonText = Double.toString(lon);
        }

        boolean of(Place p) {
            return Double.doubleToRawLongBits(p.lat()) == Double.doubleToRawLongBits(lat)
                    && Double.doubleToRawLongBits(p.lon()) == Double.doubleToRawLongBits(lon);
        }
    }

    private static void writeIncident(JsonGenerator g, Incident i) throws IOException {
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
        writeEvidence(g, i.evidence());
        g.writeArrayFieldStart("sources");
        for (String s : i.sources()) {
            g.writeString(s);
        }
        g.writeEndArray();
        g.writeStringField("merge_note", i.mergeNote());
        g.writeEndObject();
    }

    private static void writeDeployment(JsonGenerator g, Deployment d) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", d.id());
        writeActors(g, List.of(d.actor()));
        g.writeFieldName("place");
        writePlace(g, d.place());
        g.writeFieldName("area");
        writePlace(g, d.area());
        g.writeNumberField("geo_precision", d.geoPrecision());
        writeDate(g, d.since());
        writeEvidence(g, d.evidence());
        g.writeEndObject();
    }

    private static void writeDate(JsonGenerator g, EventDate d) throws IOException {
        g.writeStringField("date", d.start() == null ? null : d.start().toString());
        g.writeStringField("date_end", d.end() == null ? null : d.end().toString());
        g.writeStringField("date_precision", lower(d.precision()));
        g.writeStringField("date_text", d.text());
        g.writeBooleanField("date_open_end", d.openEnd());
        if (d.approxAnchor()) {
            g.writeBooleanField("date_anchor_approximate", true);
        }
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

    private static void writeEvidence(JsonGenerator g, List<Evidence> evidence) throws IOException {
        g.writeArrayFieldStart("evidence");
        for (Evidence e : evidence) {
            g.writeStartObject();
            g.writeStringField("article", e.articleId());
            g.writeNumberField("start", e.span().start());
            g.writeNumberField("end", e.span().end());
            g.writeNumberField("sentence_index", e.sentence());
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

    private static String lower(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
