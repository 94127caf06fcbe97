package org.incidentatlas.events;

import java.util.Arrays;
import java.util.Locale;

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
    /** Per table slot, the {@link #hash}es of {@link #NEXT}'s words. */
    private static final int[][] NEXT_HASHES;
    /** Per table slot, the word's {@link #hash}. */
    private static final int[] HASHES;
    /** Per table slot, whether the word is a month's (its row's note says "month"). */
    private static final boolean[] MONTH;

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
            int k = 0;
            for (String kind : cols[1].split(",")) {
                k |= switch (kind.strip()) {
                    case "RANGE" -> RANGE;
                    case "SINCE" -> SINCE;
                    case "UNANCHORED" -> UNANCHORED;
                    case "CAL" -> CAL;
                    case "RELATIVE" -> RELATIVE;
                    case "WEEKDAY" -> WEEKDAY;
                    default -> throw new IllegalStateException(RESOURCE + " line " + n + ": unknown kind \"" + kind + "\"");
                };
            }
            put(words, kinds, w, k);
            if (cols.length > 2) {
                byNote.computeIfAbsent(cols[2].strip(), x -> new java.util.ArrayList<>()).add(w);
            }
            if (cols.length > 3 && !cols[3].isBlank()) {
                nextSpec.put(w, cols[3].strip());
            }
        }
        String[][] next = new String[words.length][];
        for (java.util.Map.Entry<String, String> e : nextSpec.entrySet()) {
            java.util.List<String> allowed = new java.util.ArrayList<>();
            for (String n : e.getValue().split(",")) {
                String t = n.strip();
                // "MONTH" and "WEEKDAY": the words whose row says "month" or "weekday".
                allowed.addAll(t.equals("MONTH") || t.equals("WEEKDAY")
                        ? byNote.getOrDefault(t.toLowerCase(Locale.ROOT), java.util.List.of()) : java.util.List.of(t.toLowerCase(Locale.ROOT)));
            }
            next[slot(words, e.getKey())] = allowed.toArray(String[]::new);
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
        KINDS = kinds;
        MONTH = month;
        NEXT = next;
        NEXT_HASHES = nextHashes;
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
                    k = NEXT[h] == null || followedBy(text, to, NEXT[h], NEXT_HASHES[h]) ? KINDS[h] : 0;
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
            if (c == 'm' && text.regionMatches(true, from, "mid", 0, 3) || c == 'l' && len > 4 && text.regionMatches(true, from, "late", 0, 4)
                    || c == 'e' && len > 5 && text.regionMatches(true, from, "early", 0, 5)) {
                k |= CAL;
            }
        }
        return k;
    }

    /**
     * Whether white space and then one of {@code words} (the whole word, any case) follow {@code at};
     * {@code hashes} are the words' {@link #hash}es, compared first.
     */
    private static boolean followedBy(String text, int at, String[] words, int[] hashes) {
        int n = text.length();
        int i = at;
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == at) {
            return false;
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
                return true;
            }
        }
        return false;
    }

    /** {@link Character#isLetter}, ASCII first. */
    private static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    /** The words a count must come before to open a relative date ("3 days ago", "24 hours later"). */
    private static final String[] UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"};
    private static final int[] UNIT_HASHES = Arrays.stream(UNITS).mapToInt(w -> hash(w, 0, w.length())).toArray();

    /**
     * The kinds a number {@code text[from, to)} (ASCII digits, opening a word) can open, as the grammar reads
     * numbers: a calendar date from a day of one or two digits followed by white space and a month ("3 March",
     * "3rd of March", the month capitalised) or from a year (four digits from 1800 to 2099 opening a run of digits);
     * a relative one from a count of one to three digits, a space and a unit ("3 days ago", "24 hours later"). Never fewer kinds than the
     * grammar's patterns can match there.
     */
    private static int numberKinds(String text, int from, int to) {
        int len = to - from;
        int k = 0;
        if (len <= 3 && to < text.length() && text.charAt(to) == ' ' && followedBy(text, to, UNITS, UNIT_HASHES)) {
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
        int[] out = new int[32];
        int n = 0;
        int i = from;
        int length = text.length();
        while (i < to) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !isLetter(c)) {
                i++;
                continue;
            }
            boolean opens = i == from || !inWord(text.charAt(i - 1));
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
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = i;
                out[n++] = k;
            }
            i = j;
        }
        return Arrays.copyOf(out, n);
    }
}
