package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.events.EventTyping.Family;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;

/**
 * Incidents and deployments of one article by rules over its sentences. The work is done by named components over
 * one immutable {@link ArticleContext}: {@link TriggerDetection} (trigger words coded with ACLED types by
 * {@link EventTyping}, one candidate per family and sentence), {@link EventDating} (dates from {@link DateResolver}),
 * {@link IncidentPlacement} (literal mentions tied to the trigger by a locative), {@link ViolenceTyping},
 * {@link ActorRoles} (actors of the {@link ActorLexicon}), {@link MentionMerging} (later mentions of one event,
 * "the attack", "his killing") and {@link DeploymentExtraction}. This class runs them in order and turns the merged
 * candidates into incidents. Boilerplate and headline lines yield nothing. Thread-safe.
 */
public final class RuleEventExtractor implements EventExtractor {
    /** Id prefix of a country's state forces found from a demonym ("forces:NG"), not from the lexicon. */
    static final String NATIONAL_FORCES = ActorRoles.NATIONAL_FORCES;
    /** The sentences of text that make an article's lead. */
    static final int LEAD_SENTENCES = EventDating.LEAD_SENTENCES;
    private final ActorLexicon lexicon;

    /**
     * With the shipped actor lexicon plus the user lexicons as they are at each article (see
     * {@link ActorLexicon#current}): an analyst's edit applies on the next run.
     */
    public RuleEventExtractor() {
        this.lexicon = null;
    }

    public RuleEventExtractor(ActorLexicon lexicon) {
        this.lexicon = java.util.Objects.requireNonNull(lexicon, "lexicon");
    }

    @Override
    public Result extract(Article article, List<PlaceMention> mentions) {
        ArticleContext ctx = ArticleContext.of(article, mentions, lexicon != null ? lexicon : ActorLexicon.current());
        ActorRoles roles = new ActorRoles(ctx);
        IncidentPlacement placement = new IncidentPlacement(ctx);
        EventDating dating = new EventDating(ctx);
        TriggerDetection detection = new TriggerDetection(ctx, dating, placement, roles, new ViolenceTyping(ctx, roles));
        DeploymentExtraction deployments = new DeploymentExtraction(ctx, placement, roles);
        for (Sentence s : article.sentences()) {
            if (!ctx.readable(s)) {
                continue;
            }
            detection.sentenceEvents(s);
            deployments.sentenceDeployments(s);
        }
        List<EventCandidate> merged = new MentionMerging().merge(detection.candidates());
        placement.refineFromNextSentence(merged, ctx);
        dating.dateSameEpisode(merged);
        dating.dateUndatedLead(merged);
        dating.dateUndatedBody(merged);
        return new Result(incidents(ctx, roles, merged), deployments.pruneDeployments());
    }

    /** The merged candidates that are incidents (placed or dated, political, between conflict actors where needed). */
    private static List<Incident> incidents(ArticleContext ctx, ActorRoles roles, List<EventCandidate> merged) {
        Boolean crimeNews = null;
        List<Incident> incidents = new ArrayList<>();
        String id = ctx.id();
        int n = 0;
        for (EventCandidate c : merged) {
            if (c.family == Family.VIOLENT && c.place == null && !c.dated && c.weak) {
                // Never tied to a place or a date, even by a later mention.
                continue;
            }
            if (c.family == Family.VIOLENT && !c.type.type().equals(EventTyping.IED.type())
                    && c.actors.stream().noneMatch(roles::isConflictActor) && (crimeNews != null ? crimeNews : (crimeNews = CrimeNews.is(ctx)))) {
                // A shooting, stabbing or kidnapping in crime news: not political violence.
                continue;
            }
            if (c.background) {
                c.status = EventStatus.BACKGROUND;
            }
            if (c.family != Family.VIOLENT && c.family != Family.PROTEST && c.actors.stream().noneMatch(roles::isConflictActor)) {
                // Meetings, visits, threats and arrests are ACLED strategic developments only between conflict actors.
                continue;
            }
            if (c.place == null && c.area == null && c.family != Family.VIOLENT) {
                // Meetings and statements of the article's actors are placed in the country it is about, at country
                // level; violence with no place named stays unplaced rather than guessed.
                c.area = ctx.focus();
            }
            Integer fatalities = c.fatalities;
            if (fatalities == null && c.family == Family.VIOLENT) {
                fatalities = 0;
            }
            int gp = IncidentPlacement.geoPrecision(c);
            incidents.add(new Incident(id + "#e" + (++n), c.type, c.date, c.place, gp, dedupe(c.actors), fatalities,
                    c.status, c.evidence, List.of(id), null, c.place == null ? c.area : null));
            if (c.place != null) {
                for (PlaceMention m : c.alsoAt) {
                    // One event per location; the toll stays with the first place (the text does not split it).
                    int gpm = Places.geoPrecision(m.place(), false);
                    incidents.add(new Incident(id + "#e" + (++n), c.type, c.date, m.place(), gpm, dedupe(c.actors),
                            c.family == Family.VIOLENT ? Integer.valueOf(0) : null, c.status, c.evidence, List.of(id), null, null));
                }
            }
        }
        return incidents;
    }

    /** Characters between two spans, 0 when they overlap. */
    static int distance(int s1, int e1, int s2, int e2) {
        if (e1 <= s2) {
            return s2 - e1;
        }
        if (e2 <= s1) {
            return s1 - e2;
        }
        return 0;
    }

    /** One actor per id (or name for unknown ones), first mention kept. */
    static List<Actor> dedupe(List<Actor> actors) {
        return ActorRoles.dedupe(actors);
    }
}
