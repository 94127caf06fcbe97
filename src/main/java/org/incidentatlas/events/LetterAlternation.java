package org.incidentatlas.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A regex alternation whose branches open with a letter, written so the engine tries one branch per letter instead
 * of every branch: {@code one|two|three|ten} as {@code (?:one|t(?:wo|hree|en))}. {@code java.util.regex} tries an
 * alternation's branches one after another at each position, a long word list (a count word, a role) costing a
 * failed comparison per word; gathered under their first letter, all but one letter's branches fail at once.
 * <p>
 * The matches and groups are those of the plain alternation: at any position at most one letter's group can
 * match its letter (letters compared in ASCII case when {@code caseBlind}, as the pattern's {@code (?i)} does),
 * and inside a group the branches keep their order, so the branches that can match are tried in the same order
 * and backtracking reaches them in the same order. A branch that opens otherwise (with {@code \d}, a class, a
 * group, a quantified letter) is kept as it is, in its place: branches are gathered only within the runs between such
 * branches.
 */
final class LetterAlternation {

    private LetterAlternation() {
    }

    /**
     * {@code (?:b1|b2|...)}, the branches given as regex source, with those opening with an ASCII letter (not
     * followed by a quantifier) gathered under it in their order. {@code caseBlind}: the pattern matches them
     * case-insensitively (ASCII), so 'T' and 't' are one letter.
     */
    static String of(List<String> branches, boolean caseBlind) {
        List<String> out = new ArrayList<>();
        Map<Character, List<String>> run = new LinkedHashMap<>();
        for (String b : branches) {
            if (!opensWithLetter(b)) {
                // Gathered only within runs of letter branches: this one stays between the branches before and after.
                flush(run, out);
                out.add(b);
                continue;
            }
            char c = b.charAt(0);
            run.computeIfAbsent(caseBlind ? Character.toLowerCase(c) : c, k -> new ArrayList<>()).add(b.substring(1));
        }
        flush(run, out);
        return "(?:" + String.join("|", out) + ")";
    }

    /** The run's letters as branches, each {@code letter(?:rest|rest...)}, in the order the letters came. */
    private static void flush(Map<Character, List<String>> run, List<String> out) {
        for (Map.Entry<Character, List<String>> e : run.entrySet()) {
            out.add(e.getKey() + "(?:" + String.join("|", e.getValue()) + ")");
        }
        run.clear();
    }

    /** {@link #of(List, boolean)} over plain words (letters, spaces, hyphens and apostrophes: no regex syntax). */
    static String ofWords(boolean caseBlind, String... words) {
        return of(List.of(words), caseBlind);
    }

    /** An ASCII letter that is a literal on its own: not quantified, not the start of an escape. */
    private static boolean opensWithLetter(String b) {
        if (b.isEmpty()) {
            return false;
        }
        char c = b.charAt(0);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
            return false;
        }
        if (b.length() == 1) {
            return true;
        }
        char q = b.charAt(1);
        return q != '?' && q != '*' && q != '+' && q != '{';
    }
}
