package org.incidentatlas.events;

import org.incidentatlas.text.RegexSpace;

/**
 * Reads by hand what {@link DateResolver} asks of the text around a weekday, as its patterns (built here from the same
 * words) would answer: a name before it ("Good Friday", "the Sunday"), "next" before it, a name or a date after it
 * ("Sunday Times", "Saturday, March 31"). Each reader answers 1 or 0 over a part of the text as the pattern over that
 * part as its own string would, or {@link DateResolver#UNDECIDED} where a char past ASCII stands where the pattern reads
 * a word boundary (the pattern then decides). A randomized test holds the readers to the patterns. Pure.
 */
final class WeekdayContext {
    private WeekdayContext() {
    }

    /** The words before a weekday that make it part of a name or no day ("Good Friday", "The Sunday Times", "every Sunday"). */
    static final String[] NOT_A_DAY_WORDS = {"Good", "Black", "Holy", "Easter", "Ash", "Bloody", "Super", "Cyber", "Palm", "Maundy",
        "Shrove", "Fat", "Blue", "Mad", "The", "the", "a", "every", "each"};
    /** The words after a weekday that make it part of a name ("Sunday school", "Sunday Times" by its capital). */
    static final String[] NAME_AFTER_WORDS = {"school", "service", "mass", "trading", "paper", "edition", "newspaper", "shows", "show",
        "brunch", "lunch", "dinner", "roast", "market"};
    /** The months' first three letters, as the patterns around a weekday read them. */
    static final String[] MONTH_STARTS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    private static final String[] NEXT = {"next"};

    /** {@code \b(?:NOT_A_DAY_WORDS)\s+$}, found in the text before a weekday. */
    static String notADayBefore() {
        return "(?:\\b(?:" + String.join("|", NOT_A_DAY_WORDS) + "))\\s+$";
    }

    /** {@code ^(?:\s+(?!month\p{L}*\b)\p{Lu}|\s+(?:NAME_AFTER_WORDS)\b)}, looked for right after a weekday. */
    static String notADayAfter() {
        return "^(?:\\s+(?!(?:" + String.join("|", MONTH_STARTS) + ")\\p{L}*\\b)\\p{Lu}|\\s+(?:" + String.join("|", NAME_AFTER_WORDS) + ")\\b)";
    }

    /** {@code ,?\s+(?:\d|month)}, looked for right after a weekday. */
    static String dateAfter() {
        return ",?\\s+(?:\\d|(?:" + String.join("|", MONTH_STARTS) + "))";
    }

    /** Whether {@code text[from, to)} ends with one of {@link #NOT_A_DAY_WORDS} and white space. */
    static int notADayBefore(String text, int from, int to) {
        return wordThenSpaceAtEnd(text, from, to, NOT_A_DAY_WORDS, false);
    }

    /** Whether {@code text[from, to)} ends with "next" (any ASCII case) and white space ({@code \b(?i:next)\s+$}). */
    static int nextBefore(String text, int from, int to) {
        return wordThenSpaceAtEnd(text, from, to, NEXT, true);
    }

    /**
     * Whether {@code text[from, to)}, as a string of its own, ends with one of {@code words} after a word boundary, then
     * white space ({@code \s+}) up to its end or up to a line terminator that ends it (where {@code $} also matches).
     */
    private static int wordThenSpaceAtEnd(String text, int from, int to, String[] words, boolean anyCase) {
        int e = to;
        if (e > from) {
            char c = text.charAt(e - 1);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') {
                e--;
            }
        }
        int q = e;
        while (q > from && RegexSpace.is(text.charAt(q - 1))) {
            q--;
        }
        if (q == e) {
            return 0;
        }
        int answer = 0;
        for (String w : words) {
            int p = q - w.length();
            if (p < from || !(anyCase ? PlainRow.sameAt(text, p, w.toCharArray()) : text.startsWith(w, p))) {
                continue;
            }
            if (p == from) {
                return 1;
            }
            int before = PlainRow.wordStartAt(text, p);
            if (before == 0) {
                return 1;
            }
            if (before == DateResolver.UNDECIDED) {
                answer = DateResolver.UNDECIDED;
            }
        }
        return answer;
    }

    /** Whether {@code text[from, to)} opens with {@link #dateAfter()}: ','?, white space, a digit or a month's first letters. */
    static boolean dateAfter(String text, int from, int to) {
        int i = from < to && text.charAt(from) == ',' ? from + 1 : from;
        int s = RegexSpace.skip(text, i, to);
        if (s == i || s == to) {
            return false;
        }
        char c = text.charAt(s);
        return c >= '0' && c <= '9' || monthStartAt(text, s, to);
    }

    /** Whether {@code text[from, to)} opens with {@link #notADayAfter()}: white space, then a capital that opens no month word, or a name word. */
    static int notADayAfter(String text, int from, int to) {
        int s = RegexSpace.skip(text, from, to);
        if (s == from || s == to) {
            return 0;
        }
        char c = text.charAt(s);
        if (Character.isSurrogate(c)) {
            return DateResolver.UNDECIDED;
        }
        if (Character.getType(c) == Character.UPPERCASE_LETTER) {
            if (!monthStartAt(text, s, to)) {
                return 1;
            }
            // A month word ("March", "Mayday"): its letters then a word boundary (the part's end is one) rule the capital out.
            int j = s + 3;
            while (j < to && !Character.isSurrogate(text.charAt(j)) && Character.isLetter(text.charAt(j))) {
                j++;
            }
            if (j == to) {
                return 0;
            }
            char d = text.charAt(j);
            if (d >= 128) {
                return DateResolver.UNDECIDED;
            }
            if (PlainRow.isWordAscii(d)) {
                return 1;
            }
            return 0;
        }
        int answer = 0;
        for (String w : NAME_AFTER_WORDS) {
            int e = s + w.length();
            if (e <= to && text.startsWith(w, s)) {
                if (e == to) {
                    return 1;
                }
                char d = text.charAt(e);
                if (d >= 128) {
                    answer = DateResolver.UNDECIDED;
                } else if (!PlainRow.isWordAscii(d)) {
                    return 1;
                }
            }
        }
        return answer;
    }

    private static boolean monthStartAt(String text, int s, int to) {
        if (s + 3 > to) {
            return false;
        }
        for (String m : MONTH_STARTS) {
            if (text.startsWith(m, s)) {
                return true;
            }
        }
        return false;
    }
}
