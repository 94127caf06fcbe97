package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.junit.jupiter.api.Test;

/** The shared lookups answer what the gazetteer and the candidate facts answer for the same name. */
class FoldCacheTest {

    @Test
    void lookupKeepsTheFactsOfItsPlaces() {
        InMemoryGazetteer g = GeoparseFixture.gazetteer();
        for (String name : List.of("Baghdad", "Kirkuk", "Iraq", "Hit", "Nowhere Land")) {
            Tokens t = Tokens.of(name, 0, name.length());
            FoldCache.Lookup look = t.lookup(0, t.size(), g);
            assertThat(look.places).isEqualTo(g.find(FoldCache.fold(name)));
            int facts = Candidates.facts(look.places);
            assertThat(look.candidateFacts()).as(name).isEqualTo(facts);
            assertThat(look.candidateFacts()).as("%s, remembered", name).isEqualTo(facts);
        }
        Tokens t = Tokens.of("Iraq", 0, 4);
        assertThat(t.lookup(0, 1, g).candidateFacts() & Candidates.COUNTRY).isNotZero();
    }
}
