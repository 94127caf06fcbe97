package org.incidentatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.text.NameFolding;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The binary index in the build output answers exactly as the TSV files it was built from (the reference), with the
 * Arabic names added on top as the loader adds them to a TSV load.
 */
class GazetteerIndexTest {
    private static InMemoryGazetteer fromTsv;
    private static InMemoryGazetteer fromIndex;

    @BeforeAll
    static void load() throws IOException {
        fromTsv = GazetteerLoader.loadClassPathTsv();
        ArabicNames.addFromClasspath(fromTsv, GazetteerLoader.RESOURCE_DIR);
        GazetteerIndex.Loaded loaded = GazetteerIndex.fromClassPath(GazetteerLoader.RESOURCE_DIR);
        assertThat(loaded.problem()).as("index built by mvn process-classes, up to date").isNull();
        fromIndex = loaded.gazetteer();
    }

    @Test
    void loadDefaultUsesTheIndex() throws IOException {
        assertThat(fromIndex).isNotNull();
        InMemoryGazetteer dflt = (InMemoryGazetteer) GazetteerLoader.loadDefault();
        assertThat(dflt.problems()).isEqualTo(fromTsv.problems());
        assertThat(dflt.size()).isEqualTo(fromTsv.size());
    }

    @Test
    void samePlacesInTheSameRows() {
        assertThat(fromIndex.size()).isEqualTo(fromTsv.size()).isGreaterThan(100_000);
        assertThat(fromIndex.places().toList()).isEqualTo(fromTsv.places().toList());
        assertThat(fromIndex.nameCount()).isEqualTo(fromTsv.nameCount());
        assertThat(fromIndex.problems()).isEqualTo(fromTsv.problems());
        fromTsv.places().forEach(p -> {
            assertThat(fromIndex.byId(p.id())).as(p.id()).isEqualTo(fromTsv.byId(p.id()));
            if (p.country() != null) {
                assertThat(fromIndex.country(p.country())).isEqualTo(fromTsv.country(p.country()));
            }
        });
        // Ids of world rows the supplement replaced still answer with the supplement place.
        fromTsv.parts().otherIds().keySet().forEach(id ->
                assertThat(fromIndex.byId(id)).as(id).isEqualTo(fromTsv.byId(id)));
        assertThat(fromIndex.byId("gn:0")).isEmpty();
    }

    @Test
    void everyNameAndPrefixLooksUpTheSame() {
        List<String> keys = keys(fromTsv.parts().names());
        assertThat(keys).hasSizeGreaterThan(fromTsv.nameCount());
        for (String k : keys) {
            assertThat(fromIndex.find(k)).as(k).isEqualTo(fromTsv.find(k));
            assertThat(fromIndex.hasLongerName(k)).as(k).isEqualTo(fromTsv.hasLongerName(k));
        }
        assertThat(fromIndex.find(NameFolding.fold("Baghdad"))).isNotEmpty();
        assertThat(fromIndex.find(NameFolding.fold("بغداد"))).as("Arabic names are in the index")
                .isEqualTo(fromTsv.find(NameFolding.fold("بغداد"))).isNotEmpty();
        assertThat(fromIndex.hasLongerName(NameFolding.fold("ain al"))).isTrue();
        assertThat(fromIndex.find("no such place anywhere")).isEmpty();
    }

    @Test
    void sameDemonyms() {
        Map<String, String> demonyms = fromTsv.parts().demonyms();
        assertThat(demonyms).isNotEmpty();
        demonyms.forEach((d, cc) -> assertThat(fromIndex.countryOfDemonym(d)).as(d).contains(cc));
        assertThat(fromIndex.countryOfDemonym(NameFolding.fold("Iraqi"))).contains("IQ");
    }

    @Test
    void roundTripOfASmallGazetteerThatStillGrowsAfterReading() throws IOException {
        InMemoryGazetteer g = new InMemoryGazetteer()
                .add(place("gn:101", "Qaryat Tal", PlaceKind.TOWN, "SY", 1200), List.of("Tal Village", "Qaryet Tel"))
                .add(place("sup:north-ridge-camp", "North Ridge Camp", PlaceKind.BASE, "IQ", 0), List.of("Ridge Camp"))
                .add(place("cc:SY", "Syria", PlaceKind.COUNTRY, "SY", 17_000_000), List.of())
                .addDemonym("Syrian", "SY");
        GazetteerIndex.Header h = new GazetteerIndex.Header(GazetteerIndex.shape(), "x 1 2", "c");
        InMemoryGazetteer back = GazetteerIndex.read(GazetteerIndex.toBytes(g, h), "test.idx");

        assertThat(back.places().toList()).isEqualTo(g.places().toList());
        assertThat(back.find(NameFolding.fold("Qaryet Tel"))).extracting(Place::id).containsExactly("gn:101");
        assertThat(back.hasLongerName(NameFolding.fold("North Ridge"))).isTrue();
        assertThat(back.byId("sup:north-ridge-camp")).isPresent();
        assertThat(back.country("SY")).map(Place::name).contains("Syria");
        assertThat(back.countryOfDemonym(NameFolding.fold("Syrian"))).contains("SY");

        back.add(place("gn:102", "Ridge Camp", PlaceKind.VILLAGE, "IQ", 50), List.of("Wadi Ridge Junction"));
        assertThat(back.find(NameFolding.fold("Ridge Camp"))).extracting(Place::id)
                .containsExactlyInAnyOrder("sup:north-ridge-camp", "gn:102");
        assertThat(back.find(NameFolding.fold("Wadi Ridge Junction"))).extracting(Place::id).containsExactly("gn:102");
        assertThat(back.byId("gn:102")).isPresent();
        assertThat(back.size()).isEqualTo(4);
    }

    @Test
    void aDamagedIndexIsReportedNotHalfRead() throws IOException {
        InMemoryGazetteer g = new InMemoryGazetteer().add(place("gn:7", "Tel Abyad", PlaceKind.TOWN, "SY", 9), List.of());
        byte[] bytes = GazetteerIndex.toBytes(g, new GazetteerIndex.Header(GazetteerIndex.shape(), "", ""));
        assertThatThrownBy(() -> GazetteerIndex.read(Arrays.copyOf(bytes, bytes.length - 9), "cut.idx"))
                .isInstanceOf(IOException.class).hasMessageContaining("cut.idx");
        byte[] other = bytes.clone();
        other[0] = 'X';
        assertThatThrownBy(() -> GazetteerIndex.read(other, "other.idx"))
                .isInstanceOf(IOException.class).hasMessageContaining("not a gazetteer index");
    }

    private static Place place(String id, String name, PlaceKind kind, String cc, long population) {
        return new Place(id, name, kind, null, cc, null, 35.1, 38.2, population, 3);
    }

    /** Every key of the table (names and word prefixes), decoded from its pools. */
    private static List<String> keys(NameTable.Parts t) {
        List<String> out = new ArrayList<>();
        for (long ref : t.refs()) {
            if (ref != 0) {
                int pool = (int) (ref >>> 56);
                int off = (int) (ref >>> 16);
                int len = (int) (ref & 0xFFFF);
                out.add(new String(t.pools()[pool - 1], off, len, StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}
