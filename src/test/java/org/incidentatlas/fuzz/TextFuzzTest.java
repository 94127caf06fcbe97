package org.incidentatlas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.text.ArticlePreparer;
import org.incidentatlas.text.HtmlTextExtractor;
import org.incidentatlas.text.TextDecoder;
import org.incidentatlas.text.TextSanitizer;
import org.incidentatlas.text.UndecodableTextException;

/**
 * Fuzz tests of reading: decoding, HTML to text, sanitising, sentence splitting. {@code mvn verify} replays the
 * committed inputs under {@code src/test/resources/org/incidentatlas/fuzz/TextFuzzTestInputs/<method>/};
 * {@code mvn verify -Pfuzz} (JAZZER_FUZZ=1) searches for new ones. A finding is any exception other than the
 * documented refusal, or a broken invariant.
 */
class TextFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void decodingEitherRefusesOrGivesSafeText(byte[] bytes) {
        TextDecoder.Decoded d;
        try {
            d = TextDecoder.decode(bytes);
        } catch (UndecodableTextException e) {
            return;
        }
        String clean = TextSanitizer.clean(d.text());
        assertThat(TextSanitizer.clean(clean)).isSameAs(clean);
        assertThat(clean).doesNotContain("\u0000", "\r");
    }

    @FuzzTest(maxDuration = "2m")
    void htmlGivesSafeTextWithOffsetsIntoTheSource(FuzzedDataProvider data) {
        String html = data.consumeRemainingAsString();
        HtmlTextExtractor.HtmlText t = HtmlTextExtractor.extract(html);
        assertThat(t.sourceOffsets()).hasSize(t.text().length() + 1);
        for (int o : t.sourceOffsets()) {
            assertThat(o).isBetween(0, html.length());
        }
        assertThat(TextSanitizer.clean(t.text())).isEqualTo(t.text());
        t.boilerplate().forEach(s -> assertThat(s.end()).isLessThanOrEqualTo(t.text().length()));
    }

    @FuzzTest(maxDuration = "2m")
    void sentencesCoverTheTextInOrder(FuzzedDataProvider data) {
        String text = TextSanitizer.clean(data.consumeRemainingAsString());
        List<Sentence> sentences = ArticlePreparer.sentences(text, List.of());
        int last = 0;
        for (Sentence s : sentences) {
            assertThat(s.span().start()).isGreaterThanOrEqualTo(last);
            assertThat(s.span().end()).isLessThanOrEqualTo(text.length());
            last = s.span().end();
        }
    }

    @FuzzTest(maxDuration = "1m")
    void sanitisingIsIdempotentAndEscapingLeavesNoControl(FuzzedDataProvider data) {
        String s = data.consumeRemainingAsString();
        String clean = TextSanitizer.clean(s);
        assertThat(TextSanitizer.clean(clean)).isEqualTo(clean);
        String shown = TextSanitizer.escapeControls(s);
        assertThat(shown.chars().noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F))).isTrue();
    }
}
