package org.incidentatlas.geoparse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;

/**
 * The countries an article is about, with weights: each demonym or name that clearly means one country counts 1
 * (a name in "X-based" counts half). Built once per article from its spots and never changed; {@link #withoutName}
 * gives the view a name must be judged in, because a name cannot be its own context.
 */
final class CountryFocus {
    /** The review reason of a place against the article's focus ({@link #againstFocus}). */
    static final String OUTSIDE_FOCUS = "outside-article-focus";

    private final Map<String, Double> weight;
    /** Per folded name, what that name's own mentions added (demonyms excluded). */
    private final Map<String, Map<String, Double>> byName;
    private final double max;

    private CountryFocus(Map<String, Double> weight, Map<String, Map<String, Double>> byName) {
        this.weight = weight;
        this.byName = byName;
        double m = 0;
        for (double w : weight.values()) {
            m = Math.max(m, w);
        }
        this.max = m;
    }

    static CountryFocus of(List<Spot> spots) {
        Map<String, Double> countryWeight = new HashMap<>();
        Map<String, Map<String, Double>> ownWeight = new HashMap<>();
        for (Spot s : spots) {
            if (s.isRejected()) {
                continue;
            }
            String iso = s.demonymOf != null ? s.demonymOf : unambiguousCountry(s.candidates);
            if (iso != null) {
                double w = s.seat ? 0.5 : 1.0;
                countryWeight.merge(iso, w, Double::sum);
                if (s.demonymOf == null) {
                    ownWeight.computeIfAbsent(s.key, k -> new HashMap<>()).merge(iso, w, Double::sum);
                }
            }
        }
        return new CountryFocus(countryWeight, ownWeight);
    }

    /** The weights without the mentions of the name {@code key}. */
    CountryFocus withoutName(String key) {
        Map<String, Double> own = byName.get(key);
        if (own == null || own.isEmpty()) {
            return this;
        }
        Map<String, Double> out = new HashMap<>(weight);
        for (Map.Entry<String, Double> e : own.entrySet()) {
            out.merge(e.getKey(), -e.getValue(), Double::sum);
        }
        return new CountryFocus(out, Map.of());
    }

    /** The weight of a country, 0 if the article never names it. */
    double weight(String iso) {
        return weight.getOrDefault(iso, 0.0);
    }

    /** The weight of a country from the mentions of names other than {@code key}. */
    double weightWithout(String iso, String key) {
        double w = weight.getOrDefault(iso, 0.0);
        Map<String, Double> own = byName.get(key);
        if (own != null) {
            w -= own.getOrDefault(iso, 0.0);
        }
        return w;
    }

    /** The weight of the country named most. */
    double max() {
        return max;
    }

    /** True if the article names the country at all. */
    boolean names(String iso) {
        return iso != null && weight.getOrDefault(iso, 0.0) > 0.01;
    }

    /** True if a name of the article, even one of its own weight, counts towards the country. */
    boolean mentions(String iso) {
        return weight.containsKey(iso);
    }

    /** True if {@code iso} is the country the article names most (ties included). */
    boolean isTop(String iso) {
        return iso != null && max > 0 && weight.getOrDefault(iso, 0.0) >= max - 1e-9;
    }

    /**
     * "outside-article-focus" when a place lies in a country the article never names although the article is
     * clearly about some country (named twice or more: a dateline and a mention, two places of it): a namesake
     * abroad that only prominence chose, for an analyst to check (the review queue lists it). Null otherwise;
     * qualified places ("X, Russia"), countries, continents, seas, places of 100,000 and places known without
     * context (capitals, hand-checked rows) are never flagged; smaller provinces and regions abroad are.
     */
    String againstFocus(Place p, boolean qualified) {
        if (qualified || p.country() == null || p.kind() == PlaceKind.COUNTRY || p.kind() == PlaceKind.CONTINENT
                || p.kind() == PlaceKind.SEA || CandidatePriors.isFamous(p) || p.population() >= 100_000) {
            return null;
        }
        return max >= 2 && weight.getOrDefault(p.country(), 0.0) <= 0.01 ? OUTSIDE_FOCUS : null;
    }

    /** The country a name clearly refers to: a country name, or a name whose places all lie in one country. */
    static String unambiguousCountry(List<Place> ps) {
        if (ps.isEmpty()) {
            return null;
        }
        Place top = null;
        for (Place p : ps) {
            if (p.kind() == PlaceKind.COUNTRY) {
                top = p;
            }
        }
        if (top != null) {
            for (Place p : ps) {
                if (p != top && (p.kind() == PlaceKind.ADMIN1 || "PPLC".equals(p.featureCode())
                        || p.population() > 200_000)) {
                    return null;
                }
            }
            return top.country();
        }
        String c = ps.get(0).country();
        for (Place p : ps) {
            if (c == null || !c.equals(p.country())) {
                return null;
            }
        }
        return ps.size() <= 3 ? c : null;
    }
}
