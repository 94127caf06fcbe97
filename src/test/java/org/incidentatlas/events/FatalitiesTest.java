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
            Monitors say 12 civilians, 9 police officers and 30 insurgents have been killed in the fighting. | 51
            The gunmen opened fire, killing three guards and a driver.                     | 4
            The blast killed two soldiers and wounded five others.                         | 2
            The shelling killed four people and two children were wounded.                 | 4
            The man was killed around 9 p.m. on the bridge.                                | 1
            Police fatally shot a 19-year-old man outside the station.                     | 1
            At least 14 people are dead and dozens hurt, the ministry said.                | 14
            The strike killed a senior commander of the guard and four of his aides.       | 5
            Gunmen killed a police officer at the checkpoint.                              | 1
            The raid killed 12 people, many of them children.                              | 12
            Clashes killed at least 14 people on Thursday, a monitor said.                 | 14
            The attack left one officer dead and three people wounded.                     | 1
            """)
    void readsConservativeCounts(String sentence, Integer expected) {
        assertThat(Fatalities.in(sentence)).isEqualTo(expected);
    }
}
