package org.incidentatlas.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeocodingScoreTest {

    private static double[] errors(String s) {
        return Arrays.stream(s.trim().split("\\s+")).mapToDouble(Double::parseDouble).toArray();
    }

    @ParameterizedTest(name = "errors [{0}] -> Acc@161 {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0                    | 1.0
            161                  | 1.0
            161.01               | 0.0
            160.99 161 161.01 5000 | 0.5
            """)
    void accuracyCountsErrorsOfAtMost161Km(String e, double acc) {
        assertThat(GeocodingScore.of(errors(e)).acc161()).isEqualTo(acc);
    }

    @Test
    void perfectGeocodingHasZeroAuc() {
        GeocodingScore s = GeocodingScore.of(new double[] {0, 0, 0});
        assertThat(s.auc()).isZero();
        assertThat(s.meanKm()).isZero();
        assertThat(s.medianKm()).isZero();
    }

    @Test
    void aucIsTheTrapezoidOfLogErrorsNormalisedByLogOf20039() {
        // y = ln(1+0) = 0 and ln(1+20038) = ln 20039: one trapezoid of area ln(20039)/2 over one unit.
        assertThat(GeocodingScore.of(new double[] {20038, 0}).auc()).isCloseTo(0.5, within(1e-12));
        // Sorted y = 0, 0, ln 20039: area = ln(20039)/2 over two units -> 0.25.
        assertThat(GeocodingScore.of(new double[] {0, 20038, 0}).auc()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void aucOfOneErrorIsItsNormalisedLog() {
        assertThat(GeocodingScore.of(new double[] {20038}).auc()).isCloseTo(1.0, within(1e-12));
        assertThat(GeocodingScore.of(new double[] {Math.E - 1}).auc()).isCloseTo(1 / Math.log(20039), within(1e-12));
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        GeocodingScore s = GeocodingScore.of(new double[] {100, 1, 10, 3});
        assertThat(s.medianKm()).isEqualTo(6.5);
        assertThat(s.meanKm()).isEqualTo(28.5);
        assertThat(s.count()).isEqualTo(4);
    }

    @Test
    void medianOfAnOddCountIsTheMiddleError() {
        assertThat(GeocodingScore.of(new double[] {7, 1, 1000}).medianKm()).isEqualTo(7);
    }

    @Test
    void nothingToScoreGivesNaNNotZero() {
        GeocodingScore s = GeocodingScore.of(new double[0]);
        assertThat(s.count()).isZero();
        assertThat(s.acc161()).isNaN();
        assertThat(s.auc()).isNaN();
        assertThat(s.medianKm()).isNaN();
    }
}
