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

    /** Errors and warnings: what went wrong, without the notes. */
    public List<LoadProblem> realProblems() {
        return problems.stream().filter(p -> !p.isNote()).toList();
    }

    /**
     * Benign notes on how articles were read, kept apart from problems: the articles' own warnings (title from
     * the first line, date from a header line...) and any {@code NOTE} in {@link #problems()}.
     */
    public List<LoadProblem> notes() {
        java.util.ArrayList<LoadProblem> out = new java.util.ArrayList<>();
        problems.stream().filter(LoadProblem::isNote).forEach(out::add);
        for (Article a : articles) {
            for (String w : a.warnings()) {
                out.add(new LoadProblem(a.id(), LoadProblem.Severity.NOTE, w));
            }
        }
        return out;
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == LoadProblem.Severity.ERROR);
    }

    public java.util.Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
