package org.incidentatlas.ui.map;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Map features made ready for a symbol layer once: every position projected to the unit Mercator square, every
 * place and every fill colour numbered. Showing any subset of them and clustering it frame after frame then reads
 * primitive arrays only (no projection, hashing or boxing per feature), which is what keeps a filter change over
 * 100k incidents cheap. Immutable; the arrays are never handed out.
 */
public final class PreparedFeatures {
    public static final PreparedFeatures EMPTY = new PreparedFeatures(List.of());

    private final List<MapFeature> features;
    final double[] ux;
    final double[] uy;
    /** Equal for features at one place ({@link MapFeature#spotKey()}); only equality matters. */
    final int[] spot;
    /** Index into {@link #fills}, equal for features of equal fill colour. */
    final int[] fill;
    final Color[] fills;

    private PreparedFeatures(List<MapFeature> list) {
        features = List.copyOf(list);
        int n = features.size();
        ux = new double[n];
        uy = new double[n];
        spot = new int[n];
        fill = new int[n];
        Map<String, Integer> spots = new HashMap<>();
        Map<Color, Integer> colours = new HashMap<>();
        for (int i = 0; i < n; i++) {
            MapFeature f = features.get(i);
            ux[i] = WebMercator.unitX(f.lon());
            uy[i] = WebMercator.unitY(f.lat());
            spot[i] = spots.computeIfAbsent(f.spotKey(), k -> spots.size());
            fill[i] = colours.computeIfAbsent(f.symbol().fill(), k -> colours.size());
        }
        fills = new Color[colours.size()];
        colours.forEach((c, k) -> fills[k] = c);
    }

    public static PreparedFeatures of(List<MapFeature> features) {
        return features.isEmpty() ? EMPTY : new PreparedFeatures(features);
    }

    public int size() {
        return features.size();
    }

    public MapFeature get(int i) {
        return features.get(i);
    }

    /** All the features, in the order they were given. */
    public List<MapFeature> features() {
        return features;
    }
}
