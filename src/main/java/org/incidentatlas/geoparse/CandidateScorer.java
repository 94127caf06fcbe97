package org.incidentatlas.geoparse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.incidentatlas.model.Geography;
import org.incidentatlas.model.Place;
import org.incidentatlas.model.PlaceKind;
import org.incidentatlas.geoparse.ScoredName.Component;
import org.incidentatlas.geoparse.ScoredName.Ranked;

/**
 * Scores a name's candidates: the sum of the points of each {@link Component} (qualifier, type hint, country
 * focus, spatial coherence, area of interest, priors), with the points from {@link ResolverWeights}. Stateless
 * but for its thread's {@link CandidateMemo}: one scorer per resolver.
 */
final class CandidateScorer {
    private static final int SHORTLIST = 25;

    private final GeoparseOptions options;
    private final ResolverWeights w;
    /** The thread's memo, looked up once, not once per name scored. */
    private final CandidateMemo memo;

    CandidateScorer(GeoparseOptions options, ResolverWeights weights, CandidateMemo memo) {
        this.options = options;
        this.w = weights;
        this.memo = memo;
    }

    /**
     * The candidates of the name of {@code group}, best first. {@code anchors}: the article's unambiguous places
     * outside this name's candidates; {@code provinces}: the first-level areas the article names.
     */
    ScoredName score(List<Spot> group, CountryFocus focus, List<Place> anchors, List<Place> provinces) {
        List<Place> all = group.get(0).candidates;
        NameEvidence name = NameEvidence.of(group);
        NamePriors priors = memo.priors(all, name.key(), w);
        int[] at = all.size() <= SHORTLIST ? null : new int[2 * SHORTLIST];
        List<Place> cands = at == null ? all : shortlist(all, focus, at);
        int n = cands.size();
        boolean ownNamedTown = priors.ownNamedTown(at, n, focus);
        CountryFocus.Weights ownWeights = focus.ownWeights(name.key()); // once per name, not per candidate
        Place firstQualifier = null;
        // Room for two even with one candidate: the JIT checks get(0) and get(1) of this list against its array
        // at once, and an array of one made it throw away and recompile the whole of toMention.
        List<Ranked> ranked = new ArrayList<>(Math.max(2, n));
        for (int k = 0; k < n; k++) {
            Place p = cands.get(k);
            Place qualifier = qualifyingArea(name, p);
            if (firstQualifier == null) {
                firstQualifier = qualifier;
            }
            ranked.add(rank(p, at == null ? k : at[k], priors, qualifier != null, name, focus, ownWeights, anchors,
                    provinces, cands, ownNamedTown));
        }
        ranked.sort(BEST_FIRST);
        String qualifierWord = name.qualifierWord();
        if (qualifierWord == null && firstQualifier != null) {
            qualifierWord = firstQualifier.kind() == PlaceKind.COUNTRY ? "country" : "province";
        }
        return new ScoredName(ranked, firstQualifier != null, qualifierWord);
    }

    /** Highest score first, then by id (a stable order for ties). */
    private static final Comparator<Ranked> BEST_FIRST = CandidateScorer::bestFirst;

    /** {@link #BEST_FIRST} written out: no key extractor or boxing per comparison (C1 inlines neither). */
    private static int bestFirst(Ranked a, Ranked b) {
        int c = Double.compare(-a.score(), -b.score());
        return c != 0 ? c : a.place().id().compareTo(b.place().id());
    }

    /** One candidate's points per component and their total; {@code i}: its index in {@code priors}' list. */
    private Ranked rank(Place p, int i, NamePriors priors, boolean qualified, NameEvidence name, CountryFocus focus,
            CountryFocus.Weights ownWeights, List<Place> anchors, List<Place> provinces, List<Place> cands,
            boolean ownNamedTown) {
        double[] parts = new double[Component.ALL.length];
        if (qualified) {
            parts[Component.QUALIFIER.ordinal()] = w.qualifier;
        }
        parts[Component.TYPE_HINT.ordinal()] = TypeHints.points(name, p, w);
        double country = countryCoherence(p, ownWeights, focus);
        parts[Component.COUNTRY_COHERENCE.ordinal()] = country;
        parts[Component.SPATIAL_COHERENCE.ordinal()] = SpatialCoherence.points(p, anchors, provinces, cands, w);
        parts[Component.AREA_OF_INTEREST.ordinal()] = areaOfInterest(p);
        parts[Component.WELL_KNOWN.ordinal()] = priors.wellKnown(i);
        parts[Component.PROMINENCE.ordinal()] = priors.prominence(i, ownNamedTown, country);
        parts[Component.POPULATION.ordinal()] = priors.population(i);
        double total = 0;
        for (double v : parts) {
            total += v;
        }
        return new Ranked(p, total, parts);
    }

    /** The first of the name's qualifying areas ("X, Syria", "X in Anbar province") that holds {@code p}; or null. */
    private static Place qualifyingArea(NameEvidence name, Place p) {
        List<Place> areas = name.qualifierAreas();
        for (int i = 0, n = areas.size(); i < n; i++) {
            Place area = areas.get(i);
            if (Geography.contains(area, p)) {
                return area;
            }
        }
        return null;
    }

    /**
     * The "country-coherence" component: other names or demonyms of the article lie in the candidate's country
     * (times their weight, up to 1), more if it is the country the article names most.
     */
    private double countryCoherence(Place p, CountryFocus.Weights ownWeights, CountryFocus focus) {
        if (p.country() == null) {
            return 0;
        }
        double cw = focus.weightWithout(p.country(), ownWeights);
        if (cw <= 0.01) {
            return 0;
        }
        return w.countryCoherence * Math.min(1, cw) + (cw >= focus.max() ? w.countryMain : 0);
    }

    /** The optional area-of-interest prior ({@link GeoparseOptions}): full inside the radius, half up to twice it. */
    private double areaOfInterest(Place p) {
        if (!options.hasAreaOfInterest()) {
            return 0;
        }
        double d = Geography.km(options.aoiLat(), options.aoiLon(), p.lat(), p.lon());
        return d <= options.aoiRadiusKm() ? options.aoiWeight()
                : d <= 2 * options.aoiRadiusKm() ? options.aoiWeight() / 2 : 0;
    }

    /**
     * A name shared by hundreds of hamlets is scored on its most prominent places and those in the article's
     * countries only: the rest cannot win, and scoring each against every anchor is what would cost time.
     * {@code at} gets each one's index in {@code cands}.
     */
    private static List<Place> shortlist(List<Place> cands, CountryFocus focus, int[] at) {
        List<Place> out = new ArrayList<>(cands.subList(0, SHORTLIST)); // the gazetteer lists the most prominent first
        for (int i = 0; i < SHORTLIST; i++) {
            at[i] = i;
        }
        for (int i = 0, n = cands.size(); i < n; i++) {
            if (out.size() >= 2 * SHORTLIST) {
                break;
            }
            Place p = cands.get(i);
            if (p.country() != null && focus.mentions(p.country()) && !Candidates.containsPlace(out, p)) {
                at[out.size()] = i;
                out.add(p);
            }
        }
        return out;
    }
}
