package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexSpaceTest {
    @Test
    void agreesWithThePatternEngineOnEveryChar() {
        Pattern s = Pattern.compile("\\s");
        int spaces = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean regex = s.matcher(String.valueOf((char) c)).matches();
            assertThat(RegexSpace.is((char) c)).as("U+%04X", c).isEqualTo(regex);
            assertThat(RegexSpace.is(c)).as("U+%04X", c).isEqualTo(regex);
            spaces += regex ? 1 : 0;
        }
        assertThat(spaces).isEqualTo(6);
        assertThat(RegexSpace.is(0x1F600)).isFalse();
    }
}
