package org.incidentatlas.model;

import java.util.List;

/** Everything the pipeline found in a corpus: the one result the CLI and the UI consume. */
public record Extraction(
        List<Article> articles,
        List<PlaceMention> mentions,
        List<Incident> incidents,
        List<Deployment> deployments,
        List<LoadProblem> problems) {

    public Extraction {
        articles = List.copyOf(articles);
        mentions = List.copyOf(mentions);
        incidents = List.copyOf(incidents);
        deployments = List.copyOf(deployments);
        problems = List.copyOf(problems);
    }

    public java.util.Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
