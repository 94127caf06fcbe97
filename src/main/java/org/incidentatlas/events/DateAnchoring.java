package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.TextSpan;
import org.incidentatlas.text.TokenArray;

/**
 * Finds the date expressions of an article and anchors the relative ones on its {@link PublicationAnchor}. A known
 * publication day anchors everything. An approximate one (the manifest's {@code published_approx}) anchors only what
 * its precision supports: a day anchors "Monday", "yesterday", "last week"; a month anchors "this month", "last
 * month" and the year of a bare "November 26"; a year anchors nothing. Every date that depends on an approximate
 * anchor is marked {@link org.incidentatlas.model.EventDate#approxAnchor()}; one the anchor cannot support keeps its
 * words, unresolved. Pure.
 */
final class DateAnchoring {
    private DateAnchoring() {
    }

    static List<DateResolver.Found> dates(String text, PublicationAnchor anchor) {
        return dates(text, DateResolver.scan(text, 0, text.length()), anchor);
    }

    /** {@link #dates(String, PublicationAnchor)} of the tokens' text, scanned from its tokens. */
    static List<DateResolver.Found> dates(TokenArray tokens, PublicationAnchor anchor) {
        return dates(tokens.text(), DateResolver.scan(tokens, tokens.text().length()), anchor);
    }

    private static List<DateResolver.Found> dates(String text, List<DateResolver.Raw> raws, PublicationAnchor anchor) {
        TextSpan dateline = PublicationAnchor.datelineSpan(text);
        if (dateline != null) {
            // The dateline says when the page was published, not when anything in it happened.
            raws.removeIf(r -> r.start() >= dateline.start() && r.end() <= dateline.end());
        }
        if (!anchor.approximate()) {
            return DateResolver.resolveAll(text, raws, anchor.resolverAnchor(), null);
        }
        // What the text says on its own (an approximate month or year completes no day).
        DateResolver.Anchor alone = new DateResolver.Anchor(null,
                anchor.precision() == DatePrecision.MONTH ? anchor.date() : null);
        List<DateResolver.Found> base = DateResolver.resolveAll(text, raws, alone, null);
        DateResolver.Anchor asPublished = DateResolver.Anchor.of(anchor.date());
        List<DateResolver.Found> anchored = DateResolver.resolveAll(text, raws, asPublished, null);
        Map<TextSpan, DateResolver.Found> bySpan = new HashMap<>();
        base.forEach(f -> bySpan.put(f.span(), f));
        List<DateResolver.Found> out = new ArrayList<>(anchored.size());
        for (DateResolver.Found f : anchored) {
            DateResolver.Found b = bySpan.get(f.span());
            if (b != null && b.date().equals(f.date())) {
                out.add(b);
            } else if (f.date().isResolved() && supports(anchor, f.date().precision())) {
                out.add(new DateResolver.Found(f.span(), f.date().anchoredOnApprox()));
            } else if (b != null) {
                out.add(b.date().isResolved() ? new DateResolver.Found(b.span(), b.date().anchoredOnApprox()) : b);
            } else {
                out.add(new DateResolver.Found(f.span(), org.incidentatlas.model.EventDate.unresolved(f.date().text())));
            }
        }
        return out;
    }

    /** How far into the text the lead's weekday is looked for. */
    private static final int LEAD_CHARS = 400;

    /**
     * The anchor, moved a day on when the page was updated after it was filed: a date from the URL or an
     * approximate one is when the story was first filed, and wire stories are rewritten the next day. When the
     * first weekday of the lead ("on Monday", "Monday") is the day after such an anchor, the text was written on
     * that day: anchored as filed, "on Monday" would be read six days back. A date the page or the manifest states
     * is never moved.
     */
    static PublicationAnchor updated(String text, PublicationAnchor anchor) {
        return updated(text, null, anchor);
    }

    /** {@link #updated(String, PublicationAnchor)}, the lead scanned from {@code tokens} (over {@code text}) when not null. */
    static PublicationAnchor updated(String text, TokenArray tokens, PublicationAnchor anchor) {
        if (!anchor.dayLevel() || !(anchor.approximate() || "URL".equals(anchor.source()))) {
            return anchor;
        }
        int end = Math.min(text.length(), LEAD_CHARS);
        for (DateResolver.Raw r : tokens == null ? DateResolver.scan(text, 0, end) : DateResolver.scan(tokens, end)) {
            if (r.kind() != DateResolver.Kind.WEEKDAY
                    || DateResolver.resolveAll(text, List.of(r), anchor.resolverAnchor(), null).isEmpty()) {
                // Not a weekday, or a name or a weekday before its full date ("on Wednesday, Jan. 8, 2020").
                continue;
            }
            String words = r.text(text).toLowerCase(java.util.Locale.ROOT).strip();
            if (words.startsWith("last") || words.startsWith("past") || words.startsWith("this") || words.startsWith("next")) {
                return anchor;
            }
            java.time.DayOfWeek dow = java.time.DayOfWeek.valueOf(DateResolver.lastWord(words).toUpperCase(java.util.Locale.ROOT));
            java.time.LocalDate next = anchor.date().plusDays(1);
            if (dow == next.getDayOfWeek()) {
                return new PublicationAnchor(next, anchor.precision(), anchor.approximate(), anchor.source() + ", a day on (the lead's " + r.text(text).strip() + ")");
            }
            return anchor;
        }
        return anchor;
    }

    /** A day anchor supports every precision; a month anchor month and year precision; a year anchor none. */
    private static boolean supports(PublicationAnchor anchor, DatePrecision p) {
        if (anchor.dayLevel()) {
            return true;
        }
        return anchor.precision() == DatePrecision.MONTH && (p == DatePrecision.MONTH || p == DatePrecision.YEAR);
    }
}
