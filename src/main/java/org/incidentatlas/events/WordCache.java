package org.incidentatlas.events;

import java.util.Arrays;
import java.util.function.ToIntFunction;

/**
 * A value computed once per distinct word (as written) and looked up by the word's chars in the text, without
 * building a string on a hit: the trigger and cue gates use it to ask a regular expression about a word once instead
 * of at each of its occurrences. Open addressing over {@value #CAPACITY} slots, cleared when three quarters full,
 * so its memory stays bounded (about 200 KB plus the words). Not thread-safe: one per thread.
 */
final class WordCache {
    private static final int CAPACITY = 1 << 15;
    private static final int LIMIT = CAPACITY / 4 * 3;
    private final ToIntFunction<String> probe;
    private final String[] words = new String[CAPACITY];
    private final int[] values = new int[CAPACITY];
    private int size;

    WordCache(ToIntFunction<String> probe) {
        this.probe = probe;
    }

    /** The probe's value for the word {@code text[from, to)}. */
    int get(String text, int from, int to) {
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
                return values[slot];
            }
            slot = (slot + 1) & (CAPACITY - 1);
        }
        String word = text.substring(from, to);
        int value = probe.applyAsInt(word);
        if (size == LIMIT) {
            Arrays.fill(words, null);
            size = 0;
            slot = h & (CAPACITY - 1);
        }
        words[slot] = word;
        values[slot] = value;
        size++;
        return value;
    }
}
