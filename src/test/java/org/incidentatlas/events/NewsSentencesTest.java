package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wire-style sentences written for this test (not from the samples): type, date, place, status and fatalities
 * of the one incident each reports, published on Wednesday 2024-02-14.
 */
class NewsSentencesTest {
    private static final Place SYRIA = Fixtures.place("cc:SY", "Syria", PlaceKind.COUNTRY, "SY", 35.0, 38.5, 400);
    private static final Place LEBANON = Fixtures.place("cc:LB", "Lebanon", PlaceKind.COUNTRY, "LB", 33.9, 35.9, 60);
    private static final Place TIKRIT = Fixtures.place("gn:99131", "Tikrit", PlaceKind.CITY, "IQ", 34.6, 43.68, 8);
    private static final Place ERBIL = Fixtures.place("gn:95446", "Erbil", PlaceKind.CITY, "IQ", 36.19, 44.01, 12);
    private static final Place DAMASCUS = Fixtures.place("gn:170654", "Damascus", PlaceKind.CITY, "SY", 33.51, 36.29, 15);

    private final RuleEventExtractor x = new RuleEventExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Two US soldiers were wounded when a drone struck a base in northeastern Syria on Sunday, the Pentagon said. | Explosions/Remote violence: Air/drone strike | 2024-02-11 | Syria | REPORTED | 0
            An Israeli airstrike killed three Hezbollah fighters in southern Lebanon on Tuesday, the group said.     | Explosions/Remote violence: Air/drone strike | 2024-02-13 | Lebanon | REPORTED | 3
            Islamic State militants ambushed an army patrol near Tikrit on Monday, killing five soldiers.            | Battles: Armed clash | 2024-02-12 | Tikrit | REPORTED | 5
            The Islamic Resistance in Iraq claimed a drone attack on a base in Erbil yesterday.                     | Explosions/Remote violence: Air/drone strike | 2024-02-13 | Erbil | CLAIMED | 0
            Israeli warplanes struck targets near Damascus late on Saturday, Syrian state media reported.           | Explosions/Remote violence: Air/drone strike | 2024-02-10 | Damascus | REPORTED | 0
            Kataib Hezbollah leaders met IRGC commanders in Damascus last week.                                     | Strategic developments: Agreement | 2024-02-05 | Damascus | REPORTED | null
            Militants ambushed an army patrol near Tikrit Monday, killing four soldiers and a driver.               | Battles: Armed clash | 2024-02-12 | Tikrit | REPORTED | 5
            A gunman fatally shot a police officer outside a checkpoint in Erbil on Sunday.                        | Battles: Armed clash | 2024-02-11 | Erbil | REPORTED | 1
            Hundreds of people attended a rally against the militias in Damascus on Friday.                        | Protests: Peaceful protest | 2024-02-09 | Damascus | REPORTED | null
            An explosion ripped through a bus in Tikrit on Saturday, wounding nine passengers.                     | Explosions/Remote violence: Remote explosive/landmine/IED | 2024-02-10 | Tikrit | REPORTED | 0
            """)
    void codesWireSentences(String sentence, String type, LocalDate date, String place, String status, Integer fatalities) {
        Fixtures.Doc d = Fixtures.doc(sentence, LocalDate.of(2024, 2, 14), "Syria", SYRIA, "Lebanon", LEBANON, "Tikrit", TIKRIT,
                "Erbil", ERBIL, "Damascus", DAMASCUS);
        List<Incident> found = x.extract(d.article(), d.mentions()).incidents();
        assertThat(found).hasSize(1);
        Incident i = found.get(0);
        assertThat(i.type().label()).isEqualTo(type);
        assertThat(i.date().start()).isEqualTo(date);
        Place p = i.place() != null ? i.place() : i.area();
        assertThat(p.name()).isEqualTo(place);
        assertThat(i.status().name()).isEqualTo(status);
        assertThat(i.fatalities()).isEqualTo(fatalities);
    }

    @ParameterizedTest(name = "no incident: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The senator attacked the budget plan in Damascus on Monday.
            The home side attacked relentlessly in Erbil on Saturday and their striker shot wide twice.
            Hackers attacked the servers of a bank in Tikrit last week.
            The new phone was a blast hit in Damascus on Friday.
            A man who plotted to bomb a police station in Erbil was sentenced on Monday.
            Thousands marched in Damascus on Friday to demand an end to the killing.
            A gas explosion ripped through a restaurant in Erbil on Sunday, killing two people.
            The storm killed three people in Tikrit on Friday.
            """)
    void metaphorsPlotsAccidentsAndDemandsAreNoIncidents(String sentence) {
        Fixtures.Doc d = Fixtures.doc(sentence, LocalDate.of(2024, 2, 14), "Tikrit", TIKRIT, "Erbil", ERBIL, "Damascus", DAMASCUS);
        assertThat(x.extract(d.article(), d.mentions()).incidents()).isEmpty();
    }
}
