package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.place;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The merge index must find every pair the all-pairs rule joins: across cell, month and antimeridian edges. */
class IncidentMergerIndexTest {

    private static Incident at(String article, double lat, double lon, LocalDate start, LocalDate end) {
        EventDate date = start.equals(end) ? EventDate.day(start, "x") : new EventDate(start, end, DatePrecision.YEAR, "x", false);
        return new Incident(article + "#e1", EventTyping.CLASH, date, place("p:" + article, article, PlaceKind.TOWN, "IQ", lat, lon, 1),
                1, List.of(), 0, EventStatus.REPORTED, List.of(Evidence.of(article, 0, 0, 1)), List.of(article), null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            neighbouring 0.25° cells            | 33.249 | 44.249 | 33.251 | 44.251 | 2020-01-31 | 2020-01-31 | 2020-02-01 | 2020-02-01 | 1
            across the antimeridian             | 10.0   | 179.96 | 10.0   | -179.96| 2020-05-05 | 2020-05-05 | 2020-05-05 | 2020-05-05 | 1
            far north, lon cells narrow         | 80.0   | 10.0   | 80.0   | 10.9   | 2020-05-05 | 2020-05-05 | 2020-05-05 | 2020-05-05 | 1
            a year and a day inside it          | 33.3   | 44.4   | 33.31  | 44.41  | 2016-01-01 | 2019-12-31 | 2018-07-04 | 2018-07-04 | 1
            too far apart                       | 33.3   | 44.4   | 33.6   | 44.4   | 2020-05-05 | 2020-05-05 | 2020-05-05 | 2020-05-05 | 2
            two days apart                      | 33.3   | 44.4   | 33.3   | 44.4   | 2020-05-05 | 2020-05-05 | 2020-05-07 | 2020-05-07 | 2
            """)
    void mergesExactlyWhenTheRuleSays(String name, double lat1, double lon1, double lat2, double lon2,
            LocalDate s1, LocalDate e1, LocalDate s2, LocalDate e2, int expected) {
        assertThat(IncidentMerger.merge(List.of(at("a", lat1, lon1, s1, e1), at("b", lat2, lon2, s2, e2)))).hasSize(expected);
    }
}
