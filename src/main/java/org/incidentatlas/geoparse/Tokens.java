package org.incidentatlas.geoparse;

import java.util.Arrays;

/**
 * The word tokens of one sentence, found once and shared by every rule. A token is a run of letters and digits;
 * an apostrophe between letters stays inside it ("Sana'a") unless it starts a possessive "'s", and dotted
 * acronyms ("U.S.") are one token. Hyphens separate tokens, so "al-Mayadeen" is two tokens joined by '-'.
 */
final class Tokens {
    private final String text;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int size;

    private Tokens(String text) {
        this.text = text;
    }

    static Tokens of(String text, int from, int to) {
        Tokens t = new Tokens(text);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int s = i;
            int acronymEnd = acronymEnd(text, i, to);
            if (acronymEnd > 0) {
                t.add(s, acronymEnd);
                i = acronymEnd;
                continue;
            }
            i = wordEnd(text, s, to);
            t.add(s, i);
        }
        return t;
    }

    /**
     * End of the word token starting at {@code s}. A method of its own so that the JIT compiles the scan as a small
     * unit instead of recompiling the whole tokenizer on-stack for each long sentence.
     */
    private static int wordEnd(String text, int s, int to) {
        int i = s;
        while (i < to) {
            char d = text.charAt(i);
            if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isApostrophe(d) && i + 1 < to && Character.isLetter(text.charAt(i + 1))
                    && i > s && Character.isLetter(text.charAt(i - 1)) && !isPossessive(text, i + 1, to)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** "U.S." or "U.K." or "U.S.-led": single capitals each followed by a dot, at least two of them. */
    private static int acronymEnd(String text, int i, int to) {
        int j = i;
        int letters = 0;
        while (j + 1 < to && Character.isUpperCase(text.charAt(j)) && text.charAt(j + 1) == '.') {
            letters++;
            j += 2;
        }
        if (letters < 2 || (j < to && Character.isLetterOrDigit(text.charAt(j)))) {
            return -1;
        }
        // The last dot may also end the sentence; keep it with the acronym so the surface reads "U.S.".
        return j;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }

    /** A possessive or a contraction after an apostrophe: 's, 're, 've, 'll, 'd, 'm, 't. */
    private static boolean isPossessive(String text, int i, int to) {
        int e = i;
        while (e < to && Character.isLetter(text.charAt(e))) {
            e++;
        }
        String tail = text.substring(i, e).toLowerCase(java.util.Locale.ROOT);
        return tail.equals("s") || tail.equals("re") || tail.equals("ve") || tail.equals("ll") || tail.equals("d")
                || tail.equals("m") || tail.equals("t");
    }

    private void add(int s, int e) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        starts[size] = s;
        ends[size] = e;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text() {
        return text;
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The text of tokens {@code [from, to)} as written, with the separators between them. */
    String span(int from, int to) {
        return text.substring(starts[from], ends[to - 1]);
    }

    /** The characters between token {@code i-1} and token {@code i} (from the sentence start for i = 0). */
    String gapBefore(int i, int sentenceStart) {
        return text.substring(i == 0 ? sentenceStart : ends[i - 1], starts[i]);
    }

    boolean isCapitalised(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    boolean isLower(int i) {
        return Character.isLowerCase(text.charAt(starts[i]));
    }

    boolean isAllCaps(int i) {
        int letters = 0;
        for (int k = starts[i]; k < ends[i]; k++) {
            char c = text.charAt(k);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean isAcronym(int i) {
        return ends[i] - starts[i] >= 4 && text.charAt(starts[i] + 1) == '.';
    }

    /** True if only a hyphen joins token {@code i-1} and token {@code i}. */
    boolean hyphenBefore(int i) {
        return i > 0 && starts[i] - ends[i - 1] == 1 && isHyphen(text.charAt(ends[i - 1]));
    }

    /** True if only spaces (or a hyphen) join token {@code i-1} and token {@code i}: they can form one name. */
    boolean joinable(int i) {
        if (i == 0) {
            return false;
        }
        if (isAbbreviation(i - 1) && starts[i] - ends[i - 1] == 2 && text.charAt(ends[i - 1]) == '.'
                && text.charAt(ends[i - 1] + 1) == ' ') {
            return true; // "St. Louis", "Mt. Hermon", "Ft. Worth"
        }
        for (int k = ends[i - 1]; k < starts[i]; k++) {
            char c = text.charAt(k);
            if (!(c == ' ' || isHyphen(c) || c == '\u00A0')) {
                return false;
            }
        }
        return starts[i] - ends[i - 1] <= 2;
    }

    private boolean isAbbreviation(int i) {
        if (ends[i] - starts[i] != 2) {
            return false;
        }
        String w = text.substring(starts[i], ends[i]);
        return w.equals("St") || w.equals("Mt") || w.equals("Ft") || w.equals("Pt");
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private String[] lowers;

    /** The lower-case form of token {@code i}, for lexicon lookups; computed once per token. */
    String lower(int i) {
        if (lowers == null) {
            lowers = new String[size];
        }
        String l = lowers[i];
        if (l == null) {
            l = word(i).toLowerCase(java.util.Locale.ROOT);
            lowers[i] = l;
        }
        return l;
    }
}
