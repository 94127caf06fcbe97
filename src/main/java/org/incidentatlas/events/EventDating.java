package org.incidentatlas.events;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.incidentatlas.events.EventTyping.Family;
import org.incidentatlas.events.EventTyping.Hit;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;

/**
 * When an event happened: of the dates {@link DateResolver} found (anchored by {@link DateAnchoring}), the one in
 * the trigger's clause nearest to it; background by its date or as the conflict's origin; and the lead's undated
 * events dated by publication. Reads an {@link ArticleContext}; holds no state of its own.
 */
final class EventDating {
    /** The sentences of text that make an article's lead. */
    static final int LEAD_SENTENCES = 4;
    /** How far after its trigger a date may lie when another verb comes between them. */
    private static final int DATE_REACH = 90;
    private static final Pattern DATE_OTHER_VERB = EventCues.words("other-verb-before-date", Pattern.CASE_INSENSITIVE);
    /** {@link #DATE_BARRIER}'s words (besides "as", which it reads only before some words). */
    private static final String[] BARRIER_WORDS = {"but", "however", "although", "though", "whereas"};
    /**
     * A clause boundary between a trigger and a date: the date then belongs to another verb ("the attack left two
     * guards wounded, but on February 12 the hospital said"; "crowds gathered on Monday as police searched the church").
     */
    static final Pattern DATE_BARRIER = Pattern.compile("(?i)\\b(?:" + String.join("|", BARRIER_WORDS) + "|as(?! (?:well|many|much|part|a|an"
            + "|the|of|if|though|long|soon|far|high|low|few|little|usual|expected|planned|such|it|they|he|she)\\b))\\b|;");
    static final Pattern YEARS_AGO = Pattern.compile("(?i)\\b(?:years?|decades?)\\s+(?:ago|earlier|before)\\b");
    /** The event is the origin of the conflict being reported: background, not news. */
    private static final Pattern ORIGIN = Pattern.compile("(?i)\\b(?:ignit(?:ed|ing)|spark(?:ed|ing)|trigger(?:ed|ing)|started|began|launched|touched off|set off)\\s+(?:the\\s+)?"
            + "(?:[\\w-]+\\s+){0,2}?(?:conflict|war|uprising|revolution|crisis|insurgency|revolt|unrest)\\b");
    private static final String[] ORIGIN_WORDS = {"gnit", "park", "rigger", "tarted", "egan", "aunched", " off "};
    /** Words that tell an undated violent event as part of the episode just told ("In another attack", "also", "Hours later"). */
    private static final Pattern SAME_EPISODE = EventCues.words("same-episode", Pattern.CASE_INSENSITIVE);
    /** Words that tell an event as recalled, not as news ("had attacked", "previously", "a similar attack"). */
    private static final Pattern RECALLED = EventCues.words("recalled", Pattern.CASE_INSENSITIVE);
    /** How many sentences back the event of the same episode may lie. */
    private static final int EPISODE_REACH = 8;
    private static final String EPISODE_TEXT = "as the event told before";

    private final ArticleContext ctx;
    private final String text;

    EventDating(ArticleContext ctx) {
        this.ctx = ctx;
        this.text = ctx.text();
    }

    /**
     * The date of the event of trigger {@code main}: among the sentence's dates, those nearest to {@code main} of
     * all families' main triggers, in its clause and not far past another verb; the most precise, then the nearest.
     */
    DateResolver.Found dateOf(Hit main, List<Hit> mains, List<DateResolver.Found> sentenceDates) {
        DateResolver.Found date = null;
        for (DateResolver.Found d : sentenceDates) {
            Hit nearest = TriggerDetection.nearestHit(mains, d.span());
            if (nearest != main || acrossClause(main, d.span())) {
                continue;
            }
            if (d.span().start() > main.end() && d.span().start() - main.end() > DATE_REACH
                    && DATE_OTHER_VERB.matcher(text.substring(main.end(), d.span().start())).find()) {
                // "the targets struck was a base ..., a town the group took over during the war in 2014": a date far
                // after the trigger, past another verb, dates that verb.
                continue;
            }
            if (date == null || better(d, date, main)) {
                date = d;
            }
        }
        return date;
    }

    /** A clause boundary ("but", "as", ";") lies between the trigger and the date. */
    private boolean acrossClause(Hit h, TextSpan d) {
        int a = Math.min(h.end(), d.start());
        int b = Math.max(h.start(), d.end());
        if (a >= b) {
            return false;
        }
        return mayHaveBarrier(text, a, b) && DATE_BARRIER.matcher(text.substring(a, b)).find();
    }

    /**
     * Whether {@link #DATE_BARRIER} can match in {@code text[a, b)} (as a string of its own): a ';', a char past ASCII (its
     * word boundaries and case need the pattern), or a run of ASCII word chars ({@code \w}) that is one of its words or
     * "as" in any case. Most spans between a trigger and its date hold none, and this costs less than the pattern's
     * search (its case-blind alternatives tried at each char).
     */
    static boolean mayHaveBarrier(String text, int a, int b) {
        int run = a;
        for (int i = a; i <= b; i++) {
            char c = i < b ? text.charAt(i) : ' ';
            if (c >= 128 || c == ';') {
                return true;
            }
            if (PlainRow.isWordAscii(c)) {
                continue;
            }
            int len = i - run;
            if (len == 2 ? (text.charAt(run) | 0x20) == 'a' && (text.charAt(run + 1) | 0x20) == 's' : len >= 3 && isBarrierWord(text, run, len)) {
                return true;
            }
            run = i + 1;
        }
        return false;
    }

    private static boolean isBarrierWord(String text, int at, int len) {
        for (String w : BARRIER_WORDS) {
            if (w.length() == len && text.regionMatches(true, at, w, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static final char[] YEAR = "year".toCharArray();
    private static final char[] DECADE = "decade".toCharArray();

    /**
     * Whether {@link #YEARS_AGO} can find a match in {@code s}: it holds "year" or "decade" in any ASCII case (as the
     * pattern's case-blind match without Unicode case needs); most dates' words hold neither.
     */
    static boolean mayBeYearsAgo(String s) {
        return PlainRow.containedIn(s, 0, s.length(), YEAR) || PlainRow.containedIn(s, 0, s.length(), DECADE);
    }

    /** The more precise date wins; between equals, the nearer one. */
    private boolean better(DateResolver.Found a, DateResolver.Found b, Hit h) {
        int pa = a.date().isResolved() ? a.date().precision().ordinal() : 9;
        int pb = b.date().isResolved() ? b.date().precision().ordinal() : 9;
        if (pa != pb) {
            return pa < pb;
        }
        return RuleEventExtractor.distance(h.start(), h.end(), a.span().start(), a.span().end())
                < RuleEventExtractor.distance(h.start(), h.end(), b.span().start(), b.span().end());
    }

    /**
     * Background rather than news: dated years before the article ("seven years ago", or over a year before the
     * publication date, else before the latest date the article mentions), or told as the origin of the conflict
     * ("the protests that sparked the uprising").
     */
    boolean isBackground(EventDate d, int from, int to) {
        if (d.text() != null && mayBeYearsAgo(d.text()) && YEARS_AGO.matcher(d.text()).find()) {
            return true;
        }
        LocalDate reference = ctx.reference();
        if (d.isResolved() && reference != null && d.end().isBefore(reference.minusDays(365))) {
            return true;
        }
        String sentence = text.substring(from, to);
        return EventTyping.mentions(sentence, ORIGIN_WORDS) && ORIGIN.matcher(sentence).find();
    }

    /**
     * News reports what just happened: an event the article's lead reports (its first {@value #LEAD_SENTENCES}
     * sentences of text) without a date of its own happened about when the article was published. It takes the
     * publication day (or month, if only that is known), said so in its text and marked when the publication
     * date is itself approximate. Background, claimed, planned and threatened events are left undated.
     */
    void dateUndatedLead(List<EventCandidate> merged) {
        dateUndated(merged, false);
    }

    /**
     * Past the lead, an undated violent event the article reports as news, placed, is also of the days the article
     * was published ("Drone or rocket attacks were launched twice against X"), unless its sentence tells it as
     * recalled: "previously", "had", "has been", "in the past", "a similar", "last year" (the event-cues
     * {@code recalled} words). Dated as the lead's: the publication day or month, said so.
     */
    void dateUndatedBody(List<EventCandidate> merged) {
        dateUndated(merged, true);
    }

    private void dateUndated(List<EventCandidate> merged, boolean body) {
        PublicationAnchor publication = ctx.publication();
        if (!publication.monthLevel()) {
            return;
        }
        Article article = ctx.article();
        int seen = 0;
        int leadEnd = -1;
        for (Sentence s : article.sentences()) {
            if (ctx.readable(s) && ++seen == LEAD_SENTENCES) {
                leadEnd = s.index();
                break;
            }
        }
        if (leadEnd < 0 && seen > 0) {
            leadEnd = Integer.MAX_VALUE;
        }
        List<Sentence> sentences = article.sentences();
        for (EventCandidate c : merged) {
            if ((c.dated && c.date.isResolved()) || c.weak || c.place == null && c.area == null || c.background || c.status != EventStatus.REPORTED
                    || c.family == Family.THREAT) {
                continue;
            }
            if (!body && c.sentence > leadEnd) {
                continue;
            }
            if (body) {
                Sentence s = sentenceOf(sentences, c.sentence);
                if (c.family != Family.VIOLENT || c.place == null || s == null || RECALLED.matcher(text).region(s.span().start(), s.span().end()).find()) {
                    continue;
                }
            }
            String gives = body ? "the text gives none" : "the lead gives none";
            LocalDate d = publication.date();
            EventDate date = publication.dayLevel()
                    ? new EventDate(d, d, DatePrecision.DAY, "publication date (" + gives + ")", false, publication.approximate())
                    : new EventDate(d.withDayOfMonth(1), d, DatePrecision.MONTH, "publication month (" + gives + ")", false,
                            publication.approximate());
            c.date = date;
            c.dated = true;
        }
    }

    /**
     * A violent event told as part of the episode just reported ("In another attack, gunmen fired on a security
     * patrol in X"; "In a third incident, ..."; "Hours later, another device hit ..."; "the rebels also attacked ...")
     * without a date of its own happened in that episode: it takes the date of the dated, reported event told last
     * before it (at most {@value #EPISODE_REACH} sentences back), said so in its date text. Background and undated
     * episodes lend nothing.
     */
    void dateSameEpisode(List<EventCandidate> merged) {
        List<Sentence> sentences = ctx.article().sentences();
        for (EventCandidate c : merged) {
            if (c.family != Family.VIOLENT || c.dated && c.date.isResolved() || c.background || c.status != EventStatus.REPORTED
                    || c.place == null) {
                continue;
            }
            Sentence s = sentenceOf(sentences, c.sentence);
            if (s == null || !SAME_EPISODE.matcher(text).region(s.span().start(), s.span().end()).find()) {
                continue;
            }
            EventCandidate before = null;
            for (EventCandidate o : merged) {
                if (o != c && o.sentence < c.sentence && c.sentence - o.lastSentence <= EPISODE_REACH && o.dated && o.date.isResolved()
                        && !o.background && o.status == EventStatus.REPORTED && (before == null || o.sentence > before.sentence)) {
                    before = o;
                }
            }
            if (before == null) {
                continue;
            }
            EventDate d = before.date;
            String words = d.text() != null && d.text().startsWith(EPISODE_TEXT) ? d.text() : EPISODE_TEXT + " (" + d.text() + ")";
            c.date = new EventDate(d.start(), d.end(), d.precision(), words, d.openEnd(), d.approxAnchor());
            c.dated = true;
        }
    }

    private static Sentence sentenceOf(List<Sentence> sentences, int index) {
        if (index >= 0 && index < sentences.size() && sentences.get(index).index() == index) {
            return sentences.get(index);
        }
        return sentences.stream().filter(x -> x.index() == index).findFirst().orElse(null);
    }
}
