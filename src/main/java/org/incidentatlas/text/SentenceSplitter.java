package org.incidentatlas.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;

/**
 * Splits decoded news text into sentences with their spans. Rules, in order of precedence:
 * <ul>
 * <li>a blank line always ends a sentence; a single line break ends one too (headlines, bylines, captions and
 *     navigation lines carry no final period), unless the whole text is hard-wrapped prose, where a line break
 *     after a full-width line is just a wrap;</li>
 * <li>{@code . ! ? …} end a sentence only before white space; closing quotes, brackets and footnote markers
 *     ({@code .”}, {@code .)}, {@code .[4]}) stay with the sentence they close;</li>
 * <li>a lowercase next word never starts a sentence ("a.m. on", "U.S. forces", "“Why?” he asked");</li>
 * <li>titles (Mr., Gen., Lt., St.) and initials (J. Smith) never end one; month and number abbreviations do not
 *     before a digit (Feb. 16, No. 4); dotted acronyms and company suffixes (U.S., I.R.G.C., Inc.) end one only
 *     when a typical sentence opener follows ("the U.S. The").</li>
 * </ul>
 * Spans exclude surrounding white space. Sentences are returned not boilerplate; see {@link BoilerplateMarker}.
 */
public final class SentenceSplitter {
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "gens", "lt", "col", "maj", "capt", "cpt", "sgt",
            "cpl", "pvt", "adm", "cmdr", "cmdt", "brig", "gov", "sen", "rep", "reps", "rev", "fr", "st", "ste",
            "mt", "ft", "hon", "pres", "sens", "govs", "const", "amb", "insp", "supt", "det", "lt.-gen", "maj.-gen", "brig.-gen", "sheikh",
            "sh", "hh", "hrh", "rt", "mme", "mlle", "mssrs", "cdr", "sgt.-maj", "vs", "v", "cf", "viz", "ca",
            "approx", "al", "pp", "p", "fig", "figs", "vol", "vols");
    private static final Set<String> BEFORE_NUMBER = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "nr", "tel", "ph", "km", "mi", "pt", "pts", "ch", "art", "sec", "para", "p", "pp");
    private static final Set<String> WEAK = Set.of(
            "inc", "corp", "ltd", "co", "jr", "sr", "etc", "bros", "est", "dept", "univ", "govt", "intl", "plc",
            "llc", "gmbh", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
            // AP-style US state abbreviations, mostly seen in datelines: "OAKLAND, Calif. (AP) —"
            "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "kans", "ky",
            "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn",
            "tex", "vt", "va", "wash", "wis", "wyo");
    private static final Set<String> NEVER_SPLIT_ACRONYMS = Set.of("e.g", "i.e", "a.k.a", "et al", "n.b");
    /** Words that usually open a sentence; after an ambiguous abbreviation they tip the decision to "end". */
    private static final Set<String> OPENERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those",
            "there", "in", "on", "at", "but", "and", "however", "meanwhile", "according", "his", "her", "their",
            "its", "our", "after", "before", "when", "while", "since", "as", "if", "although", "though", "yet",
            "so", "also", "moreover", "furthermore", "earlier", "later", "last", "next", "many", "some", "most",
            "both", "such", "one", "what", "why", "how", "who", "where", "still", "now", "then", "during", "for",
            "with", "from", "despite", "instead", "another", "each", "every", "officials", "residents", "sources",
            "critics", "analysts", "experts", "witnesses", "police", "authorities", "my", "your", "no", "not");

    /** The characters below 64 that {@link #split} stops at, as bits: line break, full stop, "!" and "?". */
    private static final long STOPS = 1L << '\n' | 1L << '.' | 1L << '!' | 1L << '?';

    /** Lines longer than this are paragraphs, not wrapped prose. */
    private static final int MAX_WRAP_WIDTH = 130;

    private SentenceSplitter() {
    }

    public static List<Sentence> split(String text) {
        return split(text, text.toCharArray());
    }

    /** {@link #split(String)} given the text's chars ({@code text.toCharArray()}), which are left alone. */
    static List<Sentence> split(String text, char[] chars) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int softWrapWidth = hardWrapWidth(chars);
        int start = 0;
        int i = 0;
        // chars: the scan below is the hot loop of corpus reading
        while (i < n) {
            char c = chars[i];
            if (c < 64 ? (STOPS >>> c & 1) == 0 : c != '…') { // neither a line break nor a sentence mark
                i++;
                continue;
            }
            if (c == '\n') {
                if (isHardLineBreak(text, i, softWrapWidth)) {
                    emit(text, start, i, out);
                    start = i + 1;
                }
                i++;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int clusterEnd = i;
                while (clusterEnd < n && isTerminal(text.charAt(clusterEnd))) {
                    clusterEnd++;
                }
                int j = skipClosers(text, clusterEnd);
                if (j >= n || Character.isWhitespace(text.charAt(j))) {
                    if (endsSentence(text, chars, i, clusterEnd, j)) {
                        emit(text, start, j, out);
                        start = j;
                    }
                }
                i = Math.max(j, i + 1);
                continue;
            }
            i++;
        }
        emit(text, start, n, out);
        return out;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    /** Closing quotes and brackets and footnote markers like [4] that follow the full stop. */
    private static int skipClosers(String t, int j) {
        int n = t.length();
        while (j < n) {
            char c = t.charAt(j);
            if (c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '»' || c == '›') {
                j++;
            } else if (c == ']') {
                j++;
            } else if (c == '[') {
                int k = j + 1;
                while (k < n && k - j <= 4 && Character.isDigit(t.charAt(k))) {
                    k++;
                }
                if (k > j + 1 && k < n && t.charAt(k) == ']') {
                    j = k + 1;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean endsSentence(String t, char[] chars, int dot, int clusterEnd, int after) {
        int n = t.length();
        int k = after;
        while (k < n && Character.isWhitespace(t.charAt(k))) {
            k++;
        }
        if (k >= n) {
            return true;
        }
        // Skip opening quotes and brackets to reach the next word.
        int w = k;
        while (w < n && "\"'“‘([«".indexOf(t.charAt(w)) >= 0) {
            w++;
        }
        if (w >= n) {
            return true;
        }
        char next = t.charAt(w);
        if (Character.isLowerCase(next)) {
            return false;
        }
        if ((next == '—' || next == '–') && w == k) {
            return false; // a dateline, "HOLLIDAY, Mo. — A man", or a dash continuing the sentence
        }
        if (clusterEnd - dot > 1 || t.charAt(dot) != '.') {
            return true; // "!" or "?", an ellipsis or several marks before a capital
        }
        if (t.charAt(after - 1) != '.' && after > clusterEnd) {
            return true; // "… the end.” The" — a closer after the dot makes it a real end
        }
        return tokenEnds(t, chars, dot, Character.isDigit(next), w);
    }

    /**
     * The rules on the token before the dot: whether it ends a sentence, the next word starting at {@code w}.
     * A token of ASCII chars is read in place (no copy, no lower-cased copy, one table probe instead of four set
     * lookups); any other goes the way of {@link #tokenEndsByString}, which decides the same for ASCII tokens.
     */
    static boolean tokenEnds(String t, char[] chars, int dot, boolean nextIsDigit, int w) {
        int flags = asciiTokenFlags(chars, dot);
        if (flags >= 0) {
            return endsAfterAsciiToken(t, chars, dot, flags, nextIsDigit, w);
        }
        return tokenEndsByString(t, dot, nextIsDigit, w);
    }

    /** {@link #tokenEnds} on a copy of the token, lower-cased with {@link Locale#ROOT}. */
    static boolean tokenEndsByString(String t, int dot, boolean nextIsDigit, int w) {
        String token = tokenBefore(t, dot);
        String lower = token.toLowerCase(Locale.ROOT);
        if (token.isEmpty()) {
            return true;
        }
        if (TITLES.contains(lower)) {
            return false;
        }
        if (token.length() == 1 && Character.isUpperCase(token.charAt(0))) {
            return false; // an initial: "J. Smith"
        }
        if (nextIsDigit && BEFORE_NUMBER.contains(lower)) {
            return false;
        }
        if (isListNumber(t, dot, token)) {
            return false;
        }
        if (NEVER_SPLIT_ACRONYMS.contains(lower)) {
            return false;
        }
        if (lower.indexOf('.') > 0 || WEAK.contains(lower)) {
            return OPENERS.contains(nextWord(t, w).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** {@link #tokenBefore}'s token is in {@link #TITLES}, ... (bits of {@link #asciiTokenFlags}). */
    private static final int TITLE = 1;
    private static final int NUMBER_ABBREVIATION = 2;
    private static final int NEVER_SPLIT = 4;
    private static final int WEAK_ABBREVIATION = 8;
    /** Set when the token's first dot comes after its first char ({@code lower.indexOf('.') > 0}). */
    private static final int INNER_DOT = 16;
    /** Set when the token is one to three digits (what {@link #isListNumber} asks before looking at the line). */
    private static final int SHORT_NUMBER = 32;
    /** Bit 6 onwards: the token's length. */
    private static final int LENGTH_SHIFT = 6;
    /** Tokens of at most this many chars are packed into a long key, six bits a char. */
    private static final int MAX_PACKED = 10;
    /** The abbreviation sets as packed keys ({@link #pack}) with their flags, open addressing. */
    private static final long[] ABBREVIATION_KEYS = new long[512];
    private static final int[] ABBREVIATION_FLAGS = new int[512];

    static {
        addAbbreviations(TITLES, TITLE);
        addAbbreviations(BEFORE_NUMBER, NUMBER_ABBREVIATION);
        addAbbreviations(NEVER_SPLIT_ACRONYMS, NEVER_SPLIT);
        addAbbreviations(WEAK, WEAK_ABBREVIATION);
    }

    private static void addAbbreviations(Set<String> words, int flag) {
        for (String word : words) {
            char[] cs = word.toCharArray();
            long key = pack(cs, 0, cs.length);
            if (key == 0) {
                continue; // a space ("et al"): tokenBefore never returns one, so it can never match
            }
            int slot = slot(key);
            while (ABBREVIATION_KEYS[slot] != 0 && ABBREVIATION_KEYS[slot] != key) {
                slot = (slot + 1) & (ABBREVIATION_KEYS.length - 1);
            }
            ABBREVIATION_KEYS[slot] = key;
            ABBREVIATION_FLAGS[slot] |= flag;
        }
    }

    /**
     * {@code cs[from, to)} lower-cased, six bits a char (a-z, 0-9, '.', '-', each plus one), with a leading 1 bit
     * so that lengths differ; 0 when a char is outside that alphabet or the token is empty or too long.
     */
    private static long pack(char[] cs, int from, int to) {
        if (to <= from || to - from > MAX_PACKED) {
            return 0;
        }
        long key = 1;
        for (int k = from; k < to; k++) {
            char c = cs[k];
            int code;
            if (c >= 'a' && c <= 'z') {
                code = c - 'a' + 1;
            } else if (c >= 'A' && c <= 'Z') {
                code = c - 'A' + 1;
            } else if (c >= '0' && c <= '9') {
                code = c - '0' + 27;
            } else if (c == '.') {
                code = 37;
            } else if (c == '-') {
                code = 38;
            } else {
                return 0;
            }
            key = key << 6 | code;
        }
        return key;
    }

    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 55);
    }

    /**
     * The flags of the token before {@code dot} (as {@link #tokenBefore} takes it) with its length from bit
     * {@link #LENGTH_SHIFT}, read in place; -1 when the token holds a char outside ASCII (whose lower case the
     * string path decides) or when it is empty.
     */
    private static int asciiTokenFlags(char[] cs, int dot) {
        int s = dot;
        while (s > 0) {
            char c = cs[s - 1];
            if (c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                    : Character.isLetterOrDigit(c)) {
                if (c >= 128) {
                    return -1;
                }
                s--;
            } else {
                break;
            }
        }
        int len = dot - s;
        if (len == 0) {
            return -1;
        }
        int flags = len << LENGTH_SHIFT;
        boolean digits = len <= 3;
        for (int k = s; k < dot; k++) {
            char c = cs[k];
            if (c == '.' && k > s && cs[s] != '.') {
                flags |= INNER_DOT; // the first dot after the first char: lower.indexOf('.') > 0
            }
            digits &= c >= '0' && c <= '9';
        }
        if (digits) {
            flags |= SHORT_NUMBER;
        }
        long key = pack(cs, s, dot);
        if (key != 0) {
            for (int slot = slot(key); ABBREVIATION_KEYS[slot] != 0; slot = (slot + 1) & (ABBREVIATION_KEYS.length - 1)) {
                if (ABBREVIATION_KEYS[slot] == key) {
                    flags |= ABBREVIATION_FLAGS[slot];
                    break;
                }
            }
        }
        return flags;
    }

    /** {@link #endsSentence}'s decision on the token before the dot, from its {@link #asciiTokenFlags}. */
    private static boolean endsAfterAsciiToken(String t, char[] cs, int dot, int flags, boolean nextIsDigit, int w) {
        int len = flags >>> LENGTH_SHIFT;
        if ((flags & TITLE) != 0) {
            return false;
        }
        char first = cs[dot - len];
        if (len == 1 && first >= 'A' && first <= 'Z') {
            return false; // an initial: "J. Smith"
        }
        if (nextIsDigit && (flags & NUMBER_ABBREVIATION) != 0) {
            return false;
        }
        if ((flags & SHORT_NUMBER) != 0 && isListNumber(t, dot, t.substring(dot - len, dot))) {
            return false;
        }
        if ((flags & NEVER_SPLIT) != 0) {
            return false;
        }
        if ((flags & (INNER_DOT | WEAK_ABBREVIATION)) != 0) {
            return OPENERS.contains(nextWord(t, w).toLowerCase(Locale.ROOT));
        }
        return true;
    }

    /** The word before the dot, back to white space or an opening bracket/quote; keeps inner dots (U.S). */
    private static String tokenBefore(String t, int dot) {
        int s = dot;
        while (s > 0) {
            char c = t.charAt(s - 1);
            if (Character.isLetterOrDigit(c) || c == '.' || c == '-') {
                s--;
            } else {
                break;
            }
        }
        return t.substring(s, dot);
    }

    private static String nextWord(String t, int w) {
        int e = w;
        while (e < t.length() && Character.isLetter(t.charAt(e))) {
            e++;
        }
        return t.substring(w, e);
    }

    /** "1. Introduction" at the start of a line is a list number, not a sentence. */
    private static boolean isListNumber(String t, int dot, String token) {
        if (token.isEmpty() || token.length() > 3 || !token.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int s = dot - token.length();
        while (s > 0 && (t.charAt(s - 1) == ' ' || t.charAt(s - 1) == '\t')) {
            s--;
        }
        return s == 0 || t.charAt(s - 1) == '\n';
    }

    private static boolean isHardLineBreak(String t, int nl, int softWrapWidth) {
        if (softWrapWidth <= 0) {
            return true;
        }
        int lineStart = t.lastIndexOf('\n', nl - 1) + 1;
        int len = t.substring(lineStart, nl).strip().length();
        int next = nl + 1;
        while (next < t.length() && (t.charAt(next) == ' ' || t.charAt(next) == '\t')) {
            next++;
        }
        if (next >= t.length() || t.charAt(next) == '\n') {
            return true; // blank line
        }
        char c = t.charAt(next);
        if (c == '-' || c == '*' || c == '•' || c == '#' || c == '>') {
            return true;
        }
        return len < softWrapWidth * 6 / 10;
    }

    /**
     * The wrap width if the text looks hard-wrapped, else 0. Hard-wrapped text has no long lines, and a good
     * share of its line breaks follow a line of some length that does not end a sentence. Indentation is not
     * counted in a line's length.
     */
    static int hardWrapWidth(String t) {
        return hardWrapWidth(t.toCharArray());
    }

    /** {@link #hardWrapWidth(String)} of the text whose chars are {@code t}, read in place. */
    private static int hardWrapWidth(char[] t) {
        int n = t.length;
        int[] lengths = new int[16];
        int lines = 0;
        int breaks = 0;
        int wrapLike = 0;
        int lineStart = 0;
        for (int i = indexOfBreak(t, 0); ; i = indexOfBreak(t, i + 1)) {
            int lineEnd = i < 0 ? n : i;
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(t[s])) {
                s++;
            }
            while (e > s && Character.isWhitespace(t[e - 1])) {
                e--;
            }
            if (e > s) {
                int len = e - s;
                if (lines == lengths.length) {
                    lengths = java.util.Arrays.copyOf(lengths, lines * 2);
                }
                lengths[lines++] = len;
                int next = lineEnd + 1;
                while (next < n && (t[next] == ' ' || t[next] == '\t')) {
                    next++;
                }
                if (i >= 0 && next < n && t[next] != '\n') {
                    breaks++;
                    if (len >= 40 && ".!?:\"”".indexOf(t[e - 1]) < 0) {
                        wrapLike++;
                    }
                }
            }
            if (i < 0) {
                break;
            }
            lineStart = i + 1;
        }
        if (lines < 4 || wrapLike < 3 || wrapLike * 3 < breaks) {
            return 0;
        }
        int[] sorted = java.util.Arrays.stream(lengths, 0, lines).filter(l -> l <= MAX_WRAP_WIDTH).sorted().toArray();
        if ((lines - sorted.length) * 10 > lines) {
            return 0;
        }
        return sorted[sorted.length * 9 / 10];
    }

    /** The index of the first line break at or after {@code from}, or -1. */
    private static int indexOfBreak(char[] t, int from) {
        for (int i = from; i < t.length; i++) {
            if (t[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static void emit(String t, int start, int end, List<Sentence> out) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(t.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        if (s < e) {
            out.add(new Sentence(out.size(), new TextSpan(s, e), false));
        }
    }
}
