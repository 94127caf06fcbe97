package org.incidentatlas.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.incidentatlas.text.NameFolding;

/**
 * Search keys that let transliteration variants of Arabic and Persian names meet: "Ayn al-Asad" ~ "Ain al-Asad",
 * "Hizballah" ~ "Hezbollah", "al-Nujaba" ~ "Nujaba". For search only (recall over precision), never for
 * resolving places. Each token gets two keys: a vowel-normalised one (e→i, o→u, y→i, ay/ei/ey→ai, q→k, kh→k,
 * doubled letters single, final -ah → -a) matched as a prefix, and a consonant skeleton matched whole for longer
 * words, where vowels vary most. Articles (al-, el-, and the assimilated as-/ash-/ad-... before their consonant)
 * are dropped, apostrophes and ayn/hamza marks removed.
 */
public final class SearchKey {
    private SearchKey() {
    }

    /** A skeleton shorter than this matches too much ("ht" for Hit, Hot, Heat): those tokens use prefixes only. */
    static final int MIN_SKELETON = 4;

    /** The folded tokens of a text, articles removed. */
    public static List<String> tokens(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = fold(text);
        if (folded.isEmpty()) {
            return List.of();
        }
        String[] raw = folded.split(" ");
        List<String> out = new ArrayList<>(raw.length);
        for (int k = 0; k < raw.length; k++) {
            String t = raw[k];
            if (t.isEmpty() || isArticle(t, k + 1 < raw.length ? raw[k + 1] : "")) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /** {@link NameFolding#fold}: the gazetteer's folding (accents, apostrophes, articles, common romanisations). */
    static String fold(String text) {
        return NameFolding.fold(text);
    }

    private static boolean isArticle(String t, String next) {
        switch (t) {
            case "al", "el", "ul", "il":
                return !next.isEmpty();
            case "ad", "an", "ar", "as", "at", "az", "ash", "ath", "adh":
                return !next.isEmpty() && next.startsWith(t.substring(1));
            default:
                return false;
        }
    }

    /** The vowel-normalised key of one folded token. */
    public static String vowelKey(String token) {
        String s = token;
        s = s.replace("ou", "u").replace("oo", "u").replace("ee", "i")
                .replace("ay", "ai").replace("ey", "ai").replace("ei", "ai")
                .replace("kh", "k").replace("gh", "g").replace("dh", "d").replace("th", "t").replace("ph", "f")
                .replace("dj", "j").replace('q', 'k').replace('e', 'i').replace('o', 'u').replace('y', 'i');
        if (s.length() > 2 && s.endsWith("ah")) {
            s = s.substring(0, s.length() - 1);
        }
        return collapse(s);
    }

    /** The first letter and the consonants of a vowel key, doubles collapsed: "hizbullah" → "hzblh". */
    public static String skeleton(String vowelKey) {
        if (vowelKey.isEmpty()) {
            return vowelKey;
        }
        StringBuilder b = new StringBuilder(vowelKey.length());
        b.append(vowelKey.charAt(0));
        for (int k = 1; k < vowelKey.length(); k++) {
            char c = vowelKey.charAt(k);
            if ("aiu".indexOf(c) < 0) {
                b.append(c);
            }
        }
        return collapse(b.toString());
    }

    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (b.length() == 0 || b.charAt(b.length() - 1) != c) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The searchable form of a document: " k1 k2 ... | #s1 #s2 ... " (vowel keys, then marked skeletons), each with
     * a leading space so a prefix test is one {@code contains}; the mark keeps prefixes from matching skeletons.
     */
    public static String index(String text) {
        return new Indexer().index(text);
    }

    /** Indexes many documents, remembering each word's keys (news reuses few words). Not thread-safe. */
    public static final class Indexer {
        private final java.util.Map<String, String[]> keysByToken = new java.util.HashMap<>();

        public String index(String text) {
            // duplicates are left in: cheaper than removing them, and harmless to a contains() test
            StringBuilder keys = new StringBuilder(text.length() + 16).append(' ');
            StringBuilder skeletons = new StringBuilder(text.length() / 2 + 4).append("| ");
            for (String t : tokens(text)) {
                String[] k = keysByToken.get(t);
                if (k == null) {
                    String v = vowelKey(t);
                    String sk = skeleton(v);
                    k = new String[]{v, sk.length() >= MIN_SKELETON ? sk : null};
                    keysByToken.put(t, k);
                }
                keys.append(k[0]).append(' ');
                if (k[1] != null) {
                    skeletons.append('#').append(k[1]).append(' ');
                }
            }
            return keys.append(skeletons).toString();
        }
    }

    /** A compiled query: every token must match some token of the document. */
    public record Query(List<String> prefixes, List<String> skeletons) {
        public boolean isEmpty() {
            return prefixes.isEmpty();
        }

        /** Whether an {@link #index(String) indexed} document matches. */
        public boolean matches(String indexed) {
            for (int k = 0; k < prefixes.size(); k++) {
                String sk = skeletons.get(k);
                if (!indexed.contains(prefixes.get(k)) && (sk == null || !indexed.contains(sk))) {
                    return false;
                }
            }
            return true;
        }
    }

    public static Query query(String text) {
        List<String> prefixes = new ArrayList<>();
        List<String> skeletons = new ArrayList<>();
        for (String t : tokens(text)) {
            String v = vowelKey(t);
            prefixes.add(" " + v);
            String sk = skeleton(v);
            skeletons.add(sk.length() >= MIN_SKELETON ? " #" + sk + " " : null);
        }
        return new Query(List.copyOf(prefixes), java.util.Collections.unmodifiableList(skeletons));
    }

    /** Whether {@code query} matches {@code text} (convenience; index once when matching many times). */
    public static boolean matches(String query, String text) {
        return query(query).matches(index(text));
    }
}
