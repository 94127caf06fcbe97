package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.BAGHDAD;
import static org.incidentatlas.events.Fixtures.doc;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One sentence in, the ACLED type and status of the one event it reports out ("-" when it reports none). */
class EventTypingTest {
    private final RuleEventExtractor x = new RuleEventExtractor();

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            A US drone strike hit a car in Baghdad on Sunday.                              | Explosions/Remote violence: Air/drone strike | REPORTED
            Israeli warplanes bombed a depot in Baghdad on Sunday.                         | Explosions/Remote violence: Air/drone strike | REPORTED
            Two rockets fell near the airport in Baghdad on Sunday.                        | Explosions/Remote violence: Shelling/artillery/missile attack | REPORTED
            Militants fired mortar rounds at a base in Baghdad on Sunday.                  | Explosions/Remote violence: Shelling/artillery/missile attack | REPORTED
            A roadside bomb exploded in Baghdad on Sunday, killing two soldiers.           | Explosions/Remote violence: Remote explosive/landmine/IED | REPORTED
            A car bomb killed 12 people in Baghdad on Sunday.                              | Explosions/Remote violence: Remote explosive/landmine/IED | REPORTED
            A suicide bomber blew himself up in Baghdad on Sunday.                         | Explosions/Remote violence: Suicide bomb | REPORTED
            Clashes between the army and ISIS fighters erupted in Baghdad on Sunday.       | Battles: Armed clash | REPORTED
            Five soldiers were killed in an ambush in Baghdad on Sunday.                   | Battles: Armed clash | REPORTED
            Gunmen shot dead three civilians in Baghdad on Sunday.                         | Violence against civilians: Attack | REPORTED
            Gunmen kidnapped a journalist in Baghdad on Sunday.                            | Violence against civilians: Abduction/forced disappearance | REPORTED
            Kataib Hezbollah leaders met with PMF commanders in Baghdad on Sunday.         | Strategic developments: Agreement | REPORTED
            Akram al-Kaabi traveled to Baghdad on Sunday.                                  | Strategic developments: Agreement | REPORTED
            The IRGC established a new base in Baghdad on Sunday.                          | Strategic developments: Headquarters or base established | REPORTED
            Kataib Hezbollah threatened to attack US troops in Baghdad on Sunday.          | Strategic developments: Other | THREATENED
            Harakat al-Nujaba vowed to avenge its fighters in Baghdad on Sunday.           | Strategic developments: Other | THREATENED
            Iraqi security forces arrested four ISIS members in Baghdad on Sunday.         | Strategic developments: Arrests | REPORTED
            Thousands of protesters gathered in Baghdad on Sunday.                         | Protests: Peaceful protest | REPORTED
            Rioters torched a party office in Baghdad on Sunday.                           | Riots: Violent demonstration | REPORTED
            ISIS claimed responsibility for the bombing in Baghdad on Sunday.              | Explosions/Remote violence: Remote explosive/landmine/IED | CLAIMED
            The Houthis claimed an attack on a ship near Baghdad on Sunday using a missile. | Explosions/Remote violence: Shelling/artillery/missile attack | CLAIMED
            The group alleged that US forces attacked its fighters in Baghdad on Sunday.   | Explosions/Remote violence: Air/drone strike | ALLEGED
            The army denied that its troops shelled Baghdad on Sunday.                     | Explosions/Remote violence: Shelling/artillery/missile attack | DENIED
            The group used militias to attack US troops in Baghdad.                        | - | -
            They discussed ways of attacking ships in Baghdad.                             | - | -
            The militia would fight US troops in Baghdad.                                  | - | -
            He travels frequently to Baghdad to meet officials.                            | - | -
            The group has claimed nearly 200 attacks on bases in Baghdad since 2023.       | - | -
            He plotted a series of attacks against the government in Baghdad.             | - | -
            Over 500 people have been killed in Baghdad so far.                            | - | -
            Tension rose over the ballistic missile program in Baghdad.                    | - | -
            The airline CEOs met with investors in Baghdad on Sunday.                      | - | -
            Police arrested a burglar in Baghdad on Sunday.                                | - | -
            The suspect was charged with murder after a man was killed in Baghdad on Sunday. | - | -
            The ship launched the drones in Baghdad on Monday.                             | - | -
            The companies struck a deal in Baghdad on Monday.                              | - | -
            The president threatened to slap tariffs on imports in Baghdad on Monday.      | - | -
            A malware attack hit banks in Baghdad on Monday.                               | - | -
            The firm demonstrated its product in Baghdad on Monday.                        | - | -
            The Baghdad Rockets hit a late shot to beat Basra on Monday.                   | - | -
            The quakes struck near Baghdad on Monday, killing 12 people.                   | - | -
            The envoy asked for the remains of volunteers killed in Baghdad to be sent home. | - | -
            Relatives of those slain in Baghdad gathered for a vigil at the cathedral.     | - | -
            The bodies of four soldiers killed in Baghdad on Sunday were flown home.        | Battles: Armed clash | REPORTED
            One woman died after being struck by a vehicle in Baghdad on Monday.           | - | -
            """)
    void codesTheEventOfOneSentence(String sentence, String type, String status) {
        Fixtures.Doc d = doc(sentence, LocalDate.of(2024, 2, 14), "Baghdad", BAGHDAD);
        List<Incident> found = x.extract(d.article(), d.mentions()).incidents();
        if (type.equals("-")) {
            assertThat(found).isEmpty();
            return;
        }
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type().label()).isEqualTo(type);
        assertThat(found.get(0).status().name()).isEqualTo(status);
    }
}
