package org.incidentatlas.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.io.GoldFormatException;

/**
 * A development-set gold in the "documents" format of {@code ../shared/dev/regional-news/gold.json}: per document its
 * places (surface, coordinates, kind, literal/optional), not-places and incidents (type, date and precision, place,
 * actors, fatalities, evidence, main or secondary role). The texts are not in the gold: they sit in the
 * {@code corpus/} folder beside it, with a manifest.
 */
public record DevGold(String source, List<Doc> documents) {
    public DevGold {
        documents = List.copyOf(documents);
    }

    public record Doc(String file, String id, List<GoldPlace> places, List<String> notPlaces,
                      List<GoldIncident> incidents) {
        public Doc {
            places = List.copyOf(places);
            notPlaces = List.copyOf(notPlaces);
            incidents = List.copyOf(incidents);
        }
    }

    public record GoldPlace(String surface, double lat, double lon, String kind, boolean literal, boolean optional,
                            boolean uncertain) {
    }

    /** {@code date} is "YYYY-MM-DD", "YYYY-MM", "YYYY" or null; {@code precision} day|month|year. */
    public record GoldIncident(String date, String precision, String type, List<String> altTypes, String place,
                               double lat, double lon, List<String> actors, Integer fatalities, String evidence,
                               boolean main) {
        public GoldIncident {
            altTypes = List.copyOf(altTypes);
            actors = List.copyOf(actors);
        }
    }

    /** True if {@code file} is a JSON object with a "documents" array (this format), false for other gold files. */
    public static boolean isDevGold(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            return root != null && root.path("documents").isArray() && !root.has("articles");
        } catch (IOException e) {
            return false;
        }
    }

    public static DevGold read(Path file) throws GoldFormatException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new GoldFormatException(file, "cannot read the dev-set gold: " + e.getMessage(), e);
        }
        if (root == null || !root.path("documents").isArray()) {
            throw new GoldFormatException(file, "not a dev-set gold: no \"documents\" array");
        }
        List<Doc> docs = new ArrayList<>();
        int n = 0;
        for (JsonNode d : root.path("documents")) {
            n++;
            String f = d.path("file").asText(null);
            if (f == null) {
                throw new GoldFormatException(file, "documents[" + (n - 1) + "] has no \"file\"");
            }
            List<GoldPlace> places = new ArrayList<>();
            for (JsonNode p : d.path("places")) {
                places.add(new GoldPlace(p.path("surface").asText(), p.path("lat").asDouble(), p.path("lon").asDouble(),
                        p.path("kind").asText(""), p.path("literal").asBoolean(true), p.path("optional").asBoolean(false),
                        p.path("uncertain").asBoolean(false)));
            }
            List<String> notPlaces = new ArrayList<>();
            for (JsonNode s : d.path("not_places")) {
                notPlaces.add(s.isTextual() ? s.asText() : s.path("surface").asText());
            }
            List<GoldIncident> incidents = new ArrayList<>();
            int k = 0;
            for (JsonNode i : d.path("incidents")) {
                k++;
                if (!i.hasNonNull("lat") || !i.hasNonNull("lon") || !i.hasNonNull("type")) {
                    throw new GoldFormatException(file, f + ": incident " + k + " lacks type, lat or lon");
                }
                List<String> alt = new ArrayList<>();
                i.path("alt_types").forEach(t -> alt.add(t.asText()));
                List<String> actors = new ArrayList<>();
                i.path("actors").forEach(t -> actors.add(t.asText()));
                incidents.add(new GoldIncident(i.hasNonNull("date") ? i.get("date").asText() : null,
                        i.path("date_precision").asText("day"), i.get("type").asText(), alt, i.path("place").asText(""),
                        i.get("lat").asDouble(), i.get("lon").asDouble(), actors,
                        i.hasNonNull("fatalities") ? i.get("fatalities").asInt() : null, i.path("evidence").asText(""),
                        !"secondary".equals(i.path("role").asText("main"))));
            }
            docs.add(new Doc(f, d.path("id").asText(f), places, notPlaces, incidents));
        }
        return new DevGold(file.toString(), docs);
    }
}
