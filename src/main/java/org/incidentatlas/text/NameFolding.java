package org.incidentatlas.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Folds a place name to the key the gazetteer is indexed by, so that spelling variants meet.
 *
 * <p>The same function runs when the gazetteer is indexed and when text is looked up, so a rule only has to be
 * consistent, not linguistically right. Two layers:
 * <ol>
 *   <li>Unicode: accents and case go, apostrophes and ayn/hamza signs vanish ({@code Sana'a}, {@code Ṣanʿāʾ}),
 *       any other punctuation splits words ({@code Deir ez-Zor}), runs of single letters join ({@code U.S.}).</li>
 *   <li>Romanisation of Arabic and Persian names, where English-language news spells the same place many ways:
 *       the article (al-, el-, as-, ash-, ad-, ...) is dropped before another word, so {@code al-Mayadeen},
 *       {@code Al Mayadin} and {@code Mayadin} meet; ee/i, oo/u, ou/u, ai/ay/ei/ey, q/k, final -ah/-a,
 *       -iya/-ia and doubled letters meet; {@code Albu}/{@code Al Bu}/{@code Abou} become {@code abu}.</li>
 * </ol>
 * Rules that would merge distinct English names are left out on purpose: no e/a, no dh/z, no kh/h, no w/v.
 * {@code Paris} and {@code Perris} stay apart.
 */
public final class NameFolding {
    /** Arabic articles as romanised, with their sun-letter assimilations, and the Romance "el"/"en" they shadow. */
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "il", "ul", "as", "es", "ash", "esh", "ad", "ed", "adh", "ar", "er", "at", "et", "ath",
            "az", "ez", "an", "en");

    private NameFolding() {
    }

    /** The lookup key for a name; empty for null or a name without letters or digits. */
    public static String fold(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        List<String> tokens = tokens(name);
        if (tokens.isEmpty()) {
            return "";
        }
        joinSingleLetters(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            tokens.set(i, foldWord(tokens.get(i)));
        }
        return String.join(" ", dropArticles(tokens));
    }

    /**
     * True if the last word of a folded key is one that {@link #fold} drops or merges once a word follows it
     * (an article, "the", a single letter), so a longer name may still start with the key.
     */
    public static boolean endsInPendingWord(String folded) {
        int sp = folded.lastIndexOf(' ');
        String last = folded.substring(sp + 1);
        return last.length() == 1 || ARTICLES.contains(last) || last.equals("the");
    }

    /** Accent-free lower-case words; apostrophe-like signs vanish, other non-alphanumerics separate. */
    private static List<String> tokens(String name) {
        String s = isPlainAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
        List<String> out = new ArrayList<>(4);
        StringBuilder word = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    word.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    word.append((char) (c + 32));
                } else if (c == '\'' || c == '`') {
                    continue;
                } else if (c == '&') {
                    flush(word, out);
                    out.add("and");
                } else {
                    flush(word, out);
                }
                continue;
            }
            switch (Character.getType(c)) {
                case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                        Character.FORMAT -> {
                    continue;
                }
                default -> {
                }
            }
            if (isApostrophe(c)) {
                continue;
            }
            String special = special(c);
            if (special != null) {
                word.append(special);
            } else if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else {
                flush(word, out);
            }
        }
        flush(word, out);
        return out;
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '\u02BF', '\u02BE', '\u02BC', '\u02BB', '\u00B4', '\u2032', '\u02C8' -> true;
            default -> false;
        };
    }

    /** Letters NFD leaves whole. */
    private static String special(char c) {
        return switch (c) {
            case 'ß' -> "ss";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ø', 'Ø' -> "o";
            case 'ł', 'Ł' -> "l";
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'þ', 'Þ' -> "th";
            case 'ı' -> "i";
            case 'ħ', 'Ħ' -> "h";
            default -> null;
        };
    }

    private static void flush(StringBuilder word, List<String> out) {
        if (word.length() > 0) {
            out.add(word.toString());
            word.setLength(0);
        }
    }

    /** "u s" → "us", "d c" → "dc": initials written with dots are one word. */
    private static void joinSingleLetters(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (isSingleLetter(tokens.get(i)) && isSingleLetter(tokens.get(i + 1))) {
                StringBuilder joined = new StringBuilder(tokens.get(i));
                while (i + 1 < tokens.size() && isSingleLetter(tokens.get(i + 1))) {
                    joined.append(tokens.remove(i + 1));
                }
                tokens.set(i, joined.toString());
            }
        }
    }

    private static boolean isSingleLetter(String t) {
        return t.length() == 1 && Character.isLetter(t.charAt(0));
    }

    /** Romanisation variants inside one word. Order matters: long vowels before doubled letters collapse. */
    static String foldWord(String w) {
        switch (w) {
            case "st":
                return "saint";
            case "ste":
                return "sainte";
            case "mt":
                return "mount";
            case "ft":
                return "fort";
            default:
                break;
        }
        if (!hasLetter(w)) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            char next = i + 1 < n ? w.charAt(i + 1) : 0;
            if (c == 'e' && next == 'e') {
                b.append('i');
                i++;
            } else if (c == 'o' && (next == 'o' || next == 'u')) {
                b.append('u');
                i++;
            } else if ((c == 'a' || c == 'e') && (next == 'y' || next == 'i')) {
                b.append("ai");
                i++;
            } else if (c == 'q') {
                b.append('k');
            } else {
                b.append(c);
            }
        }
        // Doubled letters: Raqqa/Raqa, Hassan/Hasan, Sa'adi/Sadi.
        for (int i = b.length() - 1; i > 0; i--) {
            if (b.charAt(i) == b.charAt(i - 1) && Character.isLetter(b.charAt(i))) {
                b.deleteCharAt(i);
            }
        }
        int len = b.length();
        // Taa marbuta: Fallujah/Falluja, Nasiriyah/Nasiriya.
        if (len >= 5 && b.charAt(len - 1) == 'h' && b.charAt(len - 2) == 'a') {
            b.setLength(--len);
        }
        // Nisba endings: Nasiriya/Nasiria, Saadouniya/Sadounia.
        if (len >= 5 && b.charAt(len - 1) == 'a' && b.charAt(len - 2) == 'y' && b.charAt(len - 3) == 'i') {
            b.deleteCharAt(len - 2);
        }
        String folded = b.toString();
        return switch (folded) {
            case "albu", "abu" -> "abu";
            default -> folded;
        };
    }

    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Drops an article or a leading "the" when a word follows it; "al bu" becomes "abu" first. An article at the
     * end stays, so "Al" alone is not folded to nothing.
     */
    private static List<String> dropArticles(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean followed = i + 1 < tokens.size();
            if (followed && t.equals("al") && tokens.get(i + 1).equals("bu")) {
                out.add("abu");
                i++;
            } else if (followed && (ARTICLES.contains(t) || i == 0 && t.equals("the"))) {
                continue;
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
