package org.incidentatlas.geoparse;

import java.util.List;
import org.incidentatlas.model.Place;

/**
 * Answers about a candidate list remembered per thread, by the list's identity: the gazetteer hands out one shared
 * list per name, so the same long list ("Will", "May": hundreds of hamlets) comes back in article after article,
 * and its {@link Candidates#facts} and {@link Candidates#ownNamed} answers need not be worked out again.
 * Direct-mapped (a new entry replaces the one in its slot); an entry holds its list, so a hit is always the same
 * list, never a new one that took its place in memory. One memo per thread: no locks.
 */
final class CandidateMemo {
    private static final ThreadLocal<CandidateMemo> MINE = ThreadLocal.withInitial(CandidateMemo::new);
    /** Shorter lists' facts are found directly: a pass over a few places costs less than the lookup. */
    private static final int SHORT = 4;
    /** 4,096: with 1,024 the candidate lists, places and keys of a news corpus evicted each other (12 % of the places stage in an A/B). */
    private static final int SLOTS = 4096;

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

    private final Object[] ownNamePlaces = new Object[SLOTS];
    private final String[] ownNameKeys = new String[SLOTS];
    private final boolean[] ownNames = new boolean[SLOTS];

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

    /** {@link CandidatePriors#isOwnName}: folds the place's name up to three times, for every scoring of a name. */
    boolean isOwnName(String key, Place p) {
        int slot = (System.identityHashCode(p) * 31 + key.hashCode()) & (SLOTS - 1);
        if (ownNamePlaces[slot] == p && key.equals(ownNameKeys[slot])) {
            return ownNames[slot];
        }
        boolean own = CandidatePriors.isOwnName(key, p);
        ownNamePlaces[slot] = p;
        ownNameKeys[slot] = key;
        ownNames[slot] = own;
        return own;
    }
}
