package org.incidentatlas.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.incidentatlas.events.EventExtractor;
import org.incidentatlas.events.IncidentMerger;
import org.incidentatlas.events.RuleEventExtractor;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.geoparse.GazetteerGeoparser;
import org.incidentatlas.geoparse.Geoparser;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;

/** The one entry point from a corpus to an {@link Extraction}, shared by the CLI and the UI. Thread-safe. */
public final class Pipeline {
    private final Geoparser geoparser;
    private final EventExtractor events;

    public Pipeline(Geoparser geoparser, EventExtractor events) {
        this.geoparser = geoparser;
        this.events = events;
    }

    /** The standard pipeline over the shipped gazetteer. */
    public static Pipeline standard() throws IOException {
        return standard(GazetteerLoader.loadDefault());
    }

    public static Pipeline standard(Gazetteer gazetteer) {
        return new Pipeline(new GazetteerGeoparser(gazetteer), new RuleEventExtractor());
    }

    public Extraction run(List<Path> inputs, ProgressListener progress) {
        return run(new CorpusReader().read(inputs), progress);
    }

    /** Extracts every article in parallel; results keep corpus order. */
    public Extraction run(Corpus corpus, ProgressListener progress) {
        List<Article> articles = corpus.articles();
        AtomicLong done = new AtomicLong();
        List<ArticleResult> results = articles.parallelStream().map(a -> {
            ArticleResult r = runArticle(a);
            progress.progress(done.incrementAndGet(), articles.size(), a.id());
            return r;
        }).toList();
        List<PlaceMention> mentions = new ArrayList<>();
        List<Incident> incidents = new ArrayList<>();
        List<Deployment> deployments = new ArrayList<>();
        for (ArticleResult r : results) {
            mentions.addAll(r.mentions());
            incidents.addAll(r.events().incidents());
            deployments.addAll(r.events().deployments());
        }
        // Reports of one incident in several articles become one incident; needs every article, so after the parallel part.
        return new Extraction(articles, mentions, IncidentMerger.merge(incidents), IncidentMerger.mergeDeployments(deployments),
                corpus.problems());
    }

    /**
     * One article's mentions, incidents and deployments before cross-article merging: what {@link #run} does for
     * each article. A distributed run (package {@code spark}) calls it per article and merges afterwards.
     */
    public ArticleResult runArticle(Article a) {
        List<PlaceMention> m = geoparser.parse(a);
        return new ArticleResult(m, events.extract(a, m));
    }

    /** What one article yields before merging. */
    public record ArticleResult(List<PlaceMention> mentions, EventExtractor.Result events) {
    }
}
