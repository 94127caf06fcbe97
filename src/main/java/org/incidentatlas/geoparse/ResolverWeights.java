package org.incidentatlas.geoparse;

import java.util.HashMap;
import java.util.Map;
import org.incidentatlas.model.Place;

/**
 * The points {@link PlaceResolver} gives each score component, read from {@code resolver-weights.tsv} beside this
 * class (key, points, why). Data, not code: a weight is tuned by editing the file and re-measuring. Each weight is
 * read once into a final field (scoring runs per candidate and must not look keys up); a missing key is an error at
 * load, so a typo cannot silently zero a component.
 */
final class ResolverWeights {
    private static volatile ResolverWeights standard;

    final double qualifier;
    final double definiteNaturalFeature;
    final double countryCoherence;
    final double countryMain;
    final double spatialAreaOfAnchor;
    final double spatial50km;
    final double spatial150km;
    final double spatial400km;
    final double spatial1000km;
    final double spatialNamedProvince;
    final double wellKnown;
    final double ownNameCountry;
    final double ownName;
    final double formerNameCap;
    final double populationArea;
    final double populationPlace;
    private final double prominenceCountry;
    private final double prominenceContinent;
    private final double prominenceOcean;
    private final double prominenceSea;
    private final double prominenceStrait;
    private final double prominenceAdmin1;
    private final double prominenceFacility;
    private final double prominenceLandmark;
    private final double prominenceAdmin2;
    private final double prominenceDistrict;
    private final double prominenceCapital;
    private final double prominenceSmallCapital;
    private final double prominencePpla;
    private final double prominencePpla2;
    private final double prominencePpla3;
    private final double prominenceTown;
    private final double prominenceMillion;
    private final double prominence300k;

    ResolverWeights(Map<String, Double> points) {
        Map<String, Double> p = Map.copyOf(points);
        qualifier = of(p, "qualifier");
        definiteNaturalFeature = of(p, "definite-natural-feature");
        countryCoherence = of(p, "country-coherence");
        countryMain = of(p, "country-main");
        spatialAreaOfAnchor = of(p, "spatial-area-of-anchor");
        spatial50km = of(p, "spatial-50km");
        spatial150km = of(p, "spatial-150km");
        spatial400km = of(p, "spatial-400km");
        spatial1000km = of(p, "spatial-1000km");
        spatialNamedProvince = of(p, "spatial-named-province");
        wellKnown = of(p, "well-known");
        ownNameCountry = of(p, "own-name-country");
        ownName = of(p, "own-name");
        formerNameCap = of(p, "former-name-cap");
        populationArea = of(p, "population-area");
        populationPlace = of(p, "population-place");
        prominenceCountry = of(p, "prominence-country");
        prominenceContinent = of(p, "prominence-continent");
        prominenceOcean = of(p, "prominence-ocean");
        prominenceSea = of(p, "prominence-sea");
        prominenceStrait = of(p, "prominence-strait");
        prominenceAdmin1 = of(p, "prominence-admin1");
        prominenceFacility = of(p, "prominence-facility");
        prominenceLandmark = of(p, "prominence-landmark");
        prominenceAdmin2 = of(p, "prominence-admin2");
        prominenceDistrict = of(p, "prominence-district");
        prominenceCapital = of(p, "prominence-capital");
        prominenceSmallCapital = of(p, "prominence-small-capital");
        prominencePpla = of(p, "prominence-ppla");
        prominencePpla2 = of(p, "prominence-ppla2");
        prominencePpla3 = of(p, "prominence-ppla3");
        prominenceTown = of(p, "prominence-town");
        prominenceMillion = of(p, "prominence-million");
        prominence300k = of(p, "prominence-300k");
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

    private static double of(Map<String, Double> points, String key) {
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
                return prominenceCountry;
            case CONTINENT:
                return prominenceContinent;
            case SEA:
                // An ocean is as well known as a country; a town called Atlantic or Pacific is not.
                return p.radiusKm() >= 3000 ? prominenceOcean : prominenceSea;
            case STRAIT:
                return prominenceStrait;
            case REGION:
            case ADMIN1:
                return prominenceAdmin1;
            case BASE:
            case AIRPORT:
            case EMBASSY:
            case OIL_FIELD:
            case CROSSING:
            case CAMP:
                return prominenceFacility;
            case LANDMARK:
            case RIVER:
                return prominenceLandmark;
            case ADMIN2:
                return prominenceAdmin2;
            case DISTRICT:
                return prominenceDistrict;
            default:
                break;
        }
        String fc = p.featureCode() == null ? "" : p.featureCode();
        double byCode = switch (fc) {
            // The capital of a micro-state or territory (The Valley, Anguilla: 2,000 people) is no Baghdad.
            case "PPLC" -> p.population() >= 50_000 ? prominenceCapital : prominenceSmallCapital;
            case "PPLA" -> prominencePpla;
            case "PPLA2" -> prominencePpla2;
            case "PPLA3", "PPLA4", "PPLG" -> prominencePpla3;
            default -> prominenceTown;
        };
        // A city of millions is known by name whether or not it is a capital ("New York", "Istanbul").
        return Math.max(byCode, p.population() >= 1_000_000 ? prominenceMillion
                : p.population() >= 300_000 ? prominence300k : 0);
    }
}
