package org.incidentatlas.pipeline;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a filter leaves: "N of M incidents shown", for each facet the count per value (what selecting that value
 * would show, the facet's own choice set aside, so the analyst sees the alternatives), and the timeline histogram
 * per month of start date with undated incidents counted apart (all filters except the time window apply).
 */
public record FacetCounts(
        int shown,
        int total,
        Map<IncidentFilter.Facet, Map<String, Integer>> facets,
        Map<YearMonth, Integer> months,
        int undated) {

    public FacetCounts {
        facets = Map.copyOf(facets);
        months = java.util.Collections.unmodifiableMap(new TreeMap<>(months));
    }

    /** Values of one facet, most frequent first, then by name; zero counts kept so chips do not vanish. */
    public Map<String, Integer> of(IncidentFilter.Facet facet) {
        return facets.getOrDefault(facet, Map.of());
    }

    public String summary() {
        return shown + " of " + total + " incidents shown";
    }

    static FacetCounts of(IncidentFilter index, int[][] counts, int shown, int total, Map<Long, int[]> months,
                          int undated) {
        Map<IncidentFilter.Facet, Map<String, Integer>> facets = new EnumMap<>(IncidentFilter.Facet.class);
        for (IncidentFilter.Facet f : IncidentFilter.Facet.values()) {
            List<String> names = index.dictionaries[f.ordinal()].names;
            int[] c = counts[f.ordinal()];
            List<Integer> order = new ArrayList<>();
            for (int k = 0; k < names.size(); k++) {
                order.add(k);
            }
            order.sort(Comparator.<Integer>comparingInt(k -> -c[k]).thenComparing(names::get));
            Map<String, Integer> m = new LinkedHashMap<>();
            for (int k : order) {
                m.put(names.get(k), c[k]);
            }
            facets.put(f, java.util.Collections.unmodifiableMap(m));
        }
        Map<YearMonth, Integer> byMonth = new TreeMap<>();
        months.forEach((m, n) -> byMonth.put(YearMonth.of((int) Math.floorDiv(m, 12), (int) Math.floorMod(m, 12) + 1), n[0]));
        return new FacetCounts(shown, total, facets, byMonth, undated);
    }
}
