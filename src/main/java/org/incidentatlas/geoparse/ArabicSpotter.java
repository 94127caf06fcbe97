package org.incidentatlas.geoparse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.Place;
import org.incidentatlas.text.ArabicNormalizer;

/**
 * Finds place names in Arabic text. Arabic has no capitals, so spotting is gazetteer-driven: at each word the
 * longest run of up to {@link #MAX_WORDS} words whose {@link ArabicNormalizer#fold} is a known name wins, the first
 * word read as written or with a proclitic split off (و ب ل ف ك, وال, بال, لل) when the rest is a known name.
 * The word before a name gives the same cues as in English ({@code arabic-cues.tsv}): a type ("محافظة الأنبار",
 * "قضاء", "ناحية", "قاعدة"), a locative ("في", "قرب", "شمال"), an outlet named after a place ("قناة الميادين": not
 * a place) or a person's title or kunya ("أبو"). Function words and common words that some village is also called
 * ({@code arabic-stopwords.txt}) are never a name on their own. The spots go to the same {@link PlaceResolver}.
 */
final class ArabicSpotter {
    static final int MAX_WORDS = 6;
    private static final Map<String, String> CUES = loadCues();
    private static final Set<String> STOPWORDS = loadWords("arabic-stopwords.txt");
    /**
     * Settlement words that Arabic writes as part of a small place's name ("قرية كشكول", "حي الصناعة"); "مدينة" and
     * "بلدة" before a city are like "the city of" in English and stay outside the surface.
     */
    private static final Set<String> TYPE_WORDS_IN_NAME = Set.of(ArabicNormalizer.fold("قرية"),
            ArabicNormalizer.fold("حي"));

    private final Gazetteer gazetteer;
    private final String text;
    private final List<Spot> spots = new ArrayList<>();

    ArabicSpotter(Gazetteer gazetteer, String text) {
        this.gazetteer = gazetteer;
        this.text = text;
    }

    List<Spot> spots() {
        return spots;
    }

    /** A word of the text: its span and its normalised form (marks gone, letters unified). */
    private record Word(int start, int end, String norm) {
    }

    void spot(int sentence, int from, int to) {
        List<Word> words = words(from, to);
        int i = 0;
        while (i < words.size()) {
            Match m = longest(words, i);
            if (m == null) {
                i++;
                continue;
            }
            Spot s = new Spot(sentence, m.start, words.get(i + m.len - 1).end, m.key, m.places);
            s.singleWord = m.len == 1;
            Word w = words.get(i);
            String cue = i > 0 && adjacent(words.get(i - 1), w) ? cueOf(words.get(i - 1).norm) : null;
            s.locative = cue != null && !cue.equals("outlet") && !cue.equals("person") && !cue.equals("preposition");
            if (cue != null) {
                switch (cue) {
                    case "admin", "settlement", "base", "airport" -> {
                        s.typeHint = cue;
                        s.typeWord = text.substring(words.get(i - 1).start, words.get(i - 1).end);
                        if (!cue.equals("settlement") || TYPE_WORDS_IN_NAME.contains(ArabicNormalizer.fold(words.get(i - 1).norm))) {
                            s = extendedBack(s, words.get(i - 1));
                        }
                    }
                    case "outlet" -> s.reject(MentionRole.NOT_A_PLACE, "outlet-named-after-place");
                    case "person" -> s.reject(MentionRole.NOT_A_PLACE, "person-name");
                    default -> {
                    }
                }
            }
            int last = i + m.len - 1;
            if (last + 1 < words.size() && adjacent(words.get(last), words.get(last + 1))
                    && "suffix".equals(CUES.get(ArabicNormalizer.fold(words.get(last + 1).norm)))) {
                s.end = words.get(last + 1).end;
                i++;
            }
            spots.add(s);
            i += m.len;
        }
    }

    /** The spot with its start moved back to the type word before it ("قضاء القائم"), the word stripped of "و". */
    private Spot extendedBack(Spot s, Word typeWord) {
        int start = typeWord.start;
        char c = text.charAt(start);
        if ("وفبلك".indexOf(c) >= 0 && !CUES.containsKey(ArabicNormalizer.fold(typeWord.norm))) {
            start = offsetAfterLetters(typeWord, 1);
        }
        Spot t = new Spot(s.sentence, start, s.end, s.key, s.candidates);
        t.singleWord = s.singleWord;
        t.locative = s.locative;
        t.typeHint = s.typeHint;
        t.typeWord = s.typeWord;
        return t;
    }

    private record Match(int start, int len, String key, List<Place> places, int cliticLetters) {
    }

    private Match longest(List<Word> words, int i) {
        Word first = words.get(i);
        List<String> readings = new ArrayList<>(4);
        readings.add(first.norm);
        if (!isStopword(first.norm)) {
            // "بيان" is a statement, never ب + a place "يان": a common word keeps its first letter.
            readings.addAll(ArabicNormalizer.clitcReadings(first.norm));
        }
        int max = 1;
        while (max < MAX_WORDS && i + max < words.size() && adjacent(words.get(i + max - 1), words.get(i + max))) {
            max++;
        }
        for (int len = max; len >= 1; len--) {
            StringBuilder rest = new StringBuilder();
            for (int k = i + 1; k < i + len; k++) {
                rest.append(' ').append(words.get(k).norm);
            }
            for (String r : readings) {
                String phrase = r + rest;
                if (len == 1 && (r.length() < 2 || isStopword(r))) {
                    continue;
                }
                String key = ArabicNormalizer.fold(phrase);
                if (key.isEmpty()) {
                    continue;
                }
                List<Place> ps = gazetteer.find(key);
                if (!ps.isEmpty()) {
                    int clitic = first.norm.length() - r.length();
                    if (clitic == 0 && r != first.norm) {
                        clitic = 1; // للموصل read as ل + الموصل: the alef was not written
                    }
                    return new Match(offsetAfterLetters(first, clitic), len, key, ps, clitic);
                }
            }
        }
        return null;
    }

    /** A common word, also behind one proclitic ("وفي" is و + في, not the village). */
    private static boolean isStopword(String norm) {
        if (STOPWORDS.contains(ArabicNormalizer.fold(norm))) {
            return true;
        }
        return norm.length() >= 3 && "وفبلك".indexOf(norm.charAt(0)) >= 0
                && STOPWORDS.contains(ArabicNormalizer.fold(norm.substring(1)));
    }

    /** Offset in the text after the first {@code letters} letters of a word (marks after a letter belong to it). */
    private int offsetAfterLetters(Word w, int letters) {
        if (letters == 0) {
            return w.start;
        }
        int seen = 0;
        int p = w.start;
        while (p < w.end) {
            char c = text.charAt(p);
            if (ArabicNormalizer.normalize(c) != 0) {
                if (seen == letters) {
                    return p;
                }
                seen++;
            }
            p++;
        }
        return w.start;
    }

    /** Two words with only spaces between them: a name never spans a comma or a full stop. */
    private boolean adjacent(Word a, Word b) {
        for (int p = a.end; p < b.start; p++) {
            char c = text.charAt(p);
            if (!(c == ' ' || c == '\u00A0' || c == '\u200C' || c == '\u200F' || c == '\u200E')) {
                return false;
            }
        }
        return true;
    }

    private static String cueOf(String norm) {
        String c = CUES.get(ArabicNormalizer.fold(norm));
        if (c != null) {
            return c;
        }
        for (String r : ArabicNormalizer.clitcReadings(norm)) {
            c = CUES.get(ArabicNormalizer.fold(r));
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private List<Word> words(int from, int to) {
        List<Word> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < to && isWordChar(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end > start && ArabicNormalizer.isMark(text.charAt(end - 1))) {
                end--; // a case ending ("إيرانَ") is not part of the name's surface
            }
            String norm = ArabicNormalizer.normalize(text.substring(start, end));
            if (!norm.isEmpty()) {
                out.add(new Word(start, end, norm));
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return ArabicNormalizer.isArabicLetter(c) || ArabicNormalizer.isMark(c) || c == 'ء'
                || (c >= '0' && c <= '9') || (c >= '٠' && c <= '٩');
    }

    private static Map<String, String> loadCues() {
        Map<String, String> out = new HashMap<>();
        for (String line : lines("arabic-cues.tsv")) {
            String[] f = line.split("\t");
            if (f.length >= 2) {
                out.put(ArabicNormalizer.fold(f[0].strip()), f[1].strip());
            }
        }
        return Map.copyOf(out);
    }

    private static Set<String> loadWords(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            out.add(ArabicNormalizer.fold(line.strip()));
        }
        return Set.copyOf(out);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = ArabicSpotter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
