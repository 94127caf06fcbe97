package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.events.EventTyping.Family;
import org.incidentatlas.events.EventTyping.Hit;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.text.TokenArray;

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

    /** With the user lexicons as they are now, for the whole run (itself when its lexicon is already fixed). */
    @Override
    public EventExtractor forRun() {
        return lexicon != null ? this : new RuleEventExtractor(ActorLexicon.current());
    }

    @Override
    public Result extract(Article article, List<PlaceMention> mentions) {
        ActorLexicon lex = lexicon != null ? lexicon : ActorLexicon.current();
        Gates gates = Gates.of(article);
        if (gates == null) {
            // No readable sentence has a trigger or a presence cue: nothing below could make a candidate or a
            // deployment, so the context (actors, places, dates) is not built.
            return new Result(List.of(), List.of());
        }
        return extract(article, mentions, lex, gates);
    }

    /**
     * The incidents and deployments of an article given its {@link Gates}, or with {@code gates} null the full path
     * without the pre-check (each readable sentence's hits and cues found as the components read it).
     */
    Result extract(Article article, List<PlaceMention> mentions, ActorLexicon lex, Gates gates) {
        ArticleContext ctx = ArticleContext.of(article, mentions, lex, gates != null ? gates.tokens : null);
        ActorRoles roles = new ActorRoles(ctx);
        IncidentPlacement placement = new IncidentPlacement(ctx);
        EventDating dating = new EventDating(ctx);
        TriggerDetection detection = new TriggerDetection(ctx, dating, placement, roles, new ViolenceTyping(ctx, roles));
        DeploymentExtraction deployments = new DeploymentExtraction(ctx, placement, roles);
        List<Sentence> sentences = article.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (gates == null) {
                if (ctx.readable(s)) {
                    detection.sentenceEvents(s);
                    deployments.sentenceDeployments(s);
                }
            } else if (gates.hits[i] != null) {
                // Null for a sentence not read (boilerplate or a heading), as ctx.readable(s) says over the same text.
                detection.sentenceEvents(s, gates.hits[i]);
                deployments.sentenceDeployments(s, gates.cues[i]);
            }
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

    /**
     * The pre-check that spares articles with no event the {@link ArticleContext}: per readable sentence, the trigger
     * hits ({@link EventTyping#hits}) and presence cues ({@link DeploymentExtraction#cues}) that
     * {@link TriggerDetection#sentenceEvents} and {@link DeploymentExtraction#sentenceDeployments} start from, over the
     * same normalised text and tokens the context gets. Every candidate of the former (meetings, visits, arrests,
     * protests and violence alike, and a trailing toll, which needs an earlier violent candidate) comes from a hit, and
     * every deployment of the latter from a cue, so an article with neither yields nothing.
     *
     * @param tokens the article's tokens over the normalised text (passed on to the context)
     * @param hits   per sentence position, its hits, or null for a sentence that is not read (boilerplate, heading)
     * @param cues   per sentence position, its cue spans as start, end pairs (null where {@code hits} is)
     */
    record Gates(TokenArray tokens, List<Hit>[] hits, int[][] cues) {
        /** The gates of an article, or null when no readable sentence has a hit or a cue. */
        @SuppressWarnings("unchecked")
        static Gates of(Article article) {
            List<Sentence> sentences = article.sentences();
            // The geoparser's array of this article on this thread, over the normalised text
            // (ActorLexicon.normalise is TokenArray.straighten).
            TokenArray tokens = TokenArray.of(article.text(), sentences).straightened();
            String text = tokens.text();
            List<Hit>[] hits = new List[sentences.size()];
            int[][] cues = new int[sentences.size()][];
            boolean any = false;
            // One scan for the article, cleared per sentence: the hits and cues below keep none of its arrays.
            TriggerWords.Scan scan = new TriggerWords.Scan();
            for (int i = 0; i < sentences.size(); i++) {
                Sentence s = sentences.get(i);
                // ArticleContext.readable over the same text.
                if (s.boilerplate() || !endsLikeASentence(text, s.span().start(), s.span().end())) {
                    continue;
                }
                // One pass over the sentence's tokens finds where triggers and cues can start (TriggerWords).
                TriggerWords.tokens(text, tokens, tokens.firstToken(s.index()), tokens.firstToken(s.index() + 1),
                        s.span().start(), s.span().end(), scan);
                hits[i] = EventTyping.hits(text, s.span().start(), s.span().end(), scan);
                cues[i] = DeploymentExtraction.cues(text, tokens, s, scan);
                any |= !hits[i].isEmpty() || cues[i].length > 0;
            }
            return any ? new Gates(tokens, hits, cues) : null;
        }

        /**
         * {@code ArticleContext.endsLikeASentence(text.substring(from, to).strip())} without copying the sentence
         * twice: that test reads the stripped text from its end back over line terminators and white space to one
         * more char, so it is given only the stripped text's tail from the char before that run.
         */
        static boolean endsLikeASentence(String text, int from, int to) {
            // String.strip's bounds: no supplementary code point is white space, so char by char gives the same.
            int hi = to;
            while (hi > from && Character.isWhitespace(text.charAt(hi - 1))) {
                hi--;
            }
            int lo = from;
            while (lo < hi && Character.isWhitespace(text.charAt(lo))) {
                lo++;
            }
            if (lo == hi) {
                return false;
            }
            int tail = hi;
            while (tail > lo && endRun(text.charAt(tail - 1))) {
                tail--;
            }
            return ArticleContext.endsLikeASentence(text.substring(Math.max(lo, tail - 1), hi));
        }

        /** A char the end test reads past: a line terminator or regex white space. */
        private static boolean endRun(char c) {
            return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || org.incidentatlas.text.RegexSpace.is(c);
        }
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
