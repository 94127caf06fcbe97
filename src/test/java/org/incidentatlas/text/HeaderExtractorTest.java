package org.incidentatlas.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderExtractorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            February 14, 2024                  => 2024-02-14
            Feb 23, 2018                       => 2018-02-23
            Feb. 23, 2018                      => 2018-02-23
            Sept. 5, 2019                      => 2019-09-05
            2024-02-14                         => 2024-02-14
            2024-02-14T09:30:00Z               => 2024-02-14
            14 February 2024                   => 2024-02-14
            14th February 2024                 => 2024-02-14
            Wednesday, February 14, 2024       => 2024-02-14
            February 30, 2024                  => null
            February 2024                      => null
            03/04/2024                         => null
            Feb. 16                            => null
            """, nullValues = "null")
    void parsesWholeDates(String input, String expected) {
        assertThat(HeaderExtractor.parseDate(input)).isEqualTo(expected == null ? null : LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            Headline\\n\\nBy Ahmad Majidyar | Fellow - The Institute | Feb 23, 2018\\nBody.       => 2018-02-23
            Headline\\n\\nFebruary 14, 2024\\n\\nThe report.                                      => 2024-02-14
            Headline\\nPublished: 14 February 2024, 10:32 GMT\\nBody.                            => 2024-02-14
            Headline\\nPosted on 23 February 2018 by Admin\\nBody.                               => 2018-02-23
            Headline\\nUpdated 2024-03-01\\nPublished 2024-02-14\\nBody.                         => 2024-02-14
            Headline\\n\\nOn February 9, 2024, the daily published a lengthy article.             => null
            A Feb. 16 rocket attack hit Baghdad.                                                   => null
            """, nullValues = "null")
    void findsTheDateLineOfTheHeaderButNotDatesInBodySentences(String input, String expected) {
        HeaderExtractor.DateLine line = HeaderExtractor.findDateLine(input.replace("\\n", "\n"));
        if (expected == null) {
            assertThat(line).isNull();
        } else {
            assertThat(line).isNotNull();
            assertThat(line.date()).isEqualTo(LocalDate.parse(expected));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            Iraqi Militia Throws Down the Gauntlet to the U.S.\\n\\nBody text here.                => Iraqi Militia Throws Down the Gauntlet to the U.S.
            # Rockets hit Baghdad airport\\n\\nBody.                                               => Rockets hit Baghdad airport
            Iraq News\\nSecurity\\n\\nLeader's Russia visit raises concerns\\n\\nBy X\\n\\nThe visit to Moscow has raised concerns in Iraq that Russia is seeking to expand its influence there. => Leader's Russia visit raises concerns
            Iran's Fars News Agency reports that the representative held a meeting yesterday.        => null
            February 14, 2024\\n\\nBody.                                                            => null
            """, nullValues = "null")
    void guessesTheHeadlineFromTheFirstRealLine(String input, String expected) {
        String text = input.replace("\\n", "\n");
        assertThat(HeaderExtractor.guessTitle(text, ArticlePreparer.sentences(text, java.util.List.of())))
                .isEqualTo(expected);
    }
}
