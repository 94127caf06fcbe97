package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class ArticleCopiesTest {
    @Test
    void whiteSpaceRunsCollapseAsTheRegularExpressionDid() {
        Random r = new Random(7);
        String alphabet = "ab \t\n\r\f\u000B\u00A0\u2003.";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(30); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String t = b.toString().strip();
            assertThat(ArticleCopies.collapse(t)).as("%s", t).isEqualTo(t.replaceAll("\\s+", " "));
        }
        assertThat(ArticleCopies.collapse("Gunmen  attacked\n\na  post")).isEqualTo("Gunmen attacked a post");
    }
}
