package org.incidentatlas.geoparse;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.jmh.Texts;
import org.incidentatlas.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The places stage's halves (ms per pass over every article, shipped gazetteer): {@code spot} tokenises each article
 * and runs the spotter with its not-place filters (everything before the resolver); {@code geoparse} adds the
 * resolver ({@link GazetteerGeoparser#parse}), so the resolver's share is the difference. {@code spotText} is the
 * per-token part of spotting alone: the token array and one word-table probe per token ({@link SpotText}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GeoparseBench {
    GazetteerGeoparser geoparser;
    Gazetteer gazetteer;
    List<Article> articles;

    @Setup
    public void setUp() throws IOException {
        geoparser = new GazetteerGeoparser(GazetteerLoader.loadDefault());
        gazetteer = geoparser.gazetteer();
        articles = Texts.articles();
        System.out.printf("%n%d articles, %.2f MB%n", articles.size(), Texts.bytes(articles) / 1e6);
    }

    @Benchmark
    public void spotText(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(SpotText.of(a.text(), a.sentences(), SpotWords.standard()));
        }
    }

    @Benchmark
    public void spot(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(geoparser.spot(a, gazetteer));
        }
    }

    @Benchmark
    public void geoparse(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(geoparser.parse(a));
        }
    }
}
