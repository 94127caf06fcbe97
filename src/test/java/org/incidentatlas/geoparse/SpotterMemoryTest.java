package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.NameFolding;
import org.junit.jupiter.api.Test;

/**
 * What the spotter remembers per token and across articles (the longest name at a token, a word's organisation
 * and demonym answers, one-edit matches) answers as a fresh search would, and never for another gazetteer.
 */
class SpotterMemoryTest {
    private static final InMemoryGazetteer GAZETTEER = GeoparseFixture.gazetteer();

    private static InMemoryGazetteer gazetteerWith(String... names) {
        InMemoryGazetteer g = new InMemoryGazetteer();
        int id = 1;
        for (String name : names) {
            g.add(new Place("gn:" + id++, name, PlaceKind.TOWN, "PPL", "IQ", "01", 33.0, 43.0, 1_000, 0), List.of());
        }
        return g;
    }

    @Test
    void theLongestNameAtATokenIsWalkedOnceAndAnsweredAlike() {
        String text = "Rockets fell on Deir ez-Zor Governorate and Al Mayadin";
        Tokens t = Tokens.of(text, 0, text.length());
        NameMatcher names = new NameMatcher(GAZETTEER, Lexicon.standard());
        assertThat(t.rememberedLongestPlace(3, GAZETTEER)).as("not asked yet").isEqualTo(-2);
        int first = names.longestPlace(t, 3);
        assertThat(t.word(first - 1)).isEqualTo("Governorate");
        assertThat(t.rememberedLongestPlace(3, GAZETTEER)).isEqualTo(first);
        assertThat(names.longestPlace(t, 3)).isEqualTo(first);
        assertThat(names.longestPlace(t, 0)).as("no name at Rockets").isEqualTo(-1);
        assertThat(t.rememberedLongestPlace(0, GAZETTEER)).isEqualTo(-1);
    }

    @Test
    void anotherGazetteerGetsItsOwnAnswers() {
        String text = "Fighters reached Hawija and Mosul";
        Tokens t = Tokens.of(text, 0, text.length());
        assertThat(new NameMatcher(GAZETTEER, Lexicon.standard()).longestPlace(t, 2)).isEqualTo(3);
        InMemoryGazetteer other = gazetteerWith("Mosul");
        NameMatcher otherNames = new NameMatcher(other, Lexicon.standard());
        assertThat(otherNames.longestPlace(t, 2)).as("Hawija is not in the other gazetteer").isEqualTo(-1);
        assertThat(otherNames.longestPlace(t, 4)).isEqualTo(5);
        assertThat(t.lookup(2, 3, other).places).isEmpty();
        assertThat(t.lookup(2, 3, GAZETTEER).places).isNotEmpty();
    }

    @Test
    void aWordsDemonymIsTheSameAskedTwiceAndPerGazetteer() {
        String text = "Iraqi and Syrian troops met Paris officials";
        Tokens t = Tokens.of(text, 0, text.length());
        NameMatcher names = new NameMatcher(GAZETTEER, Lexicon.standard());
        assertThat(names.demonym(t, 0, 1)).isEqualTo("IQ");
        assertThat(names.demonym(t, 0, 1)).isEqualTo("IQ");
        assertThat(names.demonym(t, 2, 3)).isEqualTo("SY");
        assertThat(names.demonym(t, 5, 6)).isNull();
        assertThat(names.demonym(t, 5, 6)).isNull();
        assertThat(new NameMatcher(gazetteerWith("Paris"), Lexicon.standard()).demonym(t, 0, 1))
                .as("a gazetteer without demonyms").isNull();
    }

    @Test
    void organisationNamesAreFoundTheSameWhenTheirFirstWordIsRemembered() {
        String text = "The Associated Press said the Washington Post reported it";
        NameMatcher names = new NameMatcher(GAZETTEER, Lexicon.standard());
        for (int round = 0; round < 2; round++) {
            Tokens t = Tokens.of(text, 0, text.length());
            assertThat(names.organisationEnd(t, 1)).as("Associated Press, round %d", round).isEqualTo(3);
            assertThat(names.organisationEnd(t, 5)).as("Washington Post, round %d", round).isEqualTo(7);
            assertThat(names.organisationEnd(t, 3)).as("said").isEqualTo(-1);
        }
    }

    @Test
    void aNameThatIsNotPlainWordsIsSharedAcrossArticlesAndAnsweredAsAFreshFold() {
        InMemoryGazetteer g = gazetteerWith("Sana'a", "Diyarbakır", "Mosul");
        String first = "Talks in Sana'a and Diyarbakır went on";
        String second = "Back in Sana'a, and later in Diyarbakır";
        Tokens a = Tokens.of(first, 0, first.length());
        Tokens b = Tokens.of(second, 0, second.length());
        FoldCache.Lookup sanaa = a.lookup(2, 3, g);
        assertThat(a.word(2)).isEqualTo("Sana'a");
        assertThat(sanaa.folded).isEqualTo(NameFolding.fold("Sana'a"));
        assertThat(sanaa.places).extracting(Place::name).containsExactly("Sana'a");
        assertThat(b.lookup(2, 3, g)).as("the same written name in another article").isSameAs(sanaa);
        FoldCache.Lookup turkish = a.lookup(4, 5, g);
        assertThat(turkish.folded).isEqualTo(NameFolding.fold("Diyarbakır"));
        assertThat(turkish.places).hasSize(1);
        assertThat(b.word(6)).isEqualTo("Diyarbakır");
        assertThat(b.lookup(6, 7, g)).isSameAs(turkish);
        assertThat(a.lookup(2, 3, gazetteerWith("Mosul")).places).as("another gazetteer").isEmpty();
        assertThat(a.name(2)).isEqualTo(NameFolding.fold("Sana'a"));
    }

    @Test
    void aTwoWordDemonymIsTheSameAskedTwiceAndPerGazetteer() {
        InMemoryGazetteer g = gazetteerWith("Seoul", "Juba");
        g.addDemonym("South Korean", "KR").addDemonym("South Sudanese", "SS");
        String text = "South Korean and South Sudanese envoys met";
        NameMatcher names = new NameMatcher(g, Lexicon.standard());
        for (int round = 0; round < 2; round++) {
            Tokens t = Tokens.of(text, 0, text.length());
            assertThat(names.demonym(t, 0, 2)).as("round %d", round).isEqualTo("KR");
            assertThat(names.demonym(t, 3, 5)).isEqualTo("SS");
            assertThat(names.demonym(t, 1, 3)).as("Korean and").isNull();
        }
        Tokens t = Tokens.of(text, 0, text.length());
        assertThat(new NameMatcher(gazetteerWith("Seoul"), Lexicon.standard()).demonym(t, 0, 2))
                .as("a gazetteer without demonyms").isNull();
    }

    @Test
    void aOneEditMatchIsRememberedPerGazetteer() {
        InMemoryGazetteer withKirkuk = gazetteerWith("Kirkuk");
        InMemoryGazetteer withoutKirkuk = gazetteerWith("Mosul");
        String kirkuk = NameFolding.fold("Kirkuk");
        String misspelt = kirkuk.substring(0, 4) + "a" + kirkuk.substring(4); // a letter too many
        assertThat(FuzzyNames.oneEditCached(misspelt, withKirkuk)).isEqualTo(kirkuk);
        assertThat(FuzzyNames.oneEditCached(misspelt, withKirkuk)).isEqualTo(kirkuk);
        assertThat(FuzzyNames.oneEditCached(misspelt, withoutKirkuk)).isNull();
        assertThat(FuzzyNames.oneEditCached(misspelt, withKirkuk)).isEqualTo(FuzzyNames.oneEdit(misspelt, withKirkuk));
    }
}
