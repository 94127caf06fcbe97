package org.incidentatlas.events;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.incidentatlas.jmh.Texts;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Sentence;
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
 * The events stage's matchers (ms per pass over every article; in this package to reach them): {@code triggers}
 * finds the trigger hits of every sentence with the gate over the article's {@link TokenArray} (built beforehand,
 * as the stage shares it), {@code triggersCharGate} the same hits with the former char-by-char gate;
 * {@code actors} the actor lexicon and the persons introduced by a role ({@link ActorLexicon#findInArticle(TokenArray)});
 * {@code events} the whole {@link RuleEventExtractor} with no place mentions (context, detection, deployments).
 * Divide {@link Texts#bytes} by the score for MB/s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EventBench {
    List<Article> articles;
    List<String> texts;
    List<TokenArray> tokens;
    RuleEventExtractor extractor;

    @Setup
    public void setUp() throws IOException {
        articles = Texts.articles();
        texts = new ArrayList<>();
        tokens = new ArrayList<>();
        for (Article a : articles) {
            String t = ActorLexicon.normalise(a.text());
            texts.add(t);
            tokens.add(TokenArray.of(t, a.sentences()));
        }
        extractor = new RuleEventExtractor(ActorLexicon.standard());
        System.out.printf("%n%d articles, %.2f MB%n", articles.size(), Texts.bytes(articles) / 1e6);
    }

    @Benchmark
    public int triggers() {
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (Sentence s : articles.get(i).sentences()) {
                n += EventTyping.hits(texts.get(i), tokens.get(i), s.index(), s.span().start(), s.span().end()).size();
            }
        }
        return n;
    }

    @Benchmark
    public int triggersCharGate() {
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            for (Sentence s : articles.get(i).sentences()) {
                n += EventTyping.hits(texts.get(i), s.span().start(), s.span().end()).size();
            }
        }
        return n;
    }

    @Benchmark
    public void actors(Blackhole bh) {
        for (TokenArray t : tokens) {
            bh.consume(ActorLexicon.standard().findInArticle(t));
        }
    }

    @Benchmark
    public void events(Blackhole bh) {
        for (Article a : articles) {
            bh.consume(extractor.extract(a, List.of()));
        }
    }
}
