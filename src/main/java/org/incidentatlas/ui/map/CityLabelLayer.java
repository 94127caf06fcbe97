package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Capital and city names over the basemap tiles. Drawn per frame over the whole view rather than baked into
 * tiles, so that names are never cut at tile edges and never collide: the most important are placed first and
 * a name that would overlap one already placed is left out.
 */
public final class CityLabelLayer extends AtlasLayer {
    private static final Font CAPITAL = Font.font("System", FontWeight.BOLD, 11);
    private static final Font CITY = Font.font("System", 10.5);
    private static final Color INK = Color.web("#5a5a5a");
    private final Canvas canvas = new Canvas();
    private List<CityLabel> labels = List.of();
    private SymbolLayer obstacles;

    public CityLabelLayer() {
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        setMouseTransparent(true);
    }

    public void setLabels(List<CityLabel> list) {
        List<CityLabel> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing((CityLabel c) -> !c.capital()).thenComparing(c -> -c.population()));
        labels = List.copyOf(sorted);
        markDirty();
    }

    /** Keeps names clear of this layer's symbols: a name moves to another side of its dot, or is left out. */
    public void avoid(SymbolLayer symbols) {
        this.obstacles = symbols;
        markDirty();
    }

    /** Smallest population labelled at a zoom: a few hundred cities on a regional map, many more close in. */
    static long minPopulation(double zoom) {
        if (zoom < 3) {
            return Long.MAX_VALUE;
        }
        if (zoom < 5) {
            return 2_000_000;
        }
        if (zoom < 7) {
            return 500_000;
        }
        return zoom < 9 ? 100_000 : 20_000;
    }

    @Override
    protected void layoutLayer() {
        MapViewport v = viewport();
        if (v == null) {
            return;
        }
        canvas.setWidth(v.width());
        canvas.setHeight(v.height());
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, v.width(), v.height());
        long minPop = minPopulation(v.zoom());
        List<Bounds> placed = new ArrayList<>();
        if (obstacles != null && obstacles.isVisible()) {
            // Capped: past a few hundred symbols in view the map is dense and names matter less than speed.
            double[] xy = obstacles.positionsInView(v, 20, 500);
            for (int k = 0; k < xy.length; k += 2) {
                placed.add(new BoundingBox(xy[k] - 11, xy[k + 1] - 11, 22, 22));
            }
        }
        List<Bounds> dots = new ArrayList<>();
        Text measure = new Text();
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (CityLabel c : labels) {
            // Capitals orient the reader but must not drown the incidents: big ones first, all of them closer in.
            boolean capitalShown = c.capital() && (v.zoom() >= 5.5 || v.zoom() >= 3.5 && c.population() >= 1_000_000
                    || c.population() >= 5_000_000);
            if (!capitalShown && c.population() < minPop) {
                continue;
            }
            double x = v.screenX(c.lon());
            double y = v.screenY(c.lat());
            if (x < -50 || y < -20 || x > v.width() + 50 || y > v.height() + 20) {
                continue;
            }
            Font f = c.capital() ? CAPITAL : CITY;
            measure.setFont(f);
            measure.setText(c.name());
            double w = measure.getLayoutBounds().getWidth();
            double h = measure.getLayoutBounds().getHeight();
            Bounds dot = new BoundingBox(x - 3, y - 3, 6, 6);
            if (dots.stream().anyMatch(b -> b.intersects(dot))) {
                continue;
            }
            // Right of the dot, else left, above, below; then the same further out, clear of a marker on the dot.
            double[][] offsets = {{6, 0}, {-6 - w, 0}, {-w / 2, -h / 2 - 5}, {-w / 2, h / 2 + 5},
                                  {14, 0}, {-14 - w, 0}, {-w / 2, -h / 2 - 13}, {-w / 2, h / 2 + 13}};
            double tx = Double.NaN;
            double ty = 0;
            for (double[] o : offsets) {
                Bounds box = new BoundingBox(x + o[0] - 1, y + o[1] - h / 2, w + 2, h);
                if (placed.stream().noneMatch(b -> b.intersects(box))) {
                    tx = x + o[0];
                    ty = y + o[1];
                    placed.add(box);
                    break;
                }
            }
            if (Double.isNaN(tx)) {
                continue;
            }
            dots.add(dot);
            g.setFill(INK);
            if (c.capital()) {
                g.fillRect(x - 3, y - 3, 6, 6);
                g.setFill(Color.WHITE);
                g.fillRect(x - 1.5, y - 1.5, 3, 3);
            } else {
                g.fillOval(x - 2.5, y - 2.5, 5, 5);
            }
            g.setFont(f);
            g.setStroke(Color.rgb(255, 255, 255, 0.85));
            g.setLineWidth(3);
            g.strokeText(c.name(), tx, ty);
            g.setFill(INK);
            g.fillText(c.name(), tx, ty);
        }
    }
}
