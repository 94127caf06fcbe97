package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conservative death counts from news wording, following ACLED's conventions: the lowest figure given
 * ("at least 5", "5 to 7" → 5), "tens" → 10, "dozens" → 12, "hundreds" → 100; vague plurals ("several", "a
 * few", "some") → 3, our own conservative choice. Injuries are never fatalities. Pure.
 */
public final class Fatalities {
    private static final Pattern DIGIT_COUNT = Pattern.compile("\\d{1,3}(,\\d{3})*|\\d+");
    private static final Pattern TWO_WORDS = Pattern.compile("([a-z]+)[- ]([a-z]+)");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("hundred", 100),
            Map.entry("a dozen", 12), Map.entry("dozens", 12), Map.entry("dozens of", 12), Map.entry("tens", 10),
            Map.entry("tens of", 10), Map.entry("hundreds", 100), Map.entry("hundreds of", 100), Map.entry("scores of", 20),
            Map.entry("several", 3), Map.entry("a few", 3), Map.entry("some", 3), Map.entry("many", 3),
            Map.entry("a number of", 3), Map.entry("multiple", 2));

    /**
     * A count: digits, or the words (ASCII, any case). The words' branches are gathered under their first letters
     * ({@link LetterAlternation}): the same choice, one failed comparison per letter instead of per word. Spelt out
     * as one alternation it reads {@code \d{1,3}(?:,\d{3})*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)
     * (?:[- ](?:one|two|...|nine))?|one|two|...|nineteen|a dozen|dozens of|dozens|tens of|hundreds of|scores of|several
     * |a few|a number of|multiple|many|some} (FatalitiesTest holds the two to the same matches).
     */
    static final String COUNT = "(?:\\d{1,3}(?:,\\d{3})*|" + LetterAlternation.of(countWords(), true) + ")";
    private static final String QUAL = "(?:" + LetterAlternation.ofWords(true, "at least ", "as many as ", "up to ", "nearly ", "almost ",
            "about ", "around ", "some ", "more than ", "over ", "roughly ") + ")?";
    private static final String VICTIM = "(?:[^\\s.;]+\\s+){0,8}?";
    private static final String KILLED = LetterAlternation.ofWords(true, "were", "was", "have been", "had been", "has been", "are", "being", "got")
            + "\\s+(?:\\w+\\s+)?" + LetterAlternation.ofWords(true, "killed", "slain", "shot dead", "executed", "massacred");
    private static final String KILL_VERB = LetterAlternation.ofWords(true, "killed", "killing", "kills", "left", "leaving", "fatally shot",
            "shot dead", "shot and killed");
    /** What a number after a kill verb must not be: a share, an age, a time of day, a distance. */
    private static final String NOT_A_HEAD_COUNT = "(?![-\\d]|\\s*(?:%|percent|years?|days?|km|kilometers|miles|meters|[ap]\\.?m\\b|o'clock|:\\d))";

    /** "27 members of the PMF were killed", "killed 12 people", "leaving 3 dead", "5 died", "25 people are dead". */
    static final Pattern[] PATTERNS = {
        Pattern.compile("(?i)\\b" + QUAL + "(" + COUNT + ")\\s+" + VICTIM + KILLED + "\\b"),
        Pattern.compile("(?i)\\b" + KILL_VERB + "\\s+" + QUAL + "(" + COUNT + ")\\b" + NOT_A_HEAD_COUNT),
        Pattern.compile("(?i)\\b" + QUAL + "(" + COUNT + ")\\s+(?:(?:people|persons|civilians|soldiers|fighters|others)\\s+)?"
                + "(?:(?:are|were|have|had|has)\\s+(?:been\\s+)?(?:now\\s+|reported\\s+|confirmed\\s+)?)?(?:died|dead|deaths|fatalities)\\b"),
        Pattern.compile("(?i)\\b(?:death toll|toll)\\s+(?:\\w+\\s+){0,3}?(?:to|of|at)\\s+" + QUAL + "(" + COUNT + ")\\b"),
    };
    /** Per pattern, where a match can start ({@link PatternGate}). */
    private static final PatternGate[] GATES = java.util.Arrays.stream(PATTERNS).map(PatternGate::new).toArray(PatternGate[]::new);
    /**
     * Counts of several groups killed together, summed: "12 civilians, 9 police officers and 30 insurgents were killed",
     * "killing four soldiers and a woman". An item is a count and up to six words of its noun phrase.
     */
    private static final String ITEM_WORDS = "(?:\\s+(?!(?:and|or|were|was|have|had|has|are|is|killed|dead|died|wounded|injured|hurt|including|while|but)\\b)[\\p{L}'’-]+){1,6}";
    /** "a woman", "one soldier": a single person counts as an item only with a noun that names a person. */
    private static final String ONE_PERSON = "(?:an?|one)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:woman|man|child|boy|girl|civilian|soldier|policeman|policewoman|officer"
            + "|guard|driver|journalist|doctor|nurse|paramedic|teacher|student|worker|farmer|fighter|member|tourist|resident|passenger|pilgrim"
            + "|commander|baby|infant|relative|son|daughter|wife|husband|brother|sister|mother|father|militant|rebel|gunman|attacker|bystander)\\b";
    private static final String ITEM = "(?:" + QUAL + COUNT + "(?!\\s+of\\s+(?:them|whom|those|which)\\b)" + ITEM_WORDS + "|" + ONE_PERSON + "(?:" + ITEM_WORDS + ")?)";
    static final Pattern LIST = Pattern.compile("(?i)\\b(" + ITEM + "(?:(?:\\s*,\\s*|\\s+)(?:and\\s+|as well as\\s+)?" + ITEM + ")+)");
    /** A cheap first look for {@link #LIST}: a second item after "and" or a comma. */
    static final Pattern SECOND_ITEM = Pattern.compile("(?i)(?:\\band|,)\\s+(?:at least\\s+|some\\s+|about\\s+)?(?:\\d|an?\\s|one\\b|two|three|four|five|six|seven"
            + "|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety|dozens|several|scores|hundreds|tens|many)");
    static final Pattern LIST_ITEM = Pattern.compile("(?i)(?:^|,\\s*|\\s(?:and|as well as)\\s+)" + QUAL + "(" + COUNT + "|an?|one)(?=\\s)");
    static final Pattern LIST_KILLED_AFTER = Pattern.compile("(?i)^\\s+(?:[^\\s.;,]+\\s+){0,4}?" + KILLED + "\\b");
    static final Pattern LIST_KILLED_BEFORE = Pattern.compile("(?i)\\b" + KILL_VERB + "\\s+$");
    private static final Pattern HURT_AFTER = Pattern.compile("(?i)^\\s+(?:(?:were|was|are|have been)\\s+)?(?:\\w+\\s+)?(?:injured|wounded|hurt)");
    static final Pattern SINGLE = Pattern.compile("(?i)\\b(?:was|has been|had been|got)\\s+(?:\\w+\\s+)?(?:killed|assassinated|slain|shot dead|executed)\\b"
            + "|\\bfatally (?:shot|stabbed|wounded|injured|struck)\\b|\\b" + KILL_VERB + "\\s+" + ONE_PERSON);
    /** Where {@link #SINGLE}, {@link #SECOND_ITEM} and {@link #LIST} can start a match: tried only there. */
    private static final PatternGate SINGLE_GATE = new PatternGate(SINGLE);
    private static final PatternGate SECOND_ITEM_GATE = new PatternGate(SECOND_ITEM);
    private static final PatternGate LIST_GATE = new PatternGate(LIST);
    /** Every match holds "no " or "without " (ASCII case-blind, as its (?i) reads them). */
    private static final Pattern NONE = Pattern.compile("(?i)\\bno (?:one|casualties|deaths|fatalities|injuries)\\b|\\bwithout (?:casualties|causing casualties)");

    /**
     * Lower-case parts of every word of killing in {@link #KILLED}, {@link #KILL_VERB} and {@link #SINGLE}: a match of
     * {@code PATTERNS[0]}, {@code PATTERNS[1]}, {@link #LIST} (which needs one of the former two beside it) or
     * {@link #SINGLE} holds one of them.
     */
    private static final String[] KILL_WORDS = {"kill", "slain", "dead", "execut", "massacr", "left", "leav", "fatal", "assassinat"};
    /** Lower-case parts of the words of {@code PATTERNS[2]}: "died", "dead", "deaths", "fatalities". */
    private static final String[] DIED_WORDS = {"died", "dead", "death", "fatalit"};

    private Fatalities() {
    }

    /**
     * {@link #COUNT}'s word branches in their order: "(?:twenty|...|ninety)(?:[- ]unit)?" as one branch per tens word
     * (an alternation followed by a part is the alternation of each branch followed by it), then the words.
     */
    private static List<String> countWords() {
        String units = "(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?";
        List<String> out = new ArrayList<>();
        for (String tens : new String[] {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}) {
            out.add(tens + units);
        }
        out.addAll(List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "a dozen", "dozens of", "dozens", "tens of", "hundreds of",
                "scores of", "several", "a few", "a number of", "multiple", "many", "some"));
        return out;
    }

    private static boolean containsAny(String lower, String[] parts) {
        for (String p : parts) {
            if (lower.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** The conservative count stated in {@code clause}, 0 if it says nobody died, or null if it says nothing. */
    public static Integer in(String clause) {
        // Each pattern needs its words (ASCII case-blind, as its (?i) reads them): a clause without them is not
        // matched by it (most clauses have no word of killing).
        String lower = clause.toLowerCase(Locale.ROOT);
        boolean kill = containsAny(lower, KILL_WORDS);
        boolean died = containsAny(lower, DIED_WORDS);
        boolean toll = lower.contains("toll");
        Integer best = null;
        // A list counts only with a word of killing after or before it (LIST_KILLED_AFTER, LIST_KILLED_BEFORE).
        Integer summed = kill && SECOND_ITEM_GATE.firstMatch(clause) >= 0 ? listed(clause) : null;
        if (kill || died || toll) {
            best = leastCount(clause, new boolean[] {kill, kill, died, toll});
        }
        if (summed != null && (best == null || summed > best)) {
            // The groups of one list add up; each alone is only a part of the toll.
            return summed;
        }
        if (best != null) {
            return best;
        }
        if (kill && SINGLE_GATE.firstMatch(clause) >= 0) {
            return 1;
        }
        if ((lower.contains("no ") || lower.contains("without ")) && NONE.matcher(clause).find()) {
            return 0;
        }
        return null;
    }

    /**
     * The least count among the matches of {@link #PATTERNS} (those {@code on}) that find() gives one after another,
     * or null: the patterns are tried in one pass over the clause, each only where its first two chars can start a
     * match, and none inside a run of ASCII word chars (each opens with {@code \b} before a letter or digit). Each
     * pattern's next search starts where its last match ended (after it, for an empty one), as find()'s does.
     */
    static Integer leastCount(String clause, boolean[] on) {
        Integer best = null;
        Matcher[] ms = new Matcher[PATTERNS.length];
        int[] next = new int[PATTERNS.length];
        for (int at = 0, end = clause.length(); at < end; at++) {
            if (at > 0 && PlainRow.isWordAscii(clause.charAt(at - 1)) && PlainRow.isWordAscii(clause.charAt(at))) {
                continue;
            }
            for (int i = 0; i < PATTERNS.length; i++) {
                if (!on[i] || at < next[i] || !GATES[i].mayStartAt(clause, at, end)) {
                    continue;
                }
                Matcher m = ms[i];
                if (m == null) {
                    m = ms[i] = PATTERNS[i].matcher(clause).useTransparentBounds(true).useAnchoringBounds(false);
                }
                m.region(at, end);
                if (m.lookingAt()) {
                    Integer n = number(m.group(1));
                    if (n != null && (best == null || n < best)) {
                        best = n;
                    }
                    next[i] = Math.max(at + 1, m.end());
                }
            }
        }
        return best;
    }

    /** The sum of the largest list of killed groups in the clause, or null. */
    private static Integer listed(String clause) {
        Integer best = null;
        // find()'s matches one after another, the pattern tried only where its first two chars can start one; its
        // group 1 is all of the match but the leading \b.
        int[] lists = LIST_GATE.matches(clause, 0, clause.length());
        for (int k = 0; k < lists.length; k += 2) {
            int start = lists[k];
            int end = lists[k + 1];
            String after = clause.substring(end);
            boolean passive = LIST_KILLED_AFTER.matcher(after).find();
            boolean active = LIST_KILLED_BEFORE.matcher(clause.substring(Math.max(0, start - 40), start)).find()
                    && !HURT_AFTER.matcher(after).find();
            if (!passive && !active) {
                continue;
            }
            int sum = 0;
            Matcher item = LIST_ITEM.matcher(clause.substring(start, end));
            while (item.find()) {
                Integer n = number(item.group(1));
                sum = n == null ? sum : (int) Math.min(Integer.MAX_VALUE, (long) sum + n);
            }
            if (best == null || sum > best) {
                best = sum;
            }
        }
        return best;
    }

    /** "27" → 27, "5,200" → 5200, "twenty-one" → 21, "dozens" → 12; null if not a count. */
    public static Integer number(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim();
        if (DIGIT_COUNT.matcher(w).matches()) {
            String digits = w.replace(",", "");
            // 2^31 or more people is no count of the dead: a misread number (an ID, a sum of money)
            return digits.length() > 9 && Long.parseLong(digits.length() > 18 ? "999999999999999999" : digits)
                    > Integer.MAX_VALUE ? null : Integer.valueOf(digits);
        }
        if (WORDS.containsKey(w)) {
            return WORDS.get(w);
        }
        Matcher m = TWO_WORDS.matcher(w);
        if (m.matches() && WORDS.containsKey(m.group(1)) && WORDS.containsKey(m.group(2))) {
            return WORDS.get(m.group(1)) + WORDS.get(m.group(2));
        }
        return null;
    }
}
