package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.geoparse.ScoredName.Component;
import org.incidentatlas.geoparse.ScoredName.Ranked;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Geography;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;

/**
 * Chooses one place for each name of an article, using the whole article as context, then decides whether each
 * mention is kept. The passes: names are linked to their qualifiers ({@link QualifierLinks}); the article's
 * country focus is weighed once ({@link CountryFocus}); names with one candidate or a decisive qualifier anchor the
 * article in space; every name's candidates are scored against those anchors ({@link CandidateScorer}: qualifier,
 * type hint, country focus, spatial coherence, area of interest, priors); each mention then becomes a resolved or
 * rejected {@link PlaceMention}, with facilities placed ({@link FacilityPlacement}) and names the gazetteer lacks
 * put at their parent ({@link UnlistedParents}). One resolver per article.
 */
final class PlaceResolver {
    static final int MAX_CANDIDATES_SHOWN = 5;
    /** Points per score component, from {@code resolver-weights.tsv}. */
    private static final ResolverWeights W = ResolverWeights.standard();

    private final FacilityPlacement facilities;
    private final CandidateScorer scorer;
    /**
     * This thread's remembered candidate notes, looked up once per article and handed to the scorer and the
     * passes, not once per name scored.
     */
    private final CandidateMemo memo = CandidateMemo.get();
    /** The article's names and their spots (set once by {@link #resolve}). */
    private Map<String, List<Spot>> groupsByKey = Map.of();
    /** Each name's scored candidates, once chosen (set once by {@link #resolve}). */
    private Map<String, ScoredName> chosenByKey = Map.of();
    /** Where names the gazetteer lacks lie (set once the literal mentions are known). */
    private UnlistedParents parents;

    PlaceResolver(GeoparseOptions options, Gazetteer gazetteer) {
        this.facilities = new FacilityPlacement(gazetteer);
        this.scorer = new CandidateScorer(options, W, memo);
    }

    List<PlaceMention> resolve(String articleId, String text, List<Spot> spots) {
        spots.sort(Comparator.comparingInt((Spot s) -> s.start));
        QualifierLinks.link(text, spots, memo);

        // Each pass is its own method: one long method with many loops is compiled several times over (once per
        // loop entered while it still runs interpreted), and that compiling is CPU the extraction pays for.
        Map<String, List<Spot>> groups = groups(spots);
        groupsByKey = groups;
        CountryFocus focus = CountryFocus.of(spots, memo);
        List<Place> provinces = new ArrayList<>();
        List<Place> anchors = anchors(groups, focus, provinces);
        chosenByKey = choose(groups, focus, anchors, List.copyOf(provinces));
        return mentions(articleId, text, spots, focus, chosenByKey);
    }

    private static Map<String, List<Spot>> groups(List<Spot> spots) {
        Map<String, List<Spot>> groups = new LinkedHashMap<>();
        for (int ix = 0, nx = spots.size(); ix < nx; ix++) {
            Spot s = spots.get(ix);
            if (!s.isRejected() && s.demonymOf == null && !s.regionAdjective && !s.candidates.isEmpty()) {
                groups.computeIfAbsent(s.key, k -> new ArrayList<>()).add(s);
            }
        }
        return groups;
    }

    /**
     * Pass 1: names with one candidate or a decisive qualifier anchor the article in space; first-level areas it
     * names clearly go to {@code provinces} (each name is scored with the provinces found before it).
     */
    private List<Place> anchors(Map<String, List<Spot>> groups, CountryFocus focus, List<Place> provinces) {
        List<Place> anchors = new ArrayList<>();
        for (Map.Entry<String, List<Spot>> g : groups.entrySet()) {
            List<Spot> spotsOfName = g.getValue();
            if (spotsOfName.get(0).candidates.size() == 1) {
                addAnchor(anchors, spotsOfName.get(0).candidates.get(0));
                addProvince(provinces, spotsOfName, spotsOfName.get(0).candidates.get(0));
                continue;
            }
            boolean qualified = false;
            for (int ix2 = 0, nx2 = spotsOfName.size(); ix2 < nx2; ix2++) {
                Spot s = spotsOfName.get(ix2);
                qualified |= !s.qualifiers.isEmpty() || s.adjectiveQualifier != null;
            }
            // (some candidate a first-level area: the facts' bit, remembered per list, not a pass over a long list)
            if (qualified || (memo.facts(spotsOfName.get(0).candidates) & Candidates.ADMIN1) != 0) {
                ScoredName sc = scorer.score(spotsOfName, focus, List.of(), provinces);
                if (sc.hasQualifier) {
                    addAnchor(anchors, sc.ranked.get(0).place());
                    addProvince(provinces, spotsOfName, sc.ranked.get(0).place());
                } else if (sc.ranked.size() < 2 || sc.ranked.get(0).score() - sc.ranked.get(1).score() >= 2) {
                    addProvince(provinces, spotsOfName, sc.ranked.get(0).place()); // "Ontario" on its own: the province, clearly
                }
            }
        }
        return anchors;
    }

    /**
     * A first-level area the article names by its name ("Ontario", "Anbar"), not only inside a longer name
     * ("Mississippi State", the team; "Ohio Valley"): the places inside it get full spatial coherence.
     */
    private static void addProvince(List<Place> provinces, List<Spot> spotsOfName, Place p) {
        if (p.kind() != PlaceKind.ADMIN1) {
            return;
        }
        String bare = CandidatePriors.withoutLastWord(p.name(), "Governorate", "Province", "Oblast", "Region",
                "Prefecture");
        for (int ix3 = 0, nx3 = spotsOfName.size(); ix3 < nx3; ix3++) {
            Spot s = spotsOfName.get(ix3);
            // its name, not a longer one: "Mississippi State" is the university's team
            if (!s.beforeName && (CandidatePriors.isOwnName(s.key, p) || bare != null && s.key.equals(FoldCache.fold(bare)))) {
                provinces.add(p);
                return;
            }
        }
    }

    /** Pass 2: everything, with spatial coherence to the anchors of the other names. */
    private Map<String, ScoredName> choose(Map<String, List<Spot>> groups, CountryFocus focus, List<Place> anchors,
            List<Place> provinces) {
        Map<String, ScoredName> chosen = new HashMap<>();
        long[] anchorBits = idHashBits(anchors);
        for (Map.Entry<String, List<Spot>> g : groups.entrySet()) {
            List<Place> others = othersThan(anchors, anchorBits, g.getValue().get(0).candidates);
            chosen.put(g.getKey(), scorer.score(g.getValue(), focus, others, provinces));
        }
        return chosen;
    }

    /** Bits of the places' id hashes ({@link #ID_BITS} of them): a place whose bit is clear is none of them. */
    static long[] idHashBits(List<Place> places) {
        long[] bits = new long[ID_BITS / 64];
        for (int i = 0, n = places.size(); i < n; i++) {
            int h = places.get(i).id().hashCode() & (ID_BITS - 1);
            bits[h >>> 6] |= 1L << h;
        }
        return bits;
    }

    private static final int ID_BITS = 512;

    /**
     * The anchors outside a name's own candidates ({@code anchors} itself when none is one of them), as
     * {@link Candidates#containsPlace} decides: one pass over the candidates, each tested against the anchors' id
     * hash bits ({@code anchorBits}) before the anchors themselves, instead of one pass per anchor (a name's list
     * can hold hundreds of places; an article has a few anchors).
     */
    static List<Place> othersThan(List<Place> anchors, long[] anchorBits, List<Place> candidates) {
        int n = anchors.size();
        if (n == 0) {
            return anchors;
        }
        boolean[] inside = null;
        for (int k = 0, nk = candidates.size(); k < nk; k++) {
            Place q = candidates.get(k);
            int h = q.id().hashCode();
            if ((anchorBits[(h & (ID_BITS - 1)) >>> 6] & 1L << h) == 0) {
                continue; // no anchor has this id's hash: q is none of them (the same place has the same id)
            }
            for (int i = 0; i < n; i++) {
                if (Candidates.samePlace(q, anchors.get(i))) {
                    if (inside == null) {
                        inside = new boolean[n];
                    }
                    inside[i] = true;
                }
            }
        }
        if (inside == null) {
            return anchors;
        }
        List<Place> others = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (!inside[i]) {
                others.add(anchors.get(i));
            }
        }
        return others;
    }

    private List<PlaceMention> mentions(String articleId, String text, List<Spot> spots, CountryFocus focus,
            Map<String, ScoredName> chosen) {
        List<PlaceMention> out = new ArrayList<>(spots.size());
        Map<Spot, Place> accepted = new LinkedHashMap<>(); // text order: ties between parents go to the first named
        List<Spot> unlisted = new ArrayList<>();
        for (int ix4 = 0, nx4 = spots.size(); ix4 < nx4; ix4++) {
            Spot s = spots.get(ix4);
            if (s.unlisted != null && s.candidates.isEmpty() && !s.isRejected()) {
                unlisted.add(s);
                continue;
            }
            PlaceMention m = toMention(articleId, text, s, chosen.get(s.key), focus);
            if (m == null && s.unlisted != null) {
                unlisted.add(s);
            }
            if (m != null) {
                out.add(m);
                if (m.status() == MentionStatus.RESOLVED && m.role() == MentionRole.LITERAL
                        && !"unlisted-at-parent".equals(m.rule()) && !CountryFocus.OUTSIDE_FOCUS.equals(m.review())) {
                    // a place abroad that only prominence chose is no parent: "St. Peter" (a village in the Black
                    // Forest) for "Cairo's Abbassiya district, near the church of St. Peter"
                    accepted.put(s, m.place());
                }
            }
        }
        // Names the gazetteer lacks go last: their parent is a place the article was found to name.
        parents = new UnlistedParents(spots, accepted);
        for (int ix5 = 0, nx5 = unlisted.size(); ix5 < nx5; ix5++) {
            Spot s = unlisted.get(ix5);
            PlaceMention m = unlistedMention(Evidence.of(articleId, s.sentence, s.start, s.end),
                    text.substring(s.start, s.end), s);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt((PlaceMention m) -> m.evidence().span().start()));
        return out;
    }

    private static void addAnchor(List<Place> anchors, Place p) {
        if (p.kind() != PlaceKind.COUNTRY && p.kind() != PlaceKind.CONTINENT && p.kind() != PlaceKind.SEA) {
            anchors.add(p);
        }
    }

    /** The name a place goes by, not an alias it shares: see {@link CandidatePriors#isOwnName}. */
    static boolean isOwnName(String key, Place p) {
        return CandidatePriors.isOwnName(key, p);
    }

    /** The prominence component of a place: see {@link ResolverWeights#prominence}. */
    static double kindScore(Place p) {
        return W.prominence(p);
    }

    // ------------------------------------------------------------------ output

    /** {@code focus}: the article's; a name is judged in the focus without its own mentions. */
    private PlaceMention toMention(String articleId, String text, Spot s, ScoredName sc, CountryFocus focus) {
        Evidence ev = Evidence.of(articleId, s.sentence, s.start, s.end);
        String surface = text.substring(s.start, s.end);
        if (s.isRejected()) {
            List<Candidate> cs = filteredOut(s);
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
        CountryFocus others = sc.focusWithout;
        if (others == null) {
            // once per name (a copy of the weights), kept with its scores: not a map lookup per mention
            others = focus.withoutName(s.key);
            sc.focusWithout = others;
        }
        Ranked best = sc.ranked.get(0);
        Ranked second = sc.ranked.size() > 1 ? sc.ranked.get(1) : null;
        boolean inArticleCountry = best.place().country() != null
                && others.names(best.place().country());
        boolean prominent = Candidates.isProminent(best.place()) || best.place().population() >= 100_000;
        if (s.fuzzy && s.unlisted != null && !others.isTop(best.place().country())) {
            return null; // "Guma LGA" is a place the gazetteer lacks, not Goma abroad: mentions() keeps it unlisted
        }
        if (settlementHead(s) && !sc.hasQualifier && best.place().population() < 100_000 && !best.place().kind().isArea()
                && others.againstFocus(best.place(), false) != null) {
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
        boolean contextual = s.locative || s.typeHint != null || sc.hasQualifier || best.part(Component.SPATIAL_COHERENCE) >= 1.2
                || best.part(Component.AREA_OF_INTEREST) > 0;
        if (s.singleWord && !contextual && !CandidatePriors.isMajor(best.place())) {
            // A lone capitalised word that only names small places far from anything else in the article is far
            // more often a surname, a brand or a team than a place.
            return rejected(ev, surface, sc, RejectReason.MINOR_PLACE_WITHOUT_CONTEXT);
        }
        if (s.singleWord && !contextual && !inArticleCountry && !s.fuzzy && best.place().population() < 1_000_000
                && best.place().kind() != PlaceKind.COUNTRY && !"PPLC".equals(best.place().featureCode())
                && !best.place().id().startsWith("sup:") && !sameLetters(surface, best.place().name())) {
            // Only a spelling variant of a place's name ("Barr" for Bar, "Villa" for Port Vila), in a country the
            // article does not mention and with nothing to say a place comes: a surname or a club, not the place.
            // The supplement's aliases are hand-checked English forms and exempt.
            return rejected(ev, surface, sc, RejectReason.VARIANT_WITHOUT_CONTEXT);
        }
        if (s.inHeadline && !s.properAdmin && !CandidatePriors.isMajor(best.place()) && best.place().population() < 100_000 && onlyInHeadlines(group(s))) {
            // Title case capitalises every word; a small place named only there is more likely an ordinary word.
            return rejected(ev, surface, sc, RejectReason.HEADLINE_ONLY);
        }
        if (s.givenName && !s.locative && !sc.hasQualifier && !s.properAdmin && (best.place().population() < 100_000
                && !Candidates.isProminent(best.place())
                || !contextual && !inArticleCountry && !CandidatePriors.isFamous(best.place()))) {
            // "Smoky Mary": a given name that names a province or city in a country the article never mentions
            return rejected(ev, surface, sc, RejectReason.GIVEN_NAME);
        }
        // after the guards: an ordinary word, a surname or a headline word is rejected, never kept as unlisted
        if (!sc.hasQualifier && !s.needsSupport && qualifierDisagrees(s, best.place())) {
            // "a landmine in Boni, central Mali": the text puts the name in an area none of its candidates lies in
            // (Bonn is not in Mali), so it is a place the gazetteer lacks, kept at its parent for review
            if (s.unlisted == null) {
                s.unlisted = UnlistedPlaces.Cue.QUALIFIED;
            }
            return null;
        }
        if (unsupportedAbroad(s, sc, best, others) && !s.needsSupport
                && (s.locative || s.head != null || s.unlisted != null)) {
            // Context beats population: the article is about a country and names nothing near this small namesake
            // abroad ("between Tame and La Cabuya" in a story about Colombia is not La Cabuya, Panama). With a place
            // word it is a place the gazetteer lacks, at its parent; without one it stays, flagged for review
            // (outside-article-focus), and is nobody's parent.
            if (s.unlisted == null) {
                s.unlisted = UnlistedPlaces.Cue.FOCUS;
            }
            return null;
        }
        String rule;
        double confidence;
        if (second == null) {
            rule = "only-candidate";
            confidence = 0.9;
        } else {
            Component k = ScoredName.deciding(best, second);
            rule = k.rule;
            if (k == Component.QUALIFIER) {
                rule = "qualifier:" + (sc.qualifierWord != null ? sc.qualifierWord : "place");
                if (s.qualifiers.isEmpty() && s.adjectiveQualifier == null) {
                    rule = "one-sense-per-article";
                }
            } else if (k == Component.TYPE_HINT && s.typeHint == null) {
                rule = s.definite ? "definite-article" : "one-sense-per-article";
            } else if ((k == Component.PROMINENCE || k == Component.POPULATION) && (best.place().kind() == PlaceKind.COUNTRY || "PPLC".equals(best.place().featureCode()))) {
                rule = "well-known";
            }
            double margin = best.score() - second.score();
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
        if (role == MentionRole.LITERAL && s.metonymCue && (best.place().kind() == PlaceKind.COUNTRY
                || "PPLC".equals(best.place().featureCode()) || best.place().kind() == PlaceKind.ADMIN1)) {
            role = MentionRole.METONYMIC;
        }
        if (sc.shown == null) {
            List<Candidate> cs = new ArrayList<>();
            for (Ranked r : sc.ranked.subList(0, Math.min(MAX_CANDIDATES_SHOWN, sc.ranked.size()))) {
                cs.add(new Candidate(r.place(), round(r.score()), note(r, r == best)));
            }
            sc.shown = List.copyOf(cs); // every mention of the name shows the same candidates
        }
        Place place = best.place();
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
                s.head, others.againstFocus(place, sc.hasQualifier));
    }

    /**
     * Whether a name inside a facility's name ("Kirkuk Airport", "Oxford Street", "Stade de France") is where the
     * facility is: a qualifier or type word says so, another place of the article lies within 150 km, or the place
     * is a country, province or city of 100,000 in a country the article names (not for streets). A whole
     * gazetteer name that is also a facility's ("Hyde Park") needs only the article's country.
     */
    private boolean facilityAtPlace(Spot s, ScoredName sc, Ranked best, boolean inArticleCountry) {
        if (sc.hasQualifier || s.typeHint != null || best.part(Component.SPATIAL_COHERENCE) >= 2 || nearOtherName(s.key, best.place())) {
            return true;
        }
        if (!inArticleCountry || s.facility == Spot.FACILITY_STREET) {
            return false; // a street is named after somewhere else more often than not: "Oxford Street" in London
        }
        Place p = best.place();
        return s.facility == Spot.FACILITY_NAME || CandidatePriors.isFamous(p) || p.kind() == PlaceKind.ADMIN1
                || "PPLA".equals(p.featureCode()) || p.population() >= 100_000;
    }

    /**
     * True if a spot's qualifiers after it ("X, central Mali") or its adjective ("Iraqi X") name areas of other countries than {@code p}'s
     * only, and {@code p} is not known without context: a small place, or a bigger one the name only stands for
     * as an alias ("Boni" for Bonn). A big place called by its own name more likely has a wrongly linked qualifier
     * ("Gaza, Israel and Lebanon" is a list).
     */
    private static boolean qualifierDisagrees(Spot s, Place p) {
        if (s.qualifiers.isEmpty() && s.adjectiveQualifier == null || p.country() == null
                || p.kind() == PlaceKind.COUNTRY || CandidatePriors.isFamous(p)
                || p.population() >= 100_000 && CandidatePriors.isOwnName(s.key, p)) {
            return false;
        }
        boolean any = false;
        for (int ix6 = 0, nx6 = s.qualifiers.size(); ix6 < nx6; ix6++) {
            Spot q = s.qualifiers.get(ix6);
            if (q.start < s.end) {
                continue; // "Iran's Supreme Leader": a possessive before a word is too weak to say the word is a place
            }
            for (int ix7 = 0, nx7 = q.candidates.size(); ix7 < nx7; ix7++) {
                Place a = q.candidates.get(ix7);
                if (QualifierLinks.isArea(a)) {
                    any = true;
                    if (a.country() == null || a.country().equals(p.country())) {
                        return false;
                    }
                }
            }
        }
        Place adjective = s.adjectiveQualifier;
        if (adjective != null) {
            any = true;
            if (adjective.country() == null || adjective.country().equals(p.country())) {
                return false;
            }
        }
        return any;
    }

    /**
     * True if the best place lies in a country the article never names although it is clearly about one
     * ({@link CountryFocus#againstFocus}), is small (under 100,000), and nothing but prominence chose it: no
     * qualifier, type word, neighbour within 400 km or area-of-interest prior.
     */
    private static boolean unsupportedAbroad(Spot s, ScoredName sc, Ranked best, CountryFocus others) {
        return !sc.hasQualifier && s.typeHint == null && best.place().population() < 100_000
                && best.part(Component.SPATIAL_COHERENCE) < 1.2 && best.part(Component.AREA_OF_INTEREST) == 0
                && others.againstFocus(best.place(), false) != null;
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

    /**
     * A name the gazetteer lacks that the sentence says is a place ("the village of X"): a mention of the place it
     * lies in, keeping its own surface and head, for review. The parent is the known place right after it in the
     * sentence ("in X, Borno state"), else the nearest one before it in the sentence, else the article's main
     * town, else its most named first-level area; never a country (no pin would be honest). Null without one.
     */
    private PlaceMention unlistedMention(Evidence ev, String surface, Spot s) {
        Place parent = parents.of(s);
        if (parent == null) {
            return null;
        }
        Candidate c = new Candidate(parent, 0, "parent of a place the gazetteer lacks (" + s.unlisted.name()
                .toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")");
        return new PlaceMention(ev, surface, MentionRole.LITERAL, MentionStatus.RESOLVED, "unlisted-at-parent",
                parent, List.of(c), 0.5, s.head, "unlisted-place");
    }

    /**
     * The town the article is about, outside {@code otherThan} (a country code, or null): the settlement its
     * names resolve to most often, the bigger on a tie. Where "the US embassy" of the article is.
     */
    private Place focusCity(String otherThan) {
        Place best = null;
        int bestCount = 0;
        for (Map.Entry<String, ScoredName> e : chosenByKey.entrySet()) {
            if (e.getValue().ranked.isEmpty()) {
                continue;
            }
            Place p = e.getValue().ranked.get(0).place();
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
        for (Map.Entry<String, ScoredName> e : chosenByKey.entrySet()) {
            if (e.getKey().equals(key) || e.getValue().ranked.isEmpty() || onlyInFacilities(e.getKey())) {
                continue;
            }
            Place o = e.getValue().ranked.get(0).place();
            if (!QualifierLinks.isArea(o) && Geography.km(o.lat(), o.lon(), p.lat(), p.lon()) < 150) {
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

    private static boolean sameLetters(String surface, String name) {
        return FoldCache.fold(surface).replace(" ", "").equals(FoldCache.fold(name).replace(" ", ""))
                && MentionSpotter.letters(surface).equals(MentionSpotter.letters(name));
    }

    private List<Spot> group(Spot s) {
        return groupsByKey.getOrDefault(s.key, List.of(s));
    }

    private static boolean onlyInHeadlines(List<Spot> spots) {
        for (int ix8 = 0, nx8 = spots.size(); ix8 < nx8; ix8++) {
            Spot x = spots.get(ix8);
            if (!x.inHeadline) {
                return false;
            }
        }
        return true;
    }

    /** The candidates a spot the filters rejected shows: the same list for every mention of the name ({@link CandidateMemo}). */
    private List<Candidate> filteredOut(Spot s) {
        return memo.filteredOut(s.candidates, s.rejected);
    }

    private static PlaceMention rejected(Evidence ev, String surface, ScoredName sc, RejectReason why) {
        String reason = why.code();
        List<Candidate> cs = sc.rejectedWhy == why ? sc.rejectedShown : null;
        if (cs == null) {
            List<Candidate> made = new ArrayList<>();
            for (Ranked r : sc.ranked.subList(0, Math.min(MAX_CANDIDATES_SHOWN, sc.ranked.size()))) {
                made.add(new Candidate(r.place(), round(r.score()), why.notUsed()));
            }
            cs = List.copyOf(made);
            sc.rejectedShown = cs; // every mention of the name rejected for this reason shows the same candidates
            sc.rejectedWhy = why;
        }
        return new PlaceMention(ev, surface, MentionRole.NOT_A_PLACE, MentionStatus.REJECTED, reason, null, cs, 0.7);
    }

    /** "; +qualifier; +type-hint" and so on for each set of the first six components, by bit mask. */
    private static final String[] PLUSES = pluses();

    private static String[] pluses() {
        String[] out = new String[64];
        for (int mask = 0; mask < 64; mask++) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                if ((mask & 1 << i) != 0) {
                    b.append("; +").append(Component.ALL[i].rule);
                }
            }
            out[mask] = b.toString();
        }
        return out;
    }

    /** "chosen: PPLA IQ pop 1000; +country-coherence": made once per place and code by this thread's memo. */
    private String note(Ranked r, boolean chosen) {
        Place p = r.place();
        double[] parts = r.parts();
        int mask = 0;
        for (int i = 0; i < 6; i++) {
            if (parts[i] > 0) {
                mask |= 1 << i;
            }
        }
        return memo.note(p, chosen ? mask | 64 : mask);
    }

    /** The note of {@link #note}: {@code code} holds the scoring components' bits and 64 when chosen. */
    static String noteText(Place p, int code) {
        String head = (code & 64) != 0 ? "chosen: " : "lost: ";
        String kind = p.featureCode() != null ? p.featureCode() : p.kind().name();
        String plus = PLUSES[code & 63];
        String country = p.country();
        long pop = p.population();
        if (country != null) {
            return pop > 0 ? head + kind + ' ' + country + " pop " + pop + plus : head + kind + ' ' + country + plus;
        }
        return pop > 0 ? head + kind + " pop " + pop + plus : head + kind + plus;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
