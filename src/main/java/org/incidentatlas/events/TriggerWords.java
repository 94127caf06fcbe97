package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.text.TokenArray;
import org.incidentatlas.text.WordTable;

/**
 * The trigger and cue matcher: in one pass over a sentence's tokens, which rows of {@code triggers.tsv} (bit i for
 * row i) and whether the deployment cue (bit {@value #CUE}) can start at each token, so that their patterns run only
 * there. Two filters, both derived from the patterns themselves with {@link Matcher#hitEnd()} (a probe is kept when
 * the pattern matches it or runs out of input in it, so they over-approximate and never drop a match):
 * <ol>
 * <li>the token's first {@value #GATE_LEN} chars (ASCII-folded, read on into the next token for shorter words),
 * looked up in one table of prefixes;</li>
 * <li>the whole token, probed once per distinct word: plain tokens (ASCII letters and digits only, whose folded form
 * is their lower case) by their folded 64-bit {@link TokenArray#key} in a per-thread table, other tokens by their
 * chars as written ({@link WordCache}).</li>
 * </ol>
 * A row is covered when it is case-insensitive, begins with {@code \b} and cannot start at a char that is not an
 * ASCII letter. A row with a case-sensitive part ({@code (?-i:...)}, a capitalised nationality) is covered through
 * its case-insensitive form, which matches wherever the row does, unless that part sits inside a negative
 * look-around; a row that fails these checks is tried everywhere ({@link #GATED} lacks its bit). Matches are looked
 * for at token starts only (a token is a word, see {@link TokenArray}).
 */
final class TriggerWords {
    /** The bit of the deployment presence cue ({@link DeploymentExtraction}). */
    static final int CUE = 31;
    static final int CUE_BIT = 1 << CUE;
    static final int GATE_LEN = 3;
    private static final int CI = Pattern.CASE_INSENSITIVE;
    /** The pattern each bit's prefix gate was built from (a row's, or its case-insensitive form); null for no row. */
    private static final Pattern[] PROBES = new Pattern[32];
    /** The pattern each bit's word probe asks: the row itself (case-sensitive parts and all), or the cue. */
    private static final Pattern[] WORD_PROBES = new Pattern[32];
    /** Bits of the rows (and the cue) the gate covers; the others must be tried at every position. */
    static final int GATED;
    /** For each row the gate does not cover, a {@link PatternGate} that finds its matches anywhere; null for the others. */
    private static final PatternGate[] UNGATED_ROWS = new PatternGate[EventTyping.triggers().size()];
    /** The rows that have an {@link #ungated} gate, in order (none of the shipped rows); not to be written. */
    static final int[] UNGATED_INDEXES;
    private static final int[] GATE_KEYS;
    private static final int[] GATE_MASKS;
    /**
     * Per three lower-case ASCII letters (index {@code 676 a + 26 b + c}), a bit set when a gated row or the cue that
     * can start at a lower-case letter has them in its gate: a word that begins with three unset letters gets mask 0
     * (its probe is limited to its prefix's gate and to the rows that match or run out of input on its first letter
     * alone), so most lower-case words ("the", "said", "government") need no look at the word table.
     */
    private static final long[] LOWER_STARTS = new long[(26 * 26 * 26 + 63) / 64];

    static {
        List<EventTyping.Trigger> rows = EventTyping.triggers();
        int gated = 0;
        // Bits 0-30 are rows, bit 31 the cue: rows past the 31st are not gated.
        for (int i = 0; i < Math.min(CUE, rows.size()); i++) {
            Pattern p = caseInsensitiveForm(rows.get(i).pattern());
            if (p != null && gateable(p) && !rows.get(i).pattern().pattern().contains("(?<=")) {
                PROBES[i] = p;
                WORD_PROBES[i] = rows.get(i).pattern();
                gated |= 1 << i;
            }
        }
        // The cue's leading "(?i)" as a flag: the same pattern.
        String cueSource = DeploymentExtraction.DEPLOYMENT_CUE.pattern();
        Pattern cue = Pattern.compile(cueSource.startsWith("(?i)") ? cueSource.substring(4) : cueSource,
                DeploymentExtraction.DEPLOYMENT_CUE.flags() | (cueSource.startsWith("(?i)") ? CI : 0));
        if (gateable(cue)) {
            PROBES[CUE] = cue;
            WORD_PROBES[CUE] = cue;
            gated |= CUE_BIT;
        }
        GATED = gated;
        for (int i = 0; i < rows.size(); i++) {
            if (i >= CUE || (gated & 1 << i) == 0) {
                UNGATED_ROWS[i] = new PatternGate(rows.get(i).pattern());
            }
        }
        UNGATED_INDEXES = java.util.stream.IntStream.range(0, rows.size()).filter(i -> UNGATED_ROWS[i] != null).toArray();
        Map<Integer, Integer> gate = new HashMap<>();
        // One matcher per bit for the table's probes (reset for each prefix instead of made).
        Matcher[] matchers = new Matcher[32];
        List<String> level = List.of("");
        for (int len = 1; len <= GATE_LEN; len++) {
            List<String> nextLevel = new ArrayList<>();
            for (String prefix : level) {
                int parent = prefix.isEmpty() ? gated : gate.get(key(prefix, 0, prefix.length()));
                for (char c = 0; c < 128; c++) {
                    if (c >= 'A' && c <= 'Z') {
                        continue;
                    }
                    String s = prefix + c;
                    int mask = probeMask(PROBES, matchers, s, parent);
                    if (mask != 0) {
                        gate.put(key(s, 0, s.length()), mask);
                        nextLevel.add(s);
                    }
                }
            }
            level = nextLevel;
        }
        int cap = Integer.highestOneBit(Math.max(16, gate.size() * 4)) * 2;
        GATE_KEYS = new int[cap];
        GATE_MASKS = new int[cap];
        Arrays.fill(GATE_KEYS, -1);
        for (Map.Entry<Integer, Integer> e : gate.entrySet()) {
            int i = gateSlot(e.getKey(), cap - 1);
            while (GATE_KEYS[i] != -1) {
                i = (i + 1) & (cap - 1);
            }
            GATE_KEYS[i] = e.getKey();
            GATE_MASKS[i] = e.getValue();
        }
        int lowerRows = 0;
        for (int i = 0; i < 32; i++) {
            if (WORD_PROBES[i] != null) {
                for (char c = 'a'; c <= 'z' && (lowerRows & 1 << i) == 0; c++) {
                    Matcher m = WORD_PROBES[i].matcher(String.valueOf(c));
                    if (m.lookingAt() || m.hitEnd()) {
                        lowerRows |= 1 << i;
                    }
                }
            }
        }
        for (int k = 0; k < 26 * 26 * 26; k++) {
            String prefix = "" + (char) ('a' + k / 676) + (char) ('a' + k / 26 % 26) + (char) ('a' + k % 26);
            if ((gate(key(prefix, 0, GATE_LEN)) & lowerRows) != 0) {
                LOWER_STARTS[k >>> 6] |= 1L << k;
            }
        }
    }

    /**
     * False when the word at {@code i} (at least {@value #GATE_LEN} chars) begins with three lower-case ASCII letters
     * that no row or cue starting at a lower-case letter can begin with ({@link #LOWER_STARTS}): its mask is 0.
     */
    private static boolean lowerMayStart(String text, int i) {
        int a = text.charAt(i) - 'a';
        int b = text.charAt(i + 1) - 'a';
        int c = text.charAt(i + 2) - 'a';
        if ((a | b | c) < 0 || a >= 26 || b >= 26 || c >= 26) {
            return true;
        }
        int k = a * 676 + b * 26 + c;
        return (LOWER_STARTS[k >>> 6] & 1L << k) != 0;
    }

    private TriggerWords() {
    }

    /** Row {@code i}'s gate when {@link #GATED} does not cover it (it is then looked for everywhere), else null. */
    static PatternGate ungated(int i) {
        return UNGATED_ROWS[i];
    }

    /** The bits of {@code candidates} whose probe pattern matches {@code s} or runs out of input in it. */
    private static int probeMask(Pattern[] probes, String s, int candidates) {
        return probeMask(probes, null, s, candidates);
    }

    /**
     * As {@link #probeMask(Pattern[], String, int)}, reusing {@code matchers[i]} for bit i where not null (it must be
     * {@code probes[i]}'s; made on first use there when {@code matchers} is not null).
     */
    private static int probeMask(Pattern[] probes, Matcher[] matchers, String s, int candidates) {
        int mask = 0;
        for (int i = 0; i < 32; i++) {
            if ((candidates & 1 << i) != 0) {
                Matcher m;
                if (matchers == null) {
                    m = probes[i].matcher(s);
                } else if (matchers[i] == null) {
                    m = matchers[i] = probes[i].matcher(s);
                } else {
                    m = matchers[i].reset(s);
                }
                if (m.lookingAt() || m.hitEnd()) {
                    mask |= 1 << i;
                }
            }
        }
        return mask;
    }

    /**
     * {@code p}, or for a pattern with case-sensitive parts its case-insensitive form (a superset), or null when a
     * case-sensitive part is inside a negative look-around (where dropping the case would reject more).
     */
    static Pattern caseInsensitiveForm(Pattern p) {
        String src = p.pattern();
        if (!src.contains("(?-i")) {
            return p;
        }
        // Each open group's kind, to know whether a "(?-i:" sits inside "(?!" or "(?<!".
        List<Boolean> negative = new ArrayList<>();
        boolean inClass = false;
        for (int i = 0; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                if (src.startsWith("(?-i", i) && negative.contains(Boolean.TRUE)) {
                    return null;
                }
                negative.add(src.startsWith("(?!", i) || src.startsWith("(?<!", i));
            } else if (c == ')' && !negative.isEmpty()) {
                negative.remove(negative.size() - 1);
            }
        }
        if (src.replace("(?-i:", "").contains("(?-i")) {
            // "(?-i)" switching the rest off, or "(?-ix:": not a form this rewrite knows.
            return null;
        }
        return Pattern.compile(src.replace("(?-i:", "(?:"), p.flags() | CI);
    }

    /**
     * Case-insensitive, {@code \b} first, and no match can start at a char that is not an ASCII letter (nor right
     * after a letter at such a char): the conditions under which the prefix and word probes are sound.
     */
    private static boolean gateable(Pattern p) {
        String src = p.pattern();
        if ((p.flags() & CI) == 0 || !src.startsWith("\\b(?:") || src.contains("(?-i")) {
            return false;
        }
        for (char c = 0; c < 256; c++) {
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                Matcher m = p.matcher(String.valueOf(c));
                Matcher after = p.matcher("a" + c).region(1, 2).useTransparentBounds(true);
                if (m.lookingAt() || m.hitEnd() || after.lookingAt() || after.hitEnd()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The folded prefix {@code text[at, at+len)} as a key, or -1 if a char in it is not ASCII. */
    static int key(CharSequence text, int at, int len) {
        int k = len;
        for (int i = at; i < at + len; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return -1;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + 32);
            }
            k = k << 7 | c;
        }
        return k;
    }

    private static int gateSlot(int key, int mask) {
        int h = key * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /** The bits whose match can begin with the prefix {@code key}, or 0. */
    static int gate(int key) {
        if (key < 0) {
            return 0;
        }
        int mask = GATE_KEYS.length - 1;
        for (int i = gateSlot(key, mask); ; i = (i + 1) & mask) {
            int k = GATE_KEYS[i];
            if (k == key) {
                return GATE_MASKS[i];
            }
            if (k == -1) {
                return 0;
            }
        }
    }

    /** The gate of the prefix of up to {@value #GATE_LEN} chars at {@code i}, read no further than {@code to}. */
    private static int prefixGate(String text, int i, int to) {
        int len = Math.min(GATE_LEN, to - i);
        int k = key(text, i, len);
        while (k < 0 && len > 1) {
            // A non-ASCII char: a shorter prefix over-approximates.
            len--;
            k = key(text, i, len);
        }
        return gate(k);
    }

    /**
     * The bits a match starting at the first char of {@code word} can have: those that match the word alone or run
     * out of input in it, among those its own prefix allows. A match in context that starts at the word either ends
     * inside it, where the word alone gives the same result, or reads past its end, which on the word alone hits the
     * end: so the mask over-approximates and drops no match. Asked of each row itself, so a case-sensitive part
     * counts ("Israeli" may start the nationality row, "israeli" may not). Unsound for a positive look-behind at a
     * row's start: such rows are not gated.
     */
    static int probe(String word) {
        return probeMask(WORD_PROBES, word, prefixGate(word, 0, word.length()));
    }

    /**
     * Per thread: the probe of plain words (ASCII letters and digits, in lower case, capitalised or all capitals: the
     * folded form and that case give the word as written) by folded key and case, and of the others as written.
     */
    private static final class Words {
        private static final int CAPACITY = 1 << 16;
        private static final int LIMIT = CAPACITY / 4 * 3;
        /** Key, value pairs side by side (one cache line per probe); key 0 marks a free slot. */
        private final long[] table = new long[2 * CAPACITY];
        private int size;
        private final WordCache written = new WordCache(TriggerWords::probe);

        /**
         * The probe of the word {@code text[from, to)} (token {@code t}); with {@code spaceAfter} (the sentence goes on
         * with one space after it) limited to the bits that can start there before a space ({@link #beforeSpace}).
         */
        int get(String text, TokenArray tokens, WordTable shared, int t, int from, int to, boolean spaceAfter) {
            // The token's case from its flags (the tokenisation counted its letters): plain, and in lower case,
            // all capitals or capitalised, its folded key and that case give the word as written.
            int f = tokens.flags(t);
            long caseOf;
            if ((f & TokenArray.ASCII_WORD) == 0 || from != tokens.start(t) || to != tokens.end(t)) {
                return written.get(text, from, to);
            } else if ((f & TokenArray.NO_UPPER) != 0) {
                caseOf = 0;
            } else if ((f & TokenArray.ALL_UPPER) != 0) {
                caseOf = 2;
            } else if ((f & TokenArray.FIRST_UPPER_ONLY) != 0) {
                caseOf = 1;
            } else {
                return written.get(text, from, to);
            }
            int wordSlot;
            if (shared != null && (wordSlot = tokens.wordSlot(t)) >= 0) {
                return fromTable(shared, wordSlot, (int) caseOf, spaceAfter, text, from, to);
            }
            long key = tokens.key(t) * 3 + caseOf;
            if (key == 0) {
                return written.get(text, from, to); // 0 marks a free slot
            }
            int h = (int) (key ^ key >>> 32);
            h ^= h >>> 16;
            int slot = h & (CAPACITY - 1);
            long k;
            while ((k = table[2 * slot]) != 0) {
                if (k == key) {
                    return (int) table[2 * slot + 1];
                }
                slot = (slot + 1) & (CAPACITY - 1);
            }
            int value = probe(text.substring(from, to));
            if (size == LIMIT) {
                Arrays.fill(table, 0);
                size = 0;
                slot = h & (CAPACITY - 1);
            }
            table[2 * slot] = key;
            table[2 * slot + 1] = value;
            size++;
            return value;
        }
    }

    private static final ThreadLocal<Words> WORDS = ThreadLocal.withInitial(Words::new);

    /** In {@link WordTable#TRIGGER_CAPS}: which of the three masks (lower case, capitalised, capitals) are filled. */
    private static final long FILLED = 1L << 32;
    /** In {@link WordTable#TRIGGER_CAPS}: whether the word's {@link #beforeSpace} mask is filled (then at bit {@value #SPACE_SHIFT} on). */
    private static final long SPACE_FILLED = 1L << 35;
    private static final int SPACE_SHIFT = 36;
    /**
     * The bits of a mask kept in the 28 bits from {@link #SPACE_SHIFT} on: rows 0 to 26 as they are, the cue's bit
     * 31 at bit 27. Bits 27 to 30 (rows past the 27th, if any) are not kept and read as set.
     */
    private static final int KEPT_ROWS = (1 << 27) - 1;

    /** {@code mask} in the 28 bits kept for it. */
    private static long pack(int mask) {
        return (mask & KEPT_ROWS | (mask >>> CUE) << 27) & 0xFFFFFFFL;
    }

    /** A mask {@link #pack}ed: what was not kept reads as set, so it over-approximates. */
    private static int unpack(long packed) {
        int p = (int) packed;
        return p & KEPT_ROWS | ~KEPT_ROWS & ~CUE_BIT | (p >>> 27 & 1) << CUE;
    }

    /**
     * The probe of a plain word in case {@code caseOf} (0 lower case, 1 capitalised, 2 capitals) from its cells in the
     * thread's word table ({@link WordTable#TRIGGER}: lower case and capitalised masks; {@link WordTable#TRIGGER_CAPS}:
     * the capitals' mask, the {@link #FILLED} bits and the word's {@link #beforeSpace} mask), probed and filled on first
     * sight; with {@code spaceAfter}, limited to the bits that can start before a space.
     */
    private static int fromTable(WordTable table, int slot, int caseOf, boolean spaceAfter, String text, int from, int to) {
        long caps = table.cell(slot, WordTable.TRIGGER_CAPS);
        int value;
        if ((caps & FILLED << caseOf) != 0) {
            value = caseOf == 2 ? (int) caps : (int) (table.cell(slot, WordTable.TRIGGER) >>> (caseOf << 5));
        } else {
            value = probe(text.substring(from, to));
            caps = (caseOf == 2 ? caps & ~0xFFFFFFFFL | value & 0xFFFFFFFFL : caps) | FILLED << caseOf;
            table.setCell(slot, WordTable.TRIGGER_CAPS, caps);
            if (caseOf != 2) {
                long both = table.cell(slot, WordTable.TRIGGER);
                int shift = caseOf << 5;
                both = both & ~(0xFFFFFFFFL << shift) | (value & 0xFFFFFFFFL) << shift;
                table.setCell(slot, WordTable.TRIGGER, both);
            }
        }
        if (!spaceAfter || value == 0) {
            return value;
        }
        if ((caps & SPACE_FILLED) == 0) {
            caps |= SPACE_FILLED | pack(beforeSpace(text.substring(from, to))) << SPACE_SHIFT;
            table.setCell(slot, WordTable.TRIGGER_CAPS, caps);
        }
        return value & unpack(caps >>> SPACE_SHIFT);
    }

    /**
     * The bits whose prefix-gate pattern ({@link #PROBES}: the row's case-insensitive form, or the cue) matches or runs
     * out of input in {@code word} (ASCII letters and digits) followed by one space, asked in lower case: those patterns
     * have no case-sensitive part, so the word's capitalised and all-capital forms get the same answer (held by
     * TriggerWordsTest), and one mask serves all three. A match in context that starts at the word and has one space
     * after it either ends before the space or reads it, and then either decides there or reads on, which on the probe
     * hits the end: so a row that matches there has its bit, and so does the row itself (its case-insensitive form
     * matches wherever it does). Most words that run out of input alone ("she" for "shelling", "Monday" for the
     * nationality row) are decided by the space.
     */
    static int beforeSpace(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return probeMask(PROBES, lower + " ", prefixGate(lower, 0, lower.length()));
    }

    /** {@link #beforeSpace} of {@code word} as written, not lower-cased: for the test that the case makes no difference. */
    static int beforeSpaceAsWritten(String word) {
        return probeMask(PROBES, word + " ", prefixGate(word, 0, word.length()));
    }

    /**
     * Where rows and the cue can start in one sentence {@code text[from, to)}: positions {@code at[0..n)} with their row
     * masks (cue bit cleared), {@code any} their union, and the cue's candidate starts {@code cueAt[0..cues)}.
     */
    static final class Scan {
        // Made on the first start (many sentences have none): only [0, n) and [0, cues) are read.
        int[] at = NONE;
        int[] masks = NONE;
        int n;
        int any;
        int[] cueAt = NONE;
        int cues;
        /** The tokens the scan was made over, {@code [firstToken, endToken)} the sentence's; null for {@link #chars}. */
        TokenArray tokens;
        int firstToken;
        int endToken;

        /** Empties it for the next sentence, keeping its arrays (grown to the longest sentence's starts). */
        void clear() {
            n = 0;
            any = 0;
            cues = 0;
        }

        private void add(int i, int m) {
            int rows = m & ~CUE_BIT;
            if (rows != 0) {
                if (n == at.length) {
                    at = Arrays.copyOf(at, Math.max(8, n * 2));
                    masks = Arrays.copyOf(masks, Math.max(8, n * 2));
                }
                at[n] = i;
                masks[n++] = rows;
                any |= rows;
            }
            if ((m & CUE_BIT) != 0) {
                if (cues == cueAt.length) {
                    cueAt = Arrays.copyOf(cueAt, Math.max(4, cues * 2));
                }
                cueAt[cues++] = i;
            }
        }
    }

    /** What {@code \b} counts as a word char. */
    private static boolean isWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The starts of the tokens {@code [first, end)} of {@code text[from, to)}, each with its prefix and word masks. */
    static Scan tokens(String text, TokenArray tokens, int first, int end, int from, int to) {
        return tokens(text, tokens, first, end, from, to, new Scan());
    }

    /**
     * As {@link #tokens(String, TokenArray, int, int, int, int)} into {@code s}, {@link Scan#clear cleared} first: one
     * scan for all sentences of an article, whose arrays stop growing after its first long sentences.
     */
    static Scan tokens(String text, TokenArray tokens, int first, int end, int from, int to, Scan s) {
        s.clear();
        s.tokens = tokens;
        s.firstToken = first;
        s.endToken = end;
        Words words = WORDS.get();
        WordTable table = tokens.words();
        for (int t = first; t < end; t++) {
            int i = tokens.start(t);
            char c = text.charAt(i);
            if (!isAsciiLetter(c) || i > from && isWord(text.charAt(i - 1))) {
                // "\b" then an ASCII letter: no covered row starts elsewhere.
                continue;
            }
            int e = Math.min(tokens.end(t), to);
            // One space after the word, inside the sentence: most words that may start a row alone cannot before it.
            boolean spaceAfter = e < to && text.charAt(e) == ' ';
            int m;
            if (e - i >= GATE_LEN) {
                if (!lowerMayStart(text, i)) {
                    continue;
                }
                // The word's probe is already limited to the gate of its first GATE_LEN chars, the prefix here.
                m = words.get(text, tokens, table, t, i, e, spaceAfter);
            } else {
                m = prefixGate(text, i, to);
                if (m == 0) {
                    continue;
                }
                if (e > i) {
                    m &= words.get(text, tokens, table, t, i, e, spaceAfter);
                }
            }
            if (m != 0) {
                s.add(i, m);
            }
        }
        return s;
    }

    /** Every word start of {@code text[from, to)}, char by char, with its prefix mask only: the reference scan. */
    static Scan chars(String text, int from, int to) {
        Scan s = new Scan();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c) || i > from && isWord(text.charAt(i - 1))) {
                continue;
            }
            int m = prefixGate(text, i, to);
            if (m != 0) {
                s.add(i, m);
            }
        }
        return s;
    }

    /**
     * The matches of {@code pattern} over {@code text[from, to)} that start at one of {@code starts[0..n)} (in text
     * order), one after another as {@link Matcher#find()} gives them: a start inside an earlier match is skipped.
     * Over the sentence alone with transparent bounds, as find() over the region with opaque bounds sees it. As start,
     * end pairs in text offsets.
     */
    static int[] confirm(Pattern pattern, String text, int from, int to, int[] starts, int n) {
        if (n == 0) {
            return NONE;
        }
        String part = text.substring(from, to);
        Matcher m = pattern.matcher(part).useTransparentBounds(true).useAnchoringBounds(false);
        int[] out = NONE;
        int k = 0;
        int resume = from;
        for (int j = 0; j < n; j++) {
            int at = starts[j];
            if (at < resume) {
                continue;
            }
            m.region(at - from, part.length());
            if (m.lookingAt()) {
                if (k == out.length) {
                    out = Arrays.copyOf(out, Math.max(4, k * 2));
                }
                out[k++] = m.start() + from;
                out[k++] = m.end() + from;
                resume = Math.max(at + 1, m.end() + from);
            }
        }
        return k == out.length ? out : Arrays.copyOf(out, k);
    }

    private static final int[] NONE = new int[0];
}
