package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** Where an incident happened: the grammar of news that ties a place to the event, on made-up sentences. */
class IncidentPlacementTest {
    private static final LocalDate PUB = LocalDate.of(2024, 2, 14);

    private static List<Incident> run(Fixtures.Doc d) {
        return new RuleEventExtractor().extract(d.article(), d.mentions()).incidents();
    }

    private static Incident only(String text, Object... places) {
        List<Incident> found = run(doc(text, PUB, places));
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void aDistanceFromATownPlacesTheEventNearIt() {
        Incident i = only("Gunmen raided a hamlet 30 kilometres (19 miles) from Raqqa on Tuesday, killing three farmers.", "Raqqa", RAQQA);
        assertThat(i.place()).isEqualTo(RAQQA);
        assertThat(i.geoPrecision()).isEqualTo(2);
    }

    @Test
    void anAttackTargetingABuildingOfATownIsInThatTown() {
        Incident i = only("An assault targeting the main market of Raqqa killed five people on Tuesday.", "Raqqa", RAQQA);
        assertThat(i.place()).isEqualTo(RAQQA);
        assertThat(i.geoPrecision()).isEqualTo(1);
    }

    @Test
    void whileInAndAProgressiveDoNotCutThePlaceOffItsEvent() {
        assertThat(only("Militants opened fire on soldiers with rifles on Tuesday while in Abu Kamal.", "Abu Kamal", ABU_KAMAL).place())
                .isEqualTo(ABU_KAMAL);
        Incident i = only("A roadside bomb exploded on Tuesday as an army convoy was driving past in Deir ez-Zor province.",
                "Deir ez-Zor", DEIR);
        assertThat(i.place()).isEqualTo(DEIR);
        assertThat(i.geoPrecision()).isEqualTo(3);
    }

    @Test
    void aRoadBetweenTwoTownsIsOnePlaceNotTwoEvents() {
        Incident i = only("Gunmen ambushed a police patrol on the road between Abu Kamal and Al Mayadin on Tuesday, killing two officers.",
                "Abu Kamal", ABU_KAMAL, "Al Mayadin", MAYADIN);
        // One incident, at one end of the road (the one nearest its trigger words).
        assertThat(i.place()).isIn(ABU_KAMAL, MAYADIN);
    }

    @Test
    void anOfficialsProvincePlacesAnEventNothingElsePlaces() {
        Incident i = only("The police chief of Deir ez-Zor province said gunmen killed three officers at a checkpoint on Tuesday.",
                "Deir ez-Zor", DEIR);
        assertThat(i.place()).isEqualTo(DEIR);
        assertThat(i.geoPrecision()).isEqualTo(3);
    }

    @Test
    void theNextSentenceNamesTheTownInsideTheProvinceOfTheLead() {
        Incident i = only("An airstrike hit a militia convoy in Deir ez-Zor province on Tuesday. "
                + "The warplanes carried out raids on three positions held by the militia in the town of Abu Kamal, residents said.",
                "Deir ez-Zor", DEIR, "Abu Kamal", ABU_KAMAL);
        assertThat(i.place()).isEqualTo(ABU_KAMAL);
        assertThat(i.geoPrecision()).isEqualTo(1);
        assertThat(i.evidence()).hasSize(2);
    }

    @Test
    void aTownOutsideTheLeadsProvinceDoesNotMoveIt() {
        List<Incident> found = run(doc("An airstrike hit a militia convoy in Deir ez-Zor province on Tuesday. "
                + "Separately, militias carried out raids on positions in Baghdad, residents said.",
                PUB, "Deir ez-Zor", DEIR, "Baghdad", BAGHDAD));
        assertThat(found).extracting(i -> i.place() == null ? "-" : i.place().name()).contains("Deir ez-Zor").doesNotContain("Abu Kamal");
        assertThat(found.get(0).place()).isEqualTo(DEIR);
    }
}
