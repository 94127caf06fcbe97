package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleBarViewTest {
    @ParameterizedTest
    @CsvSource({"0.7, 0.5", "1, 1", "1.9, 1", "2, 2", "4.99, 2", "5, 5", "73, 50", "120, 100", "999, 500"})
    void roundsDownToOneTwoOrFive(double km, double nice) {
        assertThat(ScaleBarView.niceKm(km)).isCloseTo(nice, org.assertj.core.data.Offset.offset(1e-9));
    }
}
