package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpanAlignerTest {
    private static final String TEXT = "The mayor of Etobicoke, near Toronto, met Toronto officials.";

    @ParameterizedTest(name = "{0} recorded at {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Etobicoke | 13  | 13
            Etobicoke | 17  | 13
            Etobicoke | 25  | 13
            Etobicoke | 26  | -1
            Etobicoke | -3  | -1
            Toronto   | 35  | 29
            Toronto   | 40  | 42
            Toronto   | 500 | -1
            Ottawa    | 13  | -1
            """)
    void putsDriftedSpansBackOnTheirWords(String surface, int recorded, int expected) {
        Optional<TextSpan> s = SpanAligner.align(TEXT, surface, recorded, 12);
        if (expected < 0) {
            assertThat(s).isEmpty();
        } else {
            assertThat(s).contains(new TextSpan(expected, expected + surface.length()));
        }
    }
}
