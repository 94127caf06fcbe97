package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.text.TokenArray;

/**
 * Where an actor is present: presence cues ("deployed/stationed/based in", "operates in", "has N troops in", "the
 * presence of X forces in"), each listed place after the cue one deployment, the actor the cue's subject. Collects
 * per sentence, then prunes (containers, country-level premises, repeats). One instance per article.
 */
final class DeploymentExtraction {
    static final Pattern DEPLOYMENT_CUE = Pattern.compile("(?i)\\b(?:(?:still |currently |now |permanently )?(?:deployed|redeployed|stationed|(?<!-)based|present"
            + "|positioned|garrisoned|entrenched|headquartered|active)|operat(?:es|ing|e)|fight(?:s|ing)|(?:presence|deployment) of"
            + "|(?:has|have|keeps?|maintains?|with)\\s+(?:about |some |around |nearly |more than |over |roughly )?[\\d,]+\\s+(?:troops|soldiers|forces|personnel|fighters))\\b");

    /** The cue's gate for when {@link TriggerWords} cannot cover it (built only then). */
    private static final class CueGate {
        static final PatternGate GATE = new PatternGate(DEPLOYMENT_CUE);
    }
    private static final Pattern LIST_GAP = Pattern.compile("(?i)^(?:[\\s,;]|and|or|as well as|particularly|especially|including|mainly|notably|in|at"
            + "|around|near|across|the|border|town|city|village|province|governorate|region|area|of|'s|’s|both|then|also)*$");
    private static final Pattern UNNAMED_GROUP = Pattern.compile("((?:(?:[A-Z][\\p{L}'’-]+|armed|Iran-backed|pro-Iranian|Shi'ite|Shiite|Sunni|local|allied)\\s+){1,3}"
            + "(?:factions|militias|groups|forces|fighters|troops|units))");
    private static final Pattern GROUP_PRONOUN = Pattern.compile("(?:^|[\\s,])(It|it|The group|the group|The militia|the militia|His group|his group"
            + "|Its forces|its forces|His forces|his forces)\\s+(?:\\w+\\s+){0,4}$");
    private static final Pattern BLOCKING_VERB = IncidentPlacement.BLOCKING_VERB;
    private static final Pattern PROVINCE_AFTER = IncidentPlacement.PROVINCE_AFTER;

    private final ArticleContext ctx;
    private final Article article;
    private final String text;
    private final List<PlaceMention> places;
    private final List<ActorLexicon.Mention> actorMentions;
    private final IncidentPlacement placement;
    private final ActorRoles roles;
    private final List<Deployment> deployments = new ArrayList<>();

    DeploymentExtraction(ArticleContext ctx, IncidentPlacement placement, ActorRoles roles) {
        this.ctx = ctx;
        this.article = ctx.article();
        this.text = ctx.text();
        this.places = ctx.places();
        this.actorMentions = ctx.actors();
        this.placement = placement;
        this.roles = roles;
    }

    /** Collects the deployments one sentence's presence cues give. */
    void sentenceDeployments(Sentence s) {
        sentenceDeployments(s, cues(text, ctx.tokens(), s));
    }

    /** The presence cues of sentence {@code s} of {@code text} ({@code tokens} over it), as start, end pairs. */
    static int[] cues(String text, TokenArray tokens, Sentence s) {
        int first = tokens.firstToken(s.index());
        int end = tokens.firstToken(s.index() + 1);
        return cues(text, tokens, s, TriggerWords.tokens(text, tokens, first, end, s.span().start(), s.span().end()));
    }

    /** As {@link #cues(String, TokenArray, Sentence)} given where the cue can start in the sentence ({@link TriggerWords}). */
    static int[] cues(String text, TokenArray tokens, Sentence s, TriggerWords.Scan scan) {
        if ((TriggerWords.GATED & TriggerWords.CUE_BIT) == 0) {
            return CueGate.GATE.matches(text, s.span().start(), s.span().end(), tokens, tokens.firstToken(s.index()),
                    tokens.firstToken(s.index() + 1));
        }
        int to = s.span().end();
        int[] at = scan.cueAt;
        int n = 0;
        for (int i = 0; i < scan.cues; i++) {
            if (mayOpenCue(text, at[i], to)) {
                if (n < i && at == scan.cueAt) {
                    at = at.clone();
                }
                at[n++] = at[i];
            }
        }
        return TriggerWords.confirm(DEPLOYMENT_CUE, text, s.span().start(), to, at, n);
    }

    /** The words that open {@link #DEPLOYMENT_CUE} only before white space and a count: "has 200 troops", "with some 50 fighters". */
    private static final String[] COUNT_VERBS = {"has", "have", "keep", "keeps", "maintain", "maintains", "with"};
    /** The words that open {@link #DEPLOYMENT_CUE} only before one space and a presence word: "still deployed", "now based". */
    private static final String[] ADVERBS = {"still", "currently", "now", "permanently"};
    /** The first two letters of the presence words ("deployed", "redeployed", "stationed", ..., "active"). */
    private static final String[] PRESENCE_OPENINGS = {"de", "re", "st", "ba", "pr", "po", "ga", "en", "he", "ac"};
    /** The words (with their space) that may stand between a count verb's white space and the count. */
    private static final String[] COUNT_WORDS = {"about ", "some ", "around ", "nearly ", "more than ", "over ", "roughly "};

    /**
     * False where {@link #DEPLOYMENT_CUE} cannot match at {@code at} (bounds {@code [at, to)} transparent): the ASCII
     * word there is a count verb ("with", "has") without white space and a count (a digit or comma, after one of the
     * count words or none) after it, or an adverb ("now", "still") without one space and a presence word's first two
     * letters after it. The two commonest cue starts by far are "with" and "has"; every other start is left to the
     * pattern. Held to the pattern by DeploymentCueGateTest.
     */
    static boolean mayOpenCue(String text, int at, int to) {
        int e = at;
        while (e < to && isAsciiLetter(text.charAt(e))) {
            e++;
        }
        int len = e - at;
        if (len < 3 || len > 11) {
            return true;
        }
        if (startsOne(text, at, len, COUNT_VERBS)) {
            int i = e;
            while (i < to && org.incidentatlas.text.RegexSpace.is(text.charAt(i))) {
                i++;
            }
            if (i == e || i == to) {
                return false;
            }
            if (!isCountChar(text.charAt(i))) {
                // The optional count word, then the count.
                String word = null;
                for (String w : COUNT_WORDS) {
                    if (text.regionMatches(true, i, w, 0, w.length())) {
                        word = w;
                        break;
                    }
                }
                if (word == null) {
                    return false;
                }
                i += word.length();
                return i < to && isCountChar(text.charAt(i));
            }
            return true;
        }
        if (startsOne(text, at, len, ADVERBS)) {
            if (e + 2 >= to || text.charAt(e) != ' ') {
                return false;
            }
            for (String p : PRESENCE_OPENINGS) {
                if (text.regionMatches(true, e + 1, p, 0, 2)) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** What {@code [\d,]} matches: an ASCII digit or a comma. */
    private static boolean isCountChar(char c) {
        return c >= '0' && c <= '9' || c == ',';
    }

    /** Whether {@code text[at, at + len)} is one of {@code words} but for ASCII case. */
    private static boolean startsOne(String text, int at, int len, String[] words) {
        for (String w : words) {
            if (w.length() == len && text.regionMatches(true, at, w, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** As {@link #sentenceDeployments(Sentence)} given the sentence's {@link #cues}: no cue, no deployment. */
    void sentenceDeployments(Sentence s, int[] cues) {
        int from = s.span().start();
        int to = s.span().end();
        int lastEnd = -1;
        for (int ci = 0; ci < cues.length; ci += 2) {
            int cueStart = cues[ci];
            int cueEnd = cues[ci + 1];
            String cueGroup = text.substring(cueStart, cueEnd);
            if (cueStart < lastEnd) {
                continue;
            }
            String cueWords = cueGroup.toLowerCase(Locale.ROOT);
            List<PlaceMention> tied = new ArrayList<>();
            List<Boolean> near = new ArrayList<>();
            int cursor = cueEnd;
            for (PlaceMention m : places) {
                if (m.span().start() < cursor || m.span().end() > to) {
                    continue;
                }
                String gap = text.substring(cursor, m.span().start());
                boolean first = tied.isEmpty();
                if (BLOCKING_VERB.matcher(gap.replace(";", ",")).find() || gap.length() > (first ? 90 : 70)) {
                    break;
                }
                String prep = placement.locativeBefore(m, from, false);
                boolean listed = !first && LIST_GAP.matcher(gap).matches();
                if (prep == null && !listed) {
                    if (first && cueWords.startsWith("presence of")) {
                        continue;
                    }
                    if (first) {
                        continue;
                    }
                    break;
                }
                tied.add(m);
                near.add(prep != null && IncidentPlacement.NEAR_WORDS.contains(prep.toLowerCase(Locale.ROOT)));
                cursor = m.span().end();
            }
            if (tied.isEmpty()) {
                continue;
            }
            lastEnd = cursor;
            Actor actor = deploymentActor(cueStart, cueEnd, from, to);
            if (Boolean.getBoolean("events.debug")) {
                System.err.println("DEP [" + text.substring(from, cueStart) + "] cue=" + cueGroup + " tied=" + tied.stream().map(PlaceMention::surface).toList() + " actor=" + actor);
            }
            if (actor == null) {
                continue;
            }
            EventDate since = sinceIn(from, to);
            for (int i = 0; i < tied.size(); i++) {
                Place p = tied.get(i).place();
                boolean container = false;
                for (PlaceMention o : tied) {
                    if (o != tied.get(i) && Places.contains(p, o.place())) {
                        container = true;
                    }
                }
                if (container) {
                    continue;
                }
                boolean country = Places.isCountryLevel(p);
                PlaceMention pm = tied.get(i);
                // "Al-Anbar and Kirkuk governorates": the province, even where the name resolved to its capital.
                boolean province = PROVINCE_AFTER.matcher(text.substring(pm.span().end(), Math.min(to, pm.span().end() + 40))).find();
                deployments.add(new Deployment(article.id() + "#d" + (deployments.size() + 1), actor, country ? null : p,
                        country || province ? 3 : Places.geoPrecision(p, near.get(i)), since,
                        List.of(new Evidence(article.id(), s.index(), s.span())), country ? p : null));
            }
        }
    }

    private Actor deploymentActor(int cueStart, int cueEnd, int from, int to) {
        String cueWords = text.substring(cueStart, cueEnd).toLowerCase(Locale.ROOT);
        if (cueWords.startsWith("presence of") || cueWords.startsWith("deployment of")) {
            for (ActorLexicon.Mention m : actorMentions) {
                if (m.span().start() >= cueEnd && m.span().start() < cueEnd + 40 && m.entry() != null) {
                    return m.toActor(article.id(), article.sentenceAt(m.span().start()));
                }
            }
        }
        // The subject: the nearest group or force named before the cue in the sentence.
        ActorLexicon.Mention best = null;
        for (ActorLexicon.Mention m : actorMentions) {
            if (m.span().start() >= from && m.span().end() <= cueStart && m.entry() != null
                    && m.entry().type() != ActorType.CIVILIANS && m.entry().type() != ActorType.PERSON
                    && cueStart - m.span().end() < 120 && !text.substring(m.span().end(), cueStart).contains(";")) {
                best = m;
            }
        }
        if (best != null) {
            return best.toActor(article.id(), article.sentenceAt(best.span().start()));
        }
        String before = text.substring(from, cueStart);
        Matcher p = GROUP_PRONOUN.matcher(before);
        if (p.find()) {
            return roles.lastActorBefore(from, ActorType.ARMED_GROUP);
        }
        Matcher g = UNNAMED_GROUP.matcher(before);
        String name = null;
        int gs = -1;
        while (g.find()) {
            name = g.group(1).trim();
            gs = from + g.start(1);
        }
        if (name != null && cueStart - gs < 100) {
            return new Actor(null, name, ActorType.ARMED_GROUP, Evidence.of(article.id(), article.sentenceAt(gs), gs, gs + name.length()));
        }
        return null;
    }

    private EventDate sinceIn(int from, int to) {
        for (DateResolver.Found d : ctx.dates()) {
            if (d.span().start() >= from && d.span().end() <= to && d.date().openEnd()) {
                return d.date();
            }
        }
        return EventDate.unresolved(null);
    }

    /**
     * Country-level presence adds nothing where the same actor is placed more precisely in that country, and a
     * group's presence in the country the article is about is its premise, not a finding; unnamed actors are kept
     * only below country level. Repeats of one actor at one place become one deployment with all its evidence.
     */
    List<Deployment> pruneDeployments() {
        List<Deployment> kept = new ArrayList<>();
        for (Deployment d : deployments) {
            Place where = d.place() != null ? d.place() : d.area();
            if (d.place() == null) {
                if (d.actor().id() == null) {
                    continue;
                }
                if (ctx.focus() != null && ctx.focusMentions() >= 3 && where.country() != null && where.country().equals(ctx.focus().country())) {
                    continue;
                }
                boolean finer = deployments.stream().anyMatch(o -> o.place() != null && sameActor(o.actor(), d.actor())
                        && where.country() != null && where.country().equals(o.place().country()));
                if (finer) {
                    continue;
                }
            }
            kept.add(d);
        }
        return DeploymentMerging.merged(article.id(), kept);
    }

    private boolean sameActor(Actor a, Actor b) {
        return a.id() != null ? a.id().equals(b.id()) : a.name().equals(b.name());
    }
}
