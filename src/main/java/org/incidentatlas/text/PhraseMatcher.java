package org.incidentatlas.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every phrase of a list in a {@link TokenArray} in one pass: an Aho–Corasick automaton whose alphabet is the
 * folded tokens' 64-bit keys, so a lexicon of any size costs one hash probe per token and no string is built.
 *
 * <p>Phrases are tokenised and folded like the text ({@code "Islamic State"} matches "ISLAMIC STATE" and
 * "Islamic-State"; {@code "U.S."} matches "US"). Matches never run across a {@link TokenArray#BREAK_BEFORE}
 * (punctuation or a sentence start between two tokens), so "Mosul, Iraq" holds no phrase "mosul iraq". Every
 * match is reported, overlapping ones included; what to keep (longest, leftmost, case-sensitive) is the caller's
 * rule, with the token flags at hand. Immutable and thread-safe once built.
 *
 * <p>Keys are hashes: two different folded words could share one (one chance in about 2^64 per pair), which would
 * make a phrase match a word it does not contain; with lexicons of thousands of words this is never expected, and
 * {@link #verify} checks a match's words exactly when a caller needs certainty.
 */
public final class PhraseMatcher {
    /** Receives a match: the phrase's index in the list, and the tokens {@code [first, end)} it covers. */
    @FunctionalInterface
    public interface Hit {
        void found(int phrase, int first, int end);
    }

    /** One match: the phrase's index in the list and the tokens {@code [first, end)}. */
    public record Match(int phrase, int first, int end) {
    }

    private final List<String> phrases;
    private final String[][] words;
    // goto function: open addressing over (state, key) → next state
    private final long[] edgeKey;
    private final int[] edgeFrom;
    private final int[] edgeTo;
    private final int mask;
    private final int[] fail;
    /** Phrases ending at a state (its own, not its suffixes'). */
    private final int[][] out;
    /** The nearest state on the failure chain with an output, or -1. */
    private final int[] outLink;
    /**
     * A bit per {@link #rootBit} of each key that leaves the start state: most tokens of a text start no phrase, and
     * a clear bit says so without a probe of the edge table (whose misses walk its clusters). Many more bits than
     * keys (16 or more per key), so few tokens pass it in vain.
     */
    private final long[] rootBits;
    /** {@link #rootBit}'s shift: 64 minus the log of the number of bits. */
    private final int rootShift;

    private PhraseMatcher(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        words = new String[phrases.size()][];
        List<long[]> keyed = new ArrayList<>();
        int edges = 0;
        for (int p = 0; p < phrases.size(); p++) {
            TokenArray t = TokenArray.of(phrases.get(p));
            long[] k = new long[t.size()];
            words[p] = new String[t.size()];
            for (int i = 0; i < t.size(); i++) {
                k[i] = t.key(i);
                words[p][i] = t.folded(i);
            }
            keyed.add(k);
            edges += k.length;
        }
        int cap = Integer.highestOneBit(Math.max(4, edges) * 2) * 2;
        mask = cap - 1;
        edgeKey = new long[cap];
        edgeFrom = new int[cap];
        edgeTo = new int[cap];
        Arrays.fill(edgeFrom, -1);

        // the trie
        List<List<Integer>> outs = new ArrayList<>();
        List<int[]> children = new ArrayList<>(); // per state: flat list of child states
        outs.add(new ArrayList<>());
        children.add(new int[0]);
        int states = 1;
        for (int p = 0; p < keyed.size(); p++) {
            long[] k = keyed.get(p);
            if (k.length == 0) {
                continue; // a phrase without a word never matches
            }
            int s = 0;
            for (long key : k) {
                int n = next(s, key);
                if (n < 0) {
                    n = states++;
                    put(s, key, n);
                    outs.add(new ArrayList<>());
                    children.add(new int[0]);
                    int[] c = children.get(s);
                    c = Arrays.copyOf(c, c.length + 1);
                    c[c.length - 1] = n;
                    children.set(s, c);
                }
                s = n;
            }
            outs.get(s).add(p);
        }
        // keys of each state's incoming edge, to follow failure links breadth first
        long[] inKey = new long[states];
        int rootEdges = 0;
        for (int e = 0; e < cap; e++) {
            if (edgeFrom[e] >= 0) {
                inKey[edgeTo[e]] = edgeKey[e];
                rootEdges += edgeFrom[e] == 0 ? 1 : 0;
            }
        }
        int bits = Integer.highestOneBit(Math.max(64, rootEdges * 16)) * 2;
        rootShift = 64 - Integer.numberOfTrailingZeros(bits);
        rootBits = new long[bits / 64];
        for (int e = 0; e < cap; e++) {
            if (edgeFrom[e] == 0) {
                int b = rootBit(edgeKey[e]);
                rootBits[b >>> 6] |= 1L << b;
            }
        }
        fail = new int[states];
        outLink = new int[states];
        out = new int[states][];
        for (int s = 0; s < states; s++) {
            out[s] = outs.get(s).stream().mapToInt(Integer::intValue).toArray();
        }
        outLink[0] = -1;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c : children.get(0)) {
            fail[c] = 0;
            outLink[c] = -1;
            queue.add(c);
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            for (int c : children.get(s)) {
                long key = inKey[c];
                int f = fail[s];
                int n;
                while ((n = next(f, key)) < 0 && f != 0) {
                    f = fail[f];
                }
                fail[c] = n >= 0 && n != c ? n : 0;
                int fc = fail[c];
                outLink[c] = out[fc].length > 0 ? fc : outLink[fc];
                queue.add(c);
            }
        }
    }

    /** A matcher for these phrases; a match reports the phrase's index in this list. */
    public static PhraseMatcher of(List<String> phrases) {
        return new PhraseMatcher(phrases);
    }

    public List<String> phrases() {
        return phrases;
    }

    /** Number of tokens of phrase {@code p}. */
    public int length(int p) {
        return words[p].length;
    }

    private static int slot(int state, long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L + state * 0xC2B2AE3D27D4EB4FL;
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** A key's bit in {@link #rootBits}. */
    private int rootBit(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> rootShift);
    }

    /** Whether some phrase can start with the token of {@code key}: false for most, then {@code next(0, key) < 0}. */
    private boolean mayStart(long key) {
        int b = rootBit(key);
        return (rootBits[b >>> 6] & (1L << b)) != 0;
    }

    /** The goto function from {@code state} by {@code key}, or -1 (from the start state, gated by {@link #mayStart}). */
    private int step(int state, long key) {
        return state == 0 && !mayStart(key) ? -1 : next(state, key);
    }

    private int next(int state, long key) {
        int i = slot(state, key, mask);
        while (true) {
            int from = edgeFrom[i];
            if (from < 0) {
                return -1;
            }
            if (from == state && edgeKey[i] == key) {
                return edgeTo[i];
            }
            i = (i + 1) & mask;
        }
    }

    private void put(int state, long key, int to) {
        int i = slot(state, key, mask);
        while (edgeFrom[i] >= 0) {
            i = (i + 1) & mask;
        }
        edgeFrom[i] = state;
        edgeKey[i] = key;
        edgeTo[i] = to;
    }

    /** Reports every match in the whole token array, in order of their last token. */
    public void scan(TokenArray t, Hit hit) {
        scan(t, 0, t.size(), hit);
    }

    /** Reports every match lying inside tokens {@code [from, to)}, in order of their last token. */
    public void scan(TokenArray t, int from, int to, Hit hit) {
        int s = 0;
        for (int i = from; i < to; i++) {
            if (s != 0 && t.is(i, TokenArray.BREAK_BEFORE)) {
                s = 0;
            }
            long key = t.key(i);
            if (s == 0 && !mayStart(key)) {
                // No edge from the start state: the state stays there, and it has no output.
                continue;
            }
            int n;
            while ((n = step(s, key)) < 0 && s != 0) {
                s = fail[s];
            }
            s = n < 0 ? 0 : n;
            for (int o = out[s].length > 0 ? s : outLink[s]; o > 0; o = outLink[o]) {
                for (int p : out[o]) {
                    hit.found(p, i + 1 - words[p].length, i + 1);
                }
            }
        }
    }

    /** Every match in the token array, in order of their last token. */
    public List<Match> find(TokenArray t) {
        List<Match> found = new ArrayList<>();
        scan(t, (p, first, end) -> found.add(new Match(p, first, end)));
        return found;
    }

    /** True if some phrase occurs in tokens {@code [from, to)}: a cheap gate before costlier rules. */
    public boolean occursIn(TokenArray t, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            if (s != 0 && t.is(i, TokenArray.BREAK_BEFORE)) {
                s = 0;
            }
            long key = t.key(i);
            int n;
            while ((n = step(s, key)) < 0 && s != 0) {
                s = fail[s];
            }
            s = n < 0 ? 0 : n;
            if (out[s].length > 0 || outLink[s] > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The longest phrase starting at token {@code first} (not crossing a break), as its index, or -1; ties go to
     * the phrase listed first. A trie walk from the root: what a spotter asks at each position.
     */
    public int longestAt(TokenArray t, int first) {
        int s = 0;
        int best = -1;
        for (int i = first; i < t.size(); i++) {
            if (i > first && t.is(i, TokenArray.BREAK_BEFORE)) {
                break;
            }
            s = step(s, t.key(i));
            if (s < 0) {
                break;
            }
            if (out[s].length > 0) {
                best = out[s][0];
            }
        }
        return best;
    }

    /** True when the match's words are exactly the phrase's folded words (guards against a key collision). */
    public boolean verify(TokenArray t, int phrase, int first) {
        String[] w = words[phrase];
        if (first + w.length > t.size()) {
            return false;
        }
        for (int k = 0; k < w.length; k++) {
            if (!t.foldedEquals(first + k, w[k])) {
                return false;
            }
        }
        return true;
    }
}
