package org.incidentatlas.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;

class RecognitionScoreTest {
    private static TextSpan s(int a, int b) {
        return new TextSpan(a, b);
    }

    @Test
    void precisionRecallAndF1FromCounts() {
        RecognitionScore r = RecognitionScore.of(2, 3, 4);
        assertThat(r.truePositives()).isEqualTo(2);
        assertThat(r.falsePositives()).isEqualTo(1);
        assertThat(r.falseNegatives()).isEqualTo(2);
        assertThat(r.precision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(r.recall()).isEqualTo(0.5);
        assertThat(r.f1()).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void emptySystemScoresZeroNotNaN() {
        RecognitionScore r = RecognitionScore.of(0, 0, 10);
        assertThat(r.precision()).isZero();
        assertThat(r.f1()).isZero();
    }

    @Test
    void shorterPredictionCountsForOverlapButNotForExact() {
        // "Deir Ezzor province" [0,19) predicted as "Deir Ezzor" [0,10)
        List<TextSpan> gold = List.of(s(0, 19));
        List<TextSpan> pred = List.of(s(0, 10));
        assertThat(SpanMatching.match(gold, pred, MatchMode.EXACT)).containsExactly(-1);
        assertThat(SpanMatching.match(gold, pred, MatchMode.OVERLAP)).containsExactly(0);
    }

    @Test
    void onePredictionIsCreditedToOneGoldSpanOnly() {
        // "Lagos Island" predicted as one span over gold "Lagos" [0,5) and a second gold [6,12)
        List<TextSpan> gold = List.of(s(0, 5), s(6, 12));
        List<TextSpan> pred = List.of(s(0, 12));
        assertThat(SpanMatching.match(gold, pred, MatchMode.OVERLAP)).containsExactly(0, -1);
    }

    @Test
    void exactMatchIsNotStolenByAnEarlierOverlappingGoldSpan() {
        List<TextSpan> gold = List.of(s(0, 12), s(0, 5));
        List<TextSpan> pred = List.of(s(0, 5));
        assertThat(SpanMatching.match(gold, pred, MatchMode.OVERLAP)).containsExactly(-1, 0);
    }

    @Test
    void touchingSpansDoNotOverlap() {
        assertThat(SpanMatching.match(List.of(s(0, 5)), List.of(s(5, 9)), MatchMode.OVERLAP)).containsExactly(-1);
    }
}
