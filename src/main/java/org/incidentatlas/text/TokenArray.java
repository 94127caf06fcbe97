package org.incidentatlas.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.incidentatlas.model.Sentence;

/**
 * The word tokens of one article, found once and shared by every stage: offsets, a folded form and flags, all in
 * primitive arrays (no object per token).
 *
 * <p>A token is a run of letters, digits and combining marks. An apostrophe between letters stays inside it
 * ("Sana'a") unless it starts a possessive or contraction ("Iraq's" is "Iraq" + "s"); single capitals each followed
 * by a dot are one token ("U.S."); hyphens and every other character separate tokens ("al-Qaim" is two tokens, with
 * {@link #HYPHEN_BEFORE} on the second). These are the spotter's rules, so a phrase and the text it is found in
 * split the same way.
 *
 * <p>The folded form is what lexicons match on: lower case, Latin accents removed, apostrophes and acronym dots
 * dropped ("U.S." → "us", "Sana'a" → "sanaa", "Ḥamāh" → "hamah"), Arabic letters normalised as in
 * {@link ArabicNormalizer#normalize(char)} (marks gone, hamza and alef forms met). {@link #key} is a 64-bit hash
 * of it, computed in the same pass, which {@link PhraseMatcher} matches on without building a string.
 *
 * <p>Built over an article's sentences, tokens never cross a sentence end and {@link #sentenceOf} gives each
 * token's sentence. Linear in the text's length; about 30 bytes of arrays per token.
 */
public final class TokenArray {
    /** First character is an upper-case letter. */
    public static final int CAPITALISED = 1;
    /** At least two letters, all upper case ("UN", "ISIS"). */
    public static final int ALL_CAPS = 1 << 1;
    /** First character is a lower-case letter. */
    public static final int LOWER = 1 << 2;
    /** Only digits. */
    public static final int DIGITS = 1 << 3;
    /** Dotted capitals ("U.S."). */
    public static final int ACRONYM = 1 << 4;
    /** Arabic script. */
    public static final int ARABIC = 1 << 5;
    /** Only a hyphen joins it to the token before ("al-Qaim"). */
    public static final int HYPHEN_BEFORE = 1 << 6;
    /**
     * Something other than spaces or a hyphen stands between it and the token before (a comma, a bracket, a quote,
     * a full stop), or it starts a sentence: phrases do not run across such a break.
     */
    public static final int BREAK_BEFORE = 1 << 7;
    /** First token of its sentence (or of the text). */
    public static final int SENTENCE_START = 1 << 8;
    /** Only ASCII letters and digits (no apostrophe, dot or other character): the folded form is the lower case. */
    public static final int ASCII_WORD = 1 << 9;
    /** No upper-case letter ("baghdad", "2019"). */
    public static final int NO_UPPER = 1 << 10;
    /** At least one letter and all of them upper case ("UN", "A", "4B"; {@link #ALL_CAPS} needs two letters). */
    public static final int ALL_UPPER = 1 << 11;
    /** The first char is an upper-case letter and no other letter is ("Baghdad", "A", "B52"). */
    public static final int FIRST_UPPER_ONLY = 1 << 12;
    /**
     * At most two chars stand between it and the token before, each a space, a no-break space or a hyphen (no tab,
     * line end or break): the words are close ("New York", "al-Qaim", "Ras  Tanura"). Never on a sentence's first.
     */
    public static final int CLOSE_BEFORE = 1 << 13;

    private static final long SEED = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private int[] flags;
    private long[] keys;
    private int[] foldStarts;
    private char[] folded;
    private int foldedLength;
    /** Index of the first token of each sentence, plus {@code size} at the end; null when built without sentences. */
    private final int[] sentenceFirst;
    /** The sentence list it was built over (identity only, for {@link #of(String, List)}'s reuse), or null. */
    private List<Sentence> sentenceList;
    /** Per token its slot in {@link #wordTable} ({@link #wordSlot}), -1 for none; null when built without sentences. */
    private int[] slots;
    private WordTable wordTable;
    private int wordGeneration;

    private TokenArray(String text, int expectedTokens, int chars, int sentences) {
        this.text = text;
        int n = Math.max(8, expectedTokens);
        starts = new int[n];
        ends = new int[n];
        flags = new int[n];
        keys = new long[n];
        foldStarts = new int[n + 1];
        // A folded form is no longer than its token, except where a fold adds chars (add grows it then).
        folded = new char[chars + 16];
        sentenceFirst = sentences < 0 ? null : new int[sentences + 1];
    }

    /** The tokens of a whole text, as one run. */
    public static TokenArray of(String text) {
        return of(text, 0, text.length());
    }

    /** The tokens of {@code text[from, to)}; offsets stay offsets into {@code text}. */
    public static TokenArray of(String text, int from, int to) {
        TokenArray t = new TokenArray(text, (to - from) / 5, to - from, -1);
        char[] cs = chars(THREAD.get(), text, from, to);
        t.scan(cs, from, from, to);
        return t;
    }

    /**
     * The tokens of an article, sentence by sentence: no token crosses a sentence end. The array last made on this
     * thread is kept: asked again for the same text and sentence list (the same instances, as the stages of one
     * article on one worker ask), it is returned instead of tokenising twice (arrays are immutable).
     */
    public static TokenArray of(String text, List<Sentence> sentences) {
        PerThread thread = THREAD.get();
        TokenArray last = thread.last;
        if (last != null && last.text == text && last.sentenceList == sentences) {
            return last;
        }
        TokenArray t = new TokenArray(text, text.length() / 5, text.length(), sentences.size());
        char[] cs = chars(thread, text, 0, text.length());
        for (int s = 0; s < sentences.size(); s++) {
            t.sentenceFirst[s] = t.size;
            t.scan(cs, 0, sentences.get(s).span().start(), sentences.get(s).span().end());
        }
        t.sentenceFirst[sentences.size()] = t.size;
        t.sentenceList = sentences;
        t.takeSlots(thread.words);
        thread.last = t;
        return t;
    }

    /** Looks each plain token up once in this thread's word table. */
    private void takeSlots(WordTable table) {
        table.startArticle();
        int[] sl = new int[size];
        table.slots(keys, flags, ASCII_WORD, size, sl);
        slots = sl;
        wordTable = table;
        wordGeneration = table.generation();
    }

    /**
     * The word table {@link #wordSlot} indexes, or null when there is none to read: the array was built without
     * sentences, on another thread, or before the calling thread's table was last emptied.
     */
    public WordTable words() {
        WordTable w = wordTable;
        return w != null && w.generation() == wordGeneration && w == WordTable.current() ? w : null;
    }

    /**
     * Token {@code i}'s slot in {@link #words} (a {@link #ASCII_WORD} token's folded key), or -1 when it has none;
     * only to be read when {@link #words} is not null.
     */
    public int wordSlot(int i) {
        return slots[i];
    }

    /**
     * {@code text[from, to)} in this thread's scratch buffer (only read while one array is built, never kept): the
     * scan reads a char array, which is cheaper per char than {@link String#charAt}.
     */
    private static char[] chars(PerThread thread, String text, int from, int to) {
        char[] buf = thread.chars;
        if (buf.length < to - from) {
            buf = new char[Math.max(to - from, buf.length * 2)];
            if (buf.length <= MAX_SCRATCH) {
                thread.chars = buf;
            }
        }
        text.getChars(from, to, buf, 0);
        return buf;
    }

    /** Scratch buffers up to this many chars are kept per thread (1 MB); longer texts get their own. */
    private static final int MAX_SCRATCH = 1 << 19;

    /**
     * What each thread keeps between arrays, in one holder read once per array and never set again: a
     * {@link ThreadLocal#set} per article walked the worker's crowded thread-local map (2 % of a steady-state worker,
     * session 12), and the scratch buffer and word table were two more lookups. (A field answering the thread that
     * asked last without any lookup was tried: C2 compiles its other-thread branch as never taken, so a new worker
     * thread recompiled the methods that inlined it, seconds of JIT in the measured run of {@code bench}.)
     */
    private static final class PerThread {
        /** The scan's scratch buffer (see {@code chars}). */
        char[] chars = new char[4096];
        /** {@link TokenArray#over}'s second buffer (the other text). */
        char[] other = new char[4096];
        /** The article array last tokenised on this thread (see {@link #of(String, List)}). */
        TokenArray last;
        /** This thread's word table. */
        final WordTable words = WordTable.current();
    }

    private static final ThreadLocal<PerThread> THREAD = ThreadLocal.withInitial(PerThread::new);

    /**
     * These tokens over {@code other}, a text of the same length that differs only in apostrophe and hyphen variants
     * (a stage's text with curly apostrophes made straight): the tokenisation treats those alike, so offsets,
     * folded forms, keys and flags are the same, and only {@link #text()} and {@link #word} change. Shares the
     * arrays; throws if the texts differ otherwise.
     */
    public TokenArray over(String other) {
        if (other == text) {
            return this;
        }
        if (other.length() != text.length()) {
            throw new IllegalArgumentException("texts of different lengths");
        }
        int n = text.length();
        PerThread thread = THREAD.get();
        char[] mine = chars(thread, text, 0, n);
        char[] theirs = thread.other;
        if (theirs.length < n) {
            theirs = new char[Math.max(n, theirs.length * 2)];
            if (theirs.length <= MAX_SCRATCH) {
                thread.other = theirs;
            }
        }
        other.getChars(0, n, theirs, 0);
        // From one differing char to the next (Arrays.mismatch compares many chars at a time).
        for (int i = 0, d; i < n && (d = Arrays.mismatch(mine, i, n, theirs, i, n)) >= 0; i += d + 1) {
            char a = mine[i + d];
            char b = theirs[i + d];
            if (!(isApostrophe(a) && isApostrophe(b)) && !(isHyphen(a) && isHyphen(b))) {
                throw new IllegalArgumentException("texts differ at " + (i + d) + " in more than an apostrophe or hyphen");
            }
        }
        return new TokenArray(other, this);
    }

    /**
     * These tokens over {@link #straighten straightened} text (the events stage's normalised text): {@link #over} that
     * text without comparing it again, as only apostrophes and hyphens differ, which tokenise alike. This array itself
     * when the text has none to straighten.
     */
    public TokenArray straightened() {
        String s = straighten(text);
        return s == text ? this : new TokenArray(s, this);
    }

    /**
     * {@code s} with curly apostrophes (U+2019, U+2018) made straight and the hyphens U+2010 and U+2011 made '-';
     * {@code s} itself when it has none of them.
     */
    public static String straighten(String s) {
        // One copy and one pass when a char is to be replaced; none when there is none (indexOf answers at once for
        // a Latin-1 string, which holds none of them).
        if (s.indexOf('\u2019') < 0 && s.indexOf('\u2018') < 0 && s.indexOf('\u2010') < 0 && s.indexOf('\u2011') < 0) {
            return s;
        }
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            char c = a[i];
            if (c >= '\u2010' && c <= '\u2019') {
                if (c == '\u2019' || c == '\u2018') {
                    a[i] = '\'';
                } else if (c == '\u2010' || c == '\u2011') {
                    a[i] = '-';
                }
            }
        }
        return new String(a);
    }

    private TokenArray(String text, TokenArray same) {
        this.text = text;
        this.size = same.size;
        this.starts = same.starts;
        this.ends = same.ends;
        this.flags = same.flags;
        this.keys = same.keys;
        this.foldStarts = same.foldStarts;
        this.folded = same.folded;
        this.foldedLength = same.foldedLength;
        this.sentenceFirst = same.sentenceFirst;
        this.sentenceList = same.sentenceList;
        this.slots = same.slots;
        this.wordTable = same.wordTable;
        this.wordGeneration = same.wordGeneration;
    }

    /** Kinds of ASCII chars for the scan: not part of a word, lower-case letter, upper-case letter, digit. */
    private static final byte OTHER = 0;
    private static final byte LOWER_LETTER = 1;
    private static final byte UPPER_LETTER = 2;
    private static final byte DIGIT = 3;
    private static final byte[] ASCII = new byte[0x80];
    /**
     * Per ASCII char as {@link #asciiWord} reads it: 0 when it is no part of a word, else its folded form (lower
     * case; bits 0-7) with {@link #LETTER_BIT} and {@link #UPPER_BIT}: one load and no branch per char.
     */
    private static final short[] ASCII_FOLD = new short[0x80];
    private static final int LETTER_BIT = 1 << 8;
    private static final int UPPER_BIT = 1 << 9;

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = LOWER_LETTER;
            ASCII[c - 32] = UPPER_LETTER;
            ASCII_FOLD[c] = (short) (c | LETTER_BIT);
            ASCII_FOLD[c - 32] = (short) (c | LETTER_BIT | UPPER_BIT);
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = DIGIT;
            ASCII_FOLD[c] = (short) c;
        }
    }

    /**
     * The tokens of {@code text[from, to)}, whose chars are {@code cs[k - base]}. A word of ASCII letters and digits
     * that ends at a char which cannot continue it is found, folded and hashed in one loop ({@link #asciiWord});
     * every other token (acronyms, accents, apostrophes, other scripts) takes the general path.
     */
    private void scan(char[] cs, int base, int from, int to) {
        int runStart = size;
        int i = from;
        while (i < to) {
            char c = cs[i - base];
            int end;
            if (c < 0x80) {
                byte kind = ASCII[c];
                if (kind == OTHER) {
                    i++;
                    continue;
                }
                // an acronym's first capital is followed by its dot (checked here: most capitals start no acronym)
                if (kind == UPPER_LETTER && i + 1 < to && cs[i + 1 - base] == '.'
                        && (end = acronymEnd(cs, base, i, to)) > 0) {
                    add(cs, base, i, end, true, size == runStart);
                    i = end;
                    continue;
                }
                end = asciiWord(cs, base, i, to, size == runStart);
                if (end > 0) {
                    i = end;
                    continue;
                }
            } else if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            } else if ((end = acronymEnd(cs, base, i, to)) > 0) {
                add(cs, base, i, end, true, size == runStart);
                i = end;
                continue;
            }
            end = wordEnd(cs, base, i, to);
            add(cs, base, i, end, false, size == runStart);
            i = end;
        }
    }

    /**
     * The token at {@code s} when it is ASCII letters and digits only and the char after it cannot continue it (as
     * {@link #wordEnd} would decide): added, folded and hashed in one loop; its end. -1 (nothing added) otherwise.
     */
    private int asciiWord(char[] cs, int base, int s, int to, boolean first) {
        char[] fo = folded;
        int fl = foldedLength;
        if (fo.length - fl < to - s + 8) {
            fo = folded = Arrays.copyOf(fo, Math.max(fo.length * 2, fl + to - s + 8));
        }
        long h = SEED;
        int letters = 0;
        int upper = 0;
        int j = s;
        while (j < to) {
            char c = cs[j - base];
            if (c >= 0x80) {
                break;
            }
            int x = ASCII_FOLD[c];
            if (x == 0) {
                break;
            }
            letters += x >>> 8 & 1;
            upper += x >>> 9;
            char l = (char) (x & 0xFF);
            fo[fl++] = l;
            h = (h ^ l) * PRIME;
            j++;
        }
        if (j < to) {
            char d = cs[j - base];
            if (d == '\'' || d == '`' || d >= 0x80 && (isApostrophe(d) || Character.isLetterOrDigit(d)
                    || Character.getType(d) == Character.NON_SPACING_MARK)) {
                return -1; // an apostrophe, accent or other letter may continue the word: the general path decides
            }
        }
        if (size == starts.length) {
            grow();
        }
        int f = ASCII_WORD;
        if (first) {
            f |= SENTENCE_START | BREAK_BEFORE;
        } else {
            int prevEnd = ends[size - 1];
            // the usual gap, one space, without the call (the one-tier compiler inlines neither helper)
            f |= s - prevEnd == 1 && cs[prevEnd - base] == ' ' ? CLOSE_BEFORE : gapFlags(cs, base, prevEnd, s);
        }
        byte k0 = ASCII[cs[s - base]];
        if (k0 == UPPER_LETTER) {
            f |= CAPITALISED;
        } else if (k0 == LOWER_LETTER) {
            f |= LOWER;
        }
        f |= upper == 0 ? NO_UPPER : caseFlags(letters, upper, k0 == UPPER_LETTER);
        if (letters == 0) {
            f |= DIGITS;
        }
        foldStarts[size] = foldedLength;
        starts[size] = s;
        ends[size] = j;
        flags[size] = f;
        keys[size] = h;
        size++;
        foldedLength = fl;
        foldStarts[size] = fl;
        return j;
    }

    /** {@link #ALL_CAPS}, {@link #NO_UPPER}, {@link #ALL_UPPER} and {@link #FIRST_UPPER_ONLY} from the counts. */
    private static int caseFlags(int letters, int upper, boolean firstUpper) {
        if (upper == 0) {
            return NO_UPPER;
        }
        int f = 0;
        if (upper == letters) {
            f |= letters >= 2 ? ALL_UPPER | ALL_CAPS : ALL_UPPER;
        }
        if (upper == 1 && firstUpper) {
            f |= FIRST_UPPER_ONLY;
        }
        return f;
    }

    private int wordEnd(char[] cs, int base, int s, int to) {
        int i = s;
        while (i < to) {
            char d = cs[i - base];
            if (d < 0x80 ? ASCII[d] != OTHER
                    : Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isApostrophe(d) && i + 1 < to && Character.isLetter(cs[i + 1 - base]) && i > s
                    && Character.isLetter(cs[i - 1 - base]) && !isContraction(cs, base, i + 1, to)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** "U.S." or "U.K.": single capitals each followed by a dot, at least two, not followed by a letter. */
    private static int acronymEnd(char[] cs, int base, int i, int to) {
        int j = i;
        int letters = 0;
        while (j + 1 < to && Character.isUpperCase(cs[j - base]) && cs[j + 1 - base] == '.') {
            letters++;
            j += 2;
        }
        if (letters < 2 || (j < to && Character.isLetterOrDigit(cs[j - base]))) {
            return -1;
        }
        return j;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }

    /** 's, 're, 've, 'll, 'd, 'm, 't after an apostrophe. */
    private static boolean isContraction(char[] cs, int base, int i, int to) {
        int e = i;
        while (e < to && e - i < 3 && Character.isLetter(cs[e - base])) {
            e++;
        }
        if (e < to && Character.isLetter(cs[e - base])) {
            return false;
        }
        int n = e - i;
        char a = Character.toLowerCase(cs[i - base]);
        if (n == 1) {
            return a == 's' || a == 'd' || a == 'm' || a == 't';
        }
        if (n == 2) {
            char b = Character.toLowerCase(cs[i + 1 - base]);
            return (a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l');
        }
        return false;
    }

    private void grow() {
        int n = size * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        flags = Arrays.copyOf(flags, n);
        keys = Arrays.copyOf(keys, n);
        foldStarts = Arrays.copyOf(foldStarts, n + 1);
    }

    private void add(char[] cs, int base, int s, int e, boolean acronym, boolean first) {
        if (size == starts.length) {
            grow();
        }
        if (folded.length - foldedLength < 2 * (e - s) + 8) {
            folded = Arrays.copyOf(folded, Math.max(folded.length * 2, foldedLength + 2 * (e - s) + 8));
        }
        int f = acronym ? ACRONYM | ALL_CAPS | CAPITALISED : 0;
        if (first) {
            f |= SENTENCE_START | BREAK_BEFORE;
        } else {
            f |= gapFlags(cs, base, ends[size - 1], s);
        }
        foldStarts[size] = foldedLength;
        long h = SEED;
        int letters = 0;
        int upper = 0;
        boolean digits = true;
        boolean ascii = true;
        for (int k = s; k < e; k++) {
            char c = cs[k - base];
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    upper++;
                    letters++;
                    digits = false;
                    c = (char) (c + 32);
                } else if (c >= 'a' && c <= 'z') {
                    letters++;
                    digits = false;
                } else if (c < '0' || c > '9') {
                    digits = false;
                    ascii = false;
                    continue; // apostrophe or acronym dot: not part of the folded form
                }
                folded[foldedLength++] = c;
                h = (h ^ c) * PRIME;
                continue;
            }
            digits = false;
            ascii = false;
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
            if (ArabicNormalizer.isArabicLetter(c) || ArabicNormalizer.isMark(c)) {
                f |= ARABIC;
                char n = ArabicNormalizer.normalize(c);
                if (n != 0) {
                    folded[foldedLength++] = n;
                    h = (h ^ n) * PRIME;
                }
                continue;
            }
            for (char b : foldLatin(c)) {
                folded[foldedLength++] = b;
                h = (h ^ b) * PRIME;
            }
        }
        char c0 = cs[s - base];
        boolean firstUpper = Character.isUpperCase(c0);
        if (firstUpper) {
            f |= CAPITALISED;
        } else if (Character.isLowerCase(c0)) {
            f |= LOWER;
        }
        f |= caseFlags(letters, upper, firstUpper);
        if (digits) {
            f |= DIGITS;
        }
        if (ascii) {
            f |= ASCII_WORD;
        }
        starts[size] = s;
        ends[size] = e;
        flags[size] = f;
        keys[size] = h;
        size++;
        foldStarts[size] = foldedLength;
    }

    /**
     * {@link #HYPHEN_BEFORE}, {@link #BREAK_BEFORE} and {@link #CLOSE_BEFORE} of the gap {@code [from, to)} between
     * two tokens; most gaps are one space.
     */
    private static int gapFlags(char[] cs, int base, int from, int to) {
        if (to - from == 1) {
            char c = cs[from - base];
            if (c == ' ') {
                return CLOSE_BEFORE;
            }
            if (isHyphen(c)) {
                return HYPHEN_BEFORE | CLOSE_BEFORE;
            }
        }
        boolean close = to - from <= 2;
        for (int k = from; k < to; k++) {
            char c = cs[k - base];
            if (c == '\t' || c == '\n') {
                close = false;
            } else if (!(c == ' ' || c == '\u00A0' || isHyphen(c))) {
                return BREAK_BEFORE;
            }
        }
        return close ? CLOSE_BEFORE : 0;
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    /** A non-ASCII, non-Arabic character folded: lower case without its accents (usually one char, none for marks). */
    private static char[] foldLatin(char c) {
        if (Character.getType(c) == Character.NON_SPACING_MARK || isApostrophe(c)) {
            return NONE;
        }
        char l = Character.toLowerCase(c);
        if (l < 0x80) {
            return new char[] {l};
        }
        String d = Normalizer.normalize(String.valueOf(l), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            if (Character.getType(d.charAt(i)) != Character.NON_SPACING_MARK) {
                b.append(d.charAt(i));
            }
        }
        return b.toString().toCharArray();
    }

    private static final char[] NONE = new char[0];

    /** The 64-bit key of a folded word, as {@link #key} gives for a token whose folded form it is. */
    public static long keyOf(CharSequence foldedWord) {
        long h = SEED;
        for (int i = 0; i < foldedWord.length(); i++) {
            h = (h ^ foldedWord.charAt(i)) * PRIME;
        }
        return h;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int start(int i) {
        return starts[i];
    }

    public int end(int i) {
        return ends[i];
    }

    public int flags(int i) {
        return flags[i];
    }

    public boolean is(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** The hash of the folded form; equal folded forms have equal keys. */
    public long key(int i) {
        return keys[i];
    }

    /** The token as written. */
    public String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The folded form (a new string; {@link #key} and {@link #foldedEquals} need none). */
    public String folded(int i) {
        return new String(folded, foldStarts[i], foldStarts[i + 1] - foldStarts[i]);
    }

    /**
     * {@link #foldedEquals(int, CharSequence)} for a string: its {@code charAt} is bound statically, so the one-tier
     * compiler inlines it (through the interface it is a call per char).
     */
    public boolean foldedEquals(int i, String s) {
        int from = foldStarts[i];
        int n = foldStarts[i + 1] - from;
        if (n != s.length()) {
            return false;
        }
        char[] f = folded;
        for (int k = 0; k < n; k++) {
            if (f[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** True when token {@code i}'s folded form is {@code s}, without building a string. */
    public boolean foldedEquals(int i, CharSequence s) {
        int from = foldStarts[i];
        int n = foldStarts[i + 1] - from;
        if (n != s.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (folded[from + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Number of sentences, or -1 when built without them. */
    public int sentences() {
        return sentenceFirst == null ? -1 : sentenceFirst.length - 1;
    }

    /** Tokens {@code [firstToken(s), firstToken(s + 1))} are sentence {@code s}'s. */
    public int firstToken(int sentence) {
        return sentenceFirst[sentence];
    }

    /** The sentence of token {@code i} (binary search), or 0 when built without sentences. */
    public int sentenceOf(int i) {
        if (sentenceFirst == null) {
            return 0;
        }
        int lo = 0;
        int hi = sentenceFirst.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (sentenceFirst[mid] <= i) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The first token that ends after {@code offset}, or {@link #size} if none (binary search). */
    public int tokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
