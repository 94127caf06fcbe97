package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Place;

/**
 * The article-independent points of one name's candidates ({@link CandidatePriors}: well-known, prominence with
 * the own-name bonus, population; whether the name is each one's own name), worked out once per candidate list,
 * name and weights and remembered by {@link CandidateMemo}: the gazetteer hands out one shared list per name, and
 * the same names come back article after article. Scoring then reads two small arrays instead of each place's id,
 * name (folded) and kind again. Filled per candidate on first use (a shortlist scores a few of a long list).
 */
final class NamePriors {
    private static final byte UNKNOWN = 0;
    private static final byte OWN = 1;
    private static final byte ALIAS = 2;

    final List<Place> list;
    final String key;
    final ResolverWeights w;
    /** Per candidate: {@link #UNKNOWN} until filled, then {@link #OWN} or {@link #ALIAS}. */
    private final byte[] state;
    /** Per candidate, three points: well-known, prominence (with the own-name bonus), population. */
    private final double[] points;

    NamePriors(List<Place> list, String key, ResolverWeights w) {
        this.list = list;
        this.key = key;
        this.w = w;
        state = new byte[list.size()];
        points = new double[3 * list.size()];
    }

    private void fill(int i) {
        Place p = list.get(i);
        boolean own = CandidatePriors.isOwnName(key, p);
        points[3 * i] = CandidatePriors.wellKnown(p, w);
        // CandidatePriors.prominence without the article's part (the cap for a former name: see prominence below)
        points[3 * i + 1] = CandidatePriors.prominence(own, p, false, 0, w);
        points[3 * i + 2] = CandidatePriors.population(p, w);
        state[i] = own ? OWN : ALIAS;
    }

    /** {@link CandidatePriors#isOwnName} of the name and candidate {@code i}. */
    boolean own(int i) {
        if (state[i] == UNKNOWN) {
            fill(i);
        }
        return state[i] == OWN;
    }

    /** {@link CandidatePriors#wellKnown} of candidate {@code i}. */
    double wellKnown(int i) {
        if (state[i] == UNKNOWN) {
            fill(i);
        }
        return points[3 * i];
    }

    /** {@link CandidatePriors#prominence(boolean, Place, boolean, double, ResolverWeights)} of candidate {@code i}. */
    double prominence(int i, boolean ownNamedTown, double countryPoints) {
        if (state[i] == UNKNOWN) {
            fill(i);
        }
        double p = points[3 * i + 1];
        if (state[i] != OWN && ownNamedTown && countryPoints == 0 && CandidatePriors.isSettlement(list.get(i))) {
            p = Math.min(p, w.formerNameCap);
        }
        return p;
    }

    /** {@link CandidatePriors#population} of candidate {@code i}. */
    double population(int i) {
        if (state[i] == UNKNOWN) {
            fill(i);
        }
        return points[3 * i + 2];
    }

    /**
     * {@link CandidatePriors#ownNamedTown} over the first {@code n} candidates, or over the candidates at the first
     * {@code n} indices of {@code at} when not null (a shortlist).
     */
    boolean ownNamedTown(int[] at, int n, CountryFocus focus) {
        if (at == null && n == list.size() && n > 1) {
            // The whole list (remembered across articles from two candidates on: CandidateMemo.priors): its
            // own-named towns are the same in every article, only the focus changes.
            if (ownTownCountries == null) {
                findOwnTowns();
            }
            if (bigOwnTown) {
                return true;
            }
            for (String c : ownTownCountries) {
                if (focus.names(c)) {
                    return true;
                }
            }
            return false;
        }
        for (int k = 0; k < n; k++) {
            Place p = ownTown(at == null ? k : at[k]);
            if (p != null && (p.population() >= BIG_TOWN || focus.names(p.country()))) {
                return true;
            }
        }
        return false;
    }

    /** An own-named settlement this big counts whatever country the article is about. */
    private static final int BIG_TOWN = 10_000;

    /** The candidate at {@code i} when it is an own-named settlement, else null. */
    private Place ownTown(int i) {
        if (!own(i)) {
            return null;
        }
        Place p = list.get(i);
        return CandidatePriors.isSettlement(p) ? p : null;
    }

    /** Whether the list has an own-named settlement of {@link #BIG_TOWN} people ({@link #ownTownCountries} set with it). */
    private boolean bigOwnTown;
    /** The countries of the list's smaller own-named settlements (no repeats), once {@link #findOwnTowns} ran. */
    private String[] ownTownCountries;

    private void findOwnTowns() {
        List<String> countries = new ArrayList<>(2);
        for (int i = 0, n = list.size(); i < n; i++) {
            Place p = ownTown(i);
            if (p == null) {
                continue;
            }
            if (p.population() >= BIG_TOWN) {
                bigOwnTown = true;
            } else if (p.country() != null && !countries.contains(p.country())) {
                countries.add(p.country());
            }
        }
        ownTownCountries = countries.toArray(new String[0]);
    }
}
