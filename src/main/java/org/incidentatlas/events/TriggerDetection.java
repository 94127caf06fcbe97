package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.events.EventTyping.Family;
import org.incidentatlas.events.EventTyping.Hit;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;

/**
 * The candidate events of each sentence: the {@link EventTyping} triggers found, grouped by family (one candidate
 * per family and sentence, its most specific trigger the main one), each given its date ({@link EventDating}),
 * place ({@link IncidentPlacement}), actors and victims ({@link ActorRoles}), type ({@link ViolenceTyping}),
 * status, toll and flags; plots, crime and bare statements are dropped here. A toll sentence right after an event
 * completes it. One instance per article; {@link #candidates()} in text order.
 */
final class TriggerDetection {
    private static final Pattern COMES_AFTER = Pattern.compile("(?i)\\b(?:comes?|came|coming)\\s+(?:just |only |barely |nearly |almost |exactly |more than |less than )?"
            + "(?:(?:(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) )?(?:days?|weeks?|months?|years?|hours?) )?(?:after|on the heels of)\\b");
    private static final Pattern ANOTHER_EVENT = Pattern.compile("(?i)\\b(?:another|a second|a third|a fourth|a separate|a further|in separate)\\s+"
            + "(?:\\w+\\s+)?(?:attacks?|incidents?|strikes?|bombings?|blasts?|explosions?|clash(?:es)?|raids?|ambush(?:es)?|shootings?)\\b"
            + "|^\\W*(?:Separately|Elsewhere|Meanwhile|In retaliation)\\b"
            // "The rebels retaliated, shelling two villages": a response is another event, by other hands.
            + "|\\b(?:retaliated|retaliating|hit back|struck back)\\b");
    private static final String[] ANOTHER_WORDS = {"nother", "econd", "hird", "ourth", "eparate", "urther", "lsewhere", "eanwhile", "etaliat", " back"};
    static final Pattern TOLL_WORD = Pattern.compile("dead|died|killed|death|toll|fatalit|slain");
    /** {@link #TOLL_WORD} over a sentence in place: find()'s answer, tried only where its first two chars can start a match. */
    static final PatternGate TOLL_WORD_GATE = new PatternGate(TOLL_WORD);

    /** The main trigger of a family first: the most specific, then the first in the sentence. */
    private static final Comparator<Hit> BY_RANK_THEN_START = Comparator.comparingInt((Hit h) -> h.trigger().rank()).thenComparingInt(Hit::start);

    private final ArticleContext ctx;
    private final String text;
    private final EventDating dating;
    private final IncidentPlacement placement;
    private final ActorRoles roles;
    private final ViolenceTyping typing;
    private final List<EventCandidate> cands = new ArrayList<>();

    TriggerDetection(ArticleContext ctx, EventDating dating, IncidentPlacement placement, ActorRoles roles, ViolenceTyping typing) {
        this.ctx = ctx;
        this.text = ctx.text();
        this.dating = dating;
        this.placement = placement;
        this.roles = roles;
        this.typing = typing;
    }

    /** The candidates found so far, in text order (live list: {@link MentionMerging} reads it once all sentences are done). */
    List<EventCandidate> candidates() {
        return cands;
    }

    void sentenceEvents(Sentence s) {
        sentenceEvents(s, EventTyping.hits(text, ctx.tokens(), s.index(), s.span().start(), s.span().end()));
    }

    /**
     * The candidates of sentence {@code s} given its trigger hits (those {@link EventTyping#hits} finds there over the
     * context's text and tokens). No hits, no candidate: only a trailing toll, which completes an earlier one.
     */
    void sentenceEvents(Sentence s, List<Hit> hits) {
        if (hits.isEmpty()) {
            // Most sentences: no family, so at most a trailing toll (as below, without the map).
            addTrailingToll(s);
            return;
        }
        int from = s.span().start();
        int to = s.span().end();
        String articleId = ctx.id();
        Map<Family, List<Hit>> byFamily = new LinkedHashMap<>();
        int newsFrom = from;
        if (hits.size() > 1 && holds(text, from, to, "after")) {
            Matcher after = COMES_AFTER.matcher(text).region(from, to);
            newsFrom = after.find() ? after.end() : from;
        }
        for (Hit h : hits) {
            if (h.start() < newsFrom) {
                // "Friday's blast came two days after a car bomb killed four": the sentence reports the second event.
                continue;
            }
            List<Hit> family = byFamily.get(h.trigger().family());
            if (family == null) {
                family = new ArrayList<>(2);
                byFamily.put(h.trigger().family(), family);
            }
            family.add(h);
        }
        if (!byFamily.containsKey(Family.VIOLENT)) {
            addTrailingToll(s);
        }
        if (byFamily.isEmpty()) {
            return;
        }
        List<Hit> mains = new ArrayList<>();
        for (List<Hit> hs : byFamily.values()) {
            hs.sort(BY_RANK_THEN_START);
            mains.add(hs.get(0));
        }
        List<DateResolver.Found> sentenceDates = ctx.datesIn(from, to);
        // The sentence's text, made once for the violent family's readings (a string copy per reading before).
        String sentence = null;
        for (Map.Entry<Family, List<Hit>> e : byFamily.entrySet()) {
            List<Hit> hs = e.getValue();
            Hit main = hs.get(0);
            EventCandidate c = new EventCandidate();
            c.family = e.getKey();
            c.rank = main.trigger().rank();
            // A date belongs to the nearest trigger of any family in the sentence.
            DateResolver.Found date = dating.dateOf(main, mains, sentenceDates);
            c.dated = date != null;
            c.date = date != null ? date.date() : EventDate.unresolved(null);
            placement.tiePlace(c, hs, from, to);
            boolean definite = EventTyping.isDefiniteNominal(main, text, from);
            c.anaphoric = definite && c.place == null && date == null;
            // A candidate is dropped as soon as what decides it is known (its place and date here, then its status,
            // then its actors), before the rest is read: a third of the candidates are dropped, and what is read for
            // one changes nothing but the candidate.
            if (dropEarly(c, main)) {
                continue;
            }
            c.status = EventTyping.status(main, text, from, to, ctx.tokens(), s.index());
            if (c.family == Family.VIOLENT && c.status == EventStatus.PLANNED) {
                // A plot ("accused of plotting an attack", "planned to bomb"): nothing happened yet, so no event.
                continue;
            }
            // "The attack left one officer dead before police shot and killed the attacker": the sentence is about the
            // attack it opens with, though the killing types it.
            Hit first = main;
            for (Hit h : hs) {
                if (h.start() < first.start()) {
                    first = h;
                }
            }
            c.definite = definite || first != main && EventTyping.isDefiniteNominal(first, text, from);
            c.definiteHead = (definite ? main : first).words().toLowerCase(Locale.ROOT);
            c.actors.addAll(roles.actorsIn(from, to));
            if (c.anaphoric) {
                roles.keepNearTriggers(c, hs, from);
            }
            roles.addUnknownSubject(c, main, from);
            roles.resolvePronounSubject(c, main, from);
            if (c.family == Family.VIOLENT) {
                roles.victims(c, from, to);
                roles.dropOfficials(c);
                // The actors are final here: crime news is dropped before its toll and type are read.
                if (!c.anaphoric && EventTyping.CRIMINAL_GATE.firstMatch(text, from, to) >= 0
                        && c.actors.stream().noneMatch(roles::isConflictActor)) {
                    // Crime news (a murder trial, a suspect charged): not political violence unless a conflict actor is named.
                    continue;
                }
                if (sentence == null) {
                    sentence = text.substring(from, to);
                }
                c.fatalities = Fatalities.in(sentence);
                c.type = typing.violentType(main, from, to);
                c.plainKill = main.trigger().typing() == EventTyping.Typing.BY_VICTIM;
                c.generic = main.trigger().typing() != EventTyping.Typing.FIXED;
                c.attackWord = main.trigger().typing() == EventTyping.Typing.BY_ATTACKER;
                if (c.type.type().equals(EventTyping.IED.type()) && typing.disrupted(from, to)) {
                    // The device was found or failed to go off: a foiled use of weapons, not an explosion.
                    c.type = EventTyping.DISRUPTED;
                    c.fatalities = 0;
                }
            } else {
                c.type = main.trigger().type();
            }
            c.addEvidence(new Evidence(articleId, s.index(), s.span()));
            c.sentence = s.index();
            c.lastSentence = s.index();
            for (Hit h : hs) {
                c.heads.add(h.words().toLowerCase(Locale.ROOT));
            }
            c.background = dating.isBackground(c.date, from, to);
            c.distinct = c.family == Family.VIOLENT && EventTyping.mentions(sentence, ANOTHER_WORDS)
                    && ANOTHER_EVENT.matcher(text).region(from, to).find();
            if (!c.anaphoric && c.place == null && !c.dated && !(definite && c.family == Family.VIOLENT && !c.victims.isEmpty())) {
                // Neither where nor when: too little to map, and usually a generic statement. Violence is kept for
                // now, to lend its type and toll to a fuller mention ("A suicide car bomb in northern Iraq killed
                // 11 soldiers" ... "The blast ... in the city of Erbil"); alone it is dropped at the end. Any
                // other family was dropped above (dropEarly).
                c.weak = true;
            }
            if (definite && !c.victims.isEmpty() && c.place == null && date == null) {
                c.anaphoric = true;
            }
            cands.add(c);
        }
    }

    /**
     * Whether candidate {@code c} (its family, date, place and anaphora set) of trigger {@code main} is dropped whatever
     * else is read for it; c.place, c.dated and c.anaphoric do not change after these are set, and reading the rest
     * has no effect outside the candidate, so dropping it here gives what dropping it at the end of the loop did.
     */
    private static boolean dropEarly(EventCandidate c, Hit main) {
        if (c.family != Family.VIOLENT) {
            // Neither where nor when: too little to map, and usually a generic statement (violence is kept for now:
            // see c.weak below).
            return !c.anaphoric && c.place == null && !c.dated;
        }
        // "Recent attacks have been reported on bases in X": plural attacks sum up several events. Tied to one place
        // and one day ("militiamen killed in the US strikes on Monday on their positions in X") they are what ACLED
        // codes as one event there.
        return EventTyping.isPluralAttack(main) && !(c.dated && c.date.precision() == DatePrecision.DAY
                && c.place != null && !Places.isCountryLevel(c.place));
    }

    /**
     * A sentence that gives a death toll but names no violence of its own ("At least 25 people are dead, the
     * ministry said") completes the violent event reported just before it.
     */
    private void addTrailingToll(Sentence s) {
        EventCandidate last = null;
        for (int i = cands.size() - 1; i >= 0 && last == null; i--) {
            if (cands.get(i).family == Family.VIOLENT) {
                last = cands.get(i);
            }
        }
        if (last == null || s.index() - last.lastSentence > 2) {
            return;
        }
        if (TOLL_WORD_GATE.firstMatch(text, s.span().start(), s.span().end()) < 0) {
            return;
        }
        String sentence = s.of(text);
        Integer n = Fatalities.in(sentence);
        if (n == null || n == 0 || EventTyping.isTally(sentence)) {
            return;
        }
        for (DateResolver.Found d : ctx.dates()) {
            if (d.span().start() >= s.span().start() && d.span().end() <= s.span().end()) {
                // A toll with its own date may be another event's.
                return;
            }
        }
        for (int i = cands.size() - 1; i >= 0; i--) {
            EventCandidate c = cands.get(i);
            if (c.family != Family.VIOLENT) {
                continue;
            }
            if (s.index() - c.lastSentence <= 2 && !c.type.equals(EventTyping.DISRUPTED)) {
                if (c.fatalities == null || c.fatalities < n) {
                    c.fatalities = n;
                }
                c.addEvidence(new Evidence(ctx.id(), s.index(), s.span()));
                c.lastSentence = s.index();
            }
            return;
        }
    }

    /** The trigger nearest to a span (the first of equals). */
    static Hit nearestHit(List<Hit> hits, TextSpan span) {
        Hit best = null;
        int bestD = Integer.MAX_VALUE;
        for (Hit h : hits) {
            int d = RuleEventExtractor.distance(h.start(), h.end(), span.start(), span.end());
            if (d < bestD) {
                bestD = d;
                best = h;
            }
        }
        return best;
    }

    /**
     * Whether {@code text[from, to)} holds {@code word} (case as written), read in place. Not {@code text.indexOf}:
     * that would read on past the sentence, to the end of the article when the word is absent, for every sentence.
     */
    private static boolean holds(String text, int from, int to, String word) {
        for (int i = from, last = to - word.length(); i <= last; i++) {
            if (text.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }
}
