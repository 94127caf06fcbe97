package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PopupPlacementTest {
    @ParameterizedTest(name = "anchor at {0},{1}")
    @CsvSource(textBlock = """
            400, 300
            0,   0
            799, 0
            0,   599
            799, 599
            400, 2
            400, 598
            2,   300
            798, 300
            """)
    void aPopupIsAlwaysInsideTheView(double x, double y) {
        double[] at = PopupLayer.place(x, y, 380, 260, 800, 600);
        assertThat(at[0]).isBetween(PopupLayer.MARGIN, 800 - 380 - PopupLayer.MARGIN);
        assertThat(at[1]).isBetween(PopupLayer.MARGIN, 600 - 260 - PopupLayer.MARGIN);
    }

    @ParameterizedTest(name = "anchor at {0},{1}")
    @CsvSource(textBlock = """
            400, 400, above-right
            400, 100, below-right
            700, 400, above-left
            700, 100, below-left
            """)
    void itFlipsBelowAndLeftOnlyWhenItMust(double x, double y, String where) {
        double[] at = PopupLayer.place(x, y, 300, 200, 800, 600);
        boolean above = at[1] + 200 <= y;
        boolean right = at[0] >= x - 18 - 1e-9;
        assertThat((above ? "above" : "below") + "-" + (right ? "right" : "left")).isEqualTo(where);
    }
}
