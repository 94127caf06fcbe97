package org.incidentatlas.geoparse;

import java.util.List;
import org.incidentatlas.model.Candidate;
import org.incidentatlas.model.Place;

/** One name's candidates, best first, each with its points per {@link Component}. */
final class ScoredName {
    /** The score components, in the order they are reported as rules ({@link #rule}). */
    enum Component {
        QUALIFIER("qualifier"), TYPE_HINT("type-hint"), COUNTRY_COHERENCE("country-coherence"),
        SPATIAL_COHERENCE("spatial-coherence"), AREA_OF_INTEREST("area-of-interest"), WELL_KNOWN("well-known"),
        PROMINENCE("prominence"), POPULATION("population");

        static final Component[] ALL = values();
        final String rule;

        Component(String rule) {
            this.rule = rule;
        }
    }

    /** A candidate with its total and its points per component (indexed by {@link Component#ordinal}). */
    record Ranked(Place place, double score, double[] parts) {
        double part(Component c) {
            return parts[c.ordinal()];
        }
    }

    final List<Ranked> ranked;
    final boolean hasQualifier;
    final String qualifierWord;
    /** The candidates every mention of the name shows, made once (by the first mention that resolves). */
    List<Candidate> shown;
    /** The candidates a mention rejected for {@link #rejectedWhy} shows (made once per name and reason). */
    List<Candidate> rejectedShown;
    RejectReason rejectedWhy;
    /** The article's focus without the name's own mentions ({@link CountryFocus#withoutName}), made once per name. */
    CountryFocus focusWithout;

    ScoredName(List<Ranked> ranked, boolean hasQualifier, String qualifierWord) {
        this.ranked = ranked;
        this.hasQualifier = hasQualifier;
        this.qualifierWord = qualifierWord;
    }

    /** The component that most separates the winner from the runner-up (prominence on a tie of all). */
    static Component deciding(Ranked best, Ranked second) {
        Component k = Component.PROMINENCE;
        double bestDiff = -Double.MAX_VALUE;
        for (Component c : Component.ALL) {
            double d = best.parts[c.ordinal()] - second.parts[c.ordinal()];
            if (d > bestDiff + 1e-9) {
                bestDiff = d;
                k = c;
            }
        }
        return k;
    }
}
