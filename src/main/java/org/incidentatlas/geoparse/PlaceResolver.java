package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Geography;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;

/**
 * Chooses one place for each name of an article, using the whole article as context: explicit qualifiers
 * ("X, Syria", "X in Anbar province"), the kind of place the words around it name, one sense per name and
 * article, the countries the article mentions, closeness to the article's other places, prominence
 * (feature code and population), the hand-checked regional supplement, and an optional area-of-interest prior.
 * Scores are additive points; the component that most separates the winner from the runner-up is the rule.
 */
final class PlaceResolver {
    private static final String DIRECTION = "(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)"
            + "(?:ern)?\\s+|central\\s+)?";
    /** "X, Y", "X, in Y", "X in the Y", "X, western Y": what may stand between a place and its qualifier. */
    private static final Pattern QUALIFIER_GAP = Pattern.compile("\\s*,\\s*(?:in\\s+(?:the\\s+)?)?" + DIRECTION
            + "|\\s+in\\s+(?:the\\s+)?" + DIRECTION);
    private static final Pattern POSSESSIVE_GAP = Pattern.compile("['’]s\\s+(?:(?:north|south|east|west)(?:ern)?\\s+)?");
    private static final int MAX_CANDIDATES_SHOWN = 5;
    private static final Pattern LIST_AND = Pattern.compile("\\s+(?:and|or)\\s+");

    private final GeoparseOptions options;
    /** The article's names and their spots, while {@link #resolve} runs (one resolver per article). */
    private Map<String, List<Spot>> groupsByKey = Map.of();
    /** Each name's scored candidates, once chosen (while {@link #resolve} runs). */
    private Map<String, Scored> chosenByKey = Map.of();
    /** The article's spots in text order, for the parent of an unlisted name. */
    private List<Spot> allSpots = List.of();
    /** The spots that became literal resolved mentions, with their places: parents for unlisted names. */
    private Map<Spot, Place> accepted = Map.of();
    /** First-level areas the article names clearly (while {@link #resolve} runs). */
    private List<Place> provinces = List.of();

    private final FacilityPlacement facilities;
    /** Points per score component, from {@code resolver-weights.tsv}. */
    private static final ResolverWeights W = ResolverWeights.standard();

    PlaceResolver(GeoparseOptions options, Gazetteer gazetteer) {
        this.options = options;
        this.facilities = new FacilityPlacement(gazetteer);
    }

    List<PlaceMention> resolve(String articleId, String text, List<Spot> spots) {
        spots.sort(Comparator.comparingInt((Spot s) -> s.start));
        linkQualifiers(text, spots);

        // Each pass is its own method: one long method with many loops is compiled several times over (once per
        // loop entered while it still runs interpreted), and that compiling is CPU the extraction pays for.
        Map<String, List<Spot>> groups = groups(spots);
        groupsByKey = groups;
        Map<String, Double> countryWeight = new HashMap<>();
        Map<String, Map<String, Double>> ownWeight = new HashMap<>();
        weigh(spots, countryWeight, ownWeight);
        provinces = new ArrayList<>();
        List<Place> anchors = anchors(groups, countryWeight, ownWeight);
        Map<String, Scored> chosen = choose(groups, countryWeight, ownWeight, anchors);
        return mentions(articleId, text, spots, countryWeight, ownWeight, chosen);
    }

    private static Map<String, List<Spot>> groups(List<Spot> spots) {
        Map<String, List<Spot>> groups = new LinkedHashMap<>();
        for (Spot s : spots) {
            if (!s.isRejected() && s.demonymOf == null && !s.regionAdjective && !s.candidates.isEmpty()) {
                groups.computeIfAbsent(s.key, k -> new ArrayList<>()).add(s);
            }
        }
        return groups;
    }

    private static void weigh(List<Spot> spots, Map<String, Double> countryWeight,
            Map<String, Map<String, Double>> ownWeight) {
        for (Spot s : spots) {
            if (s.isRejected()) {
                continue;
            }
            String iso = s.demonymOf != null ? s.demonymOf : unambiguousCountry(s.candidates);
            if (iso != null) {
                double w = s.seat ? 0.5 : 1.0;
                countryWeight.merge(iso, w, Double::sum);
                if (s.demonymOf == null) {
                    ownWeight.computeIfAbsent(s.key, k -> new HashMap<>()).merge(iso, w, Double::sum);
                }
            }
        }
    }

    /** Pass 1: names with one candidate or a decisive qualifier anchor the article in space. */
    private List<Place> anchors(Map<String, List<Spot>> groups, Map<String, Double> countryWeight,
            Map<String, Map<String, Double>> ownWeight) {
        List<Place> anchors = new ArrayList<>();
        for (Map.Entry<String, List<Spot>> g : groups.entrySet()) {
            List<Spot> spotsOfName = g.getValue();
            if (spotsOfName.get(0).candidates.size() == 1) {
                addAnchor(anchors, spotsOfName.get(0).candidates.get(0));
                addProvince(spotsOfName, spotsOfName.get(0).candidates.get(0));
                continue;
            }
            boolean qualified = false;
            for (Spot s : spotsOfName) {
                qualified |= !s.qualifiers.isEmpty() || s.adjectiveQualifier != null;
            }
            if (qualified || hasKind(spotsOfName.get(0).candidates, PlaceKind.ADMIN1)) {
                Scored sc = score(spotsOfName, countryWeight, ownWeight.get(g.getKey()), List.of());
                if (sc.hasQualifier) {
                    addAnchor(anchors, sc.ranked.get(0).place);
                    addProvince(spotsOfName, sc.ranked.get(0).place);
                } else if (sc.ranked.size() < 2 || sc.ranked.get(0).score - sc.ranked.get(1).score >= 2) {
                    addProvince(spotsOfName, sc.ranked.get(0).place); // "Ontario" on its own: the province, clearly
                }
            }
        }
        return anchors;
    }

    /**
     * A first-level area the article names by its name ("Ontario", "Anbar"), not only inside a longer name
     * ("Mississippi State", the team; "Ohio Valley"): the places inside it get full spatial coherence.
     */
    private void addProvince(List<Spot> spotsOfName, Place p) {
        if (p.kind() != PlaceKind.ADMIN1) {
            return;
        }
        String bare = withoutLastWord(p.name(), "Governorate", "Province", "Oblast", "Region", "Prefecture");
        for (Spot s : spotsOfName) {
            // its name, not a longer one: "Mississippi State" is the university's team
            if (!s.beforeName && (isOwnName(s.key, p) || bare != null && s.key.equals(FoldCache.fold(bare)))) {
                provinces.add(p);
                return;
            }
        }
    }

    /** Pass 2: everything, with spatial coherence to the anchors of the other names. */
    private Map<String, Scored> choose(Map<String, List<Spot>> groups, Map<String, Double> countryWeight,
            Map<String, Map<String, Double>> ownWeight, List<Place> anchors) {
        Map<String, Scored> chosen = new HashMap<>();
        for (Map.Entry<String, List<Spot>> g : groups.entrySet()) {
            List<Place> others = new ArrayList<>(anchors.size());
            for (Place a : anchors) {
                if (!g.getValue().get(0).candidates.contains(a)) {
                    others.add(a);
                }
            }
            chosen.put(g.getKey(), score(g.getValue(), countryWeight, ownWeight.get(g.getKey()), others));
        }
        return chosen;
    }

    private List<PlaceMention> mentions(String articleId, String text, List<Spot> spots,
            Map<String, Double> countryWeight, Map<String, Map<String, Double>> ownWeight, Map<String, Scored> chosen) {
        List<PlaceMention> out = new ArrayList<>(spots.size());
        chosenByKey = chosen;
        allSpots = spots;
        accepted = new HashMap<>();
        List<Spot> unlisted = new ArrayList<>();
        for (Spot s : spots) {
            if (s.unlisted != null && s.candidates.isEmpty() && !s.isRejected()) {
                unlisted.add(s);
                continue;
            }
            PlaceMention m = toMention(articleId, text, s, chosen.get(s.key),
                    otherMentionsWeight(countryWeight, ownWeight.get(s.key)));
            if (m == null && s.unlisted != null) {
                unlisted.add(s);
            }
            if (m != null) {
                out.add(m);
                if (m.status() == MentionStatus.RESOLVED && m.role() == MentionRole.LITERAL
                        && !"unlisted-at-parent".equals(m.rule())) {
                    accepted.put(s, m.place());
                }
            }
        }
        // Names the gazetteer lacks go last: their parent is a place the article was found to name.
        for (Spot s : unlisted) {
            PlaceMention m = unlistedMention(Evidence.of(articleId, s.sentence, s.start, s.end),
                    text.substring(s.start, s.end), s);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt((PlaceMention m) -> m.evidence().span().start()));
        return out;
    }

    /** Country weights without the name's own mentions: a name cannot be its own context. */
    private static Map<String, Double> otherMentionsWeight(Map<String, Double> all, Map<String, Double> own) {
        if (own == null || own.isEmpty()) {
            return all;
        }
        Map<String, Double> out = new HashMap<>(all);
        for (Map.Entry<String, Double> e : own.entrySet()) {
            out.merge(e.getKey(), -e.getValue(), Double::sum);
        }
        return out;
    }

    private static void addAnchor(List<Place> anchors, Place p) {
        if (p.kind() != PlaceKind.COUNTRY && p.kind() != PlaceKind.CONTINENT && p.kind() != PlaceKind.SEA) {
            anchors.add(p);
        }
    }

    /** The country a name clearly refers to: a country name, or a name whose places all lie in one country. */
    private static String unambiguousCountry(List<Place> ps) {
        if (ps.isEmpty()) {
            return null;
        }
        Place top = null;
        for (Place p : ps) {
            if (p.kind() == PlaceKind.COUNTRY) {
                top = p;
            }
        }
        if (top != null) {
            for (Place p : ps) {
                if (p != top && (p.kind() == PlaceKind.ADMIN1 || "PPLC".equals(p.featureCode())
                        || p.population() > 200_000)) {
                    return null;
                }
            }
            return top.country();
        }
        String c = ps.get(0).country();
        for (Place p : ps) {
            if (c == null || !c.equals(p.country())) {
                return null;
            }
        }
        return ps.size() <= 3 ? c : null;
    }

    private void linkQualifiers(String text, List<Spot> spots) {
        for (int k = 0; k + 1 < spots.size(); k++) {
            Spot a = spots.get(k);
            Spot b = spots.get(k + 1);
            if (a.sentence != b.sentence || a.isRejected() || b.isRejected() || a.demonymOf != null
                    || b.demonymOf != null || b.start - a.end > 40 || b.start < a.end) {
                continue;
            }
            String gap = text.substring(a.end, b.start);
            boolean list = false;
            if (k + 2 < spots.size() && spots.get(k + 2).sentence == b.sentence && spots.get(k + 2).start - b.end <= 6
                    && spots.get(k + 2).start >= b.end) {
                String next = text.substring(b.end, spots.get(k + 2).start);
                // "A, B, C" and "in Washington, New York and Boston"; but "Mosul, Iraq and Raqqa" keeps its country
                list = next.contains(",") || (LIST_AND.matcher(next).matches() && !hasCountry(b.candidates));
            }
            if (QUALIFIER_GAP.matcher(gap).matches() && hasArea(b.candidates) && !hasCountry(a.candidates)
                    && !(list && gap.strip().equals(","))) {
                a.qualifiers.add(b);
            } else if (POSSESSIVE_GAP.matcher(gap).matches() && hasArea(a.candidates)
                    && !onlyCountries(b.candidates)) {
                b.qualifiers.add(a);
            }
        }
    }

    private static boolean hasKind(List<Place> ps, PlaceKind k) {
        for (Place p : ps) {
            if (p.kind() == k) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasArea(List<Place> ps) {
        for (Place p : ps) {
            if (isArea(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArea(Place p) {
        return p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.ADMIN2
                || p.kind() == PlaceKind.REGION || p.kind() == PlaceKind.DISTRICT;
    }

    private static boolean hasCountry(List<Place> ps) {
        for (Place p : ps) {
            if (p.kind() == PlaceKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyCountries(List<Place> ps) {
        for (Place p : ps) {
            if (p.kind() != PlaceKind.COUNTRY) {
                return false;
            }
        }
        return true;
    }

    /** The core's one containment rule ({@link Geography#contains}). */
    static boolean contains(Place area, Place p) {
        return Geography.contains(area, p);
    }

    // ------------------------------------------------------------------ scoring

    /** Score components, in the order they are reported as rules. */
    private static final String[] COMPONENTS = {"qualifier", "type-hint", "country-coherence", "spatial-coherence",
            "area-of-interest", "well-known", "prominence", "population"};

    private record Ranked(Place place, double score, double[] parts) {
    }

    private static final class Scored {
        final List<Ranked> ranked;
        final boolean hasQualifier;
        final String qualifierWord;
        List<Candidate> shown;

        Scored(List<Ranked> ranked, boolean hasQualifier, String qualifierWord) {
            this.ranked = ranked;
            this.hasQualifier = hasQualifier;
            this.qualifierWord = qualifierWord;
        }
    }

    private Scored score(List<Spot> group, Map<String, Double> countryWeight, Map<String, Double> own,
                         List<Place> anchors) {
        List<Place> cands = shortlist(group.get(0).candidates, countryWeight);
        String key = group.get(0).key;
        String hint = null;
        boolean definite = false;
        List<Place> qualifierAreas = new ArrayList<>();
        String qualifierWord = null;
        for (Spot s : group) {
            if (s.typeHint != null && hint == null) {
                hint = s.typeHint;
            }
            definite |= s.definite;
            if (s.adjectiveQualifier != null) {
                qualifierAreas.add(s.adjectiveQualifier);
                if (qualifierWord == null) {
                    qualifierWord = s.typeWord;
                }
            }
            for (Spot q : s.qualifiers) {
                for (Place p : q.candidates) {
                    if (isArea(p)) {
                        qualifierAreas.add(p);
                    }
                }
                if (qualifierWord == null) {
                    qualifierWord = q.typeWord;
                }
            }
        }
        double maxWeight = 0;
        for (double w : countryWeight.values()) {
            maxWeight = Math.max(maxWeight, w);
        }
        boolean ownNamedTown = ownNamedTown(key, cands, countryWeight);
        boolean qualified = false;
        // Room for two even with one candidate: the JIT checks get(0) and get(1) of this list against its array
        // at once, and an array of one made it throw away and recompile the whole of toMention.
        List<Ranked> ranked = new ArrayList<>(Math.max(2, cands.size()));
        for (Place p : cands) {
            double[] parts = new double[COMPONENTS.length];
            for (Place area : qualifierAreas) {
                if (contains(area, p)) {
                    parts[0] = W.of("qualifier");
                    qualified = true;
                    if (qualifierWord == null) {
                        qualifierWord = area.kind() == PlaceKind.COUNTRY ? "country" : "province";
                    }
                    break;
                }
            }
            parts[1] = hintScore(hint, p);
            if (hint == null && definite && isNaturalFeature(p)) {
                parts[1] = W.of("definite-natural-feature"); // "the Red Sea" is the sea, not Sudan's Red Sea state; towns take no article
            }
            if (p.country() != null) {
                double w = countryWeight.getOrDefault(p.country(), 0.0);
                if (own != null) {
                    w -= own.getOrDefault(p.country(), 0.0);
                }
                if (w > 0.01) {
                    parts[2] = W.of("country-coherence") * Math.min(1, w) + (w >= maxWeight ? W.of("country-main") : 0);
                }
            }
            if (!anchors.isEmpty() && isArea(p) && p.kind() != PlaceKind.COUNTRY) {
                for (Place a : anchors) {
                    if (contains(p, a)) {
                        parts[3] = W.of("spatial-area-of-anchor"); // an area around the article's other places
                        break;
                    }
                }
            }
            // A county is small enough to be near or far like a town: "Hall County" in an article about Nebraska.
            if (!anchors.isEmpty() && (!isArea(p) || p.kind() == PlaceKind.ADMIN2) && parts[3] == 0) {
                double d = Double.MAX_VALUE;
                for (Place a : anchors) {
                    d = Math.min(d, Geography.km(a.lat(), a.lon(), p.lat(), p.lon()));
                }
                parts[3] = d < 50 ? W.of("spatial-50km") : d < 150 ? W.of("spatial-150km") : d < 400
                        ? W.of("spatial-400km") : d < 1000 ? W.of("spatial-1000km") : 0;
            }
            if (parts[3] < W.of("spatial-named-province") && !isArea(p) && p.admin1() != null && !p.admin1().isEmpty()) {
                for (Place a : provinces) {
                    if (a.admin1() != null && a.admin1().equals(p.admin1()) && a.country() != null
                            && a.country().equals(p.country()) && !cands.contains(a)) {
                        parts[3] = W.of("spatial-named-province"); // inside a province the article names: "London" in a story naming Ontario
                        break;
                    }
                }
            }
            if (options.hasAreaOfInterest()) {
                double d = Geography.km(options.aoiLat(), options.aoiLon(), p.lat(), p.lon());
                parts[4] = d <= options.aoiRadiusKm() ? options.aoiWeight()
                        : d <= 2 * options.aoiRadiusKm() ? options.aoiWeight() / 2 : 0;
            }
            parts[5] = p.id().startsWith("sup:") ? W.of("well-known") : 0;
            parts[6] = W.prominence(p);
            if (isOwnName(key, p)) {
                // Its own name, not an alias another place shares ("Mexico" the country, not Mexico City).
                parts[6] += p.kind() == PlaceKind.COUNTRY ? W.of("own-name-country") : W.of("own-name");
            } else if (ownNamedTown && isSettlement(p) && parts[2] == 0) {
                // A former or foreign name of a city ("Salisbury" for Harare) against a town whose own name it is:
                // the city's rank as a capital or a city of millions does not make the old name its name, unless
                // the article is about the city's country.
                parts[6] = Math.min(parts[6], W.of("former-name-cap"));
            }
            parts[7] = (isArea(p) && p.kind() != PlaceKind.DISTRICT ? W.of("population-area") : W.of("population-place"))
                    * Math.log10(p.population() + 1.0);
            double total = 0;
            for (double v : parts) {
                total += v;
            }
            ranked.add(new Ranked(p, total, parts));
        }
        ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score).thenComparing(r -> r.place.id()));
        return new Scored(ranked, qualified, qualifierWord);
    }

    /**
     * The name a place goes by, not an alias it shares: its own name, also without what only disambiguates it
     * ("Washington, D.C.", "New York City" are called "Washington", "New York") or the generic word of a sea
     * ("Atlantic Ocean" is "the Atlantic").
     */
    static boolean isOwnName(String key, Place p) {
        String name = p.name();
        if (key.equals(FoldCache.fold(name)) || key.equals(FoldCache.fold(beforeComma(name)))) {
            return true;
        }
        String bare = p.kind() == PlaceKind.SEA ? withoutLastWord(name, "Ocean", "Sea")
                // Not capitals: "Mexico City", "Kuwait City" are named after the country "Mexico" means.
                : p.kind() == PlaceKind.CITY && !"PPLC".equals(p.featureCode()) ? withoutLastWord(name, "City")
                : null;
        return bare != null && key.equals(FoldCache.fold(bare));
    }

    /**
     * True if a town or city is called exactly this and counts on its own: 10,000 people, or in a country the
     * article names. Then cities that only have the name as an alias lose their prominence for it.
     */
    private static boolean ownNamedTown(String key, List<Place> cands, Map<String, Double> countryWeight) {
        for (Place p : cands) {
            if (isSettlement(p) && isOwnName(key, p) && (p.population() >= 10_000
                    || p.country() != null && countryWeight.getOrDefault(p.country(), 0.0) > 0.01)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSettlement(Place p) {
        return p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN || p.kind() == PlaceKind.VILLAGE
                || p.kind() == PlaceKind.DISTRICT;
    }

    private static String withoutLastWord(String name, String... words) {
        for (String w : words) {
            if (name.endsWith(" " + w)) {
                return name.substring(0, name.length() - w.length() - 1);
            }
        }
        return null;
    }

    /** "Washington, D.C." is called "Washington": the part after a comma only disambiguates the name. */
    private static String beforeComma(String name) {
        int c = name.indexOf(',');
        return c > 0 ? name.substring(0, c) : name;
    }

    private static final int SHORTLIST = 25;

    /**
     * A name shared by hundreds of hamlets is scored on its most prominent places and those in the article's
     * countries only: the rest cannot win, and scoring each against every anchor is what would cost time.
     */
    private static List<Place> shortlist(List<Place> cands, Map<String, Double> countryWeight) {
        if (cands.size() <= SHORTLIST) {
            return cands;
        }
        List<Place> out = new ArrayList<>(cands.subList(0, SHORTLIST)); // the gazetteer lists the most prominent first
        for (Place p : cands) {
            if (out.size() >= 2 * SHORTLIST) {
                break;
            }
            if (p.country() != null && countryWeight.containsKey(p.country()) && !out.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    private static double hintScore(String hint, Place p) {
        if (hint == null) {
            return 0;
        }
        PlaceKind k = p.kind();
        return switch (hint) {
            case "admin" -> (k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2 || k == PlaceKind.DISTRICT) ? 3
                    : k == PlaceKind.REGION ? 2 : 0;
            // No second-level areas in the gazetteer yet: "X County" must at least not become the state X.
            case "county" -> (k == PlaceKind.ADMIN2 || k == PlaceKind.DISTRICT) ? 3 : k == PlaceKind.ADMIN1 ? -3 : 0;
            case "region" -> (k == PlaceKind.REGION || k == PlaceKind.ADMIN1 || k == PlaceKind.ADMIN2
                    || k == PlaceKind.DISTRICT) ? 2 : 0;
            case "settlement" -> (k == PlaceKind.CITY || k == PlaceKind.TOWN || k == PlaceKind.VILLAGE) ? 2 : 0;
            case "base" -> (k == PlaceKind.BASE || k == PlaceKind.AIRPORT || k == PlaceKind.CAMP) ? 3 : 0;
            case "airport" -> k == PlaceKind.AIRPORT ? 3 : k == PlaceKind.BASE ? 2 : 0;
            case "facility" -> k.isFacility() ? 3 : 0;
            // "Qaim district", "Dora neighborhood": a district or its seat, never the province of the same name
            case "district" -> (k == PlaceKind.DISTRICT || k == PlaceKind.ADMIN2) ? 3
                    : (k == PlaceKind.CITY || k == PlaceKind.TOWN || k == PlaceKind.VILLAGE) ? 2 : 0;
            default -> 0;
        };
    }

    private static boolean isNaturalFeature(Place p) {
        return p.kind() == PlaceKind.SEA || p.kind() == PlaceKind.STRAIT || p.kind() == PlaceKind.RIVER
                || p.kind() == PlaceKind.REGION || p.kind() == PlaceKind.CONTINENT;
    }

    /** The prominence component of a place: see {@link ResolverWeights#prominence}. */
    static double kindScore(Place p) {
        return W.prominence(p);
    }

    // ------------------------------------------------------------------ output

    private PlaceMention toMention(String articleId, String text, Spot s, Scored sc,
                                   Map<String, Double> countryWeight) {
        Evidence ev = Evidence.of(articleId, s.sentence, s.start, s.end);
        String surface = text.substring(s.start, s.end);
        if (s.isRejected()) {
            List<Candidate> cs = new ArrayList<>();
            for (Place p : s.candidates.subList(0, Math.min(MAX_CANDIDATES_SHOWN, s.candidates.size()))) {
                cs.add(new Candidate(p, 0, "not used: " + s.rejected.code()));
            }
            String rule = s.rejected == RejectReason.OUTLET && s.typeWord != null ? "outlet:" + s.typeWord
                    : s.rejected.code();
            return new PlaceMention(ev, surface, s.role, MentionStatus.REJECTED, rule, null, cs, 0.8);
        }
        if (s.demonymOf != null || s.regionAdjective) {
            Place c = s.candidates.get(0);
            return new PlaceMention(ev, surface, MentionRole.DEMONYM, MentionStatus.RESOLVED, "demonym", c,
                    List.of(new Candidate(c, 1, s.regionAdjective ? "region of the adjective"
                            : "country of the demonym")), s.regionAdjective ? 0.8 : 0.9);
        }
        if (sc == null || sc.ranked.isEmpty()) {
            return null;
        }
        Ranked best = sc.ranked.get(0);
        Ranked second = sc.ranked.size() > 1 ? sc.ranked.get(1) : null;
        boolean inArticleCountry = best.place.country() != null
                && countryWeight.getOrDefault(best.place.country(), 0.0) > 0.01;
        boolean prominent = MentionSpotter.isProminent(List.of(best.place)) || best.place.population() >= 100_000;
        if (s.fuzzy && s.unlisted != null && !isTopCountry(best.place.country(), countryWeight)) {
            return null; // "Guma LGA" is a place the gazetteer lacks, not Goma abroad: mentions() keeps it unlisted
        }
        if (settlementHead(s) && !sc.hasQualifier && best.place.population() < 100_000 && !best.place.kind().isArea()
                && againstFocus(best.place, countryWeight, false) != null) {
            // "Selaa village" in a story about Lebanon is not a namesake village abroad that only population chose:
            // context beats population, and the village is kept as a place the gazetteer lacks
            s.unlisted = UnlistedPlaces.Cue.HEAD;
            return null;
        }
        if (s.fuzzy && !((inArticleCountry && (s.locative || s.typeHint != null)) || sc.hasQualifier)) {
            // a near-miss spelling with nothing in the article to back it; a name the sentence says is a place
            // ("the village of X") is then an unlisted place
            return null; // (with an unlisted cue, mentions() tries it as an unlisted place)
        }
        if (s.facility != 0 && !facilityAtPlace(s, sc, best, inArticleCountry)) {
            // "Victoria Park", "Northumberland Avenue" in a story about elsewhere: named after the place (or a
            // person), not in it.
            return rejected(ev, surface, sc, RejectReason.FACILITY_NAME);
        }
        // Sharing a country with the article is weak support in big countries full of small namesakes of
        // surnames ("Kaplan", "Macy"): a minor place needs a place word, a qualifier or a neighbour within 400 km.
        boolean contextual = s.locative || s.typeHint != null || sc.hasQualifier || best.parts[3] >= 1.2
                || best.parts[4] > 0;
        if (s.singleWord && !contextual && !isMajor(best.place)) {
            // A lone capitalised word that only names small places far from anything else in the article is far
            // more often a surname, a brand or a team than a place.
            return rejected(ev, surface, sc, RejectReason.MINOR_PLACE_WITHOUT_CONTEXT);
        }
        if (s.singleWord && !contextual && !inArticleCountry && !s.fuzzy && best.place.population() < 1_000_000
                && best.place.kind() != PlaceKind.COUNTRY && !"PPLC".equals(best.place.featureCode())
                && !best.place.id().startsWith("sup:") && !sameLetters(surface, best.place.name())) {
            // Only a spelling variant of a place's name ("Barr" for Bar, "Villa" for Port Vila), in a country the
            // article does not mention and with nothing to say a place comes: a surname or a club, not the place.
            // The supplement's aliases are hand-checked English forms and exempt.
            return rejected(ev, surface, sc, RejectReason.VARIANT_WITHOUT_CONTEXT);
        }
        if (s.inHeadline && !s.properAdmin && !isMajor(best.place) && best.place.population() < 100_000 && onlyInHeadlines(group(s))) {
            // Title case capitalises every word; a small place named only there is more likely an ordinary word.
            return rejected(ev, surface, sc, RejectReason.HEADLINE_ONLY);
        }
        if (s.givenName && !s.locative && !sc.hasQualifier && !s.properAdmin && (best.place.population() < 100_000
                && !MentionSpotter.isProminent(List.of(best.place))
                || !contextual && !inArticleCountry && !isFamous(best.place))) {
            // "Smoky Mary": a given name that names a province or city in a country the article never mentions
            return rejected(ev, surface, sc, RejectReason.GIVEN_NAME);
        }
        String rule;
        double confidence;
        if (second == null) {
            rule = "only-candidate";
            confidence = 0.9;
        } else {
            int k = decidingComponent(best, second);
            rule = COMPONENTS[k];
            if (k == 0) {
                rule = "qualifier:" + (sc.qualifierWord != null ? sc.qualifierWord : "place");
                if (s.qualifiers.isEmpty() && s.adjectiveQualifier == null) {
                    rule = "one-sense-per-article";
                }
            } else if (k == 1 && s.typeHint == null) {
                rule = s.definite ? "definite-article" : "one-sense-per-article";
            } else if ((k == 6 || k == 7) && (best.place.kind() == PlaceKind.COUNTRY || "PPLC".equals(best.place.featureCode()))) {
                rule = "well-known";
            }
            double margin = best.score - second.score;
            confidence = Math.min(0.97, 0.5 + 0.5 * (1 - Math.exp(-margin / 3)));
        }
        if (s.needsSupport) {
            boolean supported = (s.locative || s.typeHint != null || sc.hasQualifier) && (inArticleCountry || prominent);
            if (!supported) {
                return rejected(ev, surface, sc, RejectReason.COMMON_WORD);
            }
            confidence *= 0.8;
        }
        if (s.fuzzy) {
            rule = "fuzzy+" + rule;
            confidence *= 0.7;
        }
        MentionRole role = s.role;
        if (role == MentionRole.LITERAL && s.metonymCue && (best.place.kind() == PlaceKind.COUNTRY
                || "PPLC".equals(best.place.featureCode()) || best.place.kind() == PlaceKind.ADMIN1)) {
            role = MentionRole.METONYMIC;
        }
        if (sc.shown == null) {
            List<Candidate> cs = new ArrayList<>();
            for (Ranked r : sc.ranked.subList(0, Math.min(MAX_CANDIDATES_SHOWN, sc.ranked.size()))) {
                cs.add(new Candidate(r.place, round(r.score), note(r, r == best)));
            }
            sc.shown = List.copyOf(cs); // every mention of the name shows the same candidates
        }
        Place place = best.place;
        if (s.headKind != null) {
            String name = surface.endsWith(s.head) ? surface.substring(0, surface.length() - s.head.length()).strip()
                    : surface;
            FacilityPlacement.Placed fp = facilities.place(s.headKind, name, place,
                    place.kind() == PlaceKind.COUNTRY ? focusCity(place.country()) : null);
            if (fp != null) {
                place = fp.place();
                rule = fp.rule();
                if (role == MentionRole.METONYMIC) {
                    role = MentionRole.LITERAL; // "the US embassy said": the building is still a place
                }
            }
        }
        return new PlaceMention(ev, surface, role, MentionStatus.RESOLVED, rule, place, sc.shown, confidence,
                s.head, againstFocus(place, countryWeight, sc.hasQualifier));
    }

    /**
     * Whether a name inside a facility's name ("Kirkuk Airport", "Oxford Street", "Stade de France") is where the
     * facility is: a qualifier or type word says so, another place of the article lies within 150 km, or the place
     * is a country, province or city of 100,000 in a country the article names (not for streets). A whole
     * gazetteer name that is also a facility's ("Hyde Park") needs only the article's country.
     */
    private boolean facilityAtPlace(Spot s, Scored sc, Ranked best, boolean inArticleCountry) {
        if (sc.hasQualifier || s.typeHint != null || best.parts[3] >= 2 || nearOtherName(s.key, best.place)) {
            return true;
        }
        if (!inArticleCountry || s.facility == Spot.FACILITY_STREET) {
            return false; // a street is named after somewhere else more often than not: "Oxford Street" in London
        }
        Place p = best.place;
        return s.facility == Spot.FACILITY_NAME || isFamous(p) || p.kind() == PlaceKind.ADMIN1
                || "PPLA".equals(p.featureCode()) || p.population() >= 100_000;
    }

    /** "X village", "X town", "X camp", "the village of X": the words say X is a settlement or camp. */
    private static boolean settlementHead(Spot s) {
        if (s.headKind != null) {
            return s.headKind == PlaceKind.VILLAGE || s.headKind == PlaceKind.TOWN || s.headKind == PlaceKind.CAMP
                    || s.headKind == PlaceKind.DISTRICT;
        }
        return "settlement".equals(s.typeHint) && s.typeWord != null
                && (s.typeWord.equals("village") || s.typeWord.equals("town"));
    }

    /** True if {@code iso} is the country the article names most (ties included). */
    private static boolean isTopCountry(String iso, Map<String, Double> countryWeight) {
        double max = 0;
        for (double w : countryWeight.values()) {
            max = Math.max(max, w);
        }
        return iso != null && max > 0 && countryWeight.getOrDefault(iso, 0.0) >= max - 1e-9;
    }

    /**
     * A name the gazetteer lacks that the sentence says is a place ("the village of X"): a mention of the place it
     * lies in, keeping its own surface and head, for review. The parent is the known place right after it in the
     * sentence ("in X, Borno state"), else the nearest one before it in the sentence, else the article's main
     * town, else its most named first-level area; never a country (no pin would be honest). Null without one.
     */
    private PlaceMention unlistedMention(Evidence ev, String surface, Spot s) {
        Place parent = parentOf(s);
        if (parent == null) {
            return null;
        }
        Candidate c = new Candidate(parent, 0, "parent of a place the gazetteer lacks (" + s.unlisted.name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")");
        return new PlaceMention(ev, surface, MentionRole.LITERAL, MentionStatus.RESOLVED, "unlisted-at-parent",
                parent, List.of(c), 0.5, s.head, "unlisted-place");
    }

    private Place parentOf(Spot s) {
        Place after = null;
        Place before = null;
        for (Spot o : allSpots) {
            if (o.sentence != s.sentence || o == s) {
                continue;
            }
            Place p = placeOf(o);
            if (p == null) {
                continue;
            }
            if (o.start >= s.end && after == null && o.start - s.end <= 40) {
                after = p;
            } else if (o.end <= s.start) {
                before = p;
            }
        }
        if (after != null) {
            return after;
        }
        if (before != null) {
            return before;
        }
        // the article's most named town, else its most named first-level area, in the country it names most
        Map<String, Integer> byCountry = new HashMap<>();
        for (Place p : accepted.values()) {
            if (p.country() != null) {
                byCountry.merge(p.country(), 1, Integer::sum);
            }
        }
        String top = null;
        for (Map.Entry<String, Integer> e : byCountry.entrySet()) {
            if (top == null || e.getValue() > byCountry.get(top)) {
                top = e.getKey();
            }
        }
        Map<Place, Integer> counts = new HashMap<>();
        for (Place p : accepted.values()) {
            if (top == null || top.equals(p.country())) {
                counts.merge(p, 1, Integer::sum);
            }
        }
        // the most named town or first-level area (a town on a tie): "Cabo Delgado" named three times beats
        // the capital named twice in a dateline and a byline
        Place best = null;
        for (Map.Entry<Place, Integer> e : counts.entrySet()) {
            Place p = e.getKey();
            boolean settlement = isSettlement(p);
            if (!settlement && p.kind() != PlaceKind.ADMIN1 && p.kind() != PlaceKind.ADMIN2) {
                continue;
            }
            int c = e.getValue();
            if (best == null || c > counts.get(best) || c == counts.get(best) && settlement && !isSettlement(best)) {
                best = p;
            }
        }
        return best;
    }

    /** The place a spot resolves to, if it is a literal place finer than a country; null otherwise. */
    private Place placeOf(Spot o) {
        Place p = accepted.get(o);
        if (p == null || o.seat) {
            return null;
        }
        return switch (p.kind()) {
            case COUNTRY, CONTINENT, SEA, REGION, RIVER, STRAIT, OTHER -> null;
            default -> p;
        };
    }

    /**
     * "outside-article-focus" when a place lies in a country the article never names although the article is
     * clearly about some country (named twice or more: a dateline and a mention, two places of it): a namesake
     * abroad that only prominence chose, for an analyst to check. Null otherwise; qualified places ("X, Russia"),
     * countries, areas and places known without context are never flagged.
     */
    private static String againstFocus(Place p, Map<String, Double> countryWeight, boolean qualified) {
        if (qualified || p.country() == null || p.kind().isArea() || isFamous(p) || p.population() >= 100_000) {
            return null;
        }
        double max = 0;
        for (double w : countryWeight.values()) {
            max = Math.max(max, w);
        }
        return max >= 2 && countryWeight.getOrDefault(p.country(), 0.0) <= 0.01 ? "outside-article-focus" : null;
    }

    /**
     * The town the article is about, outside {@code otherThan} (a country code, or null): the settlement its
     * names resolve to most often, the bigger on a tie. Where "the US embassy" of the article is.
     */
    private Place focusCity(String otherThan) {
        Place best = null;
        int bestCount = 0;
        for (Map.Entry<String, Scored> e : chosenByKey.entrySet()) {
            if (e.getValue().ranked.isEmpty()) {
                continue;
            }
            Place p = e.getValue().ranked.get(0).place;
            if (!(p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN || p.kind() == PlaceKind.VILLAGE)
                    || otherThan != null && otherThan.equals(p.country())) {
                continue;
            }
            int count = groupsByKey.getOrDefault(e.getKey(), List.of()).size();
            if (count > bestCount || count == bestCount && best != null && p.population() > best.population()) {
                best = p;
                bestCount = count;
            }
        }
        return best;
    }

    /** True if the best place of another name of the article, outside any facility's name, is within 150 km. */
    private boolean nearOtherName(String key, Place p) {
        for (Map.Entry<String, Scored> e : chosenByKey.entrySet()) {
            if (e.getKey().equals(key) || e.getValue().ranked.isEmpty() || onlyInFacilities(e.getKey())) {
                continue;
            }
            Place o = e.getValue().ranked.get(0).place;
            if (!isArea(o) && Geography.km(o.lat(), o.lon(), p.lat(), p.lon()) < 150) {
                return true;
            }
        }
        return false;
    }

    private boolean onlyInFacilities(String key) {
        for (Spot x : groupsByKey.getOrDefault(key, List.of())) {
            if (x.facility == 0) {
                return false;
            }
        }
        return true;
    }

    /** Known without any context: countries, capitals of 50,000, places of a million, the supplement's rows. */
    private static boolean isFamous(Place p) {
        return p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.CONTINENT || p.population() >= 1_000_000
                || ("PPLC".equals(p.featureCode()) && p.population() >= 50_000) || p.id().startsWith("sup:");
    }

    private static boolean sameLetters(String surface, String name) {
        return FoldCache.fold(surface).replace(" ", "").equals(FoldCache.fold(name).replace(" ", ""))
                && MentionSpotter.letters(surface).equals(MentionSpotter.letters(name));
    }

    private List<Spot> group(Spot s) {
        return groupsByKey.getOrDefault(s.key, List.of(s));
    }

    private static boolean onlyInHeadlines(List<Spot> spots) {
        for (Spot x : spots) {
            if (!x.inHeadline) {
                return false;
            }
        }
        return true;
    }

    private static PlaceMention rejected(Evidence ev, String surface, Scored sc, RejectReason why) {
        String reason = why.code();
        List<Candidate> cs = new ArrayList<>();
        for (Ranked r : sc.ranked.subList(0, Math.min(MAX_CANDIDATES_SHOWN, sc.ranked.size()))) {
            cs.add(new Candidate(r.place, round(r.score), "not used: " + reason));
        }
        return new PlaceMention(ev, surface, MentionRole.NOT_A_PLACE, MentionStatus.REJECTED, reason, null, cs, 0.7);
    }

    /** Big or administrative enough to be named without context: countries, regions, capitals, cities of 20,000. */
    private static boolean isMajor(Place p) {
        return p.kind() != PlaceKind.CITY && p.kind() != PlaceKind.TOWN && p.kind() != PlaceKind.VILLAGE
                && p.kind() != PlaceKind.OTHER && p.kind() != PlaceKind.DISTRICT && p.kind() != PlaceKind.ADMIN2
                || p.population() >= 20_000 || p.id().startsWith("sup:");
    }

    private static int decidingComponent(Ranked best, Ranked second) {
        int k = 6;
        double bestDiff = -Double.MAX_VALUE;
        for (int i = 0; i < COMPONENTS.length; i++) {
            double d = best.parts[i] - second.parts[i];
            if (d > bestDiff + 1e-9) {
                bestDiff = d;
                k = i;
            }
        }
        return k;
    }

    private static String note(Ranked r, boolean chosen) {
        StringBuilder b = new StringBuilder(chosen ? "chosen" : "lost");
        Place p = r.place;
        b.append(": ").append(p.featureCode() != null ? p.featureCode() : p.kind().name());
        if (p.country() != null) {
            b.append(' ').append(p.country());
        }
        if (p.population() > 0) {
            b.append(" pop ").append(p.population());
        }
        for (int i = 0; i < 6; i++) {
            if (r.parts[i] > 0) {
                b.append("; +").append(COMPONENTS[i]);
            }
        }
        return b.toString();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
