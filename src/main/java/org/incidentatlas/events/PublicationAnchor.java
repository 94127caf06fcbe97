package org.incidentatlas.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;

/**
 * When an article was published, as far as it can be known, and how: what relative expressions ("Monday",
 * "yesterday", "earlier this month") are anchored on. In order: the manifest's {@code published}; a date the page
 * itself states in its header (a "Published"/"Updated"/"Posted" line, a byline "By X | Feb 16, 2021", a date alone on
 * a line, a dateline "BAGHDAD, Feb 16 (Reuters) -" with a year); a date in the URL path ({@code /2021/02/16/},
 * {@code /2021-02-16-}); the manifest's {@code published_approx} ("2021-02-16", "2024-02", "2017") kept at its own
 * precision and marked {@link #approximate()}. A day anchor resolves day-level expressions; a month anchor only
 * month-level ones ("this month", "last month") and the year of a bare "November 26"; a year anchor nothing.
 */
public record PublicationAnchor(LocalDate date, DatePrecision precision, boolean approximate, String source) {

    public static final PublicationAnchor NONE = new PublicationAnchor(null, DatePrecision.UNKNOWN, false, "none");

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d\\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/\\-_.]|$)");
    private static final Pattern APPROX = Pattern.compile("^\\s*(\\d{4})(?:-(\\d{1,2}))?(?:-(\\d{1,2}))?");
    private static final Pattern HEADER_LABEL = Pattern.compile(
            "^(?i)(?:published|updated|posted|last updated|first published|date)\\s*(?:on|at)?\\s*:?\\s*");
    private static final Pattern DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{Lu} .'-]{2,40},?\\s+(?:[\\p{L}. ]{0,30},\\s+)?(.{6,22}?)\\s*(?:\\([^)]{2,40}\\)\\s*)?[-\u2013\u2014]");
    /** "Aden, (Pakistan Point News – 16th September, 2016) :": the outlet and the date in parentheses after the place. */
    private static final Pattern PAREN_DATELINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L} .'-]{1,40},?\\s*\\([^()]{2,60}?\\s[-\u2013\u2014]\\s*([^()]{6,30}?)\\s*\\)\\s*[:\\-\u2013\u2014]");
    private static final int HEADER_CHARS = 600;
    /** A time at the end of a header date ("16:30", "at 4.30 pm EST"), dropped before the date is read. */
    private static final Pattern TRAILING_TIME = Pattern.compile("(?i)\\s*(?:at\\s+)?\\d{1,2}[:.]\\d\\d(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?\\s*$");
    private static final Pattern LEADING_WEEKDAY = Pattern.compile("^(?i)(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+");
    private static final Pattern YEAR = Pattern.compile(".*\\b(?:19|20)\\d\\d\\b.*");
    private static final Pattern FINAL_STOP = Pattern.compile("[.,]$");

    /** The anchor of an article. */
    public static PublicationAnchor of(Article a) {
        if (a.published() != null) {
            return new PublicationAnchor(a.published(), DatePrecision.DAY, false, "manifest");
        }
        LocalDate header = headerDate(a.text());
        if (header != null) {
            return new PublicationAnchor(header, DatePrecision.DAY, false, "page header");
        }
        LocalDate url = urlDate(a.url());
        if (url != null) {
            return new PublicationAnchor(url, DatePrecision.DAY, false, "URL");
        }
        return approx(a.publishedApprox());
    }

    /** The manifest's approximate date at its precision, or {@link #NONE}. */
    static PublicationAnchor approx(String approx) {
        if (approx == null) {
            return NONE;
        }
        Matcher m = APPROX.matcher(approx);
        if (!m.find()) {
            return NONE;
        }
        try {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return new PublicationAnchor(LocalDate.of(y, 12, 31), DatePrecision.YEAR, true, "approximate");
            }
            int mo = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return new PublicationAnchor(YearMonth.of(y, mo).atEndOfMonth(), DatePrecision.MONTH, true, "approximate");
            }
            return new PublicationAnchor(LocalDate.of(y, mo, Integer.parseInt(m.group(3))), DatePrecision.DAY, true,
                    "approximate");
        } catch (DateTimeException | NumberFormatException e) {
            return NONE;
        }
    }

    /** A full date in a URL path ("/2021/02/16/", "/2021-02-16-title"), or null. */
    static LocalDate urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                // "/2021/02/31/" is no date: look further.
            }
        }
        return null;
    }

    /**
     * A full date (with its year) the page states as its own in the first lines: alone on a line, after a
     * "Published"/"Updated" label or a byline's last "|", or in a dateline before the dash.
     */
    static LocalDate headerDate(String text) {
        Header h = header(text);
        return h == null ? null : h.date();
    }

    /** A publication date the page states in its first lines, and where its words are. */
    private record Header(LocalDate date, int start, int end, boolean dateline) {
    }

    /**
     * The dateline's date ("KABUL, March 4, 2019 (Reuters) -", "Aden, (Agency – 16th September, 2016) :"): where the
     * page says when it was published, so its words date no event of the text. Null when there is none.
     */
    static org.incidentatlas.model.TextSpan datelineSpan(String text) {
        Header h = header(text);
        return h == null || !h.dateline ? null : new org.incidentatlas.model.TextSpan(h.start(), h.end());
    }

    /**
     * Per thread, the last text {@link #header} read and its result: {@link #of} and {@link #datelineSpan} read the same
     * article's header one after the other, the first in the article's text, the second in its normalised form (the
     * same text when it has no curly apostrophes or dashes, else a copy that mostly differs only after the header).
     */
    private static final ThreadLocal<LastHeader> LAST_HEADER = ThreadLocal.withInitial(LastHeader::new);

    /** {@link #LAST_HEADER}'s record: the text (by identity), its length, its first chars, and the header read there. */
    private static final class LastHeader {
        String text;
        int length;
        char[] chars = new char[HEADER_CHARS];
        Header header;
        /** The next text's first chars, swapped with {@link #chars} when they differ. */
        char[] next = new char[HEADER_CHARS];
    }

    private static Header header(String text) {
        LastHeader last = LAST_HEADER.get();
        if (last.text == text) {
            return last.header;
        }
        // The header is read from the first HEADER_CHARS chars alone (and the text's length): the same chars as the
        // last text's, the same header.
        int n = Math.min(text.length(), HEADER_CHARS);
        char[] cs = last.next;
        text.getChars(0, n, cs, 0);
        if (last.text != null && last.length == text.length() && java.util.Arrays.equals(cs, 0, n, last.chars, 0, n)) {
            last.text = text;
            return last.header;
        }
        Header h = readHeader(text, cs, n);
        last.next = last.chars;
        last.chars = cs;
        last.text = text;
        last.length = text.length();
        last.header = h;
        return h;
    }

    /** The header of {@code text}, whose first {@code headEnd} chars ({@link #HEADER_CHARS} at most) are {@code cs}'s. */
    private static Header readHeader(String text, char[] cs, int headEnd) {
        // Where the next year's digits are: a line before them is skipped unread (most lines hold no year).
        int year = yearDigitsAt(cs, 0, headEnd);
        for (int offset = 0; offset <= headEnd && year >= 0; ) {
            int lineEnd = offset;
            while (lineEnd < headEnd && cs[lineEnd] != '\n') {
                lineEnd++;
            }
            int lineStart = offset;
            offset = lineEnd + 1;
            if (year >= lineEnd) {
                // Every date below is read from part of the line, with its year: none where the line has no year.
                continue;
            }
            year = yearDigitsAt(cs, offset, headEnd);
            String line = text.substring(lineStart, lineEnd);
            String l = line.strip();
            int lead = 0;
            while (lead < line.length() && Character.isWhitespace(line.charAt(lead))) {
                lead++;
            }
            String candidate = l.contains("|") ? l.substring(l.lastIndexOf('|') + 1).strip() : l;
            if (!candidate.isEmpty() && "PpUuLlFfDd".indexOf(candidate.charAt(0)) >= 0) {
                // A label opens with its first letter ("Published", "updated on", "Date:").
                candidate = HEADER_LABEL.matcher(candidate).replaceFirst("");
            }
            LocalDate d = fullDate(candidate, 40);
            if (d != null) {
                return new Header(d, lineStart + lead, lineStart + lead + l.length(), false);
            }
            if (l.isEmpty() || Character.getType(l.codePointAt(0)) != Character.UPPERCASE_LETTER) {
                // Both datelines open with a capital (\\p{Lu}).
                continue;
            }
            for (Pattern p : new Pattern[] {DATELINE, PAREN_DATELINE}) {
                Matcher dl = p.matcher(l);
                if (dl.find()) {
                    d = fullDate(dl.group(1).strip(), 24);
                    if (d != null) {
                        return new Header(d, lineStart + lead + dl.start(1), lineStart + lead + dl.end(1), true);
                    }
                }
            }
        }
        return null;
    }

    /** The candidate as one full day date (a year included, the whole candidate a date and a time at most). */
    private static LocalDate fullDate(String candidate, int maxLength) {
        if (!hasYearDigits(candidate)) {
            // Most lines hold no year: nothing below can find one where none is.
            return null;
        }
        // Each pattern runs only where it can match: a time needs "d:dd" or "d.dd", a weekday opens with its letter.
        String c = hasTime(candidate) ? TRAILING_TIME.matcher(candidate).replaceAll("") : candidate;
        c = (c.isEmpty() || "MmTtWwFfSs".indexOf(c.charAt(0)) < 0 ? c : LEADING_WEEKDAY.matcher(c).replaceAll("")).strip();
        if (c.isEmpty() || c.length() > maxLength || !YEAR.matcher(c).matches()) {
            return null;
        }
        EventDate d = DateResolver.resolve(c, (LocalDate) null);
        if (d.isResolved() && d.precision() == DatePrecision.DAY
                && FINAL_STOP.matcher(c).replaceAll("").equals(FINAL_STOP.matcher(d.text()).replaceAll(""))) {
            return d.start();
        }
        return null;
    }

    /**
     * Where in {@code cs[from, to)} "19" or "20" and two more digits first stand (a year could be there), or -1.
     */
    private static int yearDigitsAt(char[] cs, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            char b = cs[i + 1];
            if ((b == '9' || b == '0') && isYearStart(cs[i], b) && isDigit(cs[i + 2]) && isDigit(cs[i + 3])) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isYearStart(char a, char b) {
        return a == '1' && b == '9' || a == '2' && b == '0';
    }

    /** Whether {@code s} has a digit, ':' or '.' and two digits somewhere ({@link #TRAILING_TIME} needs them). */
    private static boolean hasTime(String s) {
        for (int i = s.indexOf(':') < 0 && s.indexOf('.') < 0 ? s.length() : 1; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == ':' || c == '.') && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1)) && isDigit(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} has "19" or "20" followed by two more digits somewhere (a year could be in it). */
    private static boolean hasYearDigits(String s) {
        for (int i = 0; i + 3 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if ((a == '1' && b == '9' || a == '2' && b == '0') && isDigit(s.charAt(i + 2)) && isDigit(s.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True when day-level expressions ("Monday", "yesterday", "last week") can be anchored. */
    public boolean dayLevel() {
        return precision == DatePrecision.DAY;
    }

    /** True when month-level expressions ("this month", "last month") can be anchored. */
    public boolean monthLevel() {
        return precision == DatePrecision.DAY || precision == DatePrecision.MONTH;
    }

    /**
     * The date resolver's anchor: the anchor as the publication day when day-level; at month level its last day
     * only completes years ({@link DateResolver.Anchor#approx()}) and month-level expressions are resolved against
     * it by {@link DateAnchoring}; none at year level (a bare "November 26" then keeps no year).
     */
    DateResolver.Anchor resolverAnchor() {
        if (dayLevel()) {
            return DateResolver.Anchor.of(date);
        }
        if (precision == DatePrecision.MONTH) {
            return new DateResolver.Anchor(null, date);
        }
        return new DateResolver.Anchor(null, null);
    }
}
