package org.incidentatlas.ui.map;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/** How the symbol layer draws the extent of an area place under its symbol (one function, no state). */
final class AreaExtents {
    private AreaExtents() {
    }

    /**
     * The extent of an area place: a governorate or province as its own outline; any other area (a district, a
     * region) as a faint disc of its radius, clipped to the first-level area it lies in so that it never spills
     * over a border; without a known area, a faint disc only, with no outline that would read as a boundary.
     */
    static void draw(GraphicsContext g, MapFeature f, ScreenClusters.Cluster c, MapViewport v,
                                 double symbolRadius) {
        if (f.radiusKm() <= 0) {
            return;
        }
        double r = f.radiusKm() * 1000 / WebMercator.metersPerPixel(f.lat(), v.zoom());
        if (r < symbolRadius * 1.5) {
            return;
        }
        Color col = f.symbol().fill();
        Admin1Areas.Area area = f.area();
        if (area != null) {
            g.save();
            g.beginPath();
            double world = WebMercator.worldSize(v.zoom());
            for (List<Basemap.Shape> poly : area.polygons()) {
                for (Basemap.Shape ring : poly) {
                    double[] xy = ring.xy();
                    for (int i = 0; i < xy.length; i += 2) {
                        double x = xy[i] * world - v.originX();
                        double y = xy[i + 1] * world - v.originY();
                        if (i == 0) {
                            g.moveTo(x, y);
                        } else {
                            g.lineTo(x, y);
                        }
                    }
                    g.closePath();
                }
            }
            g.setFillRule(javafx.scene.shape.FillRule.EVEN_ODD);
            if (f.ownArea()) {
                g.setFill(col.deriveColor(0, 1, 1, 0.12));
                g.fill();
                g.setStroke(col.deriveColor(0, 1, 0.8, 0.8));
                g.setLineWidth(1.5);
                g.setLineDashes(6, 4);
                g.stroke();
                g.setLineDashes(null);
            } else {
                g.clip();
                g.setFill(col.deriveColor(0, 1, 1, 0.10));
                g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
            }
            g.restore();
            return;
        }
        g.setFill(col.deriveColor(0, 1, 1, 0.08));
        g.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
    }
}
