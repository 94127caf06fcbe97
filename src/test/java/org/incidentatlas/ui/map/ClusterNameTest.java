package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.incidentatlas.model.EventType;
import org.junit.jupiter.api.Test;

/** What a drawn disc is labelled with: its place, the name half its events share, or its places busiest first. */
class ClusterNameTest {
    /** A cluster of one feature per name given ("" for a feature without a place name). */
    private static String nameOf(String... names) {
        List<MapFeature> fs = new ArrayList<>();
        Symbol s = IncidentSymbology.of(new EventType("Battles", ""));
        for (int i = 0; i < names.length; i++) {
            fs.add(new MapFeature("payload " + i, "e" + i, names[i] + i, 33, 44, 0, s, names[i], null, false));
        }
        return CityLabelLayer.nameOf(new ScreenClusters.Cluster(10, 10, IntStream.range(0, names.length).toArray(),
                false), fs);
    }

    @Test
    void oneSpotIsNamedAfterItsPlace() {
        assertThat(nameOf("Kirkuk")).isEqualTo("Kirkuk");
    }

    @Test
    void aNameThatHalfTheEventsShareNamesTheCluster() {
        assertThat(nameOf("Ain al-Asad", "Ain al-Asad", "Baghdadi")).isEqualTo("Ain al-Asad");
    }

    @Test
    void twoOrThreePlacesAreAllNamedBusiestFirst() {
        assertThat(nameOf("al-Mayadeen", "Albu Kamal", "Albu Kamal")).isEqualTo("Albu Kamal");
        assertThat(nameOf("al-Mayadeen", "Albu Kamal", "Albu Kamal", "Baghuz", "Baghuz"))
                .isEqualTo("Albu Kamal \u00b7 Baghuz \u00b7 al-Mayadeen");
    }

    @Test
    void moreThanThreePlacesShowTheTwoBusiestAndHowManyMore() {
        assertThat(nameOf("Baghdad", "Baghdad", "Kirkuk", "Kirkuk", "Mosul", "Erbil", "Basra", "Najaf"))
                .isEqualTo("Baghdad \u00b7 Kirkuk +4");
        assertThat(nameOf("al-Mayadeen", "Albu Kamal", "Albu Kamal", "Hajin", "Hajin", "Hajin", "Baghuz"))
                .isEqualTo("Hajin \u00b7 Albu Kamal +2");
    }

    @Test
    void aClusterWithoutNamesHasNoLabel() {
        assertThat(nameOf("", "")).isNull();
    }
}
