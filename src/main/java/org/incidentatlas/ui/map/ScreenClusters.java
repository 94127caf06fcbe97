package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups points that would overlap on screen: greedy, in input order, each point joins the first cluster whose
 * seed lies within {@code radius} pixels, found through a grid of radius-sized cells (linear time, no boxing).
 * Pure and deterministic, so layer layout is testable and measurable without JavaFX.
 */
public final class ScreenClusters {
    /** One drawn item: its screen position (the seed's), the indexes of its members, and whether all share a spot. */
    public record Cluster(double x, double y, int[] members, boolean sameSpot) {
        public int size() {
            return members.length;
        }
    }

    private ScreenClusters() {
    }

    /**
     * Merges drawn items whose discs would overlap: item {@code c} is drawn with radius {@code radius(c.size())};
     * two items closer than the sum of their radii plus {@code gap} become one, at their count-weighted centre,
     * and the pass repeats (a merged item is bigger) until no two discs touch. {@code spot[i]} tells whether a
     * merged item still stands for one place. Deterministic: pairs are taken in input order.
     */
    public static List<Cluster> separate(List<Cluster> in, int[] spot, java.util.function.IntToDoubleFunction radius,
                                         double gap) {
        List<Cluster> cur = new ArrayList<>(in);
        for (int round = 0; round < 64; round++) {
            boolean merged = false;
            double maxR = 0;
            for (Cluster c : cur) {
                maxR = Math.max(maxR, radius.applyAsDouble(c.size()));
            }
            double cell = Math.max(1, 2 * maxR + gap);
            java.util.Map<Long, List<Integer>> grid = new java.util.HashMap<>();
            for (int k = 0; k < cur.size(); k++) {
                Cluster c = cur.get(k);
                grid.computeIfAbsent(key((long) Math.floor(c.x() / cell), (long) Math.floor(c.y() / cell)),
                        x -> new ArrayList<>()).add(k);
            }
            boolean[] gone = new boolean[cur.size()];
            List<Cluster> next = new ArrayList<>(cur.size());
            for (int k = 0; k < cur.size(); k++) {
                if (gone[k]) {
                    continue;
                }
                Cluster a = cur.get(k);
                long gx = (long) Math.floor(a.x() / cell);
                long gy = (long) Math.floor(a.y() / cell);
                for (long dx = -1; dx <= 1; dx++) {
                    for (long dy = -1; dy <= 1; dy++) {
                        for (int j : grid.getOrDefault(key(gx + dx, gy + dy), List.of())) {
                            if (j <= k || gone[j]) {
                                continue;
                            }
                            Cluster b = cur.get(j);
                            double ra = radius.applyAsDouble(a.size());
                            double rb = radius.applyAsDouble(b.size());
                            if (Math.hypot(a.x() - b.x(), a.y() - b.y()) < ra + rb + gap) {
                                a = merge(a, b, spot);
                                gone[j] = true;
                                merged = true;
                            }
                        }
                    }
                }
                next.add(a);
            }
            cur = next;
            if (!merged) {
                break;
            }
        }
        return cur;
    }

    private static long key(long x, long y) {
        return x * 1_000_003L + y;
    }

    private static Cluster merge(Cluster a, Cluster b, int[] spot) {
        int[] m = Arrays.copyOf(a.members(), a.size() + b.size());
        System.arraycopy(b.members(), 0, m, a.size(), b.size());
        double wa = a.size();
        double wb = b.size();
        boolean same = a.sameSpot() && b.sameSpot() && spot[a.members()[0]] == spot[b.members()[0]];
        // One place stays where it is; a mixed cluster sits at the centre of its events.
        double x = same ? a.x() : (a.x() * wa + b.x() * wb) / (wa + wb);
        double y = same ? a.y() : (a.y() * wa + b.y() * wb) / (wa + wb);
        return new Cluster(x, y, m, same);
    }

    /**
     * Clusters the points visible in {@code view} (unit Mercator coordinates {@code ux, uy}); {@code spot[i]} is
     * an id of point i's place, so that events at one place stay one "same spot" cluster however far one zooms.
     */
    public static List<Cluster> of(double[] ux, double[] uy, int[] spot, MapViewport view, double radius) {
        int n = ux.length;
        double world = WebMercator.worldSize(view.zoom());
        double margin = radius;
        int cols = (int) Math.ceil((view.width() + 2 * margin) / radius) + 1;
        int rows = (int) Math.ceil((view.height() + 2 * margin) / radius) + 1;
        int[] cellSeed = new int[cols * rows];
        Arrays.fill(cellSeed, -1);
        int[] clusterOf = new int[n];
        double[] cx = new double[Math.min(n, 1024)];
        double[] cy = new double[cx.length];
        int[] seedSpot = new int[cx.length];
        int[] count = new int[cx.length];
        int[] nextInCell = new int[cx.length];
        boolean[] mixed = new boolean[cx.length];
        int clusters = 0;
        for (int i = 0; i < n; i++) {
            double x = ux[i] * world - view.originX();
            double y = uy[i] * world - view.originY();
            if (x < -margin || y < -margin || x > view.width() + margin || y > view.height() + margin) {
                clusterOf[i] = -1;
                continue;
            }
            int col = (int) ((x + margin) / radius);
            int row = (int) ((y + margin) / radius);
            int found = -1;
            double best = radius * radius;
            for (int r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1) && found < 0; r++) {
                for (int c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
                    for (int k = cellSeed[r * cols + c]; k >= 0; k = nextInCell[k]) {
                        double dx = cx[k] - x;
                        double dy = cy[k] - y;
                        double d = dx * dx + dy * dy;
                        if (d <= best || seedSpot[k] == spot[i] && d < 1) {
                            found = k;
                            best = d;
                        }
                    }
                }
            }
            if (found < 0) {
                if (clusters == cx.length) {
                    int len = cx.length * 2;
                    cx = Arrays.copyOf(cx, len);
                    cy = Arrays.copyOf(cy, len);
                    seedSpot = Arrays.copyOf(seedSpot, len);
                    count = Arrays.copyOf(count, len);
                    nextInCell = Arrays.copyOf(nextInCell, len);
                    mixed = Arrays.copyOf(mixed, len);
                }
                found = clusters++;
                cx[found] = x;
                cy[found] = y;
                seedSpot[found] = spot[i];
                int cell = row * cols + col;
                nextInCell[found] = cellSeed[cell];
                cellSeed[cell] = found;
            } else if (seedSpot[found] != spot[i]) {
                mixed[found] = true;
            }
            count[found]++;
            clusterOf[i] = found;
        }
        int[][] members = new int[clusters][];
        for (int k = 0; k < clusters; k++) {
            members[k] = new int[count[k]];
        }
        int[] fill = new int[clusters];
        for (int i = 0; i < n; i++) {
            int k = clusterOf[i];
            if (k >= 0) {
                members[k][fill[k]++] = i;
            }
        }
        List<Cluster> out = new ArrayList<>(clusters);
        for (int k = 0; k < clusters; k++) {
            out.add(new Cluster(cx[k], cy[k], members[k], !mixed[k]));
        }
        return out;
    }
}
