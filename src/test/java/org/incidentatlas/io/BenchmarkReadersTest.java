package org.incidentatlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.incidentatlas.model.TextSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GeoWebNews and TR-News readers on small synthetic fixtures written for these tests. */
class BenchmarkReadersTest {
    static Path fixture(String name) throws Exception {
        return Paths.get(BenchmarkReadersTest.class.getResource("/eval/" + name).toURI());
    }

    @Test
    void geoWebNewsKeepsToponymTypesAndTheirCoordinates() throws Exception {
        GoldCorpus c = new GeoWebNewsReader().read(fixture("gwn-sample.xml"));
        assertThat(c.name()).isEqualTo("GeoWebNews");
        assertThat(c.documents()).extracting(GoldDocument::id).containsExactly("gwn-0", "gwn-1");
        GoldDocument d0 = c.documents().get(0);
        assertThat(d0.title()).isEqualTo("Synthetic one");
        assertThat(d0.toponyms()).extracting(ToponymGold::surface)
                .containsExactly("Aleppo", "Syrian", "Syrian border", "Paris", "Aleppo");
        assertThat(d0.toponyms()).extracting(ToponymGold::toponym).containsExactly(true, true, false, true, true);
        assertThat(c.toponymCount()).isEqualTo(7);
        ToponymGold demonym = c.documents().get(1).toponyms().stream()
                .filter(t -> t.type().equals("Demonym")).findFirst().orElseThrow();
        assertThat(demonym.hasCoordinates()).isFalse();
        ToponymGold island = c.documents().get(1).toponyms().get(1);
        assertThat(island.surface()).isEqualTo("Lagos Island");
        assertThat(island.geonamesId()).isNull();
        assertThat(island.lat()).isEqualTo(6.45);
    }

    @Test
    void geoWebNewsSpansMatchTheTextAfterAlignment() throws Exception {
        GoldCorpus c = new GeoWebNewsReader().read(fixture("gwn-sample.xml"));
        for (GoldDocument d : c.documents()) {
            for (ToponymGold t : d.toponyms()) {
                assertThat(t.span().of(d.text())).isEqualTo(t.surface());
            }
        }
        GoldDocument d0 = c.documents().get(0);
        int paris = d0.text().indexOf("Paris");
        assertThat(d0.toponyms().get(3).span()).isEqualTo(new TextSpan(paris, paris + 5));
    }

    @Test
    void geoWebNewsSpanThatCannotBeAlignedIsAWarningNamingTheFile() throws Exception {
        GoldCorpus c = new GeoWebNewsReader().read(fixture("gwn-sample.xml"));
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("gwn-sample.xml");
            assertThat(p.message()).contains("gwn-1").contains("'army'").contains("-40");
        });
    }

    @Test
    void trNewsAlignsLateOffsetsAndKeepsToponymsWithoutCoordinates() throws Exception {
        GoldCorpus c = new TrNewsReader().read(fixture("trnews-sample.xml"));
        assertThat(c.problems()).isEmpty();
        GoldDocument d = c.documents().get(0);
        assertThat(d.id()).isEqualTo("trnews-900001");
        assertThat(d.text()).startsWith("A Turkish court").contains("\nOfficials");
        assertThat(d.toponyms()).extracting(t -> t.span().of(d.text()))
                .containsExactly("Turkish", "Ankara", "Istanbul", "Ottawa");
        assertThat(d.toponyms()).extracting(ToponymGold::hasCoordinates).containsExactly(true, true, true, false);
        assertThat(d.toponyms().get(0).type()).isEqualTo("PCLI");
        assertThat(d.toponyms().get(0).lat()).isEqualTo(39.0);
        assertThat(d.toponyms().get(0).geonamesId()).isEqualTo("298795");
    }

    @Test
    void malformedXmlNamesTheFile(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("broken.xml"), "<articles><article file=\"0\"><text>x</articles>");
        assertThatThrownBy(() -> new GeoWebNewsReader().read(f)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("broken.xml").hasMessageContaining("malformed XML");
    }

    @Test
    void xmlWithoutArticlesIsRejected(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("empty.xml"), "<articles></articles>");
        assertThatThrownBy(() -> new TrNewsReader().read(f)).isInstanceOf(GoldFormatException.class)
                .hasMessageContaining("empty.xml").hasMessageContaining("no <article>");
    }
}
