package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordScannerTest {
    @Test
    void findsOverlappingKeywordsInOnePassIgnoringAsciiCase() {
        KeywordScanner s = new KeywordScanner(List.of("click here", "here", "©", "subscri"));
        List<String> hits = new ArrayList<>();
        String text = "Please CLICK HERE to Subscribe. © 2024 — ünïcode here";
        s.scan(text, (k, start) -> hits.add(k + "@" + start));
        assertThat(hits).containsExactly("0@7", "1@13", "3@21", "2@32", "1@49");
    }

    @Test
    void nonAsciiCharactersBreakAMatch() {
        KeywordScanner s = new KeywordScanner(List.of("click here"));
        List<Integer> hits = new ArrayList<>();
        s.scan("click\u00A0here", (k, start) -> hits.add(start));
        assertThat(hits).isEmpty();
    }
}
