package org.incidentatlas.model;

import java.util.List;

/** The articles that loaded and the problems met while loading (one per bad file or warning). */
public record Corpus(List<Article> articles, List<LoadProblem> problems) {
    public Corpus {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == LoadProblem.Severity.ERROR);
    }
}
