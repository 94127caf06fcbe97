package org.incidentatlas.events;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.text.ArabicNormalizer;

/**
 * Dates in Arabic sentences, resolved against the publication date: "أمس" and "اليوم", weekdays ("يوم الثلاثاء":
 * the last such day on or before publication), day and month in either month series ("15 كانون الثاني 2024",
 * "3 يناير"), month and year ("شباط 2023"), numeric day/month/year, and Hijri dates when a Hijri year is written
 * ("5 رجب 1445 هـ"), all with Arabic-Indic or Western digits. The words are data ({@code arabic-dates.tsv}).
 * An explicit date beats a weekday, which beats "yesterday"; nothing is guessed without a publication date.
 */
public final class ArabicDates {
    private static final ArabicPhrases WORDS = ArabicPhrases.load("arabic-dates.tsv");
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![0-9])([0-3]?[0-9]) ?[/.-] ?([01]?[0-9]) ?[/.-] ?((?:19|20)[0-9]{2})(?![0-9])");
    /** "نشر في", "تاريخ النشر:", "آخر تحديث" and the like before a page's own date. */
    private static final Pattern HEADER_LABEL = Pattern.compile(
            "^(?:(?:تاريخ|تم) ?(?:ال)?نشر|نشر(?: بتاريخ| في)?|آخر تحديث|اخر تحديث|تحديث|بتاريخ|التاريخ)\\s*:?\\s*");
    private static final Pattern LINE_BREAK = Pattern.compile("\\s*[—–]\\s*| - ");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]+");
    private static final int HEADER_CHARS = 600;
    private static final int HEADER_SEGMENT_CHARS = 60;
    /** Words a header segment may hold beside its date: an outlet's name, a weekday, a time. */
    private static final int HEADER_OTHER_WORDS = 3;

    private ArabicDates() {
    }

    /** The date a sentence {@code text[from, to)} gives, or an unresolved date when it gives none. */
    public static EventDate resolve(String text, int from, int to, LocalDate published) {
        return resolve(text, from, to, published, null);
    }

    /**
     * As {@link #resolve(String, int, int, LocalDate)}; without a publication date, {@code yearHint} (the end of
     * an analyst's approximate date) only completes the year of a day and month written without one, as in English.
     */
    public static EventDate resolve(String text, int from, int to, LocalDate published, LocalDate yearHint) {
        List<ArabicPhrases.Word> words = ArabicPhrases.words(text, from, to);
        EventDate explicit = null;
        EventDate weekday = null;
        EventDate relative = null;
        for (ArabicPhrases.Match m : WORDS.find(words)) {
            String kind = m.row()[1];
            int value = Integer.parseInt(m.row()[2].strip());
            String surface = text.substring(words.get(m.from()).start(), words.get(m.to() - 1).end());
            switch (kind) {
                case "month" -> {
                    if (explicit == null) {
                        explicit = gregorian(words, m, value, published != null ? published : yearHint, text);
                    }
                }
                case "hijri" -> {
                    if (explicit == null) {
                        explicit = hijri(words, m, value, text);
                    }
                }
                case "weekday" -> {
                    if (weekday == null && published != null) {
                        int back = (published.getDayOfWeek().getValue() - value + 7) % 7;
                        weekday = EventDate.day(published.minusDays(back), surface);
                    }
                }
                case "relative" -> {
                    if (relative == null && published != null) {
                        relative = EventDate.day(published.minusDays(value), surface);
                    }
                }
                default -> {
                }
            }
        }
        if (explicit == null) {
            Matcher n = NUMERIC.matcher(ArabicNormalizer.asciiDigits(text.substring(from, to)));
            if (n.find()) {
                try {
                    LocalDate d = LocalDate.of(Integer.parseInt(n.group(3)), Integer.parseInt(n.group(2)),
                            Integer.parseInt(n.group(1)));
                    explicit = EventDate.day(d, text.substring(from + n.start(), from + n.end()));
                } catch (DateTimeException e) {
                    // not a date after all (a ratio, a reference number)
                }
            }
        }
        if (explicit != null) {
            return explicit;
        }
        if (weekday != null) {
            return weekday;
        }
        return relative != null ? relative : EventDate.unresolved(null);
    }

    /**
     * When the article was published, as far as it can be known: the manifest's date; else a full date the page
     * states as its own in its first lines (a date alone on a line, after "نشر في" / "تاريخ النشر", or in a dateline
     * "السيمر / الثلاثاء 20 . 11 . 2018 —"); else what {@link PublicationAnchor#of(Article)} finds (a date in the URL
     * path, the manifest's approximate date, marked approximate).
     */
    public static PublicationAnchor anchor(Article article) {
        if (article.published() == null) {
            Header header = header(article.text());
            if (header != null) {
                return new PublicationAnchor(header.date(), DatePrecision.DAY, false, "page header");
            }
        }
        return PublicationAnchor.of(article);
    }

    /** A page's own date and the offset where the line or dateline stating it ends. */
    record Header(LocalDate date, int end) {
    }

    static LocalDate headerDate(String text) {
        Header h = header(text);
        return h == null ? null : h.date();
    }

    /**
     * A full date (day, month and year) the page gives as its own in its first {@value #HEADER_CHARS} characters:
     * a line, or the part of a line before a dash, of at most {@value #HEADER_SEGMENT_CHARS} characters that is a
     * date with at most {@value #HEADER_OTHER_WORDS} other words (a label, an outlet, a place, a weekday, a time).
     * Null if none.
     */
    static Header header(String text) {
        String head = text.substring(0, Math.min(text.length(), HEADER_CHARS));
        int lineStart = 0;
        for (String line : head.split("\n")) {
            List<Integer> ends = new java.util.ArrayList<>();
            Matcher dash = LINE_BREAK.matcher(line);
            while (dash.find() && dash.start() <= HEADER_SEGMENT_CHARS + 10) {
                if (dash.start() > 0) {
                    ends.add(dash.start());
                }
            }
            ends.add(line.length());
            for (int end : ends) {
                LocalDate d = segmentDate(line.substring(0, end));
                if (d != null) {
                    return new Header(d, lineStart + end);
                }
            }
            lineStart += line.length() + 1;
        }
        return null;
    }

    private static LocalDate segmentDate(String segment) {
        String seg = HEADER_LABEL.matcher(segment.strip()).replaceFirst("");
        if (seg.isEmpty() || seg.length() > HEADER_SEGMENT_CHARS) {
            return null;
        }
        EventDate d = resolve(seg, 0, seg.length(), null, null);
        if (!d.isResolved() || d.precision() != DatePrecision.DAY || d.text() == null) {
            return null;
        }
        String rest = seg.replace(d.text(), " ").replaceAll("[0-9٠-٩]{1,2}[:.][0-9٠-٩]{2}", " ");
        int others = 0;
        for (ArabicPhrases.Word w : ArabicPhrases.words(rest, 0, rest.length())) {
            ArabicPhrases.Match m = WORDS.at(ArabicPhrases.words(w.norm(), 0, w.norm().length()), 0);
            if (m == null || !m.row()[1].equals("weekday")) {
                others++;
            }
        }
        Matcher latin = LATIN_WORD.matcher(rest);
        while (latin.find()) {
            others++;
        }
        return others <= HEADER_OTHER_WORDS ? d.start() : null;
    }

    private static EventDate gregorian(List<ArabicPhrases.Word> words, ArabicPhrases.Match m, int month,
            LocalDate published, String text) {
        Integer day = m.from() > 0 ? number(words.get(m.from() - 1).norm(), 1, 31) : null;
        int after = m.to();
        // "29 ديسمبر/كانون الأول 2019": both series side by side; the year follows the second name
        ArabicPhrases.Match second = after < words.size() ? WORDS.at(words, after) : null;
        if (second != null && second.row()[1].equals("month")) {
            after = second.to();
        }
        Integer year = after < words.size() ? number(words.get(after).norm(), 1900, 2100) : null;
        int start = words.get(day != null ? m.from() - 1 : m.from()).start();
        int end = words.get(year != null ? after : after - 1).end();
        String surface = text.substring(start, end);
        try {
            if (day != null) {
                int y = year != null ? year : published != null ? published.getYear() : -1;
                if (y < 0) {
                    return null;
                }
                LocalDate d = LocalDate.of(y, month, day);
                if (year == null && d.isAfter(published.plusDays(1))) {
                    d = d.minusYears(1);
                }
                return EventDate.day(d, surface);
            }
            if (year != null) {
                LocalDate s = LocalDate.of(year, month, 1);
                return new EventDate(s, s.plusMonths(1).minusDays(1), DatePrecision.MONTH, surface, false);
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static EventDate hijri(List<ArabicPhrases.Word> words, ArabicPhrases.Match m, int month, String text) {
        Integer day = m.from() > 0 ? number(words.get(m.from() - 1).norm(), 1, 30) : null;
        Integer year = m.to() < words.size() ? number(words.get(m.to()).norm(), 1300, 1600) : null;
        if (day == null || year == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.from(HijrahDate.of(year, month, day));
            return EventDate.day(d, text.substring(words.get(m.from() - 1).start(), words.get(m.to()).end()));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number a word starts with ("15", "2024م"), if within [min, max]. */
    private static Integer number(String norm, int min, int max) {
        int i = 0;
        int v = 0;
        while (i < norm.length() && i < 5 && norm.charAt(i) >= '0' && norm.charAt(i) <= '9') {
            v = v * 10 + (norm.charAt(i) - '0');
            i++;
        }
        if (i == 0 || i == 5) {
            return null;
        }
        return v >= min && v <= max ? v : null;
    }
}
