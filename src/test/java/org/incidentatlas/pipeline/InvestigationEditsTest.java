package org.incidentatlas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.io.ExportSamples;
import org.incidentatlas.io.InvestigationReader;
import org.incidentatlas.io.InvestigationWriter;
import org.incidentatlas.model.AnalystEdit;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.FilterState;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Investigation;
import org.incidentatlas.model.ViewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvestigationEditsTest {
    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");
    private final Extraction machine = ExportSamples.extraction();

    private static Incident byId(Extraction x, String id) {
        return x.incidents().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void movingAPinKeepsTheMachinePlaceInTheEditAndTheExtraction() {
        var view = InvestigationEdits.apply(machine, List.of(
                new AnalystEdit.MovePin("ana", T, "a.txt#1", "sup:ain-al-asad", 33.7856, 42.4412, 33.80, 42.45)));
        Incident moved = byId(view.extraction(), "a.txt#1");
        assertThat(moved.place().lat()).isEqualTo(33.80);
        assertThat(moved.place().name()).isEqualTo("Ain al-Asad Air Base");
        assertThat(byId(machine, "a.txt#1").place().lat()).isEqualTo(33.7856);
        assertThat(view.history("a.txt#1")).hasSize(1);
        assertThat(view.stale()).isEmpty();
        assertThat(view.conflicts()).isEmpty();
    }

    @Test
    void choosingAnotherCandidateMovesTheMentionAndTheIncidentsOfItsSentence() {
        var view = InvestigationEdits.apply(machine, List.of(new AnalystEdit.ChoosePlace("ben", T,
                Evidence.of("a.txt", 0, 12, 23), "sup:ain-al-asad", "gn:95788")));
        assertThat(view.extraction().mentions().get(0).place().name()).isEqualTo("Hit");
        assertThat(view.extraction().mentions().get(0).rule()).isEqualTo(InvestigationEdits.ANALYST_RULE);
        assertThat(byId(view.extraction(), "a.txt#1").place().id()).isEqualTo("gn:95788");
        assertThat(byId(view.extraction(), "b.txt#1").place().id()).isEqualTo("gn:172515"); // other sentence
    }

    @Test
    void choosingAPlaceForARejectedMentionPinsTheUnpinnedIncidentOfItsSentence() {
        var rejected = new org.incidentatlas.model.PlaceMention(Evidence.of("b.txt", 1, 65, 72), "Hit",
                org.incidentatlas.model.MentionRole.NOT_A_PLACE, org.incidentatlas.model.MentionStatus.REJECTED,
                "person", null, List.of(new org.incidentatlas.model.Candidate(ExportSamples.HIT, 0.3, "weak")), 0);
        // a rejected word whose candidate is only like it ("Someone" ~ "Hit") is not offered
        var unlike = new org.incidentatlas.model.PlaceMention(Evidence.of("b.txt", 1, 73, 80), "Someone",
                org.incidentatlas.model.MentionRole.NOT_A_PLACE, org.incidentatlas.model.MentionStatus.REJECTED,
                "person", null, List.of(new org.incidentatlas.model.Candidate(ExportSamples.HIT, 0, "fuzzy")), 0);
        List<org.incidentatlas.model.PlaceMention> ms = new java.util.ArrayList<>(machine.mentions());
        ms.add(rejected);
        ms.add(unlike);
        Extraction x = new Extraction(machine.articles(), ms, machine.incidents(), machine.deployments(), List.of());
        assertThat(PlaceChoices.forIncident(x, byId(x, "b.txt#2"))).singleElement()
                .satisfies(o -> assertThat(o.current()).isFalse());
        var view = InvestigationEdits.apply(x, List.of(new AnalystEdit.ChoosePlace("ana", T, rejected.evidence(), null,
                "gn:95788")));
        Incident threat = byId(view.extraction(), "b.txt#2");
        assertThat(threat.place().id()).isEqualTo("gn:95788");
        assertThat(threat.geoPrecision()).isEqualTo(1);
        assertThat(threat.area()).isNull();
        assertThat(byId(view.extraction(), "b.txt#1").place().id()).isEqualTo("gn:172515");
        assertThat(view.conflicts()).isEmpty();
    }

    @Test
    void movingAPinTwiceOrChoosingTwiceIsNoConflictAndTheHistoryReadsAsAnAuditTrail() {
        Incident strike = byId(machine, "a.txt#1");
        List<AnalystEdit> edits = List.of(
                new AnalystEdit.MovePin("ana", T, "a.txt#1", "sup:ain-al-asad", 33.7856, 42.4412, 33.80, 42.45),
                new AnalystEdit.MovePin("ben", T.plusSeconds(60), "a.txt#1", "sup:ain-al-asad", 33.7856, 42.4412,
                        33.81, 42.46),
                new AnalystEdit.ChoosePlace("ana", T, Evidence.of("a.txt", 0, 12, 23), "sup:ain-al-asad", "gn:95788"),
                new AnalystEdit.ChoosePlace("ana", T, Evidence.of("a.txt", 0, 12, 23), "sup:ain-al-asad",
                        "sup:ain-al-asad"),
                new AnalystEdit.EditDate("ana", T, "b.txt#1", byId(machine, "b.txt#1").date(),
                        EventDate.day(LocalDate.of(2018, 3, 12), "analyst")),
                new AnalystEdit.Note("ben", T, "a.txt#1", "pin from the satellite image"));
        var view = InvestigationEdits.apply(machine, edits);
        assertThat(view.conflicts()).isEmpty();
        assertThat(view.stale()).isEmpty();
        List<AnalystEdit> history = InvestigationEdits.historyOf(edits, strike);
        assertThat(history).hasSize(5); // both moves, both choices in its sentence, the note; not b's date
        assertThat(InvestigationEdits.describe(history.get(1)))
                .isEqualTo("2024-05-01 10:01 UTC ben: moved the pin to 33.8100, 42.4600 (machine: 33.7856, 42.4412)");
        assertThat(InvestigationEdits.describe(edits.get(4)))
                .isEqualTo("2024-05-01 10:00 UTC ana: set the date to 2018-03-12 (machine: 2018-03)");
        assertThat(InvestigationEdits.describe(history.get(4))).endsWith("ben: note: pin from the satellite image");
    }

    @Test
    void placeChoicesListTheCandidatesOfTheIncidentsSentencesBestFirst() {
        var options = PlaceChoices.forIncident(machine, byId(machine, "a.txt#1"));
        assertThat(options).extracting(o -> o.candidate().place().id()).containsExactly("sup:ain-al-asad", "gn:95788");
        assertThat(options).extracting(PlaceChoices.Option::current).containsExactly(true, false);
        assertThat(PlaceChoices.forIncident(machine, byId(machine, "b.txt#1"))).isEmpty();
    }

    @Test
    void theAcledTaxonomyHoldsEveryTypeTheExtractorUses() {
        assertThat(EventType.ACLED).hasSize(25).contains(new EventType("Battles", "Armed clash"),
                new EventType("Strategic developments", "Headquarters or base established"));
        for (var t : List.of(org.incidentatlas.events.EventTyping.AIR, org.incidentatlas.events.EventTyping.SUICIDE,
                org.incidentatlas.events.EventTyping.ARRESTS, org.incidentatlas.events.EventTyping.RIOT,
                org.incidentatlas.events.EventTyping.PROTEST, org.incidentatlas.events.EventTyping.ABDUCTION,
                org.incidentatlas.events.EventTyping.OTHER, org.incidentatlas.events.EventTyping.IED)) {
            assertThat(EventType.ACLED).contains(t);
        }
    }

    @Test
    void datesTypesWrongMergeAndSplitReplayInOrder() {
        List<AnalystEdit> edits = List.of(
                new AnalystEdit.EditDate("ana", T, "b.txt#1", byId(machine, "b.txt#1").date(),
                        EventDate.day(LocalDate.of(2018, 3, 12), "12 March per analyst")),
                new AnalystEdit.EditType("ana", T, "a.txt#1", byId(machine, "a.txt#1").type(),
                        new EventType("Explosions/Remote violence", "Air/drone strike")),
                new AnalystEdit.MarkWrong("ben", T, "b.txt#2", "a threat, not an event"),
                new AnalystEdit.Merge("ana", T, List.of("a.txt#1", "b.txt#1"), "m1"),
                new AnalystEdit.Split("ana", T, "m1", List.of(Evidence.of("b.txt", 0, 0, 64)), "s1"),
                new AnalystEdit.Note("ben", T, "m1", "check with the second source"));
        var view = InvestigationEdits.apply(machine, edits);

        assertThat(view.extraction().incidents()).extracting(Incident::id).containsExactly("m1", "s1");
        Incident m1 = byId(view.extraction(), "m1");
        assertThat(m1.type().subType()).isEqualTo("Air/drone strike");
        assertThat(m1.evidence()).hasSize(2);
        assertThat(m1.sources()).containsExactly("a.txt");
        assertThat(m1.mergeNote()).isEqualTo("merged by ana from a.txt#1, b.txt#1");
        Incident s1 = byId(view.extraction(), "s1");
        assertThat(s1.sources()).containsExactly("b.txt");
        assertThat(view.markedWrong()).extracting(Incident::id).containsExactly("b.txt#2");
        assertThat(view.notes()).singleElement().extracting(AnalystEdit.Note::text).isEqualTo("check with the second source");
        assertThat(view.history("m1")).hasSize(3); // merge, split's target is m1, note
        assertThat(view.stale()).isEmpty();
    }

    @Test
    void editsWhoseTargetIsGoneAreReportedNotDropped() {
        var view = InvestigationEdits.apply(machine, List.of(
                new AnalystEdit.MarkWrong("ana", T, "no-such", null),
                new AnalystEdit.ChoosePlace("ana", T, Evidence.of("a.txt", 0, 12, 23), "sup:ain-al-asad", "gn:000"),
                new AnalystEdit.EditDate("ana", T, "a.txt#1", EventDate.unresolved("then"), EventDate.unresolved("later"))));
        assertThat(view.stale()).hasSize(2).anySatisfy(s -> assertThat(s).contains("no incident no-such"))
                .anySatisfy(s -> assertThat(s).contains("gn:000 is no longer a candidate for \"Ain al-Asad\""));
        assertThat(view.conflicts()).singleElement().asString().contains("the machine's date of a.txt#1 is now 2020-01-05");
        assertThat(view.extraction().incidents()).hasSize(3);
    }

    @Test
    void aSavedInvestigationReplayedOnAFreshExtractionGivesTheSameView(@TempDir Path dir) throws Exception {
        List<AnalystEdit> edits = List.of(
                new AnalystEdit.MovePin("ana", T, "b.txt#2", null, null, null, 34.0, 41.0),
                new AnalystEdit.Merge("ana", T, List.of("a.txt#1", "b.txt#1"), "m1"));
        Investigation inv = new Investigation(List.of("corpus"), new ViewState(33, 44, 6), FilterState.NONE, List.of("m1"),
                java.util.Map.of("incidents", true), edits);
        Path file = dir.resolve("inv.json");
        new InvestigationWriter().save(inv, file);
        Investigation back = new InvestigationReader().read(file);

        var before = InvestigationEdits.apply(machine, inv.edits());
        var after = InvestigationEdits.apply(ExportSamples.extraction(), back.edits());
        assertThat(after.extraction().incidents()).isEqualTo(before.extraction().incidents());
        assertThat(byId(after.extraction(), "b.txt#2").place().name()).isEqualTo("analyst pin");
    }
}
