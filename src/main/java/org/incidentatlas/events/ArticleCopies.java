package org.incidentatlas.events;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import org.incidentatlas.model.Article;

/**
 * Identical copies of one article (the same text under two file names, or saved twice with other line breaks) are
 * one source, not several: their incidents would count the same report twice. Remembers a digest of each article's
 * text (white space collapsed) and, for a copy, the id of the article it copies. Keeps 32 bytes per article, never
 * the text. Not thread-safe: the pipeline calls it in corpus order.
 */
public final class ArticleCopies {
    private final Map<String, String> firstByDigest = new HashMap<>();

    /** The id of an earlier article with the same text as {@code a}, or null if {@code a} is the first with it. */
    public String copyOf(Article a) {
        String d = digestOf(a.text());
        if (d == null) {
            return null;
        }
        String first = firstByDigest.putIfAbsent(d, a.id());
        return first == null || first.equals(a.id()) ? null : first;
    }

    /** Runs of white space (as regex {@code \\s}: space, tab, line breaks, form feed, vertical tab) as one space. */
    static String collapse(String t) {
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isCollapsed(c)) {
                space = true;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString();
    }

    private static boolean isCollapsed(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    /**
     * The SHA-256 (hex) of the UTF-8 bytes of {@code collapse(text.strip())}, or null when that is empty. The bytes are
     * made and digested in a small buffer as the text is read (no stripped, collapsed or encoded copy of the text);
     * a lone surrogate counts as "?", as {@link String#getBytes} writes it.
     */
    static String digestOf(String text) {
        int from = 0;
        int to = text.length();
        // String.strip: every char of the BMP that Character.isWhitespace names (no supplementary one is).
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            return null;
        }
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
        byte[] buf = new byte[8192];
        int n = 0;
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isCollapsed(c)) {
                space = true;
                continue;
            }
            if (n > buf.length - 8) {
                md.update(buf, 0, n);
                n = 0;
            }
            if (space) {
                buf[n++] = ' ';
                space = false;
            }
            if (c < 0x80) {
                buf[n++] = (byte) c;
            } else if (c < 0x800) {
                buf[n++] = (byte) (0xC0 | c >> 6);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                // A pair's chars are adjacent in the collapsed text only if no white space stands between them.
                char d;
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(d = text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, d);
                    buf[n++] = (byte) (0xF0 | cp >> 18);
                    buf[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    buf[n++] = (byte) (0x80 | cp & 0x3F);
                    i++;
                } else {
                    buf[n++] = '?';
                }
            } else {
                buf[n++] = (byte) (0xE0 | c >> 12);
                buf[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        md.update(buf, 0, n);
        return java.util.HexFormat.of().formatHex(md.digest());
    }

    /** The note that says why a copy's incidents are left out. */
    public static String note(String original) {
        return "identical copy of " + original + ": one source, its incidents are those of " + original;
    }
}
