package org.incidentatlas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentatlas.io.ExportSamples;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.pipeline.ReviewQueue.Item;
import org.incidentatlas.pipeline.ReviewQueue.Kind;
import org.junit.jupiter.api.Test;

class ReviewQueueTest {
    @Test
    void listsWhatNeedsAnAnalystWithTheSentenceToOpen() {
        List<Item> items = ReviewQueue.of(ExportSamples.extraction());

        assertThat(items).extracting(Item::kind, Item::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Kind.LOW_CONFIDENCE_PLACE, "Ain al-Asad"),
                org.assertj.core.groups.Tuple.tuple(Kind.AMBIGUOUS_PLACE, "Ain al-Asad"),
                org.assertj.core.groups.Tuple.tuple(Kind.REJECTED_PLACE, "Sot al-Iraq"),
                org.assertj.core.groups.Tuple.tuple(Kind.UNRESOLVED_DATE, "b.txt#2"),
                org.assertj.core.groups.Tuple.tuple(Kind.UNPINNED, "b.txt#2"),
                org.assertj.core.groups.Tuple.tuple(Kind.SINGLE_UNCERTAIN_SOURCE, "b.txt#1"),
                org.assertj.core.groups.Tuple.tuple(Kind.SINGLE_UNCERTAIN_SOURCE, "b.txt#2"));
        assertThat(items.get(1).reason()).isEqualTo("\"Ain al-Asad\": Ain al-Asad Air Base (0.55) barely beats Hit (0.50)");
        assertThat(items.get(2).reason()).isEqualTo("\"Sot al-Iraq\" rejected: outlet");
        assertThat(items.get(5).evidence()).isEqualTo(Evidence.of("b.txt", 0, 0, 64));
    }

    @Test
    void aDateCountedFromAnApproximatePublicationDateIsListedForReview() {
        var x = ExportSamples.extraction();
        var first = x.incidents().get(0);
        var approx = new org.incidentatlas.model.EventDate(java.time.LocalDate.of(2020, 1, 6), java.time.LocalDate.of(2020, 1, 6),
                org.incidentatlas.model.DatePrecision.DAY, "on Monday", false, true);
        var dated = new org.incidentatlas.model.Incident(first.id(), first.type(), approx, first.place(), first.geoPrecision(),
                first.actors(), first.fatalities(), first.status(), first.evidence(), first.sources(), first.mergeNote(), first.area());
        List<org.incidentatlas.model.Incident> incidents = new java.util.ArrayList<>(x.incidents());
        incidents.set(0, dated);
        List<Item> items = ReviewQueue.of(new org.incidentatlas.model.Extraction(x.articles(), x.mentions(), incidents,
                x.deployments(), x.problems()));
        assertThat(items).filteredOn(i -> i.kind() == Kind.APPROXIMATE_DATE_ANCHOR).singleElement()
                .satisfies(i -> assertThat(i.reason()).isEqualTo("2020-01-06 anchored on an approximate publication date (from \"on Monday\")"));
        assertThat(ReviewQueue.of(x)).noneMatch(i -> i.kind() == Kind.APPROXIMATE_DATE_ANCHOR);
    }

    @Test
    void aRejectedNameIsListedOnlyWhenAPlaceIsNamedExactlySo() {
        var x = ExportSamples.extraction();
        List<org.incidentatlas.model.PlaceMention> ms = new java.util.ArrayList<>(x.mentions());
        ms.add(new org.incidentatlas.model.PlaceMention(Evidence.of("b.txt", 1, 65, 72), "Hit",
                org.incidentatlas.model.MentionRole.NOT_A_PLACE, org.incidentatlas.model.MentionStatus.REJECTED,
                "person-name", null, List.of(new org.incidentatlas.model.Candidate(ExportSamples.HIT, 0, "")), 0));
        // a hamlet of the same name is not worth an analyst's look at a person's name
        var hamlet = new org.incidentatlas.model.Place("gn:1", "Ali", org.incidentatlas.model.PlaceKind.VILLAGE, "PPL",
                "IQ", null, 33, 44, 300, 1);
        ms.add(new org.incidentatlas.model.PlaceMention(Evidence.of("b.txt", 1, 81, 84), "Ali",
                org.incidentatlas.model.MentionRole.NOT_A_PLACE, org.incidentatlas.model.MentionStatus.REJECTED,
                "person-name", null, List.of(new org.incidentatlas.model.Candidate(hamlet, 0, "")), 0));
        ms.add(new org.incidentatlas.model.PlaceMention(Evidence.of("b.txt", 1, 73, 80), "Hitman",
                org.incidentatlas.model.MentionRole.NOT_A_PLACE, org.incidentatlas.model.MentionStatus.REJECTED,
                "person-name", null, List.of(new org.incidentatlas.model.Candidate(ExportSamples.HIT, 0, "")), 0));
        var items = ReviewQueue.of(new org.incidentatlas.model.Extraction(x.articles(), ms, x.incidents(),
                x.deployments(), List.of()));
        assertThat(items).filteredOn(i -> i.kind() == Kind.REJECTED_PLACE).extracting(Item::subject)
                .containsExactly("Sot al-Iraq", "Hit");
    }

    @Test
    void aPlaceAgainstTheArticlesCountriesAndAnUnlistedPlaceSayWhyTheyAreListed() {
        var x = ExportSamples.extraction();
        List<org.incidentatlas.model.PlaceMention> ms = new java.util.ArrayList<>(x.mentions());
        var abroad = new org.incidentatlas.model.Place("gn:2", "Tell Marzuk", org.incidentatlas.model.PlaceKind.VILLAGE,
                "PPL", "RU", null, 55, 37, 900, 1);
        ms.add(new org.incidentatlas.model.PlaceMention(Evidence.of("b.txt", 1, 65, 76), "Tell Marzuk",
                org.incidentatlas.model.MentionRole.LITERAL, org.incidentatlas.model.MentionStatus.RESOLVED,
                "only-candidate", abroad, List.of(new org.incidentatlas.model.Candidate(abroad, 1, "")), 0.9, null,
                "outside-article-focus"));
        ms.add(new org.incidentatlas.model.PlaceMention(Evidence.of("b.txt", 1, 81, 91), "Qasr Dabil",
                org.incidentatlas.model.MentionRole.LITERAL, org.incidentatlas.model.MentionStatus.RESOLVED,
                "unlisted-at-parent", ExportSamples.HIT, List.of(new org.incidentatlas.model.Candidate(ExportSamples.HIT,
                0, "")), 0.9, null, "unlisted-place"));
        var items = ReviewQueue.of(new org.incidentatlas.model.Extraction(x.articles(), ms, x.incidents(),
                x.deployments(), List.of()));
        assertThat(items).filteredOn(i -> i.subject().equals("Tell Marzuk")).singleElement()
                .satisfies(i -> assertThat(i.reason()).isEqualTo("\"Tell Marzuk\" resolved to Tell Marzuk (RU), which "
                        + "the article's countries do not support (outside-article-focus)"));
        assertThat(items).filteredOn(i -> i.subject().equals("Qasr Dabil")).singleElement()
                .satisfies(i -> assertThat(i.reason()).startsWith("\"Qasr Dabil\" is not in the gazetteer; pinned at "
                        + ExportSamples.HIT.name()));
    }

    @Test
    void stricterThresholdsListFewerPlaces() {
        List<Item> items = ReviewQueue.of(ExportSamples.extraction(), new ReviewQueue.Thresholds(0.5, 0.01));
        assertThat(items).extracting(Item::kind).doesNotContain(Kind.LOW_CONFIDENCE_PLACE, Kind.AMBIGUOUS_PLACE);
    }
}
