package org.incidentatlas.geoparse;

import static org.incidentatlas.geoparse.Candidates.*;

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
    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final HeadNouns heads = HeadNouns.standard();
    private final UnlistedPlaces unlistedPlaces = UnlistedPlaces.standard();
    private final ContextWords words = ContextWords.standard();
    private final GeoparseOptions options;
    private final String text;
    private final ArticleMemory memory;
    private final NameMatcher names;
    private final PersonNames personNames;
    private final ContextCues cues;
    private final NotPlaceFilters filters;

    MentionSpotter(Gazetteer gazetteer, Lexicon lexicon, GeoparseOptions options, String text) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.options = options;
        this.text = text;
        this.memory = new ArticleMemory(text);
        this.names = new NameMatcher(gazetteer, lexicon);
        this.personNames = new PersonNames(names, memory);
        this.cues = new ContextCues(gazetteer, lexicon, heads, names);
        this.filters = new NotPlaceFilters(lexicon, words, names, memory);
    }

    /** Marks the tokens of person names in a sentence ({@link PersonNames}); run over every sentence first. */
    boolean[] persons(Tokens t) {
        return personNames.persons(t);
    }

    /** The longest gazetteer name at token {@code i} ({@link NameMatcher#longestPlace}). */
    int longestPlace(Tokens t, int i) {
        return names.longestPlace(t, i);
    }

    /** Kept for callers outside the spotter: {@link Candidates#letters}. */
    static String letters(String s) {
        return Candidates.letters(s);
    }

    /** Kept for callers outside the spotter: {@link Candidates#isProminent}. */
    static boolean isProminent(List<Place> ps) {
        return Candidates.isProminent(ps);
    }

    /**
     * The spots found, after applying what the whole article taught: a name used for an outlet or a person
     * anywhere is not a place elsewhere in the article either, unless a preposition makes it one ("in X").
     */
    List<Spot> spots() {
        for (int k = 0; k < memory.spots.size(); k++) {
            Spot s = memory.spots.get(k);
            if (s.isRejected() || s.demonymOf != null || s.locative || s.seat) {
                continue;
            }
            if (memory.outletKeys.contains(s.key) && !isGovernmentLike(s.candidates) && !hasBigCity(s.candidates)
                    && !listedWithPlaces(k)) {
                s.reject(RejectReason.OUTLET);
                s.typeWord = "outlet-in-article";
            } else if (memory.personKeys.contains(s.key) && !isGovernmentLike(s.candidates)) {
                s.reject(RejectReason.PERSON_IN_ARTICLE);
            }
        }
        return memory.spots;
    }

    /**
     * "in Khartoum, Al Jazirah, White Nile states": a name listed with places (a comma or "and" between them) is
     * one of them, even if the article also names an outlet that folds to the same key.
     */
    private boolean listedWithPlaces(int k) {
        Spot s = memory.spots.get(k);
        for (int d = -1; d <= 1; d += 2) {
            int j = k + d;
            if (j < 0 || j >= memory.spots.size()) {
                continue;
            }
            Spot o = memory.spots.get(j);
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

    // ---------------------------------------------------------------- spotting (second pass)

    void spot(int sentence, int sentenceStart, Tokens t, boolean[] person) {
        boolean headline = isHeadline(t);
        int firstSpot = memory.spots.size();
        int n = t.size();
        // no name starts at a word that is neither capitalised nor an article (NameMatcher.canStart needs one of the
        // two): most words, skipped in one loop
        for (int i = t.nextCapitalisedOrArticle(0); i < n; ) {
            i = t.nextCapitalisedOrArticle(spotAt(sentence, sentenceStart, t, i, person, headline, firstSpot));
        }
    }

    // Small steps, each its own method: the JIT compiles them once and inlines what pays, instead of compiling one
    // large loop again and again (and C1 of a short `extract` run pays for every large method).

    /** Spots whatever starts at token {@code i} and returns the token to go on from (always after {@code i}). */
    private int spotAt(int sentence, int sentenceStart, Tokens t, int i, boolean[] person, boolean headline,
            int firstSpot) {
        if (!names.canStart(t, i) || memory.spots.size() > firstSpot && t.start(i) < lastSpot().end) {
            return i + 1; // also a word the last surface took ("DeSoto Parish"): spots never overlap
        }
        if (mayBeAbbreviation(t, i) && stateAbbreviation(sentence, sentenceStart, t, i)) {
            return i + 1;
        }
        int orgEnd = organisationAt(t, i);
        if (orgEnd > 0) {
            rejectOrganisation(sentence, t, i, orgEnd);
            return orgEnd;
        }
        if (t.is(i, Word.THE) || isFunctionWord(t, i)) {
            // folding drops a leading "the", so a name never starts with it ("The London-based daily"); "In", "We",
            // "But" opening a sentence: function words, not worth a lookup or a reject
            return i + 1;
        }
        return placeAt(sentence, sentenceStart, t, i, person, headline);
    }

    private Spot lastSpot() {
        return memory.spots.get(memory.spots.size() - 1);
    }

    /** End of an outlet's or organisation's name at token {@code i}, or a unit's ("Liwa Fatemiyoun"); else -1. */
    private int organisationAt(Tokens t, int i) {
        int orgEnd = names.organisationEnd(t, i);
        if (orgEnd < 0 && t.isCapitalised(i) && t.has(i, SpotWords.UNIT_WORD) && i + 1 < t.size()
                && t.joinable(i + 1) && PersonNames.startsName(t, i + 1)) {
            orgEnd = PersonNames.nameRunEnd(t, i); // "Liwa Fatemiyoun", "Kataib Hezbollah": a unit's name
        }
        return orgEnd;
    }

    private static boolean isFunctionWord(Tokens t, int i) {
        int rank = t.rank(i);
        int n = t.size();
        return rank > 0 && rank <= 150 && !t.isAllCaps(i) && !(i + 1 < n && t.joinable(i + 1) && t.isCapitalised(i + 1))
                && !(i + 2 < n && t.is(i + 1, Word.OF) && t.isCapitalised(i + 2) && t.isCapitalised(i));
    }

    /** A gazetteer name at token {@code i} (or, failing one, a demonym, a near miss or an unlisted place). */
    private int placeAt(int sentence, int sentenceStart, Tokens t, int i, boolean[] person, boolean headline) {
        int n = t.size();
        int end = names.longestPlace(t, i);
        int keyFrom = i;
        if (end < 0 && t.has(i, SpotWords.ARTICLE) && i + 1 < n && t.hyphenBefore(i + 1)) {
            // "al-Raqa" when the gazetteer knows only "Raqa": the article is written but not indexed.
            end = names.longestPlace(t, i + 1);
            keyFrom = i + 1;
        }
        if (end < 0) {
            end = demonymOrFuzzy(sentence, sentenceStart, t, i, person, headline);
            if (end < 0) {
                end = unlisted(sentence, sentenceStart, t, i, person, headline);
            }
            return Math.max(end, i + 1);
        }
        int adjectiveEnd = adjectiveAt(sentence, t, i, end);
        if (adjectiveEnd > 0) {
            return adjectiveEnd;
        }
        FoldCache.Lookup look = names.lookup(t, keyFrom, end); // the walk just asked it: a cache hit
        Spot s = new Spot(sentence, t.start(i), t.end(end - 1), look.folded, look.places);
        if ((end == i + 1 || (end == i + 2 && t.has(i, SpotWords.ARTICLE))) && oneWordDemonym(sentence, t, i, end, s)) {
            return end;
        }
        if (end == i + 1 && t.isAcronym(i) && hasCountry(s.candidates)) {
            s.candidates = areasOnly(s.candidates); // "U.S." is the country, never a village called "Us"
        }
        cues.context(s, t, i, end, sentenceStart);
        s.inHeadline = headline;
        filters.filter(s, t, i, end, person, headline, sentenceStart, look);
        if (!s.isRejected() && i > 0 && t.gapIs(i, sentenceStart, ',')) {
            restoreQualified(s, sentence, t.end(i - 1));
        }
        memory.spots.add(s);
        return end;
    }

    /**
     * A gazetteer name [i, end) that is read as an adjective: "South Korean" (not the South Governorate),
     * "English" (not English, Indiana). Returns the end of the adjective it added, or -1.
     */
    private int adjectiveAt(int sentence, Tokens t, int i, int end) {
        int n = t.size();
        if (end <= i + 2 && i + 1 < n && t.joinable(i + 1) && t.isCapitalised(i + 1)) {
            String two = names.demonym(t, i, i + 2); // "South Korean", not the South Governorate
            if (two != null) {
                addDemonym(sentence, t, i, i + 2, two);
                return i + 2;
            }
        }
        if (end <= i + 2 && (t.has(i, end == i + 1 ? SpotWords.REGION_ADJECTIVE : SpotWords.REGION_ADJECTIVE_START)
                && lexicon.regionOfAdjective(t.span(i, end).toLowerCase(Locale.ROOT)) != null
                || i + 1 < n && t.joinable(i + 1) && t.isCapitalised(i + 1) && regionAdjectiveWords(t, i) > 1)) {
            return regionAdjective(sentence, t, i); // "English" the adjective, not English, Indiana
        }
        return -1;
    }

    /**
     * A one-word name that is also a demonym ("Iraqi" if some village is called that) is a demonym; "Saudi-owned",
     * "Somali forces": a demonym that the country also goes by is the adjective, unless a locative word makes it
     * the country ("in Saudi"). True if it added the demonym instead of {@code s}.
     */
    private boolean oneWordDemonym(int sentence, Tokens t, int i, int end, Spot s) {
        String iso = names.demonym(t, end - 1, end);
        if (iso == null) {
            return false;
        }
        boolean country = hasCountry(s.candidates);
        boolean countryAlias = country && !isCountryOwnName(s.candidates, iso, t.word(end - 1))
                && !(i > 0 && t.has(i - 1, SpotWords.LOCATIVE) && !t.is(i - 1, Word.OF));
        if (!country || countryAlias) {
            addDemonym(sentence, t, i, end, iso);
            return true;
        }
        return false;
    }

    /**
     * "AUSTIN, Texas": a name rejected as an ordinary word right before ", state" or ", country" is a place after
     * all when that area has a place of that name (the dateline and address form).
     */
    private void restoreQualified(Spot area, int sentence, int endBefore) {
        if (memory.spots.isEmpty()) {
            return;
        }
        Spot before = memory.spots.get(memory.spots.size() - 1);
        if (before.sentence != sentence || before.end != endBefore || !before.isRejected()
                || !ORDINARY_REJECTIONS.contains(before.rejected)) {
            return;
        }
        for (int ix = 0, nx = area.candidates.size(); ix < nx; ix++) {
            Place a = area.candidates.get(ix);
            if ((a.kind() == PlaceKind.ADMIN1 && hasPlaceIn(before.candidates, a))
                    || (a.kind() == PlaceKind.COUNTRY && hasPlaceInCountry(before.candidates, a.country()))) {
                before.rejected = null;
                before.role = MentionRole.LITERAL;
                return;
            }
        }
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
        if (!lexicon.mayWriteStateAbbreviation(t.key(i))) {
            return false; // no abbreviation has these letters: no string to build ("Iraq." ends most such sentences)
        }
        String written = t.word(i);
        if (!lexicon.mayWriteStateAbbreviation(written)) {
            return false; // no abbreviation as written, nor with the dot after it: most words before a full stop
        }
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
        if (afterComma && !memory.spots.isEmpty()) {
            Spot last = memory.spots.get(memory.spots.size() - 1);
            if (last.sentence == sentence && last.end == t.end(i - 1)) {
                before = last;
            }
        }
        boolean namesakeBefore = before != null && hasPlaceIn(before.candidates, state);
        boolean dotted = written.indexOf('.') >= 0;
        boolean locative = i > 0 && t.has(i - 1, SpotWords.LOCATIVE) && !t.is(i - 1, Word.OF);
        // "B.C.", "N.Y.": initials with dots read as the state anywhere, except after a number ("500 B.C.").
        boolean initials = t.isAcronym(i) && !(i > 0 && t.isDigit(i - 1));
        if (dotted ? !(afterComma || locative || initials) : !namesakeBefore) {
            return false;
        }
        if (before != null && !before.isRejected()) {
            String full = names.fold(t.text().substring(before.start, end));
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
        memory.spots.add(s);
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

    /** Headlines and title-case lines: capitalisation says nothing there. */
    private static boolean isHeadline(Tokens t) {
        char last = t.size() == 0 ? ' ' : t.text().charAt(Math.min(t.text().length() - 1, t.end(t.size() - 1)));
        if (last == '.') {
            return false; // most sentences: no need to count their words
        }
        int words = 0;
        int caps = 0;
        for (int i = 0, n = t.size(); i < n; i++) {
            if (t.length(i) > 3 && t.startsWithLetter(i)) {
                words++;
                if (t.isCapitalised(i)) {
                    caps++;
                }
            }
        }
        return words >= 4 && caps * 10 >= words * 7;
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
            int e = names.longestPlace(t, k);
            if (e > 0 && names.canStart(t, k)) {
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
            memory.outletKeys.add(innerKey);
        }
        Spot s = new Spot(sentence, t.start(from), t.end(to - 1), t.name(from, to), inner);
        s.reject(reason);
        memory.spots.add(s);
    }

    private void addDemonym(int sentence, Tokens t, int from, int to, String iso) {
        Place country = gazetteer.country(iso).orElse(null);
        if (country == null) {
            return;
        }
        Spot s = new Spot(sentence, t.start(from), t.end(to - 1), "cc:" + iso, List.of(country));
        s.demonymOf = iso;
        s.role = MentionRole.DEMONYM;
        memory.spots.add(s);
    }

    /** "European", "Middle Eastern": an adjective of a region, resolved like a demonym; returns the end or -1. */
    private int regionAdjective(int sentence, Tokens t, int i) {
        int len = regionAdjectiveWords(t, i);
        if (len > 0) {
            String region = lexicon.regionOfAdjective(adjectiveWords(t, i, len));
            Place best = null;
            for (Place p : gazetteer.find(names.fold(region))) {
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
            memory.spots.add(s);
            return i + len;
        }
        return -1;
    }

    /** Number of words (3, 2 or 1) of the longest region adjective at token i ("South East Asian"), or 0. */
    private int regionAdjectiveWords(Tokens t, int i) {
        if (!t.has(i, SpotWords.REGION_ADJECTIVE | SpotWords.REGION_ADJECTIVE_START)) {
            return 0; // the word lists say it: no adjective of one word, none of several starting here
        }
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
            String two = names.demonym(t, last, last + 2); // "South Korean", "Saudi Arabian"
            if (two != null) {
                addDemonym(sentence, t, i, last + 2, two);
                return last + 2;
            }
        }
        String iso = names.demonym(t, last, last + 1);
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
        // The guards only answer no, so the cheap ones go first: the fold of the word and the article's surnames last.
        if (t.has(last, SpotWords.COMMON | SpotWords.GIVEN_NAME | SpotWords.NEVER_PLACE)) {
            return -1;
        }
        if (last + 1 < t.size() && t.joinable(last + 1) && t.isCapitalised(last + 1)) {
            return -1; // part of a longer unknown name: an organisation or a person
        }
        boolean cue = i > 0 && (t.has(i - 1, SpotWords.LOCATIVE) && !t.is(i - 1, Word.OF)
                || i > 1 && t.is(i - 1, Word.OF) && t.has(i - 2, SpotWords.FEATURE_BEFORE));
        if (!cue) {
            return -1; // a misspelt place is only trusted where the sentence says a place comes
        }
        if (memory.personKeys.contains(t.name(last))) {
            return -1;
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
        String match = FuzzyNames.oneEditCached(key, gazetteer);
        if (match == null) {
            return -1;
        }
        Spot s = new Spot(sentence, t.start(i), t.end(last), match, gazetteer.find(match));
        s.fuzzy = true;
        s.unlisted = unlistedPlaces.cue(t, i, last + 1, heads);
        cues.context(s, t, i, last + 1, sentenceStart);
        filters.filter(s, t, i, last + 1, person, headline, sentenceStart);
        memory.spots.add(s);
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
        // The guards only answer no, so the bit tests go first, then the cue (most names have none), and the fold of
        // the name and the article's person and outlet names last.
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
        String key = t.name(i, e);
        if (key.isEmpty() || memory.personKeys.contains(key) || memory.outletKeys.contains(key)) {
            return -1;
        }
        Spot s = new Spot(sentence, t.start(i), t.end(e - 1), "unlisted:" + key, List.of());
        s.unlisted = cue;
        cues.context(s, t, i, e, sentenceStart);
        memory.spots.add(s);
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
        if (i < 1 || !(t.is(i - 1, Word.IN) || t.is(i - 1, Word.NEAR)) || e >= t.size()) {
            return false;
        }
        int k = e;
        if (t.gapIs(k, sentenceStart, ',')) {
            if (t.is(k, Word.IN) || t.is(k, Word.NEAR)) {
                k++;
            }
        } else if (t.gapBlank(k, sentenceStart) && (t.is(k, Word.IN) || t.is(k, Word.NEAR))) {
            k++;
        } else {
            return false;
        }
        if (k < t.size() && t.is(k, Word.THE)) {
            k++;
        }
        if (k >= t.size() || !t.isCapitalised(k)) {
            return false;
        }
        int pe = names.longestPlace(t, k);
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
}
