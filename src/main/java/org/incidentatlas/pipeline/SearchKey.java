package org.incidentatlas.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentatlas.text.ArabicNormalizer;
import org.incidentatlas.text.NameFolding;

/**
 * Search keys that let transliteration variants of Arabic and Persian names meet: "Ayn al-Asad" ~ "Ain al-Asad",
 * "Hizballah" ~ "Hezbollah", "al-Nujaba" ~ "Nujaba". For search only (recall over precision), never for
 * resolving places. Each token gets two keys: a vowel-normalised one (e→i, o→u, y→i, ay/ei/ey→ai, q→k, kh→k,
 * doubled letters single, final -ah → -a) matched as a prefix, and a consonant skeleton matched whole for longer
 * words, where vowels vary most. Words are folded one by one with the gazetteer's {@link NameFolding} (accents,
 * apostrophes and ayn/hamza marks, articles, common romanisations); standalone articles are dropped. Arabic-script
 * words fold with {@code ArabicNormalizer} (the article ال dropped) and are indexed with their proclitics split
 * off too, so "عين الأسد" finds "وبقاعدة عين الأسد"; an Arabic article's incidents carry the gazetteer's English
 * place and actor names, so "Ain al-Asad" or "Nujaba" find them as well.
 */
public final class SearchKey {
    private SearchKey() {
    }

    /** A skeleton shorter than this matches too much ("ht" for Hit, Hot, Heat): those tokens use prefixes only. */
    static final int MIN_SKELETON = 4;

    /**
     * Arabic articles as romanised with their sun-letter forms, dropped as standalone words: "al Asad" = "Asad".
     * Several are English words too ("as", "an", "at"), which a search can do without.
     */
    private static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "as", "es", "ash", "esh", "ad", "ed",
            "adh", "ar", "er", "at", "et", "ath", "az", "ez", "an", "en");

    /** The folded tokens of a text, articles removed. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int k = 0;
        int n = text.length();
        while (k < n) {
            while (k < n && Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            int start = k;
            while (k < n && !Character.isWhitespace(text.charAt(k))) {
                k++;
            }
            if (k > start) {
                wordTokens(text.substring(start, k), out);
            }
        }
        return out;
    }

    /**
     * One whitespace-separated word folded on its own with the gazetteer's {@link NameFolding#fold} (accents,
     * apostrophes, hyphenated articles, common romanisations); folding word by word lets an index cache words.
     */
    private static void wordTokens(String word, List<String> out) {
        String folded = NameFolding.fold(word);
        int k = 0;
        while (k < folded.length()) {
            int sp = folded.indexOf(' ', k);
            int end = sp < 0 ? folded.length() : sp;
            if (end > k) {
                String t = folded.substring(k, end);
                if (!ARTICLES.contains(t)) {
                    out.add(t);
                }
            }
            k = end + 1;
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
        private final java.util.Map<String, String[]> keysByWord = new java.util.HashMap<>();
        private final List<String> scratch = new ArrayList<>();

        public String index(String text) {
            // duplicates are left in: cheaper than removing them, and harmless to a contains() test
            StringBuilder keys = new StringBuilder(text.length() + 16).append(' ');
            StringBuilder skeletons = new StringBuilder(text.length() / 2 + 4).append("| ");
            int k = 0;
            int n = text.length();
            while (k < n) {
                while (k < n && Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                int start = k;
                while (k < n && !Character.isWhitespace(text.charAt(k))) {
                    k++;
                }
                if (k == start) {
                    continue;
                }
                String[] w = keysByWord.computeIfAbsent(text.substring(start, k), this::keysOf);
                for (int t = 0; t < w.length; t += 2) {
                    keys.append(w[t]).append(' ');
                    if (w[t + 1] != null) {
                        skeletons.append('#').append(w[t + 1]).append(' ');
                    }
                }
            }
            return keys.append(skeletons).toString();
        }

        /** Vowel key and skeleton (or null) of each token of one word, flattened. */
        private String[] keysOf(String word) {
            scratch.clear();
            wordTokens(word, scratch);
            if (ArabicNormalizer.startsArabic(word)) {
                // "وبالموصل" is also indexed as "بالموصل", "موصل": a query never carries the proclitics
                for (String r : ArabicNormalizer.clitcReadings(ArabicNormalizer.normalize(word))) {
                    scratch.add(ArabicNormalizer.fold(r));
                }
            }
            String[] out = new String[scratch.size() * 2];
            for (int t = 0; t < scratch.size(); t++) {
                String v = vowelKey(scratch.get(t));
                String sk = skeleton(v);
                out[2 * t] = v;
                out[2 * t + 1] = sk.length() >= MIN_SKELETON ? sk : null;
            }
            return out;
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
