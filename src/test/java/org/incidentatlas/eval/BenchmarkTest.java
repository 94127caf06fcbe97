package org.incidentatlas.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.incidentatlas.events.EventExtractor;
import org.incidentatlas.gazetteer.InMemoryGazetteer;
import org.incidentatlas.geoparse.Geoparser;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.MentionRole;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.pipeline.ProgressListener;
import org.incidentatlas.text.SentenceSplitter;
import org.junit.jupiter.api.Test;

/** What the benchmark runs and counts; never how fast (speed belongs in docs/benchmarks.md, not in tests). */
class BenchmarkTest {
    private static Article article(String id, String text) {
        return new Article(id, id, null, null, null, null, null, null, text, SentenceSplitter.split(text), List.of(), null);
    }

    private static final List<Article> BASE = List.of(article("a.txt", "x".repeat(1000)), article("b.txt", "é".repeat(500)));

    @Test
    void repeatCyclesTheCorpusUntilTheTargetSizeWithUniqueIds() {
        List<Article> r = Benchmark.repeat(BASE, 5000);
        assertThat(r).hasSize(6);
        assertThat(Benchmark.bytes(r)).isEqualTo(6000);
        assertThat(r).extracting(Article::id).doesNotHaveDuplicates().startsWith("a.txt", "b.txt", "a.txt#1");
        assertThat(r.get(2).text()).isEqualTo(r.get(0).text()).isNotSameAs(r.get(0).text());
    }

    @Test
    void repeatKeepsAtLeastOneFullPass() {
        assertThat(Benchmark.repeat(BASE, 1)).hasSize(2);
    }

    @Test
    void eachThreadCountIsMeasuredOnTheWholeCorpusAfterAWarmUp() throws Exception {
        AtomicInteger parsed = new AtomicInteger();
        Geoparser counting = a -> {
            parsed.incrementAndGet();
            return List.of(Mentions.resolved(a.id(), 0, 1, "x", MentionRole.LITERAL, Mentions.place("p", 0, 0)));
        };
        Benchmark.Result r = Benchmark.run(BASE, new Benchmark.Config(5000, List.of(1, 2), 2000),
                InMemoryGazetteer::new, g -> new Pipeline(counting, EventExtractor.none()), Benchmark.Listener.NONE);
        assertThat(r.corpusArticles()).isEqualTo(6);
        assertThat(r.corpusBytes()).isEqualTo(6000);
        assertThat(r.runs()).extracting(Benchmark.Run::threads).containsExactly(1, 2);
        assertThat(r.runs()).allSatisfy(run -> {
            assertThat(run.articles()).isEqualTo(6);
            assertThat(run.mentions()).isEqualTo(6);
            assertThat(run.seconds()).isPositive();
            assertThat(run.peakHeapBytes()).isPositive();
        });
        // Warm-up on the 2,000-byte prefix (2 articles) before each of the two measured runs of 6 articles.
        assertThat(parsed.get()).isEqualTo(2 * (2 + 6));
        assertThat(r.gazetteer().places()).isZero();
    }

    @Test
    void aWarmUpLargerThanTheCorpusRunsTheCorpusAgainUntilItHasReadThatMuch() throws Exception {
        // The JIT needs tens of MB before it stops compiling; a warm-up capped at the corpus size measured the compiler.
        AtomicInteger parsed = new AtomicInteger();
        Geoparser counting = a -> {
            parsed.incrementAndGet();
            return List.of();
        };
        Benchmark.run(BASE, new Benchmark.Config(5000, List.of(1), 15_000),
                InMemoryGazetteer::new, g -> new Pipeline(counting, EventExtractor.none()), Benchmark.Listener.NONE);
        // 15,000 bytes of warm-up over a 6,000-byte corpus: two whole passes and a 3,000-byte prefix (3 articles),
        // then the measured run of 6 articles.
        assertThat(parsed.get()).isEqualTo(6 + 6 + 3 + 6);
    }

    @Test
    void oneThreadRunsTheWholePipelineOnASingleWorker() throws Exception {
        // The pipeline runs articles on its own threads (per-article isolation): one thread means one at a time.
        java.util.concurrent.atomic.AtomicInteger running = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger most = new java.util.concurrent.atomic.AtomicInteger();
        Geoparser recording = a -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return List.of();
        };
        Benchmark.run(BASE, new Benchmark.Config(50_000, List.of(1), 0),
                InMemoryGazetteer::new, g -> new Pipeline(recording, EventExtractor.none()), Benchmark.Listener.NONE);
        assertThat(most.get()).isEqualTo(1);
        most.set(0);
        Benchmark.run(BASE, new Benchmark.Config(50_000, List.of(3), 0),
                InMemoryGazetteer::new, g -> new Pipeline(recording, EventExtractor.none()), Benchmark.Listener.NONE);
        assertThat(most.get()).as("three threads run articles side by side").isBetween(2, 3);
    }

    @Test
    void phasesAreAnnounced() throws Exception {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Benchmark.run(BASE, new Benchmark.Config(10, List.of(1, 2), 1), InMemoryGazetteer::new,
                g -> new Pipeline(a -> List.of(), EventExtractor.none()), name -> {
                    seen.add(name);
                    return ProgressListener.NONE;
                });
        assertThat(seen).containsExactly("gazetteer", "warm-up 1 thread", "1 thread", "warm-up 2 threads", "2 threads");
    }

    @Test
    void badConfigIsRejected() {
        assertThatThrownBy(() -> new Benchmark.Config(0, List.of(1), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Benchmark.Config(10, List.of(0), 0)).hasMessageContaining("at least 1");
    }

    @Test
    void everyStageIsMeasuredAtEveryThreadCountInOrder() throws Exception {
        AtomicInteger events = new AtomicInteger();
        EventExtractor counting = (a, m) -> {
            events.incrementAndGet();
            return new EventExtractor.Result(List.of(), List.of());
        };
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        Benchmark.Result r = Benchmark.run(BASE, new Benchmark.Config(10, List.of(1, 2), 0), InMemoryGazetteer::new,
                List.of(new Benchmark.Stage("places", g -> new Pipeline(a -> List.of(), EventExtractor.none())),
                        new Benchmark.Stage("all", g -> new Pipeline(a -> List.of(), counting))),
                name -> {
                    seen.add(name);
                    return ProgressListener.NONE;
                });
        assertThat(r.runs()).extracting(Benchmark.Run::stage, Benchmark.Run::threads).containsExactly(
                org.assertj.core.groups.Tuple.tuple("places", 1), org.assertj.core.groups.Tuple.tuple("places", 2),
                org.assertj.core.groups.Tuple.tuple("all", 1), org.assertj.core.groups.Tuple.tuple("all", 2));
        assertThat(events.get()).isEqualTo(2 * 2);
        assertThat(seen).containsExactly("gazetteer", "places, 1 thread", "places, 2 threads", "all, 1 thread", "all, 2 threads");
    }

    @Test
    void aTimedPipelineReportsCpuTimePerStageAndTheJsonWritten() throws Exception {
        EventExtractor busy = (a, m) -> {
            long t0 = Benchmark.threadCpu();
            while (Benchmark.threadCpu() - t0 < 2_000_000) {
                Thread.onSpinWait();
            }
            return new EventExtractor.Result(List.of(), List.of());
        };
        Benchmark.Result r = Benchmark.run(BASE, new Benchmark.Config(10, List.of(1, 2), 0), InMemoryGazetteer::new,
                List.of(new Benchmark.Stage("all", (g, clock) -> new Pipeline(clock.places(a -> List.of()),
                        clock.events(busy)))), Benchmark.Listener.NONE);
        Benchmark.Run one = r.runs().get(0);
        Benchmark.StageCpu c = one.stageCpu();
        // At least 2 ms of CPU in the extractor per article; the workers' time holds both stages.
        assertThat(c.events()).isGreaterThanOrEqualTo(0.002 * one.articles() * 0.9);
        assertThat(c.places()).isGreaterThanOrEqualTo(0).isLessThan(c.events());
        assertThat(c.workers()).isGreaterThanOrEqualTo(c.places() + c.events() - 1e-3);
        assertThat(c.jsonBytes()).isPositive();
        assertThat(r.runs().get(1).stageCpu().jsonBytes()).as("written once per stage").isEqualTo(-1);
        assertThat(r.runs().get(1).stageCpu().write()).isNaN();
    }
}
