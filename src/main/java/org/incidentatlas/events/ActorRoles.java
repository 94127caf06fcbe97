package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.events.EventTyping.Family;
import org.incidentatlas.events.EventTyping.Hit;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;
import org.incidentatlas.text.RegexSpace;

/**
 * Who took part in an event: the lexicon's actors in its sentence, an unknown capitalised subject right before the
 * trigger, "he"/"it" resolved to the topic or the last group, the victims of a killing, and whether an actor is a
 * party to armed conflict. Also builds the context's national forces ("Nigerian troops") and sentence topics.
 * Reads an {@link ArticleContext}; holds no state of its own.
 */
final class ActorRoles {
    /** Id prefix of a country's state forces found from a demonym ("forces:NG"), not from the lexicon. */
    static final String NATIONAL_FORCES = "forces:";
    private static final Pattern FORCES_AFTER_DEMONYM = Pattern.compile("\\s+(?:(?:armed|security|special|government|"
            + "national|military|defen[cs]e|air|naval|ground)\\s+)?(?:army|armed forces|forces|troops|soldiers|military|"
            + "navy|air force|marines|commandos|warplanes|fighter jets|jets|gunships|artillery)\\b",
            Pattern.CASE_INSENSITIVE);
    /** "the U.S. Embassy", "US interests": the country's name as a modifier, not the forces acting. */
    private static final Pattern NOT_AN_ACTOR_AFTER = Pattern.compile("^['’]?s?\\s+" + EventCues.alternation("not-actor-after") + "\\b");
    private static final Pattern SUBJECT_GAP = Pattern.compile("(?i)(?:[\\s,]|['’]s\\b|\\b(?:forces|military|troops|army|had|has|have|was|were|been|is|are"
            + "|reportedly|allegedly|also|then|later|again|repeatedly|recently|previously|apparently|once|had been)\\b)*");
    private static final Pattern REPORTING_VERB = EventCues.words("reporting-verb", 0);
    private static final Pattern OPPOSED_BEFORE = Pattern.compile("(?i)\\b(?:alongside|against|fight|fighting|with the aim of)\\s+(?:the\\s+)?$");
    static final Set<String> WEAK_ALIASES = EventCues.set("weak-alias");
    private static final Pattern CAPITALISED_NAME = Pattern.compile("\\b((?:[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}'’]+)?\\s+){1,3}[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}'’]+)?)\\b");
    private static final Set<String> NOT_NAME_START = EventCues.set("not-name-start");
    private static final Pattern KILL = Pattern.compile("(?i)\\b(?:killing|killed|assassinat\\w+|death)\\b");
    /** The subjects "he" and "it" refer back with, as {@link #PRONOUN_SUBJECT} lists them (case-sensitive). */
    private static final String[] PRONOUNS = {"He", "he", "She", "she", "It", "it", "The group", "the group", "The militia",
        "the militia", "The movement", "the movement"};
    /** The chars the {@link #PRONOUNS} start with ({@link TitledPersons#firstChars}). */
    private static final long PRONOUN_FIRST = TitledPersons.firstChars(PRONOUNS);
    static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?:^|[\\s,])(" + String.join("|", PRONOUNS) + ")\\s+(?:\\w+\\s+){0,3}$");

    private final ArticleContext ctx;
    private final Article article;
    private final String text;
    private final List<ActorLexicon.Mention> actorMentions;
    /** Persons this article introduces by a role ("militia leader X"), by id: the lexicon does not list them. */
    private final Map<String, ActorLexicon.Entry> articlePersons = new HashMap<>();

    ActorRoles(ArticleContext ctx) {
        this.ctx = ctx;
        this.article = ctx.article();
        this.text = ctx.text();
        this.actorMentions = ctx.actors();
        for (ActorLexicon.Mention m : actorMentions) {
            if (m.entry() != null && m.entry().id().startsWith(TitledPersons.PERSON_ID)) {
                articlePersons.put(m.entry().id(), m.entry());
            }
        }
    }

    /**
     * A light centering rule: a sentence opening with a named person makes that person the topic; one opening
     * with "He" keeps the topic; "he" in a sentence refers to the topic as it stood before that sentence.
     */
    static List<Actor> subjects(Article article, List<ActorLexicon.Mention> actorMentions) {
        // By sentence index (a list, not a map of boxed keys): null for an index no sentence has.
        int size = 0;
        for (Sentence s : article.sentences()) {
            size = Math.max(size, s.index() + 1);
        }
        Actor[] subjects = new Actor[size];
        Actor topic = null;
        // The mentions' starts when in text order (as the context gives them): each sentence then reads only the
        // mentions from its start on, found by a binary search, instead of all of the article's.
        int[] starts = new int[actorMentions.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = actorMentions.get(i).span().start();
            if (i > 0 && starts[i] < starts[i - 1]) {
                starts = null;
                break;
            }
        }
        for (Sentence s : article.sentences()) {
            subjects[s.index()] = topic;
            if (s.boilerplate()) {
                continue;
            }
            int from = s.span().start();
            List<ActorLexicon.Mention> candidates = actorMentions;
            if (starts != null) {
                int k = java.util.Arrays.binarySearch(starts, from);
                if (k < 0) {
                    k = -k - 1;
                }
                while (k > 0 && starts[k - 1] >= from) {
                    k--;
                }
                candidates = actorMentions.subList(k, starts.length);
            }
            int limit = Math.min(s.span().end(), from + 60);
            for (ActorLexicon.Mention m : candidates) {
                if (starts != null && m.span().start() >= limit) {
                    break; // in text order: no later mention starts in the window
                }
                if (m.span().start() >= from && m.span().start() < limit && m.entry() != null
                        && m.entry().type() == ActorType.PERSON) {
                    topic = m.toActor(article.id(), s.index());
                    break;
                }
            }
        }
        return java.util.Arrays.asList(subjects);
    }

    /**
     * The lexicon names the forces of the conflicts we map; any other country's are found from the geoparser's
     * demonyms: "Nigerian troops", "Malian armed forces", "French warplanes" are that country's state forces
     * (police are left out: a police shooting is usually crime news). A lexicon alias over the same words wins.
     */
    static List<ActorLexicon.Mention> withNationalForces(Article article, String text, List<ActorLexicon.Mention> known,
            List<PlaceMention> mentions) {
        List<ActorLexicon.Mention> out = null;
        for (PlaceMention m : mentions) {
            if (m.role() != MentionRole.DEMONYM || !m.isResolved() || m.place().country() == null
                    || !article.id().equals(m.articleId()) || m.span().end() >= text.length()) {
                continue;
            }
            Matcher f = FORCES_AFTER_DEMONYM.matcher(text).region(m.span().end(), Math.min(text.length(),
                    m.span().end() + 40));
            if (!f.lookingAt()) {
                continue;
            }
            int start = m.span().start();
            int end = f.end();
            if (known.stream().anyMatch(k -> k.span().start() < end && k.span().end() > start)) {
                continue;
            }
            String demonym = text.substring(start, m.span().end());
            ActorLexicon.Entry e = new ActorLexicon.Entry(NATIONAL_FORCES + m.place().country(),
                    ActorType.STATE_FORCES, demonym + " forces", List.of(demonym + " forces"), null);
            if (out == null) {
                out = new ArrayList<>(known);
            }
            out.add(new ActorLexicon.Mention(e, text.substring(start, end), new TextSpan(start, end)));
        }
        if (out == null) {
            return known;
        }
        out.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
        return out;
    }

    /** The actors named in [from, to), but not civilians and not a country's name used as a modifier. */
    List<Actor> actorsIn(int from, int to) {
        List<Actor> out = new ArrayList<>();
        for (ActorLexicon.Mention m : actorMentions) {
            if (m.span().start() >= from && m.span().end() <= to && m.entry() != null && m.entry().type() != ActorType.CIVILIANS
                    && m.entry().type() != ActorType.OTHER
                    && !NOT_AN_ACTOR_AFTER.matcher(text.substring(m.span().end(), Math.min(to, m.span().end() + 25))).find()) {
                out.add(m.toActor(article.id(), article.sentenceAt(m.span().start())));
            }
        }
        return out;
    }

    /**
     * A later mention of the event lends only the actors named next to it, and not those it is set against ("the
     * meeting may set the scene ... to fight alongside the Russian army").
     */
    void keepNearTriggers(EventCandidate c, List<Hit> hs, int from) {
        c.actors.removeIf(a -> a.evidence() == null || hs.stream().allMatch(h -> RuleEventExtractor.distance(h.start(), h.end(),
                a.evidence().span().start(), a.evidence().span().end()) > 120)
                || c.family != Family.VIOLENT && OPPOSED_BEFORE.matcher(text.substring(
                        Math.max(from, a.evidence().span().start() - 30), a.evidence().span().start())).find());
    }

    /** The actor right before the verb, with at most auxiliaries and adverbs between ("US forces had reportedly targeted"). */
    Actor subjectBefore(Hit h, int from) {
        Actor best = null;
        for (ActorLexicon.Mention m : actorMentions) {
            if (m.span().start() >= from && m.span().end() <= h.start() && m.entry() != null
                    && m.entry().type() != ActorType.CIVILIANS && m.entry().type() != ActorType.OTHER
                    && SUBJECT_GAP.matcher(text.substring(m.span().end(), h.start())).matches()) {
                best = m.toActor(article.id(), article.sentenceAt(m.span().start()));
            }
        }
        return best;
    }

    /** An official named in a violent sentence condemns, reports or visits it: no party unless a victim. */
    void dropOfficials(EventCandidate c) {
        c.actors.removeIf(a -> a.id() != null && articlePersons.containsKey(a.id()) && articlePersons.get(a.id()).group() == null
                && !c.victims.contains(a.id()));
    }

    // Compiled once: String.matches and split compile their pattern on every call.
    private static final Pattern POSSESSIVE_KILL = Pattern.compile("(?is)^['’]s\\s+(?:\\w+\\s+){0,2}(?:killing|assassination|death).*");
    private static final Pattern OF_KILL = Pattern.compile("(?is).*\\b(?:killing|assassination|death|killed)\\s+(?:of\\s+)?.*");
    private static final Pattern PASSIVE_KILL = Pattern.compile("(?is)^[^.;]{0,70}\\b(?:was|were|been)\\s+(?:\\w+\\s+)?(?:killed|assassinated|slain).*");

    /** Persons killed: "X's killing", "killing of ... X", "X ... was killed". */
    void victims(EventCandidate c, int from, int to) {
        for (ActorLexicon.Mention m : actorMentions) {
            if (m.span().start() < from || m.span().end() > to || m.entry() == null || m.entry().type() != ActorType.PERSON) {
                continue;
            }
            String after = text.substring(m.span().end(), Math.min(to, m.span().end() + 90));
            String before = text.substring(Math.max(from, m.span().start() - 70), m.span().start());
            boolean possessiveKill = POSSESSIVE_KILL.matcher(after).matches();
            boolean ofKill = OF_KILL.matcher(before).matches() && !before.contains(".");
            boolean passive = PASSIVE_KILL.matcher(after).matches();
            if (possessiveKill || ofKill || passive) {
                if (KILL.matcher(text.substring(from, to)).find()) {
                    c.victims.add(m.entry().id());
                }
            }
        }
    }

    /** A capitalised "Name Name" right before the trigger that the lexicon does not know is kept as an unknown actor. */
    void addUnknownSubject(EventCandidate c, Hit main, int from) {
        int[] names = capitalisedNames(text, Math.max(from, main.start() - 90), main.start());
        String found = null;
        int fs = -1;
        int fe = -1;
        for (int k = 0; k < names.length; k += 2) {
            String name = text.substring(names[k], names[k + 1]).trim();
            // The first word: up to the first white space (a name's words are apart by \s+ only).
            int space = 0;
            while (space < name.length() && !RegexSpace.is(name.charAt(space))) {
                space++;
            }
            String first = name.substring(0, space);
            if (NOT_NAME_START.contains(first) || name.contains("-backed") || overlapsKnown(names[k], names[k + 1])
                    || REPORTING_VERB.matcher(text.substring(names[k + 1], main.start())).find()) {
                // "Ali Hassan says the army fired": the speaker, not the attacker.
                continue;
            }
            found = name;
            fs = names[k];
            fe = names[k + 1];
        }
        if (found != null) {
            c.actors.add(new Actor(null, found, ActorType.UNKNOWN, Evidence.of(article.id(), article.sentenceAt(fs), fs, fe)));
        }
    }

    private static final int[] NO_NAMES = {};
    /** {@link #nameStart}'s answer where the char before a capital may or may not be a word char for {@code \\b}. */
    private static final int UNSURE = -2;

    /**
     * The names {@code CAPITALISED_NAME.matcher(text).region(from, to)} finds one after another, as the start and end
     * of each one's group 1. A match starts at a capital A-Z on a word boundary: the pattern is tried there only,
     * with the region from there (the char before it no word char, as a region's start reads it).
     */
    static int[] capitalisedNames(String text, int from, int to) {
        int at = nameStart(text, from, from, to);
        if (at == -1) {
            return NO_NAMES;
        }
        Matcher m = CAPITALISED_NAME.matcher(text);
        int[] out = NO_NAMES;
        int n = 0;
        while (at >= 0) {
            m.region(at, to);
            if (m.lookingAt()) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(4, 2 * n));
                }
                out[n++] = m.start(1);
                out[n++] = m.end(1);
                at = nameStart(text, from, m.end(), to);
            } else {
                at = nameStart(text, from, at + 1, to);
            }
        }
        if (at == UNSURE) {
            // A surrogate or a combining mark before a capital: the search as it was, from the start.
            n = 0;
            m.region(from, to);
            while (m.find()) {
                if (n == out.length) {
                    out = java.util.Arrays.copyOf(out, Math.max(4, 2 * n));
                }
                out[n++] = m.start(1);
                out[n++] = m.end(1);
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * The first capital A-Z in {@code text[at, to)} that {@code \\b} lets a name start at in a region from {@code from}:
     * at {@code from}, or after a char that is no letter, digit or '_'; -1 if none, {@link #UNSURE} when a surrogate
     * or a non-spacing mark stands before the capital (which {@code \\b} may read as a word char).
     */
    static int nameStart(String text, int from, int at, int to) {
        for (int p = at; p < to; p++) {
            char c = text.charAt(p);
            if (c >= 'A' && c <= 'Z') {
                if (p == from) {
                    return p;
                }
                char b = text.charAt(p - 1);
                if (Character.isSurrogate(b) || Character.getType(b) == Character.NON_SPACING_MARK) {
                    return UNSURE;
                }
                if (!wordBefore(b)) {
                    return p;
                }
            }
        }
        return -1;
    }

    /** Whether {@code \\b} surely reads {@code c} as a word char: a letter, a digit or '_'. */
    private static boolean wordBefore(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }

    private boolean overlapsKnown(int s, int e) {
        TextSpan span = new TextSpan(s, e);
        for (ActorLexicon.Mention a : actorMentions) {
            if (a.span().overlaps(span)) {
                return true;
            }
        }
        for (PlaceMention p : ctx.places()) {
            if (p.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** "he traveled to Beirut": the last person named before; "it", "the group": the last group. */
    void resolvePronounSubject(EventCandidate c, Hit main, int from) {
        if (!pronounIn(text, from, main.start())) {
            return;
        }
        String before = text.substring(from, main.start());
        Matcher m = PRONOUN_SUBJECT.matcher(before).useTransparentBounds(true).useAnchoringBounds(false);
        m.region(pronounTail(before), before.length());
        if (!m.find() || c.actors.stream().anyMatch(a -> a.evidence() != null && a.evidence().span().start() < main.start()
                && a.evidence().span().start() >= from && (a.type() == ActorType.PERSON || a.type() == ActorType.ARMED_GROUP))) {
            return;
        }
        boolean person = m.group(1).equalsIgnoreCase("he") || m.group(1).equalsIgnoreCase("she");
        Actor a = person ? ctx.subjectOf(article.sentenceAt(from)) : lastActorBefore(from, ActorType.ARMED_GROUP);
        if (a != null) {
            c.actors.add(0, a);
        }
    }

    /**
     * Whether one of the {@link #PRONOUNS} stands in {@code text[from, to)} as a match of {@link #PRONOUN_SUBJECT} over
     * that text holds it: at its start or after white space or a comma, and followed by white space.
     */
    static boolean pronounIn(String text, int from, int to) {
        boolean after = true;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (after && TitledPersons.mayStartWith(PRONOUN_FIRST, c)) {
                for (String p : PRONOUNS) {
                    int e = i + p.length();
                    if (e < to && text.startsWith(p, i) && RegexSpace.is(text.charAt(e))) {
                        return true;
                    }
                }
            }
            after = c == ',' || RegexSpace.is(c);
        }
        return false;
    }

    /** How many runs of word chars a match of {@link #PRONOUN_SUBJECT} holds at most: "the group" and three words. */
    private static final int PRONOUN_CHUNKS = 5;

    /**
     * Where a match of {@link #PRONOUN_SUBJECT} ending at the end of {@code s} can start at the earliest: after its
     * first char (start of text, white space or a comma) it holds only {@code \w} and white space, in at most
     * {@link #PRONOUN_CHUNKS} runs of word chars. Searching from there (transparent, non-anchoring bounds, so {@code ^}
     * stays the string's start) finds what {@code find()} over the whole string finds.
     */
    static int pronounTail(String s) {
        // The char before the run may be the match's first (a comma or white space).
        return Math.max(0, PatternGate.tail(s, PRONOUN_CHUNKS, PatternGate.WORD_CHARS) - 1);
    }

    /** The last actor of a type named before {@code offset} (within 1,500 characters, outside boilerplate). */
    Actor lastActorBefore(int offset, ActorType type) {
        Actor best = null;
        for (ActorLexicon.Mention m : actorMentions) {
            if (m.span().end() > offset) {
                break;
            }
            if (m.entry() != null && m.entry().type() == type && !article.isBoilerplate(m.span().start())
                    && offset - m.span().start() < 1500) {
                best = m.toActor(article.id(), article.sentenceAt(m.span().start()));
            }
        }
        return best;
    }

    /**
     * An armed group, a state force, or a person known as one's member; a bare country name ("the U.S.",
     * "America") is a place or a government, not enough to make a meeting a conflict event.
     */
    boolean isConflictActor(Actor a) {
        if (a.id() == null) {
            return false;
        }
        if (a.id().startsWith(NATIONAL_FORCES)) {
            return true;
        }
        ActorLexicon.Entry e = ctx.lexicon().entry(a.id()).orElse(articlePersons.get(a.id()));
        if (e == null) {
            return false;
        }
        if (e.type() == ActorType.PERSON) {
            return e.group() != null;
        }
        if (e.type() != ActorType.ARMED_GROUP && e.type() != ActorType.STATE_FORCES) {
            return false;
        }
        if (a.evidence() != null && a.evidence().span().end() <= text.length()) {
            String surface = a.evidence().span().of(text);
            return !WEAK_ALIASES.contains(surface);
        }
        return true;
    }

    /** One actor per id (or name for unknown ones), first mention kept. */
    static List<Actor> dedupe(List<Actor> actors) {
        Map<String, Actor> seen = new LinkedHashMap<>();
        for (Actor a : actors) {
            seen.putIfAbsent(a.id() != null ? a.id() : a.name().toLowerCase(Locale.ROOT), a);
        }
        return new ArrayList<>(seen.values());
    }
}
