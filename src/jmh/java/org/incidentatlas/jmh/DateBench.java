package org.incidentatlas.jmh;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.events.DateResolver;
import org.incidentatlas.model.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The date grammar alone ({@code DateResolver.find} over whole texts: scanning for where dates open, matching and
 * resolving them), ms per pass over the texts, with a known publication date and without one. Divide
 * {@code Texts.bytes} (printed at set-up) by the score for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DateBench {
    @Param({"known", "none"})
    public String publication;

    List<Article> articles;
    DateResolver.Anchor anchor;

    @Setup
    public void setUp() throws IOException {
        articles = Texts.articles();
        anchor = DateResolver.Anchor.of(publication.equals("known") ? Texts.PUBLISHED : null);
        System.out.println("DateBench texts: " + articles.size() + " articles, " + Texts.bytes(articles) + " bytes");
    }

    @Benchmark
    public void find(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(DateResolver.find(a.text(), 0, a.text().length(), anchor, null));
        }
    }
}
