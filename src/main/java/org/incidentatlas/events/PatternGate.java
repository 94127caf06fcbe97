package org.incidentatlas.events;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.text.RegexSpace;
import org.incidentatlas.text.TokenArray;

/**
 * Finds a pattern's matches trying it only where its first char can occur. {@link Matcher#find()} tries the
 * whole pattern at every position, which for our long case-insensitive alternations costs far more than the
 * matches; the ASCII chars a match can start with are derived from the pattern itself with
 * {@link Matcher#hitEnd()} (kept when the pattern matches the char or runs out of input after it, after each of a
 * few contexts for leading {@code \b}), so the set over-approximates and the matches are exactly find()'s. Patterns
 * whose first char depends on a positive look-behind are not for this class. Non-ASCII chars are always tried.
 */
final class PatternGate {
    private static final String[] CONTEXTS = {"", "a", "0", " ", "."};
    /** {@link #CONTEXTS} for a pattern without a look-behind: one of each kind {@code \\b} tells apart. */
    private static final String[] WITHOUT_LOOK_BEHIND = {"", "a"};

    private final Pattern pattern;
    private final boolean[] first = new boolean[128];
    /**
     * For an ASCII first char, the ASCII chars that may follow it in a match, as a 128-bit set (two longs per first
     * char), derived the same way: most starts a first-char test lets through end here, before any regex runs.
     */
    private final long[] second = new long[256];
    /**
     * For an ASCII first char right after an ASCII word char (letter, digit, '_'), whether a match can begin with it
     * there (after the context "a" alone): a word list's {@code \b} rules out starts inside words, which the first
     * and second chars alone let through. Null for a pattern with a look-behind, which may tell word chars apart;
     * without one only {@code \b} and {@code \B} read the char before the start, and they treat all word chars alike.
     */
    private final boolean[] firstAfterWord;

    /** How many gates were made: each has its bit in the word cache's answers. */
    private static final AtomicInteger GATES = new AtomicInteger();
    /** This gate's bit in the word cache's answers. */
    private final int id = GATES.getAndIncrement();

    /**
     * Whether this gate asks the thread's {@link WordCache} before running the pattern at a word start: the cache keeps
     * per word seen (as written) and gate whether a match can start at its first char, that is the pattern matches the
     * word alone or runs out of input in it. A match in context starting at the word either ends inside it (the same
     * result on the word alone) or reads past its end (which on the word alone hits the end), so a "no" drops no match.
     * Before the word the engine sees nothing on its own, in context a char that {@code \b} and {@code \B} read as
     * the start of input where it is no word char, and negative look-behinds and {@code ^} can only fail where alone
     * they pass; a positive look-behind at the match's start is unsound, so such patterns get no cache, and neither do
     * gates past the 64 answer bits of a slot.
     */
    private final boolean cacheWords;

    /**
     * Whether no match can begin at an ASCII letter or digit that follows one ({@link #first} or
     * {@link #firstAfterWord} rules it out, as {@link #mayStartIn} would say at each): then the token path of
     * {@link #firstMatch(String, int, int, TokenArray, int, int)} skips the inside of every {@link TokenArray#ASCII_WORD}
     * token instead of asking char by char (most of a sentence's chars).
     */
    private final boolean skipsWordInsides;

    /**
     * Per thread, one word cache for all gates: one ThreadLocal for all gates (a ThreadLocal each would grow the
     * thread's map that every ThreadLocal lookup of the thread walks).
     */
    private static final ThreadLocal<WordCache> WORDS = ThreadLocal.withInitial(WordCache::new);

    PatternGate(Pattern pattern) {
        this.pattern = pattern;
        String src = pattern.pattern();
        this.cacheWords = id < Long.SIZE && !src.contains("(?<=");
        // One matcher and one buffer for all probes, reset for each (a matcher and two strings per probe and context
        // made this the bulk of the class's start-up).
        Matcher m = pattern.matcher("").useTransparentBounds(true);
        StringBuilder buf = new StringBuilder(4);
        boolean lookBehind = src.contains("(?<");
        // Without a look-behind the engine reads the char before a probe's start only for \b and \B, which see no
        // char, ' ' and '.' alike (no word char) and 'a' and '0' alike (a word char): one context of each kind
        // gives the same answers as all five, at a fifth of the probes.
        String[] contexts = lookBehind ? CONTEXTS : WITHOUT_LOOK_BEHIND;
        boolean[] afterWord = lookBehind ? null : new boolean[128];
        boolean[] open = new boolean[contexts.length];
        for (char c = 0; c < 128; c++) {
            // Per context, whether c alone decides (a match, or no match, without reading past c) or the next char
            // may: only the contexts where the engine ran out of input after c are asked again with a second char,
            // which cannot change an answer given without reading it.
            boolean decidedMatch = false;
            boolean anyOpen = false;
            for (int k = 0; k < contexts.length; k++) {
                buf.setLength(0);
                buf.append(contexts[k]).append(c);
                m.reset(buf);
                m.region(contexts[k].length(), buf.length());
                boolean found = m.lookingAt();
                open[k] = m.hitEnd();
                decidedMatch |= found && !open[k];
                anyOpen |= open[k];
                first[c] |= found || open[k];
            }
            if (afterWord != null && first[c]) {
                afterWord[c] = mayStartAfter(m, buf, "a", c);
            }
            if (!first[c]) {
                continue;
            }
            for (char d = 0; d < 128; d++) {
                if (decidedMatch || anyOpen && mayStart(m, buf, contexts, open, c, d)) {
                    second[2 * c + (d >> 6)] |= 1L << (d & 63);
                }
            }
        }
        this.firstAfterWord = afterWord;
        boolean skips = true;
        for (char c = 0; c < 128; c++) {
            // A token's chars after its first: ASCII letters and digits, each after one.
            if (PlainRow.isWordAscii(c) && c != '_' && first[c] && (afterWord == null || afterWord[c])) {
                skips = false;
            }
        }
        this.skipsWordInsides = skips;
    }

    /** The pattern this gate finds. */
    Pattern pattern() {
        return pattern;
    }

    /** True if a match can begin with {@code c} after {@code ctx} (it matches or runs out of input). */
    private static boolean mayStartAfter(Matcher m, StringBuilder buf, String ctx, char c) {
        buf.setLength(0);
        buf.append(ctx).append(c);
        m.reset(buf);
        m.region(ctx.length(), buf.length());
        return m.lookingAt() || m.hitEnd();
    }

    /**
     * True if a match can begin with {@code c} then {@code d} after one of the {@code contexts} marked {@code open} (it
     * matches or runs out of input), asked of {@code m} (transparent bounds) over {@code buf}.
     */
    private static boolean mayStart(Matcher m, StringBuilder buf, String[] contexts, boolean[] open, char c, char d) {
        for (int k = 0; k < contexts.length; k++) {
            if (!open[k]) {
                continue;
            }
            buf.setLength(0);
            buf.append(contexts[k]).append(c).append(d);
            m.reset(buf);
            m.region(contexts[k].length(), buf.length());
            if (m.lookingAt() || m.hitEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * As {@link #mayStartAt}, for a start in {@code text[from, to)} as find() over that region sees it: also false at a
     * char after an ASCII word char of the region where no match begins so ({@link #firstAfterWord}).
     */
    private boolean mayStartIn(String text, int from, int at, int to) {
        char c = text.charAt(at);
        if (c < 128) {
            if (!first[c]) {
                return false;
            }
            if (firstAfterWord != null && at > from && !firstAfterWord[c] && PlainRow.isWordAscii(text.charAt(at - 1))) {
                return false;
            }
        }
        return mayStartAt(text, at, to);
    }

    /** False when the first two characters at {@code at} (before {@code to}) rule out a match starting there. */
    boolean mayStartAt(String text, int at, int to) {
        char c = text.charAt(at);
        if (c >= 128) {
            return true;
        }
        if (!first[c]) {
            return false;
        }
        char d = at + 1 < to ? text.charAt(at + 1) : 128;
        return d >= 128 || (second[2 * c + (d >> 6)] & (1L << (d & 63))) != 0;
    }

    /** The text of [from, to) alone: with transparent bounds it sees what opaque bounds on the region see. */
    private static String part(String text, int from, int to) {
        return from == 0 && to == text.length() ? text : text.substring(from, to);
    }

    /**
     * The matches {@code pattern.matcher(text).region(from, to)} finds one after another (opaque bounds), as
     * start, end pairs in text offsets.
     */
    int[] matches(String text, int from, int to) {
        return matches(text, from, to, null, 0, 0);
    }

    /** Where {@code pattern.matcher(text).find()} first matches, or -1. */
    int firstMatch(String text) {
        return firstMatch(text, 0, text.length());
    }

    /**
     * Where {@code pattern.matcher(text).region(from, to).find()} (opaque bounds) first matches, or -1: the first start
     * {@link #matches(String, int, int)} gives, without looking further.
     */
    int firstMatch(String text, int from, int to) {
        return firstMatch(text, from, to, null, 0, 0);
    }

    /**
     * As {@link #firstMatch(String, int, int)}, given the tokens {@code [firstToken, endToken)} of {@code tokens} (over
     * {@code text}) that cover the range (tokens outside it are passed over): for a gate that {@link #skipsWordInsides},
     * the chars inside each {@link TokenArray#ASCII_WORD} token after its first are not asked, as none can start a
     * match there; all others are, one by one, as without tokens. With {@code tokens} null, char by char.
     */
    int firstMatch(String text, int from, int to, TokenArray tokens, int firstToken, int endToken) {
        WordCache words = null;
        Matcher m = null;
        String part = null;
        boolean skip = tokens != null && skipsWordInsides;
        int t = firstToken;
        int at = from;
        while (at < to) {
            int until = to;
            if (skip) {
                while (t < endToken && (tokens.end(t) <= at || (tokens.flags(t) & TokenArray.ASCII_WORD) == 0)) {
                    t++;
                }
                if (t < endToken) {
                    // Up to the next plain word's first char (or the char at hand, inside one).
                    until = Math.min(Math.max(tokens.start(t), at) + 1, to);
                }
            }
            for (; at < until; at++) {
                if (!mayStartIn(text, from, at, to)) {
                    continue;
                }
                if (words == null && cacheWords) {
                    words = WORDS.get();
                }
                if (!wordMayStart(words, text, from, at, to, NO_TOKEN)) {
                    continue;
                }
                if (m == null) {
                    part = part(text, from, to);
                    m = pattern.matcher(part).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at - from, part.length());
                if (m.lookingAt()) {
                    return at;
                }
            }
            if (skip && t < endToken) {
                at = Math.max(at, tokens.end(t));
                t++;
            }
        }
        return -1;
    }

    /**
     * As {@link #matches(String, int, int)}, trying only the starts of tokens {@code [firstToken, endToken)} (those of
     * {@code text[from, to)}): for patterns whose every match starts a word ({@code \\b} then a letter or digit).
     */
    int[] matches(String text, int from, int to, TokenArray tokens, int firstToken, int endToken) {
        int[] out = new int[0];
        int n = 0;
        WordCache words = null;
        Matcher m = null;
        String part = null;
        int t = firstToken;
        for (int at = from; at < to; at++) {
            int wordEnd = NO_TOKEN;
            if (tokens != null) {
                while (t < endToken && tokens.start(t) < at) {
                    t++;
                }
                if (t == endToken) {
                    break;
                }
                at = tokens.start(t);
                wordEnd = Math.min(tokens.end(t), to);
            }
            if (!mayStartIn(text, from, at, to)) {
                continue;
            }
            if (words == null && cacheWords) {
                words = WORDS.get();
            }
            if (!wordMayStart(words, text, from, at, to, wordEnd)) {
                continue;
            }
            if (m == null) {
                part = part(text, from, to);
                m = pattern.matcher(part).useTransparentBounds(true).useAnchoringBounds(false);
            }
            m.region(at - from, part.length());
            if (m.lookingAt()) {
                if (n == out.length) {
                    out = Arrays.copyOf(out, Math.max(4, n * 2));
                }
                out[n++] = m.start() + from;
                out[n++] = m.end() + from;
                at = Math.max(at, m.end() + from - 1);
            }
        }
        return Arrays.copyOf(out, n);
    }

    /** {@link #wordMayStart}'s "no token": the word is the run of ASCII word chars at the start. */
    private static final int NO_TOKEN = -1;

    /**
     * False when the thread's word cache ({@link #cacheWords}) says no match starts at {@code at}, the start of the word
     * that ends at {@code wordEnd} (a token's end), or with {@link #NO_TOKEN} of the run of ASCII word chars there when
     * it starts the region {@code text[from, to)} or follows an ASCII char that is no word char (else true); {@code words}
     * is the thread's cache, null when this gate keeps none.
     */
    private boolean wordMayStart(WordCache words, String text, int from, int at, int to, int wordEnd) {
        if (!cacheWords) {
            return true;
        }
        int end = wordEnd;
        if (end == NO_TOKEN) {
            if (at > from) {
                char before = text.charAt(at - 1);
                if (before >= 128 || PlainRow.isWordAscii(before)) {
                    return true;
                }
            }
            end = at;
            while (end < to && PlainRow.isWordAscii(text.charAt(end))) {
                end++;
            }
        }
        if (end <= at) {
            return true;
        }
        int slot = words.slot(text, at, end);
        long bit = 1L << id;
        if ((words.known[slot] & bit) == 0) {
            Matcher alone = pattern.matcher(words.word(slot));
            if (alone.lookingAt() || alone.hitEnd()) {
                words.values[slot] |= bit;
            }
            words.known[slot] |= bit;
        }
        return (words.values[slot] & bit) != 0;
    }

    /**
     * Whether {@code text[lo, hi)} can end as a match of a pattern that ends in {@code \s+$} does: in regex white
     * space, or in a final line terminator that {@code $} may stand before. A cheap test before such a pattern runs.
     */
    static boolean endsInSpace(String text, int lo, int hi) {
        if (hi <= lo) {
            return false;
        }
        char c = text.charAt(hi - 1);
        return RegexSpace.is(c) || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@link #tail}'s chunk chars: letters, '.', apostrophes, hyphens, and any char from U+0080. */
    static final int NAME_CHARS = 0;
    /** {@link #tail}'s chunk chars: those of {@code \w} (ASCII letters, digits, '_'). */
    static final int WORD_CHARS = 1;

    /**
     * Where the tail of {@code s} begins that a match ending at its end ({@code $}) can start in, for a pattern made of
     * letters, '.', apostrophes, hyphens and regex white space only, spanning at most {@code maxChunks} white-space
     * separated chunks: the tail holds only such chars (any char from U+0080 is let through) in at most that many
     * chunks. Searching from there (with transparent bounds) finds what {@code find()} over the whole string finds.
     */
    static int wordTail(String s, int maxChunks) {
        return tail(s, maxChunks, NAME_CHARS);
    }

    /**
     * Where the tail of {@code s} begins that holds only regex white space and chunk chars of the kind {@code chars}
     * ({@link #NAME_CHARS}, {@link #WORD_CHARS}), in at most {@code maxChunks} white-space separated chunks.
     */
    static int tail(String s, int maxChunks, int chars) {
        int i = s.length();
        int chunks = 0;
        boolean inChunk = false;
        while (i > 0) {
            char c = s.charAt(i - 1);
            if (RegexSpace.is(c)) {
                inChunk = false;
            } else if (chunkChar(c, chars)) {
                if (!inChunk) {
                    if (++chunks > maxChunks) {
                        break;
                    }
                    inChunk = true;
                }
            } else {
                break;
            }
            i--;
        }
        return i;
    }

    private static boolean chunkChar(char c, int chars) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
            return true;
        }
        return chars == NAME_CHARS ? c >= 0x80 || c == '.' || c == '\'' || c == '-' : c >= '0' && c <= '9' || c == '_';
    }
}
