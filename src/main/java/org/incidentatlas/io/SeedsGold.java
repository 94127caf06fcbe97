package org.incidentatlas.io;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The hand-made seeds gold ({@code ../shared/gold/seeds.json}): per article, the places that must be found and
 * resolved within a tolerance, the strings that must not become places, and the expected incidents and
 * deployments. Article keys are corpus file names; iteration keeps the file's order.
 */
public record SeedsGold(String source, String about, Map<String, ArticleGold> articles) {
    public SeedsGold {
        Objects.requireNonNull(source, "source");
        articles = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(articles));
    }

    /** What one article must yield. */
    public record ArticleGold(String file, List<PlaceGold> places, List<NotPlaceGold> notPlaces,
                              List<IncidentGold> incidents, List<DeploymentGold> deployments) {
        public ArticleGold {
            Objects.requireNonNull(file, "file");
            places = List.copyOf(places);
            notPlaces = List.copyOf(notPlaces);
            incidents = List.copyOf(incidents);
            deployments = List.copyOf(deployments);
        }
    }

    /**
     * A place mention the extractor must find by {@code surface} (case-insensitive) and resolve within
     * {@code toleranceKm}. {@code optional} ones are neither required nor penalised; {@code uncertain} marks
     * coordinates the annotator could only estimate (the tolerance already allows for it).
     */
    public record PlaceGold(String surface, String name, String kind, double lat, double lon, String country,
                            double toleranceKm, boolean optional, boolean uncertain, String note) {
        public PlaceGold {
            Objects.requireNonNull(surface, "surface");
            if (surface.isBlank()) {
                throw new IllegalArgumentException("place with an empty surface");
            }
            checkCoordinates(lat, lon);
            if (!(toleranceKm > 0)) {
                throw new IllegalArgumentException("tolerance_km must be positive for " + surface + ": " + toleranceKm);
            }
        }
    }

    /** A string that looks like a place but is not one in this article; resolving it is an error. */
    public record NotPlaceGold(String surface, String reason) {
        public NotPlaceGold {
            Objects.requireNonNull(surface, "surface");
            if (surface.isBlank()) {
                throw new IllegalArgumentException("not_place with an empty surface");
            }
        }
    }

    /**
     * An expected incident. {@code date} is ISO or null when the article gives none; {@code type} an ACLED-style
     * "Type: Sub-type" label. Kept as read: scoring incidents belongs with the events work.
     */
    public record IncidentGold(String date, String datePrecision, Integer dateToleranceDays, String type,
                               String place, Double lat, Double lon, Double toleranceKm, List<String> actors,
                               Integer fatalities, String evidence, String note) {
        public IncidentGold {
            actors = actors == null ? List.of() : List.copyOf(actors);
            if (lat != null && lon != null) {
                checkCoordinates(lat, lon);
            }
        }
    }

    /** An actor's expected ongoing presence at a place. */
    public record DeploymentGold(String actor, String place, Double lat, Double lon, Double toleranceKm,
                                 String evidence) {
        public DeploymentGold {
            if (lat != null && lon != null) {
                checkCoordinates(lat, lon);
            }
        }
    }

    static void checkCoordinates(double lat, double lon) {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("coordinates out of range: " + lat + "," + lon);
        }
    }
}
