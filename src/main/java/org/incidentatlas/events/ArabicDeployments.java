package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;

/**
 * Who is stationed where in Arabic sentences: a presence cue ({@code arabic-deployment-cues.tsv}) between an actor
 * of the lexicon ({@code arabic-actors.tsv}) next to it and a literal place within {@value #REACH} words
 * ("القوات الأمريكية المتمركزة في قاعدة ..." actor, cue, place; "قاعدة عين الأسد التي تضم قوات أمريكية" place, cue,
 * actor). A country-level place is kept as the area (listed, never drawn); repeats of one actor at one place become
 * one deployment with all its evidence. {@code since} stays unknown: a report's date is not when a presence began.
 */
final class ArabicDeployments {
    private static final ArabicPhrases CUES = ArabicPhrases.load("arabic-deployment-cues.tsv");
    /** Words between the cue and its place: a relative clause ("التي تضم قوات") at most. */
    private static final int REACH = 6;
    /**
     * Words between the cue and its actor: the actor is the cue's own subject or object ("القوات الأمريكية
     * المتمركزة", "تضم قوات أمريكية"), not a group named further on ("... التي تحارب تنظيم الدولة").
     */
    private static final int ACTOR_REACH = 1;

    private ArabicDeployments() {
    }

    /**
     * The deployments of one sentence; {@code actors} are the lexicon's matches there (word ranges), {@code places}
     * its literal resolved place mentions.
     */
    static List<Deployment> in(Article article, Sentence s, List<ArabicPhrases.Word> words,
            List<ArabicPhrases.Match> actors, List<PlaceMention> places) {
        EventDate since = EventDate.unresolved(null);
        List<Deployment> out = new ArrayList<>();
        if (actors.isEmpty() || places.isEmpty()) {
            return out;
        }
        for (ArabicPhrases.Match cue : CUES.find(words)) {
            boolean actorFirst = cue.row()[1].strip().equals("actor-place");
            int cueStart = words.get(cue.from()).start();
            int cueEnd = words.get(cue.to() - 1).end();
            ArabicPhrases.Match actor = null;
            for (ArabicPhrases.Match a : actors) {
                boolean ok = actorFirst ? a.to() <= cue.from() && cue.from() - a.to() <= ACTOR_REACH
                        : a.from() >= cue.to() && a.from() - cue.to() <= ACTOR_REACH;
                if (ok && (actor == null || actorFirst)) {
                    actor = a; // before the cue: the nearest; after it: the first
                }
            }
            PlaceMention where = null;
            for (PlaceMention m : places) {
                boolean ok = actorFirst ? m.span().start() >= cueEnd && wordsBetween(words, cueEnd, m.span().start()) <= REACH
                        : m.span().end() <= cueStart && wordsBetween(words, m.span().end(), cueStart) <= REACH;
                int rank = ok ? ArabicEventExtractor.rank(m.place()) : -1;
                if (ok && (where == null || rank > ArabicEventExtractor.rank(where.place())
                        || rank == ArabicEventExtractor.rank(where.place()) && !actorFirst)) {
                    where = m; // the most specific; among equals, the nearest to the cue
                }
            }
            if (actor == null || where == null) {
                continue;
            }
            Actor who = ArabicEventExtractor.actor(article, s, words, actor);
            if (who == null) {
                continue;
            }
            Place p = where.place();
            boolean country = p.kind() == PlaceKind.COUNTRY;
            out.add(new Deployment(article.id() + "#d", who, country ? null : p,
                    country ? 1 : ArabicEventExtractor.precision(p), since,
                    List.of(new Evidence(article.id(), s.index(), s.span())), country ? p : null));
        }
        return out;
    }

    private static int wordsBetween(List<ArabicPhrases.Word> words, int from, int to) {
        int n = 0;
        for (ArabicPhrases.Word w : words) {
            if (w.start() >= from && w.end() <= to) {
                n++;
            }
        }
        return n;
    }
}
