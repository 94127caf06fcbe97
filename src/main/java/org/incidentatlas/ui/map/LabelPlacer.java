package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy label placement with collision boxes, free of JavaFX so that it is testable: symbols block their discs,
 * each name is tried right of its anchor and then left of it (one consistent side, never above or below), and a
 * name whose both boxes collide is left out.
 */
public final class LabelPlacer {
    /** A labelled incident place: name, symbol centre and radius on screen, events there. */
    public record Spot(String name, double x, double y, double r, int events) {
    }

    /** A placed name: text origin (left end, vertical centre), box, the dot it names, and the city if any. */
    public record Placed(String text, double x, double y, double w, double h, double dotX, double dotY,
                         CityLabel city, boolean dot) {
        boolean overlaps(double bx, double by, double bw, double bh) {
            return x < bx + bw && bx < x + w && y - h / 2 < by + bh && by < y + h / 2;
        }
    }

    /** Width of a text in pixels; kind 0 an incident place, 1 a capital, 2 a city. */
    public interface Widths {
        double width(String text, int kind);
    }

    private final double width;
    private final double height;
    private final Widths widths;
    private final double lineHeight;
    private final List<double[]> boxes = new ArrayList<>();

    public LabelPlacer(double width, double height, Widths widths, double lineHeight) {
        this.width = width;
        this.height = height;
        this.widths = widths;
        this.lineHeight = lineHeight;
    }

    /** Keeps names off a symbol's disc. */
    public void block(double x, double y, double r) {
        boxes.add(new double[] {x - r - 1, y - r - 1, 2 * r + 2, 2 * r + 2});
    }

    /** Keeps names off a box (x, y, w, h). */
    public void blockBox(double x, double y, double w, double h) {
        boxes.add(new double[] {x, y, w, h});
    }

    private boolean free(double x, double y, double w, double h) {
        if (x < 2 || y < 2 || x + w > width - 2 || y + h > height - 2) {
            return false;
        }
        for (double[] b : boxes) {
            if (x < b[0] + b[2] && b[0] < x + w && y < b[1] + b[3] && b[1] < y + h) {
                return false;
            }
        }
        return true;
    }

    /** Right of the anchor at {@code gap} px, else left; null if both are taken. */
    private double[] slot(double ax, double ay, double gap, double w) {
        double h = lineHeight;
        double[][] tries = {{ax + gap, ay}, {ax - gap - w, ay}};
        for (double[] t : tries) {
            if (free(t[0] - 1, t[1] - h / 2, w + 2, h)) {
                boxes.add(new double[] {t[0] - 1, t[1] - h / 2, w + 2, h});
                return t;
            }
        }
        return null;
    }

    /** Names the incident places, busiest first, next to their symbols. */
    public List<Placed> placeIncidentPlaces(List<Spot> spots) {
        List<Spot> sorted = new ArrayList<>(spots);
        sorted.sort(Comparator.comparingInt((Spot s) -> -s.events()).thenComparing(Spot::name));
        List<Placed> out = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Spot s : sorted) {
            if (!done.add(s.name() + "@" + Math.round(s.x()) + "," + Math.round(s.y()))) {
                continue;
            }
            double w = widths.width(s.name(), 0);
            double[] at = slot(s.x(), s.y(), s.r() + 3, w);
            if (at != null) {
                out.add(new Placed(s.name(), at[0], at[1], w, lineHeight, s.x(), s.y(), null, false));
            }
        }
        return out;
    }

    /**
     * A city's rank in the view: bigger first (log of population), capitals a little ahead, and cities near the
     * incidents ahead of far ones (up to +2 at the symbol, fading over ~200 px), so that the names a reader needs
     * to locate the events come before big cities elsewhere.
     */
    static double cityScore(CityLabel c, double px, double py, List<Spot> incidents) {
        double near = Double.MAX_VALUE;
        for (Spot s : incidents) {
            near = Math.min(near, Math.hypot(s.x() - px, s.y() - py));
        }
        double closeness = incidents.isEmpty() ? 0 : 2 * Math.exp(-near / 200);
        return Math.log10(Math.max(1, c.population())) + (c.capital() ? 0.5 : 0) + closeness;
    }

    /** Smallest population of a city to be labelled at a zoom (capitals from 1,000,000 at the world scale). */
    static long minPopulation(double zoom, boolean capital) {
        if (zoom < 3) {
            return capital ? 1_000_000 : 5_000_000;
        }
        if (zoom < 5) {
            return capital ? 0 : 500_000;
        }
        if (zoom < 7) {
            return 100_000;
        }
        return zoom < 9 ? 50_000 : 20_000;
    }

    /**
     * Places city names: the cities in view, ranked by {@link #cityScore}, at most one per ~26,000 px² of map, none
     * over a symbol or another name, none on an incident place that already has its name.
     */
    public List<Placed> placeCities(List<CityLabel> cities, MapViewport v, List<Spot> incidents) {
        record Candidate(CityLabel city, double x, double y, double score) {
        }
        List<Candidate> in = new ArrayList<>();
        for (CityLabel c : cities) {
            if (c.population() < minPopulation(v.zoom(), c.capital())) {
                continue;
            }
            double x = v.screenX(c.lon());
            double y = v.screenY(c.lat());
            if (x < 0 || y < 0 || x > v.width() || y > v.height()) {
                continue;
            }
            in.add(new Candidate(c, x, y, cityScore(c, x, y, incidents)));
        }
        in.sort(Comparator.comparingDouble((Candidate k) -> -k.score()).thenComparing(k -> k.city().name()));
        int max = (int) Math.max(6, v.width() * v.height() / 26_000);
        List<Placed> out = new ArrayList<>();
        for (Candidate k : in) {
            if (out.size() >= max) {
                break;
            }
            // A city under an incident's symbol: named beside the symbol (no dot of its own), unless the incident
            // label already says its name.
            Spot under = null;
            for (Spot s : incidents) {
                if (Math.hypot(s.x() - k.x(), s.y() - k.y()) < s.r() + 3) {
                    under = s;
                    break;
                }
            }
            String name = k.city().name();
            double w = widths.width(name, k.city().capital() ? 1 : 2);
            if (under != null) {
                if (sameName(under.name(), name)) {
                    continue;
                }
                double[] at = slot(under.x(), under.y(), under.r() + 3, w);
                if (at != null) {
                    out.add(new Placed(name, at[0], at[1], w, lineHeight, k.x(), k.y(), k.city(), false));
                }
                continue;
            }
            if (!free(k.x() - 3, k.y() - 3, 6, 6)) {
                continue;
            }
            double[] at = slot(k.x(), k.y(), 5, w);
            if (at == null) {
                continue;
            }
            boxes.add(new double[] {k.x() - 3, k.y() - 3, 6, 6});
            out.add(new Placed(name, at[0], at[1], w, lineHeight, k.x(), k.y(), k.city(), true));
        }
        return out;
    }

    private static boolean sameName(String a, String b) {
        String x = org.incidentatlas.text.NameFolding.fold(a);
        String y = org.incidentatlas.text.NameFolding.fold(b);
        return x.equals(y);
    }
}
