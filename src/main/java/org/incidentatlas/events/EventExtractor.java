package org.incidentatlas.events;

import java.util.List;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Deployment;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.PlaceMention;

/** Finds incidents and deployments in one article, given its place mentions. Thread-safe. */
public interface EventExtractor {
    record Result(List<Incident> incidents, List<Deployment> deployments) {
        public Result {
            incidents = List.copyOf(incidents);
            deployments = List.copyOf(deployments);
        }
    }

    Result extract(Article article, List<PlaceMention> mentions);

    /**
     * The extractor for one run over many articles: with what it reads from the analyst's files fixed as they are
     * now, so they are not checked again per article and an edit applies on the next run. This one by default.
     */
    default EventExtractor forRun() {
        return this;
    }

    /** An extractor that finds nothing, until the events work lands. */
    static EventExtractor none() {
        return (a, m) -> new Result(List.of(), List.of());
    }
}
