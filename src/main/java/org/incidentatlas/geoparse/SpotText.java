package org.incidentatlas.geoparse;

import java.util.List;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.text.TokenArray;
import org.incidentatlas.text.WordTable;

/**
 * One article's words as the spotter reads them, built once: the {@link TokenArray} (offsets, folded keys, case
 * flags) and, per token, the word lists it is in ({@link SpotWords} bits), its common-word rank and whether it joins
 * the token before into one name. {@link Tokens} is the per-sentence view every rule works on.
 *
 * <p>Lower-case and folded strings are built only when a rule needs one, at most once per token; folded names of
 * token spans are cached per article, so the spotter's repeated longest-match walks fold each span once.
 */
final class SpotText {
    /** Only spaces, a hyphen or "St. " stand between the token and the one before it (and they are close). */
    static final long JOINABLE = 1L << 62;
    /** Only ASCII letters and digits: the lower-case form is the folded form of the {@link TokenArray}. */
    static final long PLAIN = 1L << 61;

    final String text;
    final TokenArray tokens;
    final SpotWords words;
    private final long[] bits;
    private final int[] ranks;
    private String[] lowers;
    private String[] names;
    // folded names of token spans: (first << 32 | end) → NameFolding.fold of the span's text
    private long[] spanKeys;
    private String[] spanNames;
    private int spanCount;
    /** The gazetteer's answer per single token, asked once per token (the organisation and place walks share it). */
    private FoldCache.Lookup[] singles;
    /** The thread's word table the tokens' slots index ({@link TokenArray#words}), or null; see {@link #table()}. */
    private final WordTable table;
    private final int tableGeneration;

    private SpotText(String text, TokenArray tokens, SpotWords words) {
        this.text = text;
        this.tokens = tokens;
        this.words = words;
        int n = tokens.size();
        bits = new long[n];
        ranks = new int[n];
        // The standard lists per plain word are kept in the thread's word table: one probe per token, shared.
        WordTable words0 = tokens.words();
        this.table = words0;
        this.tableGeneration = words0 == null ? 0 : words0.generation();
        WordTable table = words.isStandard() ? words0 : null;
        for (int i = 0; i < n; i++) {
            int f = tokens.flags(i);
            boolean plain = (f & TokenArray.ASCII_WORD) != 0;
            long packed;
            int slot;
            if (plain && table != null && (slot = tokens.wordSlot(i)) >= 0) {
                packed = table.cell(slot, WordTable.SPOT);
                if (packed == 0) {
                    packed = words.lookup(tokens.key(i)) | SpotWords.IN_TABLE;
                    table.setCell(slot, WordTable.SPOT, packed);
                }
            } else {
                packed = words.lookup(plain ? tokens.key(i) : TokenArray.keyOf(lower(i)));
            }
            long b = SpotWords.listsOf(packed);
            if (plain) {
                b |= PLAIN;
            }
            // Joined by a hyphen or one or two spaces (no tab or line end), or by "St. " and the like; a comma, a
            // bracket, a quote, a line end or another break between them keeps them apart.
            if ((f & (TokenArray.HYPHEN_BEFORE | TokenArray.CLOSE_BEFORE)) != 0
                    || (f & (TokenArray.BREAK_BEFORE | TokenArray.SENTENCE_START)) == TokenArray.BREAK_BEFORE
                    && afterAbbreviation(i)) {
                b |= JOINABLE;
            }
            bits[i] = b;
            ranks[i] = SpotWords.rankOf(packed);
        }
    }

    /** The article's tokens, sentence by sentence. */
    static SpotText of(String text, List<Sentence> sentences, SpotWords words) {
        return new SpotText(text, TokenArray.of(text, sentences), words);
    }

    /** One run of text as one sentence (tests and single phrases). */
    static SpotText of(String text, int from, int to, SpotWords words) {
        return new SpotText(text, TokenArray.of(text, from, to), words);
    }

    /** The tokens of sentence {@code k} (of the list this was built over). */
    Tokens sentence(int k) {
        int first = tokens.firstToken(k);
        return new Tokens(this, first, tokens.firstToken(k + 1) - first);
    }

    /** All tokens as one sentence (built with {@link #of(String, int, int, SpotWords)}). */
    Tokens all() {
        return new Tokens(this, 0, tokens.size());
    }

    /** "St. Louis", "Mt. Hermon", "Ft. Worth": only ". " after a two-letter abbreviation before the token. */
    private boolean afterAbbreviation(int i) {
        int prevEnd = tokens.end(i - 1);
        return tokens.start(i) - prevEnd == 2 && isAbbreviation(i - 1) && text.charAt(prevEnd) == '.'
                && text.charAt(prevEnd + 1) == ' ';
    }

    private boolean isAbbreviation(int i) {
        int s = tokens.start(i);
        if (tokens.end(i) - s != 2 || text.charAt(s + 1) != 't') {
            return false;
        }
        char c = text.charAt(s);
        return c == 'S' || c == 'M' || c == 'F' || c == 'P';
    }

    long bits(int i) {
        return bits[i];
    }

    int rank(int i) {
        return ranks[i];
    }

    /** The token in lower case as written (for plain tokens, the folded form). */
    String lower(int i) {
        if (lowers == null) {
            lowers = new String[tokens.size()];
        }
        String l = lowers[i];
        if (l == null) {
            l = bits != null && (bits[i] & PLAIN) != 0 ? tokens.folded(i)
                    : tokens.word(i).toLowerCase(java.util.Locale.ROOT);
            lowers[i] = l;
        }
        return l;
    }

    /** True if the token in lower case is {@code w} (a lower-case word), without building a string for plain ones. */
    boolean is(int i, String w) {
        if ((bits[i] & PLAIN) != 0) {
            return tokens.foldedEquals(i, w);
        }
        return lower(i).equals(w);
    }

    /** The gazetteer key of the token ({@link FoldCache#fold} of the word as written). */
    String name(int i) {
        if (names == null) {
            names = new String[tokens.size()];
        }
        String f = names[i];
        if (f == null && singles != null && singles[i] != null) {
            f = singles[i].folded;
            names[i] = f;
        }
        if (f == null && (bits[i] & PLAIN) != 0) {
            // A word's kept gazetteer answer (for any gazetteer) carries its fold.
            WordTable table = table();
            int slot = table == null ? -1 : tokens.wordSlot(i);
            if (slot >= 0 && table.ref(slot) instanceof FoldCache.Lookup kept) {
                f = kept.folded;
                names[i] = f;
            }
        }
        if (f == null) {
            f = (bits[i] & PLAIN) != 0 ? FoldCache.foldPlain(tokens.key(i), this, i, i + 1)
                    : FoldCache.fold(tokens.word(i));
            names[i] = f;
        }
        return f;
    }

    /** The gazetteer key of the text of tokens {@code [first, end)}, folded once per article. */
    String name(int first, int end) {
        if (end == first + 1) {
            return name(first);
        }
        long plainKey = plainSpanKey(first, end);
        if (plainKey != 0) {
            return FoldCache.foldPlain(plainKey, this, first, end);
        }
        if (spanKeys == null) {
            spanKeys = new long[64];
            spanNames = new String[64];
        }
        long key = ((long) first << 32) | end;
        int mask = spanKeys.length - 1;
        int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (spanNames[s] != null) {
            if (spanKeys[s] == key) {
                return spanNames[s];
            }
            s = (s + 1) & mask;
        }
        String f = FoldCache.fold(text.substring(tokens.start(first), tokens.end(end - 1)));
        if (spanCount * 2 >= spanKeys.length) {
            grow();
            return nameStored(key, f);
        }
        spanKeys[s] = key;
        spanNames[s] = f;
        spanCount++;
        return f;
    }

    /**
     * The gazetteer's places for the name of tokens {@code [first, end)} and whether longer names start with it,
     * cached across articles: spans of plain words by their words' keys, others by their characters.
     */
    FoldCache.Lookup lookup(int first, int end, Gazetteer gazetteer) {
        if (end == first + 1) {
            return single(first, gazetteer);
        }
        FoldCache.Lookup plain = plainLookup(first, end, gazetteer);
        return plain != null ? plain : writtenLookup(first, end, gazetteer);
    }

    /** Salts the plain words' keys for the lookup cache, apart from the same keys in the fold cache. */
    private static final long LOOKUP_SALT = 0x5851F42D4C957F2DL;

    /** {@link #lookup} of tokens {@code [first, end)} keyed by their characters as written. */
    private FoldCache.Lookup writtenLookup(int first, int end, Gazetteer gazetteer) {
        return FoldCache.lookupPlain(writtenKey(tokens.start(first), tokens.end(end - 1)), this, first, end, gazetteer);
    }

    /**
     * A key of the characters of {@code text[from, to)} as written, for spans that are not plain words ("Sana'a",
     * "U.S.", "Türkiye"): a span's gazetteer key is the fold of its text, so it depends on those characters alone and
     * the answer can be shared across articles like a plain one. Salted apart from the plain keys.
     */
    private long writtenKey(int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int k = from; k < to; k++) {
            h = (h ^ text.charAt(k)) * 0x100000001B3L;
        }
        h = (h ^ (h >>> 29)) * 0xBF58476D1CE4E5B9L;
        h ^= 0x2545F4914F6CDD1DL;
        return h == 0 ? 1 : h;
    }

    /**
     * {@link #lookup} for a span of two or more {@link #PLAIN} joined words, from the caches shared across articles;
     * null for any other span.
     */
    FoldCache.Lookup plainLookup(int first, int end, Gazetteer gazetteer) {
        long plainKey = plainSpanKey(first, end);
        return plainKey == 0 ? null : FoldCache.lookupPlain(plainKey ^ LOOKUP_SALT, this, first, end, gazetteer);
    }

    // NameMatcher.longestPlace per token, for one gazetteer: the person pass and the spot pass both ask it
    private int[] longest;
    private Gazetteer longestFor;

    /** The remembered {@link NameMatcher#longestPlace} at token {@code i} for this gazetteer, or {@code -2} if none. */
    int longestPlace(int i, Gazetteer gazetteer) {
        if (longest == null || longestFor != gazetteer) {
            return -2;
        }
        int e = longest[i];
        return e == 0 ? -2 : e < 0 ? -1 : e;
    }

    /** Remembers {@code end} (-1 or an absolute token index) as {@link NameMatcher#longestPlace} at token {@code i}. */
    void rememberLongestPlace(int i, int end, Gazetteer gazetteer) {
        if (longest == null || longestFor != gazetteer) {
            longest = new int[tokens.size()];
            longestFor = gazetteer;
        }
        longest[i] = end < 0 ? -1 : end;
    }

    /**
     * The word table, read on the thread that built this (a SpotText lives in one {@code spot} call), or null once
     * emptied since (an article tokenised meanwhile on this thread).
     */
    private WordTable table() {
        WordTable t = table;
        return t != null && t.generation() == tableGeneration ? t : null;
    }

    private FoldCache.Lookup single(int i, Gazetteer gazetteer) {
        if (singles == null) {
            singles = new FoldCache.Lookup[tokens.size()];
        }
        FoldCache.Lookup l = singles[i];
        if (l != null && l.gazetteer == gazetteer) {
            return l;
        }
        if ((bits[i] & PLAIN) == 0) {
            l = writtenLookup(i, i + 1, gazetteer);
        } else {
            // A plain word's answer is kept in its slot of the thread's word table (a small table, often in cache),
            // then asked of the cache shared by all threads.
            WordTable table = table();
            int slot = table == null ? -1 : tokens.wordSlot(i);
            if (slot >= 0 && table.ref(slot) instanceof FoldCache.Lookup kept && kept.gazetteer == gazetteer) {
                l = kept;
            } else {
                l = FoldCache.lookupPlain(tokens.key(i) ^ LOOKUP_SALT, this, i, i + 1, gazetteer);
                if (slot >= 0) {
                    table.setRef(slot, l);
                }
            }
        }
        singles[i] = l;
        return l;
    }

    /**
     * A key for the words of tokens {@code [first, end)} when each is {@link #PLAIN} and joins the one before: the
     * gazetteer key of such a span depends only on its lower-case words (spaces, hyphens and the dot of "St." all
     * just separate words in {@link org.incidentatlas.text.NameFolding}), so it can be cached across articles
     * without building the span's text. 0 when some token is not plain or not joined.
     */
    private long plainSpanKey(int first, int end) {
        long h = 0x9E3779B97F4A7C15L;
        for (int k = first; k < end; k++) {
            long b = bits[k];
            if ((b & PLAIN) == 0 || k > first && (b & JOINABLE) == 0) {
                return 0;
            }
            h = (h ^ tokens.key(k)) * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 29;
        }
        return h == 0 ? 1 : h;
    }

    /** The text of tokens {@code [first, end)} as written. */
    String span(int first, int end) {
        return text.substring(tokens.start(first), tokens.end(end - 1));
    }

    private String nameStored(long key, String f) {
        int mask = spanKeys.length - 1;
        int s = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (spanNames[s] != null) {
            s = (s + 1) & mask;
        }
        spanKeys[s] = key;
        spanNames[s] = f;
        spanCount++;
        return f;
    }

    private void grow() {
        long[] oldKeys = spanKeys;
        String[] oldNames = spanNames;
        spanKeys = new long[oldKeys.length * 2];
        spanNames = new String[oldKeys.length * 2];
        spanCount = 0;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldNames[k] != null) {
                nameStored(oldKeys[k], oldNames[k]);
            }
        }
    }
}
