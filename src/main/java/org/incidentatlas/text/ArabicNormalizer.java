package org.incidentatlas.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises Arabic script so that the spellings of one word meet, the way {@link NameFolding} does for
 * romanised names: diacritics (harakat, tanwin, shadda, sukun, dagger alef) and tatweel go; alef forms (أ إ آ ٱ)
 * become ا, ؤ و, ئ and ى ي, ة ه, the lone hamza ء goes; Persian ی and ک become ي and ك; Arabic-Indic and
 * Persian digits become ASCII digits. {@link #fold} also drops the article ال from each word of a name, as
 * {@code NameFolding} drops "al-": الموصل and موصل meet, as do "al-Mosul" and "Mosul".
 *
 * <p>Clitics (و ب ل ف ك before a word, وال بال لل before a name) are not removed here, because whether "بلد" is
 * "ب + لد" or the word "balad" depends on what the rest is: the spotter tries the stripped forms against the
 * gazetteer ({@link #clitcReadings}).
 */
public final class ArabicNormalizer {
    private ArabicNormalizer() {
    }

    /** True for a letter of the Arabic blocks (Arabic, Supplement, Extended-A, presentation forms). */
    public static boolean isArabicLetter(char c) {
        return (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x0750 && c <= 0x077F)
                || (c >= 0x08A0 && c <= 0x08FF && Character.isLetter(c)) || (c >= 0xFB50 && c <= 0xFDFF)
                || (c >= 0xFE70 && c <= 0xFEFF && c != 0xFEFF);
    }

    /** True when the first letter of {@code s} is Arabic script. */
    public static boolean startsArabic(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return isArabicLetter(c);
            }
        }
        return false;
    }

    /** Diacritics, tatweel and the Quranic marks carry no letter of their own. */
    public static boolean isMark(char c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x06D6 && c <= 0x06ED)
                || (c >= 0x0610 && c <= 0x061A);
    }

    /**
     * One character normalised: 0 when it disappears (marks, tatweel, lone hamza), else its canonical form.
     * Digits become ASCII; other characters stay.
     */
    public static char normalize(char c) {
        if (isMark(c) || c == 'ء') {
            return 0;
        }
        switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
                return 'ا';
            case 'ؤ':
                return 'و';
            case 'ئ', 'ى', 'ی', 'ې', 'ۍ':
                return 'ي';
            case 'ة', 'ۀ', 'ە':
                return 'ه';
            case 'ک', 'ڪ':
                return 'ك';
            default:
                break;
        }
        if (c >= '٠' && c <= '٩') {
            return (char) ('0' + (c - '٠'));
        }
        if (c >= '۰' && c <= '۹') {
            return (char) ('0' + (c - '۰'));
        }
        return c;
    }

    /** The text with each character normalised; marks removed, so offsets change (see {@link #normalizeKeepingLength}). */
    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = normalize(s.charAt(i));
            if (c != 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Arabic-Indic and Persian digits as ASCII digits, everything else unchanged (same length). */
    public static String asciiDigits(String s) {
        char[] a = s.toCharArray();
        for (int i = 0; i < a.length; i++) {
            char c = a[i];
            if (c >= '٠' && c <= '٩') {
                a[i] = (char) ('0' + (c - '٠'));
            } else if (c >= '۰' && c <= '۹') {
                a[i] = (char) ('0' + (c - '۰'));
            }
        }
        return new String(a);
    }

    /** The gazetteer key of an Arabic-script name: normalised words without the article, one space apart. */
    public static String fold(String name) {
        List<String> words = words(normalize(name));
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            String f = withoutArticle(w);
            if (f.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(f);
        }
        return b.toString();
    }

    /** A normalised word without a leading ال, when at least two letters remain. */
    public static String withoutArticle(String w) {
        if (w.length() >= 4 && w.charAt(0) == 'ا' && w.charAt(1) == 'ل') {
            return w.substring(2);
        }
        return w;
    }

    /**
     * The readings of a normalised word once a proclitic is split off, longest first: وبالموصل → بالموصل, الموصل
     * (then folded), موصل. The word itself is not among them. Only prefixes that leave at least two letters.
     */
    public static List<String> clitcReadings(String w) {
        List<String> out = new ArrayList<>(3);
        String rest = w;
        for (int round = 0; round < 2; round++) {
            if (rest.length() < 4) {
                break;
            }
            char c = rest.charAt(0);
            if (c == 'و' || c == 'ف') {
                rest = rest.substring(1);
                out.add(rest);
                continue;
            }
            if (c == 'ب' || c == 'ك') {
                rest = rest.substring(1);
                out.add(rest);
                break;
            }
            if (c == 'ل') {
                // لل: ل + ال with the alef dropped in writing (للموصل = ل + الموصل)
                if (rest.length() >= 5 && rest.charAt(1) == 'ل') {
                    out.add("ا" + rest.substring(1));
                }
                rest = rest.substring(1);
                out.add(rest);
                break;
            }
            break;
        }
        return out;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out;
    }
}
