package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** Plural strikes tied to one place and day, the target after "against", the agent after "by", another event's place after "followed". */
class PluralAndClauseRulesTest {
    /** A Wednesday. */
    private static final LocalDate PUB = LocalDate.of(2024, 2, 14);

    private static List<Incident> run(String text, Object... places) {
        Fixtures.Doc d = doc(text, PUB, places);
        return new RuleEventExtractor().extract(d.article(), d.mentions()).incidents();
    }

    @Test
    void pluralStrikesTiedToOnePlaceAndOneDayAreOneAirStrikeThere() {
        List<Incident> found = run("Several militiamen were killed in the US strikes early on Monday on their positions in Abu Kamal countryside.",
                "Abu Kamal", ABU_KAMAL);
        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(EventTyping.AIR);
            assertThat(i.place().name()).isEqualTo("Abu Kamal");
            assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 2, 12));
        });
    }

    @Test
    void pluralAttacksWithoutADaySumUpSeveralEventsAndAreNoIncident() {
        assertThat(run("Recent attacks have been reported on military bases in Abu Kamal and Raqqa.", "Abu Kamal", ABU_KAMAL, "Raqqa", RAQQA))
                .isEmpty();
        assertThat(run("Gunmen carried out attacks on Monday across Syria, officials said.", "Syria", SYRIA)).isEmpty();
    }

    @Test
    void whatAnAttackIsLaunchedAgainstIsWhereItHappened() {
        List<Incident> found = run("Drone or rocket attacks were launched twice against the Al Asad airbase in western Iraq, according to an official.",
                "Al Asad airbase", ASAD, "Iraq", IRAQ);
        assertThat(found).singleElement().satisfies(i -> assertThat(i.place().name()).isEqualTo("Al Asad Airbase"));
    }

    @Test
    void theAgentAfterByIsTheKillerNotTheVictims() {
        List<Incident> found = run("At least 22 people killed by rebel fighters in the eastern town of Raqqa, officials say.", "Raqqa", RAQQA);
        assertThat(found).singleElement().satisfies(i -> assertThat(i.type()).isEqualTo(EventTyping.CIVILIANS_ATTACKED));
    }

    @Test
    void aPlaceAfterFollowedBelongsToTheEventFollowed() {
        List<Incident> found = run("Wednesday's rocket attack followed live fire drills at the Al Asad airbase on Tuesday.",
                "Al Asad airbase", ASAD);
        assertThat(found).allSatisfy(i -> assertThat(i.place()).isNull());
    }

    @Test
    void aPlaceInTheAttributionAfterAQuotationDoesNotPlaceTheQuotedKilling() {
        List<Incident> found = run("\"Five people were killed in the arson,\" a militia leader in the provincial capital Raqqa said.", "Raqqa", RAQQA);
        assertThat(found).allSatisfy(i -> assertThat(i.place()).isNull());
    }

    @Test
    void aHighwayNamedAfterATownIsNotTheTown() {
        List<Incident> found = run("A roadside bomb hit a convoy on Raqqa Highway, north of Abu Kamal, on Monday.",
                "Raqqa Highway", RAQQA, "Abu Kamal", ABU_KAMAL);
        assertThat(found).singleElement().satisfies(i -> assertThat(i.place().name()).isEqualTo("Abu Kamal"));
    }

    @Test
    void anEventToldAnewADayApartWithItsOwnWeaponIsAnotherEvent() {
        List<Incident> found = run("A drone carrying explosives hit the wall of the Al Asad airbase on Tuesday. "
                + "A roadside bomb targeted a convoy on a desert highway on Monday.", "Al Asad airbase", ASAD);
        assertThat(found).hasSize(2);
        assertThat(found).filteredOn(i -> i.place() != null).singleElement().satisfies(i -> assertThat(i.evidence()).hasSize(1));
    }
}
