package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.TextSpan;
import org.incidentatlas.text.PhraseMatcher;
import org.incidentatlas.text.RegexSpace;
import org.incidentatlas.text.TokenArray;

/**
 * Persons an article introduces by their role, whom no lexicon needs to list: "militia leader X", "Deputy Foreign
 * Minister X", "X, the deputy commander of the militia". A commander or leader acts for the group the role names (or
 * the group named just before, for "the militia"); a minister or envoy is a person without a group (an actor of
 * meetings, not of fighting); a spokesperson or witness is quoted, never an actor. Later mentions by full name or
 * surname ("al-Shamri said") are the same person. The role words are data ({@value #RESOURCE}). Pure and immutable.
 */
final class TitledPersons {

    // Compiled once: String.split, replaceAll and replaceFirst compile their pattern on every call.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");
    /** What a role makes of the person it introduces. */
    enum Kind { MEMBER, OFFICIAL, SPEAKER, TITLE }

    /** Id prefix of a person found by role, not from the lexicon ("person:nasr-al-shamri"). */
    static final String PERSON_ID = "person:";
    private static final String RESOURCE = "person-roles.tsv";
    /** A name's word: capitalised, with an optional particle ("al-Shamri", "bin Laden", "Al-Mohammadawi"). */
    private static final String[] PARTICLES = {"al", "el", "ad", "ar", "as", "bin", "ibn", "abu", "abd", "de", "da", "del",
        "van", "von", "Abu", "Abd", "Bin", "Ibn"};
    /** The small letters a particle starts with: only there can a name start with one. */
    private static final String PARTICLE_FIRST = particleFirst();
    static final String NAME_WORD = "(?:(?:" + String.join("|", PARTICLES) + ")[-\\s])?"
            + "[A-Z][\\p{L}'’]+(?:-[A-Z]?[\\p{L}'’]+)?";
    private static final String NAME = "(" + NAME_WORD + "(?:\\s+" + NAME_WORD + "){1,3})";
    /** Words that start or end no name ("On Monday", "the Army"). */
    private static final Set<String> NOT_NAME = Set.of("The", "A", "An", "On", "In", "At", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Army", "Forces", "Force", "Ministry", "Police", "Province",
            "Party", "Movement", "Group", "Brigade", "Brigades", "Council", "Office", "Government", "State", "Republic", "Said",
            "Says", "Told", "And", "But", "Of", "For", "Who", "Which", "He", "She", "It", "They", "His", "Her");
    /** "the militia", "the group": the group named before. */
    private static final Pattern GROUP_NOUN = Pattern.compile("\\b(?:militia|group|movement|faction|organi[sz]ation|rebels?|insurgents?"
            + "|jihadists?|brigades?)\\b", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Kind> ROLES;
    private static final Pattern ROLE_BEFORE;
    static final Pattern NAME_THEN_ROLE;
    /** The role words as phrases: both patterns are tried only around where one occurs. */
    private static final PhraseMatcher ROLE_WORDS;
    /** The role words, in file order ({@link #ROLE_WORDS}' phrases). */
    private static final List<String> ROLE_PHRASES;
    /**
     * How far before its role word a "Name, the ... role" match can start: four name words, a determiner and three
     * words; real names are far shorter, so no match of the whole-text scan is lost.
     */
    private static final int NAME_WINDOW = 300;

    static {
        Map<String, Kind> roles = new LinkedHashMap<>();
        List<String> titles = new ArrayList<>();
        for (org.incidentatlas.text.DataLines.Row row : org.incidentatlas.text.DataLines.read(TitledPersons.class, RESOURCE)) {
            String line = row.text();
            int n = row.line();
            String[] f = line.split("\t", -1);
            if (f.length < 2 || f[1].isBlank()) {
                throw new IllegalStateException(RESOURCE + ":" + n + ": expected kind and role words");
            }
            Kind k;
            try {
                k = Kind.valueOf(f[0].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ":" + n + ": unknown kind " + f[0], e);
            }
            if (k == Kind.TITLE) {
                titles.add(f[1].trim());
            } else {
                roles.put(f[1].trim().toLowerCase(Locale.ROOT), k);
            }
        }
        ROLES = Map.copyOf(roles);
        ROLE_PHRASES = List.copyOf(roles.keySet());
        ROLE_WORDS = PhraseMatcher.of(ROLE_PHRASES);
        String role = alternation(roles.keySet());
        String title = alternation(titles);
        // "Deputy Foreign Minister X", "leader of Boko Haram, X", "representative to Iraq, Sayyed X"
        ROLE_BEFORE = Pattern.compile("(?i:\\b(" + role + "))\\s+(?:(?:to|of|for|in)\\s+(?:the\\s+)?[A-Z][\\p{L}'’-]*(?:\\s+[A-Z][\\p{L}'’-]*){0,3},\\s+)?"
                + "(?:(?:" + title + ")\\s+)?" + NAME);
        NAME_THEN_ROLE = Pattern.compile(NAME + ",\\s+(?:(?:the|a|an|its|his|her|their)\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?i:(" + role + "))\\b");
    }

    private TitledPersons() {
    }

    /** Longest first, each word quoted, spaces as any white space. */
    private static String alternation(java.util.Collection<String> phrases) {
        List<String> ps = new ArrayList<>(phrases);
        ps.sort(Comparator.comparingInt(String::length).reversed());
        List<String> out = new ArrayList<>();
        for (String p : ps) {
            out.add(Pattern.quote(p).replace(" ", "\\E\\s+\\Q"));
        }
        return String.join("|", out);
    }

    /** What {@code role} (any case) makes of a person, or null if it is no role. */
    static Kind kindOf(String role) {
        String folded = role.toLowerCase(Locale.ROOT);
        return ROLES.get(singleSpaced(folded, 0, folded.length()) ? folded : SPACES.matcher(folded).replaceAll(" "));
    }

    /**
     * Whether {@code text[s, e)} holds no regex white space but single plain spaces between other chars: then splitting
     * it at {@code \s+} splits it at its spaces, and replacing each run by one space leaves it as it is.
     */
    static boolean singleSpaced(String text, int s, int e) {
        if (s < e && (text.charAt(s) == ' ' || text.charAt(e - 1) == ' ')) {
            return false;
        }
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (RegexSpace.is(c) && (c != ' ' || text.charAt(i - 1) == ' ')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Every mention in {@code text} of a person introduced by a role, in text order, as lexicon mentions (ids
     * {@value #PERSON_ID}...): MEMBER and OFFICIAL persons typed {@link ActorType#PERSON} (a member with the id of
     * the group the role names, if any), SPEAKER persons typed {@link ActorType#OTHER}. Names overlapping
     * {@code known} mentions are left to them.
     */
    static List<ActorLexicon.Mention> find(String text, List<ActorLexicon.Mention> known) {
        return find(TokenArray.of(text), known);
    }

    /** As {@link #find(String, List)}, over the article's tokens (their text is the text searched). */
    static List<ActorLexicon.Mention> find(TokenArray tokens, List<ActorLexicon.Mention> known) {
        return find(tokens, known, ROLE_WORDS.find(tokens));
    }

    /** The role words (folded phrases, in file order) whose matches {@link #find(TokenArray, List, List)} is given. */
    static List<String> roleWords() {
        return ROLE_PHRASES;
    }

    /**
     * As {@link #find(TokenArray, List)}, given every match of the {@link #roleWords} in the tokens (in any order):
     * what a {@link PhraseMatcher} over them finds, for a caller that scans the tokens with the role words among its
     * own phrases (one pass instead of two).
     */
    static List<ActorLexicon.Mention> find(TokenArray tokens, List<ActorLexicon.Mention> known, List<PhraseMatcher.Match> roleMatches) {
        String text = tokens.text();
        Map<String, ActorLexicon.Entry> byName = new LinkedHashMap<>();
        Map<String, Integer> firstAt = new HashMap<>();
        List<ActorLexicon.Mention> out = new ArrayList<>();
        int[] roles = roleSpans(tokens, roleMatches);
        if (roles.length == 0) {
            return out;
        }
        // The matches Matcher.find() gives over the whole text, tried only where a role word starts (ROLE_BEFORE opens
        // with one) or just before one (NAME_THEN_ROLE ends with one).
        Matcher m = ROLE_BEFORE.matcher(text).useTransparentBounds(true);
        int lastEnd = 0;
        for (int r = 0; r < roles.length; r += 2) {
            if (roles[r] < lastEnd) {
                continue;
            }
            m.region(roles[r], text.length());
            if (m.lookingAt()) {
                lastEnd = m.end();
                add(text, known, m.group(1), m.start(2), m.end(2), Math.max(0, m.start() - 60), m.start(2), byName, firstAt, out);
            }
        }
        m = NAME_THEN_ROLE.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        lastEnd = 0;
        for (int r = 0; r < roles.length; r += 2) {
            if (roles[r] < lastEnd) {
                continue;
            }
            // Between the name's comma and the role stand only words and white space, and the name before the comma
            // is words and white space too: no comma there, no match; else the match starts in that run of words.
            int comma = runStart(text, roles[r], Math.max(lastEnd, roles[r] - NAME_WINDOW)) - 1;
            if (comma < 0 || text.charAt(comma) != ',') {
                continue;
            }
            int to = roles[r + 1];
            if (nameThenRole(m, text, Math.max(runStart(text, comma, Math.max(lastEnd, comma - NAME_WINDOW)), lastEnd), comma, to)) {
                lastEnd = m.end();
                add(text, known, m.group(2), m.start(1), m.end(1), m.end(2), Math.min(text.length(), m.end(2) + 60), byName,
                        firstAt, out);
            }
        }
        // Later mentions: the full name or its surname, after the person was introduced.
        for (ActorLexicon.Entry e : byName.values()) {
            int from = firstAt.get(e.id());
            int[] lastAt = suffixOccurrences(text, e.aliases(), from);
            for (String alias : e.aliases()) {
                // The search text.indexOf(alias, at) makes, one occurrence after another (from lastAt when known).
                Occurrences occ = new Occurrences(text, alias, lastAt, alias.length() - (lastAt == null ? 0
                        : e.aliases().get(e.aliases().size() - 1).length()));
                for (int at = occ.next(from); at >= 0; at = occ.next(at)) {
                    if (!wholeName(text, from, at, at + alias.length())) {
                        at++;
                        continue;
                    }
                    TextSpan span = new TextSpan(at, at + alias.length());
                    at += alias.length();
                    if (overlaps(span, known) || overlaps(span, out)) {
                        continue;
                    }
                    out.add(new ActorLexicon.Mention(e, alias, span));
                }
            }
        }
        // A person quoted ("X said", "said X", "according to X") is the source of the report there, not a party to it.
        out.removeIf(x -> quoted(text, x.span()));
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        return out;
    }

    /**
     * Where the last alias occurs in {@code text} from {@code from} on (overlapping occurrences included), when every
     * alias ends with it ("Nasr al-Shamri", "al-Shamri", "Shamri"): each alias occurs where the last does, its length
     * difference before, so one search serves them all. Null when there is one alias or another ends otherwise.
     */
    static int[] suffixOccurrences(String text, List<String> aliases, int from) {
        if (aliases.size() < 2) {
            return null;
        }
        String last = aliases.get(aliases.size() - 1);
        for (String a : aliases) {
            if (!a.endsWith(last) || last.isEmpty()) {
                return null;
            }
        }
        int[] at = new int[8];
        int n = 0;
        for (int i = text.indexOf(last, from); i >= 0; i = text.indexOf(last, i + 1)) {
            if (n == at.length) {
                at = java.util.Arrays.copyOf(at, 2 * n);
            }
            at[n++] = i;
        }
        return java.util.Arrays.copyOf(at, n);
    }

    /**
     * The occurrences of {@code alias} one after another, as {@code text.indexOf(alias, at)} gives them: read off the
     * occurrences of a suffix of it ({@code suffixAt}, {@code offset} chars after the alias's start) when given.
     */
    static final class Occurrences {
        private final String text;
        private final String alias;
        private final int[] suffixAt;
        private final int offset;
        private int i;

        Occurrences(String text, String alias, int[] suffixAt, int offset) {
            this.text = text;
            this.alias = alias;
            this.suffixAt = suffixAt;
            this.offset = offset;
        }

        /** {@code text.indexOf(alias, at)}; {@code at} never decreases between calls. */
        int next(int at) {
            if (suffixAt == null) {
                return text.indexOf(alias, at);
            }
            for (; i < suffixAt.length; i++) {
                int p = suffixAt[i] - offset;
                if (p >= at && (offset == 0 || text.startsWith(alias, p))) {
                    return p;
                }
            }
            return -1;
        }
    }

    /**
     * The role words' spans in text order, one per start (the longest there), packed as {@code [2i]} start and
     * {@code [2i + 1]} end.
     */
    private static int[] roleSpans(TokenArray tokens, List<PhraseMatcher.Match> found) {
        if (found.isEmpty()) {
            return new int[0];
        }
        found.sort(Comparator.comparingInt(PhraseMatcher.Match::first));
        int[] spans = new int[2 * found.size()];
        int n = 0;
        for (PhraseMatcher.Match r : found) {
            int s = tokens.start(r.first());
            int e = tokens.end(r.end() - 1);
            if (n > 0 && spans[n - 2] == s) {
                spans[n - 1] = Math.max(spans[n - 1], e);
            } else {
                spans[n++] = s;
                spans[n++] = e;
            }
        }
        return java.util.Arrays.copyOf(spans, n);
    }

    /**
     * What {@code m.find()} ({@link #NAME_THEN_ROLE}, bounds transparent, not anchoring) over {@code [from, to)} gives,
     * tried only where a name can start: the leftmost start that matches, with {@code m} holding the match from there.
     * {@code text[from, comma)} is letters, apostrophes, hyphens and white space, and {@code text[comma]} a comma.
     * When no other comma follows before {@code to}, a match's name ends at this comma: it starts before it, within the
     * last {@link #NAME_SPACE_RUNS} runs of white space (a name's words are two to four, each with at most one white
     * space char after its particle, "bin Laden", and one run between two words), so the starts before are not tried.
     */
    static boolean nameThenRole(Matcher m, String text, int from, int comma, int to) {
        int last = to;
        if (noComma(text, comma + 1, to)) {
            last = comma;
            from = Math.max(from, nameWindowStart(text, from, comma));
        }
        for (int i = from; i < last; i++) {
            if (mayStartName(text, i)) {
                m.region(i, to);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How many runs of white space a name of {@link #NAME_THEN_ROLE} holds at most: four words, three between them. */
    static final int NAME_SPACE_RUNS = 7;

    private static boolean noComma(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == ',') {
                return false;
            }
        }
        return true;
    }

    /**
     * The first start in {@code [from, comma)} whose chars up to {@code comma} hold at most {@link #NAME_SPACE_RUNS}
     * runs of white space ({@code \s}): no name ending at the comma starts before it.
     */
    static int nameWindowStart(String text, int from, int comma) {
        int runs = 0;
        for (int j = comma; j > from; j--) {
            // text[j - 1] is the last char of a run of white space (seen from its end): one run more from j - 1 on.
            if (RegexSpace.is(text.charAt(j - 1)) && (j == comma || !RegexSpace.is(text.charAt(j))) && ++runs > NAME_SPACE_RUNS) {
                return j;
            }
        }
        return from;
    }

    /**
     * Whether {@link #NAME_WORD} can match at {@code i}: a capital A-Z there, or a particle that starts with a small
     * letter, then a hyphen or white space and a capital. A cheap test that passes every start the pattern takes.
     */
    static boolean mayStartName(String text, int i) {
        char c = text.charAt(i);
        if (c >= 'A' && c <= 'Z') {
            return true;
        }
        if (c < 'a' || c > 'z' || PARTICLE_FIRST.indexOf(c) < 0) {
            return false;
        }
        for (String p : PARTICLES) {
            int j = i + p.length();
            if (p.charAt(0) == c && j + 1 < text.length() && text.startsWith(p, i)) {
                char sep = text.charAt(j);
                char next = text.charAt(j + 1);
                if ((sep == '-' || RegexSpace.is(sep))
                        && next >= 'A' && next <= 'Z') {
                    return true;
                }
            }
        }
        return false;
    }

    private static String particleFirst() {
        StringBuilder b = new StringBuilder();
        for (String p : PARTICLES) {
            char c = p.charAt(0);
            if (c >= 'a' && c <= 'z' && b.indexOf(String.valueOf(c)) < 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Where the run of letters, apostrophes, hyphens and white space that ends at {@code at} starts (not before
     * {@code limit}): the chars a name and the words after its comma are made of.
     */
    static int runStart(String text, int at, int limit) {
        int i = at;
        while (i > limit) {
            int c = text.codePointBefore(i);
            if (!(Character.isLetter(c) || c == '\'' || c == '\u2019' || c == '-' || RegexSpace.is(c))) {
                break;
            }
            i -= Character.charCount(c);
        }
        return i;
    }

    /**
     * {@code text[at, end)} stands alone as a name: no letter, digit, apostrophe or hyphen before it (unless it starts
     * the searched region at {@code from}), no letter or digit, nor a hyphen and a letter, after it.
     */
    private static boolean wholeName(String text, int from, int at, int end) {
        if (at > from) {
            int c = text.codePointBefore(at);
            if (Character.isLetter(c) || isNumber(c) || c == '\'' || c == '\u2019' || c == '-') {
                return false;
            }
        }
        if (end < text.length()) {
            int c = text.codePointAt(end);
            if (Character.isLetter(c) || isNumber(c)) {
                return false;
            }
            if (c == '-' && end + 1 < text.length() && Character.isLetter(text.codePointAt(end + 1))) {
                return false;
            }
        }
        return true;
    }

    /** What {@code \\p{N}} matches. */
    private static boolean isNumber(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** The reporting verbs of {@link #QUOTED_AFTER}, as written there (case-sensitive). */
    private static final String[] REPORTING_VERBS = {"said", "says", "told", "tells", "added", "adds", "stated", "confirmed",
        "reported", "wrote", "tweeted", "noted", "explained", "stating", "saying", "referenced", "quoted", "was quoted"};
    /** The adverbs {@link #QUOTED_AFTER} lets stand before the verb. */
    private static final String[] REPORTING_ADVERBS = {"also", "later", "earlier", "then", "previously"};
    private static final long VERB_FIRST = firstChars(REPORTING_VERBS);
    private static final long ADVERB_FIRST = firstChars(REPORTING_ADVERBS);

    /**
     * The first chars of {@code words}, a bit each in one long (bit {@code c - 64}): every word must open with a char
     * from 64 to 127 (the capitals and small letters), which {@link #mayStartWith} then tests in a shift.
     */
    static long firstChars(String... words) {
        long bits = 0;
        for (String w : words) {
            char c = w.charAt(0);
            if (c < 64 || c >= 128) {
                throw new IllegalArgumentException("a word opening outside the chars 64 to 127: " + w);
            }
            bits |= 1L << (c - 64);
        }
        return bits;
    }

    /** Whether {@code c} is one of the chars of {@code bits} ({@link #firstChars}). */
    static boolean mayStartWith(long bits, char c) {
        return c >= 64 && c < 128 && (bits >>> (c - 64) & 1) != 0;
    }

    /** How many chars of {@code [^.;“”"]} the apposition after a comma holds at most in {@link #QUOTED_AFTER}. */
    private static final int APPOSITION_CHARS = 110;
    /**
     * After the name (and its apposition) a reporting verb. {@link #quotedAfter} reads it without the regex engine; the
     * pattern stays as its specification (the test compares the two).
     */
    static final Pattern QUOTED_AFTER = Pattern.compile("^(?:['’]s?)?(?:\\s*,[^.;“”\"]{0," + APPOSITION_CHARS + "}?)?[\\s,]+(?:(?:"
            + String.join("|", REPORTING_ADVERBS) + ")\\s+)?(?:" + String.join("|", REPORTING_VERBS) + ")\\b");

    /**
     * Whether {@link #QUOTED_AFTER} matches at {@code from} over {@code text[from, to)} ({@code lookingAt}, opaque
     * bounds): whether some way through its optional parts reaches a verb. After an optional {@code 's}, either the
     * verb's run of {@code [\s,]} starts right there, or after white space, a comma and up to
     * {@value #APPOSITION_CHARS} code points none of {@code .;“”"}; the run is taken whole (a word follows it).
     */
    static boolean quotedAfter(String text, int from, int to) {
        int a = from;
        for (int opt = 0; opt < 3; opt++) {
            // opt 0: no apostrophe; 1: an apostrophe; 2: an apostrophe and an s.
            if (opt == 1) {
                if (from >= to || text.charAt(from) != '\'' && text.charAt(from) != '’') {
                    break;
                }
                a = from + 1;
            } else if (opt == 2) {
                if (a >= to || text.charAt(a) != 's') {
                    break;
                }
                a++;
            }
            if (verbRunAt(text, a, to)) {
                return true;
            }
            int c = a;
            while (c < to && RegexSpace.is(text.charAt(c))) {
                c++;
            }
            if (c >= to || text.charAt(c) != ',') {
                continue;
            }
            // The apposition: each code point before the verb's run is none of .;“”"
            int b = c + 1;
            for (int k = 0; ; k++) {
                if (verbRunAt(text, b, to)) {
                    return true;
                }
                if (k == APPOSITION_CHARS || b >= to) {
                    break;
                }
                int cp = text.codePointAt(b);
                int next = b + Character.charCount(cp);
                if (next > to || cp == '.' || cp == ';' || cp == '“' || cp == '”' || cp == '"') {
                    break;
                }
                b = next;
            }
        }
        return false;
    }

    /** {@code [\s,]+(?:(?:adverb)\s+)?(?:verb)\b} at {@code at}, not past {@code to} (opaque bounds). */
    private static boolean verbRunAt(String text, int at, int to) {
        int r = at;
        while (r < to && (text.charAt(r) == ',' || RegexSpace.is(text.charAt(r)))) {
            r++;
        }
        if (r == at) {
            return false;
        }
        if (wordAt(text, r, to, REPORTING_VERBS, VERB_FIRST) >= 0) {
            return true;
        }
        int e = wordAt(text, r, to, REPORTING_ADVERBS, ADVERB_FIRST);
        if (e < 0) {
            return false;
        }
        int v = e;
        while (v < to && RegexSpace.is(text.charAt(v))) {
            v++;
        }
        return v > e && wordAt(text, v, to, REPORTING_VERBS, VERB_FIRST) >= 0;
    }

    /**
     * Where one of {@code words} at {@code at} ends when it ends there as a word ({@code \b}: no letter, digit, '_' or
     * non-spacing mark after it before {@code to}), or -1. A match of the regex may take any of them: the longest is
     * not needed, only whether one fits.
     */
    private static int wordAt(String text, int at, int to, String[] words, long firstChars) {
        if (at >= to || !mayStartWith(firstChars, text.charAt(at))) {
            return -1;
        }
        for (String w : words) {
            int e = at + w.length();
            if (e <= to && text.startsWith(w, at)) {
                if (e == to) {
                    return e;
                }
                int c = text.codePointAt(e);
                if (!(c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK)) {
                    return e;
                }
            }
        }
        return -1;
    }

    /** The words {@link #QUOTED_BEFORE} opens with (any case). */
    private static final String[] QUOTING_WORDS = {"said", "says", "told", "according to", "quoting", "quoted"};
    private static final long QUOTING_FIRST = firstChars(QUOTING_WORDS);
    /** Before the name "said", "told", "according to" and at most four words. */
    static final Pattern QUOTED_BEFORE = Pattern.compile("\\b(?:" + String.join("|", QUOTING_WORDS) + ")\\s+(?:[\\p{L}.'’-]+\\s+){0,4}$",
            Pattern.CASE_INSENSITIVE);

    /** How many white-space separated chunks a match of {@link #QUOTED_BEFORE} spans at most ("according to" and four words). */
    static final int QUOTED_BEFORE_CHUNKS = 6;

    /** A person quoted ("X said", "X, the group's spokesman, told", "according to X"): the source of a report, no party to it. */
    static boolean quoted(String text, TextSpan name) {
        if (quotedAfter(text, name.end(), Math.min(text.length(), name.end() + 140))) {
            return true;
        }
        int lo = Math.max(0, name.start() - 60);
        if (!PatternGate.endsInSpace(text, lo, name.start()) || !quotingWordIn(text, lo, name.start())) {
            // QUOTED_BEFORE ends in white space right before the name, and opens with a quoting word.
            return false;
        }
        String before = text.substring(lo, name.start());
        // Letters, '.', apostrophes, hyphens and white space: a match starts in the tail PatternGate.wordTail finds.
        return QUOTED_BEFORE.matcher(before).useTransparentBounds(true).region(PatternGate.wordTail(before, QUOTED_BEFORE_CHUNKS),
                before.length()).find();
    }

    /**
     * Whether the first three letters of one of the {@link #QUOTING_WORDS} stand in {@code text[from, to)} in any case
     * (as {@code CASE_INSENSITIVE} compares: ASCII letters only), not right after an ASCII word char: a match of
     * {@link #QUOTED_BEFORE} over that text alone holds one after its {@code \b} (a word char before the letter, as in
     * "resaid", is no boundary).
     */
    static boolean quotingWordIn(String text, int from, int to) {
        for (int i = from; i + 3 <= to; i++) {
            char c = asciiLower(text.charAt(i));
            if (!mayStartWith(QUOTING_FIRST, c) || i > from && PlainRow.isWordAscii(text.charAt(i - 1))) {
                continue;
            }
            for (String w : QUOTING_WORDS) {
                if (w.charAt(0) == c && w.charAt(1) == asciiLower(text.charAt(i + 1)) && w.charAt(2) == asciiLower(text.charAt(i + 2))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static void add(String text, List<ActorLexicon.Mention> known, String role, int s, int e, int groupFrom, int groupTo,
            Map<String, ActorLexicon.Entry> byName, Map<String, Integer> firstAt, List<ActorLexicon.Mention> out) {
        Kind kind = kindOf(role);
        if (kind == null) {
            return;
        }
        // Trim words that start or end no name: "Minister X On Monday" keeps "X".
        boolean single = singleSpaced(text, s, e);
        String[] words = single ? text.substring(s, e).split(" ") : SPACES.split(text.substring(s, e));
        int first = 0;
        int last = words.length - 1;
        while (first <= last && NOT_NAME.contains(words[first])) {
            s += words[first].length();
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            first++;
        }
        while (last >= first && NOT_NAME.contains(words[last])) {
            e -= words[last].length();
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            last--;
        }
        if (last - first < 1) {
            // A single word is too weak a name ("commander Sunday").
            return;
        }
        TextSpan span = new TextSpan(s, e);
        if (overlaps(span, known) || overlaps(span, out)) {
            return;
        }
        // [s, e) lies inside the span split above: single spaced if that was.
        String name = single ? text.substring(s, e) : SPACES.matcher(text.substring(s, e)).replaceAll(" ");
        ActorLexicon.Entry entry = byName.get(name);
        if (entry == null) {
            String group = kind == Kind.MEMBER ? groupOf(text, known, groupFrom, groupTo, s) : null;
            ActorType type = kind == Kind.SPEAKER ? ActorType.OTHER : ActorType.PERSON;
            entry = new ActorLexicon.Entry(PERSON_ID + slug(name), type, name, aliases(name), group);
            byName.put(name, entry);
            firstAt.put(entry.id(), e);
        }
        out.add(new ActorLexicon.Mention(entry, text.substring(s, e), span));
    }

    /**
     * The group a member's role names: a known group or state force in the role's words ("Harakat al-Nujaba leader",
     * "commander of Boko Haram"), else, for "the militia" or "the group", the last one named before the person.
     */
    private static String groupOf(String text, List<ActorLexicon.Mention> known, int from, int to, int nameStart) {
        for (ActorLexicon.Mention k : known) {
            if (k.entry() != null && armed(k.entry()) && k.span().start() >= from && k.span().end() <= to) {
                return k.entry().id();
            }
        }
        if (GROUP_NOUN.matcher(text.substring(from, to)).find()) {
            String last = null;
            for (ActorLexicon.Mention k : known) {
                if (k.span().end() <= nameStart && k.entry() != null && armed(k.entry())) {
                    last = k.entry().id();
                }
            }
            return last;
        }
        return null;
    }

    private static boolean armed(ActorLexicon.Entry e) {
        return e.type() == ActorType.ARMED_GROUP || e.type() == ActorType.STATE_FORCES;
    }

    /** The full name and its surname ("Nasr al-Shamri": "al-Shamri", "Shamri"), if the surname is long enough to be one. */
    private static List<String> aliases(String name) {
        List<String> out = new ArrayList<>();
        out.add(name);
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        String bare = withoutArticle(surname);
        if (bare.length() >= 4 && Character.isUpperCase(bare.charAt(0))) {
            out.add(surname);
            if (!bare.equals(surname)) {
                out.add(bare);
            }
        }
        return out;
    }

    /** {@code name} without a leading "al-", "Al-", "el-" or "El-" (what {@code ^(?:al|Al|el|El)-} matches). */
    static String withoutArticle(String name) {
        if (name.length() >= 3 && name.charAt(2) == '-' && (name.charAt(0) == 'a' || name.charAt(0) == 'A' || name.charAt(0) == 'e'
                || name.charAt(0) == 'E') && name.charAt(1) == 'l') {
            return name.substring(3);
        }
        return name;
    }

    /**
     * The name in small ASCII letters and digits, other runs as one hyphen, none at either end ("Nasr al-Shamri":
     * "nasr-al-shamri"), marks dropped from decomposed letters. An ASCII name is read char by char; another goes the
     * way of {@link #slugOfAny} (Unicode decomposition), which the test holds the fast path to.
     */
    static String slug(String name) {
        StringBuilder b = new StringBuilder(name.length());
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return slugOfAny(name);
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && b.length() > 0) {
                    b.append('-');
                }
                gap = false;
                b.append(c);
            } else {
                gap = true;
            }
        }
        return b.toString();
    }

    static String slugOfAny(String name) {
        return EDGE_DASH.matcher(NOT_SLUG.matcher(MARKS.matcher(java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    private static boolean overlaps(TextSpan span, List<ActorLexicon.Mention> ms) {
        for (ActorLexicon.Mention k : ms) {
            if (k.span().overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
