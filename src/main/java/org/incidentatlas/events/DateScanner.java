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
    /** Open-addressing table of the words (lower case) and their kinds; power-of-two size. */
    private static final String[] WORDS;
    private static final int[] KINDS;
    /** Per table slot, the words that must come next (after white space only), or null when any may. */
    private static final String[][] NEXT;

    static {
        String[] words = new String[256];
        int[] kinds = new int[256];
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
        WORDS = words;
        KINDS = kinds;
        NEXT = next;
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

    /** The kinds the word {@code text[from, to)} (ASCII letters) opens, or 0. */
    static int kinds(String text, int from, int to) {
        int len = to - from;
        int k = 0;
        if (len <= MAX_WORD) {
            int mask = WORDS.length - 1;
            int h = hash(text, from, to) & mask;
            String w;
            while ((w = WORDS[h]) != null) {
                if (w.length() == len && text.regionMatches(true, from, w, 0, len)) {
                    k = NEXT[h] == null || followedBy(text, to, NEXT[h]) ? KINDS[h] : 0;
                    break;
                }
                h = (h + 1) & mask;
            }
        }
        // "mid-March", "earlyMarch": a part word opens a calendar date even glued to its month.
        if (len > 3 && (text.regionMatches(true, from, "mid", 0, 3) || len > 4 && text.regionMatches(true, from, "late", 0, 4)
                || len > 5 && text.regionMatches(true, from, "early", 0, 5))) {
            k |= CAL;
        }
        return k;
    }

    /** Whether white space and then one of {@code words} (the whole word, any case) follow {@code at}. */
    private static boolean followedBy(String text, int at, String[] words) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == at) {
            return false;
        }
        int j = i;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        for (String w : words) {
            if (w.length() == j - i && text.regionMatches(true, i, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** Letters and ASCII digits continue a word: no date expression opens right after one. */
    private static boolean inWord(char c) {
        return c >= '0' && c <= '9' || Character.isLetter(c);
    }

    /**
     * Where in {@code text[from, to)} a date expression can open: pairs (position, kinds) in text order, packed as
     * {@code [2i]} position and {@code [2i + 1]} kinds. A word is read whole, also past {@code to}.
     */
    static int[] starts(String text, int from, int to) {
        int[] out = new int[32];
        int n = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!digit && !Character.isLetter(c)) {
                i++;
                continue;
            }
            boolean opens = i == from || !inWord(text.charAt(i - 1));
            int j = i + 1;
            if (digit) {
                while (j < text.length() && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
            } else {
                while (j < text.length() && Character.isLetter(text.charAt(j))) {
                    j++;
                }
            }
            if (opens && c < 128) {
                int k = digit ? CAL | RELATIVE : kinds(text, i, j);
                if (k != 0) {
                    if (n + 2 > out.length) {
                        out = Arrays.copyOf(out, out.length * 2);
                    }
                    out[n++] = i;
                    out[n++] = k;
                }
            }
            i = j;
        }
        return Arrays.copyOf(out, n);
    }
}
