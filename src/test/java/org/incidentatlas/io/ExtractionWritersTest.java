package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionWritersTest {
    private static final String TEXT = "Rockets fell near the embassy in Baghdad on February 16. Comment Policy.";
    private static final Place BAGHDAD = new Place("gn:98182", "Baghdad", PlaceKind.CITY, "PPLC", "IQ", "07",
            33.341, 44.401, 7_216_000, 15);

    private static Extraction sample() {
        Article a = new Article("a.txt", "corpus/a.txt", "Title", "Publisher", null, "https://example.org/a", LocalDate.of(2020, 2, 17),
                null, TEXT, List.of(new Sentence(0, new TextSpan(0, 56), false), new Sentence(1, new TextSpan(57, 72), true)),
                List.of(), null);
        PlaceMention m = new PlaceMention(Evidence.of("a.txt", 0, 33, 40), "Baghdad", MentionRole.LITERAL,
                MentionStatus.RESOLVED, "population", BAGHDAD, List.of(new Candidate(BAGHDAD, 0.9, "capital")), 0.9);
        PlaceMention rejected = new PlaceMention(Evidence.of("a.txt", 0, 22, 29), "embassy", MentionRole.NOT_A_PLACE,
                MentionStatus.REJECTED, "common-word", null, List.of(), 0);
        Incident unpinned = new Incident("i2", EventType.parse("Strategic developments: Other"), EventDate.unresolved("yesterday"),
                null, 0, List.of(), null, EventStatus.THREATENED, List.of(Evidence.of("a.txt", 0, 0, 7)), List.of("a.txt"), null);
        Incident i = new Incident("i1", EventType.parse("Explosions/Remote violence: Shelling/artillery/missile attack"),
                EventDate.day(LocalDate.of(2020, 2, 16), "February 16"), BAGHDAD, 2,
                List.of(new Actor(null, "unknown", ActorType.UNKNOWN, null)), 0, EventStatus.REPORTED,
                List.of(Evidence.of("a.txt", 0, 0, 55)), List.of("a.txt"), null);
        return new Extraction(List.of(a), List.of(m, rejected), List.of(i, unpinned), List.of(), List.of());
    }

    @Test
    void jsonStoresEachSentenceOnceAndMentionsReferToItByIndexAndSpan() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExtractionJsonWriter(false, true).write(sample(), out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.path("version").asInt()).isEqualTo(3);
        assertThat(root.path("text").asBoolean()).isTrue();

        JsonNode article = root.path("articles").get(0);
        String text = article.path("text").asText();
        assertThat(text).isEqualTo(TEXT);
        JsonNode m = root.path("mentions").get(0);
        assertThat(m.path("surface").asText()).isEqualTo("Baghdad");
        assertThat(text.substring(m.path("start").asInt(), m.path("end").asInt())).isEqualTo("Baghdad");
        JsonNode sentence = article.path("sentences").get(m.path("sentence_index").asInt());
        assertThat(text.substring(sentence.get(0).asInt(), sentence.get(1).asInt()))
                .isEqualTo("Rockets fell near the embassy in Baghdad on February 16.");
        assertThat(article.path("boilerplate_sentences").get(0).asInt()).isEqualTo(1);
        assertThat(m.has("sentence")).isFalse();
        assertThat(m.has("candidates")).as("candidates only with --explain").isFalse();
        assertThat(m.path("place").asText()).isEqualTo("gn:98182");
        assertThat(m.path("lat").asDouble()).isEqualTo(33.341);
        assertThat(root.path("places").get(0).path("id").asText()).isEqualTo("gn:98182");
        assertThat(root.path("places").get(0).path("name").asText()).isEqualTo("Baghdad");
        assertThat(root.path("mentions")).as("rejected mentions only with --explain").hasSize(1);
        assertThat(article.path("rejected").path("common-word").asInt()).isEqualTo(1);

        JsonNode e = root.path("events").get(0);
        assertThat(e.path("type").asText()).isEqualTo("Explosions/Remote violence: Shelling/artillery/missile attack");
        assertThat(e.path("date").asText()).isEqualTo("2020-02-16");
        assertThat(e.path("date_precision").asText()).isEqualTo("day");
        assertThat(e.path("evidence").get(0).path("article").asText()).isEqualTo("a.txt");
        assertThat(e.path("place").path("lat").asDouble()).isEqualTo(33.341);
        JsonNode undated = root.path("events").get(1);
        assertThat(undated.path("date").isNull()).isTrue();
        assertThat(undated.path("date_precision").asText()).isEqualTo("unknown");
        assertThat(undated.path("place").isNull()).isTrue();
    }

    @Test
    void mentionNumbersAreWrittenAsDoubleToStringWritesThemThoughTheWriterReusesTheirTexts() throws Exception {
        // The same place id again with other coordinates, and confidences the writer keeps and those it does not.
        Place moved = new Place("gn:98182", "Baghdad", PlaceKind.CITY, "PPLC", "IQ", "07", -0.0, 44.4015, 7_216_000, 15);
        double[] confidences = {0.9, -0.0, 0.0004, 0.12345, 1.0, 0.9, 0.33349, 1e-7};
        Place[] places = {BAGHDAD, moved, BAGHDAD, moved, BAGHDAD, BAGHDAD, moved, BAGHDAD};
        List<Article> articles = List.of(article("a.txt"), article("b.txt"));
        List<PlaceMention> mentions = new java.util.ArrayList<>();
        for (int k = 0; k < confidences.length; k++) {
            mentions.add(new PlaceMention(Evidence.of(k < 5 ? "a.txt" : "b.txt", 0, 33, 40), "Baghdad", MentionRole.LITERAL,
                    MentionStatus.RESOLVED, "population", places[k], List.of(), confidences[k]));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExtractionJsonWriter().write(new Extraction(articles, mentions, List.of(), List.of(), List.of()), out);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = json.substring(json.indexOf("\"mentions\":[\n") + 13, json.indexOf("\n],\n\"articles\"")).split(",\n");
        assertThat(lines).hasSize(confidences.length);
        for (int k = 0; k < confidences.length; k++) {
            assertThat(lines[k]).as("mention %d", k).contains("\"article\":\"" + (k < 5 ? "a.txt" : "b.txt") + "\"")
                    .contains("\"lat\":" + Double.toString(places[k].lat()) + ",\"lon\":" + Double.toString(places[k].lon()) + ",")
                    .contains("\"confidence\":" + Double.toString(Math.round(confidences[k] * 1000) / 1000.0) + "}")
                    .contains("\"role\":\"literal\",\"status\":\"resolved\",\"reason\":\"population\"");
        }
        assertThat(lines[1]).contains("\"lat\":-0.0,").contains("\"confidence\":0.0}");
        assertThat(lines[3]).contains("\"confidence\":0.123}");
    }

    private static Article article(String id) {
        return new Article(id, "corpus/" + id, "Title", "Publisher", null, null, LocalDate.of(2020, 2, 17), null, TEXT,
                List.of(new Sentence(0, new TextSpan(0, 56), false)), List.of(), null);
    }

    @Test
    void theCompactRecordLeavesOutTextsAndRejectedMentionsButCountsTheRejectsByReason() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExtractionJsonWriter().write(sample(), out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.path("explain").asBoolean()).isFalse();
        assertThat(root.path("text").asBoolean()).isFalse();
        JsonNode article = root.path("articles").get(0);
        assertThat(article.has("text")).isFalse();
        assertThat(article.path("chars").asInt()).isEqualTo(TEXT.length());
        assertThat(article.path("sentences")).hasSize(2);
        assertThat(article.path("rejected").path("common-word").asInt()).isEqualTo(1);
        assertThat(root.path("mentions")).hasSize(1);
        JsonNode m = root.path("mentions").get(0);
        assertThat(m.path("article").asText()).isEqualTo("a.txt");
        assertThat(m.path("status").asText()).isEqualTo("resolved");
        assertThat(m.path("lat").asDouble()).isEqualTo(33.341);
        assertThat(root.path("events")).hasSize(2);
    }

    @Test
    void explainAddsTextsRejectedMentionsWithTheirReasonAndTheCandidatesOfEveryMention() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExtractionJsonWriter(true).write(sample(), out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.path("explain").asBoolean()).isTrue();
        JsonNode c = root.path("mentions").get(0).path("candidates").get(0);
        assertThat(c.path("place").asText()).isEqualTo("gn:98182");
        assertThat(c.path("score").asDouble()).isEqualTo(0.9);
        assertThat(c.path("note").asText()).isEqualTo("capital");
        assertThat(root.path("articles").get(0).path("text").asText()).isEqualTo(TEXT);
        assertThat(root.path("articles").get(0).has("rejected")).isFalse();
        JsonNode r = root.path("mentions").get(1);
        assertThat(r.path("status").asText()).isEqualTo("rejected");
        assertThat(r.path("reason").asText()).isEqualTo("common-word");
        assertThat(r.path("place").isNull()).isTrue();
    }

    @Test
    void notesAreWrittenApartFromProblems() throws Exception {
        Extraction x = sample();
        Extraction withProblems = new Extraction(x.articles(), x.mentions(), x.incidents(), x.deployments(), List.of(
                new LoadProblem("b.txt", LoadProblem.Severity.ERROR, "binary file"),
                new LoadProblem("a.txt", LoadProblem.Severity.NOTE, "title taken from the first line")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ExtractionJsonWriter().write(withProblems, out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());
        assertThat(root.path("problems")).hasSize(1);
        assertThat(root.path("problems").get(0).path("message").asText()).isEqualTo("binary file");
        assertThat(root.path("notes")).hasSize(1);
        assertThat(root.path("notes").get(0).path("severity").asText()).isEqualTo("note");
    }

    @Test
    void streamedGeoJsonEqualsTheOneWrittenFromMemoryThoughTheArticleTextsAreDropped(@TempDir Path dir)
            throws Exception {
        Extraction x = sample();
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        new GeoJsonWriter().write(x, "everything", whole);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        try (GeoJsonWriter.Stream w = new GeoJsonWriter().open(streamed, dir, "everything")) {
            Article a = x.articles().get(0);
            w.accept(a, x.mentions(), x.incidents(), x.deployments());
            w.finish(x.incidents(), x.deployments());
        }
        assertThat(streamed.toString(java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(whole.toString(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode pinned = new ObjectMapper().readTree(streamed.toByteArray()).path("features").get(0);
        assertThat(pinned.path("properties").path("quote").asText())
                .isEqualTo("Rockets fell near the embassy in Baghdad on February 16.");
        try (java.util.stream.Stream<Path> left = java.nio.file.Files.list(dir)) {
            assertThat(left).as("the spill file is removed").isEmpty();
        }
    }

    @Test
    void geoJsonPutsLonBeforeLatAndLeavesUnpinnedIncidentsWithoutGeometry() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GeoJsonWriter().write(sample(), "everything", out);
        JsonNode root = new ObjectMapper().readTree(out.toByteArray());

        assertThat(root.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(root.path("metadata").path("scope").asText()).isEqualTo("everything");
        JsonNode features = root.path("features");
        assertThat(features).hasSize(3); // two incidents and the one resolved mention
        JsonNode pinned = features.get(0);
        assertThat(pinned.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(44.401);
        assertThat(pinned.path("geometry").path("coordinates").get(1).asDouble()).isEqualTo(33.341);
        assertThat(pinned.path("properties").path("quote").asText()).startsWith("Rockets fell");
        assertThat(pinned.path("properties").path("publisher").asText()).isEqualTo("Publisher");
        assertThat(features.get(1).path("geometry").isNull()).isTrue();
        assertThat(features.get(2).path("properties").path("layer").asText()).isEqualTo("mention");
    }
}
