package org.incidentatlas.events;

import java.nio.charset.StandardCharsets;
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
        String text = collapse(a.text().strip());
        if (text.isEmpty()) {
            return null;
        }
        String d = digest(text);
        String first = firstByDigest.putIfAbsent(d, a.id());
        return first == null || first.equals(a.id()) ? null : first;
    }

    /** Runs of white space (as regex {@code \\s}: space, tab, line breaks, form feed, vertical tab) as one space. */
    static String collapse(String t) {
        StringBuilder b = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
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

    private static String digest(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The note that says why a copy's incidents are left out. */
    public static String note(String original) {
        return "identical copy of " + original + ": one source, its incidents are those of " + original;
    }
}
