package org.incidentatlas.text;

/**
 * What {@code \s} of {@link java.util.regex.Pattern} matches without {@code UNICODE_CHARACTER_CLASS}: space, tab, line
 * feed, vertical tab, form feed and carriage return. Code that reads a text in place of a pattern with {@code \s}
 * asks this, so that both agree on every char (a test compares them over the whole BMP).
 */
public final class RegexSpace {
    private RegexSpace() {
    }

    /** Whether {@code c} is one of {@code [ \t\n\x0B\f\r]}. */
    public static boolean is(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** The end of the run of {@link #is(char)} chars from {@code i} within {@code to}. */
    public static int skip(String text, int i, int to) {
        while (i < to && is(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@link #is(char)} for a code point. */
    public static boolean is(int c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }
}
