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
import org.incidentatlas.text.RegexSpace;
import org.incidentatlas.text.TokenArray;

/**
 * What the event components read about one article, computed once before any of them runs: the normalised text,
 * the place mentions that can place an event, the actor mentions (lexicon and national forces from demonyms), the
 * dates against the publication anchor, the article's own time and focus country, and who "he" refers to per
 * sentence. Immutable; the components ({@link TriggerDetection}, {@link EventDating}, {@link IncidentPlacement},
 * {@link ViolenceTyping}, {@link ActorRoles}, {@link MentionMerging}, {@link DeploymentExtraction}) never change it.
 * The text is tokenised once ({@link #tokens}) for the phrase matchers of the components.
 *
 * @param text          the article text normalised for the actor lexicon (same offsets as the article's)
 * @param places        resolved LITERAL mentions of this article outside boilerplate that are not part of a longer name
 *                      ("Iraq War", "Islamic Resistance in Iraq"), by start
 * @param actors        actor mentions by start
 * @param actorSpans    the actor mentions' spans, for "is this place inside an actor's name" in log time
 * @param reference     the article's own time: its publication date, else the latest date it mentions (may be null)
 * @param focus         the country the article is about (most mentioned), or null
 * @param focusMentions how many mentions that country has
 * @param subjects      by sentence index, the person "he" or "she" most likely refers to there (elements may be null)
 * @param tokens        the tokens of {@code text}, sentence by sentence (one array for every matcher of the stage)
 */
record ArticleContext(ActorLexicon lexicon, Article article, String text, List<PlaceMention> places,
        List<ActorLexicon.Mention> actors, SpanIndex actorSpans, PublicationAnchor publication,
        List<DateResolver.Found> dates, LocalDate reference, Place focus, int focusMentions, List<Actor> subjects,
        TokenArray tokens) {
    /** A capitalised word right after a place name that makes the name an institution's ("Iraq War", "Kabul Police"). */
    private static final Pattern NOT_A_LOCATION_AFTER = Pattern.compile("^[\\s-]*" + EventCues.alternation("institution-after") + "\\b");
    /**
     * The words of {@link #NOT_A_LOCATION_AFTER} (case-sensitive, literal) by their first two chars: per ASCII first char
     * the set of second chars, two longs each. The pattern is tried only where such a pair stands after the white space
     * and hyphens (always, when null: a word opens with no letter, so a match could start inside that run, or with
     * fewer than two plain ASCII chars). Read off the words, not probed like a {@link PatternGate}: that costs 30 to 80
     * ms at start-up under C1 for this many first chars, more than it saves in a 10 MB run.
     */
    private static final long[] INSTITUTION_PAIRS = firstPairs(EventCues.phrases("institution-after"));
    private static final java.util.Set<String> ROAD_WORDS = EventCues.set("road-word");
    /** The chars {@link #ROAD_WORDS} start with, and their shortest and longest length: most last words are none. */
    private static final String ROAD_FIRST_CHARS = firstChars(List.copyOf(ROAD_WORDS));
    private static final int ROAD_MIN = ROAD_WORDS.stream().mapToInt(String::length).min().orElse(0);
    private static final int ROAD_MAX = ROAD_WORDS.stream().mapToInt(String::length).max().orElse(0);

    ArticleContext {
        places = List.copyOf(places);
        actors = List.copyOf(actors);
        dates = List.copyOf(dates);
        subjects = Collections.unmodifiableList(java.util.Arrays.asList(subjects.toArray(new Actor[0])));
    }

    /** The person "he" or "she" most likely refers to in sentence {@code index}, or null. */
    Actor subjectOf(int index) {
        return index >= 0 && index < subjects.size() ? subjects.get(index) : null;
    }

    static ArticleContext of(Article article, List<PlaceMention> mentions, ActorLexicon lexicon) {
        return of(article, mentions, lexicon, null);
    }

    /**
     * With the article's tokens made by an earlier stage ({@code given}: by its sentences over the article's text
     * {@link ActorLexicon#normalise normalised}, as {@link RuleEventExtractor.Gates} makes them; their text is the
     * context's), or, when null, those {@link TokenArray#of(String, List)} gives over the normalised text (the
     * geoparser's of this article when it ran on this thread just before, else new ones).
     */
    static ArticleContext of(Article article, List<PlaceMention> mentions, ActorLexicon lexicon, TokenArray given) {
        String text;
        TokenArray tokens;
        if (given != null && given.sentences() == article.sentences().size() && given.text().length() == article.text().length()) {
            // The pre-check's array over the normalised text it made: neither normalised nor compared again.
            tokens = given;
            text = given.text();
        } else {
            text = ActorLexicon.normalise(article.text());
            // The geoparser tokenised the article's text on this thread just before: the same array, over the
            // normalised text (only apostrophes and hyphens differ, which tokenise alike).
            try {
                tokens = TokenArray.of(article.text(), article.sentences()).over(text);
            } catch (IllegalArgumentException notThisText) {
                tokens = TokenArray.of(text, article.sentences());
            }
        }
        List<ActorLexicon.Mention> actors = ActorRoles.withNationalForces(article, text, lexicon.findInArticle(tokens), mentions);
        SpanIndex actorSpans = new SpanIndex(actors.stream().map(ActorLexicon.Mention::span).toList());
        List<PlaceMention> places = usablePlaces(article, text, actorSpans, mentions);
        PublicationAnchor anchor = DateAnchoring.updated(text, tokens, PublicationAnchor.of(article));
        List<DateResolver.Found> dates = DateAnchoring.dates(tokens, anchor);
        LocalDate ref = anchor.date();
        if (ref == null) {
            for (DateResolver.Found d : dates) {
                if (d.date().isResolved() && (ref == null || d.date().end().isAfter(ref))) {
                    ref = d.date().end();
                }
            }
        }
        // Mentions per country (a counter per key, no boxing), the checks cheapest first (the boilerplate test is a search).
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Place> countryPlace = new HashMap<>();
        for (PlaceMention m : mentions) {
            if (!m.isResolved() || m.place().country() == null
                    || m.role() != MentionRole.LITERAL && m.role() != MentionRole.DEMONYM && m.role() != MentionRole.METONYMIC
                    || article.isBoilerplate(m.span().start())) {
                continue;
            }
            counts.computeIfAbsent(m.place().country(), c -> new int[1])[0]++;
            if (Places.isCountryLevel(m.place()) && m.place().kind() == PlaceKind.COUNTRY) {
                countryPlace.putIfAbsent(m.place().country(), m.place());
            }
        }
        // The most mentioned country with a country-level place; at equal counts the first code in order.
        String top = null;
        int focusMentions = 0;
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int n = e.getValue()[0];
            if (countryPlace.containsKey(e.getKey()) && (top == null || n > focusMentions || n == focusMentions && e.getKey().compareTo(top) < 0)) {
                top = e.getKey();
                focusMentions = n;
            }
        }
        Place focus = top == null ? null : countryPlace.get(top);
        return new ArticleContext(lexicon, article, text, places, actors, actorSpans, anchor, dates, ref, focus, focusMentions,
                ActorRoles.subjects(article, actors), tokens);
    }

    private static List<PlaceMention> usablePlaces(Article article, String text, SpanIndex actorSpans, List<PlaceMention> mentions) {
        List<PlaceMention> out = new ArrayList<>();
        java.util.regex.Matcher after30 = null;
        for (PlaceMention m : mentions) {
            if (!m.isResolved() || m.role() != MentionRole.LITERAL || !article.id().equals(m.articleId())
                    || article.isBoilerplate(m.span().start())) {
                continue;
            }
            if (m.span().end() > text.length()) {
                continue;
            }
            // The 30 chars after the name, read in place (opaque bounds: as if cut out). Its words start with a
            // letter, so a match can only start at the first char after [\s-]*.
            int after = m.span().end();
            int limit = Math.min(text.length(), after + 30);
            int word = after;
            while (word < limit && (RegexSpace.is(text.charAt(word)) || text.charAt(word) == '-')) {
                word++;
            }
            if (institutionMayFollow(text, word, limit)) {
                // The pattern opens with ^ (anchoring bounds): find() can only match at the region's start, as
                // lookingAt() does; one matcher for the article.
                after30 = after30 == null ? NOT_A_LOCATION_AFTER.matcher(text) : after30;
                if (after30.region(after, limit).lookingAt()) {
                    continue;
                }
            }
            int lastWord = Math.max(m.span().start(), text.lastIndexOf(' ', m.span().end() - 1) + 1);
            int lastLength = m.span().end() - lastWord;
            if (lastLength > 0 && lastLength >= ROAD_MIN && lastLength <= ROAD_MAX
                    && (ROAD_FIRST_CHARS == null || ROAD_FIRST_CHARS.indexOf(text.charAt(lastWord)) >= 0)
                    && ROAD_WORDS.contains(text.substring(lastWord, m.span().end()))) {
                // "Nasiriyah Highway" resolved to the town it leads to: the event is somewhere on the road, not there.
                continue;
            }
            if (!actorSpans.containsLonger(m.span())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /**
     * False when no match of {@link #NOT_A_LOCATION_AFTER} over {@code [after, limit)} can exist, {@code word} being
     * where its white space and hyphens end: no word there, or none its words open with.
     */
    static boolean institutionMayFollow(String text, int word, int limit) {
        if (word >= limit) {
            return false;
        }
        if (INSTITUTION_PAIRS == null) {
            return true;
        }
        char c = text.charAt(word);
        if (c >= 128) {
            return false;
        }
        if (word + 1 >= limit) {
            return INSTITUTION_PAIRS[2 * c] != 0 || INSTITUTION_PAIRS[2 * c + 1] != 0;
        }
        char d = text.charAt(word + 1);
        return d < 128 && (INSTITUTION_PAIRS[2 * c + (d >> 6)] & (1L << (d & 63))) != 0;
    }

    /** {@link #INSTITUTION_PAIRS} of the words, or null when one opens with a non-letter or has no two plain ASCII chars. */
    private static long[] firstPairs(List<String> words) {
        if (firstChars(words) == null) {
            return null;
        }
        long[] pairs = new long[256];
        for (String w : words) {
            // EventCues.fragment: letters, digits, spaces and apostrophes stand for themselves; a final * any word ending.
            String body = w.endsWith("*") ? w.substring(0, w.length() - 1) : w;
            if (body.length() < 2 || body.charAt(0) >= 128 || body.charAt(1) >= 128
                    || !(Character.isLetterOrDigit(body.charAt(1)) || body.charAt(1) == ' ' || body.charAt(1) == '\'')) {
                return null;
            }
            char c = body.charAt(0);
            char d = body.charAt(1);
            pairs[2 * c + (d >> 6)] |= 1L << (d & 63);
        }
        return pairs;
    }

    /** {@link #NOT_A_LOCATION_AFTER}, for the test that holds {@link #institutionMayFollow} to it. */
    static Pattern notALocationAfter() {
        return NOT_A_LOCATION_AFTER;
    }

    private static String firstChars(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
                return null; // a match could start inside the [\s-]* run: no test, the pattern always runs
            }
            if (b.indexOf(w.substring(0, 1)) < 0) {
                b.append(w.charAt(0));
            }
        }
        return b.toString();
    }

    /** A line without closing punctuation ("Turning Point: the Assassination of Soleimani") is a heading or label. */
    boolean isHeadline(Sentence s) {
        return !endsLikeASentence(s.of(text).strip());
    }

    /**
     * What {@code [.!?…"'”’)\]]\s*$} finds in a stripped line, without a regex scan: closing punctuation, then
     * only regex white space up to the end or a final line terminator.
     */
    static boolean endsLikeASentence(String t) {
        int e = t.length();
        if (e > 0 && isLineTerminator(t.charAt(e - 1))) {
            e--;
            if (e > 0 && t.charAt(e) == '\n' && t.charAt(e - 1) == '\r') {
                e--;
            }
        }
        while (e > 0 && RegexSpace.is(t.charAt(e - 1))) {
            e--;
        }
        if (e == 0) {
            return false;
        }
        return switch (t.charAt(e - 1)) {
            case '.', '!', '?', '\u2026', '"', '\'', '\u201D', '\u2019', ')', ']' -> true;
            default -> false;
        };
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
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
