package org.incidentatlas.geoparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpotterWordFileTest {
    @Test
    void listsFromTheDataFileBecomeTheSpottersWordBits() {
        SpotWords words = SpotWords.standard();
        assertThat(words.bits("near") & SpotWords.LOCATIVE).isNotZero();
        assertThat(words.bits("street") & SpotWords.STREET_HEAD).isNotZero();
        assertThat(words.bits("ibn") & SpotWords.BIN).isNotZero();
        assertThat(words.bits("near") & SpotWords.STREET_HEAD).isZero();
    }

    @Test
    void hintListsKeepTheirHints() {
        assertThat(SpotWords.featureAfter("province")).isEqualTo("admin");
        assertThat(SpotWords.featureAfter("village")).isEqualTo("settlement");
        assertThat(SpotWords.featureBefore("outskirts")).isEqualTo("settlement");
        assertThat(SpotWords.featureAfter("near")).isNull();
    }

    @Test
    void anUnknownListIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> SpotterWordFile.set("no-such-list"))
                .hasMessageContaining(SpotterWordFile.RESOURCE).hasMessageContaining("no-such-list");
    }
}
