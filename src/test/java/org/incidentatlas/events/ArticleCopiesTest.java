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

    @Test
    void theStreamedDigestIsThatOfTheStrippedCollapsedTextsBytes() throws Exception {
        Random r = new Random(11);
        // ASCII, two- and three-byte chars, a pair, lone surrogates, the white space collapse reads and what it keeps.
        String[] pieces = {"a", "Z", " ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u2003", "\u00E9", "\u0639",
            "\u20AC", "\uD83D\uDE00", "\uD83D", "\uDE00", "."};
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            // Some past the digest's 8 KB buffer.
            for (int i = r.nextInt(n % 50 == 0 ? 6000 : 40); i > 0; i--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String t = b.toString();
            String c = ArticleCopies.collapse(t.strip());
            String expected = c.isEmpty() ? null : java.util.HexFormat.of().formatHex(java.security.MessageDigest
                    .getInstance("SHA-256").digest(c.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(ArticleCopies.digestOf(t)).as("%s", t).isEqualTo(expected);
        }
    }

    @Test
    void aCopyWithOtherLineBreaksNamesTheFirst() {
        ArticleCopies copies = new ArticleCopies();
        assertThat(copies.copyOf(article("a", "Gunmen attacked a post.\nTwo died."))).isNull();
        assertThat(copies.copyOf(article("b", "  Gunmen attacked a post.\r\n\r\nTwo  died.\n"))).isEqualTo("a");
        assertThat(copies.copyOf(article("c", "Gunmen attacked a post. Three died."))).isNull();
        assertThat(copies.copyOf(article("d", " \n "))).isNull();
    }

    private static org.incidentatlas.model.Article article(String id, String text) {
        return new org.incidentatlas.model.Article(id, null, null, null, null, null, null, null, text, java.util.List.of(),
                java.util.List.of(), null);
    }
}
