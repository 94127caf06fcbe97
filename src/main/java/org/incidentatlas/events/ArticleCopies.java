package org.incidentatlas.events;

import java.util.HashMap;
import java.util.Map;
import org.incidentatlas.model.Article;
import org.incidentatlas.text.RegexSpace;

/**
 * Identical copies of one article (the same text under two file names, or saved twice with other line breaks) are
 * one source, not several: their incidents would count the same report twice. Remembers a 128-bit digest of each
 * article's text (white space collapsed) and, for a copy, the id of the article it copies. Keeps 16 bytes per
 * article, never the text. Not thread-safe: the pipeline calls it in corpus order.
 *
 * <p>Why not a cryptographic hash: nothing here is a security decision, and the digest only has to tell texts apart.
 * Until session 9 it was SHA-256, which under the extract child's C1-only JIT has no intrinsic and cost about
 * 0.15 CPU-s per 10 MB on the main thread. MurmurHash3 (x64, 128 bits) is well mixed. Two different texts share a
 * digest by chance with probability about 2^-128 per pair, so in a corpus of n articles about n^2 / 2^129: for a
 * billion articles, about 10^-21. Someone who wants to hide an article could craft a text with the same MurmurHash3
 * (it is not collision-resistant). That article would have to be read first, and the outcome is visible: the hidden
 * article gets a note naming the file it "copies". An analyst can see that and open both.
 *
 * <p>Why written here and not taken from a library: commons-codec's {@code MurmurHash3.hash128x64} (on the class path
 * through Tika) hashes a {@code byte[]}, which would mean a UTF-16 byte copy of every article's collapsed text, the
 * copy this class exists to avoid; Guava's streaming {@code Hasher} reaches the class path only transitively (an old
 * version) and costs a virtual call per char under C1. The test checks this digest against Guava's
 * {@code murmur3_128} on random texts, so the hand-written mixing cannot drift from the reference.
 */
public final class ArticleCopies {
    /** The 128-bit digest of one article's collapsed text. */
    record Digest(long high, long low) {
    }

    private final Map<Digest, String> firstByDigest = new HashMap<>();

    /** The id of an earlier article with the same text as {@code a}, or null if {@code a} is the first with it. */
    public String copyOf(Article a) {
        Digest d = digestOf(a.text());
        if (d == null) {
            return null;
        }
        String first = firstByDigest.putIfAbsent(d, a.id());
        return first == null || first.equals(a.id()) ? null : first;
    }

    /** Runs of white space (as regex {@code \\s}: space, tab, line breaks, form feed, vertical tab) as one space. */
    static String collapse(String t) {
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (RegexSpace.is(c)) {
                space = true;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    /**
     * MurmurHash3 x64 128 (seed 0) of the UTF-16LE bytes of {@code collapse(text.strip())} with each lone surrogate
     * as "?", or null when that is empty. Two texts get the same digest exactly when (but for the chance collisions
     * the class comment weighs) the UTF-8 bytes of their collapsed texts are the same, as the SHA-256 of those bytes
     * compared before: UTF-16 and UTF-8 both write each code point one way, and {@link String#getBytes} writes a lone
     * surrogate as "?". The text's chars are copied once into an array, collapsed there in place and hashed
     * (no stripped, collapsed or encoded String).
     */
    static Digest digestOf(String text) {
        int from = 0;
        int to = text.length();
        // String.strip: every char of the BMP that Character.isWhitespace names (no supplementary one is).
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return null;
        }
        // The stripped text's chars, collapsed in place (the collapsed text is never longer: a run of white space
        // becomes at most one space and each lone surrogate one "?").
        char[] buf = new char[to - from + 8];
        text.getChars(from, to, buf, 0);
        int len = to - from;
        int n = 0;
        boolean space = false;
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c <= ' ' && RegexSpace.is(c)) {
                space = true;
                continue;
            }
            if (space) {
                buf[n++] = ' ';
                space = false;
            }
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                // A pair's chars are adjacent in the collapsed text only if no white space stands between them.
                if (c <= Character.MAX_HIGH_SURROGATE && i + 1 < len && Character.isLowSurrogate(buf[i + 1])) {
                    buf[n++] = c;
                    buf[n++] = buf[++i];
                } else {
                    buf[n++] = '?';
                }
            } else {
                buf[n++] = c;
            }
        }
        long h1 = 0;
        long h2 = 0;
        int whole = n & ~7;
        for (int b = 0; b < whole; b += 8) {
            long k1 = word(buf, b);
            long k2 = word(buf, b + 4);
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            h1 ^= k1;
            h1 = Long.rotateLeft(h1, 27);
            h1 += h2;
            h1 = h1 * 5 + 0x52dce729;
            k2 *= C2;
            k2 = Long.rotateLeft(k2, 33);
            k2 *= C1;
            h2 ^= k2;
            h2 = Long.rotateLeft(h2, 31);
            h2 += h1;
            h2 = h2 * 5 + 0x38495ab5;
        }
        int rest = n - whole;
        if (rest > 0) {
            // The tail, zero-padded: chars 4..7 make k2, chars 0..3 k1 (MurmurHash3 mixes both only when present).
            java.util.Arrays.fill(buf, n, whole + 8, '\0');
            long k1 = word(buf, whole);
            if (rest > 4) {
                long k2 = word(buf, whole + 4);
                k2 *= C2;
                k2 = Long.rotateLeft(k2, 33);
                k2 *= C1;
                h2 ^= k2;
            }
            k1 *= C1;
            k1 = Long.rotateLeft(k1, 31);
            k1 *= C2;
            h1 ^= k1;
        }
        long bytes = 2L * n;
        h1 ^= bytes;
        h2 ^= bytes;
        h1 += h2;
        h2 += h1;
        h1 = fmix(h1);
        h2 = fmix(h2);
        h1 += h2;
        h2 += h1;
        return new Digest(h1, h2);
    }

    /** Four chars as the little-endian 64-bit word of their UTF-16LE bytes. */
    private static long word(char[] b, int i) {
        return b[i] | (long) b[i + 1] << 16 | (long) b[i + 2] << 32 | (long) b[i + 3] << 48;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    /** The note that says why a copy's incidents are left out. */
    public static String note(String original) {
        return "identical copy of " + original + ": one source, its incidents are those of " + original;
    }
}
