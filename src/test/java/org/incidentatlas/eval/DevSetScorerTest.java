package org.incidentatlas.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.io.GoldFormatException;
import org.incidentatlas.model.Actor;
import org.incidentatlas.model.ActorType;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.EventDate;
import org.incidentatlas.model.EventStatus;
import org.incidentatlas.model.EventType;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.MentionStatus;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevSetScorerTest {
    private static final String TEXT = "Rockets hit the Northfield base near Dunmore on Monday. Westland troops said so.";
    private static final Place DUNMORE = new Place("x:1", "Dunmore", PlaceKind.CITY, null, "ZZ", null, 10.0, 20.0, 0, 5);
    private static final Place FAR = new Place("x:2", "Farville", PlaceKind.CITY, null, "ZZ", null, 12.0, 20.0, 0, 5);

    /** A made-up gold: two places (one associative), a demonym trap, one main and one secondary incident. */
    private static final String GOLD = """
            {"about": {"description": "made up"},
             "documents": [{"file": "a.txt", "id": "01",
               "places": [{"surface": "Dunmore", "lat": 10.0, "lon": 20.0, "kind": "city", "literal": true},
                          {"surface": "Northfield base", "lat": 10.05, "lon": 20.05, "kind": "military_site", "literal": true},
                          {"surface": "Westland", "lat": 0, "lon": 0, "kind": "country", "literal": false}],
               "not_places": ["Westlander"],
               "incidents": [
                 {"date": "2021-02-15", "date_precision": "day",
                  "type": "Explosions/Remote violence: Shelling/artillery/missile attack",
                  "place": "Northfield base", "lat": 10.05, "lon": 20.05, "actors": ["Unidentified armed group", "Westland forces"],
                  "fatalities": 0, "evidence": "Rockets hit the Northfield base near Dunmore on Monday.", "role": "main"},
                 {"date": "2020-09", "date_precision": "month", "type": "Battles: Armed clash",
                  "place": "Dunmore", "lat": 10.0, "lon": 20.0, "actors": [], "fatalities": null,
                  "evidence": "x", "role": "secondary"}]}]}
            """;

    private static Incident incident(String id, String date, String type, Place place, String actor) {
        EventDate d = date == null ? EventDate.unresolved("Monday") : EventDate.day(LocalDate.parse(date), date);
        return new Incident(id, EventType.parse(type), d, place, 1,
                List.of(new Actor("westland", actor, ActorType.STATE_FORCES, Evidence.of("a.txt", 0, 0, 10))), 0,
                EventStatus.REPORTED, List.of(Evidence.of("a.txt", 0, 0, 10)), List.of("a.txt"), null, null);
    }

    private static PlaceMention mention(String surface, Place p, MentionRole role) {
        int at = TEXT.indexOf(surface);
        return new PlaceMention(Evidence.of("a.txt", 0, at, at + surface.length()), surface, role, MentionStatus.RESOLVED,
                "test", p, List.of(), 0.9);
    }

    private static Extraction extraction(List<PlaceMention> mentions, Incident... incidents) {
        Article a = new Article("a.txt", "a.txt", null, null, null, null, null, null, TEXT,
                List.of(new Sentence(0, new TextSpan(0, TEXT.length()), false)), List.of(), null);
        return new Extraction(List.of(a), mentions, List.of(incidents), List.of(), List.of());
    }

    private static DevGold gold(Path dir) throws IOException, GoldFormatException {
        Path f = dir.resolve("gold.json");
        Files.writeString(f, GOLD);
        assertThat(DevGold.isDevGold(f)).isTrue();
        return DevGold.read(f);
    }

    @Test
    void scoresToponymsAsTheReferenceScorer(@TempDir Path dir) throws Exception {
        Extraction ex = extraction(List.of(mention("Dunmore", DUNMORE, MentionRole.LITERAL),
                mention("Westland", FAR, MentionRole.LITERAL), mention("Westland", FAR, MentionRole.DEMONYM)));
        DevSetScorer.Score s = new DevSetScorer(false).score(gold(dir), ex);
        // Dunmore found; "Westland" is associative only: ignored, neither tp nor fp; the base is missed.
        assertThat(s.exact()).isEqualTo(new DevSetScorer.Toponyms(1, 0, 1, 0));
        DevSetScorer.Score strict = new DevSetScorer(true).score(gold(dir), ex);
        assertThat(strict.exact().tp()).isEqualTo(2);
        assertThat(strict.resolution().resolved()).isEqualTo(2);
        assertThat(strict.resolution().acc161()).isEqualTo(0.5);
    }

    @Test
    void anIncidentNeedsPlaceDateAndTypeAndTheLossTableSaysWhichFailed(@TempDir Path dir) throws Exception {
        // Right place and type, date off by two days: lost on the date only.
        Incident offDate = incident("e1", "2021-02-13", "Explosions/Remote violence: Air/drone strike", DUNMORE, "Westland forces");
        DevSetScorer.Score s = new DevSetScorer(false).score(gold(dir), extraction(List.of(), offDate));
        assertThat(s.main().matched()).isZero();
        assertThat(s.main().ifNoDate()).isEqualTo(1);
        assertThat(s.main().ifNoPlace()).isZero();
        assertThat(s.main().placeOk()).isEqualTo(1);
        assertThat(s.main().dateOk()).isZero();
        assertThat(s.checks()).filteredOn(c -> c.gold().main()).singleElement()
                .satisfies(c -> assertThat(c.nearest()).contains("wrong: date"));

        // A day off is within a day-precision gold; actors agree through "Westland".
        Incident ok = incident("e1", "2021-02-14", "Explosions/Remote violence: Air/drone strike", DUNMORE, "Westland forces");
        Incident farAway = incident("e2", "2020-09-03", "Battles: Armed clash", FAR, "Someone");
        DevSetScorer.Score t = new DevSetScorer(false).score(gold(dir), extraction(List.of(), ok, farAway));
        assertThat(t.main().matched()).isEqualTo(1);
        assertThat(t.main().precision()).isEqualTo(0.5);
        assertThat(t.main().actorsOkOfMatched()).isEqualTo(1);
        assertThat(t.main().fatalitiesOkOfMatched()).isEqualTo(1);
        assertThat(t.all().matched()).isEqualTo(1);
        assertThat(t.all().ifNoPlace()).isEqualTo(2);
        StringWriter w = new StringWriter();
        DevSetScorer.print(new PrintWriter(w), t, true);
        assertThat(w.toString()).contains("what was lost where").contains("[secondary] 2020-09 Battles");
    }

    @Test
    void unpinnedIncidentsAreNotPredictions(@TempDir Path dir) throws Exception {
        Incident unpinned = incident("e1", "2021-02-15", "Explosions/Remote violence: Air/drone strike", null, "Westland forces");
        DevSetScorer.Score s = new DevSetScorer(false).score(gold(dir), extraction(List.of(), unpinned));
        assertThat(s.main().predicted()).isZero();
        assertThat(s.main().articleHasPin()).isZero();
    }

    @Test
    void dateRuleFollowsTheGoldPrecision() {
        assertThat(DevSetScorer.dateOk("2020-09", "month", "2020-09-30")).isTrue();
        assertThat(DevSetScorer.dateOk("2020-09", "month", "2020-10-01")).isFalse();
        assertThat(DevSetScorer.dateOk("2020", "year", "2020-12-31")).isTrue();
        assertThat(DevSetScorer.dateOk("2020-09-10", "day", "2020-09")).isFalse();
        assertThat(DevSetScorer.dateOk(null, "day", null)).isTrue();
        assertThat(DevSetScorer.dateOk("2020-09-10", "day", null)).isFalse();
    }

    @Test
    void aGoldWithoutDocumentsIsRejectedWithItsFileName(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("seeds.json");
        Files.writeString(f, "{\"articles\": {}}");
        assertThat(DevGold.isDevGold(f)).isFalse();
        assertThatThrownBy(() -> DevGold.read(f)).isInstanceOf(GoldFormatException.class).hasMessageContaining("seeds.json");
    }
}
