package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** Dates an event takes from the episode it belongs to: follow-up attacks, "came N after", "hours later". */
class EpisodeDatingTest {
    /** A Wednesday. */
    private static final LocalDate PUB = LocalDate.of(2024, 2, 14);

    private static List<Incident> run(Fixtures.Doc d) {
        return new RuleEventExtractor().extract(d.article(), d.mentions()).incidents();
    }

    private static Incident at(List<Incident> found, String place) {
        return found.stream().filter(i -> i.place() != null && i.place().name().equals(place)).findFirst().orElseThrow();
    }

    @Test
    void anotherAttackWithoutADateOfItsOwnTakesTheDateOfTheEpisode() {
        Fixtures.Doc d = doc("Gunmen killed three policemen at a checkpoint in Raqqa on Monday, officials said. "
                + "In another attack, gunmen fired on a security patrol in Abu Kamal, causing no injuries.", PUB,
                "Raqqa", RAQQA, "Abu Kamal", ABU_KAMAL);
        Incident second = at(run(d), "Abu Kamal");
        assertThat(second.date().start()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(second.date().text()).contains("event told before");
    }

    @Test
    void anUndatedAttackWithoutAnEpisodeCueTakesNoDateOfTheEventBefore() {
        Fixtures.Doc d = doc("Gunmen killed three policemen at a checkpoint in Raqqa on Monday, officials said. "
                + "Residents said the group has fired on patrols in Abu Kamal, causing no injuries.", PUB,
                "Raqqa", RAQQA, "Abu Kamal", ABU_KAMAL);
        List<Incident> found = run(d);
        assertThat(found).filteredOn(i -> i.place() != null && i.place().name().equals("Abu Kamal"))
                .allSatisfy(i -> assertThat(i.date().start()).isNotEqualTo(LocalDate.of(2024, 2, 12)));
    }

    @Test
    void hoursLaterIsTheDayOfTheEventBefore() {
        Fixtures.Doc d = doc("A roadside bomb hit a convoy in Raqqa on Sunday. "
                + "Hours later, another explosive device hit a convoy in Abu Kamal, a local outlet reported.", PUB,
                "Raqqa", RAQQA, "Abu Kamal", ABU_KAMAL);
        assertThat(at(run(d), "Abu Kamal").date().start()).isEqualTo(LocalDate.of(2024, 2, 11));
    }

    @Test
    void anEventThatCameDaysAfterAnotherDatesThatOneFromItsOwnDay() {
        Fixtures.Doc d = doc("Militants stormed a police post in Raqqa on Friday night, killing two officers. "
                + "No one has claimed the attack, which came two days after gunmen attacked a house in Abu Kamal, killing eight people.",
                PUB, "Raqqa", RAQQA, "Abu Kamal", ABU_KAMAL);
        assertThat(at(run(d), "Abu Kamal").date().start()).isEqualTo(LocalDate.of(2024, 2, 7));
    }

    @Test
    void justHoursAfterIsTheSameDayAndHoursBeforeAnEventIsNoDate() {
        assertThat(DateResolver.resolve("The attack came just hours after the bombing.", PUB).start()).isEqualTo(PUB);
        assertThat(DateResolver.resolve("It happened hours before the killing.", PUB).isResolved()).isFalse();
        assertThat(DateResolver.resolve("On Sunday a bomb exploded. Hours later, another one went off.", PUB)).satisfies(
                dd -> assertThat(dd.start()).isEqualTo(LocalDate.of(2024, 2, 11)));
    }

    @Test
    void aLeadWeekdayTheDayAfterAUrlDateMovesTheAnchorADayOn() {
        // 2016-12-11 is a Sunday: the page filed on Sunday was rewritten on Monday.
        PublicationAnchor url = new PublicationAnchor(LocalDate.of(2016, 12, 11), DatePrecision.DAY, false, "URL");
        String text = "Fears swept the city on Monday as police probed the bomb blast that hit a church the day before.";
        assertThat(DateAnchoring.updated(text, url).date()).isEqualTo(LocalDate.of(2016, 12, 12));
        assertThat(DateAnchoring.dates(text, DateAnchoring.updated(text, url)))
                .extracting(f -> f.date().start()).containsExactly(LocalDate.of(2016, 12, 12), LocalDate.of(2016, 12, 11));
    }

    @Test
    void aStatedDateAWeekdayBeforeItsDateAndOtherWeekdaysLeaveTheAnchor() {
        LocalDate sunday = LocalDate.of(2016, 12, 11);
        PublicationAnchor stated = new PublicationAnchor(sunday, DatePrecision.DAY, false, "manifest");
        PublicationAnchor url = new PublicationAnchor(sunday, DatePrecision.DAY, false, "URL");
        assertThat(DateAnchoring.updated("Police said on Monday that a bomb hit a church.", stated)).isSameAs(stated);
        assertThat(DateAnchoring.updated("The airport, pictured on Monday, Jan. 8, 2020. A bomb hit it on Sunday.", url)).isSameAs(url);
        assertThat(DateAnchoring.updated("A bomb hit a church on Saturday, police said on Monday.", url)).isSameAs(url);
    }

    @Test
    void anUndatedAttackPastTheLeadReportedAsNewsTakesThePublicationDay() {
        Fixtures.Doc d = doc("Rockets hit the embassy in Baghdad on Wednesday. Nobody was hurt, the mission said. "
                + "The embassy has been targeted before. Officials gave no details. Residents were told to stay inside. "
                + "Rocket attacks were launched against the Al Asad airbase, according to an official.", PUB,
                "Baghdad", BAGHDAD, "Al Asad airbase", ASAD);
        Incident asad = at(run(d), "Al Asad Airbase");
        assertThat(asad.date().start()).isEqualTo(PUB);
        assertThat(asad.date().text()).isEqualTo("publication date (the text gives none)");
    }

    @Test
    void anUndatedAttackPastTheLeadToldAsRecalledStaysUndated() {
        Fixtures.Doc d = doc("Rockets hit the embassy in Baghdad on Wednesday. Nobody was hurt, the mission said. "
                + "Officials gave no details. Residents were told to stay inside. "
                + "Militants had previously fired rockets at the Al Asad airbase, officials said.", PUB,
                "Baghdad", BAGHDAD, "Al Asad airbase", ASAD);
        assertThat(run(d)).filteredOn(i -> i.place() != null && i.place().name().equals("Al Asad Airbase"))
                .allSatisfy(i -> assertThat(i.date().isResolved()).isFalse());
    }

    @Test
    void anUndatedKillingAtThePlaceOfAnEarlierStrikeIsThatStrikesToll() {
        Fixtures.Doc d = doc("US aircraft struck a militia base in Abu Kamal early on Tuesday, officials said. "
                + "The strikes followed attacks on US troops. Officials gave no details. "
                + "In a statement, the militia said five of its fighters were killed in Abu Kamal.", PUB, "Abu Kamal", ABU_KAMAL);
        assertThat(run(d)).singleElement().satisfies(i -> {
            assertThat(i.type()).isEqualTo(EventTyping.AIR);
            assertThat(i.fatalities()).isEqualTo(5);
        });
    }
}
