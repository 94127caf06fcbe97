package org.incidentatlas.geoparse;

import org.incidentatlas.gazetteer.Gazetteer;

/**
 * One-edit lookups for long names that match no gazetteer name exactly ("Hawaija" → "Hawija"). Variants are made on
 * the folded key and tried as exact lookups, most plausible edit first, so no fuzzy index is needed.
 */
final class FuzzyNames {
    /** Transliterations differ mostly in vowels ("Hawaija"/"Hawija", "Mayadeen"/"Mayadin"). */
    private static final String ALPHABET = "aeiouy";

    private FuzzyNames() {
    }

    /** An immutable answer: published safely through the racy table below (final fields). */
    private static final class Answer {
        final Gazetteer gazetteer;
        final String key;
        final String match;

        Answer(Gazetteer gazetteer, String key, String match) {
            this.gazetteer = gazetteer;
            this.key = key;
            this.match = match;
        }
    }

    private static final int SLOTS = 1 << 14;
    /** Answers by key, for all articles and threads: up to 14 lookups per letter, and unknown names repeat. Racy. */
    private static final Answer[] ANSWERS = new Answer[SLOTS];

    /** {@link #oneEdit}, remembered across articles for the same gazetteer (a lost write only costs a search). */
    static String oneEditCached(String key, Gazetteer g) {
        int slot = (key.hashCode() * 0x9E3779B9 >>> 18) & (SLOTS - 1);
        Answer a = ANSWERS[slot];
        if (a != null && a.gazetteer == g && a.key.equals(key)) {
            return a.match;
        }
        String match = oneEdit(key, g);
        ANSWERS[slot] = new Answer(g, key, match);
        return match;
    }

    /** The first folded gazetteer name one edit away from {@code key}, or null. */
    static String oneEdit(String key, Gazetteer g) {
        // One method per kind of edit: small loops compile on their own instead of on-stack, over and over.
        String v = deletion(key, g);
        if (v == null) {
            v = doubling(key, g);
        }
        if (v == null) {
            v = swap(key, g);
        }
        if (v == null) {
            v = substitution(key, g);
        }
        if (v == null) {
            v = insertion(key, g);
        }
        return v;
    }

    /** A doubled letter written once or a letter too many: deletions. */
    private static String deletion(String key, Gazetteer g) {
        int n = key.length();
        for (int i = 0; i < n; i++) {
            if (key.charAt(i) == ' ') {
                continue;
            }
            String v = key.substring(0, i) + key.substring(i + 1);
            if (hit(v, g)) {
                return v;
            }
        }
        return null;
    }

    /** A letter written once that the gazetteer doubles ("Raqa" → "Raqqa"). */
    private static String doubling(String key, Gazetteer g) {
        int n = key.length();
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            if (c != ' ') {
                String v = key.substring(0, i + 1) + c + key.substring(i + 1);
                if (hit(v, g)) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Swapped neighbours. */
    private static String swap(String key, Gazetteer g) {
        int n = key.length();
        for (int i = 0; i + 1 < n; i++) {
            char a = key.charAt(i);
            char b = key.charAt(i + 1);
            if (a != b && a != ' ' && b != ' ') {
                String v = key.substring(0, i) + b + a + key.substring(i + 2);
                if (hit(v, g)) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Substitutions, skipping the first letter (names rarely differ there). */
    private static String substitution(String key, Gazetteer g) {
        int n = key.length();
        for (int i = 1; i < n; i++) {
            char c = key.charAt(i);
            if (c == ' ') {
                continue;
            }
            for (int k = 0; k < ALPHABET.length(); k++) {
                char r = ALPHABET.charAt(k);
                if (r != c) {
                    String v = key.substring(0, i) + r + key.substring(i + 1);
                    if (hit(v, g)) {
                        return v;
                    }
                }
            }
        }
        return null;
    }

    /** Insertions, skipping the first letter. */
    private static String insertion(String key, Gazetteer g) {
        int n = key.length();
        for (int i = 1; i <= n; i++) {
            for (int k = 0; k < ALPHABET.length(); k++) {
                String v = key.substring(0, i) + ALPHABET.charAt(k) + key.substring(i);
                if (hit(v, g)) {
                    return v;
                }
            }
        }
        return null;
    }

    private static boolean hit(String v, Gazetteer g) {
        return !g.find(v).isEmpty();
    }
}
