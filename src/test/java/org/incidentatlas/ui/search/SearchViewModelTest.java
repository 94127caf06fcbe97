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

    @Test
    void aPlaceAndAnActorAreFoundInEitherScript() {
        org.incidentatlas.model.Extraction x = SyntheticExtraction.extraction();
        String text = "قصفت حركة النجباء قاعدة عين الأسد.";
        org.incidentatlas.model.Article ar = SyntheticExtraction.article("003_ar.txt", null, null, null, text);
        var mention = new org.incidentatlas.model.PlaceMention(SyntheticExtraction.ev(ar, "قاعدة عين الأسد"),
                "قاعدة عين الأسد", org.incidentatlas.model.MentionRole.LITERAL,
                org.incidentatlas.model.MentionStatus.RESOLVED, "fixture", SyntheticExtraction.AYN_AL_ASAD,
                java.util.List.of(), 0.9);
        var nujaba = new org.incidentatlas.model.Actor("nujaba", "Harakat al-Nujaba",
                org.incidentatlas.model.ActorType.ARMED_GROUP, SyntheticExtraction.ev(ar, "حركة النجباء"));
        var strike = new org.incidentatlas.model.Incident("003_ar.txt#e1",
                org.incidentatlas.model.EventType.parse("Explosions/Remote violence: Shelling/artillery/missile attack"),
                org.incidentatlas.model.EventDate.unresolved(null), SyntheticExtraction.AYN_AL_ASAD, 1,
                java.util.List.of(nujaba), null, org.incidentatlas.model.EventStatus.REPORTED,
                java.util.List.of(SyntheticExtraction.ev(ar, text)), java.util.List.of("003_ar.txt"), null);
        java.util.List<org.incidentatlas.model.Article> articles = new java.util.ArrayList<>(x.articles());
        articles.add(ar);
        java.util.List<org.incidentatlas.model.PlaceMention> mentions = new java.util.ArrayList<>(x.mentions());
        mentions.add(mention);
        java.util.List<org.incidentatlas.model.Incident> incidents = new java.util.ArrayList<>(x.incidents());
        incidents.add(strike);
        search.setExtraction(new org.incidentatlas.model.Extraction(articles, mentions, incidents, x.deployments(),
                x.problems()));

        assertThat(search.search("عين الأسد")).first().extracting(SearchViewModel.Result::label)
                .isEqualTo("Ayn al-Asad (base, IQ)");
        assertThat(search.search("النجباء")).extracting(SearchViewModel.Result::label)
                .contains("Harakat al-Nujaba (actor)");
        assertThat(search.search("Nujaba")).extracting(SearchViewModel.Result::incident).contains(strike);
        assertThat(search.search("الموصل")).isEmpty();
    }
}
