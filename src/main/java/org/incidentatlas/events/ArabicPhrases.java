package org.incidentatlas.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.text.ArabicNormalizer;

/**
 * A list of Arabic phrases read from a data file, matched word by word on folded words (see {@link Word}); the
 * first word of a match may carry a proclitic (و ب ل ف ك, وال, بال, لل), and a phrase word ending in {@code *}
 * matches any word it begins. Longest match first at each word. Values are the file's other columns.
 */
final class ArabicPhrases {
    /** A word of a sentence: span in the article text and its folded form (normalised, without ال). */
    record Word(int start, int end, String folded, String norm) {
    }

    /** A phrase found: the words it covers ({@code from} inclusive, {@code to} exclusive) and its row. */
    record Match(int from, int to, String[] row) {
    }

    private record Phrase(String[] words, boolean[] prefix, String[] row) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final List<Phrase> prefixFirst = new ArrayList<>();

    private ArabicPhrases() {
    }

    static ArabicPhrases load(String resource) {
        return load(resource, 0);
    }

    /** Phrases from column {@code phraseColumn} of a tab-separated file ({@code |} between aliases). */
    static ArabicPhrases load(String resource, int phraseColumn) {
        ArabicPhrases p = new ArabicPhrases();
        try (InputStream in = ArabicPhrases.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                for (String alias : row[phraseColumn].split("\\|")) {
                    p.add(alias.strip(), row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private void add(String phrase, String[] row) {
        String[] parts = phrase.split("\\s+");
        String[] words = new String[parts.length];
        boolean[] prefix = new boolean[parts.length];
        for (int i = 0; i < parts.length; i++) {
            String w = parts[i];
            prefix[i] = w.endsWith("*");
            if (prefix[i]) {
                w = w.substring(0, w.length() - 1);
            }
            words[i] = ArabicNormalizer.fold(w);
        }
        Phrase ph = new Phrase(words, prefix, row);
        if (prefix[0]) {
            prefixFirst.add(ph);
        } else {
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(ph);
        }
    }

    /** The words of {@code text[from, to)}: runs of Arabic letters, marks and digits. */
    static List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            String norm = ArabicNormalizer.normalize(text.substring(start, i));
            if (!norm.isEmpty()) {
                out.add(new Word(start, i, ArabicNormalizer.withoutArticle(norm), norm));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return ArabicNormalizer.isArabicLetter(c) || ArabicNormalizer.isMark(c) || c == 'ء' || Character.isDigit(c);
    }

    /** Every match, left to right, longest first at each word, never overlapping. */
    List<Match> find(List<Word> words) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Match best = at(words, i);
            if (best == null) {
                i++;
            } else {
                out.add(best);
                i = best.to;
            }
        }
        return out;
    }

    /** The longest phrase starting at word {@code i}, or null. */
    Match at(List<Word> words, int i) {
        Word w = words.get(i);
        List<String> firsts = new ArrayList<>(4);
        firsts.add(w.folded);
        for (String r : ArabicNormalizer.clitcReadings(w.norm)) {
            firsts.add(ArabicNormalizer.withoutArticle(r));
        }
        Match best = null;
        for (String first : firsts) {
            List<Phrase> cands = new ArrayList<>(byFirstWord.getOrDefault(first, List.of()));
            cands.addAll(prefixFirst);
            for (Phrase p : cands) {
                if (!wordMatches(p, 0, first) || i + p.words.length > words.size()) {
                    continue;
                }
                boolean ok = true;
                for (int k = 1; k < p.words.length && ok; k++) {
                    ok = wordMatches(p, k, words.get(i + k).folded);
                }
                if (ok && (best == null || p.words.length > best.to - best.from)) {
                    best = new Match(i, i + p.words.length, p.row);
                }
            }
        }
        return best;
    }

    private static boolean wordMatches(Phrase p, int k, String word) {
        return p.prefix[k] ? word.startsWith(p.words[k]) : word.equals(p.words[k]);
    }
}
