package org.incidentatlas.geoparse;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Place;
import org.incidentatlas.text.NameFolding;

/**
 * {@link NameFolding#fold} through caches shared by all articles and threads: names repeat across a corpus. Spans of
 * plain ASCII words are cached by a 64-bit key of their words ({@link #foldPlain}), so the spotter's longest-match
 * walks build no string for a span seen before; anything else by its text.
 */
final class FoldCache {
    private static final int MAX_ENTRIES = 500_000;
    private static final ConcurrentHashMap<String, String> FOLDS = new ConcurrentHashMap<>();

    /** An immutable entry: published safely through the racy table below (final fields). */
    private static final class Entry {
        final long key;
        final String folded;

        Entry(long key, String folded) {
            this.key = key;
            this.folded = folded;
        }
    }

    private static final int PLAIN_SLOTS = 1 << 20;
    /**
     * Two-way: a span lives in one of two neighbouring slots, a newer one evicts the older of the pair's first.
     * Racy on purpose; a lost write only costs a fold.
     */
    private static final Entry[] PLAIN = new Entry[PLAIN_SLOTS];

    private FoldCache() {
    }

    static String fold(String s) {
        String f = FOLDS.get(s);
        if (f == null) {
            f = NameFolding.fold(s);
            if (FOLDS.size() > MAX_ENTRIES) {
                FOLDS.clear(); // a crude bound: refilling costs less than tracking recency
            }
            FOLDS.put(s, f);
        }
        return f;
    }

    /** A span's gazetteer answer: its places and whether longer names start with it, for one gazetteer. */
    static final class Lookup {
        final long key;
        final Gazetteer gazetteer;
        final String folded;
        final List<Place> places;
        final boolean longer;
        /** {@link #KNOWN} once the standard lexicon's organisation answers for the name are in the other bits. */
        byte organisationFacts;
        /** The country whose demonym the name is, "" for none, null until asked (for this lookup's gazetteer). */
        String demonym;
        /**
         * {@link Gazetteer#mayStartDemonym} of the name, for this lookup's gazetteer: 0 until asked, then
         * {@link #KNOWN}, with {@link #DEMONYM_START} if true (racy on purpose: a byte, always the same value).
         */
        byte demonymStart;
        static final int DEMONYM_START = 2;
        /**
         * The places among {@link #places} whose own name is the name as last written in a spot
         * ({@link CandidateMemo#ownNamed}), or null: one immutable pair, so a racy read sees a whole one.
         */
        OwnNamed ownNamed;
        /** {@link #INSTITUTION} and {@link #KNOWN} once the standard context words were asked about the name, else 0. */
        private byte nameFacts;
        static final int INSTITUTION = 2;
        /** {@link Candidates#facts} of {@link #places} with {@link #FACTS_KNOWN} set, 0 until asked. */
        private int candidateFacts;
        private static final int FACTS_KNOWN = 1 << 30;
        static final int KNOWN = 1;
        /** The name is an outlet's or organisation's. */
        static final int ORGANISATION = 2;
        /** Longer outlet or organisation names start with it. */
        static final int LONGER_ORGANISATION = 4;

        Lookup(long key, Gazetteer gazetteer, String folded) {
            this.key = key;
            this.gazetteer = gazetteer;
            this.folded = folded;
            this.places = folded.isEmpty() ? List.of() : gazetteer.find(folded);
            this.longer = !folded.isEmpty() && gazetteer.hasLongerName(folded);
        }

        /**
         * True if the name is one of the {@link ContextWords#standard()} institution metonyms ("pentagon"), asked once
         * per name for the whole run (racy on purpose: a byte, always the same value).
         */
        boolean isInstitutionMetonym() {
            int f = nameFacts;
            if (f == 0) {
                f = KNOWN | (ContextWords.standard().institutionMetonyms.contains(folded) ? INSTITUTION : 0);
                nameFacts = (byte) f;
            }
            return (f & INSTITUTION) != 0;
        }

        /**
         * {@link Candidates#facts} of {@link #places}, found once per name for the whole run: every spot of the name
         * in every article asks them (racy on purpose: an int, always the same value).
         */
        int candidateFacts() {
            int f = candidateFacts;
            if (f == 0) {
                f = Candidates.facts(places) | FACTS_KNOWN;
                candidateFacts = f;
            }
            return f & ~FACTS_KNOWN;
        }
    }

    /** {@link Lookup#ownNamed}: the places of a lookup whose own name is {@code written}. */
    record OwnNamed(String written, List<Place> places) {
    }

    private static final Lookup[] LOOKUPS = new Lookup[PLAIN_SLOTS];

    /**
     * The gazetteer's answer for tokens {@code [first, end)}, whose plain words have the span key {@code key} (or,
     * for other spans, whose written characters have it): the spotter's longest-match walk asks it at every
     * capitalised word, and names repeat across a corpus.
     */
    static Lookup lookupPlain(long key, SpotText text, int first, int end, Gazetteer gazetteer) {
        int slot = slot(key);
        Lookup e = LOOKUPS[slot];
        if (e != null && e.key == key && e.gazetteer == gazetteer) {
            return e;
        }
        Lookup other = LOOKUPS[slot ^ 1];
        if (other != null && other.key == key && other.gazetteer == gazetteer) {
            return other;
        }
        e = new Lookup(key, gazetteer, foldPlain(key, text, first, end));
        LOOKUPS[slot ^ 1] = LOOKUPS[slot];
        LOOKUPS[slot] = e;
        return e;
    }

    /** The fold of tokens {@code [first, end)} of {@code text}, whose words or characters have the key {@code key}. */
    static String foldPlain(long key, SpotText text, int first, int end) {
        int slot = slot(key);
        Entry e = PLAIN[slot];
        if (e != null && e.key == key) {
            return e.folded;
        }
        Entry other = PLAIN[slot ^ 1];
        if (other != null && other.key == key) {
            return other.folded;
        }
        String f = NameFolding.fold(text.span(first, end));
        PLAIN[slot ^ 1] = PLAIN[slot];
        PLAIN[slot] = new Entry(key, f);
        return f;
    }

    private static int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (PLAIN_SLOTS - 1);
    }
}
