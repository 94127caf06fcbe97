package org.incidentatlas.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arabic articles end to end over the shipped gazetteer: language routing, places, dates, incidents, actors. */
class ArabicPipelineTest {
    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() throws Exception {
        pipeline = Pipeline.standard(GazetteerLoader.load(Path.of("geodata")));
    }

    private Extraction run(String name, String text, String published) throws Exception {
        Files.writeString(dir.resolve(name), text);
        if (published != null) {
            Files.writeString(dir.resolve("manifest.json"),
                    "{\"documents\": [{\"file\": \"" + name + "\", \"published\": \"" + published + "\"}]}");
        }
        return pipeline.run(new CorpusReader().read(List.of(dir)), (d, t, id) -> { });
    }

    @Test
    void anArabicReportYieldsItsPlacesInTheRightCountryAndItsIncidentWithSentenceAndDate() throws Exception {
        Extraction x = run("report.txt", """
                قصف بطائرة مسيرة قرب الموصل

                أفادت مصادر محلية بأن طائرة مسيرة قصفت، يوم الأحد، موقعا لمسلحين في قضاء تلعفر غربي الموصل بمحافظة نينوى.

                وفي سياق آخر، اندلعت اشتباكات بين قوات النظام ومسلحين قرب مدينة درعا جنوب سوريا أمس.
                """, "2024-05-07");
        assertThat(x.articles().get(0).language()).isEqualTo("ar");
        assertThat(x.mentions()).filteredOn(PlaceMention::isResolved)
                .extracting(m -> m.place().name() + "/" + m.place().country())
                .contains("Mosul/IQ", "Syria/SY");
        Incident drone = x.incidents().stream().filter(i -> i.type().subType().equals("Air/drone strike"))
                .findFirst().orElseThrow();
        assertThat(drone.place().country()).isEqualTo("IQ");
        assertThat(drone.date().start()).isEqualTo(LocalDate.of(2024, 5, 5));
        Incident clash = x.incidents().stream().filter(i -> i.type().type().equals("Battles")).findFirst().orElseThrow();
        assertThat(clash.place().country()).isEqualTo("SY");
        assertThat(clash.date().start()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(clash.actors()).extracting(a -> a.id()).contains("syrian-army");
    }

    @Test
    void anOutletNamedAfterATownIsNotThatTownAndArabicActorsMeetTheLexicon() throws Exception {
        Extraction x = run("claim.txt", """
                تبنت حركة النجباء في تصريح لقناة الميادين هجوما صاروخيا على قاعدة عين الأسد في محافظة الأنبار.
                """, "2024-02-10");
        assertThat(x.mentions()).filteredOn(m -> m.surface().contains("الميادين"))
                .allMatch(m -> !m.isResolved());
        Incident i = x.incidents().get(0);
        assertThat(i.place().id()).isEqualTo("sup:ain-al-asad");
        assertThat(i.actors()).extracting(a -> a.name()).contains("Harakat al-Nujaba");
        assertThat(SearchKey.matches("Nujaba", i.actors().get(0).name())).isTrue();
    }

    @Test
    void anArticleInAnotherLanguageIsReportedNotSilentlyEmpty() throws Exception {
        Extraction x = run("fr.txt", "Des hommes armés ont attaqué un poste de contrôle près de Mossoul lundi, "
                + "blessant deux gardes, selon la police locale.", null);
        assertThat(x.incidents()).isEmpty();
        assertThat(x.problems()).anyMatch(p -> p.message().equals(
                "no English or Arabic text found (language: fr); nothing extracted"));
    }

    private Extraction runWithManifest(String name, String text, String manifestFields) throws Exception {
        Files.writeString(dir.resolve(name), text);
        Files.writeString(dir.resolve("manifest.json"),
                "{\"documents\": [{\"file\": \"" + name + "\"" + manifestFields + "}]}");
        return pipeline.run(new CorpusReader().read(List.of(dir)), (d, t, id) -> { });
    }

    @Test
    void aWeekdayIsAnchoredOnTheDateInTheUrlAndAnUndatedLeadEventOnThePublicationDay() throws Exception {
        Extraction x = runWithManifest("lead.txt", """
                استهدفت طائرة مسيرة مقرا لمسلحين في قضاء تلعفر غربي الموصل، وفق مصادر أمنية.

                وكانت اشتباكات قد اندلعت يوم الثلاثاء قرب مدينة درعا جنوب سوريا.
                """, ", \"url\": \"https://news.example/2024/05/09/report\"");
        Incident drone = x.incidents().stream().filter(i -> i.type().subType().equals("Air/drone strike"))
                .findFirst().orElseThrow();
        assertThat(drone.date().start()).isEqualTo(LocalDate.of(2024, 5, 9));
        assertThat(drone.date().text()).contains("publication date");
        Incident clash = x.incidents().stream().filter(i -> i.type().type().equals("Battles")).findFirst().orElseThrow();
        assertThat(clash.date().start()).isEqualTo(LocalDate.of(2024, 5, 7));
        assertThat(clash.date().approxAnchor()).isFalse();
    }

    @Test
    void anApproximatePublicationDateAnchorsYesterdayAndMarksTheDate() throws Exception {
        Extraction x = runWithManifest("approx.txt", """
                قصفت طائرات حربية أمس مواقع في مدينة البوكمال شرقي دير الزور.
                """, ", \"published_approx\": \"2023-03-15\"");
        Incident i = x.incidents().get(0);
        assertThat(i.date().start()).isEqualTo(LocalDate.of(2023, 3, 14));
        assertThat(i.date().approxAnchor()).isTrue();
    }

    @Test
    void aDatelineInThePageGivesThePublicationDate() throws Exception {
        Extraction x = run("dateline.txt", """
                وكالة الأنباء / الأربعاء 6 . 3 . 2024 — قصفت طائرة مسيرة يوم الاثنين موقعا في قضاء تلعفر غربي الموصل.
                """, null);
        assertThat(x.incidents().get(0).date().start()).isEqualTo(LocalDate.of(2024, 3, 4));
    }

    @Test
    void aTollAndAPresenceAreReadFromArabicSentences() throws Exception {
        Extraction x = run("toll.txt", """
                أسفر قصف بطائرة مسيرة على موقع في قضاء تلعفر غربي الموصل عن مقتل 7 مسلحين وجرح 3 آخرين.

                وتقع قاعدة عين الأسد في محافظة الأنبار التي تضم قوات أمريكية منذ سنوات.
                """, "2024-05-07");
        Incident drone = x.incidents().stream().filter(i -> i.type().subType().equals("Air/drone strike"))
                .findFirst().orElseThrow();
        assertThat(drone.fatalities()).isEqualTo(7);
        assertThat(x.deployments()).singleElement().satisfies(d -> {
            assertThat(d.actor().id()).isEqualTo("us-forces");
            assertThat(d.place().id()).isEqualTo("sup:ain-al-asad");
            assertThat(d.evidence().get(0).sentence()).isEqualTo(1);
        });
    }

    @Test
    void theFilterBoxFindsAnEnglishReportByTheArabicNameAnotherArticleWrote() throws Exception {
        Files.writeString(dir.resolve("en.txt"), "Rockets hit Ain al-Asad air base in Anbar province on Monday, "
                + "officials said. Harakat al-Nujaba claimed the attack.\n");
        Extraction x = run("ar.txt", """
                تبنت حركة النجباء هجوما صاروخيا على قاعدة عين الأسد في محافظة الأنبار يوم الاثنين.
                """, null);
        IncidentFilter filter = new IncidentFilter(x);
        assertThat(filter.shown(org.incidentatlas.model.FilterState.NONE.withText("عين الأسد")))
                .anyMatch(i -> i.sources().contains("en.txt"));
        assertThat(filter.shown(org.incidentatlas.model.FilterState.NONE.withText("النجباء")))
                .anyMatch(i -> i.sources().contains("en.txt"));
        assertThat(filter.shown(org.incidentatlas.model.FilterState.NONE.withText("Nujaba")))
                .anyMatch(i -> i.sources().contains("ar.txt"));
    }

    @Test
    void exportsKeepTheArabicQuoteWithTheEnglishPlaceNameBesideIt() throws Exception {
        Extraction x = run("export.txt", """
                قصفت طائرة مسيرة يوم الاثنين موقعا في قاعدة عين الأسد بمحافظة الأنبار.
                """, "2024-05-07");
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        new org.incidentatlas.io.CsvWriter().write(x, csv);
        String row = csv.toString(java.nio.charset.StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow();
        assertThat(row).contains("Ain al-Asad Air Base").contains("قصفت طائرة مسيرة يوم الاثنين");
        java.io.ByteArrayOutputStream kml = new java.io.ByteArrayOutputStream();
        new org.incidentatlas.io.KmlWriter().write(x, "everything", kml);
        assertThat(kml.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Ain al-Asad Air Base").contains("blockquote dir=\"auto\"").contains("قاعدة عين الأسد");
    }
}
