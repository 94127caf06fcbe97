package org.incidentatlas.io;

import java.util.Arrays;
import java.util.List;

/**
 * The incidents of a large result (a million) as primitive columns, read once: Web Mercator unit coordinates as
 * floats ({@code x} east, {@code y} south, both in [0, 1); NaN when unpinned), the event type as a code into
 * {@link #types()}, and the date range as epoch days. Rows are kept in order of {@code y} (unpinned last), so a
 * view's band of rows is found by binary search. A filter is one scan into an ascending index of rows; counting
 * a view per screen cell allocates nothing per point. About 18 bytes per incident.
 *
 * <p>Floats keep a point within a pixel up to zoom 16 (a float's step near 1 is 6e-8 of the world; the world is
 * 16.8 million pixels wide at zoom 16), within 4 pixels at zoom 18.
 */
public final class IncidentPoints {
    /** The day of an undated incident. */
    public static final int NO_DATE = Integer.MIN_VALUE;

    private final float[] x;
    private final float[] y;
    private final short[] type;
    private final int[] start;
    private final int[] end;
    private final List<String> types;
    private final int pinned;

    private IncidentPoints(float[] x, float[] y, short[] type, int[] start, int[] end, List<String> types, int pinned) {
        this.x = x;
        this.y = y;
        this.type = type;
        this.start = start;
        this.end = end;
        this.types = List.copyOf(types);
        this.pinned = pinned;
    }

    /** Collects rows in any order; {@link #build} sorts them by {@code y}. */
    public static final class Builder {
        private final List<String> types;
        private float[] x;
        private float[] y;
        private short[] type;
        private int[] start;
        private int[] end;
        private int n;

        /** {@code types}: the event types the codes of {@link #add} point into. */
        public Builder(List<String> types, int expected) {
            this.types = List.copyOf(types);
            int c = Math.max(16, expected);
            x = new float[c];
            y = new float[c];
            type = new short[c];
            start = new int[c];
            end = new int[c];
        }

        /**
         * One incident: {@code lon}, {@code lat} NaN when unpinned; {@code typeCode} an index into the types or -1;
         * days as epoch days or {@link #NO_DATE}.
         */
        public Builder add(double lon, double lat, int typeCode, int startDay, int endDay) {
            if (n == x.length) {
                int c = n * 2;
                x = Arrays.copyOf(x, c);
                y = Arrays.copyOf(y, c);
                type = Arrays.copyOf(type, c);
                start = Arrays.copyOf(start, c);
                end = Arrays.copyOf(end, c);
            }
            boolean at = !Double.isNaN(lon) && !Double.isNaN(lat);
            x[n] = at ? (float) unitX(lon) : Float.NaN;
            y[n] = at ? (float) unitY(lat) : Float.NaN;
            type[n] = (short) typeCode;
            start[n] = startDay;
            end[n] = endDay;
            n++;
            return this;
        }

        public IncidentPoints build() {
            // sort keys: y's bits (positive floats sort as their bits do) above the row number; unpinned at the end
            long[] keys = new long[n];
            int pinned = 0;
            for (int i = 0; i < n; i++) {
                long bits = Float.isNaN(y[i]) ? 0x7FFFFFFFL : Float.floatToIntBits(y[i]);
                keys[i] = bits << 32 | i;
                if (!Float.isNaN(y[i])) {
                    pinned++;
                }
            }
            Arrays.sort(keys);
            float[] sx = new float[n];
            float[] sy = new float[n];
            short[] st = new short[n];
            int[] ss = new int[n];
            int[] se = new int[n];
            for (int k = 0; k < n; k++) {
                int i = (int) keys[k];
                sx[k] = x[i];
                sy[k] = y[i];
                st[k] = type[i];
                ss[k] = start[i];
                se[k] = end[i];
            }
            return new IncidentPoints(sx, sy, st, ss, se, types, pinned);
        }
    }

    static double unitX(double lon) {
        return (lon + 180) / 360;
    }

    static double unitY(double lat) {
        double l = Math.toRadians(Math.max(-85.0511287798066, Math.min(85.0511287798066, lat)));
        return (1 - Math.log(Math.tan(Math.PI / 4 + l / 2)) / Math.PI) / 2;
    }

    public int size() {
        return x.length;
    }

    /** How many rows have a point (the first ones). */
    public int pinned() {
        return pinned;
    }

    public List<String> types() {
        return types;
    }

    /**
     * The rows that match, ascending (so in order of {@code y}); the same rule as the store's SQL: a type in the set
     * (any when empty), the date range touching the window (an undated incident fails any date bound).
     */
    public int[] select(ResultsStore.Filter f) {
        boolean anyType = f.eventTypes().isEmpty();
        boolean[] typeOk = new boolean[types.size()];
        for (int t = 0; t < typeOk.length; t++) {
            typeOk[t] = anyType || f.eventTypes().contains(types.get(t));
        }
        boolean hasFrom = f.from() != null;
        boolean hasTo = f.to() != null;
        int from = hasFrom ? (int) f.from().toEpochDay() : 0;
        int to = hasTo ? (int) f.to().toEpochDay() : 0;
        int[] out = new int[x.length];
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            int t = type[i];
            if (!(t >= 0 ? typeOk[t] : anyType)) {
                continue;
            }
            if (hasFrom && (end[i] == NO_DATE || end[i] < from)) {
                continue;
            }
            if (hasTo && (start[i] == NO_DATE || start[i] > to)) {
                continue;
            }
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    /** How many of {@code rows} (null: all) are pinned. */
    public int pinnedOf(int[] rows) {
        if (rows == null) {
            return pinned;
        }
        return lowerBound(rows, pinned);
    }

    /**
     * Counts the pinned rows of {@code rows} (null: every row) per screen cell of a view: its top-left world pixel,
     * the world's size in pixels at its zoom, its size and the cell size. {@code counts} (at least
     * {@code cols × rows} long) is cleared and filled, {@code counts[row * cols + col]}; returns the count in view.
     */
    public Counts count(int[] rows, double originX, double originY, double worldSize, int width, int height, int cell,
            int[] counts) {
        int cols = (width + cell - 1) / cell;
        int rowsN = (height + cell - 1) / cell;
        Arrays.fill(counts, 0, cols * rowsN, 0);
        // the band of rows whose y may be in view, found by binary search with a margin for the float rounding
        double margin = 2.0 / worldSize;
        float yLo = (float) (originY / worldSize - margin);
        float yHi = (float) ((originY + height) / worldSize + margin);
        long total = 0;
        double ox = originX;
        double oy = originY;
        if (rows == null) {
            int lo = lowerBound(y, 0, pinned, yLo);
            int hi = lowerBound(y, lo, pinned, yHi);
            for (int i = lo; i < hi; i++) {
                double px = x[i] * worldSize - ox;
                double py = y[i] * worldSize - oy;
                if (px >= 0 && px < width && py >= 0 && py < height) {
                    counts[(int) py / cell * cols + (int) px / cell]++;
                    total++;
                }
            }
        } else {
            int end = lowerBound(rows, pinned);
            int lo = lowerBoundBy(rows, 0, end, yLo);
            int hi = lowerBoundBy(rows, lo, end, yHi);
            for (int k = lo; k < hi; k++) {
                int i = rows[k];
                double px = x[i] * worldSize - ox;
                double py = y[i] * worldSize - oy;
                if (px >= 0 && px < width && py >= 0 && py < height) {
                    counts[(int) py / cell * cols + (int) px / cell]++;
                    total++;
                }
            }
        }
        return new Counts(cols, rowsN, cell, counts, total);
    }

    /** Counts per screen cell: {@code counts[row * cols + col]}, {@code total} in view. */
    public record Counts(int cols, int rows, int cell, int[] counts, long total) {
    }

    /** The box (minLon, minLat, maxLon, maxLat) of the pinned rows, or null when there are none. */
    public double[] extent() {
        if (pinned == 0) {
            return null;
        }
        float minX = 1;
        float maxX = 0;
        for (int i = 0; i < pinned; i++) {
            minX = Math.min(minX, x[i]);
            maxX = Math.max(maxX, x[i]);
        }
        return new double[] {minX * 360.0 - 180, lat(y[pinned - 1]), maxX * 360.0 - 180, lat(y[0])};
    }

    private static double lat(double unitY) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * unitY))));
    }

    /** First index in [from, to) whose value is {@code >= key}. */
    private static int lowerBound(float[] a, int from, int to, float key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index in [from, to) of {@code rows} whose row's y is {@code >= key}. */
    private int lowerBoundBy(int[] rows, int from, int to, float key) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (y[rows[mid]] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** First index of the ascending {@code rows} whose row is {@code >= row}. */
    private static int lowerBound(int[] rows, int row) {
        int i = Arrays.binarySearch(rows, row);
        return i >= 0 ? i : -i - 1;
    }
}
