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
    void stricterThresholdsListFewerPlaces() {
        List<Item> items = ReviewQueue.of(ExportSamples.extraction(), new ReviewQueue.Thresholds(0.5, 0.01));
        assertThat(items).extracting(Item::kind).doesNotContain(Kind.LOW_CONFIDENCE_PLACE, Kind.AMBIGUOUS_PLACE);
    }
}
