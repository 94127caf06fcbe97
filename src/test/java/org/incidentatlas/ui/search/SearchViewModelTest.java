package org.incidentatlas.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.incidentatlas.ui.SyntheticExtraction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchViewModelTest {
    private final SearchViewModel search = new SearchViewModel();

    {
        search.setExtraction(SyntheticExtraction.extraction());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ain al-Asad | Ayn al-Asad (base, IQ)
            ayn al asad | Ayn al-Asad (base, IQ)
            Mayadin     | al-Mayadeen (town, SY)
            Bagdad      | Baghdad (city, IQ)
            """)
    void placesAreFoundUnderTheirTransliterations(String query, String first) {
        assertThat(search.search(query)).first().extracting(SearchViewModel.Result::label).isEqualTo(first);
    }

    @Test
    void aPlaceResultCarriesWhereToFly() {
        SearchViewModel.Result r = search.search("Ain al-Asad").get(0);
        assertThat(r.kind()).isEqualTo(SearchViewModel.Kind.PLACE);
        assertThat(r.bounds()[1]).isBetween(33.7, 33.9);
        assertThat(r.bounds()[0]).isBetween(42.3, 42.5);
    }

    @Test
    void actorsAndIncidentsAreFoundToo() {
        assertThat(search.search("Iran")).extracting(SearchViewModel.Result::kind)
                .containsExactly(SearchViewModel.Kind.ACTOR, SearchViewModel.Kind.INCIDENT);
        assertThat(search.search("zzzz")).isEmpty();
    }
}
