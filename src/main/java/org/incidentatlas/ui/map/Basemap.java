package org.incidentatlas.ui.map;

import java.util.List;

/**
 * Natural Earth land, borders, lakes, rivers and first-level boundaries at three scales, in Web Mercator unit coordinates ([0,1] both ways) so that a
 * tile renderer only multiplies and subtracts. Immutable after loading; shared by all render threads. A scale
 * may be read on first use, so that the world view appears before the 1:10m detail has been read.
 */
public final class Basemap {
    private final java.util.function.Supplier<Scale> coarse;
    private final java.util.function.Supplier<Scale> medium;
    private final java.util.function.Supplier<Scale> fine;

    public Basemap(Scale coarse, Scale medium, Scale fine) {
        this.coarse = () -> coarse;
        this.medium = () -> medium;
        this.fine = () -> fine;
    }

    private Basemap(java.util.function.Supplier<Scale> coarse, java.util.function.Supplier<Scale> medium,
                    java.util.function.Supplier<Scale> fine) {
        this.coarse = once(coarse);
        this.medium = once(medium);
        this.fine = once(fine);
    }

    /** A basemap whose scales are read when first drawn (each at most once). */
    public static Basemap lazy(java.util.function.Supplier<Scale> coarse, java.util.function.Supplier<Scale> medium,
                               java.util.function.Supplier<Scale> fine) {
        return new Basemap(coarse, medium, fine);
    }

    private static java.util.function.Supplier<Scale> once(java.util.function.Supplier<Scale> s) {
        return new java.util.function.Supplier<>() {
            private volatile Scale value;

            @Override
            public Scale get() {
                Scale v = value;
                if (v == null) {
                    synchronized (this) {
                        if (value == null) {
                            value = s.get();
                        }
                        v = value;
                    }
                }
                return v;
            }
        };
    }

    public Scale coarse() {
        return coarse.get();
    }

    public Scale medium() {
        return medium.get();
    }

    public Scale fine() {
        return fine.get();
    }

    /** A ring or line: interleaved unit x,y and its bounding box. */
    public record Shape(double[] xy, double minX, double minY, double maxX, double maxY) {
        public static Shape of(double[] xy) {
            double x0 = Double.MAX_VALUE;
            double y0 = Double.MAX_VALUE;
            double x1 = -Double.MAX_VALUE;
            double y1 = -Double.MAX_VALUE;
            for (int i = 0; i < xy.length; i += 2) {
                x0 = Math.min(x0, xy[i]);
                x1 = Math.max(x1, xy[i]);
                y0 = Math.min(y0, xy[i + 1]);
                y1 = Math.max(y1, xy[i + 1]);
            }
            return new Shape(xy, x0, y0, x1, y1);
        }

        public boolean intersects(double x0, double y0, double x1, double y1) {
            return minX <= x1 && maxX >= x0 && minY <= y1 && maxY >= y0;
        }

        public int points() {
            return xy.length / 2;
        }
    }

    /**
     * One scale: land polygons (first ring outer, then holes), country borders, lakes (polygons), rivers and the
     * boundaries between first-level areas (governorates, provinces, states), and the two banks of wide rivers.
     */
    public record Scale(String name, List<List<Shape>> land, List<Shape> borders, List<List<Shape>> lakes,
                        List<Shape> rivers, List<Shape> admin1, List<Shape> riverBanks) {
        public Scale {
            riverBanks = List.copyOf(riverBanks);
            land = List.copyOf(land);
            borders = List.copyOf(borders);
            lakes = List.copyOf(lakes);
            rivers = List.copyOf(rivers);
            admin1 = List.copyOf(admin1);
        }

        /** Land and borders only (a version 1 file). */
        public Scale(String name, List<List<Shape>> land, List<Shape> borders) {
            this(name, land, borders, List.of(), List.of(), List.of(), List.of());
        }

        public static Scale empty(String name) {
            return new Scale(name, List.of(), List.of());
        }
    }

    public static Basemap empty() {
        return new Basemap(Scale.empty("110m"), Scale.empty("50m"), Scale.empty("10m"));
    }

    /** The scale drawn at a tile zoom: 1:110m for the world, 1:50m for regions, 1:10m closer in. */
    public Scale forZoom(int zoom) {
        if (zoom <= 2) {
            return coarse();
        }
        return zoom <= 5 ? medium() : fine();
    }

    public boolean isEmpty() {
        return coarse().land().isEmpty() && medium().land().isEmpty() && fine().land().isEmpty();
    }
}
