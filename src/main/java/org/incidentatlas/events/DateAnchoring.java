package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.TextSpan;

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
        List<DateResolver.Raw> raws = DateResolver.scan(text, 0, text.length());
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

    /** A day anchor supports every precision; a month anchor month and year precision; a year anchor none. */
    private static boolean supports(PublicationAnchor anchor, DatePrecision p) {
        if (anchor.dayLevel()) {
            return true;
        }
        return anchor.precision() == DatePrecision.MONTH && (p == DatePrecision.MONTH || p == DatePrecision.YEAR);
    }
}
