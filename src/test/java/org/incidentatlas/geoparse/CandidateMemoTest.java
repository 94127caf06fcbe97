package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;

/** The one-pass candidate facts and the per-thread memo give the answers of the questions they replace. */
class CandidateMemoTest {
    private static Place place(String id, String name, PlaceKind kind, String code, long pop) {
        return new Place(id, name, kind, code, "ZZ", "01", 10, 20, pop, 5);
    }

    private static final Place COUNTRY = place("t:1", "Norland", PlaceKind.COUNTRY, "PCLI", 5_000_000);
    private static final Place PROVINCE = place("t:2", "Westmark", PlaceKind.ADMIN1, "ADM1", 400_000);
    private static final Place CAPITAL = place("t:3", "Harbour City", PlaceKind.CITY, "PPLC", 60_000);
    private static final Place BIG_TOWN = place("t:4", "Millbrook", PlaceKind.CITY, "PPL", 150_000);
    private static final Place HAMLET = place("t:5", "Millbrook", PlaceKind.VILLAGE, "PPL", 80);
    private static final Place SEA = place("t:6", "Grey Sea", PlaceKind.SEA, null, 0);

    @Test
    void factsAnswerEachQuestionOfTheList() {
        List<List<Place>> lists = List.of(List.of(), List.of(HAMLET), List.of(COUNTRY, HAMLET), List.of(PROVINCE),
                List.of(CAPITAL), List.of(BIG_TOWN, HAMLET), List.of(SEA), List.of(HAMLET, HAMLET, HAMLET, HAMLET, HAMLET,
                        BIG_TOWN));
        for (List<Place> ps : lists) {
            int f = Candidates.facts(ps);
            assertThat((f & Candidates.COUNTRY) != 0).as("country %s", ps).isEqualTo(Candidates.hasCountry(ps));
            assertThat((f & Candidates.ADMIN1) != 0).as("admin1 %s", ps)
                    .isEqualTo(Candidates.hasKind(ps, PlaceKind.ADMIN1));
            assertThat((f & Candidates.GOVERNMENT_LIKE) != 0).as("government %s", ps)
                    .isEqualTo(Candidates.isGovernmentLike(ps));
            assertThat((f & Candidates.BIG_CITY) != 0).as("big city %s", ps).isEqualTo(Candidates.hasBigCity(ps));
            assertThat((f & Candidates.PROMINENT) != 0).as("prominent %s", ps).isEqualTo(Candidates.isProminent(ps));
            assertThat((f & Candidates.POPULOUS) != 0).as("populous %s", ps)
                    .isEqualTo(ps.stream().anyMatch(p -> p.population() >= 100_000));
            assertThat((f & Candidates.AREA) != 0).as("area %s", ps)
                    .isEqualTo(ps.stream().anyMatch(QualifierLinks::isArea));
            assertThat((f & Candidates.NOT_COUNTRY) == 0).as("only countries %s", ps)
                    .isEqualTo(ps.stream().allMatch(p -> p.kind() == PlaceKind.COUNTRY));
            assertThat(CandidateMemo.get().facts(ps)).isEqualTo(f);
            assertThat(CandidateMemo.get().facts(ps)).as("remembered").isEqualTo(f);
        }
        assertThat(Candidates.facts(List.of(HAMLET, HAMLET, HAMLET, HAMLET, HAMLET))).isEqualTo(Candidates.NOT_COUNTRY);
    }

    @Test
    void memoKeepsListsApartAndAnswersOwnNamesLikeCandidates() {
        List<Place> longList = new ArrayList<>(List.of(HAMLET, HAMLET, HAMLET, HAMLET, BIG_TOWN, PROVINCE));
        List<Place> other = new ArrayList<>(List.of(HAMLET, HAMLET, HAMLET, HAMLET, HAMLET, HAMLET));
        CandidateMemo memo = CandidateMemo.get();
        assertThat(memo.facts(longList))
                .isEqualTo(Candidates.BIG_CITY | Candidates.ADMIN1 | Candidates.PROMINENT | Candidates.POPULOUS
                        | Candidates.AREA | Candidates.NOT_COUNTRY);
        // an equal-looking list is another list: never the first one's answer
        assertThat(memo.facts(other)).isEqualTo(Candidates.NOT_COUNTRY);
        assertThat(memo.ownNamed(longList, "Millbrook", "Millbrook"))
                .isEqualTo(Candidates.ownNamed(longList, "Millbrook", "Millbrook"))
                .contains(BIG_TOWN, HAMLET);
        assertThat(memo.ownNamed(longList, "Westmark", "Westmark")).containsExactly(PROVINCE);
        assertThat(memo.ownNamed(longList, "Millbrook", "Millbrook")).hasSize(5);
    }

    @Test
    void namePriorsGiveThePriorsOfEachCandidateAndAreRemembered() {
        ResolverWeights w = ResolverWeights.standard();
        List<Place> all = List.of(COUNTRY, PROVINCE, CAPITAL, BIG_TOWN, HAMLET, SEA);
        CandidateMemo memo = CandidateMemo.get();
        for (String name : List.of("Millbrook", "Grey", "Harbour", "Norland", "Grey Sea", "Westmark")) {
            String key = FoldCache.fold(name);
            NamePriors np = memo.priors(all, key, w);
            assertThat(memo.priors(all, key, w)).as("remembered").isSameAs(np);
            for (int i = 0; i < all.size(); i++) {
                Place p = all.get(i);
                boolean own = CandidatePriors.isOwnName(key, p);
                assertThat(np.own(i)).as("%s %s", key, p.name()).isEqualTo(own);
                assertThat(np.wellKnown(i)).isEqualTo(CandidatePriors.wellKnown(p, w));
                assertThat(np.population(i)).isEqualTo(CandidatePriors.population(p, w));
                for (boolean ownNamedTown : new boolean[] {false, true}) {
                    for (double country : new double[] {0, 1.5}) {
                        assertThat(np.prominence(i, ownNamedTown, country)).as("%s %s %s %s", key, p.name(),
                                ownNamedTown, country)
                                .isEqualTo(CandidatePriors.prominence(own, p, ownNamedTown, country, w));
                    }
                }
            }
        }
        assertThat(memo.priors(all, FoldCache.fold("Millbrook"), w).own(4)).isTrue();
        assertThat(memo.priors(all, FoldCache.fold("Harbour"), w).own(2)).isFalse(); // not named after its country
        assertThat(memo.priors(new ArrayList<>(all), FoldCache.fold("Millbrook"), w))
                .as("an equal list is another list").isNotSameAs(memo.priors(all, FoldCache.fold("Millbrook"), w));
    }

    @Test
    void aFilteredOutNameShowsItsFirstFivePlacesUnusedTheSameListEachTime() {
        List<Place> all = List.of(COUNTRY, PROVINCE, CAPITAL, BIG_TOWN, HAMLET, SEA);
        CandidateMemo memo = CandidateMemo.get();
        List<org.incidentatlas.model.Candidate> shown = memo.filteredOut(all, RejectReason.PERSON_NAME);
        assertThat(shown).extracting(org.incidentatlas.model.Candidate::place)
                .containsExactly(COUNTRY, PROVINCE, CAPITAL, BIG_TOWN, HAMLET);
        assertThat(shown).allSatisfy(c -> {
            assertThat(c.score()).isZero();
            assertThat(c.note()).isEqualTo(RejectReason.PERSON_NAME.notUsed());
        });
        assertThat(memo.filteredOut(all, RejectReason.PERSON_NAME)).isSameAs(shown);
        assertThat(memo.filteredOut(all, RejectReason.OUTLET)).extracting(org.incidentatlas.model.Candidate::note)
                .containsOnly(RejectReason.OUTLET.notUsed());
        assertThat(memo.filteredOut(List.of(SEA), RejectReason.PERSON_NAME)).extracting(org.incidentatlas.model.Candidate::place)
                .containsExactly(SEA);
    }

    @Test
    void theRememberedCountryOfANameIsCountryFocusAnswer() {
        CandidateMemo memo = CandidateMemo.get();
        for (List<Place> ps : List.of(List.of(COUNTRY, HAMLET), List.of(HAMLET, BIG_TOWN), List.of(COUNTRY, PROVINCE),
                List.of(SEA), List.<Place>of(), List.of(HAMLET, HAMLET, HAMLET, HAMLET))) {
            assertThat(memo.unambiguousCountry(ps)).as("%s", ps).isEqualTo(CountryFocus.unambiguousCountry(ps))
                    .isEqualTo(memo.unambiguousCountry(ps));
        }
        assertThat(memo.unambiguousCountry(List.of(COUNTRY, HAMLET))).isEqualTo("ZZ");
    }

    @Test
    void containsPlaceIsContains() {
        Place copy = place("t:4", "Millbrook", PlaceKind.CITY, "PPL", 150_000);
        Place sameIdOtherRow = place("t:4", "Millbrook", PlaceKind.TOWN, "PPL", 150_000);
        List<Place> ps = List.of(HAMLET, BIG_TOWN);
        assertThat(Candidates.containsPlace(ps, BIG_TOWN)).isTrue();
        assertThat(Candidates.containsPlace(ps, copy)).isEqualTo(ps.contains(copy)).isTrue();
        assertThat(Candidates.containsPlace(ps, sameIdOtherRow)).isEqualTo(ps.contains(sameIdOtherRow)).isFalse();
        assertThat(Candidates.containsPlace(ps, SEA)).isFalse();
    }

    @Test
    void noteTextNamesCodeCountryPopulationAndScoringComponents() {
        assertThat(PlaceResolver.noteText(BIG_TOWN, 64 | 1 | 4)).isEqualTo("chosen: PPL ZZ pop 150000; +qualifier; "
                + "+country-coherence");
        assertThat(PlaceResolver.noteText(SEA, 0)).isEqualTo("lost: SEA ZZ");
        assertThat(CandidateMemo.get().note(HAMLET, 8)).isEqualTo("lost: PPL ZZ pop 80; +spatial-coherence")
                .isSameAs(CandidateMemo.get().note(HAMLET, 8));
    }
}
