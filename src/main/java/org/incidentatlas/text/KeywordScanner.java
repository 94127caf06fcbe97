package org.incidentatlas.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of a fixed set of lower-case keywords in one pass over a text (Aho-Corasick, as a
 * dense automaton over ASCII plus the copyright sign). Upper-case ASCII letters match their lower case.
 * Boilerplate cues are looked up this way because scanning each article once per cue was most of the cost of
 * reading a corpus.
 */
final class KeywordScanner {
    private static final int ROW_SHIFT = 7;
    private static final int ALPHABET = 1 << ROW_SHIFT;
    /** The one non-ASCII character any cue uses, folded onto the unused DEL code. */
    private static final char COPYRIGHT = '©';

    private final String[] keys;
    private final int[] next;
    private final int[][] outputs;

    /** Receives the index of the keyword found and its start offset. */
    interface Hit {
        void found(int keyIndex, int start);
    }

    KeywordScanner(List<String> keywords) {
        keys = keywords.toArray(String[]::new);
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(newRow());
        out.add(new ArrayList<>());
        for (int k = 0; k < keys.length; k++) {
            int state = 0;
            for (char ch : keys[k].toCharArray()) {
                int c = code(ch);
                if (c < 0) {
                    throw new IllegalArgumentException("keyword outside the scanner's alphabet: " + keys[k]);
                }
                if (trie.get(state)[c] < 0) {
                    trie.get(state)[c] = trie.size();
                    trie.add(newRow());
                    out.add(new ArrayList<>());
                }
                state = trie.get(state)[c];
            }
            out.get(state).add(k);
        }
        int n = trie.size();
        int[] fail = new int[n];
        next = new int[n * ALPHABET];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < ALPHABET; c++) {
            int s = trie.get(0)[c];
            next[c] = Math.max(s, 0);
            if (s > 0) {
                fail[s] = 0;
                queue.add(s);
            }
        }
        while (!queue.isEmpty()) {
            int r = queue.poll();
            out.get(r).addAll(out.get(fail[r]));
            for (int c = 0; c < ALPHABET; c++) {
                int s = trie.get(r)[c];
                if (s > 0) {
                    fail[s] = next[fail[r] * ALPHABET + c];
                    queue.add(s);
                    next[r * ALPHABET + c] = s;
                } else {
                    next[r * ALPHABET + c] = next[fail[r] * ALPHABET + c];
                }
            }
        }
        outputs = new int[n][];
        for (int i = 0; i < n; i++) {
            outputs[i] = out.get(i).isEmpty() ? null : out.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        for (int i = 0; i < next.length; i++) {
            // rows as offsets, so the scan loop needs no multiplication; a state with keywords ending in it is
            // written complemented (negative), so the loop sees an output without looking at the outputs
            int state = next[i];
            next[i] = outputs[state] == null ? state * ALPHABET : ~(state * ALPHABET);
        }
        // each upper-case column a copy of its lower-case one, so the scan indexes a row by the char itself
        for (int r = 0; r < next.length; r += ALPHABET) {
            for (char ch = 'A'; ch <= 'Z'; ch++) {
                next[r + ch] = next[r + FOLD[ch]];
            }
        }
    }

    /** Scans the text (see {@link #scan(char[], Hit)}). */
    void scan(String text, Hit hit) {
        scan(text.toCharArray(), hit);
    }

    /**
     * Scans the text's chars: indexing a char array is much cheaper than {@code String.charAt} in C1-compiled
     * code, above all for UTF-16 strings (any text with a curly quote).
     */
    void scan(char[] chars, Hit hit) {
        int row = 0;
        int[] next = this.next;
        for (int i = 0; i < chars.length; i++) {
            char ch = chars[i];
            if (ch < ALPHABET) {
                row = next[row + ch]; // upper-case columns repeat the lower-case ones: no fold needed
            } else if (ch == COPYRIGHT) {
                row = next[row + 127];
            } else {
                row = 0;
                continue;
            }
            if (row < 0) {
                row = ~row;
                for (int k : outputs[row >>> ROW_SHIFT]) {
                    hit.found(k, i + 1 - keys[k].length());
                }
            }
        }
    }

    /** {@link #code} of each ASCII character. */
    private static final byte[] FOLD = new byte[ALPHABET];

    static {
        for (char ch = 0; ch < ALPHABET; ch++) {
            FOLD[ch] = (byte) code(ch);
        }
    }

    private static int code(char ch) {
        if (ch < ALPHABET) {
            return ch >= 'A' && ch <= 'Z' ? ch + ('a' - 'A') : ch;
        }
        return ch == COPYRIGHT ? 127 : -1;
    }

    private static int[] newRow() {
        int[] row = new int[ALPHABET];
        Arrays.fill(row, -1);
        return row;
    }
}
