package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.api.Test;

/**
 * Golden test over the sample corpus with the shipped gazetteer: for each article, the resolved places (surface,
 * offset, role, place id and name, coordinates) and the rejected names with their reasons. Coordinates are compared
 * within {@value #TOLERANCE_DEG} degrees. On a mismatch the actual result is written beside the expectation as
 * {@code geoparse-corpus.actual.json}, to diff and, if the change is right, to copy over the expectation.
 */
class CorpusGoldenTest {
    private static final Path EXPECTED = Path.of("src/test/resources/golden/geoparse-corpus.json");
    private static final Path ACTUAL = Path.of("target/golden/geoparse-corpus.actual.json");
    private static final double TOLERANCE_DEG = 0.05;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void sampleCorpusResolvesAsExpected() throws IOException {
        Corpus corpus = new CorpusReader().read(List.of(Path.of("geodata/corpus")));
        Geoparser parser = new GazetteerGeoparser(GazetteerLoader.loadDefault());
        ObjectNode actual = JSON.createObjectNode();
        Map<String, Article> byId = new TreeMap<>();
        for (Article a : corpus.articles()) {
            byId.put(a.id(), a);
        }
        for (Article a : byId.values()) {
            actual.set(a.id(), describe(parser.parse(a)));
        }
        JsonNode expected = Files.exists(EXPECTED) ? JSON.readTree(EXPECTED.toFile()) : JSON.createObjectNode();
        List<String> differences = compare(expected, actual);
        if (differences.isEmpty()) {
            Files.deleteIfExists(ACTUAL);
        } else {
            Files.createDirectories(ACTUAL.getParent());
            JSON.writeValue(ACTUAL.toFile(), actual);
        }
        assertThat(differences).as("differences from %s (actual written to %s)", EXPECTED, ACTUAL).isEmpty();
    }

    private static ObjectNode describe(List<PlaceMention> mentions) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode resolved = out.putArray("resolved");
        ArrayNode rejected = out.putArray("rejected");
        for (PlaceMention m : mentions) {
            if (m.isResolved()) {
                ObjectNode r = resolved.addObject();
                r.put("surface", m.surface());
                r.put("start", m.span().start());
                r.put("role", m.role().name());
                r.put("place", m.place().id());
                r.put("name", m.place().name());
                r.put("lat", Math.round(m.place().lat() * 100) / 100.0);
                r.put("lon", Math.round(m.place().lon() * 100) / 100.0);
                r.put("rule", m.rule());
            } else {
                ObjectNode r = rejected.addObject();
                r.put("surface", m.surface());
                r.put("start", m.span().start());
                r.put("reason", m.rule());
            }
        }
        return out;
    }

    private static List<String> compare(JsonNode expected, JsonNode actual) {
        List<String> diffs = new ArrayList<>();
        for (var it = actual.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            JsonNode e = expected.path(id);
            JsonNode a = actual.get(id);
            if (e.isMissingNode()) {
                diffs.add(id + ": not in the expectation");
                continue;
            }
            Map<String, JsonNode> eRes = index(e.path("resolved"));
            Map<String, JsonNode> aRes = index(a.path("resolved"));
            for (var en : eRes.entrySet()) {
                JsonNode got = aRes.get(en.getKey());
                JsonNode want = en.getValue();
                if (got == null) {
                    diffs.add(id + ": " + en.getKey() + " no longer resolved (was " + want.get("name").asText() + ")");
                } else if (Math.abs(got.get("lat").asDouble() - want.get("lat").asDouble()) > TOLERANCE_DEG
                        || Math.abs(got.get("lon").asDouble() - want.get("lon").asDouble()) > TOLERANCE_DEG
                        || !got.get("role").asText().equals(want.get("role").asText())) {
                    diffs.add(id + ": " + en.getKey() + " now " + got.get("name").asText() + " " + got.get("role")
                            + " (" + got.get("lat") + "," + got.get("lon") + "), was " + want.get("name").asText() + " "
                            + want.get("role") + " (" + want.get("lat") + "," + want.get("lon") + ")");
                }
            }
            for (String k : aRes.keySet()) {
                if (!eRes.containsKey(k)) {
                    diffs.add(id + ": " + k + " newly resolved to " + aRes.get(k).get("name").asText());
                }
            }
            Map<String, JsonNode> eRej = index(e.path("rejected"));
            Map<String, JsonNode> aRej = index(a.path("rejected"));
            for (var en : eRej.entrySet()) {
                JsonNode got = aRej.get(en.getKey());
                if (got == null) {
                    diffs.add(id + ": " + en.getKey() + " no longer rejected (" + en.getValue().get("reason").asText() + ")");
                } else if (!got.get("reason").asText().equals(en.getValue().get("reason").asText())) {
                    diffs.add(id + ": " + en.getKey() + " rejected as " + got.get("reason").asText() + ", was "
                            + en.getValue().get("reason").asText());
                }
            }
            for (String k : aRej.keySet()) {
                if (!eRej.containsKey(k)) {
                    diffs.add(id + ": " + k + " newly rejected (" + aRej.get(k).get("reason").asText() + ")");
                }
            }
        }
        return diffs;
    }

    private static Map<String, JsonNode> index(JsonNode list) {
        Map<String, JsonNode> m = new TreeMap<>();
        for (JsonNode n : list) {
            m.put("'" + n.get("surface").asText() + "'@" + n.get("start").asInt(), n);
        }
        return m;
    }
}
