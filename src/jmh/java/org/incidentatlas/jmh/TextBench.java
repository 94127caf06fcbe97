package org.incidentatlas.jmh;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.model.Article;
import org.incidentatlas.text.NameFolding;
import org.incidentatlas.text.SentenceSplitter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Sentence splitting of every article and name folding of every capitalised word run (ms per pass). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TextBench {
    List<Article> articles;
    List<String> names;

    @Setup
    public void setUp() throws IOException {
        articles = Texts.articles();
        names = new ArrayList<>();
        for (Article a : articles) {
            for (String w : a.text().split("[^\\p{L}'-]+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                    names.add(w);
                }
            }
        }
    }

    @Benchmark
    public void splitSentences(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(SentenceSplitter.split(a.text()));
        }
    }

    @Benchmark
    public void foldNames(Blackhole bh) {
        for (String n : names) {
            bh.consume(NameFolding.fold(n));
        }
    }
}
