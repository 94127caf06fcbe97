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

    /** The countries named, in the order first seen, and their weights (parallel; a few per article). */
    private final Weights weight;
    /** Per folded name, what that name's own mentions added (demonyms excluded). */
    private final Map<String, Weights> byName;
    private final double max;

    private CountryFocus(Weights weight, Map<String, Weights> byName) {
        this.weight = weight;
        this.byName = byName;
        double m = 0;
        for (int i = 0; i < weight.size; i++) {
            m = Math.max(m, weight.w[i]);
        }
        this.max = m;
    }

    /** {@code memo}: the calling thread's ({@link CandidateMemo#get}), looked up once per article by the caller. */
    static CountryFocus of(List<Spot> spots, CandidateMemo memo) {
        Weights countryWeight = new Weights(8);
        Map<String, Weights> ownWeight = new HashMap<>();
        for (int ix = 0, nx = spots.size(); ix < nx; ix++) {
            Spot s = spots.get(ix);
            if (s.isRejected()) {
                continue;
            }
            String iso = s.demonymOf != null ? s.demonymOf : memo.unambiguousCountry(s.candidates);
            if (iso != null) {
                double w = s.seat ? 0.5 : 1.0;
                countryWeight.add(iso, w);
                if (s.demonymOf == null) {
                    ownWeight.computeIfAbsent(s.key, k -> new Weights(2)).add(iso, w);
                }
            }
        }
        return new CountryFocus(countryWeight, ownWeight);
    }

    /** The weights without the mentions of the name {@code key}. */
    CountryFocus withoutName(String key) {
        Weights own = byName.get(key);
        if (own == null || own.size == 0) {
            return this;
        }
        Weights out = weight.copy();
        for (int i = 0; i < own.size; i++) {
            out.add(own.iso[i], -own.w[i]);
        }
        return new CountryFocus(out, Map.of());
    }

    /** The weight of a country, 0 if the article never names it. */
    double weight(String iso) {
        return weight.get(iso);
    }

    /** The weight of a country from the mentions of names other than {@code key}. */
    double weightWithout(String iso, String key) {
        return weightWithout(iso, ownWeights(key));
    }

    /** What the mentions of the name {@code key} added, for {@link #weightWithout(String, Weights)}; null for none. */
    Weights ownWeights(String key) {
        return byName.get(key);
    }

    /**
     * {@link #weightWithout(String, String)} with the name's own weights looked up once ({@link #ownWeights}), for
     * a name's many candidates.
     */
    double weightWithout(String iso, Weights own) {
        double w = weight.get(iso);
        if (own != null) {
            w -= own.get(iso);
        }
        return w;
    }

    /** The weight of the country named most. */
    double max() {
        return max;
    }

    /** True if the article names the country at all. */
    boolean names(String iso) {
        return iso != null && weight.get(iso) > 0.01;
    }

    /** True if a name of the article, even one of its own weight, counts towards the country. */
    boolean mentions(String iso) {
        return weight.indexOf(iso) >= 0;
    }

    /** True if {@code iso} is the country the article names most (ties included). */
    boolean isTop(String iso) {
        return iso != null && max > 0 && weight.get(iso) >= max - 1e-9;
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
        return max >= 2 && weight.get(p.country()) <= 0.01 ? OUTSIDE_FOCUS : null;
    }

    /** The country a name clearly refers to: a country name, or a name whose places all lie in one country. */
    static String unambiguousCountry(List<Place> ps) {
        if (ps.isEmpty()) {
            return null;
        }
        Place top = null;
        for (int ix2 = 0, nx2 = ps.size(); ix2 < nx2; ix2++) {
            Place p = ps.get(ix2);
            if (p.kind() == PlaceKind.COUNTRY) {
                top = p;
            }
        }
        if (top != null) {
            for (int ix3 = 0, nx3 = ps.size(); ix3 < nx3; ix3++) {
                Place p = ps.get(ix3);
                if (p != top && (p.kind() == PlaceKind.ADMIN1 || "PPLC".equals(p.featureCode())
                        || p.population() > 200_000)) {
                    return null;
                }
            }
            return top.country();
        }
        String c = ps.get(0).country();
        for (int ix4 = 0, nx4 = ps.size(); ix4 < nx4; ix4++) {
            Place p = ps.get(ix4);
            if (c == null || !c.equals(p.country())) {
                return null;
            }
        }
        return ps.size() <= 3 ? c : null;
    }

    /**
     * Country codes with their weights in two parallel arrays: an article names a handful of countries, so a scan
     * (codes compared by reference first: the gazetteer shares its code strings) beats a map of boxed doubles.
     * Sums are added in the order the mentions come, as the map's were. Most codes asked for are absent (a long
     * candidate list's places lie all over the world): {@link #hashBits} answers those without a scan.
     */
    static final class Weights {
        String[] iso;
        double[] w;
        int size;
        /**
         * Bit {@code h & 63} set for the hash {@code h} of each code held: a code whose bit is clear is none of them
         * (equal strings have equal hashes; the gazetteer's shared code strings have theirs cached).
         */
        long hashBits;

        Weights(int capacity) {
            iso = new String[capacity];
            w = new double[capacity];
        }

        int indexOf(String code) {
            if (code == null || (hashBits & 1L << code.hashCode()) == 0) {
                return -1;
            }
            for (int i = 0; i < size; i++) {
                if (iso[i] == code) {
                    return i;
                }
            }
            for (int i = 0; i < size; i++) {
                if (iso[i].equals(code)) {
                    return i;
                }
            }
            return -1;
        }

        double get(String code) {
            int i = indexOf(code);
            return i < 0 ? 0.0 : w[i];
        }

        void add(String code, double v) {
            int i = indexOf(code);
            if (i >= 0) {
                w[i] += v;
                return;
            }
            if (size == iso.length) {
                iso = java.util.Arrays.copyOf(iso, size * 2);
                w = java.util.Arrays.copyOf(w, size * 2);
            }
            iso[size] = code;
            w[size] = v;
            size++;
            hashBits |= 1L << code.hashCode();
        }

        Weights copy() {
            Weights c = new Weights(Math.max(2, size));
            System.arraycopy(iso, 0, c.iso, 0, size);
            System.arraycopy(w, 0, c.w, 0, size);
            c.size = size;
            c.hashBits = hashBits;
            return c;
        }
    }
}
