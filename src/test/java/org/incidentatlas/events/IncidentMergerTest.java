package org.incidentatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.incidentatlas.events.Fixtures.*;

import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;

class IncidentMergerTest {
    private static final Place EMBASSY = place("sup:us-embassy", "US Embassy", PlaceKind.EMBASSY, "IQ", 33.299, 44.397, 1);

    private static Incident rocket(String id, String article, LocalDate day, Place place, Integer fatalities) {
        return new Incident(id, EventTyping.SHELLING, EventDate.day(day, "x"), place, 1, List.of(), fatalities, EventStatus.REPORTED,
                List.of(Evidence.of(article, 0, 0, 10)), List.of(article), null);
    }

    @Test
    void sameTypeNearbyOverlappingDatesFromTwoArticlesBecomeOneWithBothQuotes() {
        Incident a = rocket("a#e1", "a", LocalDate.of(2020, 2, 16), BAGHDAD, 0);
        Incident b = rocket("b#e1", "b", LocalDate.of(2020, 2, 17), EMBASSY, 2);
        IncidentMerger.Merged m = IncidentMerger.mergeWithMembers(List.of(a, b));
        assertThat(m.incidents()).hasSize(1);
        Incident i = m.incidents().get(0);
        assertThat(i.sources()).containsExactly("a", "b");
        assertThat(i.evidence()).hasSize(2);
        assertThat(i.place()).as("the more specific place").isEqualTo(EMBASSY);
        assertThat(i.fatalities()).isEqualTo(2);
        assertThat(i.mergeNote()).contains("a#e1", "b#e1", "km apart", "dates overlap");
        assertThat(m.members().get(i.id())).containsExactly(a, b);
    }

    @Test
    void farApartDifferentTypeOrDistantDatesStaySeparate() {
        Incident a = rocket("a#e1", "a", LocalDate.of(2020, 2, 16), BAGHDAD, 0);
        Incident far = rocket("b#e1", "b", LocalDate.of(2020, 2, 16), ASAD, 0);
        Incident later = rocket("c#e1", "c", LocalDate.of(2020, 2, 20), BAGHDAD, 0);
        Incident meeting = new Incident("d#e1", EventType.parse("Strategic developments: Agreement"), EventDate.day(LocalDate.of(2020, 2, 16), "x"),
                BAGHDAD, 1, List.of(), null, EventStatus.REPORTED, List.of(Evidence.of("d", 0, 0, 1)), List.of("d"), null);
        assertThat(IncidentMerger.merge(List.of(a, far, later, meeting))).hasSize(4);
    }

    @Test
    void undatedReportsNeverMergeAcrossArticles() {
        Incident a = new Incident("a#e1", EventTyping.AGREEMENT, EventDate.unresolved("yesterday"), null, 3, List.of(), null,
                EventStatus.REPORTED, List.of(Evidence.of("a", 0, 0, 1)), List.of("a"), null, IRAQ);
        Incident b = new Incident("b#e1", EventTyping.AGREEMENT, EventDate.unresolved("yesterday"), null, 3, List.of(), null,
                EventStatus.REPORTED, List.of(Evidence.of("b", 0, 0, 1)), List.of("b"), null, IRAQ);
        assertThat(IncidentMerger.merge(List.of(a, b))).hasSize(2);
    }
}
