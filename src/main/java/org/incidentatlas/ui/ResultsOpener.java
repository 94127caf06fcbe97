package org.incidentatlas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.io.Results;
import org.incidentatlas.io.ResultsStore;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.PlaceMention;
import org.incidentatlas.model.Sentence;
import org.incidentatlas.model.TextSpan;
import org.incidentatlas.pipeline.ProgressListener;

/**
 * Opens the output of the Spark job (or a GeoParquet file of incidents, or a GeoPackage export) as an extraction for the app: the
 * incidents, deployments and resolved mentions exactly as written, with their evidence. An article whose file is
 * reachable is read again, so the reader shows it whole; otherwise the reader shows the quoted sentences alone,
 * each at its place in the article, and a warning says the article was not found.
 */
public final class ResultsOpener {
    private ResultsOpener() {
    }

    /** True when {@code paths} is one results folder, GeoParquet or GeoPackage file (not articles). */
    public static boolean isResults(List<Path> paths) {
        return paths.size() == 1 && Results.isResults(paths.get(0));
    }

    /** Above this many incidents the records are not read: the results window filters and counts in the store. */
    public static final long MAX_RECORDS = 200_000;

    public static Extraction read(Path results, ProgressListener progress) {
        try (Results store = Results.open(results)) {
            long total = store.incidentCount();
            if (total > MAX_RECORDS || !store.hasRecords()) {
                Results owned = Results.open(results); // the window's own, kept open while it is
                javafx.application.Platform.runLater(() -> {
                    try {
                        ResultsWindow.open(owned, total);
                    } catch (SQLException e) {
                        System.getLogger(ResultsOpener.class.getName()).log(System.Logger.Level.WARNING, e.getMessage());
                    }
                });
                String why = total > MAX_RECORDS ? String.format("%,d incidents: more than %,d, so they are not listed here;"
                        + " the results window maps, counts and filters them", total, MAX_RECORDS)
                        : String.format("%,d incidents without their records (points and columns only): the results window"
                        + " maps, counts and filters them", total);
                return new Extraction(List.of(), List.of(), List.of(), List.of(), List.of(new LoadProblem(results.toString(),
                        LoadProblem.Severity.WARNING, why)));
            }
            progress.progress(0, 3, "reading incidents");
            List<Incident> incidents = store.incidents();
            progress.progress(1, 3, "reading deployments and mentions");
            List<Deployment> deployments = store.deployments();
            List<PlaceMention> mentions = store.mentions();
            List<LoadProblem> problems = new ArrayList<>(store.problems());
            progress.progress(2, 3, "joining articles");
            List<Article> articles = articles(store.allQuotes(), problems);
            progress.progress(3, 3, "done");
            return new Extraction(articles, mentions, incidents, deployments, problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(results + ": cannot read the results: " + e.getMessage(), e);
        }
    }

    private static List<Article> articles(List<ResultsStore.Quote> quotes, List<LoadProblem> problems) {
        Map<String, List<ResultsStore.Quote>> byArticle = new LinkedHashMap<>();
        for (ResultsStore.Quote q : quotes) {
            byArticle.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q);
        }
        CorpusReader reader = new CorpusReader();
        List<Article> out = new ArrayList<>();
        for (Map.Entry<String, List<ResultsStore.Quote>> e : byArticle.entrySet()) {
            String source = e.getValue().get(0).source();
            Article a = null;
            if (source != null && Files.isRegularFile(Path.of(source))) {
                try {
                    Path f = Path.of(source);
                    CorpusReader.Loaded l = reader.load(e.getKey(), source, Files.readAllBytes(f), manifest(f));
                    a = l.article();
                } catch (IOException | RuntimeException ex) {
                    a = null;
                }
            }
            if (a == null) {
                a = quotesOnly(e.getKey(), source, e.getValue());
            } else if (!a.id().equals(e.getKey())) {
                a = rename(a, e.getKey());
            }
            out.add(a);
        }
        return out;
    }

    /** The manifest beside an article file, if there is a readable one (its publication date anchors the reader). */
    private static org.incidentatlas.io.ManifestReader.Manifest manifest(Path article) {
        Path m = article.toAbsolutePath().getParent().resolve(org.incidentatlas.io.ManifestReader.FILE_NAME);
        try {
            return Files.isRegularFile(m) ? new org.incidentatlas.io.ManifestReader().read(m) : null;
        } catch (org.incidentatlas.io.ManifestReader.ManifestException e) {
            return null;
        }
    }

    /**
     * An article that is out of reach, made of its quoted sentences at their offsets (blank elsewhere), so that the
     * evidence spans still point at the right words.
     */
    static Article quotesOnly(String id, String source, List<ResultsStore.Quote> quotes) {
        TreeMap<Integer, ResultsStore.Quote> bySentence = new TreeMap<>();
        int length = 0;
        for (ResultsStore.Quote q : quotes) {
            if (q.quote() != null) {
                bySentence.putIfAbsent(q.sentence(), q);
                length = Math.max(length, q.quoteStart() + q.quote().length());
            }
            length = Math.max(length, q.end());
        }
        char[] text = new char[length];
        java.util.Arrays.fill(text, ' ');
        List<Sentence> sentences = new ArrayList<>();
        int last = bySentence.isEmpty() ? -1 : bySentence.lastKey();
        int at = 0;
        for (int i = 0; i <= last; i++) {
            ResultsStore.Quote q = bySentence.get(i);
            if (q == null || q.quoteStart() < at) {
                sentences.add(new Sentence(i, new TextSpan(at, at), false));
                continue;
            }
            q.quote().getChars(0, q.quote().length(), text, q.quoteStart());
            sentences.add(new Sentence(i, new TextSpan(q.quoteStart(), q.quoteStart() + q.quote().length()), false));
            at = q.quoteStart() + q.quote().length();
        }
        return new Article(id, source == null ? id : source, id, null, null, null, null, null, new String(text), sentences,
                List.of("the article file was not found (" + source + "); only the quoted sentences are shown"), null);
    }

    private static Article rename(Article a, String id) {
        return new Article(id, a.source(), a.title(), a.publisher(), a.author(), a.url(), a.published(), a.publishedApprox(),
                a.text(), a.sentences(), a.warnings(), a.sourceOffsets());
    }
}
