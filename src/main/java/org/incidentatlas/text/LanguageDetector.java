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

    private LanguageDetector() {
    }

    /**
     * The n-gram model, loaded on first use only: most corpora are English, decided without it, and loading the
     * profiles is the largest single cost of detecting languages in a short run.
     */
    private static final class Model {
        static final com.optimaize.langdetect.LanguageDetector MODEL = load();
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
        int n = Math.min(text.length(), SAMPLE);
        char[] cs = new char[n]; // indexing an array is much cheaper than charAt in C1-compiled code
        text.getChars(0, n, cs, 0);
        return detect(cs, n);
    }

    /** {@link #detect(String)} of the text whose chars are {@code chars} (left alone), without copying them again. */
    public static String detect(char[] chars) {
        return detect(chars, Math.min(chars.length, SAMPLE));
    }

    private static String detect(char[] cs, int n) {
        // One pass counts the letters by script and the words, and which words are English function words.
        int letters = 0;
        int arabic = 0;
        int latin = 0;
        int words = 0;
        int function = 0;
        String sample = null;
        int i = 0;
        while (i < n) {
            char c = cs[i];
            if (c < 128 ? ASCII_LETTER[c] == 0 : !Character.isLetter(c)) {
                i++;
                continue;
            }
            int start = i;
            int code = 0; // the word's letters, lower-cased, five bits each, while it is short and ASCII
            // the ASCII letters first (all of most words), counted together once the run ends
            int k;
            while (c < 128 && (k = ASCII_LETTER[c]) != 0) {
                code = (code << 5) | k;
                if (++i == n) {
                    break;
                }
                c = cs[i];
            }
            letters += i - start;
            latin += i - start;
            boolean ascii = true;
            if (i < n && c >= 128 && Character.isLetter(c)) {
                // a letter outside ASCII: the rest of the word letter by letter
                ascii = false;
                do {
                    letters++;
                    if (c < 128) {
                        latin++;
                    } else if (ArabicNormalizer.isArabicLetter(c)) {
                        arabic++;
                    } else if (c < 0x250) {
                        latin++;
                    }
                    i++;
                } while (i < n && isLetter(c = cs[i]));
            }
            words++;
            int len = i - start;
            if (len >= 2 && len <= 5) {
                if (ascii) {
                    if (isFunctionCode(code)) {
                        function++;
                    }
                } else {
                    // a letter outside ASCII may still fold onto one (dotless i): the case-insensitive comparison decides
                    if (sample == null) {
                        sample = new String(cs, 0, n);
                    }
                    if (isFunctionWord(sample, start, i)) {
                        function++;
                    }
                }
            }
        }
        if (letters < MIN_LETTERS) {
            return null;
        }
        if (latin * 10 >= letters * 9 && words > 0 && function * 12 >= words) {
            return "en";
        }
        if (sample == null) {
            sample = new String(cs, 0, n);
        }
        List<DetectedLanguage> p = Model.MODEL.getProbabilities(
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

    private static final String[] FUNCTION = {"the", "of", "and", "in", "to", "was", "were", "is", "that", "with",
        "for", "on", "by", "from", "has", "have", "said", "which"};
    /** The first letters of {@link #FUNCTION}; their lengths are 2 to 5. */
    private static final String FUNCTION_FIRST = "toaiwfbhs";
    /**
     * {@link #FUNCTION} as {@link #detect} codes an ASCII word (letters 1-26, five bits each), in an open-addressed
     * table: one or two probes per word instead of eighteen comparisons.
     */
    private static final int[] FUNCTION_TABLE = new int[64];

    static {
        for (String f : FUNCTION) {
            int code = 0;
            for (int k = 0; k < f.length(); k++) {
                code = (code << 5) | (f.charAt(k) - 'a' + 1);
            }
            int slot = slot(code);
            while (FUNCTION_TABLE[slot] != 0) {
                slot = (slot + 1) & 63;
            }
            FUNCTION_TABLE[slot] = code;
        }
    }

    private static int slot(int code) {
        return (code * 0x9E3779B1) >>> 26;
    }

    private static boolean isFunctionCode(int code) {
        for (int slot = slot(code); ; slot = (slot + 1) & 63) {
            int t = FUNCTION_TABLE[slot];
            if (t == code) {
                return true;
            }
            if (t == 0) {
                return false;
            }
        }
    }

    /** Each ASCII letter's position in the alphabet (1-26, either case), 0 for other characters. */
    private static final byte[] ASCII_LETTER = new byte[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LETTER[c] = (byte) (c - 'a' + 1);
            ASCII_LETTER[c - 'a' + 'A'] = (byte) (c - 'a' + 1);
        }
    }

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
