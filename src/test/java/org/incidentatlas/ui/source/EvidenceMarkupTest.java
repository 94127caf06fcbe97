package org.incidentatlas.ui.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.TextSpan;
import org.incidentatlas.ui.SyntheticExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvidenceMarkupTest {
    private static final Extraction X = SyntheticExtraction.extraction();

    /** The segments of a text with marks written as [kind:start-end], rendered as "plain{KIND:marked}plain". */
    private static String render(String text, List<Mark> marks, TextSpan focus) {
        return EvidenceMarkup.segments(text, new TextSpan(0, text.length()), marks, focus).stream()
                .map(s -> (s.focus() ? "|" : "") + (s.mark() == null ? s.text() : "{" + s.mark().kind() + ":" + s.text() + "}"))
                .collect(Collectors.joining());
    }

    private static Mark mark(Mark.Kind k, int s, int e) {
        return new Mark(new TextSpan(s, e), k, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            no marks;                 0;  0;  0; 0;  0; 0; strike near Baghdad
            one place;                12; 19; 0; 0;  0; 0; strike near {PLACE:Baghdad}
            place and focus;          12; 19; 0; 0;  7; 19; strike |near |{PLACE:Baghdad}
            place at start;           0;  6;  0; 0;  0; 0; {PLACE:strike} near Baghdad
            overlap keeps the first;  7;  19; 12; 15; 0; 0; strike {PLACE:near Baghdad}
            """)
    void cutsTextIntoPlainAndMarkedSegments(String name, int ps, int pe, int as, int ae, int fs, int fe,
                                            String expected) {
        String text = "strike near Baghdad";
        List<Mark> marks = new java.util.ArrayList<>();
        if (pe > ps) {
            marks.add(mark(Mark.Kind.PLACE, ps, pe));
        }
        if (ae > as) {
            marks.add(mark(Mark.Kind.ACTOR, as, ae));
        }
        assertThat(render(text, marks, fe > fs ? new TextSpan(fs, fe) : null)).isEqualTo(expected);
    }

    @Test
    void focusSplitsSegmentsAtTheSentenceBounds() {
        String text = "One. Two here. Three.";
        List<Segment> segs = EvidenceMarkup.segments(text, new TextSpan(0, text.length()),
                List.of(mark(Mark.Kind.DATE, 9, 13)), new TextSpan(5, 14));
        assertThat(segs.stream().filter(Segment::focus).map(Segment::text).collect(Collectors.joining()))
                .isEqualTo("Two here.");
        assertThat(segs).filteredOn(s -> s.mark() != null).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("here"));
    }

    @Test
    void incidentMarksItsPlaceDateAndActorInTheQuotedSentence() {
        Incident strike = X.incidents().get(0);
        Article a = X.article(strike.evidence().get(0).articleId()).orElseThrow();
        TextSpan sentence = EvidenceMarkup.sentenceOf(a, strike.evidence().get(0));
        assertThat(sentence.of(a.text()))
                .isEqualTo("On 3 January 2020 a US drone strike near Baghdad airport killed the commander of the Quds Force.");
        List<Mark> marks = EvidenceMarkup.forIncident(X, a, sentence, strike.place(), strike.date(), strike.actors());
        assertThat(marks).extracting(m -> m.kind() + ":" + m.span().of(a.text()))
                .containsExactlyInAnyOrder("PLACE:Baghdad", "DATE:3 January 2020", "ACTOR:US drone");
    }

    @Test
    void evidenceWithAStaleSentenceIndexFallsBackToTheSentenceAtItsOffset() {
        Article a = X.articles().get(0);
        int at = a.text().indexOf("Ayn al-Asad");
        TextSpan s = EvidenceMarkup.sentenceOf(a, Evidence.of(a.id(), 0, at, at + 11));
        assertThat(s.of(a.text())).startsWith("Five days later Iran fired missiles");
    }
}
