package org.incidentatlas.jmh;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.model.Article;
import org.incidentatlas.text.PhraseMatcher;
import org.incidentatlas.text.TokenArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The one-pass text layer (ms per pass over every article): {@code tokenise} builds each article's
 * {@link TokenArray} over its sentences; {@code matchPhrases} runs a {@link PhraseMatcher} of about 18,800 phrases
 * (the outlets, given names and the 10,000 common words shipped for the geoparser) over prebuilt token arrays;
 * {@code tokeniseAndMatch} does both, what a stage pays per article. Divide {@link Texts#bytes} by the score for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TokenBench {
    List<Article> articles;
    List<TokenArray> tokens;
    PhraseMatcher lexicon;

    @Setup
    public void setUp() throws IOException {
        articles = Texts.articles();
        tokens = new ArrayList<>();
        for (Article a : articles) {
            tokens.add(TokenArray.of(a.text(), a.sentences()));
        }
        List<String> phrases = new ArrayList<>();
        for (String f : List.of("outlets.txt", "given-names.txt", "common-words.txt")) {
            phrases.addAll(lines("/org/incidentatlas/geoparse/" + f));
        }
        lexicon = PhraseMatcher.of(phrases);
        System.out.printf("%n%d articles, %.2f MB, %d tokens, %d phrases%n", articles.size(),
                Texts.bytes(articles) / 1e6, tokens.stream().mapToInt(TokenArray::size).sum(), phrases.size());
    }

    private static List<String> lines(String resource) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                TokenBench.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null; l = r.readLine()) {
                l = l.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l.startsWith("org:") ? l.substring(4).strip() : l);
                }
            }
        }
        return out;
    }

    @Benchmark
    public void tokenise(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(TokenArray.of(a.text(), a.sentences()));
        }
    }

    @Benchmark
    public int matchPhrases() {
        int[] n = new int[1];
        for (TokenArray t : tokens) {
            lexicon.scan(t, (p, first, end) -> n[0] += p);
        }
        return n[0];
    }

    @Benchmark
    public int tokeniseAndMatch() {
        int[] n = new int[1];
        for (Article a : articles) {
            lexicon.scan(TokenArray.of(a.text(), a.sentences()), (p, first, end) -> n[0] += p);
        }
        return n[0];
    }
}
