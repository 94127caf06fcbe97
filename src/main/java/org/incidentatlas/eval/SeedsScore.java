package org.incidentatlas.eval;

import java.util.List;
import java.util.Objects;

/**
 * The score of an extraction against the seeds gold: places (and not-places), and incidents and deployments
 * ({@code events}, null when not scored). {@code notScored} names the gold sections that have no scorer yet, so
 * that a report never implies they passed.
 */
public record SeedsScore(String gold, PlacesScore places, List<String> notScored, EventScorer.Score events) {
    public SeedsScore {
        Objects.requireNonNull(places, "places");
        notScored = List.copyOf(notScored);
    }

    /** A score of places only. */
    public SeedsScore(String gold, PlacesScore places, List<String> notScored) {
        this(gold, places, notScored, null);
    }

    /** True if every scored component passes. */
    public boolean passed() {
        return places.passed() && (events == null || events.passed());
    }

    /** Places and not-places over all articles, with one row per article. */
    public record PlacesScore(List<ArticlePlaces> articles) {
        public PlacesScore {
            articles = List.copyOf(articles);
        }

        public long required() {
            return articles.stream().mapToLong(ArticlePlaces::required).sum();
        }

        public long requiredOk() {
            return articles.stream().mapToLong(ArticlePlaces::requiredOk).sum();
        }

        public long optionalFound() {
            return articles.stream().mapToLong(ArticlePlaces::optionalFound).sum();
        }

        public long notPlaceErrors() {
            return articles.stream().mapToLong(a -> a.notPlaceErrors().size()).sum();
        }

        public long missingArticles() {
            return articles.stream().filter(a -> !a.articleFound()).count();
        }

        public boolean passed() {
            return articles.stream().allMatch(ArticlePlaces::passed);
        }
    }

    /** One article's place checks and not-place errors. */
    public record ArticlePlaces(String file, boolean articleFound, List<PlaceCheck> places,
                                List<NotPlaceError> notPlaceErrors) {
        public ArticlePlaces {
            places = List.copyOf(places);
            notPlaceErrors = List.copyOf(notPlaceErrors);
        }

        public long required() {
            return places.stream().filter(p -> !p.gold().optional()).count();
        }

        public long requiredOk() {
            return places.stream().filter(p -> !p.gold().optional() && p.status().passes()).count();
        }

        public long optionalFound() {
            return places.stream().filter(p -> p.gold().optional() && p.status().passes()).count();
        }

        public boolean passed() {
            return articleFound && requiredOk() == required() && notPlaceErrors.isEmpty();
        }
    }
}
