package org.incidentatlas.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.io.GoldCorpus;
import org.incidentatlas.io.GoldDocument;
import org.incidentatlas.io.SeedsGold;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.pipeline.Pipeline;
import org.incidentatlas.pipeline.ProgressListener;
import org.incidentatlas.text.ArticlePreparer;

/** Runs a pipeline over a gold's texts and scores what it extracts: the work behind {@code eval}. */
public final class Evaluation {
    private Evaluation() {
    }

    /** A scored benchmark and the extraction it was computed from (for listing problems). */
    public record BenchmarkResult(ToponymScore score, Extraction extraction) {
    }

    /** A scored seeds gold, with the corpus problems met (articles the gold names but the corpus lacks). */
    public record SeedsResult(SeedsScore score, Extraction extraction, List<LoadProblem> problems) {
        public SeedsResult {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A benchmark text as an article, split and boilerplate-marked as the corpus reader does it, but with the text
     * exactly as in the gold (no line-ending normalisation) so that gold offsets apply unchanged.
     */
    public static Article articleOf(GoldDocument d, String source) {
        return new Article(d.id(), source, d.title(), null, null, null, null, null, d.text(),
                ArticlePreparer.sentences(d.text(), List.of()), List.of(), null);
    }

    public static Corpus corpusOf(GoldCorpus gold) {
        return new Corpus(gold.documents().stream().map(d -> articleOf(d, gold.source())).toList(), gold.problems());
    }

    public static BenchmarkResult scoreBenchmark(GoldCorpus gold, Pipeline pipeline, PredictionPolicy policy,
                                                 ProgressListener progress) {
        return scoreBenchmark(gold, pipeline, policy, java.util.Set.of(), progress);
    }

    /** As above, with gold types left out of the evaluation (see {@link ToponymScorer}). */
    public static BenchmarkResult scoreBenchmark(GoldCorpus gold, Pipeline pipeline, PredictionPolicy policy,
                                                 Set<String> ignoredTypes, ProgressListener progress) {
        Extraction ex = pipeline.run(corpusOf(gold), progress);
        Map<String, List<PlaceMention>> byArticle = new HashMap<>();
        for (PlaceMention m : ex.mentions()) {
            byArticle.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
        }
        ToponymScore s = new ToponymScorer(policy, ignoredTypes).score(gold.name(), gold.documents(),
                id -> byArticle.getOrDefault(id, List.of()));
        return new BenchmarkResult(s, ex);
    }

    /**
     * Reads the articles the seeds gold names from {@code corpusDir} (missing ones become problems and score as
     * missing) and scores the extraction. {@code limit} > 0 keeps only the first articles of the gold.
     */
    public static SeedsResult scoreSeeds(SeedsGold gold, Path corpusDir, int limit, Pipeline pipeline,
                                         PredictionPolicy policy, ProgressListener progress) {
        SeedsGold g = limit > 0 && limit < gold.articles().size() ? limited(gold, limit) : gold;
        Set<String> wanted = new LinkedHashSet<>(g.articles().keySet());
        List<LoadProblem> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String f : wanted) {
            Path p = corpusDir.resolve(f);
            if (Files.isRegularFile(p)) {
                files.add(p);
            } else {
                problems.add(new LoadProblem(p.toString(), LoadProblem.Severity.ERROR,
                        "article named by the gold " + gold.source() + " is not in the corpus"));
            }
        }
        Corpus read = new CorpusReader().read(files);
        problems.addAll(read.problems());
        Corpus corpus = new Corpus(read.articles().stream().filter(a -> wanted.contains(a.id())).toList(), problems);
        Extraction ex = pipeline.run(corpus, progress);
        return new SeedsResult(new SeedsScorer(policy).score(g, ex), ex, problems);
    }

    /** A scored dev-set gold, with the corpus problems met. */
    public record DevSetResult(DevSetScorer.Score score, Extraction extraction, List<LoadProblem> problems) {
        public DevSetResult {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads the corpus folder of a dev-set gold (its texts and manifest, as {@code extract} reads them) and scores
     * the extraction the way the dev set's reference scorer does. Articles the gold names but the folder lacks are
     * problems and score as empty.
     */
    public static DevSetResult scoreDevSet(DevGold gold, Path corpusDir, boolean strict, Pipeline pipeline,
                                           ProgressListener progress) {
        Corpus read = new CorpusReader().read(List.of(corpusDir));
        Set<String> wanted = new LinkedHashSet<>();
        gold.documents().forEach(d -> wanted.add(d.file()));
        List<LoadProblem> problems = new ArrayList<>(read.problems());
        Set<String> have = new java.util.HashSet<>();
        read.articles().forEach(a -> have.add(a.id()));
        for (String f : wanted) {
            if (!have.contains(f)) {
                problems.add(new LoadProblem(corpusDir.resolve(f).toString(), LoadProblem.Severity.ERROR,
                        "article named by the gold " + gold.source() + " is not in the corpus"));
            }
        }
        Corpus corpus = new Corpus(read.articles().stream().filter(a -> wanted.contains(a.id())).toList(), problems);
        Extraction ex = pipeline.run(corpus, progress);
        return new DevSetResult(new DevSetScorer(strict).score(gold, ex), ex, problems);
    }

    private static SeedsGold limited(SeedsGold gold, int limit) {
        Map<String, SeedsGold.ArticleGold> m = new java.util.LinkedHashMap<>();
        gold.articles().entrySet().stream().limit(limit).forEach(e -> m.put(e.getKey(), e.getValue()));
        return new SeedsGold(gold.source(), gold.about(), m);
    }
}
