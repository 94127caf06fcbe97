package org.incidentatlas.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;

/**
 * The sample corpus with a perfect geoparser: every gold place surface becomes a literal mention at the gold
 * coordinates, "X-based" an organisation seat, every gold not-place a rejected mention. Isolates the events
 * work from geoparsing errors. Articles are split and marked by the text layer's rules where they apply.
 */
final class SeedsFixture {
    record Doc(Article article, List<PlaceMention> mentions) {
    }

    static final Path CORPUS = Path.of("geodata/corpus");

    static Path seeds() {
        for (Path p : List.of(Path.of("../shared/gold/seeds.json"), Path.of("../../shared/gold/seeds.json"), Path.of("/work/shared/gold/seeds.json"))) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    static List<Doc> load(Path seeds) throws IOException {
        ObjectMapper om = new ObjectMapper();
        JsonNode gold = om.readTree(seeds.toFile());
        List<Doc> docs = new ArrayList<>();
        for (Article a : new CorpusReader().read(List.of(CORPUS)).articles()) {
            docs.add(new Doc(a, mentions(a, gold.get("articles").get(a.id()))));
        }
        return docs;
    }

    private static final Pattern BOILERPLATE = Pattern.compile("(?i)donation|donors|click here|comment|subscri|read more|login or register"
            + "|complimentary offering|do you like this article|cyber & jihad lab|monitors, tracks|innovates and experiments|works with leaders");

    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean end = i == n || text.charAt(i) == '\n';
            if (!end && (text.charAt(i) == '.' || text.charAt(i) == '!' || text.charAt(i) == '?') && i + 1 < n && text.charAt(i + 1) == ' ') {
                String before = text.substring(Math.max(0, i - 6), i);
                boolean abbrev = before.matches("(?s).*\\b(?:U\\.S|Feb|Jan|Dec|Nov|Oct|Sept?|Aug|Mr|Dr|St|Gen|I\\.R\\.G\\.C|[A-Z])$");
                boolean lower = i + 2 < n && Character.isLowerCase(text.charAt(i + 2));
                end = !abbrev && !lower;
            }
            if (end) {
                int e = i < n && text.charAt(i) != '\n' ? i + 1 : i;
                int s = start;
                while (s < e && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                    e--;
                }
                if (s < e) {
                    String t = text.substring(s, e);
                    out.add(new Sentence(out.size(), new TextSpan(s, e), BOILERPLATE.matcher(t).find() && !t.startsWith("Comment:")));
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static List<PlaceMention> mentions(Article a, JsonNode g) {
        String text = a.text();
        List<PlaceMention> out = new ArrayList<>();
        List<JsonNode> places = new ArrayList<>();
        g.get("places").forEach(places::add);
        places.sort(Comparator.comparingInt((JsonNode p) -> -p.get("surface").asText().length()));
        boolean[] taken = new boolean[text.length()];
        for (JsonNode np : g.get("not_places")) {
            for (TextSpan s : find(text, np.get("surface").asText())) {
                mark(taken, s);
                out.add(new PlaceMention(new Evidence(a.id(), a.sentenceAt(s.start()), s), s.of(text), MentionRole.NOT_A_PLACE,
                        MentionStatus.REJECTED, "gold-not-place", null, List.of(), 1));
            }
        }
        for (JsonNode p : places) {
            Place place = place(p);
            for (TextSpan s : find(text, p.get("surface").asText())) {
                if (isTaken(taken, s)) {
                    continue;
                }
                mark(taken, s);
                String after = text.substring(s.end(), Math.min(text.length(), s.end() + 7));
                MentionRole role = after.startsWith("-based") ? MentionRole.ORGANISATION_SEAT : MentionRole.LITERAL;
                out.add(new PlaceMention(new Evidence(a.id(), a.sentenceAt(s.start()), s), s.of(text), role, MentionStatus.RESOLVED,
                        "gold", place, List.of(new Candidate(place, 1, "gold")), 1));
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    private static Place place(JsonNode p) {
        String kind = p.get("kind").asText();
        String name = p.get("name").asText();
        PlaceKind k = switch (kind) {
            case "country" -> PlaceKind.COUNTRY;
            case "admin1" -> PlaceKind.ADMIN1;
            case "city" -> PlaceKind.CITY;
            case "town" -> PlaceKind.TOWN;
            case "village" -> PlaceKind.VILLAGE;
            case "military_site" -> PlaceKind.BASE;
            case "facility" -> name.contains("Airport") ? PlaceKind.AIRPORT : PlaceKind.EMBASSY;
            case "water_body" -> name.contains("Mandeb") ? PlaceKind.STRAIT : PlaceKind.SEA;
            case "landmark" -> PlaceKind.LANDMARK;
            default -> PlaceKind.REGION;
        };
        double radius = switch (k) {
            case COUNTRY -> 500;
            case ADMIN1 -> 100;
            case REGION -> name.contains("Middle East") ? 2000 : 60;
            case SEA -> 800;
            case CITY -> 15;
            default -> 5;
        };
        String country = p.hasNonNull("country") ? p.get("country").asText() : null;
        String id = (k == PlaceKind.COUNTRY ? "cc:" + country : "gold:" + name.toLowerCase(Locale.ROOT).replace(' ', '-'));
        return new Place(id, name, k, null, country, null, p.get("lat").asDouble(), p.get("lon").asDouble(), 0, radius);
    }

    private static List<TextSpan> find(String text, String surface) {
        List<TextSpan> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![\\p{L}-])" + Pattern.quote(surface) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            out.add(new TextSpan(m.start(), m.end()));
        }
        return out;
    }

    private static void mark(boolean[] taken, TextSpan s) {
        for (int i = s.start(); i < s.end(); i++) {
            taken[i] = true;
        }
    }

    private static boolean isTaken(boolean[] taken, TextSpan s) {
        for (int i = s.start(); i < s.end(); i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
