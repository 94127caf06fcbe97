package org.incidentatlas.io;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Investigation;
import org.incidentatlas.model.TimeWindow;
import org.incidentatlas.model.ViewState;

/** Investigations for round-trip and crash tests: one with every kind of edit, and big numbered ones. */
public final class InvestigationSamples {
    static final Instant T0 = Instant.parse("2024-05-01T09:30:00Z");

    private InvestigationSamples() {
    }

    public static List<AnalystEdit> everyKindOfEdit() {
        return List.of(
                new AnalystEdit.MovePin("ana", T0, "a.txt#1", "sup:ain-al-asad", 33.7856, 42.4412, 33.80, 42.45),
                new AnalystEdit.MovePin("ana", T0.plusSeconds(1), "b.txt#2", null, null, null, 34.0, 41.0),
                new AnalystEdit.ChoosePlace("ben", T0.plusSeconds(2), Evidence.of("a.txt", 0, 12, 23),
                        "sup:ain-al-asad", "gn:95788"),
                new AnalystEdit.EditDate("ana", T0.plusSeconds(3), "b.txt#1",
                        new EventDate(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31), DatePrecision.MONTH, "Last March", false),
                        EventDate.day(LocalDate.of(2018, 3, 12), "analyst: other report says 12 March")),
                new AnalystEdit.EditType("ana", T0.plusSeconds(4), "a.txt#1",
                        new EventType("Explosions/Remote violence", "Shelling/artillery/missile attack"),
                        new EventType("Explosions/Remote violence", "Air/drone strike")),
                new AnalystEdit.MarkWrong("ben", T0.plusSeconds(5), "b.txt#2", "a threat, not an event"),
                new AnalystEdit.Merge("ana", T0.plusSeconds(6), List.of("a.txt#1", "b.txt#1"), "merged-1"),
                new AnalystEdit.Split("ana", T0.plusSeconds(7), "merged-1", List.of(Evidence.of("b.txt", 0, 0, 64)), "split-1"),
                new AnalystEdit.Note("ben", T0.plusSeconds(8), "*", "Check \"Sot al-Iraq\" claims — عين الأسد\nsecond line"));
    }

    public static Investigation full() {
        FilterState f = new FilterState(new TimeWindow(LocalDate.of(2018, 1, 1), LocalDate.of(2020, 12, 31)), false,
                Set.of("Battles", "Explosions/Remote violence"), Set.of("Air/drone strike"), Set.of("Harakat Hezbollah al-Nujaba"),
                Set.of(EventStatus.REPORTED, EventStatus.CLAIMED), Set.of("Sot al-Iraq"), Set.of(1, 2),
                Set.of(DatePrecision.DAY), "Ain al-Asad");
        return new Investigation(List.of("/data/corpus", "/data/more articles"), new ViewState(33.3, 44.4, 7.5), f,
                List.of("a.txt#1"), Map.of("incidents", true, "deployments", false, "mentions", true),
                everyKindOfEdit());
    }

    /** A large investigation whose every part says which state {@code k} it is, so a torn file cannot pass. */
    public static Investigation big(int k, int edits) {
        List<AnalystEdit> list = new ArrayList<>(edits);
        for (int n = 0; n < edits; n++) {
            list.add(new AnalystEdit.Note("loop", T0.plusSeconds(n), "incident-" + n,
                    "state " + k + " note " + n + " — the analyst's long comment about this incident, with \"quotes\"."));
        }
        return new Investigation(List.of("/corpus/" + k), new ViewState(33, 44, 6), FilterState.NONE,
                List.of("state-" + k), Map.of("incidents", true), list);
    }
}
