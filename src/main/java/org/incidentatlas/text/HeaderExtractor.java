package org.incidentatlas.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.Sentence;

/**
 * What the top of an article says about itself when no manifest does: a headline on the first line and a
 * publication date on a date line or in the byline ("By X | Fellow ... | Feb 23, 2018"). Dates inside body
 * sentences ("On February 9, 2024, the daily published...") are events, never the publication date, so only
 * segments that are wholly a date count.
 */
public final class HeaderExtractor {
    /** Lines of the header that are searched for a date line. */
    public static final int HEADER_LINES = 12;

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?";
    private static final Pattern MDY = Pattern.compile(
            "^" + WEEKDAY + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DMY = Pattern.compile(
            "^" + WEEKDAY + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ].*)?$");
    private static final Pattern PREFIX = Pattern.compile(
            "^(?:(first\\s+)?published|posted|updated|last\\s+updated|modified|date|dated|publication\\s+date"
                    + "|released|issued)\\s*(?:on|at)?\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TIME_SUFFIX = Pattern.compile(
            "(?:,|\\s+at|\\s+-)?\\s+\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:\\(?[A-Z]{2,5}(?:[+-]\\d{1,2})?\\)?)?$",
            Pattern.CASE_INSENSITIVE);
    /** "23 February 2018 by Admin" */
    private static final Pattern BY_SUFFIX = Pattern.compile("(?<=\\d{4})\\s+by\\s+.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SEGMENT_SPLIT = Pattern.compile("\\s*(?:\\||•|·|—|–|\\s-\\s)\\s*");
    // The patterns below were String.matches/replaceAll/split arguments, compiled on every call (once or more
    // per article); compiled once they match the same.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.;:]+$");
    private static final Pattern UPDATED = Pattern.compile("^(last\\s+)?(updated|modified).*");
    private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s*");
    private static final Pattern EMPHASIS = Pattern.compile("^[*_]+|[*_]+$");
    private static final Pattern BY_START = Pattern.compile("(?i)^by\\s.*");
    private static final Pattern ACRONYM_END = Pattern.compile(".*\\b(?:[A-Z]\\.){2,}$");

    private HeaderExtractor() {
    }

    /** A date line found in the header: the date, the 0-based line number, and the line as written. */
    public record DateLine(LocalDate date, int line, String text) {
    }

    /**
     * Parses a string that is wholly a calendar date ("February 14, 2024", "Feb. 23, 2018", "14 February 2024",
     * "Wednesday, February 14, 2024", "2024-02-14", "2024-02-14T09:00:00Z"); null when it is not.
     * Numeric day/month orders other than ISO are refused: 03/04/2024 is ambiguous.
     */
    public static LocalDate parseDate(String s) {
        String t = SPACES.matcher(s.trim()).replaceAll(" ");
        try {
            Matcher m = MDY.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
            }
            m = DMY.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = ISO.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    /** A header segment reduced to its date, with "Published:", weekday and time of day removed; or null. */
    static LocalDate parseDateSegment(String segment) {
        String t = segment.trim();
        if (t.length() > MAX_SEGMENT || t.length() < 8 || !hasYearDigits(t, 0, t.length())) {
            return null; // every date form ends or starts with a four-digit year, which the edits below never make
        }
        t = PREFIX.matcher(t).replaceFirst("");
        t = BY_SUFFIX.matcher(t).replaceFirst("");
        t = TIME_SUFFIX.matcher(t).replaceFirst("");
        t = TRAILING_PUNCTUATION.matcher(t).replaceAll("").trim();
        LocalDate d = parseDate(t);
        return d;
    }

    /** The first date line among the first {@link #HEADER_LINES} non-blank lines; a "Published" date wins over "Updated". */
    public static DateLine findDateLine(String text) {
        DateLine updated = null;
        int seen = 0;
        int n = text.length();
        int start = 0;
        // line by line, copying only the lines that may hold a date (no split of the whole text)
        for (int i = 0; i < HEADER_LINES * 4 && seen < HEADER_LINES; i++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int s = stripStart(text, start, end);
            int e = stripEnd(text, s, end);
            if (e > s) {
                seen++;
                // else a body paragraph, whatever dates it holds, or no year
                if (e - s <= 300 && hasYearDigits(text, s, e)) {
                    boolean segmented = hasSegmentBreak(text, s, e);
                    // else one segment, too long for a date even trimmed: nothing to copy or split
                    if (segmented || e - s <= MAX_SEGMENT || text.charAt(s) <= ' ' || text.charAt(e - 1) <= ' ') {
                        String line = text.substring(s, e);
                        for (String seg : segmented ? SEGMENT_SPLIT.split(line) : new String[] {line}) {
                            LocalDate d = parseDateSegment(seg);
                            if (d != null) {
                                DateLine found = new DateLine(d, i, line);
                                if (UPDATED.matcher(seg.trim().toLowerCase(Locale.ROOT)).matches()) {
                                    if (updated == null) {
                                        updated = found;
                                    }
                                } else {
                                    return found;
                                }
                            }
                        }
                    }
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return updated;
    }

    /** True when the whole line is a date line (a date, possibly with "Published:" and a time). */
    public static boolean isDateLine(String line) {
        return parseDateSegment(line) != null;
    }

    /**
     * The headline: the first non-blank line that is not boilerplate (navigation, byline) and reads like a title
     * (a few words, no final full stop, not a date); null when the text starts straight with body prose.
     * Markdown heading marks and emphasis are removed.
     */
    public static String guessTitle(String text, List<Sentence> sentences) {
        int seen = 0;
        int n = text.length();
        int start = 0;
        for (int i = 0; i < 40; i++) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? n : nl;
            int s = stripStart(text, start, end);
            int e = stripEnd(text, s, end);
            if (e > s) {
                if (++seen > 6) {
                    return null;
                }
                if (!isBoilerplateAt(sentences, s)) {
                    if (e - s > 210) {
                        return null; // body prose
                    }
                    String t = EMPHASIS.matcher(HEADING_MARKS.matcher(text.substring(s, e)).replaceFirst(""))
                            .replaceAll("").strip();
                    return looksLikeHeadline(t) ? t : null;
                }
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return null;
    }

    /** The first index in {@code [from, to)} that is not white space ({@code to} when none), as {@link String#strip} sees it. */
    private static int stripStart(String t, int from, int to) {
        while (from < to && Character.isWhitespace(t.charAt(from))) {
            from++;
        }
        return from;
    }

    /** One past the last index in {@code [from, to)} that is not white space ({@code from} when none). */
    private static int stripEnd(String t, int from, int to) {
        while (to > from && Character.isWhitespace(t.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    static boolean looksLikeHeadline(String t) {
        if (t.isEmpty() || t.length() > 200 || isDateLine(t) || BY_START.matcher(t).matches()) {
            return false;
        }
        int words = SPACES.split(t).length;
        if (words < 2 || words > 30) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' && !t.endsWith("U.S.") && !ACRONYM_END.matcher(t).matches()) {
            return false;
        }
        return last != ',' && last != ';' && last != ':';
    }

    /** The longest segment that may be a date line's date (with its "Published:" and time). */
    private static final int MAX_SEGMENT = 60;

    /**
     * True when {@code t[from, to)} holds a char every {@link #SEGMENT_SPLIT} match needs ('|', '•', '·', an
     * em or en dash, or a hyphen); without one the split gives the line itself.
     */
    private static boolean hasSegmentBreak(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '|' || c == '•' || c == '·' || c == '—' || c == '–' || c == '-') {
                return true;
            }
        }
        return false;
    }

    /** True when {@code t[from, to)} has four ASCII digits in a row (what {@code \\d{4}} matches). */
    private static boolean hasYearDigits(String t, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++run == 4) {
                    return true;
                }
            } else {
                run = 0;
            }
        }
        return false;
    }

    private static boolean isBoilerplateAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().contains(offset)) {
                return s.boilerplate();
            }
            if (s.span().start() > offset) {
                break;
            }
        }
        return false;
    }

    private static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        if (m == null) {
            throw new DateTimeException("month " + name);
        }
        return m;
    }
}
