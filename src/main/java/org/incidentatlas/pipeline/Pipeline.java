package org.incidentatlas.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.incidentatlas.events.ArabicEventExtractor;
import org.incidentatlas.events.EventExtractor;
import org.incidentatlas.events.IncidentMerger;
import org.incidentatlas.events.RuleEventExtractor;
import org.incidentatlas.gazetteer.Gazetteer;
import org.incidentatlas.gazetteer.GazetteerLoader;
import org.incidentatlas.geoparse.ArabicGeoparser;
import org.incidentatlas.geoparse.GazetteerGeoparser;
import org.incidentatlas.geoparse.Geoparser;
import org.incidentatlas.io.CorpusReader;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Corpus;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Extraction;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.LoadProblem;
import org.incidentatlas.model.PlaceMention;

/**
 * The one entry point from a corpus to an {@link Extraction}, shared by the CLI and the UI. Thread-safe. Each
 * article goes by its detected language: English (or unknown) to the English geoparser and event extractor,
 * Arabic to the Arabic ones; any other language yields a warning naming the article and the language instead of
 * silently finding nothing.
 */
public final class Pipeline {
    private final Geoparser geoparser;
    private final EventExtractor events;
    private final Geoparser arabicGeoparser;
    private final EventExtractor arabicEvents;

    /** An English-only pipeline: Arabic articles get a warning. */
    public Pipeline(Geoparser geoparser, EventExtractor events) {
        this(geoparser, events, null, null);
    }

    public Pipeline(Geoparser geoparser, EventExtractor events, Geoparser arabicGeoparser, EventExtractor arabicEvents) {
        this.geoparser = geoparser;
        this.events = events;
        this.arabicGeoparser = arabicGeoparser;
        this.arabicEvents = arabicEvents;
    }

    /** The standard pipeline over the shipped gazetteer. */
    public static Pipeline standard() throws IOException {
        return standard(GazetteerLoader.loadDefault());
    }

    public static Pipeline standard(Gazetteer gazetteer) {
        return new Pipeline(new GazetteerGeoparser(gazetteer), new RuleEventExtractor(),
                new ArabicGeoparser(gazetteer), new ArabicEventExtractor());
    }

    public Extraction run(List<Path> inputs, ProgressListener progress) {
        return run(new CorpusReader().read(inputs), progress);
    }

    /** Extracts every article in parallel; results keep corpus order. */
    public Extraction run(Corpus corpus, ProgressListener progress) {
        List<Article> articles = corpus.articles();
        AtomicLong done = new AtomicLong();
        List<ArticleResult> results = articles.parallelStream().map(a -> {
            ArticleResult r = runOne(a);
            progress.progress(done.incrementAndGet(), articles.size(), a.id());
            return r;
        }).toList();
        List<LoadProblem> problems = new ArrayList<>(corpus.problems());
        for (ArticleResult r : results) {
            if (r.note() != null) {
                problems.add(r.note());
            }
        }
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
                problems);
    }

    private ArticleResult runOne(Article a) {
        if (a.isEnglish()) {
            List<PlaceMention> m = geoparser.parse(a);
            return new ArticleResult(m, events.extract(a, m), null);
        }
        if (a.language().equals("ar") && arabicGeoparser != null) {
            List<PlaceMention> m = arabicGeoparser.parse(a);
            return new ArticleResult(m, arabicEvents.extract(a, m), null);
        }
        return new ArticleResult(List.of(), new EventExtractor.Result(List.of(), List.of()),
                new LoadProblem(a.source(), LoadProblem.Severity.WARNING,
                        "no English or Arabic text found (language: " + a.language() + "); nothing extracted"));
    }

    private record ArticleResult(List<PlaceMention> mentions, EventExtractor.Result events, LoadProblem note) {
    }
}
