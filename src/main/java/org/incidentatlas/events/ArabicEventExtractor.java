package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;

/**
 * Incidents in Arabic articles: a sentence with a trigger ({@code arabic-triggers.tsv}; the highest priority in
 * the sentence types it) and a literal place becomes an incident at the most specific place of the sentence (a
 * base or a town before a governorate, a governorate before a country; a country alone leaves it unpinned, with
 * the country as its area), dated by {@link ArabicDates} (the sentence, else the article's first dated sentence
 * before it), with the actors of the sentence ({@code arabic-actors.tsv}, ids of the English actor lexicon).
 * Death tolls come from {@link ArabicFatalities}, deployments from {@link ArabicDeployments}. Simpler than the
 * English extractor: no cross-sentence merging (the {@link IncidentMerger} still merges reports across articles).
 */
public final class ArabicEventExtractor implements EventExtractor {
    private static final ArabicPhrases TRIGGERS = ArabicPhrases.load("arabic-triggers.tsv");
    private static final ArabicPhrases ACTORS = ArabicPhrases.load("arabic-actors.tsv", 1);
    private static final ArabicPhrases CLAIMS = ArabicPhrases.load("arabic-status.tsv");
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?…\"'”’)\\]؟»]\\s*$");

    /**
     * Loads the word lists and the actor lexicon now, once, rather than inside the time budget of the first Arabic
     * article (on a busy machine that first article was dropped as too slow).
     */
    public ArabicEventExtractor() {
        ActorLexicon.standard();
        ArabicDates.resolve("", 0, 0, null);
        ArabicFatalities.in("", 0, 0);
        DeploymentMerging.merged("", List.of());
    }

    @Override
    public Result extract(Article article, List<PlaceMention> mentions) {
        String text = article.text();
        Map<Integer, List<PlaceMention>> bySentence = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            if (m.isResolved() && m.role() == MentionRole.LITERAL) {
                bySentence.computeIfAbsent(m.evidence().sentence(), k -> new ArrayList<>()).add(m);
            }
        }
        List<Incident> incidents = new ArrayList<>();
        List<org.incidentatlas.model.Deployment> deployments = new ArrayList<>();
        EventDate lastDate = null;
        int n = 0;
        PublicationAnchor publication = ArabicDates.anchor(article);
        java.time.LocalDate anchor = publication.dayLevel() ? publication.date() : null;
        java.time.LocalDate yearHint = anchor == null && publication.monthLevel() ? publication.date() : null;
        int leadEnd = leadEnd(article);
        // The dateline's own date is the publication date, not the date of what its sentence reports.
        ArabicDates.Header header = "page header".equals(publication.source()) ? ArabicDates.header(text) : null;
        for (Sentence s : article.sentences()) {
            if (s.boilerplate()) {
                continue;
            }
            int dateFrom = header != null && header.end() > s.span().start() && header.end() < s.span().end()
                    ? header.end() : s.span().start();
            EventDate own = ArabicDates.resolve(text, dateFrom, s.span().end(), anchor, yearHint);
            if (own.isResolved() && publication.approximate()
                    && !own.equals(ArabicDates.resolve(text, dateFrom, s.span().end(), null, null))) {
                own = own.anchoredOnApprox();
            }
            if (own.isResolved()) {
                lastDate = own;
            }
            List<ArabicPhrases.Word> words = ArabicPhrases.words(text, s.span().start(), s.span().end());
            List<PlaceMention> literal = bySentence.getOrDefault(s.index(), List.of());
            List<ArabicPhrases.Match> actorMatches = ACTORS.find(words);
            deployments.addAll(ArabicDeployments.in(article, s, words, actorMatches, literal));
            String[] trigger = null;
            for (ArabicPhrases.Match m : TRIGGERS.find(words)) {
                if (trigger == null || Integer.parseInt(m.row()[2].strip()) > Integer.parseInt(trigger[2].strip())) {
                    trigger = m.row();
                }
            }
            List<PlaceMention> places = bySentence.get(s.index());
            if (trigger == null || places == null) {
                continue;
            }
            PlaceMention where = mostSpecific(places);
            Place place = where.place();
            boolean country = place.kind() == PlaceKind.COUNTRY;
            EventDate date = own.isResolved() ? own : lastDate != null ? lastDate : own;
            List<Actor> actors = actors(article, s, words, actorMatches);
            EventStatus status = status(words);
            Incident inc = new Incident(article.id() + "#e" + (n + 1), EventType.parse(trigger[1]), date,
                    country ? null : place, country ? 1 : precision(place), actors,
                    ArabicFatalities.in(text, s.span().start(), s.span().end()), status,
                    List.of(new Evidence(article.id(), s.index(), s.span())), List.of(article.id()), null,
                    country ? place : null);
            int same = sameIncident(incidents, inc);
            if (same >= 0) {
                incidents.set(same, merged(incidents.get(same), inc));
            } else {
                incidents.add(inc);
                n++;
            }
        }
        return new Result(datedByLead(undatedIntoDated(incidents), publication, leadEnd),
                DeploymentMerging.merged(article.id(), deployments));
    }

    /**
     * The index of the last sentence of the lead: news reports what just happened, so an event the lead reports
     * without a date of its own (and none before it) happened about when the article was published, as in English
     * ({@link RuleEventExtractor#LEAD_SENTENCES} sentences of text, a headline not counted).
     */
    private static int leadEnd(Article article) {
        int seen = 0;
        for (Sentence s : article.sentences()) {
            if (!s.boilerplate() && !isHeadline(s.of(article.text())) && ++seen == RuleEventExtractor.LEAD_SENTENCES) {
                return s.index();
            }
        }
        return Integer.MAX_VALUE;
    }

    /** A line without closing punctuation (Arabic or Latin) is a headline or a label. */
    private static boolean isHeadline(String sentence) {
        return !SENTENCE_END.matcher(sentence.strip()).find();
    }

    /** Reported incidents of the lead still undated take the publication day (or month). */
    private static List<Incident> datedByLead(List<Incident> incidents, PublicationAnchor publication, int leadEnd) {
        EventDate published = publicationDate(publication);
        if (!published.isResolved()) {
            return incidents;
        }
        List<Incident> out = new ArrayList<>(incidents.size());
        for (Incident i : incidents) {
            if (!i.date().isResolved() && i.status() == EventStatus.REPORTED
                    && i.evidence().get(0).sentence() <= leadEnd) {
                i = new Incident(i.id(), i.type(), published, i.place(), i.geoPrecision(), i.actors(), i.fatalities(),
                        i.status(), i.evidence(), i.sources(), i.mergeNote(), i.area());
            }
            out.add(i);
        }
        return out;
    }

    /** The publication day (or month), said so in its text, marked when the publication date is approximate. */
    private static EventDate publicationDate(PublicationAnchor publication) {
        if (publication.dayLevel()) {
            java.time.LocalDate d = publication.date();
            return new EventDate(d, d, DatePrecision.DAY, "publication date (the lead gives none)", false,
                    publication.approximate());
        }
        if (publication.monthLevel()) {
            java.time.LocalDate d = publication.date();
            return new EventDate(d.withDayOfMonth(1), d, DatePrecision.MONTH, "publication month (the lead gives none)",
                    false, publication.approximate());
        }
        return EventDate.unresolved(null);
    }

    /**
     * A headline tells the incident the body dates: an undated incident of the same kind within 100 km of a dated
     * one of the article joins it.
     */
    private static List<Incident> undatedIntoDated(List<Incident> incidents) {
        List<Incident> out = new ArrayList<>(incidents);
        for (Incident u : incidents) {
            if (u.date().isResolved() || u.place() == null) {
                continue;
            }
            for (int k = 0; k < out.size(); k++) {
                Incident d = out.get(k);
                if (d.date().isResolved() && d.place() != null && d.type().type().equals(u.type().type())
                        && km(d.place(), u.place()) <= 100) {
                    Incident m = merged(d, u);
                    out.set(k, new Incident(d.id(), d.type(), d.date(), d.place(), d.geoPrecision(), m.actors(),
                            m.fatalities(), m.status(), m.evidence(), d.sources(), null, d.area()));
                    out.remove(u);
                    break;
                }
            }
        }
        return out;
    }

    private static double km(Place a, Place b) {
        return org.incidentatlas.model.Geography.km(a, b);
    }

    /**
     * An earlier incident of the article at the same place with a compatible date: a headline and the paragraph
     * under it, or a report and its follow-up sentence, tell one incident.
     */
    private static int sameIncident(List<Incident> earlier, Incident inc) {
        for (int i = 0; i < earlier.size(); i++) {
            Incident e = earlier.get(i);
            boolean samePlace = e.place() != null ? e.place().equals(inc.place())
                    : inc.place() == null && e.area() != null && e.area().equals(inc.area());
            boolean sameDate = !e.date().isResolved() || !inc.date().isResolved()
                    || e.date().start().equals(inc.date().start());
            if (samePlace && sameDate && e.type().type().equals(inc.type().type())) {
                return i;
            }
        }
        return -1;
    }

    /** The two as one: the more specific type and date, the actors and the evidence of both. */
    private static Incident merged(Incident a, Incident b) {
        List<Evidence> ev = new ArrayList<>(a.evidence());
        ev.addAll(b.evidence());
        List<Actor> actors = new ArrayList<>(a.actors());
        for (Actor x : b.actors()) {
            if (actors.stream().noneMatch(y -> java.util.Objects.equals(y.id(), x.id()))) {
                actors.add(x);
            }
        }
        EventDate date = a.date().isResolved() ? a.date() : b.date();
        EventStatus status = a.status() != EventStatus.REPORTED ? a.status() : b.status();
        Integer fatalities = a.fatalities() == null ? b.fatalities()
                : b.fatalities() == null ? a.fatalities() : Integer.valueOf(Math.max(a.fatalities(), b.fatalities()));
        return new Incident(a.id(), a.type(), date, a.place(), Math.min(a.geoPrecision(), b.geoPrecision()), actors,
                fatalities, status, ev, a.sources(), null, a.area());
    }

    private static PlaceMention mostSpecific(List<PlaceMention> places) {
        PlaceMention best = places.get(0);
        for (PlaceMention m : places) {
            if (rank(m.place()) > rank(best.place())) {
                best = m;
            }
        }
        return best;
    }

    static int rank(Place p) {
        return switch (p.kind()) {
            case BASE, AIRPORT, EMBASSY, OIL_FIELD, CROSSING, CAMP, LANDMARK -> 6;
            case DISTRICT, VILLAGE, TOWN, CITY -> 5;
            case ADMIN2 -> 4;
            case ADMIN1 -> 3;
            case REGION, RIVER, SEA, STRAIT -> 2;
            case COUNTRY -> 1;
            default -> 0;
        };
    }

    static int precision(Place p) {
        if (p.kind() == PlaceKind.ADMIN1 || p.kind() == PlaceKind.REGION || p.kind().isArea()) {
            return 3;
        }
        return p.kind() == PlaceKind.CITY ? 2 : 1;
    }

    private static List<Actor> actors(Article article, Sentence s, List<ArabicPhrases.Word> words,
            List<ArabicPhrases.Match> matches) {
        List<Actor> out = new ArrayList<>();
        for (ArabicPhrases.Match m : matches) {
            Actor a = actor(article, s, words, m);
            if (a != null && out.stream().noneMatch(x -> a.id().equals(x.id()))) {
                out.add(a);
            }
        }
        return out;
    }

    /** The lexicon's actor a match of {@code arabic-actors.tsv} names, with its evidence; null if unknown. */
    static Actor actor(Article article, Sentence s, List<ArabicPhrases.Word> words, ArabicPhrases.Match m) {
        var entry = ActorLexicon.standard().entry(m.row()[0].strip()).orElse(null);
        if (entry == null) {
            return null;
        }
        int start = words.get(m.from()).start();
        int end = words.get(m.to() - 1).end();
        return new Actor(entry.id(), entry.name(), entry.type(), Evidence.of(article.id(), s.index(), start, end));
    }

    private static EventStatus status(List<ArabicPhrases.Word> words) {
        for (ArabicPhrases.Match m : CLAIMS.find(words)) {
            return EventStatus.valueOf(m.row()[1].strip());
        }
        return EventStatus.REPORTED;
    }
}
