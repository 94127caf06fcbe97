package org.incidentatlas.events;

import org.incidentatlas.text.RegexSpace;

/**
 * Reads by hand the calendar dates that open with a word, as {@link DateResolver}'s calendar pattern ({@code CAL_P},
 * matched with {@code lookingAt} over a region, bounds transparent) would match them at a scanner start, and what they
 * say: a month and a day ("March 12", "Sept. 3rd, 2024"), a month and a year ("March 2024"), a month after "in",
 * "since", ... or "mid-" ("in March"), and "last", "this", "next" before a month, "week", "month" or "year". Most
 * calendar starts that are words are these; the others (part words: "early", "the end of", ...) and every case the
 * reader cannot settle (a char past ASCII where the pattern reads a letter class or a word boundary) are handed back
 * {@link DateResolver#UNDECIDED}, and the pattern decides. The pattern stays the specification: a randomized test
 * holds the reader to it. Pure.
 *
 * <p>Results are packed in a long: the end of the match (or -1, or {@link DateResolver#UNDECIDED}) in the low half,
 * the form and fields in the high half ({@link #parsed}): form in bits 0-2, month (1-12) in 3-6, day in 7-11, year
 * minus 1799 (0: none) in 12-20, which of last/this/next in 21-22 and the unit (week, month, year or a month) in 23-26.
 */
final class CalendarWords {
    static final int MONTH_DAY = 1;
    static final int MONTH_YEAR = 2;
    static final int MONTH = 3;
    static final int LAST_THIS_NEXT = 4;

    private CalendarWords() {
    }

    /** The month spellings the pattern reads (case as written), their months, and whether a '.' may end them. */
    private static final String[] SPELLINGS = {"Jan", "January", "Feb", "February", "Mar", "March", "Apr", "April", "May", "Jun",
        "June", "Jul", "July", "Aug", "August", "Sep", "Sept", "September", "Oct", "October", "Nov", "November", "Dec", "December"};
    private static final int[] SPELLING_MONTH = {1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 6, 7, 7, 8, 8, 9, 9, 9, 10, 10, 11, 11, 12, 12};
    private static final boolean[] SPELLING_DOT = {true, false, true, false, true, false, true, false, false, false, false, false,
        false, true, false, true, true, false, true, false, true, false, true, false};
    /** The words the bare month's look-behind reads before its one space (after a word boundary). */
    private static final String[] BEFORE_MONTH = {"In", "in", "Since", "since", "Until", "until", "By", "by", "During", "during", "of",
        "From", "from", "to", "through", "and", "or", "Before", "before", "After", "after", "Between", "between", "early", "mid", "late"};
    private static final String[] WHICH = {"last", "this", "next"};
    private static final String[] UNITS = {"week", "month", "year"};
    /** {@link #unit}'s words: the units, then a month's first three letters (as {@code lastThisNext} reads a month). */
    private static final String[] UNIT_WORDS = {"week", "month", "year", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        "Oct", "Nov", "Dec"};

    /** The pattern's part words ({@code PART}, any ASCII case), in its order. */
    private static final char[][] PARTS = java.util.Arrays.stream(new String[] {"early", "mid", "late", "the end of", "end of",
        "the beginning of", "beginning of", "the start of", "start of", "the middle of", "middle of"}).map(String::toCharArray)
            .toArray(char[][]::new);

    private static final long UNDECIDED = pack(DateResolver.UNDECIDED, 0);
    private static final long NONE = pack(-1, 0);

    static long pack(int end, int parsed) {
        return (long) parsed << 32 | end & 0xFFFFFFFFL;
    }

    static int end(long read) {
        return (int) read;
    }

    static int parsed(long read) {
        return (int) (read >>> 32);
    }

    static int form(int parsed) {
        return parsed & 7;
    }

    static int month(int parsed) {
        return parsed >>> 3 & 15;
    }

    static int day(int parsed) {
        return parsed >>> 7 & 31;
    }

    /** The year, or -1 when the date gives none. */
    static int year(int parsed) {
        int y = parsed >>> 12 & 511;
        return y == 0 ? -1 : y + 1799;
    }

    /** "last", "this" or "next". */
    static String which(int parsed) {
        return WHICH[parsed >>> 21 & 3];
    }

    /** "week", "month", "year", or the month's first three letters. */
    static String unit(int parsed) {
        return UNIT_WORDS[parsed >>> 23 & 15];
    }

    private static int fields(int form, int month, int day, int year) {
        return form | month << 3 | day << 7 | (year < 0 ? 0 : year - 1799) << 12;
    }

    /**
     * The calendar date at {@code at} (a scanner's calendar start whose first char is a letter), read within
     * {@code [at, to)}: packed as the class says.
     */
    static long read(String text, int at, int to) {
        int before = DateResolver.calendarMayStartAt(text, at);
        if (before != 0) {
            return before == DateResolver.UNDECIDED ? UNDECIDED : NONE;
        }
        // The pattern tries its optional part word first ("early", "the end of"): where one stands, no other form can
        // open (none opens with those letters), so the date is the part word's and what follows it.
        boolean part = false;
        for (char[] p : PARTS) {
            int e = at + p.length;
            if (e <= to && PlainRow.sameAt(text, at, p)) {
                part = true;
                // [- ]?: what follows opens with a letter or a digit, never with the '-' or ' '.
                long r = afterPart(text, e < to && (text.charAt(e) == '-' || text.charAt(e) == ' ') ? e + 1 : e, to);
                if (r != NONE) {
                    // The part's words are read again for what they say (parsed 0).
                    return end(r) == DateResolver.UNDECIDED ? UNDECIDED : pack(end(r), 0);
                }
            }
        }
        if (part) {
            return NONE;
        }
        return afterPart(text, at, to);
    }

    /**
     * The pattern's forms without a part word at {@code q} (a letter or a digit; no look-behind before them): a month
     * first, a number (a year, or a day before its month), "last", "this", "next"; {@link #NONE} for any other word.
     */
    private static long afterPart(String text, int q, int to) {
        if (q >= to) {
            return NONE;
        }
        if (isDigit(text.charAt(q))) {
            return numberAt(text, q, to);
        }
        int spelling = spellingAt(text, q, to);
        if (spelling == DateResolver.UNDECIDED) {
            return UNDECIDED;
        }
        if (spelling >= 0) {
            return afterMonth(text, q, to, spelling);
        }
        return lastThisNext(text, q, to);
    }

    /**
     * The index in {@link #SPELLINGS} of the month the pattern's month reads at {@code at} (the run of ASCII letters there,
     * within {@code to}, followed by no letter), -1 for none, {@link DateResolver#UNDECIDED} when a surrogate follows.
     */
    private static int spellingAt(String text, int at, int to) {
        int n = text.length();
        int e = at;
        while (e < n && isAsciiLetter(text.charAt(e))) {
            e++;
        }
        int len = e - at;
        if (len < 3 || len > 9 || e > to) {
            return -1;
        }
        int letter = letterAt(text, e);
        if (letter != 0) {
            return letter < 0 ? DateResolver.UNDECIDED : -1;
        }
        for (int i = 0; i < SPELLINGS.length; i++) {
            String s = SPELLINGS[i];
            if (s.length() == len && text.startsWith(s, at)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the char at {@code i} is a letter ({@code \p{L}}, as a look-ahead reads it): 1 yes, 0 no (or the end), -1 a surrogate. */
    private static int letterAt(String text, int i) {
        if (i >= text.length()) {
            return 0;
        }
        char c = text.charAt(i);
        if (c < 128) {
            return isAsciiLetter(c) ? 1 : 0;
        }
        if (Character.isSurrogate(c)) {
            return -1;
        }
        return Character.isLetter(c) ? 1 : 0;
    }

    private static boolean isAsciiLetter(char c) {
        return (char) ((c | 0x20) - 'a') < 26;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The pattern's alternatives that open with a month, tried in its order: month and day, month and year, the bare
     * month after its words. The month ends after its letters, or (first) after a '.' the spelling may take when no
     * letter follows that.
     */
    private static long afterMonth(String text, int at, int to, int spelling) {
        int letters = at + SPELLINGS[spelling].length();
        int month = SPELLING_MONTH[spelling];
        int dotted = -1;
        if (SPELLING_DOT[spelling] && letters < to && text.charAt(letters) == '.') {
            int letter = letterAt(text, letters + 1);
            if (letter < 0) {
                return UNDECIDED;
            }
            if (letter == 0) {
                dotted = letters + 1;
            }
        }
        // The month's ends in the order the pattern tries them: with the '.', then without.
        int firstEnd = dotted >= 0 ? 0 : 1;
        // Month, '.'?, white space, day, then maybe ','? white space* and a year.
        for (int i = firstEnd; i < 2; i++) {
            long r = dayAfter(text, i == 0 ? dotted : letters, to, month);
            if (r != NONE) {
                return r;
            }
        }
        // Month, ','?, white space, year.
        for (int i = firstEnd; i < 2; i++) {
            int q = i == 0 ? dotted : letters;
            int r = q < to && text.charAt(q) == ',' ? q + 1 : q;
            int s = RegexSpace.skip(text, r, to);
            if (s > r) {
                int y = yearAt(text, s, to);
                if (y >= 0) {
                    return pack(s + 4, fields(MONTH_YEAR, month, 0, y));
                }
            }
        }
        // The bare month after "in", "since", ... and one space, or after "mid-".
        int before = monthWordBefore(text, at);
        if (before == DateResolver.UNDECIDED) {
            return UNDECIDED;
        }
        if (before > 0) {
            return pack(dotted >= 0 ? dotted : letters, fields(MONTH, month, 0, -1));
        }
        return NONE;
    }

    /**
     * The calendar date at a number {@code q} (its look-behind aside), read within {@code [q, to)}: a year or an ISO date
     * ({@link DateResolver#calendarNumberEnd}, parsed 0), else a day before its month.
     */
    static long numberAt(String text, int q, int to) {
        int e = DateResolver.calendarNumberEnd(text, q, to);
        return e != DateResolver.UNDECIDED ? pack(e, 0) : dayFirst(text, q, to);
    }

    /**
     * The pattern's day before its month at {@code q} ({@code DAY\s+(?:of\s+)?MONTH\.?(?:,?\s*YEAR)?}), with its month,
     * day and year ({@link #MONTH_DAY}). The month's '.' is read by the month where no letter follows it, else by the
     * {@code \.?} after it: either way the date runs past it.
     */
    static long dayFirst(String text, int q, int to) {
        int d = dayEnd(text, q, to);
        if (d < 0) {
            return NONE;
        }
        int s = RegexSpace.skip(text, d, to);
        if (s == d) {
            return NONE;
        }
        if (s + 2 <= to && text.charAt(s) == 'o' && text.charAt(s + 1) == 'f') {
            // "of" and white space, else the month right here (no month opens with "of").
            int o = RegexSpace.skip(text, s + 2, to);
            if (o > s + 2) {
                s = o;
            }
        }
        int spelling = spellingAt(text, s, to);
        if (spelling < 0) {
            return spelling == DateResolver.UNDECIDED ? UNDECIDED : NONE;
        }
        int e = s + SPELLINGS[spelling].length();
        if (e < to && text.charAt(e) == '.') {
            if (SPELLING_DOT[spelling]) {
                int letter = letterAt(text, e + 1);
                if (letter < 0) {
                    return UNDECIDED;
                }
                if (letter == 0) {
                    // The month's own '.', then the pattern's.
                    e++;
                    if (e < to && text.charAt(e) == '.') {
                        e++;
                    }
                } else {
                    e++;
                }
            } else {
                e++;
            }
        }
        return monthDay(text, e, to, SPELLING_MONTH[spelling], dayValue(text, q, d));
    }

    /** The day's number: the digits from {@code from} before its suffix (within {@code end}, the day's end). */
    private static int dayValue(String text, int from, int end) {
        int day = 0;
        for (int i = from; i < end && isDigit(text.charAt(i)); i++) {
            day = 10 * day + (text.charAt(i) - '0');
        }
        return day;
    }

    /** A month and a day ending at {@code e}, then ','?, white space* and a year if one stands there ({@link #MONTH_DAY}). */
    private static long monthDay(String text, int e, int to, int month, int day) {
        int y = e < to && text.charAt(e) == ',' ? e + 1 : e;
        y = RegexSpace.skip(text, y, to);
        int year = yearAt(text, y, to);
        return year >= 0 ? pack(y + 4, fields(MONTH_DAY, month, day, year)) : pack(e, fields(MONTH_DAY, month, day, -1));
    }

    /** After a month ending at {@code q}: '.'?, white space, a day, and maybe a year; {@link #NONE} when that fails. */
    private static long dayAfter(String text, int q, int to, int month) {
        for (int r = q < to && text.charAt(q) == '.' ? q + 1 : q; ; r = q) {
            int s = RegexSpace.skip(text, r, to);
            if (s > r) {
                int d = dayEnd(text, s, to);
                if (d >= 0) {
                    return monthDay(text, d, to, month, dayValue(text, s, d));
                }
            }
            if (r == q) {
                return NONE;
            }
        }
    }

    /** The year ({@code 1[89]\d\d|20\d\d}) at {@code i} within {@code to}, or -1. */
    private static int yearAt(String text, int i, int to) {
        if (i + 4 > to) {
            return -1;
        }
        char a = text.charAt(i);
        char b = text.charAt(i + 1);
        if ((a == '1' && (b == '8' || b == '9') || a == '2' && b == '0') && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
            return (a - '0') * 1000 + (b - '0') * 100 + (text.charAt(i + 2) - '0') * 10 + (text.charAt(i + 3) - '0');
        }
        return -1;
    }

    /**
     * The end of the pattern's day ({@code (?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)}) at {@code s} within
     * {@code to}, its alternatives in order, or -1.
     */
    static int dayEnd(String text, int s, int to) {
        if (s >= to) {
            return -1;
        }
        char a = text.charAt(s);
        char b = s + 1 < to ? text.charAt(s + 1) : 0;
        if ((a == '1' || a == '2') && isDigit(b)) {
            int e = suffixed(text, s + 2, to);
            if (e >= 0) {
                return e;
            }
        }
        if (a == '3' && (b == '0' || b == '1')) {
            int e = suffixed(text, s + 2, to);
            if (e >= 0) {
                return e;
            }
        }
        if (a == '0' && b >= '1' && b <= '9') {
            return suffixed(text, s + 2, to);
        }
        if (a >= '1' && a <= '9') {
            return suffixed(text, s + 1, to);
        }
        return -1;
    }

    /** After a day's digits: "st", "nd", "rd" or "th" if they are there (first), then no digit after; the end or -1. */
    private static int suffixed(String text, int j, int to) {
        if (j + 2 <= to) {
            char c = text.charAt(j);
            char d = text.charAt(j + 1);
            if ((c == 's' && d == 't' || c == 'n' && d == 'd' || c == 'r' && d == 'd' || c == 't' && d == 'h') && !digitAt(text, j + 2)) {
                return j + 2;
            }
        }
        return digitAt(text, j) ? -1 : j;
    }

    private static boolean digitAt(String text, int i) {
        return i < text.length() && isDigit(text.charAt(i));
    }

    /**
     * Whether one of {@link #BEFORE_MONTH} (after a word boundary) and one space, or "mid-", stands right before
     * {@code at}: 1 yes, 0 no, {@link DateResolver#UNDECIDED} when a char past ASCII stands before such a word (a
     * boundary there needs the pattern's own rule).
     */
    private static int monthWordBefore(String text, int at) {
        if (at >= 4 && text.startsWith("mid-", at - 4)) {
            return 1;
        }
        if (at < 3 || text.charAt(at - 1) != ' ') {
            return 0;
        }
        int undecided = 0;
        for (String w : BEFORE_MONTH) {
            int p = at - 1 - w.length();
            if (p >= 0 && text.startsWith(w, p)) {
                int before = PlainRow.wordStartAt(text, p);
                if (before == 0) {
                    return 1;
                }
                if (before == DateResolver.UNDECIDED) {
                    undecided = DateResolver.UNDECIDED;
                }
            }
        }
        return undecided;
    }

    /**
     * "last", "this" or "next" (first letter in either case), white space, then a month or "week", "month", "year"
     * followed by no letter.
     */
    private static long lastThisNext(String text, int at, int to) {
        int which = -1;
        char c = text.charAt(at);
        for (int w = 0; w < WHICH.length; w++) {
            String word = WHICH[w];
            if ((c == word.charAt(0) || c == word.charAt(0) - 32) && text.regionMatches(at + 1, word, 1, 3)) {
                which = w;
                break;
            }
        }
        if (which < 0) {
            // Another word (a month in capitals, "the" before another word): no form opens with it.
            return NONE;
        }
        if (at + 4 > to) {
            return NONE;
        }
        int s = RegexSpace.skip(text, at + 4, to);
        if (s == at + 4) {
            return NONE;
        }
        int spelling = spellingAt(text, s, to);
        if (spelling == DateResolver.UNDECIDED) {
            return UNDECIDED;
        }
        if (spelling >= 0) {
            int e = s + SPELLINGS[spelling].length();
            if (SPELLING_DOT[spelling] && e < to && text.charAt(e) == '.') {
                int letter = letterAt(text, e + 1);
                if (letter < 0) {
                    return UNDECIDED;
                }
                if (letter == 0) {
                    e++;
                }
            }
            return pack(e, fields(LAST_THIS_NEXT, 0, 0, -1) | which << 21 | (2 + SPELLING_MONTH[spelling]) << 23);
        }
        for (int u = 0; u < UNITS.length; u++) {
            String unit = UNITS[u];
            int e = s + unit.length();
            if (e <= to && text.startsWith(unit, s)) {
                int letter = letterAt(text, e);
                if (letter < 0) {
                    return UNDECIDED;
                }
                return letter == 0 ? pack(e, fields(LAST_THIS_NEXT, 0, 0, -1) | which << 21 | u << 23) : NONE;
            }
        }
        return NONE;
    }
}
