package org.incidentatlas.events;

import java.util.List;
import org.incidentatlas.text.ArabicNormalizer;

/**
 * Death counts in Arabic sentences, with the English conventions of {@link Fatalities}: the figure as given ("أكثر
 * من 30" → 30), "عشرات" → 10, "مئات" → 100, injuries never. Read: a killing word, up to one qualifier, then a count
 * in digits (Western or Arabic-Indic) or in words ("مقتل 66 مقاتلا", "مصرع ثلاثة أشخاص"), or one or two persons
 * named right after it ("مقتل عنصر", "مقتل جنديين"); or a count followed by a noun of the dead ("18 قتيلاً"). The
 * first count of the sentence is its toll. The words are data ({@code arabic-fatalities.tsv}). Pure.
 */
public final class ArabicFatalities {
    private static final ArabicPhrases WORDS = ArabicPhrases.load("arabic-fatalities.tsv");

    private ArabicFatalities() {
    }

    /** The death toll {@code text[from, to)} gives, or null when it gives none. */
    public static Integer in(String text, int from, int to) {
        List<ArabicPhrases.Word> words = ArabicPhrases.words(text, from, to);
        for (int i = 0; i < words.size(); i++) {
            ArabicPhrases.Match m = WORDS.at(words, i);
            if (m != null && kind(m).equals("killed")) {
                int j = m.to();
                ArabicPhrases.Match q = j < words.size() ? WORDS.at(words, j) : null;
                if (q != null && kind(q).equals("qualifier")) {
                    j = q.to();
                }
                if (j < words.size()) {
                    Integer n = count(words, j);
                    if (n != null) {
                        return n;
                    }
                    ArabicPhrases.Match p = WORDS.at(words, j);
                    if (p != null && kind(p).equals("person")) {
                        return value(p);
                    }
                }
            }
            Integer n = count(words, i);
            if (n != null && i + 1 < words.size()) {
                ArabicPhrases.Match dead = WORDS.at(words, i + 1);
                if (dead != null && kind(dead).equals("dead")) {
                    return n;
                }
            }
        }
        return null;
    }

    /** The count word {@code i} is: digits or a number word; null otherwise. */
    private static Integer count(List<ArabicPhrases.Word> words, int i) {
        String w = ArabicNormalizer.asciiDigits(words.get(i).norm());
        if (!w.isEmpty() && w.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return w.length() <= 6 ? Integer.valueOf(w) : null;
        }
        ArabicPhrases.Match m = WORDS.at(words, i);
        return m != null && kind(m).equals("number") && m.to() == i + 1 ? value(m) : null;
    }

    private static String kind(ArabicPhrases.Match m) {
        return m.row()[1].strip();
    }

    private static int value(ArabicPhrases.Match m) {
        return Integer.parseInt(m.row()[2].strip());
    }
}
