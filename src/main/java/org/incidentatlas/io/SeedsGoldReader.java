package org.incidentatlas.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the seeds gold format ({@code ../shared/gold/seeds.json}): {@code {"about": ..., "articles": {file:
 * {places, not_places, incidents, deployments}}}}. Any malformed entry fails the whole file with a message that
 * names the file, the article and the entry, because a half-read gold would silently change the scores.
 */
public final class SeedsGoldReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    public SeedsGold read(Path file) throws GoldFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            throw new GoldFormatException(file, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GoldFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new GoldFormatException(file, "expected a JSON object with \"articles\"");
        }
        JsonNode articles = root.get("articles");
        if (articles == null || !articles.isObject()) {
            throw new GoldFormatException(file, "missing \"articles\" object");
        }
        Map<String, SeedsGold.ArticleGold> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = articles.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "articles." + e.getKey();
            try {
                out.put(e.getKey(), article(e.getKey(), e.getValue(), where));
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new GoldFormatException(file, ex.getMessage(), ex);
            }
        }
        return new SeedsGold(file.toString(), text(root, "about"), out);
    }

    private static SeedsGold.ArticleGold article(String key, JsonNode a, String where) {
        if (!a.isObject()) {
            throw new IllegalArgumentException(where + ": expected an object");
        }
        List<SeedsGold.PlaceGold> places = new ArrayList<>();
        int i = 0;
        for (JsonNode p : array(a, "places", where)) {
            String w = where + ".places[" + i++ + "]";
            try {
                places.add(new SeedsGold.PlaceGold(required(p, "surface", w), text(p, "name"), text(p, "kind"),
                        number(p, "lat", w), number(p, "lon", w), text(p, "country"), number(p, "tolerance_km", w),
                        p.path("optional").asBoolean(false), p.path("uncertain").asBoolean(false), text(p, "note")));
            } catch (IllegalArgumentException | NullPointerException ex) {
                throw new IllegalArgumentException(ex.getMessage().startsWith(w) ? ex.getMessage() : w + ": " + ex.getMessage(), ex);
            }
        }
        List<SeedsGold.NotPlaceGold> notPlaces = new ArrayList<>();
        i = 0;
        for (JsonNode p : array(a, "not_places", where)) {
            String w = where + ".not_places[" + i++ + "]";
            notPlaces.add(new SeedsGold.NotPlaceGold(required(p, "surface", w), text(p, "reason")));
        }
        List<SeedsGold.IncidentGold> incidents = new ArrayList<>();
        i = 0;
        for (JsonNode p : array(a, "incidents", where)) {
            String w = where + ".incidents[" + i++ + "]";
            List<String> actors = new ArrayList<>();
            p.path("actors").forEach(x -> actors.add(x.asText()));
            try {
                incidents.add(new SeedsGold.IncidentGold(text(p, "date"), text(p, "date_precision"),
                        integer(p, "date_tolerance_days"), text(p, "type"), text(p, "place"), optNumber(p, "lat", w),
                        optNumber(p, "lon", w), optNumber(p, "tolerance_km", w), actors, integer(p, "fatalities"),
                        text(p, "evidence"), text(p, "note")));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(w + ": " + ex.getMessage(), ex);
            }
        }
        List<SeedsGold.DeploymentGold> deployments = new ArrayList<>();
        i = 0;
        for (JsonNode p : array(a, "deployments", where)) {
            String w = where + ".deployments[" + i++ + "]";
            try {
                deployments.add(new SeedsGold.DeploymentGold(text(p, "actor"), text(p, "place"), optNumber(p, "lat", w),
                        optNumber(p, "lon", w), optNumber(p, "tolerance_km", w), text(p, "evidence")));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(w + ": " + ex.getMessage(), ex);
            }
        }
        return new SeedsGold.ArticleGold(key, places, notPlaces, incidents, deployments);
    }

    private static Iterable<JsonNode> array(JsonNode a, String field, String where) {
        JsonNode n = a.get(field);
        if (n == null || n.isNull()) {
            return List.of();
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException(where + "." + field + ": expected an array");
        }
        return n;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String required(JsonNode n, String field, String where) {
        String s = text(n, field);
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(where + ": missing \"" + field + "\"");
        }
        return s;
    }

    private static double number(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a number");
        }
        return v.asDouble();
    }

    private static Double optNumber(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        return number(n, field, where);
    }

    private static Integer integer(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.canConvertToInt() ? null : v.asInt();
    }
}
