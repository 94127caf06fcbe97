package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.EventDate;
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
    void aDemonymBeforeTroopsOrWarplanesNamesThatCountrysForcesWhereTheLexiconDoesNot() {
        org.incidentatlas.model.Place nigeria = Fixtures.place("cc:NG", "Nigeria", org.incidentatlas.model.PlaceKind.COUNTRY, "NG", 9.1, 8.7, 500);
        org.incidentatlas.model.Place maiduguri = Fixtures.place("gn:2331447", "Maiduguri", org.incidentatlas.model.PlaceKind.CITY, "NG", 11.85,
                13.16, 15);
        Fixtures.Doc d = doc("Nigerian troops clashed with insurgents near Maiduguri on Tuesday. Separately, Iraqi army "
                + "units shelled militant hideouts in Anbar on Monday. Nigerian police arrested a man.", PUB, "demonym:Nigerian", nigeria, "Maiduguri",
                maiduguri, "demonym:Iraqi", IRAQ, "Anbar", ANBAR);
        List<Incident> found = run(d).incidents();
        Incident clash = found.stream().filter(i -> maiduguri.equals(i.place())).findFirst().orElseThrow();
        assertThat(clash.actors()).extracting(org.incidentatlas.model.Actor::id, org.incidentatlas.model.Actor::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("forces:NG", "Nigerian forces"));
        // the lexicon's own alias wins over the demonym ("Iraqi army"), and police are not read as forces
        assertThat(found.stream().flatMap(i -> i.actors().stream()).map(org.incidentatlas.model.Actor::id))
                .doesNotContain("forces:IQ").filteredOn("forces:NG"::equals).hasSize(1);
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
    void theAttackRightAfterAnEventIsThatEventEvenWithAPlaceOfItsOwn() {
        // The second place stands for a geoparser's wrong pin of the same street: the first event's place is kept.
        Fixtures.Doc d = doc("A gunman opened fire on police at a checkpoint in Baghdad on Monday. The attack left one officer dead "
                + "before police shot and killed the gunman. A tourist was in Raqqa and witnessed the attack.", PUB,
                "Baghdad", BAGHDAD, "Raqqa", RAQQA);
        List<Incident> found = run(d).incidents();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isEqualTo(BAGHDAD);
        assertThat(found.get(0).fatalities()).isEqualTo(1);
        assertThat(found.get(0).evidence()).hasSize(3);
    }

    @Test
    void theRallyAfterARallyIsTheSameRallyAndLendsItsDate() {
        Fixtures.Doc d = doc("Thousands of protesters gathered in Baghdad to demand jobs. "
                + "More than 200 people attended the rally in Raqqa on Saturday.", PUB, "Baghdad", BAGHDAD, "Raqqa", RAQQA);
        List<Incident> found = run(d).incidents();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isEqualTo(BAGHDAD);
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2024, 2, 10));
    }

    @Test
    void aRetaliationIsAnotherEventAndLendsNoPlaceToTheFirst() {
        Fixtures.Doc d = doc("Residents reported heavy shelling and bombing runs across the enclave. "
                + "The rebels retaliated, shelling two villages in Raqqa.", PUB, "Raqqa", RAQQA);
        List<Incident> found = run(d).incidents();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).place()).isEqualTo(RAQQA);
        assertThat(found.get(0).evidence()).hasSize(1);
    }

    @Test
    void theAttackOnAnotherDateIsAnotherEvent() {
        Fixtures.Doc d = doc("A car bomb killed two people in Baghdad on February 12. The attack in Raqqa on February 2 killed five "
                + "soldiers.", PUB, "Baghdad", BAGHDAD, "Raqqa", RAQQA);
        assertThat(run(d).incidents()).hasSize(2);
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

    private static final org.incidentatlas.model.Place TIKRIT = place("gn:99131", "Tikrit", org.incidentatlas.model.PlaceKind.CITY, "IQ", 34.6, 43.68, 8);
    private static final org.incidentatlas.model.Place ERBIL = place("gn:95446", "Erbil", org.incidentatlas.model.PlaceKind.CITY, "IQ", 36.19, 44.01, 12);
    private static final org.incidentatlas.model.Place BASRA = place("gn:99532", "Basra", org.incidentatlas.model.PlaceKind.CITY, "IQ", 30.51, 47.78, 12);

    @Test
    void aTollOfSeveralGroupsSinceAWeekdayIsOneClashWithTheSumAndAnOpenDate() {
        Fixtures.Doc d = doc("A monitoring group says 10 civilians, 8 militia fighters and 6 soldiers have been killed in the clashes "
                + "in Tikrit since Saturday.", PUB, "Tikrit", TIKRIT);
        Incident i = run(d).incidents().get(0);
        assertThat(i.type()).isEqualTo(EventTyping.CLASH);
        assertThat(i.place()).isEqualTo(TIKRIT);
        assertThat(i.fatalities()).isEqualTo(24);
        assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(i.date().openEnd()).isTrue();
        Fixtures.Doc undated = doc(d.article().text(), null, "Tikrit", TIKRIT);
        EventDate unknown = run(undated).incidents().get(0).date();
        assertThat(unknown.isResolved()).isFalse();
        assertThat(unknown.text()).isEqualTo("since Saturday");
    }

    @Test
    void aCampaignsRunningTollIsNoEvent() {
        Fixtures.Doc d = doc("The government offensive in Tikrit has killed more than 900 civilians, rescuers said. "
                + "The war in Iraq has killed thousands since 2003.", PUB, "Tikrit", TIKRIT, "Iraq", IRAQ);
        assertThat(run(d).incidents()).isEmpty();
    }

    @Test
    void aPlacedBlastAndADatedDeathInActionAreOneEvent() {
        Fixtures.Doc d = doc("The patrol had stopped in Tikrit when the roadside bomb exploded. Two others were hurt. "
                + "The army said Corporal Jan Novak was killed in action on February 12.", PUB, "Tikrit", TIKRIT);
        List<Incident> found = run(d).incidents();
        assertThat(found).hasSize(1);
        Incident i = found.get(0);
        assertThat(i.type()).isEqualTo(EventTyping.IED);
        assertThat(i.place()).isEqualTo(TIKRIT);
        assertThat(i.date().start()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(i.fatalities()).isEqualTo(1);
    }

    @Test
    void aDatedDeathNextToTwoPlacedAttacksMergesWithNeither() {
        Fixtures.Doc d = doc("A roadside bomb exploded in Tikrit. Rockets hit a base in Erbil. "
                + "A soldier was killed on February 12.", PUB, "Tikrit", TIKRIT, "Erbil", ERBIL);
        List<Incident> found = run(d).incidents();
        assertThat(found).extracting(i -> i.place() == null ? "-" : i.place().name()).containsExactly("Tikrit", "Erbil", "-");
    }

    @Test
    void theLeadsUnplacedSentenceLendsTypeAndTollToTheBlastPlacedLater() {
        Fixtures.Doc d = doc("A suicide car bomb in northern Iraq has killed 11 soldiers aboard a bus, officials say. "
                + "The blast destroyed the bus near a market in the city of Erbil.", PUB, "Iraq", IRAQ, "Erbil", ERBIL);
        List<Incident> found = run(d).incidents();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).type()).isEqualTo(EventTyping.SUICIDE);
        assertThat(found.get(0).place()).isEqualTo(ERBIL);
        assertThat(found.get(0).fatalities()).isEqualTo(11);
    }

    @Test
    void anEventYearsBeforeTheArticleOrThatStartedTheConflictIsBackground() {
        Fixtures.Doc origin = doc("Basra was the centre of the street protests that sparked the uprising twelve years ago.", PUB,
                "Basra", BASRA);
        assertThat(run(origin).incidents()).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(EventStatus.BACKGROUND));
        Fixtures.Doc old = doc("He was killed in a drone strike in Erbil in March 2019.", PUB, "Erbil", ERBIL);
        assertThat(run(old).incidents()).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(EventStatus.BACKGROUND));
        Fixtures.Doc recent = doc("He was killed in a drone strike in Erbil on February 2.", PUB, "Erbil", ERBIL);
        assertThat(run(recent).incidents()).singleElement().satisfies(i -> assertThat(i.status()).isEqualTo(EventStatus.REPORTED));
    }

    @Test
    void aTollSentenceRightAfterTheEventGivesItsFatalities() {
        Fixtures.Doc d = doc("A car bomb exploded in a market in Basra on Sunday. At least 20 people are dead and dozens hurt, "
                + "the health ministry said.", PUB, "Basra", BASRA);
        Incident i = run(d).incidents().get(0);
        assertThat(i.fatalities()).isEqualTo(20);
        assertThat(i.evidence()).hasSize(2);
    }

    @Test
    void anEventThatAnotherCameAfterIsDatedBackFromTheAnchor() {
        Fixtures.Doc d = doc("It comes a week after a car bomb killed four people in Erbil.", PUB, "Erbil", ERBIL);
        Incident i = run(d).incidents().get(0);
        assertThat(i.place()).isEqualTo(ERBIL);
        assertThat(i.date().start()).isEqualTo(PUB.minusWeeks(1));
        assertThat(i.fatalities()).isEqualTo(4);
    }

    @Test
    void aDateAcrossButBelongsToTheOtherClause() {
        Fixtures.Doc d = doc("Militants attacked a checkpoint in Tikrit on February 3. The attack left two guards wounded, but on "
                + "February 12 the hospital said both were recovering.", PUB, "Tikrit", TIKRIT);
        List<Incident> found = run(d).incidents();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).date().start()).isEqualTo(LocalDate.of(2024, 2, 3));
        assertThat(found.get(0).evidence()).hasSize(2);
    }

    @Test
    void anAssassinationLaterInTheArticleRefersToTheLeadKillingNotToAnEarlierBombing() {
        Fixtures.Doc d = doc("A gunman fatally shot a judge in Erbil on Monday. The gunman fled. Police closed the road. "
                + "Last week a car bomb killed 12 people in Basra. "
                + "The judge's assassination shocked the city.", PUB, "Erbil", ERBIL, "Basra", BASRA);
        List<Incident> found = run(d).incidents();
        assertThat(found).hasSize(2);
        assertThat(found.get(0).place()).isEqualTo(ERBIL);
        assertThat(found.get(0).evidence()).hasSize(2);
        assertThat(found.get(0).fatalities()).isEqualTo(1);
        assertThat(found.get(1).evidence()).hasSize(1);
    }

    @Test
    void aBombThatFailedToGoOffIsADisruptedWeaponsUse() {
        Fixtures.Doc d = doc("Police defused a roadside bomb near Tikrit on Monday.", PUB, "Tikrit", TIKRIT);
        Incident i = run(d).incidents().get(0);
        assertThat(i.type()).isEqualTo(EventTyping.DISRUPTED);
        assertThat(i.fatalities()).isZero();
    }

    @Test
    void crimeNewsWithoutAConflictActorYieldsNoIncident() {
        Fixtures.Doc d = doc("A man attacked his neighbour with a knife in Erbil on Sunday, police said. "
                + "The suspect was arrested at his home.", PUB, "Erbil", ERBIL);
        assertThat(run(d).incidents()).isEmpty();
    }

    @Test
    void theTargetOfAnAttackVerbIsWhereItHappened() {
        Fixtures.Doc d = doc("Rebels shelled government-held districts of Tikrit on Saturday, killing two children.", PUB, "Tikrit", TIKRIT);
        Incident i = run(d).incidents().get(0);
        assertThat(i.type()).isEqualTo(EventTyping.SHELLING);
        assertThat(i.place()).isEqualTo(TIKRIT);
        assertThat(i.fatalities()).isEqualTo(2);
    }
}
