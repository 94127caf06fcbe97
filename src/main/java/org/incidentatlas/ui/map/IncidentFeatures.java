package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.incidentatlas.model.Incident;

/**
 * The map features of an extraction lined up once with its incidents in the filter index's order, and
 * {@linkplain PreparedFeatures prepared}: a filter's bit set then becomes what the symbol layer shows in one pass
 * over int arrays, touching no incident, hash table or projection per filter change. Features that belong to no
 * incident (deployments) come after the incidents' and are chosen one by one. Each feature has a kind (an event
 * type's legend name, "Deployments", …) that can be hidden and that the legend lists. Immutable.
 */
public final class IncidentFeatures {
    private final List<Incident> incidents;
    private final PreparedFeatures prepared;
    /** Per incident position: the index of its feature in {@link #prepared}, or -1 (not on the map). */
    private final int[] featureOf;
    private final int others;
    private final int[] kindOf;
    private final String[] kinds;

    /**
     * @param incidents the incidents in the order of the bit sets given to {@link #select}
     * @param featureOfIncident an incident's feature, or null if it is not drawn (unpinned)
     * @param others the features that are not an incident's, drawn after the incidents'
     * @param kind the kind of a feature
     */
    public IncidentFeatures(List<Incident> incidents, Function<Incident, MapFeature> featureOfIncident,
                            List<MapFeature> others, Function<MapFeature, String> kind) {
        this.incidents = incidents;
        int n = incidents.size();
        featureOf = new int[n];
        List<MapFeature> all = new ArrayList<>(n + others.size());
        for (int k = 0; k < n; k++) {
            MapFeature f = featureOfIncident.apply(incidents.get(k));
            featureOf[k] = f == null ? -1 : all.size();
            if (f != null) {
                all.add(f);
            }
        }
        this.others = all.size();
        all.addAll(others);
        prepared = PreparedFeatures.of(all);
        kindOf = new int[all.size()];
        Map<String, Integer> ids = new LinkedHashMap<>();
        for (int i = 0; i < kindOf.length; i++) {
            String k = kind.apply(all.get(i));
            kindOf[i] = ids.computeIfAbsent(k, x -> ids.size());
        }
        kinds = ids.keySet().toArray(String[]::new);
    }

    /** The incidents this was lined up with. */
    public List<Incident> incidents() {
        return incidents;
    }

    public PreparedFeatures prepared() {
        return prepared;
    }

    /**
     * The indexes (into {@link #prepared()}) of the features to show: those of the incidents whose bit is set, in
     * position order, then the other features that {@code keepOther} accepts; features of a hidden kind left out.
     */
    public int[] select(BitSet shown, Set<String> hiddenKinds, Predicate<MapFeature> keepOther) {
        boolean[] hidden = new boolean[kinds.length];
        for (int k = 0; k < kinds.length; k++) {
            hidden[k] = hiddenKinds.contains(kinds[k]);
        }
        int[] out = new int[Math.min(shown.cardinality(), featureOf.length) + prepared.size() - others];
        int n = 0;
        for (int k = shown.nextSetBit(0); k >= 0 && k < featureOf.length; k = shown.nextSetBit(k + 1)) {
            int f = featureOf[k];
            if (f >= 0 && !hidden[kindOf[f]]) {
                out[n++] = f;
            }
        }
        for (int f = others; f < prepared.size(); f++) {
            if (!hidden[kindOf[f]] && keepOther.test(prepared.get(f))) {
                out[n++] = f;
            }
        }
        return Arrays.copyOf(out, n);
    }

    /**
     * One feature per symbol style among {@code selected} (solid, hollow, faded), so the legend can key the styles
     * shown; stops as soon as every style has been seen.
     */
    public Map<Symbol.Style, MapFeature> stylesOf(int[] selected) {
        Map<Symbol.Style, MapFeature> out = new java.util.EnumMap<>(Symbol.Style.class);
        int all = Symbol.Style.values().length;
        for (int i = 0; i < selected.length && out.size() < all; i++) {
            MapFeature f = prepared.get(selected[i]);
            out.putIfAbsent(f.symbol().style(), f);
        }
        return out;
    }

    /** The kinds among {@code selected}, each with its first feature there, in order of first appearance. */
    public Map<String, MapFeature> kindsOf(int[] selected) {
        boolean[] seen = new boolean[kinds.length];
        Map<String, MapFeature> out = new LinkedHashMap<>();
        for (int i = 0; i < selected.length && out.size() < kinds.length; i++) {
            int k = kindOf[selected[i]];
            if (!seen[k]) {
                seen[k] = true;
                out.put(kinds[k], prepared.get(selected[i]));
            }
        }
        return out;
    }
}
