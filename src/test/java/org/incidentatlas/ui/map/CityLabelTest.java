package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.junit.jupiter.api.Test;

/** Basemap labels are chosen from the loaded gazetteer's places, without reading the place table again. */
class CityLabelTest {
    @Test
    void capitalsAndCitiesOfTwentyThousandAreLabelledNothingElse() {
        InMemoryGazetteer g = new InMemoryGazetteer();
        g.add(place("gn:1", "Vaduz", PlaceKind.CITY, "PPLC", 5_450, 30), List.of());
        g.add(place("gn:2", "Mosul", PlaceKind.CITY, "PPLA", 1_739_800, 31), List.of());
        g.add(place("gn:3", "Twenty", PlaceKind.CITY, "PPL", 20_000, 32), List.of());
        g.add(place("gn:4", "Nineteen", PlaceKind.CITY, "PPL", 19_999, 33), List.of());
        g.add(place("gn:5", "Big Town", PlaceKind.TOWN, "PPL", 900_000, 34), List.of());
        g.add(place("gn:6", "Capital Area", PlaceKind.ADMIN1, "PPLC", 9_000_000, 35), List.of());
        g.add(place("sup:base", "Some Base", PlaceKind.BASE, "MILB", 0, 36), List.of());

        assertThat(CityLabel.from(g)).containsExactlyInAnyOrder(
                new CityLabel("Vaduz", 30.0, 44.0, 5_450, true),
                new CityLabel("Mosul", 31.0, 44.0, 1_739_800, false),
                new CityLabel("Twenty", 32.0, 44.0, 20_000, false));
    }

    @Test
    void aPopulatedPlaceInsideABiggerCityIsTakenForAPartOfItAndNotLabelled() {
        InMemoryGazetteer g = new InMemoryGazetteer();
        g.add(place("gn:1", "Seat", PlaceKind.CITY, "PPLA", 500_000, 34.80), List.of());
        // a district listed as a town of its own, with more people than the seat, 4 km away
        g.add(place("gn:2", "Seat Branch", PlaceKind.CITY, "PPL", 780_000, 34.764), List.of());
        g.add(place("gn:3", "Next Town", PlaceKind.CITY, "PPL", 60_000, 34.60), List.of());
        assertThat(CityLabel.from(g)).extracting(CityLabel::name).containsExactlyInAnyOrder("Seat", "Next Town");
    }

    @Test
    void shippedGazetteerGivesTheLabelsThePlaceTableDefines() throws IOException {
        Gazetteer g = GazetteerLoader.loadDefault();
        // The rule as it was applied to places.tsv.gz when the labels were read from it: CITY rows, capitals or
        // 20,000 people and more. Each such row is a label, under the gazetteer's name for it (the hand-checked
        // supplement's where it replaced the GeoNames row: "Ar Raqqah" is labelled "Raqqa").
        List<CityLabel> expected = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(Path.of("geodata/gazetteer/places.tsv.gz"))), StandardCharsets.UTF_8))) {
            List<String> cols = Arrays.asList(r.readLine().split("\t"));
            int id = cols.indexOf("id");
            int name = cols.indexOf("name");
            int kind = cols.indexOf("kind");
            int code = cols.indexOf("featureCode");
            int pop = cols.indexOf("population");
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                long population = f[pop].isEmpty() ? 0 : Long.parseLong(f[pop]);
                if ("CITY".equals(f[kind]) && ("PPLC".equals(f[code]) || population >= CityLabel.MIN_POPULATION)) {
                    Place p = g.byId(f[id]).orElseThrow();
                    expected.add(new CityLabel(p.name(), p.lat(), p.lon(), population, "PPLC".equals(f[code])));
                    names.add(f[name]);
                }
            }
        }

        List<CityLabel> labels = CityLabel.from(g);

        // Every label is one of those rows; a row left out is a part of a bigger city (within PART_KM of a label).
        assertThat(labels).hasSizeGreaterThan(5_000);
        assertThat(expected).containsAll(labels);
        java.util.Set<CityLabel> kept = new java.util.HashSet<>(labels);
        for (CityLabel e : expected) {
            if (!kept.contains(e)) {
                assertThat(labels.stream().anyMatch(l -> 111.2 * Math.hypot(l.lat() - e.lat(),
                        (l.lon() - e.lon()) * Math.cos(Math.toRadians(e.lat()))) < CityLabel.PART_KM + 0.1))
                        .as(e.name()).isTrue();
            }
        }
        assertThat(labels).extracting(CityLabel::name).doesNotContain("Pasragad Branch");
        assertThat(labels.stream().filter(CityLabel::capital).count()).isGreaterThan(200);
        assertThat(names).contains("Ar Raqqah", "Baghdad", "Damascus");
        assertThat(labels).extracting(CityLabel::name).contains("Raqqa", "Baghdad", "Damascus").doesNotContain("Ar Raqqah");
    }

    private static Place place(String id, String name, PlaceKind kind, String code, long population, double lat) {
        return new Place(id, name, kind, code, "IQ", null, lat, 44, population, 5);
    }
}
