package org.incidentatlas.geoparse;

import java.util.HashSet;
import java.util.Set;

/**
 * Names the gazetteer lacks that the sentence itself says are places: "the village of Gasarwa", "a village called
 * X", "X, a village", "Kurmari village", "X army camp", "in Mailari, Borno state". Villages, camps and quarters are
 * where incidents happen and where GeoNames' cities500 is thinnest. Such a name is kept as a mention of its
 * parent place (the place the sentence ties it to, else the article's main town), with its own surface, so the
 * analyst sees the name and ACLED-style geo-precision 2 applies; it goes to the review queue.
 *
 * <p>Only the cue words are decided here; the spotter applies the not-a-place guards (ordinary words, persons,
 * outlets) before asking. Nouns are read from {@code settlement-nouns.txt}; heads come from {@link HeadNouns}.
 */
final class UnlistedPlaces {
    /** How a sentence says an unknown name is a place. */
    enum Cue {
        /** "the village of X", "the town of X". */
        NOUN_OF,
        /** "a village called X", "a camp named X". */
        CALLED,
        /** "X village", "X army camp", "X district": a head noun of a settlement, camp or quarter. */
        HEAD,
        /** "X, a village near …". */
        APPOSITION,
        /** "in X, Borno state", "in X in Kompienga province": a locative word before, a known place after. */
        QUALIFIED,
        /** "in X" in a story about one country, when the gazetteer's only X are small places in another. */
        FOCUS
    }

    private static final int MAX_TOKENS = 4;
    private static volatile UnlistedPlaces standard;

    private final Set<String> nouns;

    UnlistedPlaces(Set<String> nouns) {
        this.nouns = Set.copyOf(nouns);
    }

    static UnlistedPlaces standard() {
        UnlistedPlaces u = standard;
        if (u == null) {
            synchronized (UnlistedPlaces.class) {
                u = standard;
                if (u == null) {
                    Set<String> n = new HashSet<>();
                    for (String line : Lexicon.lines("settlement-nouns.txt")) {
                        n.add(line.toLowerCase(java.util.Locale.ROOT));
                    }
                    u = new UnlistedPlaces(n);
                    standard = u;
                }
            }
        }
        return u;
    }

    Set<String> nouns() {
        return nouns;
    }

    boolean isSettlementNoun(String lower) {
        return nouns.contains(lower);
    }

    /**
     * End (exclusive) of a run of capitalised words from {@code i}, at most four, each joined to the one before,
     * stopping before a head word ("Kondori Village") or a lower-case word.
     */
    static int nameEnd(Tokens t, int i, HeadNouns heads) {
        int e = i + 1;
        while (e < t.size() && e < i + MAX_TOKENS && t.joinable(e) && t.isCapitalised(e) && !t.isAllCaps(e)
                && heads.at(t, e) == null) {
            e++;
        }
        return e;
    }

    /**
     * The cue before the name at {@code [i, e)} or right after it, not counting a qualifier ({@link Cue#QUALIFIED}
     * needs the gazetteer and is the spotter's); null if none.
     */
    Cue cue(Tokens t, int i, int e, HeadNouns heads) {
        // Tokens.is, not lower(..).equals: the same answer without a lower-case string per word
        if (i >= 2 && t.is(i - 1, Word.OF) && nouns.contains(t.lower(i - 2)) && t.isLower(i - 2)) {
            return Cue.NOUN_OF;
        }
        if (i >= 2 && (t.is(i - 1, Word.CALLED) || t.is(i - 1, Word.NAMED))
                && nouns.contains(t.lower(i - 2))) {
            return Cue.CALLED;
        }
        if (e < t.size() && t.joinable(e)) {
            HeadNouns.Head h = heads.at(t, e);
            int after = h == null ? e : e + h.tokens();
            // "Yinmabin District People's Defence Force": a capitalised head that a name goes on after is a
            // longer name's, an organisation's
            boolean longerName = h != null && t.isCapitalised(e) && after < t.size() && t.joinable(after)
                    && t.isCapitalised(after);
            if (h != null && isPlaceHead(h) && !longerName
                    && !(i >= 1 && (t.is(i - 1, Word.A) || t.is(i - 1, Word.AN)))) {
                return Cue.HEAD;
            }
            if (h == null && t.isLower(e) && (t.is(e, Word.PROVINCE) || t.is(e, Word.GOVERNORATE))) {
                return Cue.HEAD; // "Yagha province": a province the gazetteer lacks (a second-level one)
            }
        }
        // the gap before e is one comma, white space aside (e > i, so it is the gap after token e - 1)
        if (e + 1 < t.size() && t.gapIs(e, t.start(0), ',') && (t.is(e, Word.A) || t.is(e, Word.AN))) {
            int noun = nouns.contains(t.lower(e + 1)) ? e + 1
                    : e + 2 < t.size() && t.isLower(e + 1) && nouns.contains(t.lower(e + 2)) ? e + 2 : -1;
            // "X, a village near …", "X, a small town in …"; not "X, a district police chief"
            if (noun > 0 && (noun + 1 >= t.size() || !t.joinable(noun + 1)
                    || APPOSITION_NEXT.contains(t.lower(noun + 1)))) {
                return Cue.APPOSITION;
            }
        }
        return null;
    }

    /** Words that may follow the noun of "X, a village …" when the phrase is about where X is. */
    private static final Set<String> APPOSITION_NEXT = SpotterWordFile.set("apposition-next");

    /** Heads of settlements, camps, bases and quarters; not of facilities named after a town (airport, port). */
    private static boolean isPlaceHead(HeadNouns.Head h) {
        return switch (h.kind()) {
            case VILLAGE, TOWN, CAMP, BASE, DISTRICT -> true;
            default -> false;
        };
    }
}
