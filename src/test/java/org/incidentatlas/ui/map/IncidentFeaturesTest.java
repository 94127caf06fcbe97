package org.incidentatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.SyntheticExtraction;
import org.junit.jupiter.api.Test;

class IncidentFeaturesTest {
    private static final Extraction X = SyntheticExtraction.extraction();
    private final Map<Incident, MapFeature> featureOf = new IdentityHashMap<>();
    private final List<MapFeature> deployments;
    private final IncidentFeatures features;

    IncidentFeaturesTest() {
        List<MapFeature> all = ExtractionFeatures.events(X);
        all.stream().filter(f -> f.payload() instanceof Incident).forEach(f -> featureOf.put((Incident) f.payload(), f));
        deployments = all.stream().filter(f -> f.payload() instanceof Deployment).toList();
        features = new IncidentFeatures(X.incidents(), featureOf::get, deployments, IncidentFeaturesTest::kind);
    }

    private static String kind(MapFeature f) {
        return f.payload() instanceof Incident i ? i.type().type() : "Deployments";
    }

    private List<String> ids(int[] selected) {
        return java.util.Arrays.stream(selected).mapToObj(features.prepared()::get).map(f -> f.payload()
                instanceof Incident i ? i.id() : ((Deployment) f.payload()).id()).toList();
    }

    private static BitSet bits(int... positions) {
        BitSet b = new BitSet();
        for (int p : positions) {
            b.set(p);
        }
        return b;
    }

    @Test
    void theShownIncidentsInPositionOrderThenTheOtherFeaturesKept() {
        // i6 (position 5) is unpinned: shown, but not on the map
        assertThat(ids(features.select(bits(0, 2, 3, 5, 6), Set.of(), f -> true)))
                .containsExactly("i1", "i3", "i4", "i7", "d1");
        assertThat(ids(features.select(bits(1), Set.of(), f -> false))).containsExactly("i2");
        assertThat(ids(features.select(new BitSet(), Set.of(), f -> true))).containsExactly("d1");
    }

    @Test
    void hiddenKindsAreLeftOut() {
        assertThat(ids(features.select(bits(0, 1, 2, 3, 4, 5, 6), Set.of("Strategic developments", "Deployments"),
                f -> true))).containsExactly("i1", "i2", "i3", "i7");
    }

    @Test
    void theKindsShownEachWithItsFirstFeature() {
        int[] shown = features.select(bits(3, 4, 6), Set.of(), f -> true);
        Map<String, MapFeature> kinds = features.kindsOf(shown);
        assertThat(kinds.keySet()).containsExactly("Strategic developments", "Violence against civilians",
                "Deployments");
        assertThat(((Incident) kinds.get("Strategic developments").payload()).id()).isEqualTo("i4");
    }

    @Test
    void preparedPositionsAreTheWebMercatorUnitsOfTheFeatures() {
        PreparedFeatures p = features.prepared();
        assertThat(p.size()).isEqualTo(7);
        for (int i = 0; i < p.size(); i++) {
            assertThat(p.ux[i]).isEqualTo(WebMercator.unitX(p.get(i).lon()));
            assertThat(p.uy[i]).isEqualTo(WebMercator.unitY(p.get(i).lat()));
        }
        // i1 and i7 are both at Baghdad: one spot; different colours (types), different fills
        assertThat(p.spot[0]).isEqualTo(p.spot[5]);
        assertThat(p.spot[0]).isNotEqualTo(p.spot[1]);
        assertThat(p.fills[p.fill[0]]).isEqualTo(p.get(0).symbol().fill());
        assertThat(p.fill[0]).isNotEqualTo(p.fill[5]);
    }
}
