package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A trigger row that is only a choice of fixed word sequences ("killed|shot dead|fatally (?:shot|stabbed)",
 * "grenades?"), matched without the regex engine. Its pattern {@code \b(?:ROW)\b} (case-insensitive, ASCII only) is
 * expanded into its literal strings in the order the engine tries them (alternatives left to right, an optional part
 * first with it), so the first literal found at a start followed by a word boundary is the engine's match. A row
 * with anything else (look-arounds, classes, {@code \s}, repeats) is no plain row ({@link #of} gives null) and keeps
 * its regex. Pure and thread-safe.
 */
final class PlainRow {
    /** {@link #end}'s answer when a non-ASCII char next to the match leaves the word boundary to the regex engine. */
    static final int UNDECIDED = -2;
    /** More literals than this and the row keeps its regex. */
    private static final int MAX_LITERALS = 256;

    /** The literals, lower case, in the engine's order; each opens with an ASCII letter or digit. */
    private final char[][] literals;

    private PlainRow(List<String> literals) {
        this.literals = literals.stream().map(String::toCharArray).toArray(char[][]::new);
    }

    /**
     * The plain form of a row's pattern, or null when it is not one: the pattern must be {@code \b(?:ROW)\b},
     * case-insensitive, with only ASCII letters, digits, spaces, hyphens and apostrophes, non-capturing groups,
     * {@code |} and {@code ?} after a char or a group.
     */
    static PlainRow of(Pattern pattern) {
        String p = pattern.pattern();
        if ((pattern.flags() & ~Pattern.CASE_INSENSITIVE) != 0 || (pattern.flags() & Pattern.CASE_INSENSITIVE) == 0
                || !p.startsWith("\\b(?:") || !p.endsWith(")\\b")) {
            return null;
        }
        Parser parser = new Parser(p.substring(5, p.length() - 3));
        List<String> out = parser.alternatives();
        if (out == null || parser.at != parser.s.length() || out.isEmpty() || out.size() > MAX_LITERALS) {
            return null;
        }
        for (String l : out) {
            if (l.isEmpty() || !isWordAscii(l.charAt(0))) {
                return null;
            }
        }
        return new PlainRow(out);
    }

    /**
     * Where the row's match starting at {@code at} in {@code s} ends, as {@code pattern.matcher(s).region(at,
     * s.length()).useTransparentBounds(true).lookingAt()} finds it, or -1 for none, or {@link #UNDECIDED} when a
     * non-ASCII char before {@code at} or after a literal leaves the boundary to the regex engine.
     */
    int end(String s, int at) {
        int n = s.length();
        int before = wordStartAt(s, at); // every literal opens with a word char: it needs a boundary before it
        if (before != 0) {
            return before;
        }
        for (char[] lit : literals) {
            int e = at + lit.length;
            if (e > n || !sameAt(s, at, lit)) {
                continue;
            }
            boolean left = isWordAscii(lit[lit.length - 1]);
            boolean right;
            if (e == n) {
                right = false;
            } else {
                char c = s.charAt(e);
                if (c >= 128) {
                    return UNDECIDED;
                }
                right = isWordAscii(c);
            }
            if (left != right) {
                return e;
            }
        }
        return -1;
    }

    /**
     * The longest run of plain chars (ASCII letters, digits, spaces, hyphens, apostrophes) that every match of a row's
     * pattern {@code \b(?:ROW)\b} contains, in lower case, or null when there is none of at least {@value #MIN_REQUIRED}
     * chars: read off the row's top level, which must have no {@code |}; a char with {@code ?}, {@code *} or a repeat
     * after it, a group, a class, an escape or a look-around ends a run (a group or class is skipped whole). A sentence
     * without it ({@link #containedIn}) holds no match, so the row's regex need not run there. The run is looked for
     * in either case, a superset of what a case-sensitive part would match.
     */
    static char[] requiredLiteral(Pattern pattern) {
        String p = pattern.pattern();
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL)) != 0 || p.contains("\\Q")
                || !p.startsWith("\\b(?:") || !p.endsWith(")\\b")) {
            return null;
        }
        String body = p.substring(5, p.length() - 3);
        String best = "";
        StringBuilder run = new StringBuilder();
        int i = 0;
        int n = body.length();
        while (i < n) {
            char c = body.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ' ' || c == '-' || c == '\'';
            if (plain) {
                i++;
                char q = i < n ? body.charAt(i) : 0;
                if (q == '?' || q == '*' || q == '{') {
                    // Optional or repeated from zero: the run ends before it.
                    best = longer(best, run);
                    run.setLength(0);
                    continue;
                }
                run.append(Character.toLowerCase(c));
                if (q == '+') {
                    best = longer(best, run);
                    run.setLength(0);
                }
                continue;
            }
            best = longer(best, run);
            run.setLength(0);
            if (c == '|') {
                // An alternative at the top level: no text every match holds is read off here.
                return null;
            } else if (c == '\\') {
                char e = i + 1 < n ? body.charAt(i + 1) : 0;
                if (Character.isLetterOrDigit(e) && "sSwWdDbBhHvVRXtnrfaepP".indexOf(e) < 0) {
                    // A hex, octal or Unicode escape, a named or numbered back reference: not a form read here.
                    return null;
                }
                i += 2;
                if ((e == 'p' || e == 'P') && i < n && body.charAt(i) == '{') {
                    i = body.indexOf('}', i) + 1;
                    if (i == 0) {
                        return null;
                    }
                }
            } else if (c == '{') {
                // A repeat's bounds: its item never joined a run.
                i = body.indexOf('}', i) + 1;
                if (i == 0) {
                    return null;
                }
            } else if (c == '[') {
                i = classEnd(body, i);
            } else if (c == '(') {
                i = groupEnd(body, i);
            } else {
                // ".", "^", "$", a quantifier after a group, class or escape (its item never joined a run).
                i++;
            }
            if (i < 0) {
                return null;
            }
        }
        best = longer(best, run);
        return best.length() >= MIN_REQUIRED ? best.toCharArray() : null;
    }

    /** A required literal shorter than this is no gate worth its scan. */
    static final int MIN_REQUIRED = 3;

    private static String longer(String best, CharSequence run) {
        return run.length() > best.length() ? run.toString() : best;
    }

    /** The index after the class opening at {@code i} ({@code [...]}, nested classes and escapes skipped), or -1. */
    private static int classEnd(String s, int i) {
        int depth = 0;
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                depth++;
                if (j + 1 < s.length() && s.charAt(j + 1) == ']') {
                    // "[]...]": a leading "]" is a member.
                    j++;
                }
            } else if (c == ']' && --depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    /** The index after the group opening at {@code i} (classes and escapes inside skipped), or -1. */
    private static int groupEnd(String s, int i) {
        int depth = 0;
        for (int j = i; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                j = classEnd(s, j);
                if (j < 0) {
                    return -1;
                }
                j--;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    /**
     * Whether {@code s[from, to)} contains {@code lit} (lower case) with ASCII letters in either case, as the engine's
     * case-insensitive match without Unicode case compares them (so it also finds a case-sensitive part's match).
     */
    static boolean containedIn(String s, int from, int to, char[] lit) {
        char first = lit[0];
        char firstUpper = first >= 'a' && first <= 'z' ? (char) (first - 32) : first;
        for (int i = from, last = to - lit.length; i <= last; i++) {
            char c = s.charAt(i);
            if ((c == first || c == firstUpper) && sameAt(s, i, lit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A required literal ({@link #requiredLiteral}) with its skip table, for the sentence-wide look of
     * {@link #containedIn}: the same answer from a Horspool search over the ASCII-folded text, which reads about one
     * char in the literal's length where {@link #containedIn} reads every char (the nationality row's "strike" is
     * looked for in nearly every sentence).
     */
    static final class Literal {
        private final char[] chars;
        /** Per folded ASCII char, how far the literal's end may move when the text's char under it is that one. */
        private final byte[] shift = new byte[128];

        Literal(char[] chars) {
            if (chars.length == 0 || chars.length > Byte.MAX_VALUE) {
                throw new IllegalArgumentException("literal of " + chars.length + " chars");
            }
            this.chars = chars.clone();
            java.util.Arrays.fill(shift, (byte) chars.length);
            for (int j = 0; j < chars.length - 1; j++) {
                if (chars[j] >= 128) {
                    throw new IllegalArgumentException("non-ASCII literal");
                }
                shift[chars[j]] = (byte) (chars.length - 1 - j);
            }
        }

        /** {@link #containedIn}{@code (s, from, to, chars)}. */
        boolean in(String s, int from, int to) {
            char[] lit = chars;
            int last = lit.length - 1;
            char end = lit[last];
            for (int i = from + last; i < to; ) {
                char c = s.charAt(i);
                if (c >= 128) {
                    // No literal char is this one: the literal cannot overlap it.
                    i += lit.length;
                    continue;
                }
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c + 32);
                }
                if (c == end && sameAt(s, i - last, lit)) {
                    return true;
                }
                i += shift[c];
            }
            return false;
        }
    }

    /** The literal at {@code at}, ASCII letters in either case (as the engine's case-insensitive match without Unicode case). */
    static boolean sameAt(String s, int at, char[] lit) {
        for (int i = 0; i < lit.length; i++) {
            char c = s.charAt(at + i);
            char l = lit[i];
            if (c != l && !(l >= 'a' && l <= 'z' && c == l - 32)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a regex {@code \b} stands before {@code at} for a match that opens with a word char: 0 when it does (the
     * text's start or an ASCII non-word char before), -1 when it does not (an ASCII word char), {@link #UNDECIDED}
     * when the char before is past ASCII (the regex engine's own rule decides).
     */
    static int wordStartAt(String s, int at) {
        if (at == 0) {
            return 0;
        }
        char before = s.charAt(at - 1);
        return before >= 128 ? UNDECIDED : isWordAscii(before) ? -1 : 0;
    }

    /** A word char of the engine's {@code \b} among ASCII chars: a letter, a digit or an underscore. */
    static boolean isWordAscii(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** A recursive-descent reader of the plain subset, expanding as it reads; null when the text leaves it. */
    private static final class Parser {
        final String s;
        int at;

        Parser(String s) {
            this.s = s;
        }

        /** {@code seq ('|' seq)*}: the alternatives' literals one after another. */
        List<String> alternatives() {
            List<String> out = new ArrayList<>();
            while (true) {
                List<String> seq = sequence();
                if (seq == null) {
                    return null;
                }
                out.addAll(seq);
                if (out.size() > MAX_LITERALS) {
                    return null;
                }
                if (at < s.length() && s.charAt(at) == '|') {
                    at++;
                    continue;
                }
                return out;
            }
        }

        /** Items up to {@code |}, {@code )} or the end: every choice of the first before the next's (the engine's order). */
        List<String> sequence() {
            List<String> out = new ArrayList<>(List.of(""));
            while (at < s.length() && s.charAt(at) != '|' && s.charAt(at) != ')') {
                List<String> item = item();
                if (item == null) {
                    return null;
                }
                List<String> next = new ArrayList<>();
                for (String a : out) {
                    for (String b : item) {
                        next.add(a + b);
                    }
                }
                if (next.size() > MAX_LITERALS) {
                    return null;
                }
                out = next;
            }
            return out;
        }

        /** A char or a group, with a greedy {@code ?} after it trying it first, then nothing. */
        List<String> item() {
            char c = s.charAt(at);
            List<String> atom;
            if (c == '(') {
                if (!s.startsWith("(?:", at)) {
                    return null;
                }
                at += 3;
                atom = alternatives();
                if (atom == null || at >= s.length() || s.charAt(at) != ')') {
                    return null;
                }
                at++;
            } else if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == ' ' || c == '-' || c == '\'') {
                atom = List.of(String.valueOf(c));
                at++;
            } else if (c >= 'A' && c <= 'Z') {
                atom = List.of(String.valueOf((char) (c + 32)));
                at++;
            } else {
                return null;
            }
            if (at < s.length() && s.charAt(at) == '?') {
                at++;
                if (at < s.length() && (s.charAt(at) == '?' || s.charAt(at) == '+')) {
                    // Lazy or possessive: not the plain subset.
                    return null;
                }
                List<String> opt = new ArrayList<>(atom);
                opt.add("");
                return opt;
            }
            if (at < s.length() && (s.charAt(at) == '*' || s.charAt(at) == '+' || s.charAt(at) == '{')) {
                return null;
            }
            return atom;
        }
    }
}
