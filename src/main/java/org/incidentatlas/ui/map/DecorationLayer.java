package org.incidentatlas.ui.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;

/**
 * What a printed map needs over the symbols (legend, scale bar, attribution), held in a map layer under the popup
 * layer, so that a popup is always drawn above the legend, and the snapshot draws both as the app shows them.
 * Each node keeps its preferred size in a corner; the layer lets clicks through where it draws nothing.
 */
public final class DecorationLayer extends AtlasLayer {
    private record Placed(Node node, Pos pos, double margin) {
    }

    private final List<Placed> placed = new ArrayList<>();

    public DecorationLayer() {
        setPickOnBounds(false);
    }

    /** Adds a node in a corner ({@code TOP_LEFT}, {@code BOTTOM_LEFT}, {@code BOTTOM_RIGHT}...) with a margin. */
    public void add(Node node, Pos pos, double margin) {
        placed.add(new Placed(node, pos, margin));
        getChildren().add(node);
        markDirty();
    }

    /** The screen box (x, y, w, h) of a node as laid out in the last frame; null if not shown. */
    public double[] boxOf(Node node) {
        if (!node.isVisible() || node.getParent() != this) {
            return null;
        }
        var b = node.getBoundsInParent();
        return new double[] {b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()};
    }

    /** Boxes (x, y, w, h) of the visible nodes, for names to keep clear of. */
    public List<double[]> boxes() {
        List<double[]> out = new ArrayList<>();
        for (Placed p : placed) {
            double[] b = boxOf(p.node());
            if (b != null && b[2] > 0) {
                out.add(b);
            }
        }
        return out;
    }

    @Override
    protected void layoutLayer() {
        MapViewport v = viewport();
        if (v == null) {
            return;
        }
        for (Placed p : placed) {
            Node n = p.node();
            n.applyCss();
            if (n instanceof javafx.scene.Parent parent) {
                parent.layout();
            }
            double w = n.prefWidth(-1);
            double h = n.prefHeight(w);
            n.resize(w, h);
            double x = switch (p.pos().getHpos()) {
                case LEFT -> p.margin();
                case CENTER -> (v.width() - w) / 2;
                case RIGHT -> v.width() - w - p.margin();
            };
            double y = switch (p.pos().getVpos()) {
                case TOP -> p.margin();
                case CENTER, BASELINE -> (v.height() - h) / 2;
                case BOTTOM -> v.height() - h - p.margin();
            };
            n.relocate(Math.round(x), Math.round(y));
        }
    }
}
