package org.incidentatlas.jmh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.events.DateResolver;
import org.incidentatlas.events.RuleEventExtractor;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.geoparse.GazetteerGeoparser;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.text.NameFolding;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The stages over the shipped gazetteer, ms per pass over the texts: gazetteer lookups of every word n-gram
 * (what the spotter asks), the geoparser (spotter and resolver), the date scanner, the event extractor (triggers,
 * actors, dates) on pre-geoparsed articles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBench {
    Gazetteer gazetteer;
    GazetteerGeoparser geoparser;
    RuleEventExtractor events;
    List<Article> articles;
    List<List<PlaceMention>> mentions;
    List<String> ngrams;

    @Setup
    public void setUp() throws IOException {
        gazetteer = GazetteerLoader.loadDefault();
        geoparser = new GazetteerGeoparser(gazetteer);
        events = new RuleEventExtractor();
        articles = Texts.articles();
        mentions = new ArrayList<>();
        ngrams = new ArrayList<>();
        for (Article a : articles) {
            mentions.add(geoparser.parse(a));
            String[] w = a.text().split("\\s+");
            for (int i = 0; i < w.length; i++) {
                StringBuilder b = new StringBuilder();
                for (int n = 0; n < 3 && i + n < w.length; n++) {
                    b.append(n == 0 ? "" : " ").append(w[i + n]);
                    ngrams.add(NameFolding.fold(b.toString()));
                }
            }
        }
    }

    @Benchmark
    public void gazetteerLookups(Blackhole bh) {
        for (String k : ngrams) {
            bh.consume(gazetteer.find(k));
            bh.consume(gazetteer.hasLongerName(k));
        }
    }

    @Benchmark
    public void geoparse(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(geoparser.parse(a));
        }
    }

    @Benchmark
    public void dates(Blackhole bh) {
        DateResolver.Anchor anchor = DateResolver.Anchor.of(Texts.PUBLISHED);
        for (Article a : articles) {
            bh.consume(DateResolver.find(a.text(), 0, a.text().length(), anchor, null));
        }
    }

    @Benchmark
    public void events(Blackhole bh) {
        for (int i = 0; i < articles.size(); i++) {
            bh.consume(events.extract(articles.get(i), mentions.get(i)));
        }
    }
}
