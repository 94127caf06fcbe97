package org.incidentatlas.events;

import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * Values kept per distinct word (as written), looked up by the word's chars in the text without building a string on
 * a hit: the trigger and cue gates use it to ask a regular expression about a word once instead of at each of its
 * occurrences. Open addressing over {@value #CAPACITY} slots, cleared when three quarters full, so its memory stays
 * bounded (about 650 KB plus the words). Each slot holds two longs its user fills: {@link #get} keeps its probe's
 * value there, {@link PatternGate} one answer bit per gate. Not thread-safe: one per thread.
 */
final class WordCache {
    private static final int CAPACITY = 1 << 15;
    private static final int LIMIT = CAPACITY / 4 * 3;
    private final ToIntFunction<String> probe;
    private final String[] words = new String[CAPACITY];
    /** Per slot, which of its values are known (a bit each; bit 0 for {@link #get}'s). */
    final long[] known = new long[CAPACITY];
    /** Per slot, the values: {@link #get}'s probe value, or one bit per gate. */
    final long[] values = new long[CAPACITY];
    private int size;

    /** A cache whose {@link #get} gives {@code probe}'s value for a word. */
    WordCache(ToIntFunction<String> probe) {
        this.probe = probe;
    }

    /** A cache of slots only ({@link #slot}), filled by its user. */
    WordCache() {
        this(null);
    }

    /** The probe's value for the word {@code text[from, to)}. */
    int get(String text, int from, int to) {
        int slot = slot(text, from, to);
        if (known[slot] == 0) {
            values[slot] = probe.applyAsInt(words[slot]);
            known[slot] = 1;
        }
        return (int) values[slot];
    }

    /**
     * The slot of the word {@code text[from, to)}, added with nothing known when new (which may clear the cache first):
     * valid until the next call.
     */
    int slot(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        h ^= h >>> 16;
        int len = to - from;
        int slot = h & (CAPACITY - 1);
        while (true) {
            String w = words[slot];
            if (w == null) {
                break;
            }
            if (w.length() == len && text.regionMatches(from, w, 0, len)) {
                return slot;
            }
            slot = (slot + 1) & (CAPACITY - 1);
        }
        if (size == LIMIT) {
            Arrays.fill(words, null);
            Arrays.fill(known, 0);
            size = 0;
            slot = h & (CAPACITY - 1);
        }
        words[slot] = text.substring(from, to);
        known[slot] = 0;
        values[slot] = 0;
        size++;
        return slot;
    }

    /** The word in {@code slot}. */
    String word(int slot) {
        return words[slot];
    }
}
