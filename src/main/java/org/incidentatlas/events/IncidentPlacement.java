package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.events.EventTyping.Family;
import org.incidentatlas.events.EventTyping.Hit;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.text.RegexSpace;

/**
 * Where an event happened: the resolved literal mentions its sentence ties to the trigger by a locative ("in",
 * "near", "outside", "north of"), in the same clause, the most specific of those consistent with the nearest; the
 * target of an attack verb ("shelled districts of X"); a town before the event noun ("a Basra rally"). Also the
 * other places a violent sentence coordinates ("in X and in Y"), and the ACLED geo precision of the result.
 * Reads an {@link ArticleContext}; holds no state of its own.
 */
final class IncidentPlacement {
    private static final Pattern COMPASS_OF = Pattern.compile(".*\\b(?:north|south|east|west)\\w* of");
    /** Two places coordinated in one clause: "X and Y", "X as well as near Y", "X, and in Y", "in X, in Y". */
    private static final Pattern COORDINATION = Pattern.compile("(?i)^[^;:()]{0,90}?(?:\\band\\b|\\bas well as\\b|\\balong with\\b|,\\s*(?:in|at|near)\\b)[^;:()]{0,60}$");
    /** "south of Baghdad": a reference point, not a second place of the event. */
    static final Pattern DIRECTION_OF = Pattern.compile("(?i)\\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?|km|kilometres|kilometers|miles|outskirts|capital) of\\s+(?:the\\s+)?$");
    static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(in|at|near|outside|inside|around|on|into|across|throughout|within|off|along"
            + "|toward|towards|from|to|left|leaving|entered|entering|reached|(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of"
            + "|outskirts of|vicinity of|close to|next to|near to|edge of|border of)\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,5}?(?:of\\s+)?$");
    static final Set<String> NEAR_WORDS = EventCues.set("near-word");
    /** A reporting verb, copula or conjunction: what follows it is another clause. */
    static final Pattern BLOCKING_VERB = Pattern.compile("(?i)\\b" + EventCues.alternation("clause-break") + "\\b|[;:]"
            // The end of a quotation: '"Five people were killed," a militia leader in X said' places nothing inside it.
            + "|[,.!?][\"”]");
    static final Pattern TARGET_VERB_BEFORE = Pattern.compile("(?i)\\b(?:shelled|bombed|bombarded|struck|hit|attacked|raided|stormed|targeted|pounded"
            + "|besieged|captured|seized|overran|recaptured|fired (?:on|at|upon|into)|rocked|shook|ripped through|tore through"
            // "an attack targeting the offices of the mayor of X", "the shelling of X": the target is where it happened.
            + "|targeting|shelling|bombing|bombarding|attacking|raiding|storming|pounding|besieging"
            // "rocket attacks were launched twice against the X airbase": what an attack is against is its target.
            + "|against)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,4}?(?:of\\s+|in\\s+)?$");
    /**
     * "40 kilometres (25 miles) from X", "some 10 km north of the town of X", "a few miles outside X": the event
     * happened near X (ACLED geo precision 2), wherever the unnamed or unknown spot itself lies.
     */
    static final Pattern DISTANCE_FROM = Pattern.compile("(?i)\\b(?:\\d+(?:[.,]\\d+)?|a few|several|some|about|around|nearly)\\s*-?\\s*"
            + "(?:km|kms|kilomet(?:re|er)s?|miles?)\\b(?:\\s*\\([^)]{0,30}\\))?\\s+(?:(?:to the\\s+)?(?:north|south|east|west|northeast|northwest|southeast"
            + "|southwest)(?:ern)?\\s+)?(?:from|of|outside|away from|short of)\\s+(?:the\\s+)?(?:[\\p{L}.'’-]+\\s+){0,4}?(?:of\\s+)?$");
    /**
     * "the police chief of X province", "the governor of X", "a spokesman for X province": an official's area,
     * taken as the event's place only when nothing in the sentence places it (the official speaks for where it
     * happened).
     */
    static final Pattern JURISDICTION_BEFORE = Pattern.compile("(?i)\\b(?:police chief|chief of police|police commander|police spokesman"
            + "|governor|deputy governor|governor's spokesman|spokesman|spokeswoman|spokesperson|mayor|district chief|administrator)"
            + "\\s+(?:of|for)\\s+(?:the\\s+)?$");
    /**
     * "while in X": a locative phrase, no new clause. "was driving past X": a progressive of the same scene; "were
     * launched against X": the passive of the attack itself.
     */
    private static final Pattern NOT_A_CLAUSE_BREAK = Pattern.compile("(?i)\\bwhile\\s+(?=(?:in|at|on|near|inside|outside)\\b)"
            + "|\\b(?:was|were|is|are)\\s+(?:\\w+ly\\s+)?\\w+ing\\b"
            // "rocket attacks were launched twice against X": the passive of launching an attack is the attack's clause.
            + "|\\b(?:was|were|is|are|been|being)\\s+(?:\\w+ly\\s+)?(?:launched|fired|carried out|conducted|directed|aimed)\\b");
    /** Words of violence, for a sentence that elaborates an event without a trigger of its own ("carried out attacks on"). */
    private static final Pattern VIOLENCE_WORD = Pattern.compile("(?i)\\b(?:attack\\w*|strikes?|struck|airstrikes?|bomb\\w*|shell\\w*|raid\\w*"
            + "|ambush\\w*|clash\\w*|fighting|killed|killing|dead|died|explosions?|blasts?|exploded|assault\\w*|warplanes?|drones?"
            + "|rockets?|missiles?|gunmen|opened fire|stormed|targeted)\\b");
    private static final Pattern ANOTHER = Pattern.compile("(?i)\\b(?:another|a second|a third|a separate|a further|in separate)\\b"
            + "|^\\W*(?:Separately|Elsewhere|Meanwhile|In retaliation)\\b|\\b(?:retaliated|retaliating|hit back|struck back)\\b");
    private static final String[] ANOTHER_WORDS = {"nother", "econd", "hird", "eparate", "urther", "lsewhere", "eanwhile", "etaliat", " back"};
    /** "on the road between X and Y": one place on a road, not two events. */
    static final Pattern BETWEEN_END = Pattern.compile("(?i)\\bbetween\\s+(?:the\\s+)?(?:(?:towns?|villages?|cities|city|areas?|localities|communities)\\s+(?:of\\s+)?)?$");
    private static final Pattern PREMODIFIER_GAP = Pattern.compile("(?i)\\s+(?:(?:deadly|twin|double|triple|car|truck|suicide|terror|terrorist|militant|mass|street|weekend)\\s+)?");
    private static final Pattern DETERMINER_END = Pattern.compile("(?i)\\b(?:a|an|the|this|that|last|latest|recent|weekend)\\s+$");
    private static final Pattern PROVINCE_WORD = Pattern.compile("(?i)\\b(?:province|governorate|region|state|district|department) of\\s+(?:\\S+\\s+)?\\S+$"
            + "|(?i)^\\S+(?:\\s+\\S+)?\\s+(?:province|governorate|department)\\b|\\b(?:province|governorate|department)\\b");
    /** "X province", or "X and Y governorates" for the first of a list. */
    static final Pattern PROVINCE_AFTER = Pattern.compile("^(?:\\s+(?:province|governorate)s?\\b"
            + "|\\s+and\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?\\s+(?:provinces|governorates)\\b)", Pattern.CASE_INSENSITIVE);

    private final String text;
    private final List<PlaceMention> places;
    /** {@link #LOCATIVE}'s matcher for this article, reset per mention (made on first use). */
    private Matcher locative;
    private static final PatternGate BLOCKING_GATE = new PatternGate(BLOCKING_VERB);
    private static final PatternGate NOT_A_CLAUSE_BREAK_GATE = new PatternGate(NOT_A_CLAUSE_BREAK);
    /** Where {@link #LOCATIVE} and {@link #TARGET_VERB_BEFORE} can start a match: tried only there. */
    static final PatternGate LOCATIVE_GATE = new PatternGate(LOCATIVE);
    static final PatternGate TARGET_VERB_BEFORE_GATE = new PatternGate(TARGET_VERB_BEFORE);
    /** How many white-space separated chunks a match of {@link #LOCATIVE} or {@link #TARGET_VERB_BEFORE} spans at most. */
    static final int TAIL_CHUNKS = 9;

    /**
     * The places' span starts when the places are in text order (they are, as the geoparser gives them), else null:
     * a sentence's places are then found by a binary search instead of a scan of the article's places per sentence,
     * which grew quadratic on long articles with many incidents.
     */
    private final int[] sortedStarts;

    IncidentPlacement(ArticleContext ctx) {
        this.text = ctx.text();
        this.places = ctx.places();
        int[] starts = new int[places.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = places.get(i).span().start();
            if (i > 0 && starts[i] < starts[i - 1]) {
                starts = null;
                break;
            }
        }
        this.sortedStarts = starts;
    }

    /**
     * The places that may lie in {@code [from, to)}, in text order: those starting there (a view, no copy), or all of
     * them when they are not in order. Callers still test each place's span.
     */
    private List<PlaceMention> placesIn(int from, int to) {
        if (sortedStarts == null) {
            return places;
        }
        return places.subList(firstStartAtLeast(from), firstStartAtLeast(to + 1));
    }

    /** The index of the first place starting at {@code at} or later ({@link #sortedStarts}'s length when none). */
    private int firstStartAtLeast(int at) {
        int lo = 0;
        int hi = sortedStarts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedStarts[mid] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Places the candidate of the triggers {@code hs} of the sentence [from, to): its place (or country as area), nearness, alsoAt. */
    void tiePlace(EventCandidate c, List<Hit> hs, int from, int to) {
        boolean movement = hs.stream().anyMatch(h -> h.trigger().movement());
        List<PlaceMention> tied = new ArrayList<>();
        // By identity: a mention record's hash reads its place and candidates (equal mentions get equal values anyway).
        Map<PlaceMention, Boolean> nearBy = new java.util.IdentityHashMap<>();
        Map<PlaceMention, Integer> dist = new java.util.IdentityHashMap<>();
        for (PlaceMention m : placesIn(from, to)) {
            if (m.span().start() < from || m.span().end() > to) {
                continue;
            }
            boolean modifier = beforeTriggerNoun(m, hs);
            if (modifier && Places.isCountryLevel(m.place())) {
                // "in a US drone strike", "an Iraqi army raid": a country before the noun says whose it was, not where.
                continue;
            }
            String prep = locativeBefore(m, from, movement);
            if (prep == null && modifier && DETERMINER_END.matcher(text.substring(Math.max(0, m.span().start() - 12), m.span().start())).find()) {
                // "a London rally", "the Kabul suicide bombing": the place names where the event was.
                prep = "in";
            }
            if (prep == null) {
                continue;
            }
            Hit h = TriggerDetection.nearestHit(hs, m.span());
            int a = Math.min(h.end(), m.span().start());
            int b = Math.max(h.start(), m.span().end());
            String between = h.end() <= m.span().start() ? text.substring(h.end(), m.span().start())
                    : m.span().end() <= h.start() ? text.substring(m.span().end(), h.start()) : "";
            if (b - a > 160 || clauseBreak(between)) {
                continue;
            }
            tied.add(m);
            nearBy.put(m, NEAR_WORDS.contains(prep.toLowerCase(Locale.ROOT)) || COMPASS_OF.matcher(prep.toLowerCase(Locale.ROOT)).matches());
            dist.put(m, RuleEventExtractor.distance(h.start(), h.end(), m.span().start(), m.span().end()));
        }
        if (tied.isEmpty()) {
            jurisdiction(c, from, to);
            return;
        }
        tied.sort(Comparator.comparingInt(dist::get));
        PlaceMention best = tied.get(0);
        for (PlaceMention m : tied) {
            Place p = m.place();
            if (Places.specificity(p) < Places.specificity(best.place()) && Places.contains(best.place(), p)) {
                best = m;
            }
        }
        // "near the Embassy in Baghdad": the nearness qualifies the most specific place named; "Baghdad airport"
        // resolved to Baghdad (the gazetteer lacks the airport) is at Baghdad's edge, not its centre: precision 2.
        boolean near = nearBy.get(best) || nearBy.get(tied.get(0)) || best.isFacilityAtParent();
        if (Places.isCountryLevel(best.place())) {
            // "near the US embassy in Baghdad": a town named with the event says more than a country beside it.
            for (PlaceMention m : tied) {
                if (!Places.isCountryLevel(m.place())) {
                    best = m;
                    break;
                }
            }
        }
        if (Places.isCountryLevel(best.place())) {
            c.area = best.place();
        } else {
            if (c.family == Family.VIOLENT) {
                coordinatedPlaces(c, best, tied, from);
            }
            c.place = best.place();
            c.near = near;
            c.provinceQualified = Places.specificity(best.place()) < 3 && PROVINCE_WORD.matcher(
                    text.substring(Math.max(from, best.span().start() - 25), Math.min(to, best.span().end() + 14))).find();
        }
    }

    /** Places coordinated with the chosen one, far from it and not containing or inside it (see {@link EventCandidate#alsoAt}). */
    private void coordinatedPlaces(EventCandidate c, PlaceMention best, List<PlaceMention> tied, int from) {
        for (PlaceMention m : tied) {
            if (m == best || Places.isCountryLevel(m.place()) || Places.contains(m.place(), best.place())
                    || Places.contains(best.place(), m.place()) || Places.consistent(m.place(), best.place(), 25)
                    || c.alsoAt.stream().anyMatch(o -> Places.consistent(o.place(), m.place(), 25))) {
                continue;
            }
            int lo = Math.max(from, m.span().start() - 30);
            if (PatternGate.endsInSpace(text, lo, m.span().start()) && DIRECTION_OF.matcher(text.substring(lo, m.span().start())).find()) {
                continue;
            }
            PlaceMention first = m.span().start() < best.span().start() ? m : best;
            PlaceMention second = first == m ? best : m;
            if (first.span().end() > second.span().start()) {
                continue;
            }
            String between = text.substring(first.span().end(), second.span().start());
            int firstLo = Math.max(from, first.span().start() - 40);
            if (PatternGate.endsInSpace(text, firstLo, first.span().start())
                    && BETWEEN_END.matcher(text.substring(firstLo, first.span().start())).find()) {
                // "on the highway between X and Y": one place on the road, not one event at each end.
                continue;
            }
            if (between.length() <= 150 && COORDINATION.matcher(between).find() && !BLOCKING_VERB.matcher(between).find()) {
                c.alsoAt.add(m);
            }
        }
    }

    /** The mention stands right before a nominal trigger, as its modifier ("a London rally", "a US drone strike"). */
    private boolean beforeTriggerNoun(PlaceMention m, List<Hit> hs) {
        for (Hit h : hs) {
            if (h.trigger().nominal() && !h.words().endsWith("ed") && h.start() >= m.span().end() && h.start() - m.span().end() <= 24
                    && PREMODIFIER_GAP.matcher(text.substring(m.span().end(), h.start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The locative word tying a mention to what precedes it ("in", "near", "north of"), or null. */
    String locativeBefore(PlaceMention m, int from, boolean movement) {
        int lo = Math.max(from, m.span().start() - 70);
        int hi = m.span().start();
        if (!PatternGate.endsInSpace(text, lo, hi)) {
            // All three patterns below end in white space right before the name ("\s+$").
            return null;
        }
        String before = text.substring(lo, hi);
        if (mentionsDistance(text, lo, hi) && DISTANCE_FROM.matcher(before).find()) {
            return "near";
        }
        // LOCATIVE and TARGET_VERB_BEFORE are made of letters, '.', apostrophes, hyphens and white space, in at most
        // TAIL_CHUNKS chunks, and end at the end: no match starts before that tail, so find() looks there only
        // (transparent bounds: the engine sees the char before the tail, as over the whole string).
        int tail = PatternGate.wordTail(before, TAIL_CHUNKS);
        int start = gateStart(before, tail);
        int at = LOCATIVE_GATE.firstMatch(before, start, before.length());
        Matcher lm = null;
        if (at >= 0) {
            lm = locative == null ? (locative = LOCATIVE.matcher(before).useTransparentBounds(true)) : locative.reset(before);
            lm.region(at, before.length());
        }
        if (lm == null || !lm.lookingAt()) {
            if (TARGET_VERB_BEFORE_GATE.firstMatch(before, start, before.length()) >= 0) {
                // "shelled government-held districts of X", "stormed the town of X": the target is where it happened.
                return "at";
            }
            // "Baghdad's Green Zone", "the Anbar town of" — also a sentence-initial "In Moscow," is caught above.
            return null;
        }
        String prep = lm.group(1);
        String p = prep.toLowerCase(Locale.ROOT);
        if ((p.equals("to") || p.equals("toward") || p.equals("towards")) && !movement) {
            return null;
        }
        if (p.equals("from") && !movement) {
            return null;
        }
        return prep;
    }

    /**
     * A lead often places the event coarsely and the next sentence says where exactly ("An airstrike targeted a
     * convoy in the province of X. The warplane struck four points in the town of Y"): a violent event placed
     * only at a country, region or province takes the finer place the sentence right after its first one ties by
     * a locative, when that place lies inside it, the sentence speaks of violence, belongs to no other event (one with neither place
     * nor date does not count: it is dropped), names no other date and announces no other event, and all such places agree (within 25 km).
     */
    void refineFromNextSentence(List<EventCandidate> merged, ArticleContext ctx) {
        for (EventCandidate c : merged) {
            if (c.family != Family.VIOLENT) {
                continue;
            }
            Place coarse = c.place != null ? (Places.specificity(c.place) >= 2 || c.provinceQualified ? c.place : null) : c.area;
            if (coarse == null) {
                continue;
            }
            org.incidentatlas.model.Sentence next = nextReadable(ctx, c.sentence);
            if (next == null || merged.stream().anyMatch(o -> o != c && !(o.weak && o.place == null && !o.dated)
                    && o.evidence.stream().anyMatch(e -> e.sentence() == next.index()))) {
                continue;
            }
            int from = next.span().start();
            int to = next.span().end();
            String sentence = text.substring(from, to);
            if (!VIOLENCE_WORD.matcher(sentence).find() || EventTyping.mentions(sentence, ANOTHER_WORDS) && ANOTHER.matcher(sentence).find()
                    || ctx.datesIn(from, to).stream().anyMatch(d -> d.date().isResolved() && c.dated && c.date.isResolved()
                            && (d.date().end().isBefore(c.date.start()) || d.date().start().isAfter(c.date.end())))) {
                continue;
            }
            PlaceMention finer = null;
            boolean finerNear = false;
            boolean agree = true;
            for (PlaceMention m : placesIn(from, to)) {
                if (m.span().start() < from || m.span().end() > to || Places.isCountryLevel(m.place())) {
                    continue;
                }
                boolean inside = Places.isCountryLevel(coarse) ? coarse.country() != null && coarse.country().equals(m.place().country())
                        : Places.contains(coarse, m.place());
                boolean isFiner = Places.specificity(m.place()) < Math.min(Places.specificity(coarse), c.provinceQualified ? 3 : 9);
                String prep = inside && isFiner ? locativeBefore(m, from, false) : null;
                if (prep == null) {
                    continue;
                }
                if (finer != null && !Places.consistent(finer.place(), m.place(), 25)) {
                    agree = false;
                    break;
                }
                if (finer == null || Places.specificity(m.place()) < Places.specificity(finer.place())) {
                    finer = m;
                    finerNear = NEAR_WORDS.contains(prep.toLowerCase(Locale.ROOT)) || m.isFacilityAtParent();
                }
            }
            if (finer == null || !agree) {
                continue;
            }
            c.place = finer.place();
            c.near = finerNear;
            c.provinceQualified = false;
            c.addEvidence(new org.incidentatlas.model.Evidence(ctx.id(), next.index(), next.span()));
            c.lastSentence = Math.max(c.lastSentence, next.index());
        }
    }

    private static org.incidentatlas.model.Sentence nextReadable(ArticleContext ctx, int index) {
        for (org.incidentatlas.model.Sentence s : ctx.article().sentences()) {
            if (s.index() > index) {
                return ctx.readable(s) ? s : null;
            }
        }
        return null;
    }

    /** A clause boundary between trigger and place, not counting "while in" and progressives ("was driving past"). */
    private static boolean clauseBreak(String between) {
        if (BLOCKING_GATE.firstMatch(between) < 0) {
            return false;
        }
        // Without a match replaceAll gives the string back: it holds the break found above.
        return NOT_A_CLAUSE_BREAK_GATE.firstMatch(between) < 0
                || BLOCKING_GATE.firstMatch(NOT_A_CLAUSE_BREAK.matcher(between).replaceAll(" ")) >= 0;
    }

    /**
     * Whether {@code text[lo, hi)} holds "km", "kilomet" or "mile" in any ASCII case: every match of
     * {@link #DISTANCE_FROM} does.
     */
    static boolean mentionsDistance(String text, int lo, int hi) {
        for (int i = lo; i < hi - 1; i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if (c == 'k' && ((text.charAt(i + 1) | 0x20) == 'm' || asciiAt(text, i + 1, hi, "ilomet"))
                    || c == 'm' && asciiAt(text, i + 1, hi, "ile")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the lower-case ASCII {@code word} stands at {@code at} (before {@code hi}) in any ASCII case. */
    private static boolean asciiAt(String text, int at, int hi, String word) {
        if (at + word.length() > hi) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((text.charAt(at + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }


    /**
     * Nothing ties a place to the trigger: an official's area named in the sentence ("the police chief of Farah
     * province said the attackers killed three police") is where the event happened, at that area's precision.
     */
    private void jurisdiction(EventCandidate c, int from, int to) {
        for (PlaceMention m : placesIn(from, to)) {
            if (m.span().start() < from || m.span().end() > to || Places.isCountryLevel(m.place())) {
                continue;
            }
            int lo = Math.max(from, m.span().start() - 40);
            // The pattern ends in white space right before the name.
            if (PatternGate.endsInSpace(text, lo, m.span().start()) && JURISDICTION_BEFORE.matcher(text.substring(lo, m.span().start())).find()) {
                c.place = m.place();
                c.near = false;
                c.provinceQualified = Places.specificity(m.place()) < 3 && PROVINCE_WORD.matcher(
                        text.substring(Math.max(from, m.span().start() - 25), Math.min(to, m.span().end() + 14))).find();
                return;
            }
        }
    }

    /** ACLED geo precision of a merged candidate's place: 3 when unplaced or named as a province. */
    static int geoPrecision(EventCandidate c) {
        return c.place == null || c.provinceQualified ? 3 : Places.geoPrecision(c.place, c.near);
    }

    /**
     * Where the gates of {@link #LOCATIVE} and {@link #TARGET_VERB_BEFORE} find what find() finds over {@code
     * before[tail, end)} with transparent bounds. Both patterns begin with \\b and a letter: with transparent bounds no
     * match starts in the run of word chars the tail may begin with after a digit or '_' (no \\b before its letters),
     * nor at the char after that run, which is no letter; from there on find() over the region alone (the gates'
     * opaque bounds) sees the same chars.
     */
    static int gateStart(String before, int tail) {
        int start = tail;
        if (start > 0 && isWordChar(before.charAt(start - 1))) {
            while (start < before.length() && isWordChar(before.charAt(start))) {
                start++;
            }
        }
        return start;
    }

    /** What {@code \\b} counts as a word char. */
    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
