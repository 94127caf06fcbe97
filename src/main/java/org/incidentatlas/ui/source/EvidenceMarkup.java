package org.incidentatlas.ui.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.TextSpan;

/**
 * Joins evidence to article text for display: which sentence an evidence quotes, and which spans of a text to
 * mark as place, date or actor. Pure functions over the model, so the highlighting is tested without JavaFX.
 */
public final class EvidenceMarkup {
    private EvidenceMarkup() {
    }

    /** The span of the sentence an evidence points to (its own span if the article has no such sentence). */
    public static TextSpan sentenceOf(Article article, Evidence e) {
        if (e.sentence() >= 0 && e.sentence() < article.sentences().size()
                && article.sentences().get(e.sentence()).span().contains(e.span().start())) {
            return article.sentences().get(e.sentence()).span();
        }
        int i = article.sentenceAt(e.span().start());
        if (i >= 0) {
            return article.sentences().get(i).span();
        }
        int end = Math.min(article.text().length(), e.span().end());
        return new TextSpan(Math.min(e.span().start(), end), end);
    }

    /** Marks for one quoted sentence of an incident: its place, its date words and its actors. */
    public static List<Mark> forIncident(Extraction x, Article a, TextSpan sentence, Place place, EventDate date,
                                         List<Actor> actors) {
        List<Mark> marks = new ArrayList<>();
        List<PlaceMention> inSentence = x.mentions().stream()
                .filter(m -> m.articleId().equals(a.id()) && m.isResolved() && sentence.contains(m.span()))
                .toList();
        List<PlaceMention> same = place == null ? List.of()
                : inSentence.stream().filter(m -> m.place().id().equals(place.id())).toList();
        for (PlaceMention m : same.isEmpty() ? inSentence.stream().filter(m -> m.role() == MentionRole.LITERAL).toList()
                : same) {
            marks.add(new Mark(m.span(), Mark.Kind.PLACE, m.place()));
        }
        if (date != null && date.text() != null && !date.text().isBlank()) {
            TextSpan d = find(a.text(), sentence, date.text());
            if (d != null) {
                marks.add(new Mark(d, Mark.Kind.DATE, null));
            }
        }
        for (Actor actor : actors) {
            Evidence ev = actor.evidence();
            if (ev != null && ev.articleId().equals(a.id()) && sentence.contains(ev.span())) {
                marks.add(new Mark(ev.span(), Mark.Kind.ACTOR, null));
            } else {
                TextSpan s = find(a.text(), sentence, actor.name());
                if (s != null) {
                    marks.add(new Mark(s, Mark.Kind.ACTOR, null));
                }
            }
        }
        return marks;
    }

    /** Every mark of a whole article: its resolved place mentions and the dates and actors of its facts. */
    public static List<Mark> forArticle(Extraction x, Article a) {
        List<Mark> marks = new ArrayList<>();
        for (PlaceMention m : x.mentions()) {
            if (m.articleId().equals(a.id()) && m.isResolved()) {
                marks.add(new Mark(m.span(), Mark.Kind.PLACE, m.place()));
            }
        }
        for (Incident i : x.incidents()) {
            for (Evidence e : i.evidence()) {
                if (e.articleId().equals(a.id())) {
                    marks.addAll(forIncident(x, a, sentenceOf(a, e), null, i.date(), i.actors()).stream()
                            .filter(m -> m.kind() != Mark.Kind.PLACE).toList());
                }
            }
        }
        for (Deployment d : x.deployments()) {
            for (Evidence e : d.evidence()) {
                if (e.articleId().equals(a.id())) {
                    marks.addAll(forIncident(x, a, sentenceOf(a, e), null, d.since(), List.of(d.actor())).stream()
                            .filter(m -> m.kind() != Mark.Kind.PLACE).toList());
                }
            }
        }
        return marks;
    }

    /**
     * Cuts {@code range} of {@code text} into plain and marked segments. Overlapping marks: the earlier wins, and
     * places win over actors and dates at the same start. Segments inside {@code focus} (may be null) are flagged.
     */
    public static List<Segment> segments(String text, TextSpan range, List<Mark> marks, TextSpan focus) {
        List<Mark> sorted = new ArrayList<>(marks.stream().filter(m -> range.contains(m.span()) && m.span().length() > 0)
                .toList());
        sorted.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparing(m -> m.kind().ordinal())
                .thenComparing(m -> -m.span().length()));
        List<Integer> cuts = new ArrayList<>();
        List<Mark> kept = new ArrayList<>();
        int pos = range.start();
        for (Mark m : sorted) {
            if (m.span().start() >= pos) {
                kept.add(m);
                pos = m.span().end();
            }
        }
        cuts.add(range.start());
        for (Mark m : kept) {
            cuts.add(m.span().start());
            cuts.add(m.span().end());
        }
        if (focus != null) {
            cuts.add(Math.max(range.start(), Math.min(range.end(), focus.start())));
            cuts.add(Math.max(range.start(), Math.min(range.end(), focus.end())));
        }
        cuts.add(range.end());
        List<Integer> points = cuts.stream().distinct().sorted().toList();
        List<Segment> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i + 1 < points.size(); i++) {
            int s = points.get(i);
            int e = points.get(i + 1);
            if (e <= s) {
                continue;
            }
            while (k < kept.size() && kept.get(k).span().end() <= s) {
                k++;
            }
            Mark m = k < kept.size() && kept.get(k).span().start() <= s && kept.get(k).span().end() >= e ? kept.get(k)
                    : null;
            boolean inFocus = focus != null && s >= focus.start() && e <= focus.end();
            out.add(new Segment(new TextSpan(s, e), text.substring(s, e), m, inFocus));
        }
        return out;
    }

    /** First case-insensitive occurrence of {@code needle} inside {@code within}, or null. */
    static TextSpan find(String text, TextSpan within, String needle) {
        if (needle == null || needle.isBlank()) {
            return null;
        }
        String hay = within.of(text).toLowerCase(Locale.ROOT);
        int i = hay.indexOf(needle.toLowerCase(Locale.ROOT));
        return i < 0 ? null : new TextSpan(within.start() + i, within.start() + i + needle.length());
    }
}
