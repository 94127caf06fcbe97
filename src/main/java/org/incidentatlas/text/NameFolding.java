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
 *       {@code Al Mayadin} and {@code Mayadin} meet; ee/i, oo/u, ou/u, ai/ay/ei/ey, q/k, final -ah/-eh/-a,
 *       -iya/-ia and doubled letters meet; {@code Albu}/{@code Al Bu}/{@code Abou} become {@code abu}; generic
 *       words meet across spellings (Tall/Tell/Tel, Jebel/Jabal, Kfar/Kafr, Khirbet/Khirbat).</li>
 * </ol>
 * Names in Arabic script are folded by {@link ArabicNormalizer#fold} instead.
 * Rules that would merge distinct English names are left out on purpose: no e/a, no dh/z, no kh/h, no w/v.
 * {@code Paris} and {@code Perris} stay apart.
 */
public final class NameFolding {
    /** Arabic articles as romanised, with their sun-letter assimilations, and the Romance "el"/"en" they shadow. */
    private static final Set<String> ARTICLES = Set.of(
            "al", "el", "il", "ul", "as", "es", "ash", "esh", "ad", "ed", "adh", "ar", "er", "at", "et", "ath",
            "az", "ez", "an", "en");

    /**
     * Generic words of Arabic and Hebrew place names (hill, mountain, village, ruin) in their common spellings,
     * after the per-word rules: Tall/Tell/Tel Afar, Jebel/Jabal Ali, Kfar/Kafr Kila meet.
     */
    private static final java.util.Map<String, String> GENERIC_WORDS = java.util.Map.of(
            "tel", "tal",
            "jebel", "jabal", "jabel", "jabal", "gebel", "jabal",
            "kfar", "kafr", "kefar", "kafr",
            "shaik", "shaikh",
            "khirbet", "khirbat", "khirbit", "khirbat");

    private NameFolding() {
    }

    /** The lookup key for a name; empty for null or a name without letters or digits. */
    public static String fold(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        if (ArabicNormalizer.startsArabic(name)) {
            return ArabicNormalizer.fold(name);
        }
        // Runs for every candidate span of every article (and over ~500,000 names when the stored keys are stale),
        // so this works on char arrays, not lists of strings; foldReadable below states the same rules plainly and
        // a test keeps the two equal on every shipped name.
        Words w = Words.of(name);
        if (w.count == 0) {
            return "";
        }
        w.joinSingleLetters();
        char[] word = new char[w.len + 8];
        char[] folded = new char[w.len + 8 * w.count];
        int[] at = new int[w.count];
        int[] len = new int[w.count];
        int pos = 0;
        for (int t = 0; t < w.count; t++) {
            int n = foldWord(w.buf, w.start[t], w.end[t], word);
            if (n >= 3 && n <= 7) {
                String generic = GENERIC_WORDS.get(new String(word, 0, n));
                if (generic != null) {
                    generic.getChars(0, generic.length(), word, 0);
                    n = generic.length();
                }
            }
            System.arraycopy(word, 0, folded, pos, n);
            at[t] = pos;
            len[t] = n;
            pos += n;
        }
        char[] out = new char[pos + w.count];
        int o = 0;
        for (int t = 0; t < w.count; t++) {
            boolean followed = t + 1 < w.count;
            String replacement = null;
            if (followed && is(folded, at[t], len[t], "al") && is(folded, at[t + 1], len[t + 1], "bu")) {
                replacement = "abu";
                t++;
            } else if (followed && (isArticle(folded, at[t], len[t]) || t == 0 && is(folded, at[t], len[t], "the"))) {
                continue;
            }
            if (o > 0) {
                out[o++] = ' ';
            }
            if (replacement != null) {
                replacement.getChars(0, 3, out, o);
                o += 3;
            } else {
                System.arraycopy(folded, at[t], out, o, len[t]);
                o += len[t];
            }
        }
        return new String(out, 0, o);
    }

    private static boolean is(char[] buf, int at, int len, String word) {
        if (len != word.length()) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (buf[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The rules of {@link #fold} written plainly, kept as the specification the fast version is tested against. */
    static String foldReadable(String name) {
        if (name == null || name.isEmpty()) {
            return "";
        }
        if (ArabicNormalizer.startsArabic(name)) {
            return ArabicNormalizer.fold(name);
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

    private static boolean isArticle(char[] buf, int at, int len) {
        if (len < 2 || len > 3) {
            return false;
        }
        return ARTICLES.contains(new String(buf, at, len));
    }

    /** The words of a name after Unicode folding, as ranges over one buffer. */
    private static final class Words {
        char[] buf;
        int len;
        int[] start = new int[8];
        int[] end = new int[8];
        int count;

        static Words of(String name) {
            String s = isPlainAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFD);
            Words w = new Words();
            w.buf = new char[s.length() * 2 + 4];
            int wordStart = -1;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                char lower;
                String special = null;
                if (c < 128) {
                    if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                        lower = c;
                    } else if (c >= 'A' && c <= 'Z') {
                        lower = (char) (c + 32);
                    } else if (c == '\'' || c == '`') {
                        continue;
                    } else if (c == '&') {
                        wordStart = w.close(wordStart);
                        w.addWord("and");
                        continue;
                    } else {
                        wordStart = w.close(wordStart);
                        continue;
                    }
                } else {
                    int type = Character.getType(c);
                    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                            || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT
                            || isApostrophe(c)) {
                        continue;
                    }
                    special = special(c);
                    if (special == null && !Character.isLetterOrDigit(c)) {
                        wordStart = w.close(wordStart);
                        continue;
                    }
                    lower = special == null ? Character.toLowerCase(c) : 0;
                }
                if (wordStart < 0) {
                    wordStart = w.len;
                }
                if (special != null) {
                    for (int k = 0; k < special.length(); k++) {
                        w.buf[w.len++] = special.charAt(k);
                    }
                } else {
                    w.buf[w.len++] = lower;
                }
            }
            w.close(wordStart);
            return w;
        }

        private int close(int wordStart) {
            if (wordStart >= 0 && len > wordStart) {
                add(wordStart, len);
            }
            return -1;
        }

        private void addWord(String word) {
            if (len + word.length() > buf.length) {
                buf = java.util.Arrays.copyOf(buf, buf.length + word.length() + 8);
            }
            int s = len;
            for (int k = 0; k < word.length(); k++) {
                buf[len++] = word.charAt(k);
            }
            add(s, len);
        }

        private void add(int s, int e) {
            if (count == start.length) {
                start = java.util.Arrays.copyOf(start, count * 2);
                end = java.util.Arrays.copyOf(end, count * 2);
            }
            start[count] = s;
            end[count] = e;
            count++;
        }

        private boolean singleLetter(int t) {
            return end[t] - start[t] == 1 && Character.isLetter(buf[start[t]]);
        }

        /** Adjacent single letters are one word ("u s" → "us"); rare, so it simply rebuilds the buffer. */
        void joinSingleLetters() {
            boolean any = false;
            for (int t = 0; t + 1 < count && !any; t++) {
                any = singleLetter(t) && singleLetter(t + 1);
            }
            if (!any) {
                return;
            }
            char[] old = buf;
            int[] oldStart = start.clone();
            int[] oldEnd = end.clone();
            int oldCount = count;
            buf = new char[old.length];
            len = 0;
            count = 0;
            for (int t = 0; t < oldCount; t++) {
                int s = len;
                for (int k = oldStart[t]; k < oldEnd[t]; k++) {
                    buf[len++] = old[k];
                }
                boolean single = oldEnd[t] - oldStart[t] == 1 && Character.isLetter(old[oldStart[t]]);
                while (single && t + 1 < oldCount && oldEnd[t + 1] - oldStart[t + 1] == 1
                        && Character.isLetter(old[oldStart[t + 1]])) {
                    buf[len++] = old[oldStart[++t]];
                }
                add(s, len);
            }
        }
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
        // Taa marbuta: Fallujah/Falluja, Nasiriyah/Nasiriya, Nabatieh/Nabatiya.
        if (len >= 5 && b.charAt(len - 1) == 'h' && (b.charAt(len - 2) == 'a' || b.charAt(len - 2) == 'e')) {
            b.setCharAt(len - 2, 'a');
            b.setLength(--len);
        }
        // Nisba endings: Nasiriya/Nasiria, Saadouniya/Sadounia.
        if (len >= 5 && b.charAt(len - 1) == 'a' && b.charAt(len - 2) == 'y' && b.charAt(len - 3) == 'i') {
            b.deleteCharAt(len - 2);
        }
        String folded = b.toString();
        if (folded.equals("albu")) {
            return "abu";
        }
        return GENERIC_WORDS.getOrDefault(folded, folded);
    }

    /** {@link #foldWord(String)} over {@code in[from, to)} into {@code out}; returns the folded length. */
    private static int foldWord(char[] in, int from, int to, char[] out) {
        int n = to - from;
        String abbreviation = n == 2 && in[from + 1] == 't' ? switch (in[from]) {
            case 's' -> "saint";
            case 'm' -> "mount";
            case 'f' -> "fort";
            default -> null;
        } : n == 3 && in[from] == 's' && in[from + 1] == 't' && in[from + 2] == 'e' ? "sainte" : null;
        if (abbreviation != null) {
            abbreviation.getChars(0, abbreviation.length(), out, 0);
            return abbreviation.length();
        }
        int o = 0;
        boolean letters = false;
        for (int i = from; i < to; i++) {
            char c = in[i];
            char next = i + 1 < to ? in[i + 1] : 0;
            char folded;
            if (c == 'e' && next == 'e') {
                folded = 'i';
                i++;
            } else if (c == 'o' && (next == 'o' || next == 'u')) {
                folded = 'u';
                i++;
            } else if ((c == 'a' || c == 'e') && (next == 'y' || next == 'i')) {
                if (o == 0 || out[o - 1] != 'a') {
                    out[o++] = 'a';
                }
                folded = 'i';
                i++;
            } else {
                folded = c == 'q' ? 'k' : c;
            }
            boolean letter = folded > '9' && (folded <= 'z' || Character.isLetter(folded));
            letters |= letter;
            // Doubled letters collapse as they are written.
            if (letter && o > 0 && out[o - 1] == folded) {
                continue;
            }
            out[o++] = folded;
        }
        if (!letters) {
            return o;
        }
        if (o >= 5 && out[o - 1] == 'h' && (out[o - 2] == 'a' || out[o - 2] == 'e')) {
            out[o - 2] = 'a';
            o--;
        }
        if (o >= 5 && out[o - 1] == 'a' && out[o - 2] == 'y' && out[o - 3] == 'i') {
            out[o - 2] = 'a';
            o--;
        }
        if (o == 4 && out[0] == 'a' && out[1] == 'l' && out[2] == 'b' && out[3] == 'u') {
            out[1] = 'b';
            out[2] = 'u';
            o = 3;
        }
        return o;
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
