package org.incidentatlas.geoparse;

import java.util.HashMap;
import java.util.Map;
import org.incidentatlas.model.Place;

/**
 * The points {@link PlaceResolver} gives each score component, read from {@code resolver-weights.tsv} beside this
 * class (key, points, why). Data, not code: a weight is tuned by editing the file and re-measuring. A missing key
 * is an error at load, so a typo cannot silently zero a component.
 */
final class ResolverWeights {
    private static volatile ResolverWeights standard;

    private final Map<String, Double> points;

    ResolverWeights(Map<String, Double> points) {
        this.points = Map.copyOf(points);
    }

    static ResolverWeights standard() {
        ResolverWeights w = standard;
        if (w == null) {
            synchronized (ResolverWeights.class) {
                w = standard;
                if (w == null) {
                    w = load("resolver-weights.tsv");
                    standard = w;
                }
            }
        }
        return w;
    }

    static ResolverWeights load(String resource) {
        Map<String, Double> m = new HashMap<>();
        for (String line : Lexicon.lines(resource)) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                throw new IllegalStateException(resource + ": expected key and points in \"" + line + "\"");
            }
            try {
                m.put(cols[0].strip(), Double.parseDouble(cols[1].strip()));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(resource + ": points of " + cols[0] + " are not a number: " + cols[1], e);
            }
        }
        return new ResolverWeights(m);
    }

    /** The points of a component; throws if the file lacks it. */
    double of(String key) {
        Double v = points.get(key);
        if (v == null) {
            throw new IllegalStateException("resolver-weights.tsv has no weight " + key);
        }
        return v;
    }

    /** How well known a place is by its kind, feature code and size alone (the "prominence" component). */
    double prominence(Place p) {
        switch (p.kind()) {
            case COUNTRY:
                return of("prominence-country");
            case CONTINENT:
                return of("prominence-continent");
            case SEA:
                // An ocean is as well known as a country; a town called Atlantic or Pacific is not.
                return p.radiusKm() >= 3000 ? of("prominence-ocean") : of("prominence-sea");
            case STRAIT:
                return of("prominence-strait");
            case REGION:
            case ADMIN1:
                return of("prominence-admin1");
            case BASE:
            case AIRPORT:
            case EMBASSY:
            case OIL_FIELD:
            case CROSSING:
            case CAMP:
                return of("prominence-facility");
            case LANDMARK:
            case RIVER:
                return of("prominence-landmark");
            case ADMIN2:
                return of("prominence-admin2");
            case DISTRICT:
                return of("prominence-district");
            default:
                break;
        }
        String fc = p.featureCode() == null ? "" : p.featureCode();
        double byCode = switch (fc) {
            // The capital of a micro-state or territory (The Valley, Anguilla: 2,000 people) is no Baghdad.
            case "PPLC" -> p.population() >= 50_000 ? of("prominence-capital") : of("prominence-small-capital");
            case "PPLA" -> of("prominence-ppla");
            case "PPLA2" -> of("prominence-ppla2");
            case "PPLA3", "PPLA4", "PPLG" -> of("prominence-ppla3");
            default -> of("prominence-town");
        };
        // A city of millions is known by name whether or not it is a capital ("New York", "Istanbul").
        return Math.max(byCode, p.population() >= 1_000_000 ? of("prominence-million")
                : p.population() >= 300_000 ? of("prominence-300k") : 0);
    }
}
