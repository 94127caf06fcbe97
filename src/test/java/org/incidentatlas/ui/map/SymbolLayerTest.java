package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SymbolLayerTest {
    /** A mixed cluster's ring takes the commonest colour; on a tie the one that reached that count first. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            0,       0
            0 1,     0
            0 1 1,   1
            0 1 1 0, 1
            2 0 0 2, 0
            1 2 2 2, 2
            """)
    void commonestFillTiesGoToTheFirstToGetThere(String fills, int expected) {
        int[] fill = java.util.Arrays.stream(fills.split(" ")).mapToInt(Integer::parseInt).toArray();
        int[] members = java.util.stream.IntStream.range(0, fill.length).toArray();
        assertThat(SymbolLayer.commonestFill(members, fill, new int[3])).isEqualTo(expected);
    }
}
