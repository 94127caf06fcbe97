package org.incidentatlas.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.jmh.Texts;
import org.incidentatlas.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The date scanner and the grammar behind it, apart (ms per pass over every article's normalised text; in this
 * package to reach them): {@code starts} is {@link DateScanner#starts} alone (where a date expression can open),
 * {@code scan} adds the grammar's patterns tried there ({@link DateResolver#scan}), {@code anchored} the whole
 * {@link DateAnchoring#dates} with a known publication day (scan, dateline, resolution). Divide {@link Texts#bytes}
 * by the score for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DateScanBench {
    List<String> texts;
    PublicationAnchor anchor;

    @Setup
    public void setUp() throws IOException {
        List<Article> articles = Texts.articles();
        texts = new ArrayList<>();
        for (Article a : articles) {
            texts.add(ActorLexicon.normalise(a.text()));
        }
        anchor = new PublicationAnchor(Texts.PUBLISHED, org.incidentatlas.model.DatePrecision.DAY, false, "bench");
        System.out.printf("%n%d articles, %.2f MB%n", articles.size(), Texts.bytes(articles) / 1e6);
    }

    @Benchmark
    public int starts() {
        int n = 0;
        for (String t : texts) {
            n += DateScanner.starts(t, 0, t.length()).length;
        }
        return n;
    }

    @Benchmark
    public int scan() {
        int n = 0;
        for (String t : texts) {
            n += DateResolver.scan(t, 0, t.length()).size();
        }
        return n;
    }

    @Benchmark
    public int anchored() {
        int n = 0;
        for (String t : texts) {
            n += DateAnchoring.dates(t, anchor).size();
        }
        return n;
    }
}
