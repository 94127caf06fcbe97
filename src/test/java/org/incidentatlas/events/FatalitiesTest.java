package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FatalitiesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            27 members of the Popular Mobilization Force (PMF) were killed in the village. | 27
            The strike killed at least 12 people.                                          | 12
            Dozens of fighters were killed.                                                | 12
            Several civilians were killed.                                                 | 3
            Twenty-one soldiers were killed in the ambush.                                 | 21
            The commander was killed by a drone.                                           | 1
            The blast left 5 to 7 dead.                                                    | 5
            Dozens of U.S. troops were injured in these attacks.                           | null
            Rockets fell near the embassy, causing no casualties.                          | 0
            The militia has about 5,200 fighters.                                          | null
            """)
    void readsConservativeCounts(String sentence, Integer expected) {
        assertThat(Fatalities.in(sentence)).isEqualTo(expected);
    }
}
