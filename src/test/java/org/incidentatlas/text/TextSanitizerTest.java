package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextSanitizerTest {
    @ParameterizedTest
    @CsvSource(delimiterString = "->", textBlock = """
            'a\\u0000b'       -> 'a\\uFFFDb'
            'a\\uD800b'       -> 'a\\uFFFDb'
            'a\\uDC00'        -> 'a\\uFFFD'
            'a\\u001B[31mb'   -> 'a[31mb'
            'a\\u0085b\\rc'    -> 'abc'
            'tab\\tand\\nline' -> 'tab\\tand\\nline'
            'pair \\uD83D\\uDE00 ok' -> 'pair \\uD83D\\uDE00 ok'
            """)
    void nulAndLoneSurrogatesBecomeReplacementOtherControlsAreDropped(String in, String out) {
        assertThat(TextSanitizer.clean(unescape(in))).isEqualTo(unescape(out));
    }

    @Test
    void cleanTextIsReturnedAsIs() {
        String s = "Rockets hit Baghdad.\n";
        assertThat(TextSanitizer.clean(s)).isSameAs(s);
    }

    @Test
    void offsetsFollowTheKeptCharacters() {
        TextSanitizer.Cleaned c = TextSanitizer.clean("a\u0007b\u0000c", new int[] {10, 11, 12, 13, 14, 15});
        assertThat(c.text()).isEqualTo("ab\uFFFDc");
        assertThat(c.offsets()).containsExactly(10, 12, 13, 14, 15);
    }

    @Test
    void keepingLengthReplacesInsteadOfDropping() {
        assertThat(TextSanitizer.cleanKeepingLength("a\u0007b\u0000\r")).isEqualTo("a b\uFFFD\r");
    }

    @Test
    void escapingForTheTerminalShowsControlsAndDirectionOverrides() {
        assertThat(TextSanitizer.escapeControls("evil\u001B[31mred\u202Etxt.exe"))
                .isEqualTo("evil\\u001B[31mred\\u202Etxt.exe");
        assertThat(TextSanitizer.escapeControls("plain")).isEqualTo("plain");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && s.charAt(i + 1) == 't') {
                b.append('\t');
                i++;
            } else if (c == '\\' && s.charAt(i + 1) == 'n') {
                b.append('\n');
                i++;
            } else if (c == '\\' && s.charAt(i + 1) == 'r') {
                b.append('\r');
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
