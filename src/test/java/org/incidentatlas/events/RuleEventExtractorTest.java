package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Sentence;
import org.junit.jupiter.api.Test;

class RuleEventExtractorTest {
    private static final LocalDate PUB = LocalDate.of(2024, 2, 14);
    private final RuleEventExtractor x = new RuleEventExtractor();

    private EventExtractor.Result run(Fixtures.Doc d) {
        return x.extract(d.article(), d.mentions());
    }

    @Test
    void aPublishersSeatIsNeverAnEventLocation() {
        Fixtures.Doc d = doc("On February 9, the London-based daily reported that rockets hit the base in Al-Anbar.", PUB,
                "seat:London", LONDON, "Al-Anbar", ANBAR);
        List<Incident> found = run(d).incidents();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isEqualTo(ANBAR);
    }

    @Test
    void anOutletNamedLikeATownIsNeverAnEventLocation() {
        Fixtures.Doc d = doc("In an interview with al-Mayadeen TV on December 1, he said rockets fell near the border.", PUB,
                "outlet:al-Mayadeen", MAYADIN);
        assertThat(run(d).incidents()).allSatisfy(i -> assertThat(i.place()).isNull());
    }

    @Test
    void boilerplateSentencesYieldNothing() {
        String text = "Rockets fell on Baghdad on Sunday.";
        Article a = new Article("t.txt", "t.txt", null, null, null, null, PUB, null, text,
                List.of(new Sentence(0, new org.incidentatlas.model.TextSpan(0, text.length()), true)), List.of(), null);
        Fixtures.Doc d = doc(text, PUB, "Baghdad", BAGHDAD);
        assertThat(x.extract(a, d.mentions()).incidents()).isEmpty();
    }

    @Test
    void aCountryOnlyEventIsKeptUnpinnedWithItsCountryAsArea() {
        Fixtures.Doc d = doc("Yesterday militants attacked a convoy in Iraq.", PUB, "Iraq", IRAQ);
        Incident i = run(d).incidents().get(0);
        assertThat(i.isPinned()).isFalse();
        assertThat(i.area()).isEqualTo(IRAQ);
        assertThat(i.geoPrecision()).isEqualTo(3);
        assertThat(i.date().start()).isEqualTo(PUB.minusDays(1));
    }

    @Test
    void theMostSpecificConsistentPlaceWinsAndNearMakesPrecisionTwo() {
        Fixtures.Doc d = doc("Rockets hit near Al Asad in Al-Anbar, Iraq on Sunday.", PUB,
                "Al Asad", ASAD, "Al-Anbar", ANBAR, "Iraq", IRAQ);
        Incident i = run(d).incidents().get(0);
        assertThat(i.place()).isEqualTo(ASAD);
        assertThat(i.geoPrecision()).isEqualTo(2);
    }

    @Test
    void aPlaceInAnotherClauseIsNotTheEventsPlace() {
        Fixtures.Doc d = doc("Al-Kaabi's November 26 visit with Russian officials raised concerns in Iraq.", PUB, "Iraq", IRAQ);
        Incident i = run(d).incidents().get(0);
        assertThat(i.area()).as("the fallback focus country, not a tie").isEqualTo(IRAQ);
        assertThat(i.date().start()).isEqualTo(LocalDate.of(2023, 11, 26));
    }

    @Test
    void relativeDatesStayUnresolvedWithoutPublicationDate() {
        Fixtures.Doc d = doc("Yesterday rockets hit Baghdad.", null, "Baghdad", BAGHDAD);
        Incident i = run(d).incidents().get(0);
        assertThat(i.date().isResolved()).isFalse();
        assertThat(i.date().text()).isEqualTo("Yesterday");
    }

    @Test
    void laterMentionsOfOneEventMergeAndKeepEveryQuote() {
        Fixtures.Doc d = doc("A Feb. 16 rocket attack hit Baghdad. Several rockets fell in Baghdad on February 16, causing panic. "
                + "Nobody claimed the attack.", LocalDate.of(2020, 2, 20), "Baghdad", BAGHDAD);
        List<Incident> found = run(d).incidents();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).evidence()).hasSize(3);
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2020, 2, 16));
    }

    @Test
    void aVictimNamedInTwoSentencesTiesTheDateToTheStrike() {
        Fixtures.Doc d = doc("The militants vowed to avenge America's January 3 killing of Qasem Soleimani.\n\n"
                + "Soleimani was killed by a U.S. drone as his motorcade left Baghdad.", LocalDate.of(2020, 2, 20), "Baghdad", BAGHDAD);
        List<Incident> found = run(d).incidents();
        assertThat(found).hasSize(1);
        Incident i = found.get(0);
        assertThat(i.type()).isEqualTo(EventTyping.AIR);
        assertThat(i.date().start()).isEqualTo(LocalDate.of(2020, 1, 3));
        assertThat(i.place()).isEqualTo(BAGHDAD);
        assertThat(i.fatalities()).isEqualTo(1);
        assertThat(i.actors()).extracting(a -> a.id()).contains("soleimani", "us-forces");
    }

    @Test
    void quotedAccusationIsAlleged() {
        Fixtures.Doc d = doc("“The American forces attacked our forces in Al-Anbar,” outlets quoted Kaabi as saying on Sunday.", PUB,
                "Al-Anbar", ANBAR);
        Incident i = run(d).incidents().get(0);
        assertThat(i.status()).isEqualTo(EventStatus.ALLEGED);
        assertThat(i.type()).isEqualTo(EventTyping.AIR);
    }

    @Test
    void deployedInAListOfPlacesGivesOneDeploymentPerPlaceButNotTheirContainers() {
        Fixtures.Doc d = doc("Harakat al-Nujaba and other militias are still deployed in Syria, particularly in the border town of "
                + "Albu Kamal, Deir Ezzor province; in al-Mayadeen; and around al-Raqa.", PUB,
                "Syria", SYRIA, "Albu Kamal", ABU_KAMAL, "Deir Ezzor", DEIR, "al-Mayadeen", MAYADIN, "al-Raqa", RAQQA);
        List<Deployment> ds = run(d).deployments();
        assertThat(ds).extracting(dp -> dp.place().name()).containsExactly("Abu Kamal", "Al Mayadin", "Raqqa");
        assertThat(ds).allSatisfy(dp -> assertThat(dp.actor().id()).isEqualTo("nujaba"));
        assertThat(ds.get(2).geoPrecision()).as("around").isEqualTo(2);
    }

    @Test
    void fightingSinceAYearIsADeploymentSinceThatYear() {
        Fixtures.Doc d = doc("Harakat al-Nujaba is a prominent Iraqi group. It has been fighting in Syria since 2013.",
                LocalDate.of(2018, 2, 23), "Syria", SYRIA, "Iraq", IRAQ);
        Deployment dp = run(d).deployments().get(0);
        assertThat(dp.actor().id()).isEqualTo("nujaba");
        assertThat(dp.area()).isEqualTo(SYRIA);
        assertThat(dp.since().start()).isEqualTo(LocalDate.of(2013, 1, 1));
        assertThat(dp.since().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(dp.since().openEnd()).isTrue();
    }

    @Test
    void troopsIncludingAtABaseIsADeploymentAtTheBase() {
        Fixtures.Doc d = doc("The U.S. currently has about 5,200 troops in different parts of Iraq, including in the Ayn al-Asad "
                + "Military Base in the western Iraqi province of al-Anbar.", PUB, "Iraq", IRAQ, "Ayn al-Asad", ASAD, "al-Anbar", ANBAR);
        List<Deployment> ds = run(d).deployments();
        assertThat(ds).hasSize(1);
        assertThat(ds.get(0).place()).isEqualTo(ASAD);
        assertThat(ds.get(0).actor().id()).isEqualTo("us-forces");
    }

    @Test
    void unnamedFactionsActiveInTwoGovernoratesAreTwoDeployments() {
        Fixtures.Doc d = doc("According to second-line commanders in Iraqi factions that have recently become active in Iraq's Al-Anbar "
                + "and Kirkuk governorates, the groups are all part of one array.", PUB, "Iraq", IRAQ, "Al-Anbar", ANBAR, "Kirkuk", KIRKUK);
        List<Deployment> ds = run(d).deployments();
        assertThat(ds).extracting(dp -> dp.place().name()).containsExactly("Al Anbar", "Kirkuk");
        assertThat(ds.get(0).actor().name()).isEqualTo("Iraqi factions");
    }

    @Test
    void headerDateLineAnchorsRelativeDatesWhenTheManifestHasNone() {
        String text = "Title Of The Piece\n\nFebruary 14, 2024\n\nYesterday rockets hit Baghdad.";
        Fixtures.Doc d = doc(text, null, "Baghdad", BAGHDAD);
        assertThat(run(d).incidents().get(0).date().start()).isEqualTo(LocalDate.of(2024, 2, 13));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            About 2,500 US troops are stationed at Al Asad.                         | us-forces
            Kataib Hezbollah is based in Al-Anbar.                                  | kataib-hezbollah
            The IRGC operates in Al-Anbar and Baghdad.                              | irgc
            Badr fighters remain deployed near Al Asad.                             | badr
            The London-based daily covered Al-Anbar extensively.                    | -
            """)
    void presenceCuesGiveDeploymentsOfTheSubject(String sentence, String actor) {
        Fixtures.Doc d = doc(sentence, PUB, "Al Asad", ASAD, "Al-Anbar", ANBAR, "Baghdad", BAGHDAD);
        List<Deployment> ds = run(d).deployments();
        if (actor.equals("-")) {
            assertThat(ds).isEmpty();
        } else {
            assertThat(ds).isNotEmpty().allSatisfy(dp -> assertThat(dp.actor().id()).isEqualTo(actor));
        }
    }

    @Test
    void emptyOrUndatedArticlesWithoutPlacesYieldNothingAndDoNotFail() {
        Fixtures.Doc empty = doc("", null);
        assertThat(run(empty).incidents()).isEmpty();
        Fixtures.Doc noPlaces = doc("Militants attacked a convoy. The minister met with Kataib Hezbollah.", null);
        assertThat(run(noPlaces).incidents()).isEmpty();
        assertThat(run(noPlaces).deployments()).isEmpty();
    }
}
