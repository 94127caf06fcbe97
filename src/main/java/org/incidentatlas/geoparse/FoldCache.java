package org.incidentatlas.geoparse;

import java.util.concurrent.ConcurrentHashMap;
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

    private static final int PLAIN_SLOTS = 1 << 18;
    /** Direct-mapped: a newer span evicts the one in its slot. Racy on purpose; a lost write only costs a fold. */
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

    /** The fold of tokens {@code [first, end)} of {@code text}, whose plain words have the span key {@code key}. */
    static String foldPlain(long key, SpotText text, int first, int end) {
        int slot = (int) (key ^ (key >>> 32)) & (PLAIN_SLOTS - 1);
        Entry e = PLAIN[slot];
        if (e != null && e.key == key) {
            return e.folded;
        }
        String f = NameFolding.fold(text.span(first, end));
        PLAIN[slot] = new Entry(key, f);
        return f;
    }
}
