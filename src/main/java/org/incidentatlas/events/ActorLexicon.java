package org.incidentatlas.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.TextSpan;
import org.incidentatlas.text.DataLines;
import org.incidentatlas.text.PhraseMatcher;
import org.incidentatlas.text.RegexSpace;
import org.incidentatlas.text.TokenArray;

/**
 * Groups and persons with their aliases and actor types, read from {@code actors.tsv}. Finds actor mentions
 * in text, longest alias first, so "Harakat Hezbollah al-Nujaba" is one group, not Hezbollah. Immutable.
 */
public final class ActorLexicon {

    /** One lexicon entry. {@code group} is the id of a person's group, or null. */
    public record Entry(String id, ActorType type, String name, List<String> aliases, String group) {
        public Entry {
            aliases = List.copyOf(aliases);
        }
    }

    /** An actor named in text: the entry (null for an unknown capitalised name) and where. */
    public record Mention(Entry entry, String surface, TextSpan span) {
        public Actor toActor(String articleId, int sentence) {
            Evidence ev = new Evidence(articleId, sentence, span);
            return entry == null ? new Actor(null, surface, ActorType.UNKNOWN, ev) : new Actor(entry.id(), entry.name(), entry.type(), ev);
        }
    }

    /**
     * One alias: its pattern (what {@link #lookup} matches whole) and the same match read without a regex engine by
     * {@link #endAt}.
     */
    private record Alias(Entry entry, String text, Pattern pattern, int length, Literal literal) {
        Alias(Entry entry, String text) {
            this(entry, text, compile(text), text.length(), Literal.of(text));
        }

        /** Where a match of {@link #pattern} opening at {@code p} ends (not past {@code to}), or -1. */
        int endAt(String t, int p, int to) {
            if (literal == null) {
                Matcher m = pattern.matcher(t).useTransparentBounds(true);
                m.region(p, to);
                return m.lookingAt() ? m.end() : -1;
            }
            return literal.endAt(t, p, to);
        }
    }

    /**
     * An alias pattern of {@link #compile} as code: the look-behind, the normalised alias's words (each space one or
     * more of {@code [ \t\n\x0B\f\r]}, as {@code \s+}; case-blind as {@code CASE_INSENSITIVE | UNICODE_CASE} compares, for
     * phrases in mixed case), and the look-ahead, all as the regex engine reads them over a region with transparent
     * bounds. {@code chars} holds the words without their spaces; {@code gaps[i]}, how many spaces stand before
     * {@code chars[i]} in the alias (0 inside a word).
     */
    private record Literal(char[] chars, int[] gaps, boolean ignoreCase) {
        /** Null for an alias whose pattern this does not mirror (a backslash, which the quoting treats apart). */
        static Literal of(String alias) {
            String n = normalise(alias);
            if (n.indexOf('\\') >= 0 || n.isEmpty() || n.charAt(0) == ' ' || n.charAt(n.length() - 1) == ' ') {
                return null;
            }
            boolean ignoreCase = !(!alias.contains(" ") || alias.equals(alias.toUpperCase(java.util.Locale.ROOT)));
            StringBuilder chars = new StringBuilder();
            List<Integer> gaps = new ArrayList<>();
            int spaces = 0;
            for (int i = 0; i < n.length(); i++) {
                char c = n.charAt(i);
                if (c == ' ') {
                    spaces++;
                    continue;
                }
                if (Character.isSurrogate(c)) {
                    return null;
                }
                chars.append(ignoreCase ? fold(c) : c);
                gaps.add(spaces);
                spaces = 0;
            }
            return new Literal(chars.toString().toCharArray(), gaps.stream().mapToInt(Integer::intValue).toArray(), ignoreCase);
        }

        private static char fold(char c) {
            if (c < 128) {
                // What the line below gives an ASCII char, without its two table look-ups.
                return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            return Character.toLowerCase(Character.toUpperCase(c));
        }

        int endAt(String t, int p, int to) {
            // (?<![\p{L}\p{N}'-])
            if (p > 0) {
                char b = t.charAt(p - 1);
                if (Character.isLetter(b) || isNumber(b) || b == '\'' || b == '-') {
                    return -1;
                }
            }
            int i = p;
            for (int k = 0; k < chars.length; k++) {
                int g = gaps[k];
                if (g > 0) {
                    // \s+ once per space, greedy: the run must be at least that long and is taken whole (the next
                    // char of the alias is no white space).
                    int run = 0;
                    while (i < to && RegexSpace.is(t.charAt(i))) {
                        i++;
                        run++;
                    }
                    if (run < g) {
                        return -1;
                    }
                }
                if (i >= to) {
                    return -1;
                }
                char c = t.charAt(i);
                if (c != chars[k] && !(ignoreCase && fold(c) == chars[k])) {
                    return -1;
                }
                i++;
            }
            // (?![\p{L}\p{N}]|-[\p{L}]), looking past the region's end
            if (i < t.length()) {
                int c = t.codePointAt(i);
                if (Character.isLetter(c) || isNumber(c)) {
                    return -1;
                }
                if (c == '-' && i + 1 < t.length() && Character.isLetter(t.codePointAt(i + 1))) {
                    return -1;
                }
            }
            return i;
        }

        /** What {@code \p{N}} matches. */
        private static boolean isNumber(int c) {
            int type = Character.getType(c);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
        }
    }

    /**
     * The aliases' first tokens, folded, as one {@link PhraseMatcher}: {@link #find} looks each token of the text up
     * once, and only where an alias's first token stands does that alias's own pattern run, anchored there, so what
     * matches is exactly what a scan with the pattern finds (every match starts at a token). {@code byFirst[p]} lists
     * the aliases (indexes into {@code aliases}) whose first token is phrase {@code p}.
     */
    private final PhraseMatcher firstTokens;
    private final int[][] byFirst;

    private static final String RESOURCE = "actors.tsv";
    private static volatile ActorLexicon standard;

    private final Map<String, Entry> byId;
    private final List<Alias> aliases;

    public ActorLexicon(List<Entry> entries) {
        Map<String, Entry> m = new LinkedHashMap<>();
        List<Alias> as = new ArrayList<>();
        for (Entry e : entries) {
            m.put(e.id(), e);
            for (String a : e.aliases()) {
                as.add(new Alias(e, a));
            }
        }
        as.sort(Comparator.comparingInt((Alias a) -> -a.length));
        this.byId = Map.copyOf(m);
        this.aliases = List.copyOf(as);
        Map<String, List<Integer>> firsts = new LinkedHashMap<>();
        for (int i = 0; i < aliases.size(); i++) {
            TokenArray t = TokenArray.of(normalise(aliases.get(i).text));
            if (t.size() > 0) {
                firsts.computeIfAbsent(t.folded(0), k -> new ArrayList<>()).add(i);
            }
        }
        // The role words of TitledPersons ride along as the last phrases: findInArticle's one scan finds both.
        List<String> phrases = new ArrayList<>(firsts.keySet());
        phrases.addAll(TitledPersons.roleWords());
        this.firstTokens = PhraseMatcher.of(phrases);
        this.byFirst = firsts.values().stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }

    /**
     * System property naming an analyst's own actor file (same TSV format), read after the shipped one: its rows add
     * actors and aliases and replace shipped rows of the same id.
     */
    public static final String USER_LEXICON_PROPERTY = "incidentatlas.actors";
    /**
     * System property naming the user's settings folder, the same one {@code ui.SettingsFolder} uses: this property,
     * else the environment variable {@value #SETTINGS_DIR_ENVIRONMENT}, else {@code ~/.incident-atlas}. An
     * {@value #USER_FILE_NAME} there is read as a user lexicon.
     */
    public static final String SETTINGS_DIR_PROPERTY = DataLines.SETTINGS_DIR_PROPERTY;
    public static final String SETTINGS_DIR_ENVIRONMENT = DataLines.SETTINGS_DIR_ENVIRONMENT;
    public static final String USER_FILE_NAME = "actors.tsv";

    /** The entries, in file order. */
    public List<Entry> entries() {
        return List.copyOf(byId.values());
    }

    /** This lexicon with {@code user}'s rows added; a user row replaces a row of the same id. */
    public ActorLexicon plus(ActorLexicon user) {
        Map<String, Entry> all = new LinkedHashMap<>(byId);
        for (Entry e : user.byId.values()) {
            all.put(e.id(), e);
        }
        return new ActorLexicon(new ArrayList<>(all.values()));
    }

    /**
     * The shipped lexicon plus the user lexicons that exist: the settings folder's {@value #USER_FILE_NAME}, then the
     * file named by {@value #USER_LEXICON_PROPERTY} (for example one beside the investigation). A file that cannot be
     * read is reported in {@code problems} with its name and line and left out; the rest still loads.
     */
    public static ActorLexicon configured(List<String> problems) {
        ActorLexicon lex = standard();
        for (Path f : userFiles()) {
            if (!Files.isRegularFile(f)) {
                continue;
            }
            try (InputStream in = Files.newInputStream(f)) {
                lex = lex.plus(read(in, f.toString()));
            } catch (IOException e) {
                problems.add(e.getMessage() != null && e.getMessage().startsWith(f.toString()) ? e.getMessage()
                        : f + ": " + e.getMessage());
            }
        }
        return lex;
    }

    /** The user lexicon files to look for, in the order they are read (they need not exist). */
    static List<Path> userFiles() {
        return DataLines.userFiles(USER_FILE_NAME, USER_LEXICON_PROPERTY);
    }

    /** What the user files looked like when {@link #current} last read them: path, size and modification time. */
    private static volatile String currentStamp;
    private static volatile ActorLexicon currentLexicon;

    /**
     * {@link #configured} as the user files are now: read again only when one of them appeared, changed or went
     * away, so an analyst's edit applies on the next run without a restart. Problems of a re-read are printed once.
     */
    public static ActorLexicon current() {
        String stamp = DataLines.stamp(userFiles());
        ActorLexicon lex = currentLexicon;
        if (lex != null && stamp.equals(currentStamp)) {
            return lex;
        }
        synchronized (ActorLexicon.class) {
            if (currentLexicon == null || !stamp.equals(currentStamp)) {
                List<String> problems = new ArrayList<>();
                currentLexicon = configured(problems);
                currentStamp = stamp;
                // A bad user lexicon is named, and the shipped one still works.
                problems.forEach(p -> System.err.println("warning: user actor lexicon not used: " + p));
            }
            return currentLexicon;
        }
    }

    /** The shipped lexicon. */
    public static ActorLexicon standard() {
        ActorLexicon s = standard;
        if (s == null) {
            try (InputStream in = ActorLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                s = read(in, RESOURCE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = s;
        }
        return s;
    }

    /** Reads the TSV format described at the top of {@code actors.tsv}; a bad line names the file and line. */
    public static ActorLexicon read(InputStream in, String name) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IOException(name + ":" + n + ": expected id, type, name, aliases");
            }
            ActorType type;
            try {
                type = ActorType.valueOf(f[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IOException(name + ":" + n + ": unknown actor type " + f[1]);
            }
            List<String> al = new ArrayList<>();
            for (String a : f[3].split("\\|")) {
                if (!a.isBlank()) {
                    al.add(a.trim());
                }
            }
            String group = f.length > 4 && !f[4].isBlank() ? f[4].trim() : null;
            entries.add(new Entry(f[0].trim(), type, f[2].trim(), al, group));
        }
        return new ActorLexicon(entries);
    }

    public Optional<Entry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entry an alias names exactly ("PMU" → Popular Mobilization Forces), if any. */
    public Optional<Entry> lookup(String alias) {
        String t = normalise(alias);
        for (Alias a : aliases) {
            Matcher m = a.pattern.matcher(t);
            if (m.matches()) {
                return Optional.of(a.entry);
            }
        }
        return Optional.empty();
    }

    /** Every actor mention in {@code text[from, to)}, in text order, longest alias first where they overlap. */
    public List<Mention> find(String text, int from, int to) {
        return find(TokenArray.of(normalise(text), from, to), text, from, to, null);
    }

    /** Every actor mention among the tokens (over {@link #normalise normalised} text), as {@link #find(String, int, int)}. */
    public List<Mention> find(TokenArray tokens) {
        return find(tokens, tokens.text(), 0, tokens.text().length(), null);
    }

    /**
     * The mentions in {@code text[from, to)}; with {@code roles} not null, every match of {@link TitledPersons#roleWords}
     * in the tokens is added to it (phrase indexes into that list), found by the same scan.
     */
    private List<Mention> find(TokenArray tokens, String text, int from, int to, List<PhraseMatcher.Match> roles) {
        String t = tokens.text();
        // Where each alias's first token starts, in text order; only the aliases seen ("touched") are gone through
        // after the scan, not all of the lexicon's.
        int[][] starts = new int[aliases.size()][];
        int[] counts = new int[aliases.size()];
        int[][] touched = {new int[16]};
        int[] nTouched = new int[1];
        int roleBase = byFirst.length;
        firstTokens.scan(tokens, (phrase, first, end) -> {
            if (phrase >= roleBase) {
                if (roles != null) {
                    roles.add(new PhraseMatcher.Match(phrase - roleBase, first, end));
                }
                return;
            }
            int p = tokens.start(first);
            if (p < from || p >= to || p > 0 && boundaryBlocked(t.charAt(p - 1))) {
                return;
            }
            for (int a : byFirst[phrase]) {
                int[] xs = starts[a];
                if (xs == null) {
                    xs = starts[a] = new int[4];
                    if (nTouched[0] == touched[0].length) {
                        touched[0] = java.util.Arrays.copyOf(touched[0], 2 * nTouched[0]);
                    }
                    touched[0][nTouched[0]++] = a;
                } else if (counts[a] == xs.length) {
                    xs = starts[a] = java.util.Arrays.copyOf(xs, xs.length * 2);
                }
                xs[counts[a]++] = p;
            }
        });
        List<Mention> out = new ArrayList<>();
        if (nTouched[0] == 0) {
            return out;
        }
        // In the aliases' order (longest first), as a walk over all of them takes those with starts.
        int[] seen = touched[0];
        java.util.Arrays.sort(seen, 0, nTouched[0]);
        // The chars of [from, to) already in a mention, a bit each.
        long[] taken = new long[((to - from) >>> 6) + 1];
        for (int k = 0; k < nTouched[0]; k++) {
            int ai = seen[k];
            int[] xs = starts[ai];
            Alias a = aliases.get(ai);
            int resume = from;
            for (int c = 0; c < counts[ai]; c++) {
                int p = xs[c];
                // As Matcher.find does, the next match starts where the last one ended, taken or not.
                if (p < resume) {
                    continue;
                }
                int end = a.endAt(t, p, to);
                if (end < 0) {
                    continue;
                }
                resume = end;
                if (anySet(taken, p - from, end - from)) {
                    continue;
                }
                setAll(taken, p - from, end - from);
                out.add(new Mention(a.entry, text.substring(p, end), new TextSpan(p, end)));
            }
        }
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        return out;
    }

    /**
     * The actors of one article: the lexicon's mentions plus the persons the article introduces by a role ("militia
     * leader X", "Deputy Foreign Minister X", see {@link TitledPersons}), in text order.
     */
    public List<Mention> findInArticle(String text) {
        return findInArticle(TokenArray.of(normalise(text)));
    }

    /** As {@link #findInArticle(String)}, over the article's tokens of its {@link #normalise normalised} text. */
    public List<Mention> findInArticle(TokenArray tokens) {
        List<PhraseMatcher.Match> roles = new ArrayList<>();
        List<Mention> known = find(tokens, tokens.text(), 0, tokens.text().length(), roles);
        List<Mention> titled = TitledPersons.find(tokens, known, roles);
        if (titled.isEmpty()) {
            return known;
        }
        List<Mention> out = new ArrayList<>(known);
        out.addAll(titled);
        out.sort(Comparator.comparingInt(x -> x.span().start()));
        return out;
    }

    /** Whether a bit of {@code bits} in {@code [from, to)} is set. */
    static boolean anySet(long[] bits, int from, int to) {
        for (int i = from; i < to; i++) {
            if ((bits[i >>> 6] & (1L << i)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Sets the bits of {@code bits} in {@code [from, to)}. */
    static void setAll(long[] bits, int from, int to) {
        for (int i = from; i < to; i++) {
            bits[i >>> 6] |= 1L << i;
        }
    }

    /** Mirrors the alias patterns' look-behind: no alias starts right after a letter, digit, apostrophe or hyphen. */
    private static boolean boundaryBlocked(char c) {
        return Character.isLetter(c) || Character.isDigit(c) || c == '\'' || c == '-';
    }

    /** Curly apostrophes and dashes as plain ones, keeping offsets (one char for one char): {@link TokenArray#straighten}. */
    static String normalise(String s) {
        return TokenArray.straighten(s);
    }

    private static Pattern compile(String alias) {
        String q = Pattern.quote(normalise(alias)).replace(" ", "\\E\\s+\\Q");
        // Acronyms and single names are case-sensitive ("US" is not "us"); phrases are not ("American troops").
        boolean caseSensitive = !alias.contains(" ") || alias.equals(alias.toUpperCase(java.util.Locale.ROOT));
        String re = "(?<![\\p{L}\\p{N}'-])" + q + "(?![\\p{L}\\p{N}]|-[\\p{L}])";
        return caseSensitive ? Pattern.compile(re) : Pattern.compile(re, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
