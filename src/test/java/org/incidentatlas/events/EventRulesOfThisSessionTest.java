package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** One event per location, one incident per event, the lead's date, and the weapon or victims that type an attack. */
class EventRulesOfThisSessionTest {
    private static final LocalDate PUB = LocalDate.of(2024, 2, 14);

    private static List<Incident> run(Fixtures.Doc d) {
        return new RuleEventExtractor().extract(d.article(), d.mentions()).incidents();
    }

    @Test
    void aStrikeOnTwoCoordinatedTownsIsTwoEvents() {
        Fixtures.Doc d = doc("Warplanes struck militia depots in Abu Kamal and in Al Mayadin on Tuesday, killing four fighters.", PUB,
                "Abu Kamal", ABU_KAMAL, "Al Mayadin", MAYADIN);
        List<Incident> found = run(d);
        assertThat(found).extracting(i -> i.place().name()).containsExactlyInAnyOrder("Abu Kamal", "Al Mayadin");
        assertThat(found).allSatisfy(i -> assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 2, 13)));
        // The toll stays with the first place; the text does not split it.
        assertThat(found).extracting(Incident::fatalities).containsExactly(4, 0);
    }

    @Test
    void aReferencePointSouthOfATownIsNoSecondEvent() {
        Fixtures.Doc d = doc("Rockets hit a base in Abu Kamal, south of Raqqa, on Tuesday.", PUB,
                "Abu Kamal", ABU_KAMAL, "Raqqa", RAQQA);
        assertThat(run(d)).extracting(i -> i.place().name()).containsExactly("Abu Kamal");
    }

    @Test
    void aLaterGenericMentionOfTheAttackIsTheSameEvent() {
        Fixtures.Doc d = doc("A drone strike hit the Al Asad airbase in Anbar on Tuesday. "
                + "Officials said the attack took place around 2 a.m. on Tuesday.", PUB, "Al Asad airbase", ASAD, "Anbar", ANBAR);
        List<Incident> found = run(d);
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(EventTyping.AIR);
            assertThat(i.evidence()).hasSize(2);
        });
    }

    @Test
    void anUndatedEventOfTheLeadTakesThePublicationDay() {
        Fixtures.Doc d = doc("Rockets landed inside the Al Asad airbase, officials said. Nobody was hurt.", PUB,
                "Al Asad airbase", ASAD);
        assertThat(run(d)).singleElement().satisfies(i -> {
            assertThat(i.date().start()).isEqualTo(PUB);
            assertThat(i.date().precision()).isEqualTo(DatePrecision.DAY);
            assertThat(i.date().text()).contains("publication date");
        });
    }

    @Test
    void aGenericAttackTakesItsWeaponsTypeAndAKillingsVictimsBeatTheAttackWord() {
        assertThat(EventTyping.byWeapon("Militants attacked the outpost with mortars.")).isEqualTo(EventTyping.SHELLING);
        assertThat(EventTyping.byWeapon("A drone and rockets targeted the base.")).isNull();
        Fixtures.Doc d = doc("Ten soldiers were killed on Sunday in an attack on their camp near Raqqa. "
                + "The camp was targeted by armed men at dawn.", PUB, "Raqqa", RAQQA);
        assertThat(run(d)).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(EventTyping.CLASH));
    }
}
