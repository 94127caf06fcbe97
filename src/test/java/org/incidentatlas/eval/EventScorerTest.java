package org.incidentatlas.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventScorerTest {
    private static final Place IRAQ = new Place("cc:IQ", "Iraq", PlaceKind.COUNTRY, null, "IQ", null, 33.2, 43.7, 0, 500);
    private static final Place BAGHDAD = new Place("gn:98182", "Baghdad", PlaceKind.CITY, null, "IQ", null, 33.341, 44.401, 0, 15);
    private static final EventType MEETING = EventType.parse("Strategic developments: Agreement");
    private static final String TEXT = "Something happened.";

    private static Incident incident(String id, String article, EventType type, EventDate date, Place place, Place area) {
        return new Incident(id, type, date, place, 3, List.of(), null, EventStatus.REPORTED,
                List.of(Evidence.of(article, 0, 0, TEXT.length())), List.of(article), null, area);
    }

    private static Extraction extraction(Incident... incidents) {
        Article a = new Article("a.txt", "a.txt", null, null, null, null, null, null, TEXT,
                List.of(new Sentence(0, new TextSpan(0, TEXT.length()), false)), List.of(), null);
        return new Extraction(List.of(a), List.of(), List.of(incidents), List.of(), List.of());
    }

    private static EventScorer.GoldIncident gold(String date, String precision, int tolDays, String type) {
        return new EventScorer.GoldIncident("a.txt", date, precision, tolDays, type, "Iraq", 33.0, 43.7, 400, null);
    }

    @Test
    void aCountryLevelIncidentMeetsTheGoldCountryPointThroughItsArea() {
        Incident i = incident("e1", "a.txt", MEETING, EventDate.unresolved("yesterday"), null, IRAQ);
        EventScorer.Score s = new EventScorer().score(List.of(gold(null, null, 0, "Strategic developments: Agreement")), List.of(),
                List.of("a.txt"), extraction(i));
        assertThat(s.incidentRecall()).isEqualTo(1.0);
        assertThat(s.extraIncidents()).isEmpty();
    }

    @Test
    void aGuessedDateWhereTheGoldHasNoneIsAMissAndAnExtra() {
        Incident i = incident("e1", "a.txt", MEETING, EventDate.day(LocalDate.of(2017, 3, 1), "x"), null, IRAQ);
        EventScorer.Score s = new EventScorer().score(List.of(gold(null, null, 0, "Strategic developments: Agreement")), List.of(),
                List.of("a.txt"), extraction(i));
        assertThat(s.incidentRecall()).isZero();
        assertThat(s.incidents().get(0).problems()).anyMatch(p -> p.contains("gives none"));
        assertThat(s.extraIncidents()).extracting(EventScorer.Found::id).containsExactly("e1");
        assertThat(s.extrasPerArticle()).containsEntry("a.txt", 1);
    }

    /** gold date | precision | tolerance | found start | found end | found precision | matches */
    @ParameterizedTest(name = "gold {0} {1} vs {3}..{4} {5} -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-02-16 | day   | 1 | 2020-02-17 | 2020-02-17 | DAY   | true
            2020-02-16 | day   | 1 | 2020-02-18 | 2020-02-18 | DAY   | false
            2020-02-16 | day   | 1 | 2020-02-01 | 2020-02-29 | MONTH | false
            2018-02    | month | 0 | 2018-02-01 | 2018-02-23 | MONTH | true
            2018-01    | month | 0 | 2018-01-21 | 2018-01-31 | MONTH | true
            2018-02    | month | 0 | 2018-01-21 | 2018-01-31 | MONTH | false
            2018-02    | month | 0 | 2018-02-10 | 2018-02-10 | DAY   | true
            2013       | year  | 0 | 2013-01-01 | 2013-12-31 | YEAR  | true
            """)
    void datesAgreeWithinToleranceOrByMonthAndYear(String date, String precision, int tol, LocalDate start, LocalDate end,
            DatePrecision found, boolean matches) {
        EventDate d = new EventDate(start, end, found, "x", false);
        assertThat(EventScorer.dateProblem(gold(date, precision, tol, "Battles"), d) == null).isEqualTo(matches);
    }

    @Test
    void coarseTypeAndPlaceToleranceDecide() {
        Incident wrongType = incident("e1", "a.txt", EventType.parse("Battles: Armed clash"), EventDate.unresolved("x"), BAGHDAD, null);
        List<String> p = EventScorer.problems(gold(null, null, 0, "Strategic developments: Agreement"), wrongType);
        assertThat(p).containsExactly("type Battles: Armed clash is not Strategic developments");
        EventScorer.GoldIncident far = new EventScorer.GoldIncident("a.txt", null, null, 0, "Battles: x", "Mosul", 36.335, 43.119, 15, null);
        assertThat(EventScorer.problems(far, wrongType)).anyMatch(s -> s.startsWith("place Baghdad is"));
    }

    @Test
    void aMergedIncidentMeetsOneGoldIncidentInEachOfItsArticles() {
        Incident merged = new Incident("m1", MEETING, EventDate.day(LocalDate.of(2020, 2, 16), "x"), BAGHDAD, 1, List.of(), null,
                EventStatus.REPORTED, List.of(Evidence.of("a.txt", 0, 0, 5), Evidence.of("b.txt", 0, 0, 5)), List.of("a.txt", "b.txt"),
                "merged", null);
        EventScorer.GoldIncident ga = new EventScorer.GoldIncident("a.txt", "2020-02-16", "day", 1, "Strategic developments: Agreement",
                "Baghdad", 33.34, 44.4, 20, null);
        EventScorer.GoldIncident gb = new EventScorer.GoldIncident("b.txt", "2020-02-16", "day", 1, "Strategic developments: Agreement",
                "Baghdad", 33.34, 44.4, 20, null);
        EventScorer.Score s = new EventScorer().score(List.of(ga, gb), List.of(), List.of("a.txt", "b.txt"), extraction(merged));
        assertThat(s.incidentsMatched()).isEqualTo(2);
        assertThat(s.extraIncidents()).isEmpty();
    }
}
