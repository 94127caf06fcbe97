package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
    void theStreamedDigestIsMurmur3OfTheStrippedCollapsedTextAsUtf8ReadsIt() {
        Random r = new Random(11);
        // ASCII, two- and three-byte chars, a pair, lone surrogates, the white space collapse reads and what it keeps.
        String[] pieces = {"a", "Z", " ", "\t", "\n", "\r", "\f", "\u000B", "\u00A0", "\u2003", "\u00E9", "\u0639",
            "\u20AC", "\uD83D\uDE00", "\uD83D", "\uDE00", ".", "?"};
        java.util.Map<ArticleCopies.Digest, String> byDigest = new java.util.HashMap<>();
        for (int n = 0; n < 3000; n++) {
            StringBuilder b = new StringBuilder();
            // Long ones, and short ones that collapse alike.
            for (int i = r.nextInt(n % 50 == 0 ? 9000 : n % 3 == 0 ? 6 : 40); i > 0; i--) {
                b.append(pieces[r.nextInt(pieces.length)]);
            }
            String t = b.toString();
            String c = ArticleCopies.collapse(t.strip());
            // As String.getBytes(UTF_8) reads it: a lone surrogate is "?".
            String asUtf8 = new String(c.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
            ArticleCopies.Digest d = ArticleCopies.digestOf(t);
            if (c.isEmpty()) {
                assertThat(d).as("%s", t).isNull();
                continue;
            }
            byte[] expected = com.google.common.hash.Hashing.murmur3_128().hashBytes(asUtf8.getBytes(StandardCharsets.UTF_16LE))
                    .asBytes();
            ByteBuffer got = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(d.high()).putLong(d.low());
            assertThat(got.array()).as("%s", t).isEqualTo(expected);
            // Same digest exactly when the collapsed texts' UTF-8 bytes are the same (what SHA-256 compared before).
            String seen = byDigest.putIfAbsent(d, asUtf8);
            assertThat(seen == null || seen.equals(asUtf8)).as("%s", t).isTrue();
        }
        assertThat(byDigest.size()).isGreaterThan(1000);
        assertThat(ArticleCopies.digestOf("a\uD83D")).isEqualTo(ArticleCopies.digestOf("a?"))
                .isNotEqualTo(ArticleCopies.digestOf("a\uD83D\uDE00"));
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
