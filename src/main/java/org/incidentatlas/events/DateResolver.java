package org.incidentatlas.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.TextSpan;
import org.incidentatlas.text.RegexSpace;
import org.incidentatlas.text.TokenArray;

/**
 * The date grammar of news text: finds temporal expressions and resolves them against the publication date
 * and, for "a day later" or "that day", against the date mentioned before. Pure and thread-safe.
 *
 * <p>Relative expressions ("yesterday", "last March", "on Sunday") need the publication date: without one they
 * stay unresolved with their words, never a guessed day. Absolute dates with a year always resolve. A bare
 * month and day ("November 26") takes the year that makes it the latest such date not after publication; with
 * no publication date it borrows the year of an analyst's approximate date ({@code yearHint}) or of the last
 * full date in the text, and says so in its text.
 */
public final class DateResolver {

    /** A date expression found in text, with the span of its words. */
    public record Found(TextSpan span, EventDate date) {
    }

    /**
     * What relative expressions are anchored on. {@code published} may be null; {@code approx} is the end of an
     * analyst's approximate publication period ("2022-12" → 2022-12-31) and only completes missing years.
     */
    public record Anchor(LocalDate published, LocalDate approx) {
        public static Anchor of(LocalDate published) {
            return new Anchor(published, null);
        }

        /** Parses an approximate date ("2017", "2022-12", "2022-12-05") to the last day it can mean, or null. */
        public static LocalDate approxEnd(String approx) {
            if (approx == null) {
                return null;
            }
            Matcher m = Pattern.compile("^\\s*(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?").matcher(approx);
            if (!m.find()) {
                return null;
            }
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return LocalDate.of(y, 12, 31);
            }
            int mo = Integer.parseInt(m.group(2));
            if (mo < 1 || mo > 12) {
                return null;
            }
            return m.group(3) == null ? YearMonth.of(y, mo).atEndOfMonth() : LocalDate.of(y, mo, Integer.parseInt(m.group(3)));
        }
    }

    private static final String MONTH = "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?"
            + "|Aug(?:ust|\\.)?|Sep(?:t(?:ember|\\.)?|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)(?![\\p{L}])";
    private static final String DAY = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\\d)";
    private static final String YEAR = "(?:1[89]\\d\\d|20\\d\\d)";
    private static final String PART = "(?i:early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of|middle of)";
    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUM = "(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)";
    private static final String UNIT = "(?:day|week|month|year)s?";

    /** A calendar expression (no "since"/"between"), the building block of ranges. */
    private static final String CAL = "(?:(?:" + PART + "[- ]?)?(?:" + MONTH + "\\.?\\s+" + DAY + "(?:,?\\s*" + YEAR + ")?"
            + "|" + DAY + "\\s+(?:of\\s+)?" + MONTH + "\\.?(?:,?\\s*" + YEAR + ")?"
            + "|" + MONTH + ",?\\s+" + YEAR
            + "|" + YEAR + "-\\d\\d-\\d\\d"
            + "|" + YEAR + "(?![\\d,]\\d)"
            + "|(?:[Ll]ast|[Tt]his|[Nn]ext)\\s+(?:" + MONTH + "|(?:week|month|year)(?![\\p{L}]))"
            + "|(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|of|[Ff]rom|to|through|and|or|[Bb]efore|[Aa]fter|[Bb]etween|early|mid|late) |mid-)" + MONTH + "))";

    private static final Pattern RANGE = Pattern.compile(
            "\\b(?:between|from)\\s+(" + CAL + ")\\s+(?:and|to|until|till|through)\\s+(" + CAL + ")");
    /**
     * "since March", or ({@code group(2)}) "since Saturday", "since last week": open ranges from a day or week counted
     * back from publication. One pattern for both, so the text is scanned for "since" once.
     */
    private static final Pattern SINCE = Pattern.compile("(?i:\\bsince)\\s+(?:(?:the\\s+)?(" + CAL + ")|((?:(?i:last)\\s+)?" + WEEKDAY
            + "|(?i:yesterday|last week|last month|the weekend|last weekend|earlier this (?:week|month)))\\b)");
    private static final Pattern RELATIVE_UNIT = Pattern.compile("(earlier|later|last|this|next|past) (week|month|year)");
    private static final Pattern CAL_P = Pattern.compile("(?<![\\p{L}\\d$£€])" + CAL);
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:"
            + "the day before yesterday|yesterday|today|tonight|this (?:morning|afternoon|evening)|last night"
            + "|(?:earlier|later) this (?:week|month|year)|(?:last|this|past) weekend|(?:last|this|next|past) (?:week|month|year)"
            + "|(?:the )?(?:same|that|following|next|previous|preceding) day|the day before|the day after"
            + "|" + NUM + " " + UNIT + " (?:ago|earlier|later|before|after(?:wards)?)"
            + "|a (?:day|week|month|year) (?:ago|earlier|later|before|after(?:wards)?)"
            + "|(?:" + NUM + " )?hours? (?:earlier|later|before|after(?:wards)?)"
            + "|recently"
            + ")\\b");
    private static final Pattern WEEKDAY_P = Pattern.compile("\\b(?:(?i:on|last|this past|past)\\s+)?" + WEEKDAY + "\\b");
    /** Names that contain a weekday but are no date: "Good Friday", "The Sunday Times", "on a Sunday". */
    static final Pattern NOT_A_DAY_BEFORE = Pattern.compile(WeekdayContext.notADayBefore());
    static final Pattern NOT_A_DAY_AFTER = Pattern.compile(WeekdayContext.notADayAfter());
    /** A weekday's full date after it: "Saturday, March 31", "Friday 12". */
    static final Pattern DATE_AFTER = Pattern.compile(WeekdayContext.dateAfter());
    static final Pattern NEXT_BEFORE = Pattern.compile("\\b(?i:next)\\s+$");
    /** A weekday said of what is to come: "will meet on Tuesday", "is scheduled for Friday". */
    static final Pattern FUTURE_BEFORE = Pattern.compile("(?i)\\b(?:will|shall|'ll|scheduled|due|expected|set to|plans?|planned|planning|upcoming"
            + "|to be held)\\b[^.;:!?]{0,45}$");
    /**
     * Whether {@code s[from, to)} holds, in any ASCII case, the start of one of {@link #FUTURE_BEFORE}'s words ("wil", "sha", "'ll",
     * "sch", "due", "exp", "set", "pla", "upc", "to "), as a match needs; most text before a weekday holds none, and
     * this check costs less than the pattern's search (its case-blind alternatives tried at each char). Only the words
     * after the last '.', ';', ':', '!' or '?' count: the pattern allows none of them between its word and the end.
     */
    static boolean mayHaveFutureWord(String s, int from, int to) {
        // Read from the end back: a match has none of . ; : ! ? after its word, so the first of them ends the search.
        for (int i = to - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?') {
                return false;
            }
            if (c >= 128 || i + 2 >= to) {
                continue;
            }
            int b = s.charAt(i + 1) | 0x20;
            int d = s.charAt(i + 2) | 0x20;
            boolean opens = switch (c | 0x20) {
                case 'w' -> b == 'i' && d == 'l';
                case 's' -> b == 'h' && d == 'a' || b == 'c' && d == 'h' || b == 'e' && d == 't';
                case '\'' -> b == 'l' && d == 'l';
                case 'd' -> b == 'u' && d == 'e';
                case 'e' -> b == 'x' && d == 'p';
                case 'p' -> b == 'l' && d == 'a';
                case 'u' -> b == 'p' && d == 'c';
                case 't' -> b == 'o' && s.charAt(i + 2) == ' ';
                default -> false;
            };
            if (opens) {
                return true;
            }
        }
        return false;
    }

    /** "It comes a week after ...": the event after "after" lies before the anchor, not after it. */
    private static final Pattern COMES_BEFORE = Pattern.compile("(?i)\\b(?:comes?|came|coming)\\s+(?:just |only |barely |nearly |almost |exactly |more than |less than )?$");
    /** The words after "the" that open "the first week of the war" ({@link #UNANCHORED}). */
    private static final String[] EPISODE_ORDINALS = {"first", "second", "third", "last", "early", "opening"};
    private static final Pattern UNANCHORED = Pattern.compile("(?i)\\b(?:in |during )?the (" + String.join("|", EPISODE_ORDINALS)
            + ") (day|week|month|days|weeks|months) of the ([\\p{L}-]+(?: [\\p{L}-]+)?)");
    private static final String EPISODE = "war|conflict|offensive|operation|invasion|campaign|uprising|protests|siege|fighting|ceasefire|truce";
    /** "the Israel-Hamas war which began on October 7": when an episode started, to anchor "the first week of the war". */
    private static final Pattern EPISODE_START = Pattern.compile("(?i)\\b(" + EPISODE + ")\\b[^.;]{0,40}?\\b(?:began|started|broke out|erupted|was launched)\\s+(?:on|in)\\s+("
            + "(?-i:" + MONTH + ")\\.?\\s+" + DAY + "(?:,?\\s*" + YEAR + ")?|" + DAY + "\\s+(?-i:" + MONTH + ")(?:,?\\s*" + YEAR + ")?|(?-i:" + MONTH + "),?\\s+" + YEAR + "|" + YEAR + ")");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("a few", 3), Map.entry("several", 3));

    private DateResolver() {
    }

    /** Resolves one expression on its own (the first date found in it), or unresolved if none is found. */
    public static EventDate resolve(String expression, LocalDate published) {
        return resolve(expression, Anchor.of(published), null);
    }

    public static EventDate resolve(String expression, Anchor anchor, EventDate previous) {
        List<Found> all = find(expression, 0, expression.length(), anchor, previous);
        return all.isEmpty() ? EventDate.unresolved(expression) : all.get(0).date();
    }

    /**
     * Every date expression in {@code text[from, to)} in text order. Each relative-to-previous expression is
     * anchored on the last resolved date before it ({@code previous} at the start).
     */
    public static List<Found> find(String text, int from, int to, Anchor anchor, EventDate previous) {
        return resolveAll(text, scan(text, from, to), anchor, previous);
    }

    /**
     * The date expressions of {@code text[from, to)} before they are resolved, sorted by start (longer first at one
     * start): found once, they can be resolved against several anchors ({@link DateAnchoring}).
     */
    static List<Raw> scan(String text, int from, int to) {
        return scan(text, to, DateScanner.starts(text, from, to));
    }

    /**
     * {@link #scan(String, int, int)} of {@code tokens.text()[0, to)}, where the scanner reads the article's tokens
     * ({@link DateScanner#starts(TokenArray, int)}, the same starts).
     */
    static List<Raw> scan(TokenArray tokens, int to) {
        return scan(tokens.text(), to, DateScanner.starts(tokens, to));
    }

    private static List<Raw> scan(String text, int to, int[] starts) {
        List<Raw> raws = new ArrayList<>();
        if (starts.length == 0) {
            return raws;
        }
        // This thread's matchers, made once and reset to this text (a Matcher's arrays cost more than most matches).
        Matcher[] matchers = SCAN_MATCHERS.get();
        int used = 0;
        int[] lastEnd = new int[SCAN_ORDER.length];
        for (int s = 0; s < starts.length; s += 2) {
            int at = starts[s];
            int kinds = starts[s + 1];
            for (int k = 0; k < SCAN_ORDER.length; k++) {
                Kind kind = SCAN_ORDER[k];
                if ((kinds & kind.scannerBit) == 0 || at < lastEnd[k]) {
                    continue;
                }
                if (kind == Kind.RANGE && !calendarFollows(text, at, starts, s)) {
                    // "from the start", "between the two": no calendar date opens right after the word.
                    continue;
                }
                if (kind == Kind.UNANCHORED && !episodeOrdinalAt(text, at)) {
                    // "in the city", "the first time": no "the first", "the opening" ... as UNANCHORED needs.
                    continue;
                }
                // Read here by hand: a year or an ISO date (most calendar starts are years; a day number goes to the
                // pattern), a weekday with its optional "on", "last", "past" (a non-ASCII neighbour goes to the pattern).
                // A calendar date opening with a month or with "last", "this", "next" is read by hand too, with what it says.
                int end;
                int read = 0;
                if (kind == Kind.CAL) {
                    long r = calendarAt(text, at, to);
                    end = CalendarWords.end(r);
                    read = CalendarWords.parsed(r);
                } else {
                    end = kind == Kind.WEEKDAY ? weekdayEnd(text, at, to) : kind == Kind.RELATIVE ? relativeEnd(text, at, to) : UNDECIDED;
                }
                if (end != UNDECIDED) {
                    if (end >= 0) {
                        raws.add(new Raw(kind, at, end, read));
                        lastEnd[k] = end;
                    }
                    continue;
                }
                Matcher m = matchers[k];
                if (m == null) {
                    m = matchers[k] = patternOf(kind).matcher(text).useTransparentBounds(true);
                } else if ((used & (1 << k)) == 0) {
                    m.reset(text);
                }
                used |= 1 << k;
                // Matches of one kind do not overlap: the next is tried after the end of the last (as find() would).
                m.region(at, to);
                if (m.lookingAt()) {
                    raws.add(new Raw(kind, m.start(), m.end()));
                    lastEnd[k] = m.end();
                }
            }
        }
        for (int k = 0; k < matchers.length; k++) {
            if ((used & (1 << k)) != 0) {
                // Keeps no article's text alive after the call.
                matchers[k].reset("");
            }
        }
        sortByStart(raws);
        return raws;
    }

    /**
     * Sorts by start, the longer first at one start, keeping the order of equals (as a stable sort): by insertion, as
     * the scan finds them in order of start but for the kinds at one start (a comparator sort cost more than the list's
     * few moves).
     */
    static void sortByStart(List<Raw> raws) {
        for (int i = 1; i < raws.size(); i++) {
            Raw r = raws.get(i);
            int j = i;
            while (j > 0 && comesAfter(raws.get(j - 1), r)) {
                raws.set(j, raws.get(j - 1));
                j--;
            }
            if (j < i) {
                raws.set(j, r);
            }
        }
    }

    /** Whether {@code a} sorts after {@code b}: a later start, or at one start a shorter span. */
    private static boolean comesAfter(Raw a, Raw b) {
        return a.start != b.start ? a.start > b.start : a.end - a.start < b.end - b.start;
    }

    /**
     * {@link #CAL_P}'s match at a scanner start {@code at} (matched with {@code lookingAt} over {@code [at, to)}, bounds
     * transparent) read by hand, packed as {@link CalendarWords} packs it: at a number a year, an ISO date or a day
     * before its month, at a word what {@link CalendarWords#read} reads.
     */
    static long calendarAt(String text, int at, int to) {
        if (!isDigit(text.charAt(at))) {
            return CalendarWords.read(text, at, to);
        }
        int before = calendarMayStartAt(text, at);
        return before != 0 ? CalendarWords.pack(before, 0) : CalendarWords.numberAt(text, at, to);
    }

    /** {@link #numericCalendarEnd}: the pattern must decide. */
    static final int UNDECIDED = PlainRow.UNDECIDED;

    /**
     * {@link #CAL_P}'s look-behind at {@code at}: 0 when it holds (no letter ({@code \p{L}}), ASCII digit, $, £ or €
     * right before), -1 when it fails, {@link #UNDECIDED} when a surrogate stands before (a supplementary letter).
     */
    static int calendarMayStartAt(String text, int at) {
        if (at == 0) {
            return 0;
        }
        char b = text.charAt(at - 1);
        if (Character.isSurrogate(b)) {
            return UNDECIDED;
        }
        return Character.isLetter(b) || isDigit(b) || b == '$' || b == '\u00a3' || b == '\u20ac' ? -1 : 0;
    }

    /**
     * Where {@link #CAL_P}'s match at {@code at} (matched with {@code lookingAt} over the region {@code [at, to)}, bounds
     * transparent) ends when {@code text} holds a run of three or more ASCII digits there, without running it: -1 for no
     * match, {@link #UNDECIDED} when the run is shorter (a day number, which opens "3 March") or a surrogate stands
     * before it. Digits rule out every form of the pattern but two: {@code YEAR-\d\d-\d\d} and {@code YEAR(?![\d,]\d)}
     * (a day of one or two digits needs no digit after it; the other forms open with a letter).
     */
    static int numericCalendarEnd(String text, int at, int to) {
        int before = calendarMayStartAt(text, at);
        if (before != 0) {
            return before;
        }
        return calendarNumberEnd(text, at, to);
    }

    /** {@link #numericCalendarEnd} but for its look-behind (a number after a part word: "mid-2019"). */
    static int calendarNumberEnd(String text, int at, int to) {
        int n = text.length();
        int run = at;
        while (run < n && isDigit(text.charAt(run))) {
            run++;
        }
        run -= at;
        if (run < 3) {
            return UNDECIDED;
        }
        char a = text.charAt(at);
        char b = text.charAt(at + 1);
        if (run < 4 || !(a == '1' && (b == '8' || b == '9') || a == '2' && b == '0')) {
            return -1;
        }
        int y = at + 4;
        if (run == 4 && y + 6 <= to && text.charAt(y) == '-' && isDigit(text.charAt(y + 1)) && isDigit(text.charAt(y + 2))
                && text.charAt(y + 3) == '-' && isDigit(text.charAt(y + 4)) && isDigit(text.charAt(y + 5))) {
            return y + 6;
        }
        if (y > to || y + 1 < n && (isDigit(text.charAt(y)) || text.charAt(y) == ',') && isDigit(text.charAt(y + 1))) {
            return -1;
        }
        return y;
    }

    /** {@link #WEEKDAY_P}'s day names, and its words before one (any ASCII case), which it tries first. */
    private static final String[] WEEKDAY_NAMES = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final char[][] WEEKDAY_BEFORE = {"on".toCharArray(), "last".toCharArray(), "this past".toCharArray(),
        "past".toCharArray()};

    /**
     * Where {@link #WEEKDAY_P}'s match at {@code at} (matched with {@code lookingAt} over the region {@code [at, to)},
     * bounds transparent) ends, without running it: -1 for no match, {@link #UNDECIDED} when a char its {@code \b}
     * reads is not ASCII (a combining mark or a letter there needs the pattern's own rule). At one start only one path
     * can match: a day name, or one of {@link #WEEKDAY_BEFORE}, white space and a day name (no word before a day is a
     * day name, and no two of those words open alike).
     */
    static int weekdayEnd(String text, int at, int to) {
        int before = PlainRow.wordStartAt(text, at);
        if (before != 0) {
            return before;
        }
        int end = dayNameEnd(text, at, to);
        if (end < 0) {
            int p = -1;
            for (char[] w : WEEKDAY_BEFORE) {
                // (?i) without UNICODE_CASE: ASCII letters in either case, as PlainRow compares its literals.
                if (at + w.length <= to && PlainRow.sameAt(text, at, w)) {
                    p = at + w.length;
                    break;
                }
            }
            if (p < 0) {
                return -1;
            }
            int q = RegexSpace.skip(text, p, to);
            if (q == p) {
                return -1;
            }
            end = dayNameEnd(text, q, to);
            if (end < 0) {
                return -1;
            }
        }
        if (end < text.length()) {
            char c = text.charAt(end);
            if (c >= 128) {
                return UNDECIDED;
            }
            if (PlainRow.isWordAscii(c)) {
                return -1;
            }
        }
        return end;
    }

    /** {@link #RELATIVE}'s counts: {@code \\d{1,3}} (a position of {@link #RELATIVE_FORMS} that holds it) and its words. */
    private static final char[] COUNT = {'#'};
    private static final String COUNT_WORDS = "#|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several";
    private static final String UNIT_WORDS = "day|days|week|weeks|month|months|year|years";
    private static final String SHIFT_WORDS = "ago|earlier|later|before|after|afterwards";
    private static final String HOUR_SHIFT_WORDS = "earlier|later|before|after|afterwards";
    /**
     * {@link #RELATIVE}'s alternatives, in its order, as sequences of words (per position the words it allows, any ASCII
     * case) with one space between them and a word boundary after the last: every literal of the pattern is a whole
     * word followed by a space or by its closing {@code \b}, so a position's word is the text's whole run of word chars
     * there. A count ({@link #NUM}) is spelt out; "a few" is a form of its own; "a day ago" is a count's form already.
     */
    private static final char[][][][] RELATIVE_FORMS = forms(
            "the day before yesterday",
            "yesterday|today|tonight",
            "this morning|afternoon|evening",
            "last night",
            "earlier|later this week|month|year",
            "last|this|past weekend",
            "last|this|next|past week|month|year",
            "the same|that|following|next|previous|preceding day",
            "same|that|following|next|previous|preceding day",
            "the day before",
            "the day after",
            COUNT_WORDS + " " + UNIT_WORDS + " " + SHIFT_WORDS,
            "a few " + UNIT_WORDS + " " + SHIFT_WORDS,
            COUNT_WORDS + " hour|hours " + HOUR_SHIFT_WORDS,
            "a few hour|hours " + HOUR_SHIFT_WORDS,
            "hour|hours " + HOUR_SHIFT_WORDS,
            "recently");

    /**
     * By the first char of a form's first word (ASCII lower case; digits under '0'), the indexes in
     * {@link #RELATIVE_FORMS} of the forms that can open with it, in order; per form and position, a bit per length
     * one of its words has.
     */
    private static final int[][] RELATIVE_BY_FIRST = new int[128][];
    private static final long[][] RELATIVE_LENGTHS = new long[RELATIVE_FORMS.length][];

    static {
        for (int c = 0; c < 128; c++) {
            List<Integer> forms = new ArrayList<>();
            for (int f = 0; f < RELATIVE_FORMS.length; f++) {
                for (char[] w : RELATIVE_FORMS[f][0]) {
                    if (w == COUNT ? c == '0' : w[0] == c) {
                        forms.add(f);
                        break;
                    }
                }
            }
            RELATIVE_BY_FIRST[c] = forms.stream().mapToInt(Integer::intValue).toArray();
        }
        for (int f = 0; f < RELATIVE_FORMS.length; f++) {
            RELATIVE_LENGTHS[f] = new long[RELATIVE_FORMS[f].length];
            for (int k = 0; k < RELATIVE_FORMS[f].length; k++) {
                for (char[] w : RELATIVE_FORMS[f][k]) {
                    RELATIVE_LENGTHS[f][k] |= w == COUNT ? 0b1110 : 1L << w.length;
                }
            }
        }
    }

    /** Forms of words: positions split at spaces, the words of a position at '|'; "#" a count of digits. */
    private static char[][][][] forms(String... forms) {
        return java.util.Arrays.stream(forms).map(f -> java.util.Arrays.stream(f.split(" "))
                .map(position -> java.util.Arrays.stream(position.split("\\|")).map(w -> w.equals("#") ? COUNT : w.toCharArray())
                        .toArray(char[][]::new))
                .toArray(char[][][]::new)).toArray(char[][][][]::new);
    }

    /**
     * Where {@link #RELATIVE}'s match at {@code at} (matched with {@code lookingAt} over the region {@code [at, to)},
     * bounds transparent) ends, without running it: the first of {@link #RELATIVE_FORMS} whose words stand there, or
     * -1; {@link #UNDECIDED} when a char past ASCII stands right before {@code at} or right after a form's last word
     * (the engine's {@code \b} has its own rule for those).
     */
    static int relativeEnd(String text, int at, int to) {
        int before = PlainRow.wordStartAt(text, at);
        if (before != 0) {
            return before;
        }
        int n = text.length();
        int firstEnd = wordRunEnd(text, at);
        char c = at < n ? text.charAt(at) : 128;
        if (c >= 128) {
            // Every form opens with an ASCII letter or digit.
            return -1;
        }
        int[] candidates = RELATIVE_BY_FIRST[isDigit(c) ? '0' : (c | 0x20) & 127];
        for (int f : candidates) {
            char[][][] form = RELATIVE_FORMS[f];
            long[] lengths = RELATIVE_LENGTHS[f];
            int p = at;
            int e = firstEnd;
            for (int k = 0; e <= to && e - p < 64 && (lengths[k] >>> (e - p) & 1) != 0 && isOneOf(text, p, e, form[k]); k++) {
                if (k == form.length - 1) {
                    return e < n && text.charAt(e) >= 128 ? UNDECIDED : e;
                }
                if (e >= to || text.charAt(e) != ' ') {
                    break;
                }
                p = e + 1;
                e = wordRunEnd(text, p);
            }
        }
        return -1;
    }

    /** Whether {@code text[p, e)} is one of {@code words} (any ASCII case; {@link #COUNT}: one to three ASCII digits). */
    private static boolean isOneOf(String text, int p, int e, char[][] words) {
        int len = e - p;
        for (char[] w : words) {
            if (w == COUNT) {
                if (len >= 1 && len <= 3 && isDigit(text.charAt(p)) && (len < 2 || isDigit(text.charAt(p + 1)))
                        && (len < 3 || isDigit(text.charAt(p + 2)))) {
                    return true;
                }
            } else if (w.length == len && PlainRow.sameAt(text, p, w)) {
                return true;
            }
        }
        return false;
    }

    /** The end of the run of ASCII word chars ({@code [A-Za-z0-9_]}) at {@code i}. */
    private static int wordRunEnd(String text, int i) {
        int n = text.length();
        while (i < n && PlainRow.isWordAscii(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the day name (its case) at {@code at} within {@code to}, or -1. */
    private static int dayNameEnd(String text, int at, int to) {
        for (String d : WEEKDAY_NAMES) {
            if (at + d.length() <= to && text.startsWith(d, at)) {
                return at + d.length();
            }
        }
        return -1;
    }

    /**
     * Whether the scanner's next start after the word at {@code at} (start pair {@code s} of {@code starts}) opens a
     * calendar date and follows that word after white space only ({@code \\s}), as {@link #RANGE}'s first date must.
     */
    private static boolean calendarFollows(String text, int at, int[] starts, int s) {
        if (s + 2 >= starts.length || (starts[s + 3] & DateScanner.CAL) == 0) {
            return false;
        }
        int i = at;
        int n = text.length();
        while (i < n && Character.isLetter(text.charAt(i))) {
            i++;
        }
        int word = i;
        i = RegexSpace.skip(text, i, n);
        return i > word && i == starts[s + 2];
    }

    /**
     * Whether at {@code at} stand "in ", "during " or nothing, then "the ", one of {@link #EPISODE_ORDINALS}, a space and
     * one of {@link #EPISODE_UNITS_OF_THE} (any case), as {@link #UNANCHORED} needs.
     */
    static boolean episodeOrdinalAt(String text, int at) {
        int i = at;
        int n = text.length();
        // ASCII case only, as the pattern's: a wider gate than its match is all that is needed.
        if (i + 3 <= n && PlainRow.sameAt(text, i, IN)) {
            i += 3;
        } else if (i + 7 <= n && PlainRow.sameAt(text, i, DURING)) {
            i += 7;
        }
        if (i + 4 > n || !PlainRow.sameAt(text, i, THE)) {
            return false;
        }
        i += 4;
        if (i >= text.length() || "fstleoFSTLEO".indexOf(text.charAt(i)) < 0) {
            // Most words after "in the" open no ordinal: ruled out by their first letter, not by six comparisons.
            return false;
        }
        for (String o : EPISODE_ORDINALS) {
            if (text.regionMatches(true, i, o, 0, o.length()) && i + o.length() < text.length() && text.charAt(i + o.length()) == ' ') {
                int j = i + o.length() + 1;
                for (String unit : EPISODE_UNITS_OF_THE) {
                    if (text.regionMatches(true, j, unit, 0, unit.length())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static final char[] IN = "in ".toCharArray();
    private static final char[] DURING = "during ".toCharArray();
    private static final char[] THE = "the ".toCharArray();

    /** {@link #UNANCHORED}'s units and the words after them. */
    private static final String[] EPISODE_UNITS_OF_THE = {"day of the ", "week of the ", "month of the ", "days of the ",
        "weeks of the ", "months of the "};

    /** Per thread, the matchers of {@link #scan} by {@link #SCAN_ORDER} position (transparent bounds), made on first use. */
    private static final ThreadLocal<Matcher[]> SCAN_MATCHERS = ThreadLocal.withInitial(() -> new Matcher[Kind.values().length]);

    /** Resolves scanned expressions in text order; overlapping ones after the first are dropped. */
    static List<Found> resolveAll(String text, List<Raw> raws, Anchor anchor, EventDate previous) {
        List<Found> out = new ArrayList<>();
        int lastEnd = -1;
        EventDate prev = previous;
        Integer contextYear = previous != null && previous.isResolved() ? previous.start().getYear() : null;
        for (Raw r : raws) {
            if (r.start < lastEnd) {
                continue;
            }
            EventDate d = interpret(r, text, anchor, prev, contextYear);
            if (d == null) {
                continue;
            }
            lastEnd = r.end;
            out.add(new Found(new TextSpan(r.start, r.end), d));
            if (d.isResolved()) {
                prev = d;
                if (r.kind != Kind.RELATIVE && r.kind != Kind.WEEKDAY && hasYear(r.text(text))) {
                    contextYear = d.start().getYear();
                }
            }
        }
        return out;
    }

    enum Kind {
        RANGE(DateScanner.RANGE), SINCE(DateScanner.SINCE), CAL(DateScanner.CAL), RELATIVE(DateScanner.RELATIVE),
        WEEKDAY(DateScanner.WEEKDAY), UNANCHORED(DateScanner.UNANCHORED);

        final int scannerBit;

        Kind(int scannerBit) {
            this.scannerBit = scannerBit;
        }
    }

    /** At one start, the order kinds are tried in: a range or open range before the calendar date it contains. */
    private static final Kind[] SCAN_ORDER = {Kind.RANGE, Kind.SINCE, Kind.UNANCHORED, Kind.CAL, Kind.RELATIVE, Kind.WEEKDAY};

    /**
     * {@code parsed}: for a calendar date read by hand ({@link CalendarWords}), its form and fields (0 when the
     * pattern found it, and its words are read again).
     */
    record Raw(Kind kind, int start, int end, int parsed) {
        Raw(Kind kind, int start, int end) {
            this(kind, start, end, 0);
        }

        String text(String t) {
            return t.substring(start, end);
        }
    }

    /** Whether {@code s} holds a year (18xx, 19xx or 20xx, anywhere). */
    private static boolean hasYear(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if ((a == '1' && (b == '8' || b == '9') || a == '2' && b == '0') && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static EventDate interpret(Raw r, String text, Anchor anchor, EventDate prev, Integer contextYear) {
        String words = r.text(text);
        Matcher m = null;
        if (r.kind == Kind.RANGE || r.kind == Kind.SINCE || r.kind == Kind.UNANCHORED) {
            // Matched again for its groups; the other kinds need only the words ({@link #scan} matched them there).
            m = patternOf(r.kind).matcher(text).region(r.start, r.end).useTransparentBounds(true).useAnchoringBounds(false);
            if (!m.matches()) {
                return null;
            }
        }
        switch (r.kind) {
            case RANGE: {
                EventDate a = calendar(m.group(1), anchor, contextYear, null);
                EventDate b = calendar(m.group(2), anchor, a != null && a.isResolved() ? Integer.valueOf(a.start().getYear()) : contextYear, a);
                if (a == null || b == null) {
                    return null;
                }
                if (!a.isResolved() && b.isResolved()) {
                    // "between March and May 2019": the year is said once, at the end.
                    a = calendar(m.group(1), new Anchor(null, null), b.start().getYear(), null);
                    if (a != null && a.isResolved() && a.start().isAfter(b.start())) {
                        a = calendar(m.group(1), new Anchor(null, null), b.start().getYear() - 1, null);
                    }
                    if (a == null) {
                        return null;
                    }
                }
                if (!a.isResolved() || !b.isResolved() || b.end().isBefore(a.start())) {
                    return EventDate.unresolved(words);
                }
                return new EventDate(a.start(), b.end(), coarser(a.precision(), b.precision()), words, false);
            }
            case SINCE: {
                if (m.group(1) == null) {
                    return sinceRelative(m.group(2), words, anchor);
                }
                EventDate a = calendar(m.group(1), anchor, contextYear, null);
                if (a == null) {
                    return null;
                }
                if (!a.isResolved()) {
                    return EventDate.unresolved(words);
                }
                LocalDate end = anchor.published() != null && !anchor.published().isBefore(a.start()) ? anchor.published() : a.end();
                return new EventDate(a.start(), end, a.precision(), words, true);
            }
            case CAL:
                return r.parsed == 0 ? calendar(words, anchor, contextYear, null) : calendar(r.parsed, words, anchor, contextYear);
            case RELATIVE: {
                int from = Math.max(0, r.start - 30);
                return relative(words, anchor, prev, hasComeWord(text, from, r.start)
                        && COMES_BEFORE.matcher(text.substring(from, r.start)).find());
            }
            case WEEKDAY: {
                // The 50 chars before and the 12 after, each read as a string of its own (by hand; the pattern where
                // a reader hands back UNDECIDED).
                int from = Math.max(0, r.start - 50);
                int afterEnd = Math.min(text.length(), r.end + 12);
                boolean bare = words.indexOf(' ') < 0;
                if (bare && (decide(WeekdayContext.notADayBefore(text, from, r.start), NOT_A_DAY_BEFORE, text, from, r.start, false)
                        || decide(WeekdayContext.notADayAfter(text, r.end, afterEnd), NOT_A_DAY_AFTER, text, r.end, afterEnd, true))
                        || WeekdayContext.dateAfter(text, r.end, afterEnd)) {
                    // A name ("Good Friday") or a weekday before its full date ("Saturday, March 31"), which says the day itself.
                    return null;
                }
                if (bare && decide(WeekdayContext.nextBefore(text, from, r.start), NEXT_BEFORE, text, from, r.start, false)) {
                    return weekday("next " + words, anchor, true);
                }
                return weekday(words, anchor, mayHaveFutureWord(text, from, r.start)
                        && FUTURE_BEFORE.matcher(text.substring(from, r.start)).find());
            }
            case UNANCHORED:
                return episodePart(m.group(1), m.group(2), m.group(3), words, text, anchor);
            default:
                return null;
        }
    }

    /**
     * A hand reader's answer (1 or 0), or where it handed back {@link #UNDECIDED}, the pattern's over
     * {@code text[from, to)} as a string of its own: {@code find}, or {@code lookingAt} when {@code opening}.
     */
    private static boolean decide(int answer, Pattern p, String text, int from, int to, boolean opening) {
        if (answer != UNDECIDED) {
            return answer == 1;
        }
        Matcher m = p.matcher(text.substring(from, to));
        return opening ? m.lookingAt() : m.find();
    }

    /** Whether {@code text[from, to)} holds "com" or "cam" in any case, as {@link #COMES_BEFORE} needs. */
    private static boolean hasComeWord(String text, int from, int to) {
        for (int i = from; i + 2 < to; i++) {
            if ((text.charAt(i) | 0x20) == 'c') {
                char b = (char) (text.charAt(i + 1) | 0x20);
                if ((b == 'o' || b == 'a') && (text.charAt(i + 2) | 0x20) == 'm') {
                    return true;
                }
            }
        }
        return false;
    }

    /** "since Saturday", "since last week": from that day or week to publication; unresolved without a publication date. */
    private static EventDate sinceRelative(String inner, String words, Anchor anchor) {
        String lower = inner.toLowerCase(Locale.ROOT);
        EventDate a = lower.contains("weekend") ? weekday("last Saturday", anchor, false)
                : WEEKDAY_WORDS.matcher(lower).matches() && !lower.equals("yesterday") ? weekday(inner, anchor, false)
                : relative(inner, anchor, null);
        if (a == null || !a.isResolved()) {
            return EventDate.unresolved(words);
        }
        return new EventDate(a.start(), anchor.published(), a.precision(), words, true);
    }

    /** What {@link #sinceRelative} reads as a weekday ("saturday", "last saturday"). */
    private static final Pattern WEEKDAY_WORDS = Pattern.compile("(?:last\\s+)?\\p{L}+day");

    /** "the first week of the war": anchored only when the text says when that war began; otherwise unresolved. */
    private static EventDate episodePart(String ordinal, String unit, String noun, String words, String text, Anchor anchor) {
        String o = ordinal.toLowerCase(Locale.ROOT);
        String head = noun.toLowerCase(Locale.ROOT);
        head = head.substring(head.lastIndexOf(' ') + 1);
        int n = switch (o) {
            case "first", "opening" -> 1;
            case "second" -> 2;
            case "third" -> 3;
            default -> 0;
        };
        if (n == 0 || !head.matches(EPISODE)) {
            return EventDate.unresolved(words);
        }
        Matcher em = EPISODE_START.matcher(text);
        EventDate start = null;
        while (em.find()) {
            if (em.group(1).equalsIgnoreCase(head)) {
                start = calendar(em.group(2), anchor, null, null);
                break;
            }
        }
        if (start == null || !start.isResolved() || start.precision() != DatePrecision.DAY) {
            return EventDate.unresolved(words);
        }
        String u = unit.toLowerCase(Locale.ROOT);
        LocalDate s0 = start.start();
        if (u.startsWith("day")) {
            LocalDate d = s0.plusDays(n - 1L);
            return EventDate.day(d, words);
        }
        if (u.startsWith("week")) {
            LocalDate ws = s0.plusWeeks(n - 1L);
            return new EventDate(ws, ws.plusDays(6), DatePrecision.WEEK, words, false);
        }
        LocalDate ms = s0.plusMonths(n - 1L);
        return new EventDate(ms, ms.plusMonths(1).minusDays(1), DatePrecision.MONTH, words, false);
    }

    static Pattern patternOf(Kind k) {
        return switch (k) {
            case RANGE -> RANGE;
            case SINCE -> SINCE;
            case CAL -> CAL_P;
            case RELATIVE -> RELATIVE;
            case WEEKDAY -> WEEKDAY_P;
            case UNANCHORED -> UNANCHORED;
        };
    }

    private static final Pattern C_MONTH_DAY = Pattern.compile("(?:(" + PART + ")[- ]?)?(" + MONTH + ")\\.?\\s+(" + DAY + ")(?:,?\\s*(" + YEAR + "))?");
    private static final Pattern C_DAY_MONTH = Pattern.compile("(?:(" + PART + ")[- ]?)?(" + DAY + ")\\s+(?:of\\s+)?(" + MONTH + ")\\.?(?:,?\\s*(" + YEAR + "))?");
    private static final Pattern C_MONTH_YEAR = Pattern.compile("(?:(" + PART + ")[- ]?)?(" + MONTH + "),?\\s+(" + YEAR + ")");
    private static final Pattern C_ISO = Pattern.compile("(" + YEAR + ")-(\\d\\d)-(\\d\\d)");
    private static final Pattern C_YEAR = Pattern.compile("(?:(" + PART + ")[- ]?)?(" + YEAR + ")");
    private static final Pattern C_LAST = Pattern.compile("(?:(" + PART + ")[- ]?)?([Ll]ast|[Tt]his|[Nn]ext)\\s+(" + MONTH + "|week|month|year)");
    private static final Pattern C_MONTH = Pattern.compile("(?:(" + PART + ")[- ]?)?(" + MONTH + ")");

    /** One calendar expression; null when the words are not a date after all ("May" the verb). */
    private static EventDate calendar(String words, Anchor anchor, Integer contextYear, EventDate rangeStart) {
        Matcher m;
        // Only the ISO form, a day before its month and a year open with a digit; every other form with a letter.
        boolean digit = !words.isEmpty() && isDigit(words.charAt(0));
        if (digit && words.length() == 4 && hasYear(words)) {
            // A bare year, the most frequent calendar date: only C_YEAR matches it (no dash for the ISO form, no day of
            // one or two digits before a space), with no part word.
            return partOfYear(null, Integer.parseInt(words), words);
        }
        if (digit && (m = C_ISO.matcher(words)).matches()) {
            try {
                return EventDate.day(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), words);
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        if (!digit && (m = C_MONTH_DAY.matcher(words)).matches()) {
            return monthDay(words, month(m.group(2)), day(m.group(3)), yearOf(m.group(4)), anchor, contextYear);
        }
        if ((m = C_DAY_MONTH.matcher(words)).matches()) {
            return monthDay(words, month(m.group(3)), day(m.group(2)), yearOf(m.group(4)), anchor, contextYear);
        }
        if (!digit && (m = C_MONTH_YEAR.matcher(words)).matches()) {
            return part(m.group(1), YearMonth.of(Integer.parseInt(m.group(3)), month(m.group(2))), words);
        }
        if ((m = C_YEAR.matcher(words)).matches()) {
            int y = Integer.parseInt(m.group(2));
            return partOfYear(m.group(1), y, words);
        }
        if (digit) {
            return null;
        }
        if ((m = C_LAST.matcher(words)).matches()) {
            return lastThisNext(words, m.group(1), m.group(2).toLowerCase(Locale.ROOT), m.group(3), anchor);
        }
        if ((m = C_MONTH.matcher(words)).matches()) {
            return monthAlone(words, m.group(1), month(m.group(2)), anchor, contextYear, rangeStart);
        }
        return null;
    }

    /**
     * {@link #calendar(String, Anchor, Integer, EventDate)} of a date {@link CalendarWords} read (its {@code parsed}
     * form and fields): what the patterns would read from its words, without reading them again.
     */
    static EventDate calendar(int parsed, String words, Anchor anchor, Integer contextYear) {
        int mo = CalendarWords.month(parsed);
        return switch (CalendarWords.form(parsed)) {
            case CalendarWords.MONTH_DAY -> monthDay(words, mo, CalendarWords.day(parsed), CalendarWords.year(parsed), anchor, contextYear);
            case CalendarWords.MONTH_YEAR -> part(null, YearMonth.of(CalendarWords.year(parsed), mo), words);
            case CalendarWords.MONTH -> monthAlone(words, null, mo, anchor, contextYear, null);
            default -> lastThisNext(words, null, CalendarWords.which(parsed), CalendarWords.unit(parsed), anchor);
        };
    }

    /** The year a pattern's group read, or -1 when it read none. */
    private static int yearOf(String group) {
        return group == null ? -1 : Integer.parseInt(group);
    }

    /** A month without a day or a year ("in March"): of the range's year, the publication's or the text's. */
    private static EventDate monthAlone(String words, String part, int mo, Anchor anchor, Integer contextYear, EventDate rangeStart) {
        if (rangeStart != null && rangeStart.isResolved()) {
            YearMonth ym = YearMonth.of(rangeStart.start().getYear(), mo);
            if (ym.atEndOfMonth().isBefore(rangeStart.start())) {
                ym = ym.plusYears(1);
            }
            return part(part, ym, words);
        }
        LocalDate bound = bound(anchor);
        if (bound == null) {
            if (contextYear != null) {
                return part(part, YearMonth.of(contextYear, mo), words);
            }
            return EventDate.unresolved(words);
        }
        YearMonth ym = YearMonth.of(bound.getYear(), mo);
        if (ym.atDay(1).isAfter(bound)) {
            ym = ym.minusYears(1);
        }
        return part(part, ym, words + assumed(anchor));
    }

    /** {@code year}: -1 when the words give none. */
    private static EventDate monthDay(String words, int mo, int d, int year, Anchor anchor, Integer contextYear) {
        if (year >= 0) {
            return dayOf(year, mo, d, words);
        }
        LocalDate bound = bound(anchor);
        if (bound == null) {
            if (contextYear != null) {
                return dayOf(contextYear, mo, d, words + " (year from the text)");
            }
            return EventDate.unresolved(words);
        }
        EventDate e = dayOf(bound.getYear(), mo, d, words + assumed(anchor));
        if (e != null && e.start().isAfter(bound)) {
            e = dayOf(bound.getYear() - 1, mo, d, words + assumed(anchor));
        }
        return e;
    }

    private static String assumed(Anchor anchor) {
        return anchor.published() == null && anchor.approx() != null ? " (year from the approximate publication date)" : "";
    }

    private static LocalDate bound(Anchor anchor) {
        return anchor.published() != null ? anchor.published() : anchor.approx();
    }

    private static EventDate dayOf(int y, int mo, int d, String words) {
        try {
            return EventDate.day(LocalDate.of(y, mo, d), words);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** "late January" is the month to ACLED (month precision) but spans days 21 to the end. */
    private static EventDate part(String part, YearMonth ym, String words) {
        LocalDate s = ym.atDay(1);
        LocalDate e = ym.atEndOfMonth();
        if (part != null) {
            String p = part.toLowerCase(Locale.ROOT);
            if (p.startsWith("early") || p.contains("beginning") || p.contains("start")) {
                e = ym.atDay(10);
            } else if (p.startsWith("mid") || p.contains("middle")) {
                s = ym.atDay(11);
                e = ym.atDay(20);
            } else {
                s = ym.atDay(21);
            }
        }
        return new EventDate(s, e, DatePrecision.MONTH, words, false);
    }

    private static EventDate partOfYear(String part, int y, String words) {
        LocalDate s = LocalDate.of(y, 1, 1);
        LocalDate e = LocalDate.of(y, 12, 31);
        if (part != null) {
            String p = part.toLowerCase(Locale.ROOT);
            if (p.startsWith("early") || p.contains("beginning") || p.contains("start")) {
                e = LocalDate.of(y, 4, 30);
            } else if (p.startsWith("mid") || p.contains("middle")) {
                s = LocalDate.of(y, 5, 1);
                e = LocalDate.of(y, 8, 31);
            } else {
                s = LocalDate.of(y, 9, 1);
            }
        }
        return new EventDate(s, e, DatePrecision.YEAR, words, false);
    }

    private static EventDate lastThisNext(String words, String part, String which, String unit, Anchor anchor) {
        LocalDate pub = anchor.published();
        if (pub == null) {
            return EventDate.unresolved(words);
        }
        String u = unit.toLowerCase(Locale.ROOT);
        switch (u) {
            case "week": {
                LocalDate monday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                if (which.equals("last")) {
                    return new EventDate(monday.minusWeeks(1), monday.minusDays(1), DatePrecision.WEEK, words, false);
                }
                if (which.equals("next")) {
                    return new EventDate(monday.plusWeeks(1), monday.plusDays(13), DatePrecision.WEEK, words, false);
                }
                return new EventDate(monday, pub, DatePrecision.WEEK, words, false);
            }
            case "month": {
                YearMonth ym = YearMonth.from(pub).plusMonths(which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
                return upToPublication(part(part, ym, words), which, pub);
            }
            case "year": {
                int y = pub.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
                return upToPublication(partOfYear(part, y, words), which, pub);
            }
            default: {
                int mo = month(unit);
                YearMonth ym = YearMonth.of(pub.getYear(), mo);
                YearMonth cur = YearMonth.from(pub);
                if (which.equals("last")) {
                    // "last March" said in March or earlier means the year before.
                    if (!ym.isBefore(cur)) {
                        ym = ym.minusYears(1);
                    }
                } else if (which.equals("next")) {
                    if (!ym.isAfter(cur)) {
                        ym = ym.plusYears(1);
                    }
                }
                return part(part, ym, words);
            }
        }
    }

    private static final Pattern SHIFT = Pattern.compile("^(" + NUM + ") (day|week|month|year)s? (ago|earlier|later|before|after|afterwards)$");
    /** "hours later", "24 hours after": whole days only (fewer than 24 hours are the same day). */
    private static final Pattern HOURS = Pattern.compile("^(?:(" + NUM + ") )?hours? (earlier|later|before|after|afterwards)$");

    /** "this month" has happened by publication: it ends there. */
    private static EventDate upToPublication(EventDate d, String which, LocalDate pub) {
        if (which.equals("this") && d.end().isAfter(pub) && !d.start().isAfter(pub)) {
            return new EventDate(d.start(), pub, d.precision(), d.text(), false);
        }
        return d;
    }

    private static EventDate relative(String words, Anchor anchor, EventDate prev) {
        return relative(words, anchor, prev, false);
    }

    /**
     * {@code comesAfter}: the words follow "comes"/"came" ("It comes a week after a car bomb killed four people"), so what
     * follows them happened that long before the anchor.
     */
    private static EventDate relative(String words, Anchor anchor, EventDate prev, boolean comesAfter) {
        String w = words.toLowerCase(Locale.ROOT);
        LocalDate pub = anchor.published();
        // Expressions counted from the last date in the text, else from publication.
        LocalDate base = prev != null && prev.isResolved() ? prev.start() : pub;
        DatePrecision basePrecision = prev != null && prev.isResolved() ? prev.precision() : DatePrecision.DAY;
        if (w.contains("same day") || w.contains("that day")) {
            return prev != null && prev.isResolved()
                    ? new EventDate(prev.start(), prev.end(), prev.precision(), words, false) : EventDate.unresolved(words);
        }
        // A day counted from a month or a year ("in 2019 ... the day before") is no day the text gives.
        boolean coarseBase = basePrecision == DatePrecision.MONTH || basePrecision == DatePrecision.YEAR;
        if (w.contains("following day") || w.contains("next day") || w.equals("the day after")) {
            return prev == null || !prev.isResolved() || coarseBase ? EventDate.unresolved(words) : shifted(base, 1, "day", basePrecision, words, false);
        }
        if (w.contains("previous day") || w.contains("preceding day") || w.equals("the day before")) {
            return base == null || coarseBase ? EventDate.unresolved(words) : shifted(base, -1, "day", basePrecision, words, false);
        }
        Matcher m = SHIFT.matcher(w);
        if (m.matches()) {
            int n = NUMBERS.containsKey(m.group(1)) ? NUMBERS.get(m.group(1)) : Integer.parseInt(m.group(1));
            boolean vague = m.group(1).equals("a few") || m.group(1).equals("several");
            boolean ago = m.group(3).equals("ago");
            boolean comes = comesAfter && m.group(3).startsWith("after");
            // "It came two days after X": X lies that long before the event that "came", the day the text gave last
            // ("the attack on Friday, which came two days after X"); with no such day, before the report. A month
            // or a year given last ("in the 1990s") is no such day.
            boolean fromPrevious = comes && prev != null && prev.isResolved() && prev.precision() == DatePrecision.DAY;
            boolean fromPublication = ago || comes && !fromPrevious && pub != null;
            LocalDate from = fromPublication ? pub : base;
            DatePrecision fromPrecision = fromPublication ? DatePrecision.DAY : basePrecision;
            if (from == null) {
                return EventDate.unresolved(words);
            }
            boolean small = !m.group(2).equals("month") && !m.group(2).equals("year");
            if (small && (fromPrecision == DatePrecision.MONTH || fromPrecision == DatePrecision.YEAR)) {
                // Days or weeks counted from a month or a year give no day, and can cross into another year.
                return EventDate.unresolved(words);
            }
            int sign = m.group(3).startsWith("later") || m.group(3).startsWith("after") ? 1 : -1;
            if (comes) {
                sign = -1;
            } else if (sign > 0 && !(prev != null && prev.isResolved())) {
                // Counted forward from the publication date it would be a day still to come: nothing to anchor it on.
                return EventDate.unresolved(words);
            }
            return shifted(from, sign * n, m.group(2), fromPrecision, words, vague);
        }
        Matcher hours = HOURS.matcher(w);
        if (hours.matches()) {
            return hoursShift(hours, words, pub, prev, comesAfter);
        }
        if (pub == null) {
            return EventDate.unresolved(words);
        }
        if (w.equals("today") || w.equals("tonight") || w.startsWith("this morning") || w.startsWith("this afternoon")
                || w.startsWith("this evening")) {
            return EventDate.day(pub, words);
        }
        if (w.equals("yesterday") || w.equals("last night")) {
            return EventDate.day(pub.minusDays(1), words);
        }
        if (w.equals("the day before yesterday")) {
            return EventDate.day(pub.minusDays(2), words);
        }
        if (w.equals("recently")) {
            // Too vague for a day: the publication month, or the month before if the article came out in its first week.
            YearMonth ym = YearMonth.from(pub.getDayOfMonth() <= 7 ? pub.minusMonths(1) : pub);
            return new EventDate(ym.atDay(1), pub, DatePrecision.MONTH, words, false);
        }
        if (w.endsWith(" weekend")) {
            return weekend(w, pub, words);
        }
        m = RELATIVE_UNIT.matcher(w);
        if (m.find()) {
            String which = m.group(1);
            String unit = m.group(2);
            if (which.equals("past")) {
                // "the past week/month/year" is the period up to publication.
                LocalDate s = switch (unit) {
                    case "week" -> pub.minusWeeks(1);
                    case "month" -> pub.minusMonths(1);
                    default -> pub.minusYears(1);
                };
                DatePrecision p = unit.equals("week") ? DatePrecision.WEEK : unit.equals("month") ? DatePrecision.MONTH : DatePrecision.YEAR;
                return new EventDate(s, pub, p, words, false);
            }
            if (which.equals("earlier") || which.equals("later")) {
                which = "this";
            }
            EventDate d = lastThisNext(words, null, which, unit, anchor);
            if (which.equals("this") && d.end().isAfter(pub) && !w.startsWith("later")) {
                return new EventDate(d.start(), pub, d.precision(), words, false);
            }
            return d;
        }
        return EventDate.unresolved(words);
    }

    /**
     * "Hours later" and "24 hours after" count whole days from the day the text gave last ("on Sunday ... Hours later,
     * another bomb" is Sunday); "it came just hours after X" dates X on the day of the event that came (that day, else
     * the publication day). Counted forward from nothing, or from a month or a year, they give no day; "hours before
     * the killing" counts from an event, not a date, and is no date expression (null).
     */
    private static EventDate hoursShift(Matcher m, String words, LocalDate pub, EventDate prev, boolean comesAfter) {
        int n = m.group(1) == null ? 0 : NUMBERS.containsKey(m.group(1)) ? NUMBERS.get(m.group(1)) : Integer.parseInt(m.group(1));
        int days = n / 24;
        String dir = m.group(2);
        boolean forward = dir.startsWith("later") || dir.startsWith("after");
        boolean comes = comesAfter && dir.startsWith("after");
        if (!comes && (dir.equals("after") || dir.equals("before"))) {
            // "hours before the killing", "hours after the attack": counted from another event, not a date the text gave.
            return null;
        }
        LocalDate base = prev != null && prev.isResolved() && prev.precision() == DatePrecision.DAY ? prev.start()
                : (comes || !forward) ? pub : null;
        if (base == null) {
            return EventDate.unresolved(words);
        }
        int sign = forward && !comes ? 1 : -1;
        return EventDate.day(base.plusDays((long) sign * days), words);
    }

    /**
     * "last weekend": the Saturday and Sunday before publication (the week before when published on one of them);
     * "this weekend": the coming one from Monday to Friday, the current one on Saturday or Sunday.
     */
    private static EventDate weekend(String w, LocalDate pub, String words) {
        DayOfWeek dow = pub.getDayOfWeek();
        boolean inWeekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        LocalDate saturday;
        if (w.startsWith("this")) {
            saturday = inWeekend ? pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY)) : pub.with(TemporalAdjusters.next(DayOfWeek.SATURDAY));
        } else {
            saturday = pub.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            if (inWeekend) {
                saturday = saturday.minusWeeks(1);
            }
        }
        return new EventDate(saturday, saturday.plusDays(1), DatePrecision.WEEK, words, false);
    }

    private static EventDate shifted(LocalDate base, int n, String unit, DatePrecision basePrecision, String words, boolean vague) {
        LocalDate d = switch (unit) {
            case "week" -> base.plusWeeks(n);
            case "month" -> base.plusMonths(n);
            case "year" -> base.plusYears(n);
            default -> base.plusDays(n);
        };
        DatePrecision p = switch (unit) {
            case "week" -> DatePrecision.WEEK;
            case "month" -> DatePrecision.MONTH;
            case "year" -> DatePrecision.YEAR;
            default -> DatePrecision.DAY;
        };
        if (vague && p == DatePrecision.DAY) {
            p = DatePrecision.WEEK;
        }
        p = coarser(p, basePrecision);
        return switch (p) {
            case DAY -> EventDate.day(d, words);
            case WEEK -> new EventDate(d, d, DatePrecision.WEEK, words, false);
            case MONTH -> part(null, YearMonth.from(d), words);
            case YEAR -> partOfYear(null, d.getYear(), words);
            default -> EventDate.unresolved(words);
        };
    }

    /**
     * "on Sunday", or wire style "died Sunday": the latest Sunday on or before publication (same-day reports say
     * "on Sunday" too); "last Sunday" the one before publication day; "next Sunday", or a weekday after "will" or
     * "scheduled", the first one on or after publication.
     */
    private static EventDate weekday(String words, Anchor anchor, boolean future) {
        String w = words.toLowerCase(Locale.ROOT);
        if (anchor.published() == null) {
            return EventDate.unresolved(words);
        }
        // The last word, whatever space precedes it ("on\u00a0Monday", "on\nMonday").
        DayOfWeek dow = dayOfWeek(lastWord(w));
        if (dow == null) {
            return EventDate.unresolved(words);
        }
        LocalDate pub = anchor.published();
        LocalDate d;
        if (w.startsWith("next ")) {
            d = pub.with(TemporalAdjusters.next(dow));
        } else if (w.startsWith("last ") || w.contains("past ")) {
            d = pub.with(TemporalAdjusters.previous(dow));
        } else if (future) {
            d = pub.with(TemporalAdjusters.nextOrSame(dow));
        } else {
            d = pub.with(TemporalAdjusters.previousOrSame(dow));
        }
        return EventDate.day(d, words);
    }

    /**
     * The last run of letters of {@code s} ({@link Character#isLetter}), as the last part of splitting it at
     * {@code [^\p{L}]+} gives it, or "" when it has none.
     */
    static String lastWord(String s) {
        int e = s.length();
        while (e > 0 && !Character.isLetter(s.charAt(e - 1))) {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(b, e);
    }

    /** The day a lower-case weekday name names, or null. */
    static DayOfWeek dayOfWeek(String lower) {
        return switch (lower) {
            case "monday" -> DayOfWeek.MONDAY;
            case "tuesday" -> DayOfWeek.TUESDAY;
            case "wednesday" -> DayOfWeek.WEDNESDAY;
            case "thursday" -> DayOfWeek.THURSDAY;
            case "friday" -> DayOfWeek.FRIDAY;
            case "saturday" -> DayOfWeek.SATURDAY;
            case "sunday" -> DayOfWeek.SUNDAY;
            default -> null;
        };
    }

    static DatePrecision coarser(DatePrecision a, DatePrecision b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    private static int month(String s) {
        String k = s.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (k) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            case "dec" -> 12;
            default -> throw new IllegalArgumentException("not a month: " + s);
        };
    }

    /** The number of a day ("3rd", "03"): its ASCII digits. */
    private static int day(String s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isDigit(c)) {
                d = 10 * d + (c - '0');
            }
        }
        return d;
    }
}
