package org.incidentatlas.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * Re-imports what {@link GeoJsonWriter} wrote: incidents and deployments with their ids, types, dates, places,
 * actors and evidence, plus the quoted sentences (the articles themselves are not in the file). Mention features
 * are skipped. A feature that cannot be rebuilt is reported in {@link Result#problems()} by its position and id;
 * the others still load.
 */
public final class GeoJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What the file held; {@code quotes} maps each evidence to the sentence the file quoted for it. */
    public record Result(String scope, List<Incident> incidents, List<Deployment> deployments,
                         Map<Evidence, String> quotes, List<String> problems) {
        public Result {
            incidents = List.copyOf(incidents);
            deployments = List.copyOf(deployments);
            quotes = Map.copyOf(quotes);
            problems = List.copyOf(problems);
        }
    }

    public Result read(String name, InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IOException(name + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new IOException(name + ": not a GeoJSON FeatureCollection");
        }
        String scope = root.path("metadata").path("scope").asText(null);
        List<Incident> incidents = new ArrayList<>();
        List<Deployment> deployments = new ArrayList<>();
        Map<Evidence, String> quotes = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (JsonNode f : root.path("features")) {
            n++;
            JsonNode p = f.path("properties");
            String layer = p.path("layer").asText("");
            try {
                if (layer.equals("incident")) {
                    incidents.add(incident(f, p, quotes));
                } else if (layer.equals("deployment")) {
                    deployments.add(deployment(f, p, quotes));
                }
            } catch (RuntimeException e) {
                problems.add(name + ": feature " + n + " (" + layer + " " + p.path("id").asText("?") + "): "
                        + e.getMessage());
            }
        }
        return new Result(scope, incidents, deployments, quotes, problems);
    }

    private static Incident incident(JsonNode f, JsonNode p, Map<Evidence, String> quotes) {
        Place place = place(f, p);
        String sources = text(p, "sources");
        return new Incident(required(p, "id"), new EventType(required(p, "event_type"), text(p, "sub_event_type", "")),
                date(p), place, p.path("geo_precision").asInt(0), actors(p),
                p.hasNonNull("fatalities") ? p.get("fatalities").asInt() : null,
                EventStatus.valueOf(required(p, "status").toUpperCase(Locale.ROOT)), evidence(p, quotes),
                sources == null || sources.isEmpty() ? List.of() : Arrays.asList(sources.split("; ")),
                text(p, "merge_note"), area(p));
    }

    private static Deployment deployment(JsonNode f, JsonNode p, Map<Evidence, String> quotes) {
        List<Actor> actors = actors(p);
        if (actors.isEmpty()) {
            throw new IllegalArgumentException("deployment without actor");
        }
        return new Deployment(required(p, "id"), actors.get(0), place(f, p), p.path("geo_precision").asInt(0),
                date(p), evidence(p, quotes), area(p));
    }

    private static Place place(JsonNode f, JsonNode p) {
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull()) {
            return null;
        }
        JsonNode c = g.path("coordinates");
        if (!"Point".equals(g.path("type").asText()) || c.size() < 2) {
            throw new IllegalArgumentException("geometry is not a point");
        }
        return new Place(required(p, "place_id"), text(p, "place", ""),
                PlaceKind.valueOf(text(p, "place_kind", "other").toUpperCase(Locale.ROOT)), text(p, "feature_code"),
                text(p, "country"), text(p, "admin1"), c.get(1).asDouble(), c.get(0).asDouble(),
                p.path("population").asLong(0), p.path("radius_km").asDouble(0));
    }

    private static Place area(JsonNode p) {
        JsonNode a = p.get("area");
        if (a == null || a.isNull()) {
            return null;
        }
        return new Place(required(a, "id"), text(a, "name", ""), PlaceKind.valueOf(text(a, "kind", "other").toUpperCase(Locale.ROOT)),
                text(a, "feature_code"), text(a, "country"), text(a, "admin1"), a.path("lat").asDouble(),
                a.path("lon").asDouble(), a.path("population").asLong(0), a.path("radius_km").asDouble(0));
    }

    private static EventDate date(JsonNode p) {
        String start = text(p, "date");
        String end = text(p, "date_end");
        DatePrecision precision = DatePrecision.valueOf(text(p, "date_precision", "unknown").toUpperCase(Locale.ROOT));
        return new EventDate(start == null ? null : LocalDate.parse(start), end == null ? null : LocalDate.parse(end),
                precision, text(p, "date_text"), p.path("date_open_end").asBoolean(false),
                p.path("date_anchor_approximate").asBoolean(false));
    }

    private static List<Actor> actors(JsonNode p) {
        List<Actor> out = new ArrayList<>();
        JsonNode list = p.get("actor_list");
        if (list != null && list.isArray()) {
            for (JsonNode a : list) {
                JsonNode ev = a.get("evidence");
                out.add(new Actor(text(a, "id"), required(a, "name"),
                        ActorType.valueOf(text(a, "type", "unknown").toUpperCase(Locale.ROOT)),
                        ev == null || ev.isNull() ? null : evidence(ev)));
            }
            return out;
        }
        // files from before actor_list: names only
        String names = text(p, "actors", "");
        for (String s : names.split("; ")) {
            if (!s.isBlank()) {
                out.add(new Actor(null, s, ActorType.UNKNOWN, null));
            }
        }
        return out;
    }

    private static List<Evidence> evidence(JsonNode p, Map<Evidence, String> quotes) {
        List<Evidence> out = new ArrayList<>();
        JsonNode list = p.get("evidence");
        if (list != null && list.isArray()) {
            for (JsonNode e : list) {
                Evidence ev = evidence(e);
                out.add(ev);
                String q = text(e, "quote");
                if (q != null) {
                    quotes.put(ev, q);
                }
            }
        } else if (p.hasNonNull("article")) {
            // files from before the evidence list: the first evidence only, sentence index unknown
            Evidence ev = Evidence.of(p.get("article").asText(), -1, p.path("start").asInt(), p.path("end").asInt());
            out.add(ev);
            String q = text(p, "quote");
            if (q != null) {
                quotes.put(ev, q);
            }
        }
        return out;
    }

    private static Evidence evidence(JsonNode e) {
        return Evidence.of(required(e, "article"), e.path("sentence_index").asInt(-1), e.path("start").asInt(),
                e.path("end").asInt());
    }

    private static String required(JsonNode n, String field) {
        String s = text(n, field);
        if (s == null) {
            throw new IllegalArgumentException("'" + field + "' missing");
        }
        return s;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String text(JsonNode n, String field, String fallback) {
        String s = text(n, field);
        return s == null ? fallback : s;
    }
}
