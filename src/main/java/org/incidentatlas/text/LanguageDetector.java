package org.incidentatlas.text;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The language of an article's text (ISO 639-1), by character n-grams (optimaize language-detector, Apache-2.0).
 * Only the languages of news an analyst of the region meets are loaded (English, Arabic, the languages written
 * in Arabic script, the region's and the big European ones), which keeps start-up short and the memory small;
 * anything else is named as the closest of those, which is enough to say "not English or Arabic".
 *
 * <p>A text of mostly Arabic script is decided among the Arabic-script languages, a text of mostly Latin script
 * with mostly English function words as English without the model (the common case, and the fast one).
 */
public final class LanguageDetector {
    private static final String[] LANGUAGES = {"en", "ar", "fa", "ur", "he", "tr", "fr", "de", "es", "it", "pt",
        "nl", "ru", "uk", "zh-CN", "sv", "pl", "ro", "el"};
    /** Characters looked at: the head of an article says its language; the rest would only cost time. */
    private static final int SAMPLE = 4_000;
    private static final int MIN_LETTERS = 20;
    private static final com.optimaize.langdetect.LanguageDetector MODEL = load();

    private LanguageDetector() {
    }

    private static com.optimaize.langdetect.LanguageDetector load() {
        List<LdLocale> locales = new ArrayList<>();
        for (String l : LANGUAGES) {
            locales.add(LdLocale.fromString(l));
        }
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().readBuiltIn(locales);
            return LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the class path", e);
        }
    }

    /** The language code ("en", "ar", "fr"), or null when the text has too few letters to tell. */
    public static String detect(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int letters = 0;
        int arabic = 0;
        int latin = 0;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (isLetter(c)) {
                letters++;
                if (ArabicNormalizer.isArabicLetter(c)) {
                    arabic++;
                } else if (c < 0x250) {
                    latin++;
                }
            }
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        if (latin * 10 >= letters * 9 && englishByFunctionWords(sample)) {
            return "en";
        }
        List<DetectedLanguage> p = MODEL.getProbabilities(
                CommonTextObjectFactories.forDetectingOnLargeText().forText(sample));
        if (arabic * 2 > letters) {
            for (DetectedLanguage d : p) {
                String l = d.getLocale().getLanguage();
                if (l.equals("fa") || l.equals("ur")) {
                    return l;
                }
                if (l.equals("ar")) {
                    return "ar";
                }
            }
            return "ar";
        }
        return p.isEmpty() ? null : p.get(0).getLocale().getLanguage();
    }

    /** At least one word in twelve is one of the commonest English function words. */
    private static boolean englishByFunctionWords(String s) {
        int words = 0;
        int function = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && !isLetter(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isLetter(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                words++;
                if (isFunctionWord(s, start, i)) {
                    function++;
                }
            }
        }
        return words > 0 && function * 12 >= words;
    }

    private static final String[] FUNCTION = {"the", "of", "and", "in", "to", "was", "were", "is", "that", "with",
        "for", "on", "by", "from", "has", "have", "said", "which"};
    /** The first letters of {@link #FUNCTION}; their lengths are 2 to 5. */
    private static final String FUNCTION_FIRST = "toaiwfbhs";

    /** {@link Character#isLetter} without its table lookup for ASCII, most of a Latin-script text. */
    private static boolean isLetter(char c) {
        return c < 128 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    private static boolean isFunctionWord(String s, int from, int to) {
        int len = to - from;
        if (len < 2 || len > 5) {
            return false;
        }
        char first = s.charAt(from);
        if (first < 128 && FUNCTION_FIRST.indexOf(first | 0x20) < 0) {
            return false; // an ASCII letter that starts no function word (case-insensitively)
        }
        for (String f : FUNCTION) {
            if (f.length() == len && s.regionMatches(true, from, f, 0, len)) {
                return true;
            }
        }
        return false;
    }
}
