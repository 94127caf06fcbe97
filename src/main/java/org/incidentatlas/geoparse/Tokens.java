package org.incidentatlas.geoparse;

import org.incidentatlas.text.TokenArray;

/**
 * The word tokens of one sentence: a view of the article's {@link SpotText} (one {@link TokenArray} per article),
 * with indices counted from the sentence's first token. A token is a run of letters and digits; an apostrophe
 * between letters stays inside it ("Sana'a") unless it starts a possessive "'s", and dotted acronyms ("U.S.") are
 * one token. Hyphens separate tokens, so "al-Mayadeen" is two tokens joined by '-'. Word-list questions are bit
 * tests ({@link #has}), computed once per token.
 */
final class Tokens {
    private final SpotText a;
    private final TokenArray t;
    private final String text;
    private final int first;
    private final int size;

    Tokens(SpotText article, int first, int size) {
        this.a = article;
        this.t = article.tokens;
        this.text = article.text;
        this.first = first;
        this.size = size;
    }

    /** The tokens of {@code text[from, to)} as one sentence. */
    static Tokens of(String text, int from, int to) {
        return SpotText.of(text, from, to, SpotWords.standard()).all();
    }

    int size() {
        return size;
    }

    int start(int i) {
        return t.start(first + i);
    }

    int end(int i) {
        return t.end(first + i);
    }

    String text() {
        return text;
    }

    int length(int i) {
        return t.end(first + i) - t.start(first + i);
    }

    String word(int i) {
        return t.word(first + i);
    }

    /** The text of tokens {@code [from, to)} as written, with the separators between them. */
    String span(int from, int to) {
        return text.substring(start(from), end(to - 1));
    }

    /** The characters between token {@code i-1} and token {@code i} (from the sentence start for i = 0). */
    String gapBefore(int i, int sentenceStart) {
        return text.substring(i == 0 ? sentenceStart : end(i - 1), start(i));
    }

    /** True if the gap before token {@code i}, white space aside, is exactly the character {@code c}. */
    boolean gapIs(int i, int sentenceStart, char c) {
        int from = i == 0 ? sentenceStart : end(i - 1);
        int to = start(i);
        boolean seen = false;
        for (int k = from; k < to; k++) {
            char g = text.charAt(k);
            if (Character.isWhitespace(g)) {
                continue;
            }
            if (g != c || seen) {
                return false;
            }
            seen = true;
        }
        return seen;
    }

    /**
     * False if only spaces, tabs, line ends, no-break spaces and hyphens stand between token {@code i-1} and token
     * {@code i} ({@link TokenArray#BREAK_BEFORE} is not set): then {@link #gapHasAny} of marks that are none of those
     * is false without reading the gap. True for the first token.
     */
    boolean mayBreakBefore(int i) {
        return i == 0 || t.is(first + i, TokenArray.BREAK_BEFORE);
    }

    /** True if the gap before token {@code i} (from the sentence start for i = 0) holds one of {@code chars}. */
    boolean gapHasAny(int i, int sentenceStart, String chars) {
        int from = i == 0 ? sentenceStart : end(i - 1);
        int to = start(i);
        for (int k = from; k < to; k++) {
            if (chars.indexOf(text.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first character other than white space ({@link Character#isWhitespace}) in the gap before token
     * {@code i} (from the sentence start for i = 0), or -1 if the gap is blank: {@code gapBefore(i).strip()}'s
     * first character, read in place.
     */
    int firstInGap(int i, int sentenceStart) {
        int from = i == 0 ? sentenceStart : end(i - 1);
        for (int k = from, to = start(i); k < to; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c)) {
                return c;
            }
        }
        return -1;
    }

    /** True if only white space (or nothing) stands between token {@code i-1} and token {@code i}. */
    boolean gapBlank(int i, int sentenceStart) {
        int from = i == 0 ? sentenceStart : end(i - 1);
        for (int k = from; k < start(i); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    boolean isCapitalised(int i) {
        return t.is(first + i, TokenArray.CAPITALISED);
    }

    boolean isLower(int i) {
        return t.is(first + i, TokenArray.LOWER);
    }

    boolean isAllCaps(int i) {
        return t.is(first + i, TokenArray.ALL_CAPS);
    }

    boolean isAcronym(int i) {
        return t.is(first + i, TokenArray.ACRONYM);
    }

    /** True if the token's first character is a letter (read from its case flags where they tell). */
    boolean startsWithLetter(int i) {
        int f = t.flags(first + i);
        if ((f & (TokenArray.CAPITALISED | TokenArray.LOWER)) != 0) {
            return true; // an upper- or lower-case letter
        }
        return (f & TokenArray.DIGITS) == 0 && Character.isLetter(text.charAt(t.start(first + i)));
    }

    boolean isDigit(int i) {
        return Character.isDigit(text.charAt(t.start(first + i)));
    }

    /** True if only a hyphen joins token {@code i-1} and token {@code i}. */
    boolean hyphenBefore(int i) {
        return i > 0 && t.is(first + i, TokenArray.HYPHEN_BEFORE);
    }

    /** True if only spaces (or a hyphen) join token {@code i-1} and token {@code i}: they can form one name. */
    boolean joinable(int i) {
        return i > 0 && (a.bits(first + i) & SpotText.JOINABLE) != 0;
    }

    /** True if token {@code i} is in one of the word lists of {@code bits} ({@link SpotWords} constants). */
    boolean has(int i, long bits) {
        return (a.bits(first + i) & bits) != 0;
    }

    /**
     * The first token from {@code i} on that is capitalised or in {@link SpotWords#ARTICLE} (where a name may start:
     * {@link NameMatcher#canStart}), or {@link #size()}: the spotter's skip over most words in one loop.
     */
    int nextCapitalisedOrArticle(int i) {
        for (int k = first + i, end = first + size; k < end; k++) {
            if ((t.flags(k) & TokenArray.CAPITALISED) != 0 || (a.bits(k) & SpotWords.ARTICLE) != 0) {
                return k - first;
            }
        }
        return size;
    }

    /** The hash of the token's folded form ({@link TokenArray#key}). */
    long key(int i) {
        return t.key(first + i);
    }

    /** The word lists token {@code i} is in ({@link SpotWords} bits). */
    long bits(int i) {
        return a.bits(first + i);
    }

    /** Rank of the token among frequent English words (1 = most frequent), or 0. */
    int rank(int i) {
        return a.rank(first + i);
    }

    /** True if the token in lower case is the word {@code w}. */
    boolean is(int i, String w) {
        return a.is(first + i, w);
    }

    /**
     * {@link #is(int, String)} of a word with its key: a plain token's key is the hash of its lower-case form, so
     * most tokens are told apart by one compare of two longs, without reading their characters.
     */
    boolean is(int i, Word w) {
        int k = first + i;
        if ((a.bits(k) & SpotText.PLAIN) != 0) {
            return t.key(k) == w.key() && t.foldedEquals(k, w.text());
        }
        return a.is(k, w.text());
    }

    /** The gazetteer's answer for the name of tokens {@code [from, to)}. */
    FoldCache.Lookup lookup(int from, int to, org.incidentatlas.gazetteer.Gazetteer gazetteer) {
        return a.lookup(first + from, first + to, gazetteer);
    }

    /** {@link #lookup} of a span of plain words only (shared across articles), else null. */
    FoldCache.Lookup plainLookup(int from, int to, org.incidentatlas.gazetteer.Gazetteer gazetteer) {
        return a.plainLookup(first + from, first + to, gazetteer);
    }

    /** The remembered longest gazetteer name's end at token {@code i}, -1 if none, -2 if not asked yet. */
    int rememberedLongestPlace(int i, org.incidentatlas.gazetteer.Gazetteer gazetteer) {
        int e = a.longestPlace(first + i, gazetteer);
        return e < 0 ? e : e - first;
    }

    void rememberLongestPlace(int i, int end, org.incidentatlas.gazetteer.Gazetteer gazetteer) {
        a.rememberLongestPlace(first + i, end < 0 ? -1 : first + end, gazetteer);
    }

    /** {@link #runEnd} per token plus one, 0 where not asked yet; kept for both passes. */
    private int[] runEnds;

    /**
     * {@link PersonNames#continuations}{@code [e]} of this sentence (for {@code e <= size()}): where a name run that
     * has reached token {@code e} ends. Found forward from {@code e} along the run ({@link PersonNames#runStep}) and
     * kept for every token on the way, so a sentence's runs cost one step per token however often they are asked,
     * and a sentence whose persons start nowhere costs nothing.
     */
    int runEnd(int e) {
        if (e >= size) {
            return e;
        }
        if (runEnds == null) {
            runEnds = new int[size];
        }
        int known = runEnds[e];
        if (known != 0) {
            return known - 1;
        }
        int k = e;
        int end;
        while (true) {
            if (k >= size) {
                end = k;
                break;
            }
            if (runEnds[k] != 0) {
                end = runEnds[k] - 1;
                break;
            }
            int step = PersonNames.runStep(this, k);
            if (step == 0) {
                end = k;
                break;
            }
            k += step;
        }
        for (int m = e; m < k && m < size; m += PersonNames.runStep(this, m)) {
            runEnds[m] = end + 1;
        }
        if (k < size && runEnds[k] == 0) {
            runEnds[k] = end + 1;
        }
        return end;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** The lower-case form of token {@code i}, for lexicon lookups; computed once per token. */
    String lower(int i) {
        return a.lower(first + i);
    }

    /** The gazetteer key of token {@code i}, folded once per article. */
    String name(int i) {
        return a.name(first + i);
    }

    /** The gazetteer key of tokens {@code [from, to)}, folded once per article. */
    String name(int from, int to) {
        return a.name(first + from, first + to);
    }
}
