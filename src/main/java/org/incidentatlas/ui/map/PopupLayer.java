package org.incidentatlas.ui.map;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Holds callouts as nodes anchored to a coordinate, so they move with the map and appear in snapshots (a
 * window would not). A callout is always placed fully inside the map ({@link #place}), flipped below or to the
 * left of its anchor when needed, and sized down to the map if it is bigger. A popup swallows presses and scrolls so that reading it never drags or zooms the map.
 */
public final class PopupLayer extends AtlasLayer {
    private Node popup;
    private double lat;
    private double lon;
    private Node hover;
    private Point2D hoverAt;

    public PopupLayer() {
        setPickOnBounds(false);
    }

    /** Shows {@code node} with its bottom-left tip at the coordinate; replaces any popup shown. */
    public void show(Node node, double lat, double lon) {
        hide();
        this.popup = node;
        this.lat = lat;
        this.lon = lon;
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, MouseEvent::consume);
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, MouseEvent::consume);
        node.addEventHandler(MouseEvent.MOUSE_CLICKED, MouseEvent::consume);
        node.addEventHandler(ScrollEvent.SCROLL, ScrollEvent::consume);
        getChildren().add(node);
        markDirty();
    }

    public void hide() {
        if (popup != null) {
            getChildren().remove(popup);
            popup = null;
        }
    }

    public Node popup() {
        return popup;
    }

    /** A small mouse-transparent note next to the pointer (the hover tooltip); null hides it. */
    public void hover(Node node, double x, double y) {
        if (hover != null) {
            getChildren().remove(hover);
        }
        hover = node;
        hoverAt = new Point2D(x, y);
        if (node != null) {
            node.setMouseTransparent(true);
            getChildren().add(node);
        }
        markDirty();
    }

    /** Space kept between a popup and the edge of the map. */
    static final double MARGIN = 4;

    /**
     * Where a popup of size w × h goes for an anchor at (x, y) in a view of width × height: above and to the right
     * of the anchor, flipped below when there is no room above, flipped to the left when there is none on the
     * right, and in any case moved fully inside the view (a popup taller or wider than the view is sized down to
     * it by the caller). Returns the top-left corner.
     */
    static double[] place(double x, double y, double w, double h, double width, double height) {
        double px = x - 18;
        if (px + w > width - MARGIN) {
            px = x + 18 - w;
        }
        double py = y - h - 12;
        if (py < MARGIN) {
            double below = y + 14;
            py = below + h <= height - MARGIN || height - y > y ? below : py;
        }
        px = Math.max(MARGIN, Math.min(px, width - w - MARGIN));
        py = Math.max(MARGIN, Math.min(py, height - h - MARGIN));
        return new double[] {px, py};
    }

    /** True if the popup shown lies fully inside the view (the snapshot leaves out one that does not). */
    public boolean popupFullyVisible() {
        MapViewport v = viewport();
        if (popup == null || v == null) {
            return false;
        }
        // the box itself, without the drop shadow around it
        var l = popup.getLayoutBounds();
        double x0 = popup.getLayoutX() + popup.getTranslateX() + l.getMinX();
        double y0 = popup.getLayoutY() + popup.getTranslateY() + l.getMinY();
        return x0 >= -0.5 && y0 >= -0.5 && x0 + l.getWidth() <= v.width() + 0.5
                && y0 + l.getHeight() <= v.height() + 0.5;
    }

    @Override
    protected void layoutLayer() {
        MapViewport v = viewport();
        if (v == null) {
            return;
        }
        if (popup != null) {
            popup.applyCss();
            if (popup instanceof javafx.scene.Parent p) {
                p.layout();
            }
            double pref = popup.prefWidth(-1);
            if (popup instanceof javafx.scene.layout.Region r && r.getMaxWidth() > 0) {
                pref = Math.min(pref, r.getMaxWidth());
            }
            double w = Math.min(pref, v.width() - 2 * MARGIN);
            double h = Math.min(popup.prefHeight(w), v.height() - 2 * MARGIN);
            double[] at = place(v.screenX(lon), v.screenY(lat), w, h, v.width(), v.height());
            popup.resize(w, h);
            popup.relocate(at[0], at[1]);
        }
        if (hover != null) {
            hover.applyCss();
            double w = hover.prefWidth(-1);
            double h = hover.prefHeight(w);
            hover.resize(w, h);
            hover.relocate(Math.min(hoverAt.getX() + 14, v.width() - w - 2), Math.max(2, hoverAt.getY() - h - 6));
        }
    }
}
