package org.incidentatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InMemoryGazetteerTest {
    private static final String HEADER =
            "id\tname\tkind\tfeatureCode\tcountry\tadmin1\tlat\tlon\tpopulation\tradius_km\tnames\tdemonyms\n";
    private static final String SUP_HEADER =
            "id\tname\tkind\tcountry\tadmin1\tlat\tlon\tradius_km\tnames\tsource\treplaces\n";

    private static final String PLACES = HEADER
            + "cc:IQ\tIraq\tCOUNTRY\tPCLI\tIQ\t\t33\t44\t0\t370\tRepublic of Iraq\tIraqi|Iraqis\n"
            + "a1:IQ.01\tAnbar\tADMIN1\tADM1\tIQ\t01\t33.5\t43.1\t500000\t200\tAnbar Province\t\n"
            + "gn:98182\tBaghdad\tCITY\tPPLC\tIQ\t07\t33.34\t44.40\t7216000\t25\tBagdad\t\n"
            + "gn:1\tBaghdad\tVILLAGE\tPPL\tUS\tFL\t30.6\t-87.0\t900\t1\t\t\n"
            + "gn:174448\tAlbu Kamal\tTOWN\tPPLA2\tSY\t07\t34.45\t40.92\t57572\t2\tAbu Kemal\t\n"
            + "gn:bad\tBroken\tTOWN\tPPL\tSY\t07\tnorth\t40\t0\t1\t\t\n"
            + "gn:2\tNowhere\tHAMLET\tPPL\tSY\t07\t34\t40\t0\t1\t\t\n";

    private static final String SUPPLEMENT = SUP_HEADER
            + "# comment lines are skipped\n"
            + "sup:ain-al-asad\tAin al-Asad Air Base\tBASE\tIQ\t01\t33.7856\t42.4411\t5\tAl Asad Air Base|Ayn al-Asad\tWikipedia\t\n"
            + "sup:albu-kamal\tAlbu Kamal\tTOWN\tSY\t07\t34.4523\t40.9185\t3\tAl Bukamal\tGeoNames 174448\tgn:174448\n"
            + "sup:bad\tBad\tBASE\tIQ\t01\t95\t42\t5\t\tnowhere\t\n";

    private static InMemoryGazetteer sample() throws IOException {
        return GazetteerLoader.build(PLACES, "places.tsv.gz", SUPPLEMENT, "supplement.tsv");
    }

    @Test
    void findsEveryNameAndAliasByFoldedKey() throws IOException {
        InMemoryGazetteer g = sample();
        assertThat(g.find("bagdad")).extracting(Place::id).containsExactly("gn:98182");
        assertThat(g.find("ain asad")).extracting(Place::id).containsExactly("sup:ain-al-asad");
        assertThat(g.find("asad air base")).extracting(Place::id).containsExactly("sup:ain-al-asad");
        assertThat(g.find("nowhere at all")).isEmpty();
    }

    @Test
    void ordersSharedNamesByPopulation() throws IOException {
        assertThat(sample().find("baghdad")).extracting(Place::id).containsExactly("gn:98182", "gn:1");
    }

    @Test
    void aSharedNameGivesOneListUntilThePlacesChange() throws IOException {
        InMemoryGazetteer g = sample();
        List<Place> first = g.find("baghdad");
        assertThat(g.find("baghdad")).as("built and ordered once").isSameAs(first);
        g.add(new Place("gn:3", "Baghdad", PlaceKind.TOWN, "PPL", "IQ", "07", 33.1, 44.2, 20_000, 2), List.of());
        assertThat(g.find("baghdad")).extracting(Place::id).containsExactly("gn:98182", "gn:3", "gn:1");
        g.add(new Place("gn:4", "Baghdad Two", PlaceKind.TOWN, "PPL", "IQ", "07", 33.1, 44.2, 30_000, 2),
                List.of("Baghdad"));
        assertThat(g.find("baghdad")).as("an alias added later").extracting(Place::id)
                .containsExactly("gn:98182", "gn:4", "gn:3", "gn:1");
    }

    @Test
    void aOnePlaceNameGivesOneListUntilThePlaceChanges() throws IOException {
        InMemoryGazetteer g = sample();
        List<Place> first = g.find("bagdad");
        assertThat(g.find("bagdad")).as("the same list each time").isSameAs(first);
        Place before = first.get(0);
        Place moved = new Place(before.id(), before.name(), before.kind(), before.featureCode(), before.country(),
                before.admin1(), before.lat() + 1, before.lon(), before.population() + 1, before.radiusKm());
        g.add(moved, List.of());
        assertThat(g.find("bagdad")).as("the row replaced").containsExactly(moved);
    }

    @Test
    void supplementRowReplacesTheWorldRowButKeepsItsNamesAndPopulation() throws IOException {
        InMemoryGazetteer g = sample();
        assertThat(g.find("abu kamal")).extracting(Place::id).containsExactly("sup:albu-kamal");
        assertThat(g.find(org.incidentatlas.text.NameFolding.fold("Abu Kemal")))
                .extracting(Place::id).containsExactly("sup:albu-kamal");
        assertThat(g.find("bukamal")).singleElement().satisfies(p -> {
            assertThat(p.population()).isEqualTo(57572);
            assertThat(InMemoryGazetteer.isSupplement(p)).isTrue();
        });
        assertThat(g.byId("gn:174448")).map(Place::id).contains("sup:albu-kamal");
        assertThat(g.size()).isEqualTo(6);
    }

    @Test
    void badRowsAreReportedWithFileAndLineAndTheRestLoads() throws IOException {
        InMemoryGazetteer g = sample();
        assertThat(g.problems()).extracting(LoadProblem::toString).containsExactlyInAnyOrder(
                "warning: places.tsv.gz: line 7 skipped: bad number (For input string: \"north\")",
                "warning: places.tsv.gz: line 8 skipped: unknown kind (HAMLET)",
                "warning: supplement.tsv: line 5 skipped: coordinates out of range: 95.0,42.0");
        assertThat(g.byId("cc:IQ")).isPresent();
    }

    @Test
    void headerWithoutAnExpectedColumnIsRejectedByName() {
        assertThatThrownBy(() -> GazetteerLoader.build("id\tname\n", "x/places.tsv.gz", null, "s"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("x/places.tsv.gz")
                .hasMessageContaining("kind");
    }

    @Test
    void countriesAndDemonymsAreIndexed() throws IOException {
        InMemoryGazetteer g = sample();
        assertThat(g.country("IQ")).map(Place::name).contains("Iraq");
        assertThat(g.countryOfDemonym("iraki")).contains("IQ");
        assertThat(g.countryOfDemonym("irakis")).contains("IQ");
        assertThat(g.countryOfDemonym("syrian")).isEmpty();
    }

    @ParameterizedTest(name = "hasLongerName({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ain            | true
            ain al         | true
            ain asad       | true
            ain asad air   | true
            asad           | true
            asad air base  | false
            baghdad        | false
            al             | true
            republic       | true
            republic of    | true
            """)
    void hasLongerNameCoversEveryProperPrefix(String prefix, boolean expected) throws IOException {
        assertThat(sample().hasLongerName(prefix)).isEqualTo(expected);
    }

    @Test
    void addFoldsNameAndAliases() {
        Place p = new Place("sup:x", "Al-Qaim", PlaceKind.TOWN, "PPL", "IQ", "01", 34.39, 40.99, 0, 2);
        InMemoryGazetteer g = new InMemoryGazetteer().add(p, List.of("Husaybah"));
        assertThat(g.find("kaim")).containsExactly(p);
        assertThat(g.find("husaibah")).isEmpty();
        assertThat(g.find("husaiba")).containsExactly(p);
    }

    @Test
    void staleStoredKeysAreFoldedAgainWithAWarning() throws IOException {
        StringBuilder places = new StringBuilder(HEADER.replace("\tdemonyms\n", "\tdemonyms\tkeys\n"));
        for (int i = 1; i <= 600; i++) {
            places.append("gn:").append(i).append("\tTown ").append(i).append("\tVILLAGE\tPPL\tIQ\t01\t33\t43\t0\t1\t")
                    .append("Al-Qaim ").append(i).append("\t\tstale key ").append(i).append('\n');
        }
        InMemoryGazetteer g = GazetteerLoader.build(places.toString(), "places.tsv.gz", SUP_HEADER, "s");
        assertThat(g.find("kaim 7")).extracting(Place::id).containsExactly("gn:7");
        assertThat(g.find("stale key 7")).isEmpty();
        assertThat(g.problems()).extracting(LoadProblem::message)
                .anyMatch(m -> m.startsWith("stored folded keys differ from NameFolding"));
    }

    @Test
    void storedKeysAreUsedAsGiven() throws IOException {
        String places = HEADER.replace("\tdemonyms\n", "\tdemonyms\tkeys\n")
                + "gn:5\tAl-Qaim\tTOWN\tPPLA2\tIQ\t01\t34.39\t40.99\t0\t2\tHusaybah\t\tkaim|husaiba\n";
        InMemoryGazetteer g = GazetteerLoader.build(places, "places.tsv.gz", SUP_HEADER, "s");
        assertThat(g.find("husaiba")).extracting(Place::id).containsExactly("gn:5");
        assertThat(g.find("kaim")).extracting(Place::lat).containsExactly(34.39);
        assertThat(g.problems()).isEmpty();
    }

    @Test
    void manyNamesSurviveTableGrowth() {
        InMemoryGazetteer g = new InMemoryGazetteer();
        for (int i = 0; i < 5000; i++) {
            g.add(new Place("gn:" + (i + 1), "Place " + i, PlaceKind.VILLAGE, "PPL", "IQ", "01", 33, 44, i, 1),
                    List.of("Alias Number " + i));
        }
        assertThat(g.size()).isEqualTo(5000);
        assertThat(g.find("place 4321")).extracting(Place::id).containsExactly("gn:4322");
        assertThat(g.find("alias number 17")).extracting(Place::id).containsExactly("gn:18");
        assertThat(g.byId("gn:5000")).map(Place::name).contains("Place 4999");
        assertThat(g.hasLongerName("alias number")).isTrue();
        assertThat(g.hasLongerName("place 17")).isFalse();
        assertThat(g.nameCount()).isEqualTo(10000);
    }

    @Test
    void placesListsEveryPlaceOnceInLoadOrderWithAReplacedRowOnlyAsItsReplacement() throws IOException {
        InMemoryGazetteer g = sample();
        // the supplement first (its bad row skipped), then the world rows (the broken one skipped, the replaced
        // Albu Kamal row merged into its supplement row, the unknown kind HAMLET skipped)
        assertThat(g.places()).extracting(Place::id).containsExactly("sup:ain-al-asad", "sup:albu-kamal", "cc:IQ",
                "a1:IQ.01", "gn:98182", "gn:1");
        assertThat(g.places().count()).isEqualTo(g.size());
        assertThat(g.places()).filteredOn(p -> p.id().equals("sup:albu-kamal")).singleElement()
                .satisfies(p -> assertThat(p.population()).isEqualTo(57572)); // the world row's population
    }

    @Test
    void placesOfAHandBuiltGazetteerKeepAddOrderAndAReAddedIdItsRow() {
        InMemoryGazetteer g = new InMemoryGazetteer();
        g.add(new Place("gn:1", "One", PlaceKind.TOWN, "PPL", "IQ", null, 33, 44, 10, 1), List.of());
        g.add(new Place("gn:2", "Two", PlaceKind.TOWN, "PPL", "IQ", null, 33, 44, 10, 1), List.of());
        g.add(new Place("gn:1", "One again", PlaceKind.CITY, "PPL", "IQ", null, 33, 44, 10, 1), List.of());
        assertThat(g.places()).extracting(Place::name).containsExactly("One again", "Two");
    }

    @Test
    void missingPlacesFileIsNamedInTheError(@TempDir Path dir) {
        assertThatThrownBy(() -> GazetteerLoader.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(dir.resolve("gazetteer").resolve("places.tsv.gz").toString())
                .hasMessageContaining("build.sh");
    }

    @Test
    void placesFileThatIsNotGzipIsNamedInTheError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("places.tsv.gz"), PLACES);
        assertThatThrownBy(() -> GazetteerLoader.load(dir))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(dir.resolve("places.tsv.gz").toString())
                .hasMessageContaining("not a gzip file");
    }

    @Test
    void loadsADirectoryAndWarnsWhenTheSupplementIsMissing(@TempDir Path dir) throws IOException {
        try (var out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("places.tsv.gz")))) {
            out.write(PLACES.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        InMemoryGazetteer g = (InMemoryGazetteer) GazetteerLoader.load(dir);
        assertThat(g.find("bagdad")).extracting(Place::id).containsExactly("gn:98182");
        assertThat(g.problems()).extracting(LoadProblem::message).contains("supplement missing");
    }
}
