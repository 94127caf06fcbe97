package org.incidentatlas.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.io.ManifestReader;
import org.incidentatlas.io.ModelJson;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Evidence;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.LoadProblem.Severity;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.pipeline.Pipeline;

/**
 * What one task does with its files: reads each whole, makes the article exactly as {@code io.CorpusReader}
 * would, runs {@link Pipeline#runArticle} within the article's time budget ({@link ArticleTimeBudget}) and turns the
 * result into {@link Item}s. A file that cannot be read, an article on which extraction fails or one that runs past
 * its budget becomes a problem item; the task goes on with the next file.
 */
final class ArticleExtraction {
    private final Configuration conf;
    private final Map<String, byte[]> manifestBytes;
    private final Map<String, ManifestReader.Manifest> manifests = new HashMap<>();
    private final CorpusReader reader = new CorpusReader();

    private final ArticleTimeBudget budget;

    ArticleExtraction(Configuration conf, Map<String, byte[]> manifestBytes, Pipeline.ArticleBudget budget) {
        this.conf = conf;
        this.manifestBytes = manifestBytes;
        this.budget = new ArticleTimeBudget(budget);
    }

    List<Item> extract(ArticleFile f) {
        List<Item> out = new ArrayList<>();
        CorpusReader.Loaded loaded;
        try {
            loaded = read(f);
        } catch (IOException | RuntimeException e) {
            out.add(problem(f, Severity.ERROR, "cannot read: " + e.getMessage()));
            return out;
        }
        for (LoadProblem p : loaded.problems()) {
            out.add(problem(f.order(), p));
        }
        Article a = loaded.article();
        if (a == null) {
            return out;
        }
        if (!a.id().equals(f.id())) {
            List<String> w = new ArrayList<>(a.warnings());
            w.add("another article is also named " + a.id() + "; this one is identified by its path");
            a = new Article(f.id(), a.source(), a.title(), a.publisher(), a.author(), a.url(), a.published(),
                    a.publishedApprox(), a.text(), a.sentences(), w, a.sourceOffsets());
        }
        Pipeline.ArticleResult r;
        try {
            r = budget.run(a, ExecutorPipeline.get()::runArticle);
        } catch (ArticleTimeBudget.OverBudget e) {
            out.add(problem(f, Severity.ERROR, e.getMessage()));
            return out;
        } catch (RuntimeException | StackOverflowError e) {
            out.add(problem(f, Severity.ERROR, "extraction failed: " + e));
            return out;
        }
        long base = f.order() * Item.PER_ARTICLE;
        long n = 0;
        for (PlaceMention m : r.mentions()) {
            n++;
            if (m.isResolved()) {
                out.add(item(Item.Kind.MENTION, base + n, m, List.of(m.evidence()), a, Item.month(a.published())));
            }
        }
        for (Incident i : r.events().incidents()) {
            out.add(item(Item.Kind.INCIDENT, base + ++n, i, i.evidence(), a, Item.month(i.date().start())));
        }
        for (Deployment d : r.events().deployments()) {
            out.add(item(Item.Kind.DEPLOYMENT, base + ++n, d, d.evidence(), a, Item.month(d.since().start())));
        }
        return out;
    }

    private CorpusReader.Loaded read(ArticleFile f) throws IOException {
        if (f.size() > CorpusReader.MAX_BYTES) {
            return reader.tooLarge(f.source(), f.size());
        }
        Path p = new Path(f.path());
        FileSystem fs = p.getFileSystem(conf);
        byte[] bytes;
        try (InputStream in = fs.open(p)) {
            bytes = in.readAllBytes();
        }
        return reader.load(f.name(), f.source(), bytes, manifest(f.folder()));
    }

    private ManifestReader.Manifest manifest(String folder) {
        byte[] bytes = manifestBytes.get(folder);
        if (bytes == null) {
            return null;
        }
        return manifests.computeIfAbsent(folder, k -> {
            try {
                return new ManifestReader().read(bytes);
            } catch (ManifestReader.ManifestException e) {
                return null; // the driver reported it already
            }
        });
    }

    private static Item item(Item.Kind kind, long order, Object record, List<Evidence> evidence, Article a, String month) {
        String[] quotes = new String[evidence.size()];
        int[] starts = new int[evidence.size()];
        String[] sources = new String[evidence.size()];
        for (int i = 0; i < quotes.length; i++) {
            Evidence e = evidence.get(i);
            boolean whole = e.sentence() >= 0 && e.sentence() < a.sentences().size();
            starts[i] = whole ? a.sentences().get(e.sentence()).span().start() : Math.min(e.span().start(), a.text().length());
            quotes[i] = quote(a, e);
            sources[i] = a.source();
        }
        return new Item(kind, order, ModelJson.write(record), quotes, starts, sources, month);
    }

    /** The sentence that states the fact (the span alone if the sentence index is out of range). */
    static String quote(Article a, Evidence e) {
        if (e.sentence() >= 0 && e.sentence() < a.sentences().size()) {
            return a.sentences().get(e.sentence()).of(a.text());
        }
        int end = Math.min(e.span().end(), a.text().length());
        return a.text().substring(Math.min(e.span().start(), end), end);
    }

    static Item problem(long order, LoadProblem p) {
        return new Item(Item.Kind.PROBLEM, order * Item.PER_ARTICLE, ModelJson.write(p), new String[0], new int[0], new String[0], null);
    }

    private static Item problem(ArticleFile f, Severity s, String message) {
        return problem(f.order(), new LoadProblem(f.source(), s, message));
    }
}
