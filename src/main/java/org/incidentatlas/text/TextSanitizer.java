package org.incidentatlas.text;

import java.util.Arrays;

/**
 * Makes decoded text safe for every output, once, at reading: NUL, lone surrogates and non-characters
 * (U+FFFE, U+FFFF) become U+FFFD; other control characters (C0 and C1, escape sequences included) except
 * {@code \n} and {@code \t} are dropped. So JSON, GeoJSON, CSV, KML and GeoPackage never carry a character a
 * standard tool refuses, and a title printed on a terminal cannot move its cursor.
 */
public final class TextSanitizer {
    public static final char REPLACEMENT = '\uFFFD';

    private TextSanitizer() {
    }

    /** Text and, when given, its offset map ({@code offsets[i]} for kept character i, plus one past the end). */
    public record Cleaned(String text, int[] offsets) {
    }

    /** The text with unsafe characters replaced or dropped; the same instance when already clean. */
    public static String clean(String s) {
        return clean(s, null).text();
    }

    /**
     * As {@link #clean(String)}, keeping an offset map in step: {@code offsets} has {@code s.length() + 1}
     * entries (the last one past the end); the result's map has one per kept character plus the end.
     */
    public static Cleaned clean(String s, int[] offsets) {
        int first = firstUnsafe(s);
        if (first < 0) {
            return new Cleaned(s, offsets);
        }
        StringBuilder out = new StringBuilder(s.length());
        int[] map = offsets == null ? null : new int[s.length() + 1];
        out.append(s, 0, first);
        if (map != null) {
            System.arraycopy(offsets, 0, map, 0, first);
        }
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            char keep;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    if (map != null) {
                        map[out.length()] = offsets[i];
                        map[out.length() + 1] = offsets[i + 1];
                    }
                    out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
                keep = REPLACEMENT;
            } else if (Character.isLowSurrogate(c) || c == 0 || c == '\uFFFE' || c == '\uFFFF') {
                keep = REPLACEMENT;
            } else if (isDroppedControl(c)) {
                continue;
            } else {
                keep = c;
            }
            if (map != null) {
                map[out.length()] = offsets[i];
            }
            out.append(keep);
        }
        if (map != null) {
            map[out.length()] = offsets[s.length()];
            map = Arrays.copyOf(map, out.length() + 1);
        }
        return new Cleaned(out.toString(), map);
    }

    /**
     * For a source whose offsets must not move (an HTML page): unsafe characters become U+FFFD, dropped controls
     * a space (HTML collapses it), so the length stays the same.
     */
    public static String cleanKeepingLength(String s) {
        int first = firstUnsafe(s);
        if (first < 0) {
            return s;
        }
        char[] cs = s.toCharArray();
        for (int i = first; i < cs.length; i++) {
            char c = cs[i];
            if (Character.isHighSurrogate(c) && i + 1 < cs.length && Character.isLowSurrogate(cs[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c) || c == 0 || c == '\uFFFE' || c == '\uFFFF') {
                cs[i] = REPLACEMENT;
            } else if (isDroppedControl(c) && c != '\r') {
                cs[i] = ' ';
            }
        }
        return new String(cs);
    }

    /** Index of the first character {@link #clean} would change, or -1. */
    static int firstUnsafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c != '\n' && c != '\t') {
                    return i;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return i;
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
        }
        return -1;
    }

    static boolean isDroppedControl(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * For printing a name (file, title) on a terminal: control characters, lone surrogates and bidirectional
     * overrides are shown as {@code \}{@code uXXXX} escapes instead of acting on the terminal.
     */
    public static String escapeControls(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            boolean bad = c < 0x20 || (c >= 0x7F && c <= 0x9F) || (Character.isSurrogate(c) && !pair)
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            if (bad && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (bad) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                    if (pair) {
                        out.append(s.charAt(++i));
                    }
                }
            } else if (pair) {
                i++;
            }
        }
        return out == null ? s : out.toString();
    }
}
