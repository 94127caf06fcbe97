package org.incidentatlas.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incidentatlas.events.EventExtractor;
import org.incidentatlas.geoparse.Geoparser;
import org.incidentatlas.io.GeoWebNewsReader;
import org.incidentatlas.io.GoldCorpus;
import org.incidentatlas.io.GoldDocument;
import org.incidentatlas.io.SeedsGold;
import org.incidentatlas.io.SeedsGoldReader;
import org.incidentatlas.io.ToponymGold;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.pipeline.ProgressListener;
import org.junit.jupiter.api.Test;

/** The evaluation run end to end with geoparsers whose answers are known: the gold itself, and nothing. */
class EvaluationTest {
    private static Path fixture(String name) throws Exception {
        return Paths.get(EvaluationTest.class.getResource("/eval/" + name).toURI());
    }

    /** Answers every gold toponym of the document with its own span and coordinates (0,0 when it has none). */
    private static Geoparser oracle(GoldCorpus gold) {
        Map<String, GoldDocument> byId = gold.documents().stream().collect(Collectors.toMap(GoldDocument::id, Function.identity()));
        return article -> {
            List<PlaceMention> out = new ArrayList<>();
            for (ToponymGold t : byId.get(article.id()).toponyms()) {
                if (t.toponym()) {
                    out.add(Mentions.resolved(article.id(), t.span().start(), t.span().end(), t.surface(), MentionRole.LITERAL,
                            Mentions.place(t.surface(), t.hasCoordinates() ? t.lat() : 0, t.hasCoordinates() ? t.lon() : 0)));
                }
            }
            return out;
        };
    }

    @Test
    void goldAnswersScorePerfectly() throws Exception {
        GoldCorpus gold = new GeoWebNewsReader().read(fixture("gwn-sample.xml"));
        ToponymScore s = Evaluation.scoreBenchmark(gold, new Pipeline(oracle(gold), EventExtractor.none()),
                PredictionPolicy.standard(), ProgressListener.NONE).score();
        assertThat(s.exact().f1()).isEqualTo(1.0);
        assertThat(s.overlap().f1()).isEqualTo(1.0);
        assertThat(s.geocoding().count()).isEqualTo(6);
        assertThat(s.geocoding().auc()).isZero();
        assertThat(s.geocoding().acc161()).isEqualTo(1.0);
        assertThat(s.strictAcc161()).isEqualTo(1.0);
    }

    @Test
    void benchmarkArticlesKeepTheGoldTextSoOffsetsApply() throws Exception {
        GoldCorpus gold = new GeoWebNewsReader().read(fixture("gwn-sample.xml"));
        assertThat(Evaluation.corpusOf(gold).articles()).extracting(a -> a.text())
                .containsExactlyElementsOf(gold.documents().stream().map(GoldDocument::text).toList());
    }

    @Test
    void seedsArticlesAreReadFromTheCorpusFolderAndMissingOnesReported() throws Exception {
        SeedsGold gold = new SeedsGoldReader().read(fixture("seeds-sample.json"));
        Geoparser nothing = a -> List.of();
        Evaluation.SeedsResult r = Evaluation.scoreSeeds(gold, fixture("corpus"), 0,
                new Pipeline(nothing, EventExtractor.none()), PredictionPolicy.standard(), ProgressListener.NONE);
        assertThat(r.extraction().articles()).extracting(a -> a.id()).containsExactlyInAnyOrder("a.txt", "b.txt");
        assertThat(r.problems()).isEmpty();
        assertThat(r.score().places().articles()).allSatisfy(a -> assertThat(a.articleFound()).isTrue());
        assertThat(r.score().places().requiredOk()).isZero();
        assertThat(r.score().places().required()).isEqualTo(3);

        Evaluation.SeedsResult elsewhere = Evaluation.scoreSeeds(gold, fixture("corpus").resolve("nowhere"), 1,
                new Pipeline(nothing, EventExtractor.none()), PredictionPolicy.standard(), ProgressListener.NONE);
        assertThat(elsewhere.score().places().articles()).hasSize(1);
        assertThat(elsewhere.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("not in the corpus"));
        assertThat(elsewhere.score().places().missingArticles()).isEqualTo(1);
    }
}
