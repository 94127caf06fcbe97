package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Place;

/**
 * Answers about a candidate list remembered per thread, by the list's identity: the gazetteer hands out one shared
 * list per name, so the same long list ("Will", "May": hundreds of hamlets) comes back in article after article,
 * and its {@link Candidates#facts}, {@link Candidates#ownNamed}, {@link CountryFocus#unambiguousCountry} answers,
 * its candidates' {@link NamePriors} and what a mention the filters rejected shows need not be worked out again.
 * Direct-mapped (a new entry replaces the one in its slot); an entry holds its list, so a hit is always the same
 * list, never a new one that took its place in memory. One memo per thread: no locks.
 */
final class CandidateMemo {
    private static final ThreadLocal<CandidateMemo> MINE = ThreadLocal.withInitial(CandidateMemo::new);
    /** Shorter lists' facts are found directly: a pass over a few places costs less than the lookup. */
    private static final int SHORT = 4;
    /**
     * 16,384: with 1,024 the candidate lists, places and keys of a news corpus evicted each other (12 % of the places
     * stage in an A/B, session 8); 4,096 still missed often on the 318 GWN and TR-News texts (16,384: resolve 3-4 %
     * less CPU under C1 and C2, session 11). About 1 MB of slots per thread.
     */
    private static final int SLOTS = 16384;

    private final Object[] factLists = new Object[SLOTS];
    private final int[] facts = new int[SLOTS];
    private final Object[] ownLists = new Object[SLOTS];
    private final String[] ownA = new String[SLOTS];
    private final String[] ownB = new String[SLOTS];
    @SuppressWarnings("unchecked")
    private final List<Place>[] own = (List<Place>[]) new List<?>[SLOTS];

    private final Object[] notePlaces = new Object[SLOTS];
    private final int[] noteCodes = new int[SLOTS];
    private final String[] notes = new String[SLOTS];

    private final NamePriors[] priors = new NamePriors[SLOTS];

    private final Object[] countryLists = new Object[SLOTS];
    private final String[] countries = new String[SLOTS];

    private final Object[] shownLists = new Object[SLOTS];
    private final RejectReason[] shownWhy = new RejectReason[SLOTS];
    @SuppressWarnings("unchecked")
    private final List<Candidate>[] shown = (List<Candidate>[]) new List<?>[SLOTS];

    private CandidateMemo() {
    }

    /** The calling thread's memo. */
    static CandidateMemo get() {
        return MINE.get();
    }

    /** {@link Candidates#facts} of {@code ps}. */
    int facts(List<Place> ps) {
        if (ps.size() <= SHORT) {
            return Candidates.facts(ps);
        }
        int slot = System.identityHashCode(ps) & (SLOTS - 1);
        if (factLists[slot] == ps) {
            return facts[slot];
        }
        int f = Candidates.facts(ps);
        factLists[slot] = ps;
        facts[slot] = f;
        return f;
    }

    /** {@link Candidates#ownNamed} of {@code ps}, as an immutable list (no caller changes it). */
    List<Place> ownNamed(List<Place> ps, String a, String b) {
        int slot = (System.identityHashCode(ps) * 31 + a.hashCode()) & (SLOTS - 1);
        if (ownLists[slot] == ps && a.equals(ownA[slot]) && b.equals(ownB[slot])) {
            return own[slot];
        }
        List<Place> out = List.copyOf(Candidates.ownNamed(ps, a, b));
        ownLists[slot] = ps;
        ownA[slot] = a;
        ownB[slot] = b;
        own[slot] = out;
        return out;
    }

    /** The {@link NamePriors} of the candidate list {@code ps} of the name {@code key}, scored with {@code w}. */
    NamePriors priors(List<Place> ps, String key, ResolverWeights w) {
        if (ps.size() < 2) {
            return new NamePriors(ps, key, w); // cheap to work out, and often a list made for one mention ("cc:US")
        }
        int slot = (System.identityHashCode(ps) * 31 + key.hashCode()) & (SLOTS - 1);
        NamePriors np = priors[slot];
        if (np != null && np.list == ps && np.w == w && key.equals(np.key)) {
            return np;
        }
        np = new NamePriors(ps, key, w);
        priors[slot] = np;
        return np;
    }

    /** {@link CountryFocus#unambiguousCountry} of {@code ps} (asked for every mention of a name). */
    String unambiguousCountry(List<Place> ps) {
        int slot = System.identityHashCode(ps) & (SLOTS - 1);
        if (countryLists[slot] == ps) {
            return countries[slot];
        }
        String c = CountryFocus.unambiguousCountry(ps);
        countryLists[slot] = ps;
        countries[slot] = c;
        return c;
    }

    /**
     * The candidates a mention the filters rejected for {@code why} shows: its first five places, each with score 0
     * and {@link RejectReason#notUsed}. The same for every mention of the name in every article ("May", "Will").
     */
    List<Candidate> filteredOut(List<Place> ps, RejectReason why) {
        int slot = (System.identityHashCode(ps) * 31 + why.ordinal()) & (SLOTS - 1);
        if (shownLists[slot] == ps && shownWhy[slot] == why) {
            return shown[slot];
        }
        int n = Math.min(PlaceResolver.MAX_CANDIDATES_SHOWN, ps.size());
        List<Candidate> cs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            cs.add(new Candidate(ps.get(i), 0, why.notUsed()));
        }
        List<Candidate> out = List.copyOf(cs);
        shownLists[slot] = ps;
        shownWhy[slot] = why;
        shown[slot] = out;
        return out;
    }

    /**
     * The note of a shown candidate ({@code PlaceResolver}'s "chosen: PPLA IQ pop 1000; +country-coherence"):
     * {@code code} says chosen or lost and which components scored, so the text is the same for the same place and
     * code, and the places of a region's news come back in article after article.
     */
    String note(Place p, int code) {
        int slot = (System.identityHashCode(p) * 31 + code) & (SLOTS - 1);
        if (notePlaces[slot] == p && noteCodes[slot] == code) {
            return notes[slot];
        }
        String n = PlaceResolver.noteText(p, code);
        notePlaces[slot] = p;
        noteCodes[slot] = code;
        notes[slot] = n;
        return n;
    }
}
