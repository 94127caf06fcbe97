package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.eval.EventScorer;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The events work on the five sample articles with the gold's places (a perfect geoparser), so geoparsing errors
 * do not hide events errors: the targets as assertions, and every incident and deployment as a golden
 * file ({@code golden/events-seeds.json}; on mismatch {@code target/golden/events-seeds.actual.json} is written).
 */
class SeedsGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/events-seeds.json");
    private static Extraction extraction;
    private static JsonNode gold;

    @BeforeAll
    static void extract() throws Exception {
        Path seeds = SeedsFixture.seeds();
        assumeTrue(seeds != null, "../shared/gold/seeds.json not present");
        gold = new ObjectMapper().readTree(seeds.toFile());
        RuleEventExtractor x = new RuleEventExtractor();
        List<org.incidentatlas.model.Article> articles = new ArrayList<>();
        List<PlaceMention> mentions = new ArrayList<>();
        List<Incident> incidents = new ArrayList<>();
        List<Deployment> deployments = new ArrayList<>();
        for (SeedsFixture.Doc d : SeedsFixture.load(seeds)) {
            EventExtractor.Result r = x.extract(d.article(), d.mentions());
            articles.add(d.article());
            mentions.addAll(d.mentions());
            incidents.addAll(r.incidents());
            deployments.addAll(r.deployments());
        }
        extraction = new Extraction(articles, mentions, IncidentMerger.merge(incidents), IncidentMerger.mergeDeployments(deployments), List.of());
    }

    static EventScorer.Score score(JsonNode gold, Extraction extraction) {
        List<EventScorer.GoldIncident> gi = new ArrayList<>();
        List<EventScorer.GoldDeployment> gd = new ArrayList<>();
        List<String> files = new ArrayList<>();
        gold.get("articles").fields().forEachRemaining(e -> {
            files.add(e.getKey());
            for (JsonNode i : e.getValue().get("incidents")) {
                gi.add(new EventScorer.GoldIncident(e.getKey(), text(i, "date"), text(i, "date_precision"),
                        i.path("date_tolerance_days").asInt(0), i.get("type").asText(), i.get("place").asText(),
                        i.get("lat").asDouble(), i.get("lon").asDouble(), i.get("tolerance_km").asDouble(), text(i, "evidence")));
            }
            for (JsonNode d : e.getValue().get("deployments")) {
                gd.add(new EventScorer.GoldDeployment(e.getKey(), d.get("actor").asText(), d.get("place").asText(),
                        d.get("lat").asDouble(), d.get("lon").asDouble(), d.get("tolerance_km").asDouble(), text(d, "evidence")));
            }
        });
        return new EventScorer().score(gi, gd, files, extraction);
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    @Test
    void findsEveryGoldIncidentAndDeploymentWithAtMostOneExtraIncidentPerArticle() {
        EventScorer.Score s = score(gold, extraction);
        String report = String.join("\n", EventScorer.report(s));
        assertThat(s.incidentRecall()).as(report).isEqualTo(1.0);
        assertThat(s.deploymentRecall()).as(report).isEqualTo(1.0);
        assertThat(s.extrasPerArticle().values()).as(report).allMatch(n -> n <= 1);
    }

    @Test
    void noIncidentAtLondonOrFromBoilerplate() {
        for (Incident i : extraction.incidents()) {
            Place p = i.place() != null ? i.place() : i.area();
            assertThat(p == null ? "" : p.name()).isNotEqualTo("London");
            for (Evidence e : i.evidence()) {
                assertThat(extraction.article(e.articleId()).orElseThrow().sentences().get(e.sentence()).boilerplate()).isFalse();
            }
        }
    }

    @Test
    void theUndatedMeetingInTheFirstArticleKeepsItsWordsUnresolved() {
        Incident meeting = extraction.incidents().stream().filter(i -> i.sources().contains("000_43d7526d24401e3b.txt")).findFirst().orElseThrow();
        assertThat(meeting.date().isResolved()).isFalse();
        assertThat(meeting.date().text()).isEqualTo("yesterday");
        assertThat(meeting.place()).isNull();
        assertThat(meeting.area().name()).isEqualTo("Iraq");
    }

    @Test
    void matchesTheGoldenFile() throws Exception {
        ObjectMapper om = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        JsonNode actual = toJson(om, extraction);
        Path out = Path.of("target", "golden", "events-seeds.actual.json"); // the build folder, never the sources
        Files.createDirectories(out.getParent());
        if (!Files.exists(GOLDEN)) {
            om.writeValue(out.toFile(), actual);
            throw new AssertionError("no golden file yet; wrote " + out + " to review and rename");
        }
        JsonNode expected = om.readTree(GOLDEN.toFile());
        if (!expected.equals(actual)) {
            om.writeValue(out.toFile(), actual);
        } else {
            Files.deleteIfExists(out);
        }
        if (!expected.equals(actual)) {
            throw new AssertionError("extraction differs from " + GOLDEN + "; wrote " + out + " (diff the two)");
        }
    }

    static JsonNode toJson(ObjectMapper om, Extraction x) {
        ObjectNode root = om.createObjectNode();
        ArrayNode inc = root.putArray("incidents");
        for (Incident i : x.incidents()) {
            ObjectNode n = inc.addObject();
            n.put("id", i.id());
            n.put("type", i.type().label());
            n.put("date", i.date().iso());
            n.put("date_end", i.date().end() == null ? null : i.date().end().toString());
            n.put("precision", i.date().precision().name());
            n.put("date_text", i.date().text());
            n.put("place", i.place() == null ? null : i.place().name());
            n.put("area", i.area() == null ? null : i.area().name());
            n.put("geo_precision", i.geoPrecision());
            n.put("status", i.status().name());
            if (i.fatalities() == null) {
                n.putNull("fatalities");
            } else {
                n.put("fatalities", i.fatalities());
            }
            ArrayNode a = n.putArray("actors");
            for (Actor ac : i.actors()) {
                a.add(ac.id() != null ? ac.id() : "?" + ac.name());
            }
            ArrayNode ev = n.putArray("evidence");
            for (Evidence e : i.evidence()) {
                ev.add(e.articleId().substring(0, 3) + ":" + e.sentence());
            }
            n.put("merge_note", i.mergeNote());
        }
        ArrayNode dep = root.putArray("deployments");
        for (Deployment d : x.deployments()) {
            ObjectNode n = dep.addObject();
            n.put("id", d.id());
            n.put("actor", d.actor().id() != null ? d.actor().id() : "?" + d.actor().name());
            n.put("place", d.place() == null ? null : d.place().name());
            n.put("area", d.area() == null ? null : d.area().name());
            n.put("geo_precision", d.geoPrecision());
            n.put("since", d.since().iso());
            ArrayNode ev = n.putArray("evidence");
            for (Evidence e : d.evidence()) {
                ev.add(e.articleId().substring(0, 3) + ":" + e.sentence());
            }
        }
        return root;
    }
}
