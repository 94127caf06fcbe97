package org.incidentatlas.events;

import java.util.Arrays;
import java.util.Locale;
import org.incidentatlas.text.TokenArray;
import org.incidentatlas.text.WordTable;

/**
 * One pass over a text that says where a date expression can open: at each word start it looks the word up (lower
 * case, no copy) in the table of {@code date-words.tsv} and reports the kinds of expression that word can open;
 * a number opens calendar and relative expressions. {@link DateResolver} then tries its grammar only there, instead
 * of trying each pattern at every character. Pure and thread-safe.
 *
 * <p>A date expression always opens at a word start (its first char an ASCII letter or digit, the char before neither
 * a letter nor an ASCII digit): the grammar's patterns open with {@code \b} or a look-behind that rules those out.
 * The scanner reports every such word its table lists, so it finds every place the grammar could match.
 */
final class DateScanner {
    static final int RANGE = 1;
    static final int SINCE = 1 << 1;
    static final int UNANCHORED = 1 << 2;
    static final int CAL = 1 << 3;
    static final int RELATIVE = 1 << 4;
    static final int WEEKDAY = 1 << 5;

    private static final String RESOURCE = "date-words.tsv";
    /** Longest word of the table; longer words are not looked up. */
    private static final int MAX_WORD = 12;
    /**
     * Slots of the word table: a power of two, far more than the words, so that a word not in it (most words of a
     * text) mostly meets an empty slot at once.
     */
    private static final int TABLE_SIZE = 2048;
    /** Open-addressing table of the words (lower case) and their kinds; power-of-two size. */
    private static final String[] WORDS;
    private static final int[] KINDS;
    /** Per table slot, the words that must come next (after white space only), or null when any may. */
    private static final String[][] NEXT;
    /** Per table slot and {@link #NEXT} word, the kinds the slot's word opens before that word. */
    private static final int[][] NEXT_KINDS;
    /** Per table slot, the {@link #hash}es of {@link #NEXT}'s words. */
    private static final int[][] NEXT_HASHES;
    /** Per table slot, the word's {@link #hash}. */
    private static final int[] HASHES;
    /** Per table slot, the word's length (0 for an empty slot): read per token, without reaching the word's string. */
    private static final int[] LENGTHS;
    /** Per table slot, whether the word is a month's (its row's note says "month"). */
    private static final boolean[] MONTH;
    /** Per table slot, the {@link TokenArray#keyOf keys} of {@link #NEXT}'s words. */
    private static final long[][] NEXT_KEYS;
    /** Every {@link #NEXT_KEYS} key, sorted: the keys of the words some table word must have next. */
    private static final long[] ALL_NEXT_KEYS;
    /**
     * Per table slot, one bit per {@link #NEXT_KEYS} key (bit {@link #keyBit}): a next token whose bit is clear is none
     * of the words, found without comparing the keys ("the" has seventeen, "last" thirty).
     */
    private static final long[] NEXT_KEY_BITS;
    /**
     * Slots of {@link #KEY_SLOTS}: a power of two, an eighth full at most (about a tenth with today's words), so that
     * a word not in the table (most words of a text) mostly meets an empty slot at its first probe; small (12 KB with
     * {@link #SLOT_KEYS}) next to the other stages' per-token tables.
     */
    private static final int KEY_SLOTS_SIZE = 1024;

    /** A key's bit in {@link #NEXT_KEY_BITS} (its high bits: {@link #keyHash} reads the low ones). */
    private static int keyBit(long key) {
        return (int) (key >>> 58);
    }

    /** A key's first slot in {@link #KEY_SLOTS}. */
    private static int keyHash(long key) {
        return (int) (key ^ (key >>> 29)) & (KEY_SLOTS_SIZE - 1);
    }

    /** Open-addressing table from a word's {@link TokenArray#keyOf key} ({@link #SLOT_KEYS}) to its slot ({@link #KEY_SLOTS}, -1 empty). */
    private static final int[] KEY_SLOTS;
    private static final long[] SLOT_KEYS;
    /**
     * By the {@link #prefix} of their first three letters: the words that open a date with any char after them (no
     * next word needed, so also with a digit right after them: "May2019"), and the part words "mid", "late", "early".
     */
    private static final boolean[] OPEN_PREFIX = new boolean[26 * 26 * 26];
    /** Per table slot, whether one of its next words has fewer than three letters ("end" before "of"). */
    private static final boolean[] SHORT_NEXT;
    /** By the {@link #prefix} of their first three letters: the words that a table word needs next (three letters or more). */
    private static final boolean[] NEXT_PREFIX = new boolean[26 * 26 * 26];

    static {
        String[] words = new String[TABLE_SIZE];
        int[] kinds = new int[TABLE_SIZE];
        java.util.Map<String, String> nextSpec = new java.util.LinkedHashMap<>();
        java.util.Map<String, java.util.List<String>> byNote = new java.util.HashMap<>();
        for (org.incidentatlas.text.DataLines.Row row : org.incidentatlas.text.DataLines.read(DateScanner.class, RESOURCE)) {
            String line = row.text();
            int n = row.line();
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": expected word <TAB> kinds");
            }
            String w = cols[0].strip().toLowerCase(Locale.ROOT);
            if (w.isEmpty() || w.length() > MAX_WORD || !w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": \"" + cols[0] + "\" is not one ASCII word of at most "
                        + MAX_WORD + " letters");
            }
            put(words, kinds, w, kindsOf(cols[1], "line " + n));
            if (cols.length > 2) {
                byNote.computeIfAbsent(cols[2].strip(), x -> new java.util.ArrayList<>()).add(w);
            }
            if (cols.length > 3 && !cols[3].isBlank()) {
                nextSpec.put(w, cols[3].strip());
            }
        }
        String[][] next = new String[words.length][];
        int[][] nextKinds = new int[words.length][];
        for (java.util.Map.Entry<String, String> e : nextSpec.entrySet()) {
            int slot = slot(words, e.getKey());
            // Next words for all the row's kinds ("end,beginning"), or by kind ("CAL=end,start; RELATIVE=day").
            java.util.Map<String, Integer> allowed = new java.util.LinkedHashMap<>();
            for (String group : e.getValue().split(";")) {
                int eq = group.indexOf('=');
                int groupKinds = eq < 0 ? kinds[slot] : kindsOf(group.substring(0, eq), e.getKey());
                if ((groupKinds & ~kinds[slot]) != 0) {
                    throw new IllegalStateException(RESOURCE + ": \"" + e.getKey() + "\" names a kind for its next words that it does not open");
                }
                for (String n : group.substring(eq + 1).split(",")) {
                    String t = n.strip();
                    // "MONTH" and "WEEKDAY": the words whose row says "month" or "weekday".
                    for (String w : t.equals("MONTH") || t.equals("WEEKDAY")
                            ? byNote.getOrDefault(t.toLowerCase(Locale.ROOT), java.util.List.of()) : java.util.List.of(t.toLowerCase(Locale.ROOT))) {
                        allowed.merge(w, groupKinds, (x, y) -> x | y);
                    }
                }
            }
            next[slot] = allowed.keySet().toArray(String[]::new);
            nextKinds[slot] = allowed.values().stream().mapToInt(Integer::intValue).toArray();
        }
        int[][] nextHashes = new int[next.length][];
        for (int i = 0; i < next.length; i++) {
            if (next[i] != null) {
                nextHashes[i] = Arrays.stream(next[i]).mapToInt(w -> hash(w, 0, w.length())).toArray();
            }
        }
        boolean[] month = new boolean[words.length];
        for (String m : byNote.getOrDefault("month", java.util.List.of())) {
            month[slot(words, m)] = true;
        }
        int[] hashes = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            hashes[i] = words[i] == null ? 0 : hash(words[i], 0, words[i].length());
        }
        WORDS = words;
        HASHES = hashes;
        LENGTHS = Arrays.stream(words).mapToInt(w -> w == null ? 0 : w.length()).toArray();
        KINDS = kinds;
        MONTH = month;
        NEXT = next;
        NEXT_KINDS = nextKinds;
        NEXT_HASHES = nextHashes;
        // The token path ({@link #starts(TokenArray, int)}) looks words up by key and reads a token with digits after
        // its first letters char by char only when those letters could open a date: every word that opens one before
        // any char, and every next word, has three letters at least.
        long[][] nextKeys = new long[next.length][];
        long[] nextKeyBits = new long[next.length];
        boolean[] shortNext = new boolean[next.length];
        // A quarter full at most: a key not in it mostly meets an empty slot at once.
        int[] keySlots = new int[KEY_SLOTS_SIZE];
        if (Arrays.stream(words).filter(w -> w != null).count() > KEY_SLOTS_SIZE / 8) {
            throw new IllegalStateException(RESOURCE + ": too many words for the key table");
        }
        long[] slotKeys = new long[keySlots.length];
        Arrays.fill(keySlots, -1);
        for (int i = 0; i < words.length; i++) {
            if (words[i] == null) {
                continue;
            }
            long key = TokenArray.keyOf(words[i]);
            int mask = keySlots.length - 1;
            int h = keyHash(key);
            while (keySlots[h] >= 0) {
                h = (h + 1) & mask;
            }
            keySlots[h] = i;
            slotKeys[h] = key;
            if (next[i] == null) {
                OPEN_PREFIX[prefix(threeLetters(words[i]))] = true;
            } else {
                nextKeys[i] = Arrays.stream(next[i]).mapToLong(TokenArray::keyOf).toArray();
                for (long k : nextKeys[i]) {
                    nextKeyBits[i] |= 1L << keyBit(k);
                }
                for (String w : next[i]) {
                    if (w.length() < 3) {
                        shortNext[i] = true;
                    } else {
                        NEXT_PREFIX[prefix(w)] = true;
                    }
                }
            }
        }
        for (String part : new String[] {"mid", "lat", "ear"}) {
            OPEN_PREFIX[prefix(part)] = true;
        }
        NEXT_KEYS = nextKeys;
        ALL_NEXT_KEYS = Arrays.stream(nextKeys).filter(k -> k != null).flatMapToLong(Arrays::stream).sorted().distinct().toArray();
        NEXT_KEY_BITS = nextKeyBits;
        SHORT_NEXT = shortNext;
        KEY_SLOTS = keySlots;
        SLOT_KEYS = slotKeys;
    }

    private static String threeLetters(String w) {
        if (w.length() < 3) {
            throw new IllegalStateException(RESOURCE + ": \"" + w + "\" opens a date before any word and has fewer than three"
                    + " letters (the token scan needs three)");
        }
        return w;
    }

    /** The kinds a comma-separated list names. */
    private static int kindsOf(String list, String where) {
        int k = 0;
        for (String kind : list.split(",")) {
            k |= switch (kind.strip()) {
                case "RANGE" -> RANGE;
                case "SINCE" -> SINCE;
                case "UNANCHORED" -> UNANCHORED;
                case "CAL" -> CAL;
                case "RELATIVE" -> RELATIVE;
                case "WEEKDAY" -> WEEKDAY;
                default -> throw new IllegalStateException(RESOURCE + " " + where + ": unknown kind \"" + kind + "\"");
            };
        }
        return k;
    }

    private static int slot(String[] words, String w) {
        int mask = words.length - 1;
        int h = hash(w, 0, w.length()) & mask;
        while (!w.equals(words[h])) {
            h = (h + 1) & mask;
        }
        return h;
    }

    private DateScanner() {
    }

    private static void put(String[] words, int[] kinds, String w, int k) {
        int mask = words.length - 1;
        int h = hash(w, 0, w.length()) & mask;
        while (words[h] != null && !words[h].equals(w)) {
            h = (h + 1) & mask;
        }
        if (words[h] == null && Arrays.stream(words).filter(x -> x != null).count() >= words.length / 2) {
            throw new IllegalStateException(RESOURCE + ": too many words for the table");
        }
        words[h] = w;
        kinds[h] |= k;
    }

    /** Hash of the ASCII-lower-cased chars {@code s[from, to)}. */
    private static int hash(CharSequence s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + (s.charAt(i) | 0x20);
        }
        return h ^ (h >>> 7);
    }

    /**
     * The kinds the word {@code text[from, to)} (letters, the first ASCII; {@code hash} its {@link #hash}; {@code ascii}
     * whether all its letters are ASCII) opens, or 0.
     */
    private static int kinds(String text, int from, int to, int hash, boolean ascii) {
        int len = to - from;
        int k = 0;
        if (len <= MAX_WORD) {
            int mask = WORDS.length - 1;
            int h = hash & mask;
            String w;
            while ((w = WORDS[h]) != null) {
                // An ASCII word equal to the table's but for case has its hash: a different hash rules it out.
                if (w.length() == len && (HASHES[h] == hash || !ascii) && text.regionMatches(true, from, w, 0, len)) {
                    k = NEXT[h] == null ? KINDS[h] : nextKinds(h, followedBy(text, to, NEXT[h], NEXT_HASHES[h]));
                    if (MONTH[h] && (text.charAt(from) & 0x20) != 0) {
                        // The grammar's months are capitalised ("May", not the verb "may"): a month in lower case opens
                        // no calendar date ("last", "mid", "early" open one in any case).
                        k &= ~CAL;
                    }
                    break;
                }
                h = (h + 1) & mask;
            }
        }
        // "mid-March", "earlyMarch": a part word opens a calendar date even glued to its month.
        if (len > 3) {
            char c = (char) (text.charAt(from) | 0x20);
            if (c == 'm' && text.regionMatches(true, from, "mid", 0, 3) && opensAfterPart(text.charAt(from + 3))
                    || c == 'l' && len > 4 && text.regionMatches(true, from, "late", 0, 4) && opensAfterPart(text.charAt(from + 4))
                    || c == 'e' && len > 5 && text.regionMatches(true, from, "early", 0, 5) && opensAfterPart(text.charAt(from + 5))) {
                k |= CAL;
            }
        }
        return k;
    }

    /**
     * Which of {@code words} (the whole word, any case) follows {@code at} after white space (its index), or -1;
     * {@code hashes} are the words' {@link #hash}es, compared first.
     */
    private static int followedBy(String text, int at, String[] words, int[] hashes) {
        int n = text.length();
        int i = at;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == at) {
            return -1;
        }
        int j = i;
        int h = 0;
        boolean ascii = true;
        char c;
        while (j < n && isLetter(c = text.charAt(j))) {
            h = 31 * h + (c | 0x20);
            ascii &= c < 128;
            j++;
        }
        h ^= h >>> 7;
        int len = j - i;
        for (int w = 0; w < words.length; w++) {
            // ASCII words equal but for case hash alike, so a different hash rules an ASCII word out.
            if (words[w].length() == len && (hashes[w] == h || !ascii) && text.regionMatches(true, i, words[w], 0, len)) {
                return w;
            }
        }
        return -1;
    }

    /** {@link Character#isLetter}, ASCII first. */
    private static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    /** The words a count must come before to open a relative date ("3 days ago", "24 hours later"). */
    private static final String[] UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"};
    private static final int[] UNIT_HASHES = Arrays.stream(UNITS).mapToInt(w -> hash(w, 0, w.length())).toArray();

    static {
        // The token scan rules a unit out by NOT_NEXT: each unit must be some word's next word.
        for (String unit : UNITS) {
            if (Arrays.binarySearch(ALL_NEXT_KEYS, TokenArray.keyOf(unit)) < 0) {
                throw new IllegalStateException(RESOURCE + ": \"" + unit + "\" is a count's unit but no word's next word");
            }
        }
    }

    /**
     * The kinds a number {@code text[from, to)} (ASCII digits, opening a word) can open, as the grammar reads
     * numbers: a calendar date from a day of one or two digits followed by white space and a month ("3 March",
     * "3rd of March", the month capitalised) or from a year (four digits from 1800 to 2099 opening a run of digits);
     * a relative one from a count of one to three digits, a space and a unit ("3 days ago", "24 hours later"). Never fewer kinds than the
     * grammar's patterns can match there.
     */
    private static int numberKinds(String text, int from, int to) {
        return numberKinds(text, from, to, false);
    }

    /** {@link #numberKinds(String, int, int)}; {@code noUnit}: the word after it is known to be no unit. */
    private static int numberKinds(String text, int from, int to, boolean noUnit) {
        int len = to - from;
        int k = 0;
        if (len <= 3 && !noUnit && to < text.length() && text.charAt(to) == ' ' && followedBy(text, to, UNITS, UNIT_HASHES) >= 0) {
            k |= RELATIVE;
        }
        if (len >= 4) {
            char a = text.charAt(from);
            char b = text.charAt(from + 1);
            if (a == '1' && (b == '8' || b == '9') || a == '2' && b == '0') {
                k |= CAL;
            }
        } else if (len <= 2 && monthFollows(text, to)) {
            k |= CAL;
        }
        return k;
    }

    /**
     * Whether after a day number at {@code at} there can be a month: up to two letters ("st", "th"), white space,
     * maybe "of" and white space, then a capital that opens a month name (J, F, M, A, S, O, N or D).
     */
    private static boolean monthFollows(String text, int at) {
        int n = text.length();
        int i = at;
        while (i < n && i - at < 2 && isLetter(text.charAt(i))) {
            i++;
        }
        int ws = i;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == ws || i >= n) {
            return false;
        }
        if (text.charAt(i) == 'o' && i + 1 < n && text.charAt(i + 1) == 'f') {
            int j = i + 2;
            while (j < n && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j > i + 2 && j < n && "JFMASOND".indexOf(text.charAt(j)) >= 0) {
                return true;
            }
        }
        return "JFMASOND".indexOf(text.charAt(i)) >= 0;
    }

    /** Letters and ASCII digits continue a word: no date expression opens right after one. */
    private static boolean inWord(char c) {
        return c >= '0' && c <= '9' || isLetter(c);
    }

    /**
     * Where in {@code text[from, to)} a date expression can open: pairs (position, kinds) in text order, packed as
     * {@code [2i]} position and {@code [2i + 1]} kinds. A word is read whole, also past {@code to}.
     */
    static int[] starts(String text, int from, int to) {
        Out out = new Out();
        scanChars(text, from, from, to, out);
        return out.toArray();
    }

    /** Start pairs as they are found (position, kinds). */
    private static final class Out {
        int[] a = new int[32];
        int n;

        void add(int position, int kinds) {
            if (n + 2 > a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = position;
            a[n++] = kinds;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    /**
     * The char-by-char scan of {@code text[from, to)} (a word opens at {@code open} whatever comes before it, elsewhere
     * only after a char that cannot continue a word): adds its starts to {@code out}; returns where it stopped, the end of
     * the last word it read when that word runs past {@code to}.
     */
    private static int scanChars(String text, int open, int from, int to, Out out) {
        int i = from;
        int length = text.length();
        while (i < to) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !isLetter(c)) {
                i++;
                continue;
            }
            boolean opens = i == open || !inWord(text.charAt(i - 1));
            int j = i + 1;
            int k = 0;
            if (digit) {
                while (j < length && (c = text.charAt(j)) >= '0' && c <= '9') {
                    j++;
                }
                k = opens ? numberKinds(text, i, j) : 0;
            } else {
                // The word's table hash, computed while it is read (only an opening ASCII word is looked up).
                int h = c | 0x20;
                boolean ascii = c < 128;
                while (j < length && isLetter(c = text.charAt(j))) {
                    h = 31 * h + (c | 0x20);
                    ascii &= c < 128;
                    j++;
                }
                if (opens && text.charAt(i) < 128) {
                    k = kinds(text, i, j, h ^ (h >>> 7), ascii);
                }
            }
            if (opens && k != 0) {
                out.add(i, k);
            }
            i = j;
        }
        return i;
    }

    /**
     * {@link #starts(String, int, int)} of {@code tokens.text()[0, to)}, the same pairs, read from the article's tokens
     * instead of char by char. A token of ASCII letters (or digits) is one word of the char scan: it is looked up by its
     * {@link TokenArray#key}, and a word that must come next is the next token's key. Within a sentence the chars
     * between tokens are neither letters nor digits, so they open nothing and are not read. Every other case (a
     * token with accents, apostrophes or letters and digits mixed, the text between sentences, a token that runs
     * into the next) is handed to the char scan from a position that scan would reach itself, so the result is the
     * same.
     */
    static int[] starts(TokenArray tokens, int to) {
        String text = tokens.text();
        int length = text.length();
        PerThread thread = THREAD.get();
        // The text's chars in an array (read per token, cheaper than String.charAt where the JIT inlines little).
        char[] cs = thread.chars;
        if (cs.length < length) {
            cs = new char[Math.max(length, 2 * cs.length)];
            if (cs.length <= MAX_CHARS) {
                thread.chars = cs;
            }
        }
        text.getChars(0, length, cs, 0);
        byte[] facts = thread.facts(tokens.words());
        Out out = new Out();
        int sentences = tokens.sentences();
        int runs = sentences < 0 ? 1 : sentences;
        int size = tokens.size();
        // The tokens that open before {@code to}: those the loop reads (the tokens' starts grow, so a prefix of them).
        int stop = tokens.tokenAtOrAfter(to);
        if (stop < size && tokens.start(stop) < to) {
            stop++;
        }
        // The char scan's position: what is before it has been read.
        int done = 0;
        for (int s = 0; s < runs; s++) {
            int first = sentences < 0 ? 0 : tokens.firstToken(s);
            int last = sentences < 0 ? size : tokens.firstToken(s + 1);
            int end = Math.min(stop, last);
            for (int t = first; t < end; t++) {
                if (t > first && facts != null) {
                    // Words that open nothing (most of a text's), by their slot in the word table, without reading
                    // their chars. Not a sentence's first token (the text before it is read first) nor its last (it may
                    // run into the next word): in between a token is a whole word of the char scan, which ends it.
                    int u = skipped(tokens, cs, facts, t, Math.min(end, last - 1), last);
                    if (u > t) {
                        done = Math.max(done, tokens.end(u - 1));
                        t = u;
                        if (t >= end) {
                            break;
                        }
                    }
                }
                int a = tokens.start(t);
                int e = tokens.end(t);
                if (t == first && a > done) {
                    // Between sentences (or before the first): text no token covers, read char by char.
                    done = scanChars(text, 0, done, a, out);
                }
                if (a < done) {
                    // A word read char by char ran into this token.
                    if (e > done) {
                        done = scanChars(text, 0, done, Math.min(e, to), out);
                    }
                    continue;
                }
                int flags = tokens.flags(t);
                char c = cs[a];
                boolean opens = t > first && a > tokens.end(t - 1) || a == 0 || !inWord(cs[a - 1]);
                // The token ends where the char scan's word ends: the next char continues no word (only checked at a
                // sentence's last token: within a sentence a non-word char always follows).
                boolean clean = (flags & TokenArray.ASCII_WORD) != 0 && (t + 1 < last || e >= length || !inWord(cs[e]));
                if (!clean || c <= '9' && (flags & TokenArray.DIGITS) == 0) {
                    // Accents, apostrophes or acronym dots, a number with letters ("3rd"), or a word that runs on.
                    done = scanChars(text, 0, a, Math.min(e, to), out);
                    continue;
                }
                done = e;
                if (!opens) {
                    continue;
                }
                int k;
                if (c <= '9') {
                    // A count opens a relative date only before a unit, which is some word's next word: a next token
                    // (not its sentence's last, so no letter runs on after it) that is none of them rules it out.
                    boolean noUnit = facts != null && t + 2 < last && (factAt(tokens, cs, facts, t + 1) & NOT_NEXT) != 0;
                    k = numberKinds(text, a, e, noUnit);
                } else {
                    // The table's first probe here, not in a call: most words miss it at once, and the short ones need
                    // nothing more (see wordKinds).
                    long key = tokens.key(t);
                    int h = keyHash(key);
                    int slot = KEY_SLOTS[h];
                    if (slot < 0 && e - a <= 3) {
                        continue;
                    }
                    k = wordKinds(tokens, cs, t, a, e, last, slot < 0 || SLOT_KEYS[h] == key ? slot : slotOf(key));
                    if (k < 0) {
                        // Letters then digits ("May2019"): the word is its letters, read char by char.
                        done = scanChars(text, 0, a, Math.min(e, to), out);
                        continue;
                    }
                }
                if (k != 0) {
                    out.add(a, k);
                }
            }
        }
        if (done < to) {
            scanChars(text, 0, done, to, out);
        }
        return out.toArray();
    }

    /**
     * The kinds an opening token of ASCII letters and digits, starting with a letter, opens as {@link #kinds} would
     * read its letters; -1 when it may hold digits after letters that form a table word or a part word (the caller
     * then reads it char by char).
     */
    private static int wordKinds(TokenArray tokens, char[] cs, int t, int a, int e, int sentenceEnd, int slot) {
        int len = e - a;
        // The key and the length (an ASCII word's folded form is as long as it) identify the word: keys are 64-bit
        // hashes, one collision in about 2^64 per pair, never expected for a table of this size (as SpotWords).
        if (slot >= 0 && LENGTHS[slot] == len) {
            int k = NEXT[slot] == null ? KINDS[slot] : nextKinds(slot, nextIs(tokens, cs, t, e, slot, sentenceEnd));
            if (MONTH[slot] && (cs[a] & 0x20) != 0) {
                k &= ~CAL;
            }
            return len > 3 ? k | partKinds(cs, a, len, prefix(cs, a)) : k;
        }
        if (len <= 3) {
            // Not a table word; with digits in it its letters are fewer than three, shorter than any word that opens
            // a date with a digit right after it.
            return 0;
        }
        int p = prefix(cs, a);
        if (p < 0 || !OPEN_PREFIX[p]) {
            return 0;
        }
        if (hasDigit(cs, a, e)) {
            return -1;
        }
        return partKinds(cs, a, len, p);
    }

    /**
     * A letter glued to a part word that can open the calendar date after it: a month's capital ("midMarch"), or the
     * L, T or N of "last", "this", "next" ("latethis month"). "latest", "middle", "earlier" open none.
     */
    private static boolean opensAfterPart(char c) {
        return switch (c) {
            case 'J', 'F', 'M', 'A', 'S', 'O', 'N', 'D', 'L', 'l', 'T', 't', 'n' -> true;
            default -> false;
        };
    }

    /** "mid…", "late…" (5 letters or more), "early…" (6 or more): {@link #kinds}'s rule for part words, as CAL. */
    private static int partKinds(char[] cs, int a, int len, int p) {
        if (p == MID && opensAfterPart(cs[a + 3]) || p == LAT && len > 4 && (cs[a + 3] | 0x20) == 'e' && opensAfterPart(cs[a + 4])
                || p == EAR && len > 5 && (cs[a + 3] | 0x20) == 'l' && (cs[a + 4] | 0x20) == 'y' && opensAfterPart(cs[a + 5])) {
            return CAL;
        }
        return 0;
    }

    /**
     * {@link #followedBy} for table slot {@code slot}'s next words after token {@code t} (ending at {@code e}): by the
     * next token's key when it is in the same sentence and of ASCII letters, else char by char. The word's index or -1.
     */
    private static int nextIs(TokenArray tokens, char[] cs, int t, int e, int slot, int sentenceEnd) {
        String text = tokens.text();
        if (t + 1 >= sentenceEnd || !tokens.is(t + 1, TokenArray.ASCII_WORD)) {
            return followedBy(text, e, NEXT[slot], NEXT_HASHES[slot]);
        }
        int a2 = tokens.start(t + 1);
        int e2 = tokens.end(t + 1);
        if (a2 == e || e2 < text.length() && isLetter(cs[e2])) {
            return followedBy(text, e, NEXT[slot], NEXT_HASHES[slot]);
        }
        long key = tokens.key(t + 1);
        if ((NEXT_KEY_BITS[slot] >>> keyBit(key) & 1) != 0) {
            for (int i = e; i < a2; i++) {
                char c = cs[i];
                if (c != ' ' && !Character.isWhitespace(c)) {
                    // A char that is no letter: no word follows right after the white space.
                    return -1;
                }
            }
            long[] keys = NEXT_KEYS[slot];
            String[] words = NEXT[slot];
            for (int w = 0; w < keys.length; w++) {
                if (keys[w] == key && words[w].length() == e2 - a2) {
                    return w;
                }
            }
        }
        int p;
        // Not one of the words, unless its letters are followed by digits ("day2"): read those char by char.
        if (SHORT_NEXT[slot] ? hasDigit(cs, a2, e2) : e2 - a2 > 3 && (p = prefix(cs, a2)) >= 0 && NEXT_PREFIX[p] && hasDigit(cs, a2, e2)) {
            return followedBy(text, e, NEXT[slot], NEXT_HASHES[slot]);
        }
        return -1;
    }

    /** The kinds table slot {@code slot}'s word opens before its next word number {@code next} (-1: none follows). */
    private static int nextKinds(int slot, int next) {
        return next < 0 ? 0 : NEXT_KINDS[slot][next];
    }

    private static boolean hasDigit(char[] cs, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cs[i] <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The first three chars of an ASCII word at {@code a} as a number below 26³ when they are letters, else -1. */
    private static int prefix(char[] cs, int a) {
        int x = (cs[a] | 0x20) - 'a';
        int y = (cs[a + 1] | 0x20) - 'a';
        int z = (cs[a + 2] | 0x20) - 'a';
        if ((x | y | z) < 0 || x > 25 || y > 25 || z > 25) {
            return -1;
        }
        return (x * 26 + y) * 26 + z;
    }

    private static int prefix(String w) {
        return ((w.charAt(0) - 'a') * 26 + (w.charAt(1) - 'a')) * 26 + (w.charAt(2) - 'a');
    }

    private static final int MID = prefix("mid");
    private static final int LAT = prefix("lat");
    private static final int EAR = prefix("ear");

    /** {@link PerThread#chars}: kept up to this many chars (1 MB). */
    private static final int MAX_CHARS = 1 << 19;
    /**
     * {@link PerThread#facts}' bits for a word (0: not yet known, else {@link #SKIP} or {@link #READ}): it opens no date
     * itself; it must be read; it opens one only before one of its next words ({@link #NEXT}); it is no table word's
     * next word and holds no digit.
     */
    private static final byte SKIP = 1;
    private static final byte READ = 2;
    private static final byte BEFORE_NEXT = 4;
    private static final byte NOT_NEXT = 8;

    /** What {@link #starts(TokenArray, int)} keeps per thread, in one holder (one thread-local lookup per call). */
    private static final class PerThread {
        /** The copy of the text. */
        char[] chars = new char[8192];
        /**
         * Per slot of the thread's {@link WordTable} (the table only ever holds plain words), what the scan knows of its
         * word ({@link #SKIP}, {@link #READ} ...) once the word was met, else 0; for the table's {@link #generation} (a
         * slot names another word in the next).
         */
        private byte[] facts = new byte[1 << 16];
        private int generation = -1;

        /** The facts for {@code words}' slots (emptied when its generation moved on), or null without a table. */
        byte[] facts(WordTable words) {
            if (words == null) {
                return null;
            }
            if (words.generation() != generation) {
                Arrays.fill(facts, (byte) 0);
                generation = words.generation();
            }
            return facts;
        }
    }

    private static final ThreadLocal<PerThread> THREAD = ThreadLocal.withInitial(PerThread::new);

    /**
     * From token {@code t}, the first token before {@code end} that the scan must read: the tokens before it are words
     * that open no date whatever their case and whatever follows them ({@link #SKIP}), or words that open one only
     * before one of their next words ({@link #BEFORE_NEXT}: "the", "in", "a", "on") before a word that is none of them
     * ({@link #NOT_NEXT}) and not its sentence's last ({@code last}: the sentence's end), so a char that is no letter
     * follows it and {@link #nextIs} would read it by its key.
     */
    private static int skipped(TokenArray tokens, char[] cs, byte[] facts, int t, int end, int last) {
        int u = t;
        while (u < end) {
            int f = factAt(tokens, cs, facts, u);
            if ((f & SKIP) == 0 && ((f & BEFORE_NEXT) == 0 || u + 2 >= last || (factAt(tokens, cs, facts, u + 1) & NOT_NEXT) == 0)) {
                return u;
            }
            u++;
        }
        return u;
    }

    /** Token {@code t}'s facts by its word-table slot (filled on first use), or 0 when it has no slot. */
    private static int factAt(TokenArray tokens, char[] cs, byte[] facts, int t) {
        int slot = tokens.wordSlot(t);
        if (slot < 0 || slot >= facts.length) {
            return 0;
        }
        byte f = facts[slot];
        if (f == 0) {
            f = facts[slot] = factOf(tokens, cs, t);
        }
        return f;
    }

    /**
     * The facts of token {@code t} (a word of ASCII letters and digits, as every word with a table slot), true of it in
     * any case: {@link #SKIP} when it opens no date before any word: not a number, not a table word, and shorter than
     * four letters, or not opening with the letters of a word that opens a date before any char ({@link #OPEN_PREFIX}),
     * or opening so without digits glued on ("May2019") and not with "mid", "lat" or "ear" (a month glued to a part
     * word: "midMarch"); else {@link #READ}, and {@link #BEFORE_NEXT} for a table word that needs a next word and opens
     * no part word's date. What {@link #wordKinds} answers (its folded form, which the slot names, has the same length,
     * digits and letters but for case). {@link #NOT_NEXT} when its key is none of {@link #ALL_NEXT_KEYS} and it has no
     * digit: {@link #nextIs} then finds it none of any word's next words.
     */
    private static byte factOf(TokenArray tokens, char[] cs, int t) {
        int a = tokens.start(t);
        int e = tokens.end(t);
        long key = tokens.key(t);
        byte notNext = Arrays.binarySearch(ALL_NEXT_KEYS, key) < 0 && !hasDigit(cs, a, e) ? NOT_NEXT : 0;
        if (cs[a] <= '9' || !tokens.is(t, TokenArray.ASCII_WORD)) {
            return (byte) (READ | notNext);
        }
        int len = e - a;
        int p = len > 3 ? prefix(cs, a) : -1;
        int slot = slotOf(key);
        if (slot >= 0) {
            boolean part = p == MID || p == LAT || p == EAR;
            return (byte) (READ | notNext | (NEXT[slot] != null && !MONTH[slot] && LENGTHS[slot] == len && !part ? BEFORE_NEXT : 0));
        }
        if (len <= 3) {
            return (byte) (SKIP | notNext);
        }
        // wordKinds: past the table, only digits glued on ("May2019") or a part word's letters ("midMarch") open a date.
        return (byte) ((p < 0 || !OPEN_PREFIX[p] || p != MID && p != LAT && p != EAR && !hasDigit(cs, a, e) ? SKIP : READ) | notNext);
    }

    /** The table slot of the word whose {@link TokenArray#key} is {@code key}, or -1. */
    private static int slotOf(long key) {
        int mask = KEY_SLOTS_SIZE - 1;
        int h = keyHash(key);
        int slot;
        while ((slot = KEY_SLOTS[h]) >= 0) {
            if (SLOT_KEYS[h] == key) {
                return slot;
            }
            h = (h + 1) & mask;
        }
        return -1;
    }
}
