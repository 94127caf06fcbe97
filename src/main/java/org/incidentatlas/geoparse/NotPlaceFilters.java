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

/**
 * The not-a-place filters, applied to every spotted name before resolution, each rejecting with a
 * {@link RejectReason}: outlets (cue words, apposition, "according to X", "told X", "X reported"), persons (inside a
 * person name, nisba, a surname the article uses, "X regime", ", a militia leader"), institutions ("the Pentagon
 * said"), weapon models, organisation and group names ("Baghdad University", "the Jalisco cartel"), operation
 * names, facility names ("Stade de France"), partial names, and ordinary words, acronyms and capitals that only a
 * variant spelling makes a place.
 */
final class NotPlaceFilters {
    private final Lexicon lexicon;
    private final ContextWords words;
    private final NameMatcher names;
    private final ArticleMemory memory;

    NotPlaceFilters(Lexicon lexicon, ContextWords words, NameMatcher names, ArticleMemory memory) {
        this.lexicon = lexicon;
        this.words = words;
        this.names = names;
        this.memory = memory;
    }

    /** The words around one spotted name, as the filters read them. */
    record Window(Tokens t, int from, int to, boolean[] person, boolean headline, int sentenceStart, int head,
                  int afterGap, long nextBits) {
        int n() {
            return t.size();
        }
    }

    /**
     * Applies the filters to a spot at tokens {@code [from, to)}: rejects it with a reason, or leaves it a place.
     */
    void filter(Spot s, Tokens t, int from, int to, boolean[] person, boolean headline, int sentenceStart) {
        filter(s, t, from, to, person, headline, sentenceStart, null);
    }

    /**
     * {@link #filter(Spot, Tokens, int, int, boolean[], boolean, int)} of a spot found through {@code look} (or null):
     * while the spot's candidates are that lookup's places, their facts are the lookup's, found once per name.
     */
    void filter(Spot s, Tokens t, int from, int to, boolean[] person, boolean headline, int sentenceStart,
            FoldCache.Lookup look) {
        factsOf = null;
        lookOf = null;
        // the lookup whose name the spot's key is (its candidates may have changed since: "Kharkiv region")
        nameLook = look != null && s.key == look.folded && words == ContextWords.standard() ? look : null;
        if (look != null && s.candidates == look.places) {
            factsOf = look.places;
            facts = look.candidateFacts();
            lookOf = look;
        }
        int n = t.size();
        int head = t.has(from, SpotWords.ARTICLE) && to > from + 1 ? from + 1 : from;
        // the gap after the name, white space aside, by its first char (-1: blank or no word after): no gap string
        int afterGap = to < n ? t.firstInGap(to, sentenceStart) : -1;
        long nextBits = to < n ? t.bits(to) : 0;
        s.beforeName = to < n && t.joinable(to) && t.isCapitalised(to);
        Window w = new Window(t, from, to, person, headline, sentenceStart, head, afterGap, nextBits);
        // The filters in the order they apply; the first that decides wins (called directly: no list to walk and no
        // call through an interface per filter and spot).
        if (seatOrCredit(s, w) || outlet(s, w) || person(s, w) || institutionOrWeapon(s, w) || organisation(s, w)
                || otherNameShape(s, w) || personApposition(s, w) || operation(s, w) || facility(s, w)) {
            return;
        }
        ordinaryWord(s, w);
    }

    /** The candidate list {@link #facts} describes (the spot's, while one spot is filtered). */
    private List<Place> factsOf;
    private int facts;
    /** The lookup whose places the spot's candidates are, while one spot is filtered; else null. */
    private FoldCache.Lookup lookOf;
    /** The lookup whose folded name the spot's key is, while one spot is filtered, for the standard words; else null. */
    private FoldCache.Lookup nameLook;
    /** This thread's answers about the gazetteer's shared candidate lists. */
    private final CandidateMemo memo = CandidateMemo.get();

    /** A {@link Candidates#facts} bit of the spot's candidates: one pass over them per spot, not one per question. */
    private boolean has(Spot s, int fact) {
        if (factsOf != s.candidates) {
            factsOf = s.candidates;
            facts = memo.facts(s.candidates);
        }
        return (facts & fact) != 0;
    }

    /**
     * A seat of an organisation ("London-based daily"), a caption credit or a social-media handle; a demonym needs no
     * filter.
     */
    private boolean seatOrCredit(Spot s, Window w) {
        Tokens t = w.t();
        int from = w.from();
        int to = w.to();
        int n = w.n();
        long nextBits = w.nextBits();
        // Seat of an organisation: "London-based daily", "Iraq-based think tank"
        if (to < n && t.hyphenBefore(to) && (nextBits & SpotWords.SEAT_SUFFIX) != 0) {
            s.role = MentionRole.ORGANISATION_SEAT;
            s.seat = true;
            return true;
        }
        // Caption credits and social-media handles: "[Al-Nujaba Lebanon/Twitter]", "@Baghdad"
        if (w.afterGap() == '/' && (nextBits & SpotWords.CREDIT) != 0) {
            s.reject(RejectReason.CAPTION_CREDIT);
            return true;
        }
        if (t.start(from) > 0 && t.text().charAt(t.start(from) - 1) == '@') {
            s.reject(RejectReason.SOCIAL_HANDLE);
            return true;
        }
        if (s.demonymOf != null) {
            return true;
        }
        return false;
    }

    /**
     * Outlets: a cue word around the name, an apposition (", the X news agency"), "according to X", "told X", "X
     * reported", or a name the article uses for an outlet.
     */
    private boolean outlet(Spot s, Window w) {
        Tokens t = w.t();
        int from = w.from();
        int to = w.to();
        int sentenceStart = w.sentenceStart();
        int n = w.n();
        boolean blankAfter = w.afterGap() < 0;
        long nextBits = w.nextBits();
        // Outlet cues
        if (to < n && t.joinable(to) && ((nextBits & SpotWords.OUTLET_AFTER) != 0
                || (t.is(to, Word.NEWS) && (to + 1 >= n || t.has(to + 1, SpotWords.OUTLET_AFTER)
                || !t.joinable(to + 1))))) {
            memory.outlet(s, "outlet-cue");
            return true;
        }
        if (from >= 1 && t.joinable(from) && t.has(from - 1, SpotWords.OUTLET_BEFORE) && !s.locative) {
            memory.outlet(s, "outlet-cue");
            return true;
        }
        if (to + 2 < n && t.gapIs(to, sentenceStart, ',') && (t.is(to, Word.AN) || t.is(to, Word.A)
                || t.is(to, Word.THE))) {
            int k = to + 1;
            boolean otherName = false;
            while (k < n && k < to + 4 && !t.has(k, SpotWords.OUTLET_APPOSITION)) {
                // "Sichuan province, the Xinhua news agency reported": the outlet is the name after the article
                otherName |= t.isCapitalised(k) && names.demonym(t, k, k + 1) == null
                        && lexicon.regionOfAdjective(t.lower(k)) == null;
                k++;
            }
            if (k < n && k < to + 4 && t.has(k, SpotWords.OUTLET_APPOSITION) && !otherName) {
                memory.outlet(s, "outlet-apposition");
                return true;
            }
        }
        boolean govLike = has(s, GOVERNMENT_LIKE) || has(s, BIG_CITY);
        // "according to Fars," and "told Al-Mashareq." end the phrase; "according to Chicago police" does not.
        // (Whether the phrase ends is asked only after one of them: most names follow neither.)
        boolean according = from >= 2 && t.is(from - 1, Word.TO) && t.is(from - 2, Word.ACCORDING);
        boolean told = !according && from >= 1 && t.is(from - 1, Word.TOLD);
        if ((according || told) && (to >= n || !blankAfter || (nextBits & SpotWords.REPORT_VERB) != 0
                || t.is(to, Word.SAID) || t.is(to, Word.SAYS) || t.is(to, Word.THAT))) {
            if (according && govLike) {
                s.metonymCue = true;
            } else if (!govLike) {
                memory.outlet(s, according ? "according-to" : "told");
                return true;
            }
        }
        if (to < n && (nextBits & SpotWords.REPORT_VERB) != 0 && !govLike && blankAfter) {
            memory.outlet(s, "reported");
            return true;
        }
        if (memory.outletKeys.contains(s.key) && !s.locative && !govLike) {
            memory.outlet(s, "outlet-in-article");
            return true;
        }
        return false;
    }

    /**
     * Persons: inside a person name, a nisba after a name, a surname the article uses for a person, a ruler's "X
     * regime".
     */
    private boolean person(Spot s, Window w) {
        Tokens t = w.t();
        int from = w.from();
        int to = w.to();
        boolean[] person = w.person();
        int head = w.head();
        // Persons: inside a person name, a nisba after a name, or a surname the article uses for a person
        if (person[from] || person[head]) {
            s.reject(t.has(from, SpotWords.ARTICLE) ? RejectReason.NISBA : RejectReason.PERSON_NAME);
            return true;
        }
        if (t.has(from, SpotWords.ARTICLE) && from >= 1 && t.joinable(from) && t.isCapitalised(from - 1)
                && !s.locative && !names.isPlaceOrDemonymWord(t, from - 1)) {
            s.reject(RejectReason.NISBA);
            return true;
        }
        if (memory.personKeys.contains(s.key) && !s.locative && !has(s, GOVERNMENT_LIKE)) {
            s.reject(RejectReason.PERSON_IN_ARTICLE); // "according to Austin" after "Lloyd Austin"
            return true;
        }
        // "the Assad regime", "the Maduro regime": a ruler's name; a country or capital before it is metonymic
        if (to < w.n() && t.is(to, Word.REGIME) && !has(s, GOVERNMENT_LIKE) && !has(s, ADMIN1)) {
            s.reject(RejectReason.PERSON_NAME);
            return true;
        }
        return false;
    }

    /**
     * A building that stands for its institution ("the Pentagon said") or a weapon named after a place; "pro-Iran"
     * makes the country evidence only.
     */
    private boolean institutionOrWeapon(Spot s, Window w) {
        Tokens t = w.t();
        int from = w.from();
        int to = w.to();
        int sentenceStart = w.sentenceStart();
        // "the Pentagon said": a building that stands for its institution is a place only after a locative word
        boolean metonym = nameLook != null ? nameLook.isInstitutionMetonym() : words.institutionMetonyms.contains(s.key);
        if (metonym && !strictlyLocative(t, from)) {
            s.reject(RejectReason.INSTITUTION_METONYM);
            return true;
        }
        // "the Ardebil, Shahed 129 and Shahed 171 models", "a Qiam missile": a weapon named after a place
        if (!has(s, COUNTRY) && !has(s, ADMIN1) && isWeaponModel(t, to, sentenceStart)) {
            s.reject(RejectReason.WEAPON_MODEL);
            return true;
        }
        // "pro-Iran", "anti-American": the country as an attitude, evidence of the article's subject, never a pin
        if (from >= 1 && t.hyphenBefore(from) && (t.is(from - 1, Word.PRO) || t.is(from - 1, Word.ANTI))
                && has(s, COUNTRY)) {
            s.role = MentionRole.DEMONYM;
        }
        return false;
    }

    /** A place name inside an organisation's or group's name. */
    private boolean organisation(Spot s, Window w) {
        Tokens t = w.t();
        int from = w.from();
        int to = w.to();
        int n = w.n();
        long nextBits = w.nextBits();
        // A place name directly followed by a capitalised organisation word is part of that organisation's name:
        // "Washington Institute", "Baghdad University", "Kirkuk Oil Company".
        if (to < n && t.joinable(to) && t.isCapitalised(to) && (nextBits & SpotWords.ORG_HEAD) != 0) {
            s.reject(RejectReason.ORGANISATION_NAME);
            return true;
        }
        if (from >= 2 && t.is(from - 1, Word.OF) && t.isCapitalised(from - 2)
                && t.has(from - 2, SpotWords.ORG_HEAD)) {
            s.reject(RejectReason.ORGANISATION_NAME);
            return true;
        }
        if (insideGroupName(s, t, from, to)) {
            s.reject(RejectReason.ORGANISATION_NAME);
            return true;
        }
        return false;
    }

    /** A place name inside a longer name of another kind: {@link OrganisationNames}. */
    private boolean otherNameShape(Spot s, Window w) {
        has(s, 0); // the facts of the spot's candidates, found once for every filter
        RejectReason r = OrganisationNames.standard().reason(s, w, names, facts);
        if (r != null) {
            s.reject(r);
            return true;
        }
        return false;
    }

    /** "Babakura Kolo, a militia leader": a name in apposition with a person's title. */
    private boolean personApposition(Spot s, Window w) {
        Tokens t = w.t();
        int to = w.to();
        boolean[] person = w.person();
        int sentenceStart = w.sentenceStart();
        // "Babakura Kolo, a militia leader": a name in apposition with a person's title is a person
        if (!has(s, COUNTRY) && !has(s, ADMIN1) && !has(s, BIG_CITY)
                && !s.locative && personApposition(t, to, sentenceStart)) {
            s.reject(RejectReason.PERSON_NAME);
            return true;
        }
        return false;
    }

    /** A military operation's code name. */
    private boolean operation(Spot s, Window w) {
        Tokens t = w.t();
        int from = w.from();
        // A military operation's code name: "Operation Lafiya Dole", "Operation Euphrates Shield" name no place.
        if (from >= 1 && t.joinable(from) && t.isCapitalised(from - 1) && t.is(from - 1, Word.OPERATION)) {
            s.reject(RejectReason.OPERATION_NAME);
            return true;
        }
        return false;
    }

    /**
     * Facilities named after a place ("Stade de France", "Victoria Park"), and names cut off inside a hyphenated name.
     */
    private boolean facility(Spot s, Window w) {
        Tokens t = w.t();
        int from = w.from();
        int to = w.to();
        boolean[] person = w.person();
        int n = w.n();
        int head = w.head();
        long nextBits = w.nextBits();
        // Facilities named after a place or a person: "Victoria Park", "Northumberland Avenue", "Stade de France".
        // The facility word itself is no place ("Stade" the town); the name inside may or may not be the place the
        // facility is in, which the resolver decides from the rest of the article.
        // (the set last: the bit tests rule out most names without a fold)
        if (to == from + 1 && to + 1 < n && (nextBits & SpotWords.FACILITY_CONNECTOR) != 0 && t.joinable(to)
                && t.joinable(to + 1) && t.isCapitalised(to + 1) && SpotWords.FACILITY_BEFORE.contains(t.name(from))) {
            s.reject(RejectReason.FACILITY_NAME);
            return true;
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
        if (to < n && t.hyphenBefore(to) && t.isCapitalised(to) && !names.isPlaceOrDemonymWord(t, to)
                && !ownName(s.candidates, t.span(head, to))) {
            s.reject(RejectReason.PARTIAL_NAME);
            return true;
        }
        return false;
    }

    /** Ordinary words, acronyms and capitals that only a variant spelling makes a place. */
    private boolean ordinaryWord(Spot s, Window w) {
        Tokens t = w.t();
        int from = w.from();
        int to = w.to();
        boolean headline = w.headline();
        int sentenceStart = w.sentenceStart();
        int head = w.head();
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
        boolean dateline = capitals && from == 0 && !allCommon && isDatelineGap(w.afterGap());
        if ((allCommon || capitals) && !s.properAdmin && !dateline) {
            List<Place> own = nameEnd == to ? ownNamed(s, t, head, to)
                    : memo.ownNamed(s.candidates, t.span(head, nameEnd), t.span(head, to));
            if (own.isEmpty() && tokens > 1) {
                own = supplementOnly(s.candidates); // "Victory base", "US Embassy": hand-checked aliases
            }
            if (own.isEmpty()) {
                boolean countryAlias = has(s, COUNTRY)
                        && (tokens > 1 || capitals || t.rank(head) > 300); // "Great Britain", "UK"
                if (!countryAlias && (tokens > 1 || capitals || t.rank(head) <= 2000)) {
                    s.reject(RejectReason.COMMON_WORD);
                    return true;
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
                return true;
            }
            if ((t.isAllCaps(head) && t.end(head) - t.start(head) <= 4) || t.isAcronym(head)) {
                if (!has(s, COUNTRY) && !has(s, ADMIN1)) {
                    s.reject(RejectReason.ACRONYM);
                    return true;
                }
            }
            boolean sentenceInitial = from == 0 || t.gapHasAny(from, sentenceStart, CLAUSE_OPENERS);
            // "Orange County": a capitalised admin word after it makes even an ordinary word a place name.
            boolean common = t.has(head, SpotWords.COMMON) && head == from && !s.properAdmin;
            if (common && (sentenceInitial || headline)) {
                // A rare word that is a big city's own name is that city even first in a sentence ("Vancouver
                // police said"); a frequent one needs the city to be prominent ("Reading the report").
                boolean rareBigCity = t.rank(head) > 3000 && has(s, POPULOUS) && bigOwnName(s.candidates, t.span(head, to));
                if (!has(s, PROMINENT) && !rareBigCity) {
                    s.reject(RejectReason.COMMON_WORD);
                    return true;
                }
            } else if (common) {
                // Mid-sentence and capitalised, a word that is also a city's own name is that city when the city is
                // big ("Boston", "Louisville"); small namesakes of ordinary words need the sentence to say "place".
                if (!has(s, PROMINENT) && !(has(s, POPULOUS) && bigOwnName(s.candidates, t.span(head, to)))) {
                    s.needsSupport = true;
                }
            }
        }
        return false;
    }

    /**
     * {@link CandidateMemo#ownNamed} of the spot's candidates and the name of tokens {@code [head, to)} as written;
     * for a lookup's own places the answer is kept on the lookup, with the spelling it is for ("Will", "May": the same
     * ordinary word in article after article), and compared in place.
     */
    private List<Place> ownNamed(Spot s, Tokens t, int head, int to) {
        FoldCache.Lookup look = lookOf != null && s.candidates == lookOf.places ? lookOf : null;
        int start = t.start(head);
        int length = t.end(to - 1) - start;
        if (look != null) {
            FoldCache.OwnNamed known = look.ownNamed;
            if (known != null && known.written().length() == length
                    && t.text().regionMatches(start, known.written(), 0, length)) {
                return known.places();
            }
        }
        String name = t.span(head, to);
        List<Place> own = memo.ownNamed(s.candidates, name, name);
        if (look != null) {
            look.ownNamed = new FoldCache.OwnNamed(name, own);
        }
        return own;
    }

    /** "at the Pentagon", "inside the Kremlin": a locative word right before the name or before its "the". */
    private static boolean strictlyLocative(Tokens t, int from) {
        int k = from - 1;
        if (k >= 0 && t.is(k, Word.THE)) {
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
            if (t.mayBreakBefore(k) && t.gapHasAny(k, sentenceStart, ".;:(")) {
                return false;
            }
            if (t.has(k, SpotWords.WEAPON_WORD) && t.isLower(k)) { // "Houston Rockets" is a team
                return !(k + 1 < n && t.joinable(k + 1) && t.has(k + 1, SpotWords.ATTACK));
            }
            boolean listed = t.isCapitalised(k) || t.isDigit(k) || t.is(k, Word.AND)
                    || t.is(k, Word.OR);
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
                && !SpotWords.FACILITY_BEFORE.contains(t.name(from - 2)) && !names.isPlaceOrDemonymWord(t, from - 2)
                && has(s, COUNTRY)) {
            return true; // "Carta de Mocambique", "Banco de Mexico": a country inside a Romance-language name
        }
        return false;
    }

    /** "X, a militia leader", "X, an army spokesman": a title within four lower-case words after ", a". */
    private boolean personApposition(Tokens t, int to, int sentenceStart) {
        int n = t.size();
        if (to + 1 >= n || !t.gapIs(to, sentenceStart, ',')
                || !(t.is(to, Word.A) || t.is(to, Word.AN))) {
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

    /** The first char of a dateline's gap after the place, white space aside ({@link Tokens#firstInGap}). */
    private static boolean isDatelineGap(int first) {
        return first == '—' || first == '–' || first == '-' || first == ',' || first == '(';
    }

    /** Characters before a word that start a new clause: a quote, colon, bullet, dash or bracket. */
    private static final String CLAUSE_OPENERS = "\"“:•-–—([";
}
