package org.incidentatlas.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;

/**
 * What the event components read about one article, computed once before any of them runs: the normalised text,
 * the place mentions that can place an event, the actor mentions (lexicon and national forces from demonyms), the
 * dates against the publication anchor, the article's own time and focus country, and who "he" refers to per
 * sentence. Immutable; the components ({@link TriggerDetection}, {@link EventDating}, {@link IncidentPlacement},
 * {@link ViolenceTyping}, {@link ActorRoles}, {@link MentionMerging}, {@link DeploymentExtraction}) never change it.
 * A token array of the text can join it here when the text package offers one.
 *
 * @param text          the article text normalised for the actor lexicon (same offsets as the article's)
 * @param places        resolved LITERAL mentions of this article outside boilerplate that are not part of a longer name
 *                      ("Iraq War", "Islamic Resistance in Iraq"), by start
 * @param actors        actor mentions by start
 * @param actorSpans    the actor mentions' spans, for "is this place inside an actor's name" in log time
 * @param reference     the article's own time: its publication date, else the latest date it mentions (may be null)
 * @param focus         the country the article is about (most mentioned), or null
 * @param focusMentions how many mentions that country has
 * @param subjects      per sentence index, the person "he" or "she" most likely refers to there (values may be null)
 */
record ArticleContext(ActorLexicon lexicon, Article article, String text, List<PlaceMention> places,
        List<ActorLexicon.Mention> actors, SpanIndex actorSpans, PublicationAnchor publication,
        List<DateResolver.Found> dates, LocalDate reference, Place focus, int focusMentions, Map<Integer, Actor> subjects) {
    /** A capitalised word right after a place name that makes the name an institution's ("Iraq War", "Kabul Police"). */
    private static final Pattern NOT_A_LOCATION_AFTER = Pattern.compile("^[\\s-]*" + EventCues.alternation("institution-after") + "\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"'”’)\\]]\\s*$");

    ArticleContext {
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        dates = List.copyOf(dates);
        subjects = Collections.unmodifiableMap(new HashMap<>(subjects));
    }

    static ArticleContext of(Article article, List<PlaceMention> mentions, ActorLexicon lexicon) {
        String text = ActorLexicon.normalise(article.text());
        List<ActorLexicon.Mention> actors = ActorRoles.withNationalForces(article, text, lexicon.findInArticle(text), mentions);
        SpanIndex actorSpans = new SpanIndex(actors.stream().map(ActorLexicon.Mention::span).toList());
        List<PlaceMention> places = usablePlaces(article, text, actorSpans, mentions);
        PublicationAnchor anchor = DateAnchoring.updated(text, PublicationAnchor.of(article));
        List<DateResolver.Found> dates = DateAnchoring.dates(text, anchor);
        LocalDate ref = anchor.date();
        if (ref == null) {
            for (DateResolver.Found d : dates) {
                if (d.date().isResolved() && (ref == null || d.date().end().isAfter(ref))) {
                    ref = d.date().end();
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Place> countryPlace = new HashMap<>();
        for (PlaceMention m : mentions) {
            if (!m.isResolved() || article.isBoilerplate(m.span().start()) || m.place().country() == null) {
                continue;
            }
            if (m.role() != MentionRole.LITERAL && m.role() != MentionRole.DEMONYM && m.role() != MentionRole.METONYMIC) {
                continue;
            }
            counts.merge(m.place().country(), 1, Integer::sum);
            if (Places.isCountryLevel(m.place()) && m.place().kind() == PlaceKind.COUNTRY) {
                countryPlace.putIfAbsent(m.place().country(), m.place());
            }
        }
        Map.Entry<String, Integer> top = counts.entrySet().stream()
                .filter(e -> countryPlace.containsKey(e.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElse(null);
        Place focus = top == null ? null : countryPlace.get(top.getKey());
        int focusMentions = top == null ? 0 : top.getValue();
        return new ArticleContext(lexicon, article, text, places, actors, actorSpans, anchor, dates, ref, focus, focusMentions,
                ActorRoles.subjects(article, actors));
    }

    private static List<PlaceMention> usablePlaces(Article article, String text, SpanIndex actorSpans, List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention m : mentions) {
            if (!m.isResolved() || m.role() != MentionRole.LITERAL || !article.id().equals(m.articleId())
                    || article.isBoilerplate(m.span().start())) {
                continue;
            }
            if (m.span().end() > text.length()) {
                continue;
            }
            String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 30));
            if (NOT_A_LOCATION_AFTER.matcher(after).find()) {
                continue;
            }
            if (!actorSpans.containsLonger(m.span())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /** A line without closing punctuation ("Turning Point: the Assassination of Soleimani") is a heading or label. */
    boolean isHeadline(Sentence s) {
        String t = s.of(text).strip();
        return !SENTENCE_END.matcher(t).find();
    }

    /** The sentences events are read from: not boilerplate, not headings. */
    boolean readable(Sentence s) {
        return !s.boilerplate() && !isHeadline(s);
    }

    String id() {
        return article.id();
    }

    int sentenceAt(int offset) {
        return article.sentenceAt(offset);
    }

    /** The dates lying wholly inside [from, to). */
    List<DateResolver.Found> datesIn(int from, int to) {
        return dates.stream().filter(d -> d.span().start() >= from && d.span().end() <= to).toList();
    }
}
