package org.incidentatlas.eval;

import java.util.Arrays;

/**
 * Geocoding errors summarised as in Gritta et al., "What's missing in geographical parsing?" (LRE 2018) and
 * "A pragmatic guide to geoparsing evaluation" (LRE 2020):
 * <ul>
 * <li>{@code acc161}: share of errors of at most 161 km (100 miles);</li>
 * <li>{@code auc}: area under the curve of the sorted errors on a log scale, normalised to [0,1] — with
 *     y<sub>i</sub> = ln(1 + d<sub>i</sub>) sorted ascending, AUC = trapezoid(y) / ((n − 1) · ln 20039), where
 *     20039 km is half the Earth's equatorial circumference; 0 is perfect, 1 the worst; for n = 1 it is
 *     y<sub>0</sub> / ln 20039;</li>
 * <li>{@code meanKm}, {@code medianKm}: of the raw errors (median of an even count is the mean of the middle two).</li>
 * </ul>
 * All are NaN when there is nothing to score.
 */
public record GeocodingScore(int count, double acc161, double auc, double meanKm, double medianKm) {
    public static final double ACCURACY_KM = 161;
    public static final double MAX_ERROR_KM = 20039;

    public static GeocodingScore of(double[] errorsKm) {
        int n = errorsKm.length;
        if (n == 0) {
            return new GeocodingScore(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] d = errorsKm.clone();
        Arrays.sort(d);
        int within = 0;
        double sum = 0;
        for (double e : d) {
            if (!(e >= 0)) {
                throw new IllegalArgumentException("error must be a non-negative distance: " + e);
            }
            if (e <= ACCURACY_KM) {
                within++;
            }
            sum += e;
        }
        double median = n % 2 == 1 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]) / 2;
        return new GeocodingScore(n, (double) within / n, auc(d), sum / n, median);
    }

    /** {@code sorted} ascending, non-empty. */
    static double auc(double[] sorted) {
        int n = sorted.length;
        double norm = Math.log(MAX_ERROR_KM);
        if (n == 1) {
            return Math.min(1, Math.log1p(sorted[0]) / norm);
        }
        double area = 0;
        for (int i = 1; i < n; i++) {
            area += (Math.log1p(sorted[i - 1]) + Math.log1p(sorted[i])) / 2;
        }
        return Math.min(1, area / ((n - 1) * norm));
    }
}
