package org.incidentatlas.io;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;

/**
 * One incident in ACLED-like columns, shared by the CSV and GeoPackage writers so both say the same. ACLED codes
 * an imprecise date at the middle of its range with a time precision: 1 = the day is known, 2 = a week or a range
 * of a few days, 3 = a month. Ranges longer than a month (a year) also get 3; the exact range is always in notes.
 * Unknown values are empty (null), never 0: ACLED's "0 fatalities" would claim a count nobody reported.
 */
record AcledRow(
        String incidentId,
        String eventDate,
        Integer timePrecision,
        String eventType,
        String subEventType,
        String actor1,
        String actor2,
        String location,
        Double latitude,
        Double longitude,
        Integer geoPrecision,
        Integer fatalities,
        String source,
        String sourceUrl,
        String quote,
        String notes) {

    static final List<String> COLUMNS = List.of("event_date", "time_precision", "event_type", "sub_event_type",
            "actor1", "actor2", "location", "latitude", "longitude", "geo_precision", "fatalities", "source",
            "source_url", "quote", "notes");

    static AcledRow of(Incident i, ArticleIndex articles) {
        List<String> notes = new ArrayList<>();
        notes.add("id " + i.id());
        EventDate d = i.date();
        String eventDate = null;
        Integer precision = null;
        if (d.isResolved()) {
            eventDate = middle(d.start(), d.end()).toString();
            precision = timePrecision(d);
            if (!d.start().equals(d.end()) || d.openEnd()) {
                notes.add("date " + d.start() + ".." + (d.openEnd() ? "open" : d.end()) + " ("
                        + d.precision().name().toLowerCase(Locale.ROOT) + ")");
            }
        } else {
            notes.add("date unresolved" + (d.text() == null ? "" : ": \"" + d.text() + "\""));
        }
        if (i.status() != EventStatus.REPORTED) {
            notes.add("status " + i.status().name().toLowerCase(Locale.ROOT));
        }
        List<Actor> actors = i.actors();
        if (actors.size() > 2) {
            notes.add("more actors: " + String.join("; ", actors.subList(2, actors.size()).stream().map(Actor::name).toList()));
        }
        if (i.place() == null) {
            notes.add(i.area() == null ? "no place found (unpinned)"
                    : "only the area is known: " + i.area().name() + " (unpinned, no point given)");
        }
        if (i.mergeNote() != null && !i.mergeNote().isBlank()) {
            notes.add(i.mergeNote());
        }
        Set<String> publishers = new LinkedHashSet<>();
        Set<String> urls = new LinkedHashSet<>();
        for (String s : i.sources()) {
            Article a = articles.get(s);
            publishers.add(a != null && a.publisher() != null && !a.publisher().isBlank() ? a.publisher() : s);
            if (a != null && Links.webOnly(a.url()) != null) {
                urls.add(Links.webOnly(a.url()));
            }
        }
        Set<String> quotes = new LinkedHashSet<>();
        for (Evidence e : i.evidence()) {
            String q = articles.sentence(e);
            if (q != null) {
                quotes.add(q.strip());
            }
        }
        return new AcledRow(i.id(), eventDate, precision, i.type().type(), i.type().subType(),
                actors.isEmpty() ? null : actors.get(0).name(), actors.size() < 2 ? null : actors.get(1).name(),
                i.place() != null ? i.place().name() : i.area() != null ? i.area().name() : null,
                i.place() == null ? null : i.place().lat(), i.place() == null ? null : i.place().lon(),
                i.place() == null ? null : i.geoPrecision(), i.fatalities(),
                nullIfEmpty(String.join("; ", publishers)), nullIfEmpty(String.join("; ", urls)),
                nullIfEmpty(String.join(" | ", quotes)), String.join("; ", notes));
    }

    /** The value of each column in {@link #COLUMNS} order; nulls for unknown. */
    List<Object> values() {
        return java.util.Arrays.asList(eventDate, timePrecision, eventType, subEventType, actor1, actor2, location,
                latitude, longitude, geoPrecision, fatalities, source, sourceUrl, quote, notes);
    }

    static int timePrecision(EventDate d) {
        long days = ChronoUnit.DAYS.between(d.start(), d.end()) + 1;
        if (d.precision() == DatePrecision.DAY && days == 1) {
            return 1;
        }
        if (d.precision() == DatePrecision.WEEK || (d.precision() == DatePrecision.DAY && days <= 7)) {
            return 2;
        }
        return 3;
    }

    private static LocalDate middle(LocalDate start, LocalDate end) {
        return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
    }

    private static String nullIfEmpty(String s) {
        return Objects.requireNonNullElse(s, "").isEmpty() ? null : s;
    }
}
