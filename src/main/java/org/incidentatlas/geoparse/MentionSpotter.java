package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * Finds the place names of one article and applies the not-a-place filters before any resolution: outlet and
 * organisation names, cue words around a name (TV, daily, according to, told), person names (titles, given names,
 * nisba surnames), caption credits, ordinary English words, and seats of organisations ("London-based").
 * One instance per article: it remembers which names the article uses for persons and outlets.
 */
final class MentionSpotter {
    private static final int MAX_NAME_TOKENS = 7;


    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final HeadNouns heads = HeadNouns.standard();
    private final ContextWords words = ContextWords.standard();
    private final UnlistedPlaces unlistedPlaces = UnlistedPlaces.standard();
    private final GeoparseOptions options;
    private final String text;
    private final Map<String, String> foldCache = new HashMap<>();
    /** Folded names the article uses for persons (surnames, whole names). */
    private final Set<String> personKeys = new HashSet<>();
    /** Folded place-like names the article uses for outlets ("fars" after "Fars News Agency"). */
    private final Set<String> outletKeys = new HashSet<>();
    private final List<Spot> spots = new ArrayList<>();

    MentionSpotter(Gazetteer gazetteer, Lexicon lexicon, GeoparseOptions options, String text) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.options = options;
        this.text = text;
    }

    /**
     * The spots found, after applying what the whole article taught: a name used for an outlet or a person
     * anywhere is not a place elsewhere in the article either, unless a preposition makes it one ("in X").
     */
    List<Spot> spots() {
        for (int k = 0; k < spots.size(); k++) {
            Spot s = spots.get(k);
            if (s.isRejected() || s.demonymOf != null || s.locative || s.seat) {
                continue;
            }
            if (outletKeys.contains(s.key) && !isGovernmentLike(s.candidates) && !hasBigCity(s.candidates)
                    && !listedWithPlaces(k)) {
                s.reject(RejectReason.OUTLET);
                s.typeWord = "outlet-in-article";
            } else if (personKeys.contains(s.key) && !isGovernmentLike(s.candidates)) {
                s.reject(RejectReason.PERSON_IN_ARTICLE);
            }
        }
        return spots;
    }

    /**
     * "in Khartoum, Al Jazirah, White Nile states": a name listed with places (a comma or "and" between them) is
     * one of them, even if the article also names an outlet that folds to the same key.
     */
    private boolean listedWithPlaces(int k) {
        Spot s = spots.get(k);
        for (int d = -1; d <= 1; d += 2) {
            int j = k + d;
            if (j < 0 || j >= spots.size()) {
                continue;
            }
            Spot o = spots.get(j);
            if (o.sentence != s.sentence || o.isRejected() || o.demonymOf != null || o.candidates.isEmpty()) {
                continue;
            }
            String gap = d < 0 ? gapText(o.end, s.start) : gapText(s.end, o.start);
            String g = gap == null ? null : gap.strip();
            if (g != null && (g.equals(",") || g.equals("and") || g.equals(", and"))) {
                return true;
            }
        }
        return false;
    }

    private String gapText(int from, int to) {
        return from <= to && to - from <= 8 ? text.substring(from, to) : null;
    }

    String fold(String s) {
        String f = foldCache.get(s);
        if (f == null) {
            f = FoldCache.fold(s);
            foldCache.put(s, f);
        }
        return f;
    }

    // ---------------------------------------------------------------- persons (first pass over all sentences)

    /** Marks the tokens of person names in a sentence and remembers their surnames for the whole article. */
    boolean[] persons(Tokens t) {
        int n = t.size();
        boolean[] person = new boolean[n];
        int[] runs = t.runs();
        for (int i = 0; i < n; i++) {
            if (i + 1 >= n || !(t.isCapitalised(i + 1) || t.length(i + 1) <= 3)) {
                continue; // both rules need a name (or an article) right after this word
            }
            // "DR Congo": a title-like word that starts a country's or province's name is that name
            boolean title = t.has(i, SpotWords.TITLE) && !t.is(i + 1, "of")
                    && !(t.isAllCaps(i) && startsAreaName(t, i));
            if (title && i + 1 < n && t.joinable(i + 1) && startsName(t, i + 1)) {
                int e = nameRunEnd(t, runs, i + 1);
                markPerson(t, person, i + 1, e);
                if (t.isCapitalised(i)) {
                    person[i] = true; // "Sayyed Mojtaba Hosseini": the title is no place either
                }
                i = e - 1;
                continue;
            }
            if (t.isCapitalised(i) && !t.isAllCaps(i) && t.has(i, SpotWords.GIVEN_NAME) && !t.has(i, SpotWords.DIRECTION)
                    && i + 1 < n && t.joinable(i + 1)
                    && startsName(t, i + 1)) {
                int e = nameRunEnd(t, runs, i);
                int second = t.has(i + 1, SpotWords.ARTICLE) || t.has(i + 1, SpotWords.NAME_PARTICLE) ? i + 2 : i + 1;
                if (second < e && !isOrdinaryWord(t, second) && longestPlace(t, i) <= i + 1) {
                    markPerson(t, person, i, e);
                    i = e - 1;
                }
            }
        }
        return person;
    }

    private boolean startsAreaName(Tokens t, int i) {
        int e = longestPlace(t, i);
        return e > i + 1 && isCountryName(t.name(i, e));
    }

    private static boolean isOrdinaryWord(Tokens t, int i) {
        int r = t.rank(i);
        return (r > 0 && r <= 4000) || t.has(i, SpotWords.FEATURE_AFTER | SpotWords.NEVER_PLACE);
    }

    private static boolean startsName(Tokens t, int i) {
        if (t.isCapitalised(i)) {
            return true;
        }
        return (t.has(i, SpotWords.ARTICLE) && i + 1 < t.size() && t.hyphenBefore(i + 1) && t.isCapitalised(i + 1))
                || (t.has(i, SpotWords.NAME_PARTICLE) && t.isLower(i) && i + 1 < t.size() && t.joinable(i + 1)
                && t.isCapitalised(i + 1));
    }


    /**
     * End (exclusive) of a run of capitalised name tokens and Arabic articles from {@code i}: the first token
     * needs no join before it, every later one does. {@code runs} is {@link #continuations} of the same sentence,
     * so the answer costs one lookup however long the run ("Harakat Al-Al-Al-…" is linear, not quadratic).
     */
    static int nameRunEnd(Tokens t, int[] runs, int i) {
        int e;
        if (t.isCapitalised(i) && !t.isAllCaps(i)) {
            e = runs[i + 1];
        } else if (joinsNextName(t, i, false)) {
            e = runs[i + 2]; // "al-Baghdadi", "bin Laden" as the first words
        } else {
            e = i;
        }
        return Math.max(e, i + 1);
    }

    /**
     * For every token {@code e}, where a name run that has already reached {@code e} ends: one backward pass over
     * the sentence. The run goes on through capitalised words and through an article or surname particle before a
     * capitalised word ("Abu Bakr al-Baghdadi", "Mike de Kock", "Ursula von der Leyen"), each joined to the one
     * before by a space or hyphen. Two extra slots so that {@code runs[i + 2]} is always defined.
     */
    static int[] continuations(Tokens t) {
        int n = t.size();
        int[] runs = new int[n + 2];
        runs[n] = n;
        runs[n + 1] = n + 1;
        for (int e = n - 1; e >= 0; e--) {
            if (e == 0 || !t.joinable(e)) {
                runs[e] = e;
            } else if (t.isCapitalised(e) && !t.isAllCaps(e)) {
                runs[e] = runs[e + 1];
            } else if (joinsNextName(t, e, true)) {
                runs[e] = runs[e + 2];
            } else {
                runs[e] = e;
            }
        }
        return runs;
    }

    /** An article, "bin"/"ibn" or (inside a run) a lower-case surname particle, joined to a capitalised word. */
    private static boolean joinsNextName(Tokens t, int e, boolean insideRun) {
        boolean particle = t.has(e, SpotWords.ARTICLE | SpotWords.BIN)
                || (insideRun && t.isLower(e) && t.has(e, SpotWords.NAME_PARTICLE));
        return particle && e + 1 < t.size() && t.joinable(e + 1) && t.isCapitalised(e + 1);
    }

    private void markPerson(Tokens t, boolean[] person, int from, int to) {
        for (int k = from; k < to; k++) {
            person[k] = true;
        }
        int last = to - 1;
        int first = last > from && t.has(last - 1, SpotWords.ARTICLE) ? last - 1 : last;
        String surname = t.name(first, to);
        if (!surname.isEmpty() && !isCountryName(surname)) {
            personKeys.add(surname);
        }
    }

    private boolean isCountryName(String key) {
        for (Place p : gazetteer.find(key)) {
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1 || "PPLC".equals(p.featureCode())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- spotting (second pass)

    void spot(int sentence, int sentenceStart, Tokens t, boolean[] person) {
        int n = t.size();
        boolean headline = isHeadline(t);
        int i = 0;
        int firstSpot = spots.size();
        int[] runs = t.runs();
        while (i < n) {
            if (!canStart(t, i) || spots.size() > firstSpot && t.start(i) < spots.get(spots.size() - 1).end) {
                i++; // also a word the last surface took ("DeSoto Parish"): spots never overlap
                continue;
            }
            if (mayBeAbbreviation(t, i) && stateAbbreviation(sentence, sentenceStart, t, i)) {
                i++;
                continue;
            }
            int orgEnd = organisationEnd(t, i);
            if (orgEnd < 0 && t.isCapitalised(i) && t.has(i, SpotWords.UNIT_WORD) && i + 1 < n
                    && t.joinable(i + 1) && startsName(t, i + 1)) {
                orgEnd = nameRunEnd(t, runs, i); // "Liwa Fatemiyoun", "Kataib Hezbollah": a unit's name
            }
            if (orgEnd > 0) {
                rejectOrganisation(sentence, t, i, orgEnd);
                i = orgEnd;
                continue;
            }
            if (t.is(i, "the")) {
                i++; // folding drops a leading "the", so a name never starts with it ("The London-based daily")
                continue;
            }
            int rank = t.rank(i);
            if (rank > 0 && rank <= 150 && !t.isAllCaps(i) && !(i + 1 < n && t.joinable(i + 1) && t.isCapitalised(i + 1))
                    && !(i + 2 < n && t.is(i + 1, "of") && t.isCapitalised(i + 2) && t.isCapitalised(i))) {
                i++; // "In", "We", "But" opening a sentence: function words, not worth a lookup or a reject
                continue;
            }
            int end = longestPlace(t, i);
            int keyFrom = i;
            if (end < 0 && t.has(i, SpotWords.ARTICLE) && i + 1 < n && t.hyphenBefore(i + 1)) {
                // "al-Raqa" when the gazetteer knows only "Raqa": the article is written but not indexed.
                end = longestPlace(t, i + 1);
                keyFrom = i + 1;
            }
            if (end < 0) {
                end = demonymOrFuzzy(sentence, sentenceStart, t, i, person, headline);
                if (end < 0) {
                    end = unlisted(sentence, sentenceStart, t, i, person, headline);
                }
                i = Math.max(end, i + 1);
                continue;
            }
            if (end <= i + 2 && i + 1 < n && t.joinable(i + 1) && t.isCapitalised(i + 1)) {
                String two = demonym(t.span(i, i + 2)); // "South Korean", not the South Governorate
                if (two != null) {
                    addDemonym(sentence, t, i, i + 2, two);
                    i += 2;
                    continue;
                }
            }
            if (end <= i + 2 && (t.has(i, end == i + 1 ? SpotWords.REGION_ADJECTIVE : SpotWords.REGION_ADJECTIVE_START)
                    && lexicon.regionOfAdjective(t.span(i, end).toLowerCase(Locale.ROOT)) != null
                    || i + 1 < n && t.joinable(i + 1) && t.isCapitalised(i + 1) && regionAdjectiveWords(t, i) > 1)) {
                int e = regionAdjective(sentence, t, i); // "English" the adjective, not English, Indiana
                if (e > 0) {
                    i = e;
                    continue;
                }
            }
            String key = t.name(keyFrom, end);
            Spot s = new Spot(sentence, t.start(i), t.end(end - 1), key, gazetteer.find(key));
            if (end == i + 1 || (end == i + 2 && t.has(i, SpotWords.ARTICLE))) {
                // A one-word name that is also a demonym ("Iraqi" if some village is called that) is a demonym.
                String iso = demonym(t.word(end - 1));
                // "Saudi-owned", "Somali forces": a demonym that the country also goes by is the adjective, unless
                // a locative word makes it the country ("in Saudi")
                boolean countryAlias = iso != null && hasCountry(s.candidates) && !isCountryOwnName(s.candidates, iso,
                        t.word(end - 1)) && !(i > 0 && t.has(i - 1, SpotWords.LOCATIVE) && !t.is(i - 1, "of"));
                if (iso != null && (!hasCountry(s.candidates) || countryAlias)) {
                    addDemonym(sentence, t, i, end, iso);
                    i = end;
                    continue;
                }
            }
            if (end == i + 1 && t.isAcronym(i) && hasCountry(s.candidates)) {
                s.candidates = areasOnly(s.candidates); // "U.S." is the country, never a village called "Us"
            }
            context(s, t, i, end, sentenceStart);
            s.inHeadline = headline;
            filter(s, t, i, end, person, headline, sentenceStart);
            if (!s.isRejected() && i > 0 && t.gapIs(i, sentenceStart, ',')) {
                restoreQualified(s, sentence, t.end(i - 1));
            }
            spots.add(s);
            i = end;
        }
    }

    /**
     * "AUSTIN, Texas": a name rejected as an ordinary word right before ", state" or ", country" is a place after
     * all when that area has a place of that name (the dateline and address form).
     */
    private void restoreQualified(Spot area, int sentence, int endBefore) {
        if (spots.isEmpty()) {
            return;
        }
        Spot before = spots.get(spots.size() - 1);
        if (before.sentence != sentence || before.end != endBefore || !before.isRejected()
                || !ORDINARY_REJECTIONS.contains(before.rejected)) {
            return;
        }
        for (Place a : area.candidates) {
            if ((a.kind() == PlaceKind.ADMIN1 && hasPlaceIn(before.candidates, a))
                    || (a.kind() == PlaceKind.COUNTRY && hasPlaceInCountry(before.candidates, a.country()))) {
                before.rejected = null;
                before.role = MentionRole.LITERAL;
                return;
            }
        }
    }

    private static boolean hasPlaceInCountry(List<Place> ps, String iso) {
        for (Place p : ps) {
            if (p.kind() != PlaceKind.COUNTRY && iso != null && iso.equals(p.country())) {
                return true;
            }
        }
        return false;
    }

    /** Cheap gate before any lookup: a short word with a dot after it, dotted initials, or two capitals. */
    private static boolean mayBeAbbreviation(Tokens t, int i) {
        int len = t.length(i);
        if (len > 6) {
            return false;
        }
        int end = t.end(i);
        return (end < t.text().length() && t.text().charAt(end) == '.') || t.isAcronym(i)
                || (len == 2 && t.isAllCaps(i));
    }

    /**
     * "Louisville, Ky.", "in B.C.", "Austin, TX": a state or province abbreviation after a place name and a comma
     * (the dateline and address form, which then qualifies that place) or after a locative word. An undotted postal
     * code counts only after a place that has a namesake in that state, since "CA" or "IN" are also ordinary
     * capitals. A preceding name rejected as an ordinary word ("HOLLIDAY, Mo.") is a place after all when the state
     * has a place of that name.
     */
    private boolean stateAbbreviation(int sentence, int sentenceStart, Tokens t, int i) {
        String written = t.word(i);
        int end = t.end(i);
        if (!written.endsWith(".") && end < t.text().length() && t.text().charAt(end) == '.') {
            written = written + ".";
            end++;
        }
        String id = lexicon.stateOfAbbreviation(written);
        if (id == null && !written.equals(t.word(i))) {
            written = t.word(i);
            end = t.end(i);
            id = lexicon.stateOfAbbreviation(written);
        }
        if (id == null) {
            return false;
        }
        Place state = gazetteer.byId("a1:" + id).orElse(null);
        if (state == null) {
            return false;
        }
        boolean afterComma = i > 0 && t.gapIs(i, sentenceStart, ',') && t.isCapitalised(i - 1);
        Spot before = null;
        if (afterComma && !spots.isEmpty()) {
            Spot last = spots.get(spots.size() - 1);
            if (last.sentence == sentence && last.end == t.end(i - 1)) {
                before = last;
            }
        }
        boolean namesakeBefore = before != null && hasPlaceIn(before.candidates, state);
        boolean dotted = written.indexOf('.') >= 0;
        boolean locative = i > 0 && t.has(i - 1, SpotWords.LOCATIVE) && !t.is(i - 1, "of");
        // "B.C.", "N.Y.": initials with dots read as the state anywhere, except after a number ("500 B.C.").
        boolean initials = t.isAcronym(i) && !(i > 0 && t.isDigit(i - 1));
        if (dotted ? !(afterComma || locative || initials) : !namesakeBefore) {
            return false;
        }
        if (before != null && !before.isRejected()) {
            String full = fold(t.text().substring(before.start, end));
            List<Place> named = fullNamed(before, full);
            if (!named.isEmpty()) {
                // "Washington, D.C." is the city's own full name: one mention, and a name of its own in the article
                before.end = end;
                before.key = full;
                before.candidates = named;
                return true;
            }
        }
        if (namesakeBefore && before.isRejected() && ORDINARY_REJECTIONS.contains(before.rejected)) {
            before.rejected = null;
            before.role = MentionRole.LITERAL;
        }
        Spot s = new Spot(sentence, t.start(i), end, "a1:" + id, List.of(state));
        s.locative = locative;
        spots.add(s);
        return true;
    }

    private List<Place> fullNamed(Spot s, String folded) {
        List<Place> out = new ArrayList<>(1);
        for (Place p : gazetteer.find(folded)) {
            if (s.candidates.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Rejections that a following "X, Ky." overrules: the guards against ordinary words and surnames. */
    private static final Set<RejectReason> ORDINARY_REJECTIONS = java.util.EnumSet.of(RejectReason.COMMON_WORD,
            RejectReason.ACRONYM, RejectReason.GIVEN_NAME, RejectReason.PERSON_IN_ARTICLE);

    private static boolean hasPlaceIn(List<Place> ps, Place state) {
        for (Place p : ps) {
            if (p != state && p.kind() != PlaceKind.ADMIN1 && state.country().equals(p.country())
                    && state.admin1().equals(p.admin1())) {
                return true;
            }
        }
        return false;
    }

    private boolean canStart(Tokens t, int i) {
        if (t.isCapitalised(i)) {
            return true;
        }
        return t.length(i) <= 3 && t.has(i, SpotWords.ARTICLE) && i + 1 < t.size() && t.hyphenBefore(i + 1) && t.isCapitalised(i + 1);
    }

    /** Headlines and title-case lines: capitalisation says nothing there. */
    private static boolean isHeadline(Tokens t) {
        int words = 0;
        int caps = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.end(i) - t.start(i) > 3 && Character.isLetter(t.text().charAt(t.start(i)))) {
                words++;
                if (t.isCapitalised(i)) {
                    caps++;
                }
            }
        }
        char last = t.size() == 0 ? ' ' : t.text().charAt(Math.min(t.text().length() - 1, t.end(t.size() - 1)));
        return words >= 4 && caps * 10 >= words * 7 && last != '.';
    }

    /** Longest outlet/organisation name starting at token i, or -1. */
    private int organisationEnd(Tokens t, int i) {
        int best = -1;
        int max = Math.min(t.size(), i + lexicon.maxOrganisationTokens());
        for (int j = i; j < max; j++) {
            if (j > i && !t.joinable(j)) {
                break;
            }
            String key = t.name(i, j + 1);
            if (lexicon.organisation(key) != null) {
                best = j + 1;
            }
            if (!lexicon.hasLongerOrganisation(key) && !t.has(j, SpotWords.ARTICLE)) {
                break;
            }
        }
        return best;
    }

    private void rejectOrganisation(int sentence, Tokens t, int from, int to) {
        Boolean outlet = lexicon.organisation(t.name(from, to));
        RejectReason reason = Boolean.TRUE.equals(outlet) ? RejectReason.OUTLET : RejectReason.ORGANISATION;
        List<Place> inner = new ArrayList<>();
        String innerKey = null;
        boolean onlyGeneric = true;
        // Non-generic words of the whole name, counted once: an inner place [k, e) leaves the name "only generic"
        // when none lies outside it (linear in the name's length, however many inner places it holds).
        int nonGeneric = 0;
        for (int m = from; m < to; m++) {
            if (!t.has(m, SpotWords.GENERIC_OUTLET)) {
                nonGeneric++;
            }
        }
        for (int k = from; k < to; k++) {
            int e = longestPlace(t, k);
            if (e > 0 && canStart(t, k)) {
                String key = t.name(k, e);
                if (inner.isEmpty()) {
                    innerKey = key;
                }
                inner.addAll(gazetteer.find(key));
                int inside = 0;
                for (int m = k; m < e; m++) {
                    if (!t.has(m, SpotWords.GENERIC_OUTLET)) {
                        inside++;
                    }
                }
                if (nonGeneric - inside > 0) {
                    onlyGeneric = false;
                }
                k = e - 1;
            }
        }
        if (inner.isEmpty()) {
            return;
        }
        if (Boolean.TRUE.equals(outlet) && onlyGeneric && innerKey != null) {
            outletKeys.add(innerKey);
        }
        Spot s = new Spot(sentence, t.start(from), t.end(to - 1), t.name(from, to), inner);
        s.reject(reason);
        spots.add(s);
    }

    /** End (exclusive) of the longest gazetteer name starting at token i, or -1. */
    int longestPlace(Tokens t, int i) {
        int best = -1;
        int max = Math.min(t.size(), i + MAX_NAME_TOKENS);
        for (int j = i; j < max; j++) {
            if (j > i) {
                if (!t.joinable(j)) {
                    break;
                }
                if (!t.isCapitalised(j) && !t.isDigit(j)
                        && !t.has(j, SpotWords.CONNECTOR | SpotWords.FEATURE_AFTER | SpotWords.HEAD_WORD)
                        && !t.hyphenBefore(j)) {
                    break;
                }
            }
            String key = t.name(i, j + 1);
            List<Place> found = key.isEmpty() ? List.of() : gazetteer.find(key);
            if (!found.isEmpty() && (lastTokenOk(t, i, j) || t.has(j, SpotWords.HEAD_WORD) && j > i
                    || t.is(j, "region") && hasKind(found, PlaceKind.ADMIN1))) { // "Sagaing region"
                best = j + 1;
            } else if (t.isAcronym(j) && j == i) {
                String compact = t.word(j).replace(".", "").toLowerCase(Locale.ROOT);
                if (!gazetteer.find(compact).isEmpty()) {
                    best = j + 1;
                }
            }
            boolean article = t.has(j, SpotWords.ARTICLE) || t.has(j, SpotWords.CONNECTOR);
            if (!article && (key.isEmpty() || !gazetteer.hasLongerName(key))) {
                break;
            }
        }
        return best;
    }

    private static boolean lastTokenOk(Tokens t, int i, int j) {
        if (j == i) {
            return true;
        }
        if (t.is(i, "the") && !t.isCapitalised(i + 1)) {
            return false;
        }
        if (t.is(j, "region") || t.is(j, "area")) {
            return t.isCapitalised(j); // "Kurdistan Region" the name, but "Kurdistan region": the vague head is left out
        }
        return t.isCapitalised(j) || t.isDigit(j) || t.has(j, SpotWords.FEATURE_AFTER)
                || (t.hyphenBefore(j) && !t.has(j, SpotWords.CONNECTOR));
    }

    private String demonym(String word) {
        String f = fold(word);
        var iso = gazetteer.countryOfDemonym(f);
        if (iso.isEmpty() && f.endsWith("s") && f.length() > 4) {
            iso = gazetteer.countryOfDemonym(f.substring(0, f.length() - 1));
        }
        return iso.orElse(null);
    }

    private static boolean hasCountry(List<Place> ps) {
        for (Place p : ps) {
            if (p.kind() == PlaceKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    private void addDemonym(int sentence, Tokens t, int from, int to, String iso) {
        Place country = gazetteer.country(iso).orElse(null);
        if (country == null) {
            return;
        }
        Spot s = new Spot(sentence, t.start(from), t.end(to - 1), "cc:" + iso, List.of(country));
        s.demonymOf = iso;
        s.role = MentionRole.DEMONYM;
        spots.add(s);
    }

    /** "European", "Middle Eastern": an adjective of a region, resolved like a demonym; returns the end or -1. */
    private int regionAdjective(int sentence, Tokens t, int i) {
        int len = regionAdjectiveWords(t, i);
        if (len > 0) {
            String region = lexicon.regionOfAdjective(adjectiveWords(t, i, len));
            Place best = null;
            for (Place p : gazetteer.find(fold(region))) {
                if (p.kind().isArea() && (best == null || p.id().startsWith("sup:") && !best.id().startsWith("sup:"))) {
                    best = p;
                }
            }
            if (best == null) {
                return -1;
            }
            Spot s = new Spot(sentence, t.start(i), t.end(i + len - 1), "adj:" + best.id(), List.of(best));
            s.role = MentionRole.DEMONYM;
            s.regionAdjective = true;
            spots.add(s);
            return i + len;
        }
        return -1;
    }

    /** Number of words (3, 2 or 1) of the longest region adjective at token i ("South East Asian"), or 0. */
    private int regionAdjectiveWords(Tokens t, int i) {
        for (int len = t.has(i, SpotWords.REGION_ADJECTIVE_START) ? 3 : 1; len >= 1; len--) {
            if (i + len > t.size()) {
                continue;
            }
            boolean joined = true;
            for (int k = i + 1; k < i + len; k++) {
                joined &= t.joinable(k);
            }
            if (joined && lexicon.regionOfAdjective(adjectiveWords(t, i, len)) != null) {
                return len;
            }
        }
        return 0;
    }

    private static String adjectiveWords(Tokens t, int i, int len) {
        if (len == 1) {
            return t.lower(i);
        }
        StringBuilder b = new StringBuilder(t.lower(i));
        for (int k = i + 1; k < i + len; k++) {
            b.append(' ').append(t.lower(k));
        }
        return b.toString();
    }

    /** Demonyms and, failing an exact name, a guarded one-edit match; returns the end token or -1. */
    private int demonymOrFuzzy(int sentence, int sentenceStart, Tokens t, int i, boolean[] person, boolean headline) {
        int last = t.has(i, SpotWords.ARTICLE) && i + 1 < t.size() ? i + 1 : i;
        if (!t.isCapitalised(last)) {
            return -1;
        }
        if (last + 1 < t.size() && t.joinable(last + 1) && t.isCapitalised(last + 1)) {
            String two = demonym(t.span(last, last + 2)); // "South Korean", "Saudi Arabian"
            if (two != null) {
                addDemonym(sentence, t, i, last + 2, two);
                return last + 2;
            }
        }
        String iso = demonym(t.word(last));
        if (iso != null) {
            addDemonym(sentence, t, i, last + 1, iso);
            return last + 1;
        }
        int regionEnd = regionAdjective(sentence, t, i);
        if (regionEnd > 0) {
            return regionEnd;
        }
        if (options.fuzzyMinLength() == 0 || person[last] || headline || t.isAllCaps(last)) {
            return -1;
        }
        if (t.has(last, SpotWords.COMMON | SpotWords.GIVEN_NAME | SpotWords.NEVER_PLACE)
                || personKeys.contains(t.name(last))) {
            return -1;
        }
        if (last + 1 < t.size() && t.joinable(last + 1) && t.isCapitalised(last + 1)) {
            return -1; // part of a longer unknown name: an organisation or a person
        }
        boolean cue = i > 0 && (t.has(i - 1, SpotWords.LOCATIVE) && !t.is(i - 1, "of")
                || i > 1 && t.is(i - 1, "of") && t.has(i - 2, SpotWords.FEATURE_BEFORE));
        if (!cue) {
            return -1; // a misspelt place is only trusted where the sentence says a place comes
        }
        String key = t.name(i, last + 1);
        int letters = 0;
        for (int k = 0; k < key.length(); k++) {
            if (Character.isLetter(key.charAt(k))) {
                letters++;
            }
        }
        if (letters < options.fuzzyMinLength()) {
            return -1;
        }
        String match = FuzzyNames.oneEdit(key, gazetteer);
        if (match == null) {
            return -1;
        }
        Spot s = new Spot(sentence, t.start(i), t.end(last), match, gazetteer.find(match));
        s.fuzzy = true;
        s.unlisted = unlistedPlaces.cue(t, i, last + 1, heads);
        context(s, t, i, last + 1, sentenceStart);
        filter(s, t, i, last + 1, person, headline, sentenceStart);
        spots.add(s);
        return last + 1;
    }

    /**
     * A name the gazetteer lacks, kept as a place when the sentence says it is one ({@link UnlistedPlaces}): "the
     * village of X", "X village", "X, a village", "in X, Borno state". The guards against ordinary words, given
     * names, persons, outlets and unit names come first. Returns the end token or -1.
     */
    private int unlisted(int sentence, int sentenceStart, Tokens t, int i, boolean[] person, boolean headline) {
        int first = t.has(i, SpotWords.ARTICLE) && i + 1 < t.size() && t.hyphenBefore(i + 1) ? i + 1 : i;
        if (headline || !t.isCapitalised(first) || t.isAllCaps(first) || person[first] || person[i]) {
            return -1;
        }
        if (t.has(first, SpotWords.COMMON | SpotWords.GIVEN_NAME | SpotWords.NEVER_PLACE | SpotWords.TITLE
                | SpotWords.UNIT_WORD | SpotWords.FEATURE_AFTER | SpotWords.FEATURE_BEFORE | SpotWords.HEAD_WORD
                | SpotWords.SETTLEMENT_NOUN) || t.length(first) < 3) {
            return -1;
        }
        if (i >= 1 && t.has(i - 1, SpotWords.SPEAKER_BEFORE)) {
            return -1; // "said Ghulam Rasoul, a district police chief": a speaker
        }
        int e = UnlistedPlaces.nameEnd(t, first, heads);
        String key = t.name(i, e);
        if (key.isEmpty() || personKeys.contains(key) || outletKeys.contains(key)) {
            return -1;
        }
        for (int k = first + 1; k < e; k++) {
            if (t.has(k, SpotWords.TITLE | SpotWords.ORG_HEAD | SpotWords.UNIT_WORD)) {
                return -1; // "Kolo Brigade", "Bulama Institute": an organisation's name
            }
        }
        if (e < t.size() && t.joinable(e) && (t.has(e, SpotWords.ORG_HEAD) || t.has(e, SpotWords.OUTLET_AFTER))) {
            return -1;
        }
        UnlistedPlaces.Cue cue = unlistedPlaces.cue(t, i, e, heads);
        if (cue == null && qualifiedAfter(t, i, e, sentenceStart)) {
            cue = UnlistedPlaces.Cue.QUALIFIED;
        }
        if (cue == null) {
            return -1;
        }
        Spot s = new Spot(sentence, t.start(i), t.end(e - 1), "unlisted:" + key, List.of());
        s.unlisted = cue;
        context(s, t, i, e, sentenceStart);
        spots.add(s);
        int end = e;
        while (end < t.size() && t.start(end) < s.end) {
            end++;
        }
        return end;
    }


    /**
     * "in X, Borno state", "in X in Kompienga province", "near X, Nigeria": a locative word before the unknown
     * name and a known place right after it (after a comma, or after "in"/"near").
     */
    private boolean qualifiedAfter(Tokens t, int i, int e, int sentenceStart) {
        if (i < 1 || !(t.is(i - 1, "in") || t.is(i - 1, "near")) || e >= t.size()) {
            return false;
        }
        int k = e;
        if (t.gapIs(k, sentenceStart, ',')) {
            if (t.is(k, "in") || t.is(k, "near")) {
                k++;
            }
        } else if (t.gapBlank(k, sentenceStart) && (t.is(k, "in") || t.is(k, "near"))) {
            k++;
        } else {
            return false;
        }
        if (k < t.size() && t.is(k, "the")) {
            k++;
        }
        if (k >= t.size() || !t.isCapitalised(k)) {
            return false;
        }
        int pe = longestPlace(t, k);
        if (pe < 0) {
            return false;
        }
        for (Place p : gazetteer.find(t.name(k, pe))) {
            if (p.kind().isArea() || p.population() >= 10_000 || p.kind() == PlaceKind.TOWN
                    || p.kind() == PlaceKind.CITY) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- context cues

    private void context(Spot s, Tokens t, int from, int to, int sentenceStart) {
        int n = t.size();
        // After: "X province", "X Military Base"
        int a = to;
        if (a < n && t.joinable(a) && t.is(a, "military")) {
            a++;
        }
        boolean airBase = a < n && t.is(a, "air") && a + 1 < n && t.is(a + 1, "base");
        if (a < n && (a == to || t.joinable(a)) && (airBase || t.has(a, SpotWords.FEATURE_AFTER))) {
            String w = airBase ? "base" : t.lower(a);
            String hint = SpotWords.featureAfter(w);
            if (hint != null && t.joinable(a)) {
                s.typeHint = hint;
                s.typeWord = w;
                boolean proper = a == to && t.isCapitalised(a) && SpotWords.PROPER_ADMINS.contains(w);
                if ((SpotWords.SURFACE_FEATURES.contains(w) || proper) && a == to) {
                    s.end = t.end(a);
                    s.properAdmin = proper;
                }
            }
        }
        // "Kharkiv region", "North Darfur state", "Arauca department": the word of a first-level area after a name
        // that is also a town's makes the mention that area, and belongs to its surface. A vague "region" after a
        // name that only names an area ("Kurdistan region") fixes nothing and stays out.
        if (to < n && t.joinable(to) && s.end == t.end(to - 1) && t.has(to, SpotWords.ADMIN1_WORD)
                && !s.candidates.isEmpty()) {
            List<Place> areas = firstLevelAreasNamed(s.candidates);
            if (!areas.isEmpty() && (!t.is(to, "region") || hasSettlement(s.candidates))) {
                s.end = t.end(to);
                s.candidates = areas;
                s.typeHint = "admin";
                s.typeWord = t.lower(to);
                s.properAdmin = true;
            }
        }
        // A generic head noun after the name belongs to the surface: "Qaim district", "Balad air base",
        // "al-Omar oil field", "US embassy", "Dora neighborhood" (place-heads.tsv).
        if (to < n && t.joinable(to) && s.end == t.end(to - 1)) {
            HeadNouns.Head h = heads.at(t, to);
            if (h != null && from >= 1 && (t.is(from - 1, "a") || t.is(from - 1, "an"))) {
                h = null; // "a Borno village", "an Anbar town": somewhere in the area, not a place of that name
            }
            if (h != null && (h.kind() == PlaceKind.VILLAGE && hasFirstLevelArea(s.candidates)
                    || (h.kind() == PlaceKind.TOWN || h.kind() == PlaceKind.CITY) && hasFirstLevelArea(s.candidates)
                    && !hasSettlement(s.candidates))) {
                h = null; // "Borno village", "an attack on Sagaing village": a village in that area
                s.typeHint = "admin";
            }
            if (h != null && hasCountry(s.candidates) && h.kind() != PlaceKind.EMBASSY) {
                h = null; // "a U.S. base", "US military base": a base of the country, not a place called so
            }
            if (h != null && !(t.isCapitalised(to) && to + h.tokens() < n && t.joinable(to + h.tokens())
                    && t.isCapitalised(to + h.tokens()) && !t.has(to + h.tokens(), SpotWords.HEAD_WORD))) {
                int last = to + h.tokens() - 1;
                s.head = t.span(to, last + 1);
                s.headKind = h.kind();
                s.typeHint = h.hint();
                s.typeWord = t.lower(last);
                s.end = t.end(last);
            }
        }
        // Before: "the province of X", "the village of X"
        if (from >= 2 && t.is(from - 1, "of") && t.has(from - 2, SpotWords.FEATURE_BEFORE)) {
            String hint = SpotWords.featureBefore(t.lower(from - 2));
            if (hint != null) {
                s.typeHint = hint;
                s.typeWord = t.lower(from - 2);
                s.adjectiveQualifier = adjectiveBefore(t, from - 3);
            }
        }
        if (from >= 1) {
            boolean the = t.is(from - 1, "the");
            s.definite = the && t.isLower(from - 1) && t.joinable(from);
            if (t.has(from - 1, SpotWords.LOCATIVE) && !t.is(from - 1, "of")
                    && !(t.is(from - 1, "to") && from >= 2 && t.is(from - 2, "according"))) {
                s.locative = true; // but "according to X" says who, not where
            }
            if (from >= 2 && t.is(from - 2, "in") && the) {
                s.locative = true;
            }
        }
        // Metonymy cues: "Washington said", "the Baghdad government", "between Washington and Tehran"
        if (to < n) {
            if (t.has(to, SpotWords.METONYM_AFTER) && t.gapBlank(to, sentenceStart)) {
                s.metonymCue = true;
            }
        }
        if (from >= 1) {
            if (t.is(from - 1, "between") || (t.is(from - 1, "with") && from >= 2
                    && t.has(from - 2, SpotWords.RELATION))) {
                s.metonymCue = true;
            }
            if (t.is(from - 1, "and")) {
                for (int k = from - 2; k >= Math.max(0, from - 6); k--) {
                    if (t.is(k, "between")) {
                        s.metonymCue = true;
                        break;
                    }
                }
            }
        }
    }

    /**
     * The country or region named by the adjective at token {@code k} or, after a direction word, before it:
     * "the English city of", "the southern Iraqi city of", "the Kurdish town of". Null if there is none.
     */
    private Place adjectiveBefore(Tokens t, int k) {
        if (k >= 1 && t.has(k, SpotWords.DIRECTION)) {
            k--;
        }
        if (k < 0 || !t.isCapitalised(k)) {
            return null;
        }
        String iso = demonym(t.word(k));
        if (iso != null) {
            return gazetteer.country(iso).orElse(null);
        }
        String region = lexicon.regionOfAdjective(t.lower(k));
        if (region == null) {
            return null;
        }
        for (Place p : gazetteer.find(fold(region))) {
            if (p.kind().isArea()) {
                return p;
            }
        }
        return null;
    }


    /**
     * The first-level areas among the candidates, and those whose seat is a candidate of the same name (Kharkiv
     * the city is the seat of Kharkiv oblast; Timbuktu of Tombouctou region).
     */
    private List<Place> firstLevelAreasNamed(List<Place> ps) {
        List<Place> out = new ArrayList<>(2);
        for (Place p : ps) {
            if (p.kind() == PlaceKind.ADMIN1 && !out.contains(p)) {
                out.add(p);
            }
        }
        for (Place p : ps) {
            if (!"PPLA".equals(p.featureCode()) || p.country() == null || p.admin1() == null || p.admin1().isEmpty()) {
                continue;
            }
            Place area = gazetteer.byId("a1:" + p.country() + "." + p.admin1()).orElse(null);
            if (area == null || out.contains(area)) {
                continue;
            }
            String bare = area.name().replaceFirst("\\s+(Region|State|Oblast|Department|Province|Governorate|Prefecture)$", "");
            if (gazetteer.find(fold(bare)).contains(p)) {
                out.add(area);
            }
        }
        return out;
    }

    private static boolean hasFirstLevelArea(List<Place> ps) {
        for (Place p : ps) {
            if (p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSettlement(List<Place> ps) {
        for (Place p : ps) {
            if (p.kind() == PlaceKind.CITY || p.kind() == PlaceKind.TOWN || p.kind() == PlaceKind.VILLAGE) {
                return true;
            }
        }
        return false;
    }


    // ---------------------------------------------------------------- filters

    private void filter(Spot s, Tokens t, int from, int to, boolean[] person, boolean headline, int sentenceStart) {
        int n = t.size();
        int head = t.has(from, SpotWords.ARTICLE) && to > from + 1 ? from + 1 : from;
        String gapAfter = to < n ? t.gapBefore(to, sentenceStart) : "";
        String nextLow = to < n ? t.lower(to) : "";
        long nextBits = to < n ? t.bits(to) : 0;
        s.beforeName = to < n && t.joinable(to) && t.isCapitalised(to);

        // Seat of an organisation: "London-based daily", "Iraq-based think tank"
        if (to < n && t.hyphenBefore(to) && (nextBits & SpotWords.SEAT_SUFFIX) != 0) {
            s.role = MentionRole.ORGANISATION_SEAT;
            s.seat = true;
            return;
        }
        // Caption credits and social-media handles: "[Al-Nujaba Lebanon/Twitter]", "@Baghdad"
        if (gapAfter.strip().startsWith("/") && (nextBits & SpotWords.CREDIT) != 0) {
            s.reject(RejectReason.CAPTION_CREDIT);
            return;
        }
        if (t.start(from) > 0 && t.text().charAt(t.start(from) - 1) == '@') {
            s.reject(RejectReason.SOCIAL_HANDLE);
            return;
        }
        if (s.demonymOf != null) {
            return;
        }
        // Outlet cues
        if (to < n && t.joinable(to) && ((nextBits & SpotWords.OUTLET_AFTER) != 0
                || (nextLow.equals("news") && (to + 1 >= n || t.has(to + 1, SpotWords.OUTLET_AFTER)
                || !t.joinable(to + 1))))) {
            outlet(s, "outlet-cue");
            return;
        }
        if (from >= 1 && t.joinable(from) && t.has(from - 1, SpotWords.OUTLET_BEFORE) && !s.locative) {
            outlet(s, "outlet-cue");
            return;
        }
        if (to + 2 < n && t.gapIs(to, sentenceStart, ',') && (t.is(to, "an") || t.is(to, "a")
                || t.is(to, "the"))) {
            int k = to + 1;
            boolean otherName = false;
            while (k < n && k < to + 4 && !t.has(k, SpotWords.OUTLET_APPOSITION)) {
                // "Sichuan province, the Xinhua news agency reported": the outlet is the name after the article
                otherName |= t.isCapitalised(k) && demonym(t.word(k)) == null
                        && lexicon.regionOfAdjective(t.lower(k)) == null;
                k++;
            }
            if (k < n && k < to + 4 && t.has(k, SpotWords.OUTLET_APPOSITION) && !otherName) {
                outlet(s, "outlet-apposition");
                return;
            }
        }
        boolean govLike = isGovernmentLike(s.candidates) || hasBigCity(s.candidates);
        // "according to Fars," and "told Al-Mashareq." end the phrase; "according to Chicago police" does not.
        boolean phraseEnds = to >= n || !gapAfter.isBlank() || (nextBits & SpotWords.REPORT_VERB) != 0
                || nextLow.equals("said") || nextLow.equals("says") || nextLow.equals("that");
        if (from >= 2 && phraseEnds && t.is(from - 1, "to") && t.is(from - 2, "according")) {
            if (govLike) {
                s.metonymCue = true;
            } else {
                outlet(s, "according-to");
                return;
            }
        }
        if (from >= 1 && phraseEnds && t.is(from - 1, "told") && !govLike) {
            outlet(s, "told");
            return;
        }
        if (to < n && (nextBits & SpotWords.REPORT_VERB) != 0 && !govLike && gapAfter.isBlank()) {
            outlet(s, "reported");
            return;
        }
        if (outletKeys.contains(s.key) && !s.locative && !govLike) {
            outlet(s, "outlet-in-article");
            return;
        }
        // Persons: inside a person name, a nisba after a name, or a surname the article uses for a person
        if (person[from] || person[head]) {
            s.reject(t.has(from, SpotWords.ARTICLE) ? RejectReason.NISBA : RejectReason.PERSON_NAME);
            return;
        }
        if (t.has(from, SpotWords.ARTICLE) && from >= 1 && t.joinable(from) && t.isCapitalised(from - 1)
                && !s.locative && !isPlaceOrDemonymWord(t, from - 1)) {
            s.reject(RejectReason.NISBA);
            return;
        }
        if (personKeys.contains(s.key) && !s.locative && !isGovernmentLike(s.candidates)) {
            s.reject(RejectReason.PERSON_IN_ARTICLE); // "according to Austin" after "Lloyd Austin"
            return;
        }
        // "the Assad regime", "the Maduro regime": a ruler's name; a country or capital before it is metonymic
        if (nextLow.equals("regime") && !isGovernmentLike(s.candidates) && !hasKind(s.candidates, PlaceKind.ADMIN1)) {
            s.reject(RejectReason.PERSON_NAME);
            return;
        }
        // "the Pentagon said": a building that stands for its institution is a place only after a locative word
        if (words.institutionMetonyms.contains(s.key) && !strictlyLocative(t, from)) {
            s.reject(RejectReason.INSTITUTION_METONYM);
            return;
        }
        // "the Ardebil, Shahed 129 and Shahed 171 models", "a Qiam missile": a weapon named after a place
        if (!hasCountry(s.candidates) && !hasKind(s.candidates, PlaceKind.ADMIN1) && isWeaponModel(t, to, sentenceStart)) {
            s.reject(RejectReason.WEAPON_MODEL);
            return;
        }
        // "pro-Iran", "anti-American": the country as an attitude, evidence of the article's subject, never a pin
        if (from >= 1 && t.hyphenBefore(from) && (t.is(from - 1, "pro") || t.is(from - 1, "anti"))
                && hasCountry(s.candidates)) {
            s.role = MentionRole.DEMONYM;
        }
        // A place name directly followed by a capitalised organisation word is part of that organisation's name:
        // "Washington Institute", "Baghdad University", "Kirkuk Oil Company".
        if (to < n && t.joinable(to) && t.isCapitalised(to) && (nextBits & SpotWords.ORG_HEAD) != 0) {
            s.reject(RejectReason.ORGANISATION_NAME);
            return;
        }
        if (from >= 2 && t.is(from - 1, "of") && t.isCapitalised(from - 2)
                && t.has(from - 2, SpotWords.ORG_HEAD)) {
            s.reject(RejectReason.ORGANISATION_NAME);
            return;
        }
        if (insideGroupName(s, t, from, to)) {
            s.reject(RejectReason.ORGANISATION_NAME);
            return;
        }
        // "Babakura Kolo, a militia leader": a name in apposition with a person's title is a person
        if (!hasCountry(s.candidates) && !hasKind(s.candidates, PlaceKind.ADMIN1) && !hasBigCity(s.candidates)
                && !s.locative && personApposition(t, to, sentenceStart)) {
            s.reject(RejectReason.PERSON_NAME);
            return;
        }
        // A military operation's code name: "Operation Lafiya Dole", "Operation Euphrates Shield" name no place.
        if (from >= 1 && t.joinable(from) && t.isCapitalised(from - 1) && t.is(from - 1, "operation")) {
            s.reject(RejectReason.OPERATION_NAME);
            return;
        }
        // Facilities named after a place or a person: "Victoria Park", "Northumberland Avenue", "Stade de France".
        // The facility word itself is no place ("Stade" the town); the name inside may or may not be the place the
        // facility is in, which the resolver decides from the rest of the article.
        if (to == from + 1 && to + 1 < n && SpotWords.FACILITY_BEFORE.contains(t.name(from))
                && (nextBits & SpotWords.FACILITY_CONNECTOR) != 0 && t.joinable(to) && t.joinable(to + 1)
                && t.isCapitalised(to + 1)) {
            s.reject(RejectReason.FACILITY_NAME);
            return;
        }
        if (to < n && t.joinable(to) && t.isCapitalised(to) && (nextBits & SpotWords.STREET_HEAD) != 0) {
            s.facility = Spot.FACILITY_STREET;
        } else if (to < n && t.joinable(to) && t.isCapitalised(to) && (nextBits & SpotWords.FACILITY_HEAD) != 0
                || from >= 2 && t.has(from - 1, SpotWords.FACILITY_CONNECTOR) && t.joinable(from)
                && t.joinable(from - 1) && t.isCapitalised(from - 2) && SpotWords.FACILITY_BEFORE.contains(t.name(from - 2))) {
            s.facility = Spot.FACILITY_PART;
        } else if (to - from > 1 && t.isCapitalised(to - 1) && (t.has(to - 1, SpotWords.FACILITY_HEAD)
                || t.has(to - 1, SpotWords.STREET_HEAD))) {
            s.facility = Spot.FACILITY_NAME; // a gazetteer name that is also a facility's: "Victoria Park", "Hyde Park"
        }
        // A name cut off inside a hyphenated name that is no place: "Champs" of "Champs-Elysées", when no place is
        // called "Champs" of its own (only Champs-sur-Marne goes by it). "Iraq-Syria border" has a place after it.
        if (to < n && t.hyphenBefore(to) && t.isCapitalised(to) && !isPlaceOrDemonymWord(t, to)
                && !ownName(s.candidates, t.span(head, to))) {
            s.reject(RejectReason.PARTIAL_NAME);
            return;
        }
        // Capitalisation and ordinary-word guards. Folding lets spelling variants meet, which is right for
        // transliterated names but wrong for English words ("They" must not meet "Thai"): an ordinary word, an
        // all-capitals word or a phrase of ordinary words must be a candidate's own name, not a variant of it.
        int tokens = to - from;
        int nameEnd = to;
        while (nameEnd - 1 > head && t.has(nameEnd - 1, SpotWords.FEATURE_AFTER)) {
            nameEnd--; // "Cork city": the name is "Cork"
        }
        boolean allCommon = true;
        for (int k = head; k < nameEnd; k++) {
            if (!t.has(k, SpotWords.COMMON | SpotWords.CONNECTOR)) {
                allCommon = false;
                break;
            }
        }
        boolean capitals = t.isAllCaps(head) && !t.isAcronym(head);
        // "SULAIMANI —", "ERBIL, Iraq": a dateline is a place in capitals, spelt as the outlet spells it
        boolean dateline = capitals && from == 0 && !allCommon && isDatelineGap(gapAfter);
        if ((allCommon || capitals) && !s.properAdmin && !dateline) {
            List<Place> own = ownNamed(s.candidates, t.span(head, nameEnd), t.span(head, to));
            if (own.isEmpty() && tokens > 1) {
                own = supplementOnly(s.candidates); // "Victory base", "US Embassy": hand-checked aliases
            }
            if (own.isEmpty()) {
                boolean countryAlias = hasCountry(s.candidates)
                        && (tokens > 1 || capitals || t.rank(head) > 300); // "Great Britain", "UK"
                if (!countryAlias && (tokens > 1 || capitals || t.rank(head) <= 2000)) {
                    s.reject(RejectReason.COMMON_WORD);
                    return;
                }
            } else if (allCommon && tokens > 1) {
                s.candidates = own; // "White House": the places called that, not Casablanca (Dar el Beida)
            }
        }
        if (tokens == 1 || (tokens == 2 && head == from + 1)) {
            s.singleWord = true;
            s.givenName = t.has(head, SpotWords.GIVEN_NAME) && !s.properAdmin;
            if (t.has(head, SpotWords.NEVER_PLACE | SpotWords.TITLE) && !(head > from) && !s.properAdmin) {
                s.reject(RejectReason.COMMON_WORD);
                return;
            }
            if ((t.isAllCaps(head) && t.end(head) - t.start(head) <= 4) || t.isAcronym(head)) {
                if (!hasCountry(s.candidates) && !hasKind(s.candidates, PlaceKind.ADMIN1)) {
                    s.reject(RejectReason.ACRONYM);
                    return;
                }
            }
            boolean sentenceInitial = from == 0 || opensClause(t.gapBefore(from, sentenceStart));
            // "Orange County": a capitalised admin word after it makes even an ordinary word a place name.
            boolean common = t.has(head, SpotWords.COMMON) && head == from && !s.properAdmin;
            if (common && (sentenceInitial || headline)) {
                // A rare word that is a big city's own name is that city even first in a sentence ("Vancouver
                // police said"); a frequent one needs the city to be prominent ("Reading the report").
                boolean rareBigCity = t.rank(head) > 3000 && bigOwnName(s.candidates, t.span(head, to));
                if (!isProminent(s.candidates) && !rareBigCity) {
                    s.reject(RejectReason.COMMON_WORD);
                    return;
                }
            } else if (common) {
                // Mid-sentence and capitalised, a word that is also a city's own name is that city when the city is
                // big ("Boston", "Louisville"); small namesakes of ordinary words need the sentence to say "place".
                if (!isProminent(s.candidates) && !bigOwnName(s.candidates, t.span(head, to))) {
                    s.needsSupport = true;
                }
            }
        }
    }

    private static List<Place> ownNamed(List<Place> ps, String a, String b) {
        String ka = letters(a);
        String kb = letters(b);
        List<Place> out = new ArrayList<>(2);
        String kaCity = ka + "city";
        for (Place p : ps) {
            String n = p.name();
            if (sameLetters(n, ka) || sameLetters(n, kb) || sameLetters(n, kaCity) && !"PPLC".equals(p.featureCode())) {
                out.add(p); // "New York" is New York City's own name too (and the state's)
            }
        }
        return out;
    }


    /** "at the Pentagon", "inside the Kremlin": a locative word right before the name or before its "the". */
    private static boolean strictlyLocative(Tokens t, int from) {
        int k = from - 1;
        if (k >= 0 && t.is(k, "the")) {
            k--;
        }
        return k >= 0 && t.has(k, SpotWords.STRICT_LOCATIVE);
    }

    /**
     * True if a weapon word follows the name, directly or after a list of further names and numbers ("the
     * Ardebil, Shahed 129 and Shahed 171 models"), and no attack word follows that ("a Baghdad drone strike").
     */
    private boolean isWeaponModel(Tokens t, int to, int sentenceStart) {
        int n = t.size();
        for (int k = to; k < n && k < to + 12; k++) {
            String gap = t.gapBefore(k, sentenceStart);
            if (gap.indexOf('.') >= 0 || gap.indexOf(';') >= 0 || gap.indexOf(':') >= 0 || gap.indexOf('(') >= 0) {
                return false;
            }
            if (t.has(k, SpotWords.WEAPON_WORD) && t.isLower(k)) { // "Houston Rockets" is a team
                return !(k + 1 < n && t.joinable(k + 1) && t.has(k + 1, SpotWords.ATTACK));
            }
            boolean listed = t.isCapitalised(k) || t.isDigit(k) || t.is(k, "and")
                    || t.is(k, "or");
            if (!listed) {
                return false;
            }
        }
        return false;
    }



    /**
     * A name inside an organisation's or group's name: "Jalisco cartel", "Jalisco New Generation cartel" (a
     * lower-case group word after the name or after a capitalised run), "Pakistan Point News" (a capitalised
     * organisation word after up to two more capitalised words), "Carta de Mocambique" (a capitalised word that is
     * no place, then "de", then the name).
     */
    private boolean insideGroupName(Spot s, Tokens t, int from, int to) {
        int n = t.size();
        int k = to;
        while (k < n && k < to + 3 && t.joinable(k) && t.isCapitalised(k) && !t.isAllCaps(k)) {
            if (k > to && t.has(k, SpotWords.MEDIA_HEAD)) {
                return true; // an outlet's name: GeoWebNews counts "Dubai World Trade Centre" as a place, so not others
            }
            k++;
        }
        if (k < n && t.joinable(k) && t.isLower(k) && t.has(k, SpotWords.GROUP)) {
            return true;
        }
        if (from >= 2 && t.has(from - 1, SpotWords.FACILITY_CONNECTOR) && t.isLower(from - 1)
                && t.joinable(from - 1) && t.isCapitalised(from - 2) && !t.isAllCaps(from - 2)
                && !SpotWords.FACILITY_BEFORE.contains(t.name(from - 2)) && !isPlaceOrDemonymWord(t, from - 2)
                && hasKind(s.candidates, PlaceKind.COUNTRY)) {
            return true; // "Carta de Mocambique", "Banco de Mexico": a country inside a Romance-language name
        }
        return false;
    }

    /** "X, a militia leader", "X, an army spokesman": a title within four lower-case words after ", a". */
    private boolean personApposition(Tokens t, int to, int sentenceStart) {
        int n = t.size();
        if (to + 1 >= n || !t.gapIs(to, sentenceStart, ',')
                || !(t.is(to, "a") || t.is(to, "an"))) {
            return false;
        }
        for (int k = to + 1; k < n && k < to + 5; k++) {
            if (!t.isLower(k)) {
                return false;
            }
            if (t.has(k, SpotWords.TITLE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCountryOwnName(List<Place> ps, String iso, String word) {
        for (Place p : ps) {
            if (p.kind() == PlaceKind.COUNTRY && iso.equals(p.country()) && letters(p.name()).equals(letters(word))) {
                return true;
            }
        }
        return false;
    }

    private static List<Place> areasOnly(List<Place> ps) {
        List<Place> out = new ArrayList<>(2);
        for (Place p : ps) {
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1) {
                out.add(p);
            }
        }
        return out.isEmpty() ? ps : out;
    }

    /** The hand-checked supplement's places among the candidates: their aliases are names in use, not variants. */
    private static List<Place> supplementOnly(List<Place> ps) {
        List<Place> out = new ArrayList<>(1);
        for (Place p : ps) {
            if (p.id().startsWith("sup:")) {
                out.add(p);
            }
        }
        return out;
    }

    /** True if some candidate is called exactly this (letters compared without case and accents). */
    private static boolean ownName(List<Place> ps, String surface) {
        String k = letters(surface);
        for (Place p : ps) {
            if (sameLetters(p.name(), k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bigOwnName(List<Place> ps, String surface) {
        String k = letters(surface);
        for (Place p : ps) {
            if (p.population() >= 100_000 && sameLetters(p.name(), k)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> LETTERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@code letters(name).equals(letters)} without building a string when the name is ASCII (most are): candidate
     * names are compared once per spot, and the string cache cost more than the comparison.
     */
    static boolean sameLetters(String name, String letters) {
        int k = 0;
        int n = letters.length();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return letters(name).equals(letters);
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                continue;
            }
            if (k >= n || letters.charAt(k) != c) {
                // a later non-ASCII character could still fold onto the rest: decide on the full form then
                return !isAscii(name, i) && letters(name).equals(letters);
            }
            k++;
        }
        return k == n;
    }

    private static boolean isAscii(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static String letters(String s) {
        String cached = LETTERS.get(s);
        if (cached != null) {
            return cached;
        }
        String l = lettersOf(s);
        if (LETTERS.size() > 200_000) {
            LETTERS.clear();
        }
        LETTERS.put(s, l);
        return l;
    }

    private static String lettersOf(String s) {
        String n = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static boolean isDatelineGap(String gap) {
        String g = gap.strip();
        return g.startsWith("—") || g.startsWith("–") || g.startsWith("-") || g.startsWith(",") || g.startsWith("(");
    }

    /** True if the characters before a word start a new clause: a quote, colon, bullet, dash or bracket. */
    private static boolean opensClause(String gap) {
        for (int k = 0; k < gap.length(); k++) {
            if ("\"“:•-–—([".indexOf(gap.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }



    private void outlet(Spot s, String reason) {
        s.reject(RejectReason.OUTLET);
        if (!reason.equals("outlet-in-article")) {
            outletKeys.add(s.key);
        }
        s.typeWord = reason;
    }

    private boolean isPlaceOrDemonymWord(Tokens t, int i) {
        String f = t.name(i);
        return !gazetteer.find(f).isEmpty() || gazetteer.countryOfDemonym(f).isPresent() || t.has(i, SpotWords.TITLE)
                || t.has(i, SpotWords.FEATURE_BEFORE) || t.has(i, SpotWords.FEATURE_AFTER);
    }

    private static boolean hasKind(List<Place> ps, PlaceKind k) {
        for (Place p : ps) {
            if (p.kind() == k) {
                return true;
            }
        }
        return false;
    }

    /** A city of 100,000 or more: its name in "X reported" is more likely its police or paper than an outlet. */
    private static boolean hasBigCity(List<Place> ps) {
        for (Place p : ps) {
            if (!p.kind().isArea() && p.population() >= 100_000) {
                return true;
            }
        }
        return false;
    }

    /** Countries, capitals and first-order divisions can be named as actors ("according to Iraq"). */
    private static boolean isGovernmentLike(List<Place> ps) {
        for (Place p : ps) {
            if (p.kind() == PlaceKind.COUNTRY || "PPLC".equals(p.featureCode())) {
                return true;
            }
        }
        return false;
    }

    /** Prominent enough that an ordinary-word reading is unlikely when capitalised mid-sentence. */
    static boolean isProminent(List<Place> ps) {
        for (Place p : ps) {
            if (p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.CONTINENT
                    || p.kind() == PlaceKind.SEA || "PPLC".equals(p.featureCode()) || p.population() >= 1_000_000) {
                return true;
            }
        }
        return false;
    }
}
